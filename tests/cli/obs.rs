//! OBS's error codes: every row of the transcribed table (codes/sources/obs-error-codes.tsv)
//! in the catalog as the source words it, found by name in `explain`, read from OBS's answers by
//! `parse`, listed by `list`, and kept out of `search`.

use serde_json::Value;

use crate::common::{run, run_stdin};
use ocr_err::catalog::{self, Lang};

/// The table's rows: (code, status, message, solution, Chinese message, Chinese solution).
fn rows() -> Vec<[String; 6]> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/codes/sources/obs-error-codes.tsv"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<String> = l.split('\t').map(str::to_owned).collect();
            cells.try_into().expect("six columns")
        })
        .collect()
}

#[test]
fn every_row_of_the_source_is_a_variant_word_for_word() {
    let table = catalog::table("obs").expect("the OBS table");
    let mut seen = 0;
    for [code, status, message, solution, message_zh, solution_zh] in rows() {
        let Some(e) = table.entries.iter().find(|e| e.code.as_str() == code) else {
            // Only cells that are no code are left out, and the table's note names them.
            assert!(
                code.contains([' ', '.', '-']) && table.source.note.contains(code.as_str()),
                "{code} missing"
            );
            continue;
        };
        let v = e
            .variants
            .iter()
            .find(|v| v.message.as_str() == message)
            .unwrap_or_else(|| panic!("{code}: no variant {message:?}"));
        assert_eq!(v.http_status.map(|s| s.to_string()), Some(status), "{code}");
        let steps = |lang| -> Vec<&str> { v.fix.get(lang).iter().map(|s| s.as_str()).collect() };
        assert_eq!(steps(Lang::En), [solution.as_str()], "{code}");
        if message_zh.is_empty() {
            assert_eq!(
                v.description.translated,
                Some(Lang::Zh),
                "{code}: ours, marked so"
            );
        } else {
            assert_eq!(v.description.zh.as_str(), message_zh, "{code}");
            assert_eq!(steps(Lang::Zh), [solution_zh.as_str()], "{code}");
            assert_eq!(v.description.translated, None, "{code}: the source's words");
        }
        seen += 1;
    }
    let variants: usize = table.entries.iter().map(|e| e.variants.len()).sum();
    assert_eq!(seen, variants, "no variant without its row");
    assert!(seen >= 90, "{seen}");
}

#[test]
fn explain_finds_an_obs_code_by_its_name_and_says_whose_it_is() {
    for typed in ["AccessDenied", "accessdenied", "'NoSuchKey'"] {
        let (code, out, err) = run(&["explain", "-f", "json", typed]);
        assert_eq!(code, 0, "{typed}: {err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["status"], "found", "{typed}");
        assert_eq!(v[0]["entries"][0]["module"]["id"], "obs", "{typed}");
    }
    let (_, card, _) = run(&["explain", "--lang", "en", "SignatureDoesNotMatch"]);
    assert!(
        card.contains("403") && card.contains("Object Storage Service (OBS)"),
        "{card}"
    );
    assert!(
        card.contains("Other object stores use the same names"),
        "{card}"
    );
    // The service's name is no code: where its codes are.
    let (code, _, err) = run(&["explain", "OBS"]);
    assert_eq!(code, 2);
    assert!(err.contains("list --service"), "{err}");
    let (code, v) = {
        let (code, out, _) = run(&["list", "-f", "json", "--module", "obs"]);
        (code, serde_json::from_str::<Value>(&out).unwrap())
    };
    assert_eq!(code, 0);
    assert_eq!(
        v["entries"].as_array().unwrap().len(),
        catalog::table("obs").unwrap().entries.len()
    );
    let (_, out, _) = run(&["list", "-f", "plain", "--service", "obs"]);
    assert!(
        out.lines().any(|l| l.starts_with("NoSuchBucket\t")),
        "{out}"
    );
}

#[test]
fn parse_explains_an_obs_answer_and_search_keeps_to_the_ocr_call() {
    let answer = "HTTP/1.1 404 Not Found\nServer: OBS\nx-obs-request-id: 0000018A3B2C\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>0000018A3B2C</RequestId></Error>\n";
    let (code, out, _) = run_stdin(&["parse", "-f", "json"], answer);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["code"], "NoSuchKey");
    assert_eq!(v[0]["known"], true);
    assert_eq!(v[0]["http_status"], 404);
    assert_eq!(v[0]["table"], "obs");
    // Everyday words an OBS message shares are the OCR call's first.
    let (_, out, _) = run(&["search", "-f", "plain", "request timeout"]);
    let codes: Vec<&str> = out.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert!(
        !codes.is_empty() && !codes.contains(&"RequestTimeout"),
        "{out}"
    );
}

#[test]
fn a_registry_s_code_is_not_explained_by_obs_s_code_of_another_case() {
    // SWR's `UNAUTHORIZED` is the registry's; OBS's `Unauthorized` means an account without
    // real-name authentication.
    let out = crate::common::ocr_err()
        .args(["parse", "-f", "json"])
        .write_stdin(
            "Error response from daemon: Get \"https://swr.cn-north-4.myhuaweicloud.com/v2/\": {\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}\n",
        )
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["code"], "UNAUTHORIZED");
    assert_eq!(v[0]["known"], false, "{v}");
}
