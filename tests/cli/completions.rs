//! Shell completion and the man page: the committed scripts are current, the binary prints them,
//! and real shells complete subcommands, flags, flag values and the catalog's codes.

use std::path::Path;
use std::process::Command;

use crate::common::{missing, run};
use ocr_err::completions::{Shell, generate};

fn committed_path(shell: Shell) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(shell.file_name())
}

#[test]
fn committed_scripts_are_current() {
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for shell in Shell::ALL {
        let fresh = generate(shell);
        let path = committed_path(shell);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != fresh {
            if update {
                std::fs::write(&path, &fresh).unwrap();
            } else {
                stale.push(shell.file_name());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} differ from what the CLI definition generates; regenerate them with:\n    UPDATE_COMPLETIONS=1 cargo test --test cli completions"
    );
}

#[test]
fn the_binary_prints_the_committed_scripts() {
    for shell in Shell::ALL {
        let name = match shell {
            Shell::Bash => "bash",
            Shell::Zsh => "zsh",
            Shell::Fish => "fish",
            Shell::PowerShell => "powershell",
            Shell::Elvish => "elvish",
        };
        let (code, out, _) = run(&["completions", name]);
        assert_eq!(code, 0);
        assert_eq!(out, shell.committed(), "{name}");
        assert!(
            out.contains("explain") && out.contains("AIS.0104"),
            "{name} knows the catalog"
        );
    }
    assert_eq!(run(&["completions", "tcsh"]).0, 2);
}

fn shell_output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{program} is needed for this test ({e}); install it: apt-get install -y zsh fish"
            )
        });
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What bash offers for a command line (the last word is the one being completed).
fn bash_complete(line: &str) -> Vec<String> {
    let script = format!(
        r#"source {path}
COMP_WORDS=({line})
[[ "{line}" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}
_ocr__err ocr-err "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        path = committed_path(Shell::Bash).display()
    );
    shell_output("bash", &["--norc", "--noprofile", "-c", &script])
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_subcommands_flags_values_and_codes() {
    if missing("bash") {
        return;
    }
    assert_eq!(bash_complete("ocr-err expl"), ["explain"]);
    let codes = bash_complete("ocr-err explain AIS.01");
    for c in ["AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "AIS.0105"] {
        assert!(codes.contains(&c.to_owned()), "{c} missing from {codes:?}");
    }
    assert!(codes.iter().all(|c| c.starts_with("AIS.01")));
    let modelarts = bash_complete("ocr-err explain ModelArts.42");
    assert_eq!(
        modelarts,
        [
            "ModelArts.4201",
            "ModelArts.4202",
            "ModelArts.4203",
            "ModelArts.4204",
            "ModelArts.4205",
            "ModelArts.4206"
        ]
    );
    let gateway = bash_complete("ocr-err explain APIG.03");
    assert!(
        gateway.contains(&"APIG.0301".to_owned()) && gateway.contains(&"APIG.0308".to_owned()),
        "{gateway:?}"
    );
    assert_eq!(
        bash_complete("ocr-err explain --format "),
        ["table", "plain", "json", "jsonl"]
    );
    assert_eq!(
        bash_complete("ocr-err list --module "),
        crate::common::MODULES
    );
    assert_eq!(
        bash_complete("ocr-err search --lang "),
        ["en", "zh", "both"]
    );
    assert!(bash_complete("ocr-err search --").contains(&"--limit".to_owned()));
    // Service prefixes for list --service; a number or a pattern is no file.
    let services = bash_complete("ocr-err list --service A");
    for p in ["AIS", "APIG", "APIGW", "AOM"] {
        assert!(
            services.contains(&p.to_owned()),
            "{p} missing from {services:?}"
        );
    }
    for line in [
        "ocr-err search -n ",
        "ocr-err parse -j ",
        "ocr-err parse --code ",
    ] {
        let offered = bash_complete(line);
        assert!(offered.iter().all(String::is_empty), "{line}: {offered:?}");
    }
    // The output options only where they do something.
    let opts = bash_complete("ocr-err completions --");
    assert!(opts.contains(&"--help".to_owned()), "{opts:?}");
    assert!(
        !opts.iter().any(|o| o == "--format" || o == "--lang"),
        "{opts:?}"
    );
    assert!(bash_complete("ocr-err explain --").contains(&"--format".to_owned()));
}

fn fish_complete(line: &str) -> Vec<String> {
    let script = format!(
        "source {}; complete -C {line:?}",
        committed_path(Shell::Fish).display()
    );
    shell_output("fish", &["--no-config", "-c", &script])
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn fish_completes_codes_with_their_messages() {
    if missing("fish") {
        return;
    }
    let codes = fish_complete("ocr-err explain AIS.01");
    assert!(
        codes.contains(
            &"AIS.0104\tThe image is not supported or the image quality is poor.".to_owned()
        ),
        "{codes:?}"
    );
    assert!(codes.iter().all(|c| c.starts_with("AIS.01")));
    let modelarts = fish_complete("ocr-err explain ModelArts.42");
    assert_eq!(modelarts.len(), 6, "{modelarts:?}");
    assert!(
        fish_complete("ocr-err explain APIG.03")
            .iter()
            .any(|c| c.starts_with("APIG.0308\t"))
    );
    let subcommands = fish_complete("ocr-err se");
    assert!(
        subcommands.iter().any(|c| c.starts_with("search\t")),
        "{subcommands:?}"
    );
    let mut formats: Vec<_> = fish_complete("ocr-err list --format ")
        .into_iter()
        .map(|c| c.split('\t').next().unwrap().to_owned())
        .collect();
    formats.sort();
    assert_eq!(formats, ["json", "jsonl", "plain", "table"]);
    // Service prefixes with their names; no files for a number; no output options where they
    // do nothing.
    let services = fish_complete("ocr-err list --service AI");
    assert!(
        services
            .iter()
            .any(|c| c.starts_with("AIS\tOptical Character Recognition")),
        "{services:?}"
    );
    let cwd_file = fish_complete("ocr-err search -n C");
    assert!(cwd_file.is_empty(), "{cwd_file:?}");
    let opts = fish_complete("ocr-err manpage --");
    assert!(!opts.iter().any(|o| o.starts_with("--format")), "{opts:?}");
}

/// What zsh lists for a command line, as `tests/fixtures/zsh-complete.zsh` captures it.
fn zsh_complete(line: &str) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/zsh-complete.zsh");
    let dir = committed_path(Shell::Zsh)
        .parent()
        .unwrap()
        .display()
        .to_string();
    shell_output("zsh", &["-f", &script.display().to_string(), &dir, line])
}

#[test]
fn zsh_completes_codes_with_their_messages() {
    if missing("zsh") {
        return;
    }
    let out = zsh_complete("ocr-err explain ModelArts.42");
    for code in [
        "ModelArts.4201",
        "ModelArts.4202",
        "ModelArts.4203",
        "ModelArts.4204",
    ] {
        assert!(
            out.contains(code),
            "{code} missing from zsh's listing:\n{out}"
        );
    }
    assert!(
        out.contains("Access api error! Not subscribe this api."),
        "descriptions shown:\n{out}"
    );
    assert!(!out.contains("AIS.0101"), "only the codes that fit:\n{out}");
    let services = zsh_complete("ocr-err list --service AP");
    assert!(
        services.contains("APIGW") && services.contains("API Gateway"),
        "{services}"
    );
    // The tests run in the crate's folder: no file of it is offered for a number.
    for line in ["ocr-err search -n ", "ocr-err parse --threads "] {
        let out = zsh_complete(line);
        assert!(
            !out.contains("Cargo.toml") && !out.contains("README"),
            "{line}: {out}"
        );
    }
}

#[test]
fn the_man_page_renders() {
    if missing("man") {
        return;
    }
    let (code, page, _) = run(&["manpage"]);
    assert_eq!(code, 0);
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "roff");
    let path = std::env::temp_dir().join(format!("ocr-err-test-{}.1", std::process::id()));
    std::fs::write(&path, &page).unwrap();
    let out = Command::new("man")
        .args(["-l", &path.display().to_string()])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("man is needed for this test: apt-get install -y man-db");
    std::fs::remove_file(&path).ok();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for wanted in [
        "NAME",
        "SYNOPSIS",
        "COMMANDS",
        "ocr-err explain",
        "ocr-err search",
        "--format",
        "EXIT STATUS",
        "NO_COLOR",
        "OCR_ERR_LANG",
        "OCR_ERR_COLOR",
        "a code first means explain",
        "wins over its environment variable",
    ] {
        assert!(
            text.contains(wanted),
            "{wanted} missing from the rendered page:\n{text}"
        );
    }
    // Rendered without a warning, no URL hyphenated, no stray quotes or backticks.
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(warnings.trim().is_empty(), "man warned: {warnings}");
    assert!(
        !text.contains('\u{2010}'),
        "a hyphenated word or URL:\n{text}"
    );
    assert!(text.contains("https://support.huaweicloud.com/api-ocr/ocr_03_0028.html"));
    let stray = text
        .lines()
        .find(|l| l.contains('`') || l.trim_start().starts_with('"'));
    assert!(stray.is_none(), "stray quotes in the page: {stray:?}");
}

#[test]
fn help_texts_have_no_markdown() {
    for args in [
        &["completions", "--help"][..],
        &["explain", "--help"],
        &["parse", "--help"],
    ] {
        let (_, help, _) = run(args);
        assert!(!help.contains('`'), "backticks in {args:?}:\n{help}");
    }
}

/// `ocr-err ARGS` at a terminal `columns` wide.
fn help_at(args: &[&str], columns: usize) -> String {
    let out = crate::common::std_cmd()
        .args(args)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_fits_60_and_80_columns_and_its_laid_out_parts_are_never_rewrapped() {
    for sub in [
        "",
        "explain",
        "search",
        "parse",
        "list",
        "completions",
        "manpage",
    ] {
        let args: Vec<&str> = [sub, "--help"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        // What follows the options (examples, exit codes, install lines) is laid out by hand:
        // as it reads at 120 columns, it reads at 60 and 80, line for line.
        let laid_out = |help: &str| -> Vec<String> {
            let start = ["\nExamples:", "\nInstall:", "\nExit codes:"]
                .iter()
                .filter_map(|h| help.find(h))
                .min()
                .unwrap_or(help.len());
            let end = help.find("\nDefaults:").unwrap_or(help.len());
            help[start..end].lines().map(str::to_owned).collect()
        };
        let wide = help_at(&args, 120);
        for columns in [60, 80] {
            let help = help_at(&args, columns);
            for line in help.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= columns,
                    "{args:?} at {columns}: {line:?}"
                );
            }
            assert_eq!(laid_out(&help), laid_out(&wide), "{args:?} at {columns}");
        }
        if sub.is_empty() || sub == "explain" || sub == "parse" {
            assert!(!laid_out(&wide).is_empty(), "{args:?}");
        }
    }
}

#[test]
fn completion_has_no_gaps_in_bash() {
    if missing("bash") {
        return;
    }
    // Codes in any case.
    let codes = bash_complete("ocr-err explain ais.01");
    assert!(codes.contains(&"AIS.0104".to_owned()), "{codes:?}");
    // Files for parse, not a lone `-`.
    let dir = std::env::temp_dir().join(format!("ocr-err-complete-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("app.log"), "x").unwrap();
    let files = bash_complete(&format!("ocr-err parse {}/ap", dir.display()));
    assert_eq!(files, [format!("{}/app.log", dir.display())]);
    std::fs::remove_dir_all(&dir).ok();
    // A number after -n: nothing to offer.
    assert!(
        bash_complete("ocr-err search -n ")
            .iter()
            .all(String::is_empty)
    );
    // Global options before the subcommand, with their values.
    assert_eq!(bash_complete("ocr-err --lang "), ["en", "zh", "both"]);
    assert_eq!(
        bash_complete("ocr-err search --paging "),
        ["auto", "always", "never"]
    );
}

#[test]
fn completion_has_no_gaps_in_fish() {
    if missing("fish") {
        return;
    }
    let mut shells: Vec<String> = fish_complete("ocr-err completions ")
        .into_iter()
        .map(|c| c.split('\t').next().unwrap().to_owned())
        .collect();
    shells.sort();
    assert_eq!(shells, ["bash", "elvish", "fish", "powershell", "zsh"]);
    assert!(fish_complete("ocr-err search -n ").is_empty());
    assert!(
        fish_complete("ocr-err explain ais.01")
            .iter()
            .any(|c| c.starts_with("AIS.0104\t"))
    );
}

#[test]
fn zsh_completes_codes_in_any_case_and_after_the_shorthand() {
    if missing("zsh") {
        return;
    }
    for line in ["ocr-err explain modelarts.42", "ocr-err ModelArts.42"] {
        let out = zsh_complete(line);
        for code in ["ModelArts.4201", "ModelArts.4204"] {
            assert!(out.contains(code), "{line}: {code} missing:\n{out}");
        }
    }
}

#[test]
fn the_shorthand_completes_codes_in_bash_and_fish() {
    if missing("bash") || missing("fish") {
        return;
    }
    let codes = bash_complete("ocr-err ais.010");
    assert!(codes.contains(&"AIS.0104".to_owned()), "{codes:?}");
    assert_eq!(
        bash_complete("ocr-err expl"),
        ["explain"],
        "subcommands as before"
    );
    assert!(
        !bash_complete("ocr-err ")
            .iter()
            .any(|c| c.starts_with("AIS.")),
        "no codes before the word looks like one"
    );
    let codes = fish_complete("ocr-err AIS.010");
    assert!(codes.iter().any(|c| c.starts_with("AIS.0104")), "{codes:?}");
    assert!(
        !fish_complete("ocr-err ")
            .iter()
            .any(|c| c.starts_with("AIS."))
    );
}
