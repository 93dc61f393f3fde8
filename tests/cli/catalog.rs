//! The catalog's data: every seed row verbatim, codes unique and well-formed, both languages
//! everywhere, the seed's rules kept. The seed rows are pinned from `fixtures/seed_rows.json`, a copy
//! of the rows of the OCR error-code page, so any drift in `codes/` fails here.

use ocr_err::catalog::{self, Entry};
use serde_json::Value;

fn seed() -> Value {
    serde_json::from_str(include_str!("../fixtures/seed_rows.json")).expect("fixture is JSON")
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|s| s.as_str().expect("string"))
        .collect()
}

fn ocr_entry(code: &str) -> &'static Entry {
    catalog::table("ocr")
        .expect("ocr table")
        .entries
        .iter()
        .find(|e| e.code == code)
        .unwrap_or_else(|| panic!("{code} missing from codes/ocr.json"))
}

#[test]
fn the_catalog_is_consistent() {
    let problems = catalog::problems();
    assert!(
        problems.is_empty(),
        "catalog problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_seed_row_is_present_verbatim() {
    let seed = seed();
    let rows = seed["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 39, "the seed table has 39 codes");
    for row in rows {
        let code = row["code"].as_str().unwrap();
        let e = ocr_entry(code);
        let v = &e.variants[0];
        assert_eq!(
            v.message,
            row["message"].as_str().unwrap(),
            "{code} message"
        );

        // Description: the first paragraph is the description; further items are named causes.
        let desc = strs(&row["description"]);
        assert_eq!(v.description.zh, desc[0], "{code} description");
        let causes: Vec<String> = v
            .causes
            .iter()
            .map(|c| format!("{}：{}", c.pattern, c.description.zh))
            .collect();
        assert_eq!(causes, desc[1..], "{code} causes");

        // Fix: every seed paragraph is one step, or a run of consecutive steps that joins to it.
        let mut steps = v.fix.zh.iter();
        for paragraph in strs(&row["fix"]) {
            let mut joined = String::new();
            while joined.len() < paragraph.len() {
                joined.push_str(
                    steps
                        .next()
                        .unwrap_or_else(|| panic!("{code}: fix runs short")),
                );
            }
            assert_eq!(joined, paragraph, "{code} fix");
        }
        assert!(steps.next().is_none(), "{code}: extra fix steps");
    }
}

#[test]
fn separate_steps_stay_separate() {
    assert_eq!(ocr_entry("AIS.0104").variants[0].fix.zh.len(), 2);
    assert_eq!(ocr_entry("APIG.0301").variants[0].fix.zh.len(), 5);
    assert_eq!(ocr_entry("APIG.0101").variants[0].fix.zh.len(), 4);
}

#[test]
fn apig_0301_keeps_its_three_causes_with_their_own_fixes() {
    let v = &ocr_entry("APIG.0301").variants[0];
    let causes: Vec<_> = v
        .causes
        .iter()
        .map(|c| (c.pattern.as_str(), c.steps.as_slice()))
        .collect();
    assert_eq!(
        causes,
        [
            ("decrypt token fail", &[0u8][..]),
            ("token expires", &[1][..]),
            ("verify aksk signature fail", &[2, 3][..])
        ]
    );
}

#[test]
fn known_alternative_wordings_are_kept() {
    let v = &ocr_entry("ModelArts.4204").variants[0];
    assert!(
        v.alt_messages
            .iter()
            .any(|m| m == "Request api error! The API XXX is not subscribed.")
    );
}

#[test]
fn modules_are_named_in_both_languages() {
    for (code, id, zh) in [
        ("AIS.0101", "ocr", "文字识别"),
        ("ModelArts.4706", "platform", "平台"),
        ("APIG.0308", "apig", "APIG"),
    ] {
        let m = &ocr_entry(code).module;
        assert_eq!((m.id.as_str(), m.zh.as_str()), (id, zh), "{code}");
        assert!(
            !m.en.is_empty() && m.en.is_ascii(),
            "{code} English module name"
        );
    }
}

#[test]
fn the_seed_links_are_absolute() {
    let urls: Vec<&str> = catalog::entries()
        .flat_map(|e| e.links.iter().map(|l| l.url.as_str()))
        .collect();
    for wanted in [
        "https://support.huaweicloud.com/productdesc-ocr/ocr_01_0006.html",
        "https://www.huaweicloud.com/service/contact.html",
        "https://support.huaweicloud.com/account_faq/faq_bi_0011.html",
        "https://support.huaweicloud.com/ocr_faq/ocr_01_0031.html",
        "https://support.huaweicloud.com/ocr_faq/ocr_01_0065.html",
        "https://support.huaweicloud.com/ocr_faq/ocr_01_0041.html",
    ] {
        assert!(urls.contains(&wanted), "{wanted} missing");
    }
    let apigw = catalog::family("APIGW").expect("APIGW family");
    assert_eq!(
        apigw.url.as_deref(),
        Some("https://support.huaweicloud.com/devg-apisign/api-sign-errorcode.html")
    );
}

#[test]
fn no_seed_row_claims_an_http_status() {
    // The seed page states no status for any row; a status there would be a guess.
    for e in catalog::table("ocr").unwrap().entries {
        assert!(
            e.variants.iter().all(|v| v.http_status.is_none()),
            "{}",
            e.code
        );
    }
}

#[test]
fn the_fallback_rule_is_kept_verbatim() {
    let seed = seed();
    let rules = catalog::rules();
    assert_eq!(rules.fallback.text.zh, seed["other"][0].as_str().unwrap());
    assert!(rules.fallback.text.en.contains("request ID"));
}

#[test]
fn english_prose_is_marked_as_translation() {
    for e in catalog::table("ocr").unwrap().entries {
        for v in e.variants {
            assert_eq!(
                v.description.translated,
                Some(catalog::Lang::En),
                "{}",
                e.code
            );
            assert!(
                v.description.en.is_ascii() || v.description.en.contains('…'),
                "{}",
                e.code
            );
        }
    }
}

/// Every HTTP status the catalog states has a source that states it: the table it is in, when
/// that table's source is an error-code table with a status column; the entry's own page, for
/// the tables whose every entry is a page that states its status (the token endpoint's
/// messages, the bare statuses); else a `status_note` saying where the status is from (the OCR
/// page has no status column, and its FAQs seldom state one). A status added without one fails
/// here.
#[test]
fn every_stated_status_names_where_it_is_stated() {
    // The tables transcribed from a source with a status column for every code.
    const TABLES_WITH_STATUSES: [&str; 5] = ["apig", "apigw", "iam", "modelarts", "obs"];
    // The tables whose entries each cite a page that states the status.
    const PAGES_WITH_STATUSES: [&str; 2] = ["http", "iam-token"];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("codes");
    let mut checked = 0;
    let mut unsourced = Vec::new();
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let (Some(table), Some(entries)) = (v["table"].as_str(), v["entries"].as_array()) else {
            continue;
        };
        for e in entries {
            for variant in e["variants"].as_array().unwrap() {
                if variant["http_status"].is_null() {
                    continue;
                }
                checked += 1;
                let sourced = TABLES_WITH_STATUSES.contains(&table)
                    || PAGES_WITH_STATUSES.contains(&table) && e["source"]["url"].is_string()
                    || variant["status_note"]["en"].is_string();
                if !sourced {
                    unsourced.push(format!("{table}: {}", e["code"]));
                }
            }
        }
    }
    assert!(checked > 200, "{checked} statuses");
    assert!(
        unsourced.is_empty(),
        "statuses without a source: {unsourced:?}"
    );
}
