//! Golden files: what people see, pinned at 40, 60, 80 and 120 columns, in both languages, each
//! alone, and in ASCII. Each snapshot holds one command at every width; `cargo insta review` (or
//! `INSTA_UPDATE=always`) records changes, which are read by eye before they are accepted.
//!
//! Beside the snapshots, checks that hold for every rendering: no line wider than its width (but
//! a link's own line, which is never cut), no URL cut, no line starting with closing CJK
//! punctuation, ASCII output drawing nothing but ASCII, and wrapped steps indented under their
//! text.

use std::collections::BTreeSet;

use crate::common::ocr_err;

const WIDTHS: [usize; 4] = [40, 60, 80, 120];

/// The commands pinned, by snapshot name.
fn cases() -> Vec<(&'static str, Vec<String>)> {
    let fixture =
        |name: &str| format!("{}/tests/fixtures/parse/{name}", env!("CARGO_MANIFEST_DIR"));
    let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    // Relative to the package, where the tests run: check names its input as it is given.
    let diagnose = |name: &str| format!("tests/fixtures/diagnose/{name}");
    vec![
        ("explain-ais0104", args(&["explain", "AIS.0104"])),
        ("explain-apig0301", args(&["explain", "APIG.0301"])),
        ("explain-apigw0201", args(&["explain", "APIGW.0201"])),
        (
            "explain-modelarts4204",
            args(&["explain", "ModelArts.4204"]),
        ),
        ("explain-unknown", args(&["explain", "AIS.0140"])),
        ("explain-bare-status", args(&["explain", "401"])),
        ("explain-obs", args(&["explain", "NoSuchKey"])),
        (
            "explain-sdk-exception",
            args(&["explain", "SslHandShakeException"]),
        ),
        (
            "explain-code-less-message",
            args(&["explain", "The username or password is wrong."]),
        ),
        ("list-platform", args(&["list", "--module", "platform"])),
        ("search", args(&["search", "图片质量"])),
        ("search-bare-status", args(&["search", "-n", "6", "404"])),
        (
            "search-full-long-keys",
            args(&["search", "-n", "5", "--full", "password wrong"]),
        ),
        (
            "parse-curl",
            vec!["parse".into(), fixture("curl-i-http1.txt")],
        ),
        ("parse-beyond", vec!["parse".into(), fixture("beyond.txt")]),
        (
            "parse-wrapped",
            vec!["parse".into(), fixture("wrapped.txt")],
        ),
        (
            "parse-summary",
            vec!["parse".into(), "--summary".into(), fixture("app-log.txt")],
        ),
        (
            "parse-why",
            vec!["parse".into(), diagnose("clock-skew-fires.txt")],
        ),
        (
            "check-image",
            vec![
                "check".into(),
                "--api".into(),
                "general-text".into(),
                diagnose("photo.heic"),
            ],
        ),
        (
            "check-request",
            vec!["check".into(), diagnose("body-image-url-fires-both.http")],
        ),
    ]
}

