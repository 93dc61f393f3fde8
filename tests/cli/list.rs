//! `ocr-err list`: the whole table, filters, export, and a reader that goes away early.

use crate::common::run;
use serde_json::Value;

#[test]
fn lists_every_entry_of_every_table_once() {
    // A code documented by several tables (APIG.0201 is in the OCR and the gateway tables) has a
    // row per table; a (code, table) pair has one.
    let (code, out, _) = run(&["list", "-f", "plain"]);
    assert_eq!(code, 0);
    let rows: Vec<(&str, &str)> = out
        .lines()
        .map(|l| {
            let mut f = l.split('\t');
            (f.next().unwrap(), f.next().unwrap())
        })
        .collect();
    let mut unique = rows.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(
        unique.len(),
        rows.len(),
        "a (code, table) pair listed twice"
    );
    assert_eq!(rows.len(), ocr_err::catalog::entries().count());
    let codes: Vec<&str> = rows.iter().map(|r| r.0).collect();
    assert!(
        codes.contains(&"AIS.0101")
            && codes.contains(&"ModelArts.4706")
            && codes.contains(&"APIG.0308")
    );
}

#[test]
fn the_table_shows_code_module_message_and_chinese_description() {
    let out = crate::common::ocr_err()
        .env("COLUMNS", "120")
        .arg("list")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.contains("Code")
            && out.contains("模块")
            && out.contains("Message")
            && out.contains("说明")
    );
    assert!(out.contains("ModelArts.4204") && out.contains("没有订阅该API。"));
}

#[test]
fn filters_by_module() {
    let (code, out, _) = run(&["list", "-f", "plain", "--module", "platform"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().count(),
        ocr_err::catalog::by_module("platform").count()
    );
    assert!(
        out.lines().count() >= 30,
        "the seed alone has 30 platform codes"
    );
    assert!(out.lines().all(|l| l.starts_with("ModelArts.")));
    let (_, zh, _) = run(&["list", "-f", "plain", "--module", "文字识别"]);
    assert!(zh.lines().count() >= 5 && zh.lines().all(|l| l.starts_with("AIS.")));
}

#[test]
fn json_exports_the_whole_catalog_with_provenance() {
    let (_, out, _) = run(&["list", "-f", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["entries"].as_array().unwrap().len(),
        ocr_err::catalog::entries().count()
    );
    let ocr = &v["tables"][0];
    assert_eq!(ocr["id"], "ocr");
    assert_eq!(
        ocr["source"]["url"],
        "https://support.huaweicloud.com/api-ocr/ocr_03_0028.html"
    );
    assert!(
        ocr["source"]["date"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
    assert!(
        v["rules"]["fallback"]["text"]["zh"]
            .as_str()
            .unwrap()
            .contains("联系华为云支持人员")
    );
}

#[test]
fn every_module_fits_every_width() {
    // Long keys (exception classes) and long module names must not push the grid past the
    // terminal: the module column goes first, then the grid gives way to blocks.
    for module in crate::common::MODULES {
        for width in [40, 60, 72, 80, 99, 100, 120] {
            let out = crate::common::ocr_err()
                .env("COLUMNS", width.to_string())
                .args(["list", "--module", module])
                .output()
                .unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            let widest = text
                .lines()
                .map(unicode_width::UnicodeWidthStr::width)
                .max()
                .unwrap_or(0);
            assert!(widest <= width, "{module} at {width}: {widest} columns");
        }
    }
    // A message without a code is in the message column; its key column holds no copy.
    let (_, out, _) = crate::common::run(&["list", "--module", "iam-token", "--lang", "en"]);
    assert!(out.contains("│ —"), "{out}");
    assert!(!out.lines().any(|l| l.starts_with("│ The ")), "{out}");
}
