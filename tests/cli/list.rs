//! `ocr-err list`: the whole table, filters, export, and a reader that goes away early.

use std::io::Read;
use std::process::Stdio;

use crate::common::{run, std_cmd};
use serde_json::Value;

#[test]
fn lists_every_code_once() {
    let (code, out, _) = run(&["list", "-f", "plain"]);
    assert_eq!(code, 0);
    let codes: Vec<_> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    let total = ocr_err::catalog::entries().count();
    assert_eq!(codes.len(), total);
    assert!(
        codes.contains(&"AIS.0101")
            && codes.contains(&"ModelArts.4706")
            && codes.contains(&"APIG.0308")
    );
}

#[test]
fn the_table_shows_code_module_message_and_chinese_description() {
    let (_, out, _) = run(&["list"]);
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
fn a_reader_that_leaves_early_ends_the_run_quietly() {
    // Enough output to overflow the pipe buffer, so the write really meets a closed pipe.
    let mut args = vec!["explain"];
    args.extend(std::iter::repeat_n("0101", 200));
    for sub in [args, vec!["list"], vec!["list", "-f", "json"]] {
        let mut child = std_cmd()
            .args(&sub)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is dropped here: the rest of the output goes nowhere.
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{sub:?}: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{sub:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