fn render(args: &[String], width: usize, extra: &[&str]) -> String {
    let out = ocr_err()
        .env("COLUMNS", width.to_string())
        .args(args)
        .args(extra)
        .output()
        .expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// One rendering: a case (by its place in [`cases`]) at a width, in a language, in ASCII or not.
struct Rendering {
    case: usize,
    width: usize,
    lang: &'static str,
    ascii: bool,
    text: String,
}

/// Every case at every width in every language, with and without `--ascii`: each rendered once
/// for all the tests here (the snapshots and the checks read the same renderings), on a few
/// threads.
fn renderings() -> &'static [Rendering] {
    static ALL: std::sync::OnceLock<Vec<Rendering>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let cases = cases();
        let mut wanted = Vec::new();
        for case in 0..cases.len() {
            for &width in &WIDTHS {
                for lang in ["both", "en", "zh"] {
                    for ascii in [false, true] {
                        wanted.push((case, width, lang, ascii));
                    }
                }
            }
        }
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
        let chunk = wanted.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = wanted
                .chunks(chunk)
                .map(|part| {
                    let cases = &cases;
                    scope.spawn(move || {
                        part.iter()
                            .map(|&(case, width, lang, ascii)| {
                                let mut extra = vec!["--lang", lang];
                                if ascii {
                                    extra.push("--ascii");
                                }
                                let text = render(&cases[case].1, width, &extra);
                                Rendering {
                                    case,
                                    width,
                                    lang,
                                    ascii,
                                    text,
                                }
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("renders"))
                .collect()
        })
    })
}

/// A case at every width, in one text, as its snapshot holds it.
fn at_every_width(case: usize, lang: &str, ascii: bool) -> String {
    let mut all = String::new();
    for r in renderings()
        .iter()
        .filter(|r| r.case == case && r.lang == lang && r.ascii == ascii)
    {
        all.push_str("===== ");
        all.push_str(&r.width.to_string());
        all.push_str(" columns =====\n");
        all.push_str(&r.text);
    }
    all
}

#[test]
fn golden_both_languages() {
    for (case, (name, _)) in cases().iter().enumerate() {
        insta::assert_snapshot!(format!("{name}-both"), at_every_width(case, "both", false));
    }
}

#[test]
fn golden_english() {
    for (case, (name, _)) in cases().iter().enumerate() {
        insta::assert_snapshot!(format!("{name}-en"), at_every_width(case, "en", false));
    }
}

#[test]
fn golden_chinese() {
    for (case, (name, _)) in cases().iter().enumerate() {
        insta::assert_snapshot!(format!("{name}-zh"), at_every_width(case, "zh", false));
    }
}

#[test]
fn golden_ascii() {
    for (case, (name, _)) in cases().iter().enumerate() {
        insta::assert_snapshot!(format!("{name}-ascii"), at_every_width(case, "both", true));
    }
}

fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// A link's own line after a table: `[n] URL`.
fn is_link_line(line: &str) -> bool {
    line.starts_with('[')
        && line
            .split_once("] ")
            .is_some_and(|(_, url)| url.starts_with("https://"))
}

/// The URLs a link line may hold: the catalog's, and those of the parse fixtures (a received
/// message's URL is cited, and printed whole after its table).
fn catalog_urls() -> BTreeSet<String> {
    let mut urls = BTreeSet::new();
    let fixtures = format!("{}/tests/fixtures/parse", env!("CARGO_MANIFEST_DIR"));
    for file in std::fs::read_dir(fixtures).expect("the fixtures") {
        let text = std::fs::read_to_string(file.expect("a fixture").path()).unwrap_or_default();
        urls.extend(
            text.split(|c: char| c.is_whitespace() || "\"'<>()[]{}`".contains(c))
                .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
                .map(|w| {
                    w.trim_end_matches(['.', ',', ';', ':', '!', '?'])
                        .to_owned()
                }),
        );
    }
    let rules = ocr_err::catalog::rules();
    urls.insert(rules.fallback.url.to_string());
    urls.extend(
        rules
            .families
            .iter()
            .filter_map(|f| f.url.map(|u| u.to_string())),
    );
    for e in ocr_err::catalog::entries() {
        urls.insert(e.source.url.to_string());
        urls.extend(e.links.iter().map(|l| l.url.to_string()));
    }
    urls
}

/// The text of each cell of a table line (what lies between the border characters).
fn cells(line: &str) -> Vec<&str> {
    line.split(['│', '┆', '|'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

#[test]
fn every_line_fits_and_no_url_is_cut_and_chinese_breaks_right() {
    let urls = catalog_urls();
    for r in renderings() {
        let (w, lang, ascii, text) = (r.width, r.lang, r.ascii, &r.text);
        let at = format!("{w} columns, --lang {lang}, ascii {ascii}");
        for line in text.lines() {
            if is_link_line(line) {
                let url = line.split_once("] ").unwrap().1;
                assert!(urls.contains(url), "{at}: a cut or unknown URL: {line}");
                continue;
            }
            assert!(display_width(line) <= w, "{at}: wider than {w}: {line}");
            assert!(!line.contains("://"), "{at}: a URL inside a table: {line}");
            for cell in cells(line) {
                let first = cell.chars().next().unwrap();
                assert!(
                    !"。，、；：？！）」』】".contains(first),
                    "{at}: a line starts with closing punctuation: {line}"
                );
                assert!(
                    !cell.ends_with(['（', '「', '『', '【']),
                    "{at}: a line ends with opening punctuation: {line}"
                );
            }
        }
    }
}

#[test]
fn ascii_output_draws_only_ascii() {
    let drawn = ['·', '→', '“', '”', '‘', '’', '…', '—', '\u{a0}'];
    for (name, args) in cases() {
        for &w in &[40, 120] {
            let text = render(&args, w, &["--ascii"]);
            // The JSON output holds all the catalog and input text the table shows, and nothing
            // the tool draws: a character of the table that is in neither is drawn.
            let json = render(&args, w, &["--format", "json"]);
            for c in text.chars().filter(|c| !c.is_ascii()) {
                assert!(
                    !('\u{2500}'..='\u{257F}').contains(&c),
                    "{name} at {w}: border {c:?}"
                );
                if drawn.contains(&c) {
                    let (shown, given) = (text.matches(c).count(), json.matches(c).count());
                    assert!(
                        shown <= given,
                        "{name} at {w}: {c:?} drawn {shown} times, {given} in the data"
                    );
                }
            }
        }
    }
}

/// The value column of each line of a two-column card (what follows `┆`), `None` on a rule.
fn value_column(line: &str) -> Option<&str> {
    let (_, value) = line.split_once('┆')?;
    Some(
        value
            .strip_suffix('│')
            .unwrap_or(value)
            .strip_prefix(' ')
            .unwrap_or(value),
    )
}

/// The marker a wrapped paragraph hangs from: an arrow, a step number, or both.
fn marker(line: &str) -> Option<usize> {
    let mut rest = line;
    let mut len = 0;
    if let Some(r) = rest.strip_prefix("→ ") {
        rest = r;
        len += 2;
    } else if let Some(r) = rest
        .strip_prefix("  ")
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        rest = r;
        len += 2;
    }
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && rest[digits..].starts_with(". ") {
        len += digits + 2;
    }
    (len > 0).then_some(len)
}

#[test]
fn wrapped_steps_continue_under_their_text() {
    let mut checked = 0;
    for r in renderings().iter().filter(|r| !r.ascii) {
        let (w, lang, text) = (r.width, r.lang, &r.text);
        // Inside a fix row: the indent of the step being read.
        let (mut in_fix, mut indent) = (false, None::<usize>);
        let mut row_start = true;
        for line in text.lines() {
            let Some(value) = value_column(line) else {
                (row_start, in_fix, indent) = (true, false, None);
                continue;
            };
            if row_start {
                let label = line
                    .split('┆')
                    .next()
                    .unwrap_or("")
                    .trim_matches(['│', ' ']);
                in_fix = label == "Fix" || label == "建议解决方法";
                row_start = false;
            }
            if !in_fix || value.trim().is_empty() {
                continue;
            }
            if let Some(len) = marker(value) {
                indent = Some(len);
                continue;
            }
            let lead = value.chars().take_while(|&c| c == ' ').count();
            if let Some(len) = indent {
                assert_eq!(lead, len, "{w} columns, --lang {lang}: {line}");
                checked += 1;
            }
        }
    }
    assert!(
        checked > 100,
        "continuation lines were found and checked: {checked}"
    );
}

/// The scripting contract: JSON and JSON Lines, pinned as they are written (one record a line).
/// Every paste under `tests/fixtures/parse/` as `parse --format jsonl` writes its findings, and a
/// summary, an explanation and a search as JSON.
#[test]
fn golden_json() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let json = |args: &[&str]| {
        let out = ocr_err().args(args).output().expect("runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    for file in &files {
        let stem = file.file_stem().unwrap().to_str().unwrap();
        let path = file.to_str().unwrap();
        insta::assert_snapshot!(
            format!("jsonl-parse-{stem}"),
            json(&["parse", "--format", "jsonl", path])
        );
    }
    let log = dir.join("app-log.txt");
    let log = log.to_str().unwrap();
    let why = "tests/fixtures/diagnose/clock-skew-fires.txt".to_owned();
    let both = "tests/fixtures/diagnose/body-image-url-fires-both.http".to_owned();
    for (name, args) in [
        (
            "json-parse-summary",
            vec!["parse", "--summary", "--format", "json", log],
        ),
        (
            "json-explain",
            vec![
                "explain",
                "AIS.0104",
                "APIG.0301",
                "AIS.0140",
                "--format",
                "json",
            ],
        ),
        (
            "jsonl-explain",
            vec!["explain", "AIS.0104", "HTTP 413", "--format", "jsonl"],
        ),
        ("jsonl-parse-why", vec!["parse", "--format", "jsonl", &why]),
        ("json-check", vec!["check", "--format", "json", &both]),
        ("plain-parse-why", vec!["parse", "--format", "plain", &why]),
        ("plain-check", vec!["check", "--format", "plain", &both]),
        (
            "json-search",
            vec!["search", "图片质量", "--format", "json"],
        ),
    ] {
        insta::assert_snapshot!(name, json(&args));
    }
}
