//! One fixture a case of a shape of text: every `tests/fixtures/shapes/<shape>/<case>.txt`, with
//! its findings as `parse --format jsonl` writes them, pinned in a snapshot named
//! `shape-<shape>-<case>`. A new shape of text comes with a folder here (a case that is read and
//! a near miss that is not), so a change of what any shape yields shows in review.

use crate::common::ocr_err;

#[test]
fn every_shape_s_cases_give_their_pinned_findings() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shapes");
    let mut cases = Vec::new();
    for shape in std::fs::read_dir(&root).unwrap() {
        let shape = shape.unwrap().path();
        for case in std::fs::read_dir(&shape).unwrap() {
            cases.push(case.unwrap().path());
        }
    }
    cases.sort();
    assert!(cases.len() >= 10, "{} cases", cases.len());
    for case in &cases {
        let shape = case
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        let name = case.file_stem().unwrap().to_str().unwrap();
        // Relative to the crate, so that the snapshot does not hold this machine's paths.
        let relative = case.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        let out = ocr_err()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["parse", "--format", "jsonl"])
            .arg(relative)
            .output()
            .expect("runs");
        let code = out.status.code().expect("exited");
        let jsonl = String::from_utf8(out.stdout).expect("UTF-8");
        // As grep: 0 with a finding, 1 without; never an error.
        assert_eq!(code, i32::from(jsonl.is_empty()), "{shape}/{name}");
        insta::assert_snapshot!(format!("shape-{shape}-{name}"), jsonl);
    }
}
