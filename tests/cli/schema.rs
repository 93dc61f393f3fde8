//! The JSON contract: every command's JSON and JSON Lines output validates against its schema
//! in `tests/schema/`, on the inputs the snapshots pin (and every parse fixture). A field added,
//! renamed or retyped fails here until the schema says so, which makes it visible in review.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::ocr_err;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema(name: &str) -> Value {
    let path = root().join("tests/schema").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The schema of one line of JSON Lines: the array schema's `$defs/<def>`, with its `$defs`.
fn line_schema(name: &str, def: &str) -> Value {
    let mut s = schema(name);
    let defs = s["$defs"].take();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{def}"),
        "$defs": defs,
    })
}

fn output(args: &[&str]) -> String {
    let out = ocr_err().args(args).output().expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn valid(schema: &Value, instance: &Value, what: &str) {
    let validator = jsonschema::validator_for(schema).expect("the schema is valid");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn json_of(args: &[&str], schema_name: &str) {
    let text = output(args);
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}"));
    valid(&schema(schema_name), &v, &format!("{args:?}"));
}

fn lines_of(args: &[&str], schema_name: &str, def: &str) {
    let s = line_schema(schema_name, def);
    let text = output(args);
    assert!(!text.is_empty(), "{args:?} wrote nothing");
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        valid(&s, &v, &format!("{args:?}"));
    }
}

#[test]
fn the_schemas_are_valid_schemas() {
    let dir = root().join("tests/schema");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let s: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        jsonschema::meta::validate(&s).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        n += 1;
    }
    assert_eq!(n, 6);
}

#[test]
fn explain_search_and_list_match_their_schemas() {
    for args in [
        &[
            "explain",
            "AIS.0104",
            "APIG.0301",
            "AIS.0140",
            "XYZ.0001",
            "401",
            "NoSuchKey",
        ][..],
        &[
            "explain",
            "ModelArts.4204",
            "HTTP 413",
            "ConnectionException",
        ],
        &["explain", "The username or password is wrong."],
    ] {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        json_of(&a, "explain.schema.json");
        a.truncate(args.len());
        a.extend(["--format", "jsonl"]);
        lines_of(&a, "explain.schema.json", "record");
    }
    for query in ["图片质量", "token expired", "IAM", "401"] {
        json_of(&["search", query, "--format", "json"], "search.schema.json");
        lines_of(
            &["search", query, "--format", "jsonl"],
            "search.schema.json",
            "record",
        );
    }
    json_of(&["list", "--format", "json"], "list.schema.json");
    lines_of(&["list", "--format", "jsonl"], "list.schema.json", "entry");
}

#[test]
fn every_parse_fixture_s_findings_match_the_schema() {
    let mut files = Vec::new();
    let shapes = root().join("tests/fixtures/shapes");
    let shape_dirs = std::fs::read_dir(&shapes)
        .unwrap()
        .map(|e| e.unwrap().path());
    let dirs = [
        root().join("tests/fixtures/parse"),
        root().join("tests/fixtures/diagnose"),
    ];
    for dir in dirs.into_iter().chain(shape_dirs) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt" || e == "har") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(files.len() > 20);
    let s = schema("parse.schema.json");
    let line = line_schema("parse.schema.json", "record");
    for file in &files {
        let f = file.to_str().unwrap();
        let v: Value = serde_json::from_str(&output(&["parse", "--format", "json", f])).unwrap();
        valid(&s, &v, f);
        for l in output(&["parse", "--format", "jsonl", f]).lines() {
            valid(&line, &serde_json::from_str(l).unwrap(), f);
        }
    }
    // Several inputs: each finding names its file.
    let two = [files[0].to_str().unwrap(), files[1].to_str().unwrap()];
    json_of(
        &["parse", "--format", "json", two[0], two[1]],
        "parse.schema.json",
    );
    let log = root().join("tests/fixtures/parse/app-log.txt");
    json_of(
        &[
            "parse",
            "--summary",
            "--format",
            "json",
            log.to_str().unwrap(),
        ],
        "parse-summary.schema.json",
    );
}

#[test]
fn check_matches_its_schema() {
    let dir = Path::new("tests/fixtures/diagnose");
    for entry in std::fs::read_dir(root().join(dir)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "http") {
            let f = path.to_str().unwrap();
            json_of(&["check", "--format", "json", f], "check.schema.json");
        }
    }
    let heic = root().join(dir).join("photo.heic");
    let heic = heic.to_str().unwrap();
    json_of(
        &["check", "--api", "general-text", "--format", "json", heic],
        "check.schema.json",
    );
    lines_of(
        &["check", "--api", "general-text", "--format", "jsonl", heic],
        "check.schema.json",
        "problem",
    );
}

#[test]
fn a_record_that_breaks_the_contract_fails_its_schema() {
    let f = root().join("tests/fixtures/parse/curl-i-http1.txt");
    let text = output(&["parse", "--format", "jsonl", f.to_str().unwrap()]);
    let good: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let validator = jsonschema::validator_for(&line_schema("parse.schema.json", "record")).unwrap();
    assert!(validator.is_valid(&good));
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("code");
    let mut added = good.clone();
    added["codes"] = Value::from("APIG.0301");
    let mut retyped = good;
    retyped["http_status"] = Value::from("401");
    for bad in [missing, added, retyped] {
        assert!(!validator.is_valid(&bad), "{bad}");
    }
}
