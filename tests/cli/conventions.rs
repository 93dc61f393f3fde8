//! The command line as people's hands expect it: options before or after the subcommand, a code
//! as the first argument, codes from standard input, defaults from the environment, and messages
//! with one prefix that suggest commands that work.

use crate::common::{ocr_err, run, spawn_fed};

#[test]
fn output_options_go_before_or_after_the_subcommand() {
    let before = run(&["--lang", "en", "-f", "plain", "explain", "AIS.0104"]);
    let after = run(&["explain", "AIS.0104", "--lang", "en", "-f", "plain"]);
    assert_eq!(before.0, 0);
    assert_eq!(before, after);
    assert!(
        !crate::common::has_cjk(&before.1),
        "English only: {}",
        before.1
    );
}

#[test]
fn output_options_are_refused_where_they_do_nothing() {
    for args in [
        &["completions", "bash", "--format", "json"][..],
        &["--lang", "en", "manpage"],
        &["manpage", "--color", "always"],
        &["completions", "--ascii", "zsh"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.contains("does nothing for") && err.contains("leave it out"),
            "{err}"
        );
    }
    // Nor are they in those subcommands' help.
    let (_, help, _) = run(&["completions", "--help"]);
    assert!(
        !help.contains("--format") && !help.contains("--lang"),
        "{help}"
    );
    let (_, help, _) = run(&["explain", "--help"]);
    assert!(
        help.contains("--format") && help.contains("--lang"),
        "{help}"
    );
}

#[test]
fn a_code_first_means_explain() {
    let short = run(&["ais0104", "APIG.0308", "-f", "plain"]);
    let long = run(&["explain", "ais0104", "APIG.0308", "-f", "plain"]);
    assert_eq!(short.0, 0);
    assert_eq!(short, long);
    assert_eq!(run(&["--lang", "en", "4204", "-f", "plain"]).0, 0);
    // A mistyped subcommand keeps clap's suggestion.
    let (code, _, err) = run(&["serch", "token"]);
    assert_eq!(code, 2);
    assert!(err.contains("similar subcommand exists: 'search'"), "{err}");
    // A name the catalog explains is explained too.
    for name in ["ConnectionException", "NoSuchKey"] {
        assert_eq!(
            run(&[name, "-f", "plain"]),
            run(&["explain", name, "-f", "plain"]),
            "{name}"
        );
    }
    // Words like no subcommand are most likely a search.
    let (code, out, err) = run(&["图片质量"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(
        err.contains("did you mean: ocr-err search 图片质量"),
        "{err}"
    );
}

#[test]
fn explain_dash_reads_codes_from_standard_input() {
    let (child, feeder) = spawn_fed(&["explain", "-", "-f", "plain"], |w| {
        let _ = w.write_all(b"AIS.0104, APIG.0308\nModelArts.4204\n");
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let codes: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(codes.first(), Some(&"AIS.0104"));
    assert!(
        codes.contains(&"APIG.0308") && codes.contains(&"ModelArts.4204"),
        "{codes:?}"
    );
}

#[test]
fn defaults_come_from_the_environment_and_flags_win() {
    let zh = ocr_err()
        .env("OCR_ERR_LANG", "zh")
        .args(["explain", "AIS.0104", "-f", "plain"])
        .output()
        .unwrap();
    let zh = String::from_utf8_lossy(&zh.stdout);
    assert!(
        zh.contains("图片") && !zh.contains("The image type"),
        "{zh}"
    );
    let en = ocr_err()
        .env("OCR_ERR_LANG", "zh")
        .args(["explain", "AIS.0104", "-f", "plain", "--lang", "en"])
        .output()
        .unwrap();
    assert!(!crate::common::has_cjk(
        &String::from_utf8_lossy(&en.stdout)[20..]
    ));
    let coloured = ocr_err()
        .env("OCR_ERR_COLOR", "always")
        .args(["explain", "AIS.0104"])
        .output()
        .unwrap();
    assert!(
        coloured.stdout.contains(&0x1b),
        "OCR_ERR_COLOR=always colours a pipe"
    );
    let bad = ocr_err()
        .env("OCR_ERR_LANG", "fr")
        .args(["AIS.0104"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("OCR_ERR_LANG"));
}

#[test]
fn every_error_has_one_prefix_and_suggests_what_works() {
    for args in [
        &["--nope"][..],
        &["explain", "hello"],
        &["search", "the"],
        &["explain", ""],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("ocr-err: error: "), "{args:?}: {err}");
    }
    let (_, _, err) = run(&["explain", ""]);
    assert!(
        !err.contains("ocr-err search"),
        "nothing to search for: {err}"
    );
    let (_, _, err) = run(&["explain", r#"{"error_code":"AIS.0101","error_msg":"x"}"#]);
    assert!(err.contains("ocr-err parse -"), "{err}");
    let long = "x".repeat(200);
    let (_, _, err) = run(&["search", &long]);
    assert!(
        err.contains("…"),
        "a long query is cut with an ellipsis: {err}"
    );
    let (_, _, err) = run(&["explain", "hello world"]);
    assert!(err.contains("ocr-err search 'hello world'"), "{err}");
}

#[test]
fn version_and_completion_help_speak_for_themselves() {
    assert_eq!(run(&["explain", "-V"]).1, "ocr-err 0.1.0\n");
    let (_, help, _) = run(&["completions", "--help"]);
    for wanted in [
        "source <(ocr-err completions bash)",
        "~/.zfunc/_ocr-err",
        "fish/completions",
        "$PROFILE",
    ] {
        assert!(help.contains(wanted), "{wanted} missing:\n{help}");
    }
    for sub in ["explain", "search", "parse", "list"] {
        let (_, help, _) = run(&[sub, "--help"]);
        assert!(help.contains("Examples:"), "{sub} --help has no examples");
    }
}
