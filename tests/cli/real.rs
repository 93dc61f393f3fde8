//! Real pastes (`tests/fixtures/real/`): text found in public issue trackers, repositories and
//! documentation, each with its source in `SOURCES.md` and its expected findings in
//! `expected.tsv` — code as received, HTTP status and request id, one row a finding, and the
//! negatives (text that is no Huawei Cloud error: other vendors' failures, tables of codes,
//! source code naming codes) none at all. The table is the spec.
//!
//! A paste marked `gap` is one `parse` does not read right yet: the test checks that it still
//! does not, so that reading it right is noticed and the mark removed.

use serde_json::Value;

use crate::common::run;

/// One finding: code, HTTP status, request id.
type Row = (String, Option<u64>, Option<String>);

/// A paste and what it must give.
struct Case {
    file: String,
    want: Vec<Row>,
    gap: bool,
}

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/real")
}

/// The cases of `expected.tsv`, in its order.
fn cases() -> Vec<Case> {
    let table = std::fs::read_to_string(dir().join("expected.tsv")).unwrap();
    let mut cases: Vec<Case> = Vec::new();
    for line in table.lines() {
        if line.starts_with('#') || line.starts_with("file\t") || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        assert!(
            cells.len() >= 5,
            "expected.tsv: a row has five cells at least: {line}"
        );
        let dash = |s: &str| (s != "-").then(|| s.to_owned());
        let gap = match cells[4] {
            "ok" => false,
            "gap" => true,
            other => panic!("expected.tsv: reads is ok or gap, not {other}: {line}"),
        };
        if cases.last().is_none_or(|c| c.file != cells[0]) {
            assert!(
                !cases.iter().any(|c| c.file == cells[0]),
                "expected.tsv: the rows of {} stand together",
                cells[0]
            );
            cases.push(Case {
                file: cells[0].to_owned(),
                want: Vec::new(),
                gap,
            });
        }
        let case = cases.last_mut().expect("just pushed");
        assert_eq!(case.gap, gap, "{}: every row reads alike", case.file);
        if cells[1] != "-" {
            let status = dash(cells[2]).map(|s| s.parse().expect("a status is a number"));
            case.want
                .push((cells[1].to_owned(), status, dash(cells[3])));
        }
    }
    cases
}

/// What `parse` gives for a paste: its exit code and findings.
fn parsed(file: &str) -> (i32, Vec<Row>, String) {
    let path = dir().join(file);
    let (code, out, err) = run(&["parse", "--format", "json", &path.display().to_string()]);
    let findings: Vec<Value> =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{file}: {e}: {out}"));
    let rows = findings
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_owned(),
                f["http_status"].as_u64(),
                f["request_id"].as_str().map(str::to_owned),
            )
        })
        .collect();
    (code, rows, err)
}

#[test]
fn every_real_paste_gives_its_findings_and_nothing_else() {
    let cases = cases();
    let mut wrong = Vec::new();
    let mut now_right = Vec::new();
    for case in &cases {
        let (code, got, err) = parsed(&case.file);
        // Exit codes follow grep: 0 when something was found, 1 when nothing was.
        let right = got == case.want && code == i32::from(case.want.is_empty());
        match (right, case.gap) {
            (false, false) => wrong.push(format!(
                "{}: exit {code}, got {got:?}, want {:?} {err}",
                case.file, case.want
            )),
            (true, true) => now_right.push(case.file.as_str()),
            _ => {}
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} pastes read wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    assert!(
        now_right.is_empty(),
        "these pastes marked gap now read right: mark them ok in expected.tsv: {now_right:?}"
    );
}

#[test]
fn the_corpus_is_large_and_every_paste_is_listed_with_its_source_and_findings() {
    let cases = cases();
    let sources = std::fs::read_to_string(dir().join("SOURCES.md")).unwrap();
    let mut files = 0;
    for entry in std::fs::read_dir(dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if std::path::Path::new(&name).extension() != Some(std::ffi::OsStr::new("txt")) {
            continue;
        }
        files += 1;
        assert!(
            sources.contains(&format!("| {name} |")),
            "{name} has no source in SOURCES.md"
        );
        assert!(
            cases.iter().any(|c| c.file == name),
            "{name} has no row in expected.tsv"
        );
    }
    assert_eq!(files, cases.len(), "a row of expected.tsv names no file");
    let negatives = cases.iter().filter(|c| c.want.is_empty()).count();
    assert!(
        files >= 150 && negatives >= 40,
        "{files} pastes, {negatives} negatives"
    );
}

#[test]
fn the_python_sdk_s_message_ends_before_the_field_it_adds() {
    // `…,error_msg:MESSAGE,encoded_authorization_message:None }`: the message holds commas and
    // colons of its own, and stops where the SDK's next field starts.
    for (name, message) in [
        (
            "06-python-sdkexception-apigw0301.txt",
            "Incorrect IAM authentication information: Unauthorized",
        ),
        (
            "04-python-frs0304-comment.txt",
            "Detect no face, can not search",
        ),
    ] {
        let path = dir().join(name);
        let (_, out, _) = run(&["parse", "--format", "json", &path.display().to_string()]);
        let findings: Vec<Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(findings[0]["message"], message, "{name}");
    }
}
