//! The tables beyond the seed: the API gateway's APIGW.* table, the APIG user guide's APIG.*
//! calling errors and the OCR codes newer than the seed — rows pinned from each, with their
//! statuses and sources; the precedence rule; variants; and `AIS.0000`'s meaning.

use crate::common::run;
use ocr_err::catalog::{self, Entry, HttpStatus, Lang, Lookup};

fn entry(table: &str, code: &str) -> &'static Entry {
    catalog::table(table)
        .unwrap_or_else(|| panic!("table {table}"))
        .entries
        .iter()
        .find(|e| e.code == code)
        .unwrap_or_else(|| panic!("{code} missing from {table}"))
}

/// `status` `"-"`: the entry states none.
fn pin(table: &str, code: &str, status: &str, message: &str) {
    let e = entry(table, code);
    assert!(
        e.variants.iter().any(|v| v
            .http_status
            .map_or_else(|| "-".to_string(), |s| s.to_string())
            == status
            && v.message == message),
        "{table} {code}: no variant {status} {message:?}"
    );
}

#[test]
fn gateway_rows_are_pinned() {
    pin(
        "apigw",
        "APIGW.0101",
        "404",
        "The API does not exist or has not been published in the environment.",
    );
    pin("apigw", "APIGW.0101", "404", "The API does not exist.");
    pin("apigw", "APIGW.0103", "404", "The backend does not exist.");
    pin(
        "apigw",
        "APIGW.0301",
        "401",
        "Incorrect IAM authentication information.",
    );
    pin(
        "apigw",
        "APIGW.0303",
        "401",
        "Incorrect app authentication information.",
    );
    pin(
        "apigw",
        "APIGW.0308",
        "429",
        "The throttling threshold has been reached.",
    );
    pin("apigw", "APIGW.0502", "405", "The app has been frozen.");
    pin(
        "apigw",
        "APIGW.0607",
        "400",
        "The following protocol is supported: {xxx}",
    );
    pin(
        "apigw",
        "APIGW.0613",
        "503",
        "The IAM service is currently unavailable.",
    );
    pin(
        "apigw",
        "APIGW.0802",
        "403",
        "The IAM user is forbidden in the currently selected region.",
    );
    assert_eq!(
        entry("apigw", "APIGW.0303").variants[0].description.zh,
        "APP认证信息错误"
    );
}

#[test]
fn apig_calling_rows_are_pinned() {
    pin("apig", "APIG.0103", "500", "The backend does not exist.");
    pin("apig", "APIG.0201", "500", "An unexpected error occurred");
    pin(
        "apig",
        "APIG.0204",
        "400",
        "SSL protocol is not supported: TLSv1.1",
    );
    pin(
        "apig",
        "APIG.0308",
        "429",
        "The throttling threshold has been reached.",
    );
    pin(
        "apig",
        "APIG.0501",
        "405",
        "The app quota has been used up.",
    );
    pin("apig", "APIG.1009", "400", "AppKey or AppSecret is invalid");
    let v = &entry("apig", "APIG.0201").variants[3];
    assert_eq!(
        v.description.zh,
        "请求头过大（单个请求头大于32K或所有请求头总长度大于128K）"
    );
    assert_eq!(v.fix.zh, ["减小请求头大小"]);
}

#[test]
fn newer_ocr_rows_are_pinned() {
    // The OCR page states no status per code (only "4xx or 5xx" for every failure): none is
    // claimed; ModelArts.0212's is the ModelArts table's.
    pin("ocr-extra", "AIS.0117", "-", "Input ID does not exist.");
    pin(
        "ocr-extra",
        "AIS.0118",
        "400",
        "Service request error or the tax authority’s interface was malfunctioning.",
    );
    pin(
        "ocr-extra",
        "AIS.0122",
        "-",
        "The image contains two or more ID cards with the same side.",
    );
    pin(
        "ocr-extra",
        "ModelArts.0212",
        "401",
        "Invalid Token header. The Token not contain project item.",
    );
    pin(
        "ocr-extra",
        "APIG.0307",
        "401",
        "The token must be updated.",
    );
    assert!(
        entry("ocr-extra", "AIS.0118").variants[0]
            .alt_messages
            .iter()
            .any(|m| m == "Service request error.")
    );
}

#[test]
fn the_current_pages_chinese_is_quoted_verbatim() {
    // What ocr-extra marks as the source's Chinese (not `translated: zh`) is the transcribed
    // page, word for word: additions live in the English or in a note.
    let table = include_str!("../../codes/sources/ocr-current-page-zh.tsv");
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let mut cells = line.split('\t');
        let code = cells.next().unwrap();
        let v = &entry("ocr-extra", code).variants[0];
        assert_eq!(v.description.zh, cells.next().unwrap(), "{code}");
        let steps: Vec<&str> = v.fix.zh.iter().map(|s| s.as_str()).collect();
        assert_eq!(steps, cells.collect::<Vec<_>>(), "{code}");
        assert_ne!(v.description.translated, Some(Lang::Zh), "{code}");
        assert_ne!(v.fix.translated, Some(Lang::Zh), "{code}");
        rows += 1;
    }
    assert_eq!(rows, 9);
}

#[test]
fn ais_0000_is_a_success_status_not_an_error() {
    let e = entry("ocr-extra", "AIS.0000");
    assert!(!e.is_error);
    assert_eq!(e.variants[0].message, "Succeeded.");
    assert_eq!(e.variants[0].http_status, Some(HttpStatus::Code(200)));
    assert!(
        catalog::entries().filter(|e| !e.is_error).count() == 1,
        "only AIS.0000 reports success"
    );
    let (code, out, _) = run(&["explain", "--lang", "en", "AIS.0000"]);
    assert_eq!(code, 0);
    assert!(out.contains("Not an error"));
}

#[test]
fn the_seed_wins_where_tables_overlap() {
    for (code, seed_message) in [
        (
            "APIG.0101",
            "The API does not exist or has not been published in the environment.",
        ),
        ("APIG.0201", "Backend timeout."),
        ("APIG.0301", "Incorrect IAM authentication information."),
        (
            "APIG.0308",
            "The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute.",
        ),
    ] {
        let Lookup::Found(found) = catalog::lookup(code) else {
            panic!("{code}")
        };
        assert_eq!(
            found[0].table, "ocr",
            "{code}: the seed's entry comes first"
        );
        assert_eq!(found[0].variants[0].message, seed_message);
        assert!(
            found[0].variants.iter().all(|v| v.http_status.is_none()),
            "{code}: the seed states no status"
        );
        assert!(
            found.iter().any(|e| e.table == "apig"),
            "{code}: the gateway's wording is kept as context"
        );
    }
}

#[test]
fn apig_and_apigw_are_different_codes() {
    let apig = entry("apig", "APIG.0103");
    let apigw = entry("apigw", "APIGW.0103");
    assert_eq!(apig.variants[0].http_status, Some(HttpStatus::Code(500)));
    assert_eq!(apigw.variants[0].http_status, Some(HttpStatus::Code(404)));
    let Lookup::Found(found) = catalog::lookup("APIG.0103") else {
        panic!()
    };
    assert!(found.iter().all(|e| e.code == "APIG.0103"));
}

#[test]
fn every_variant_of_a_code_is_kept() {
    use HttpStatus::Code;
    let statuses: Vec<_> = entry("apigw", "APIGW.0201")
        .variants
        .iter()
        .map(|v| v.http_status)
        .collect();
    assert_eq!(
        statuses,
        [400, 413, 414, 494, 502, 504].map(|n| Some(Code(n)))
    );
    assert_eq!(entry("apig", "APIG.0201").variants.len(), 7);
    let (_, out, _) = run(&["explain", "-f", "plain", "APIGW.0201"]);
    assert_eq!(
        out.lines().count(),
        6,
        "explain shows every variant:\n{out}"
    );
}

#[test]
fn translations_and_the_unverified_row_are_marked() {
    let v = &entry("apig", "APIG.0303").variants[0];
    assert_eq!(
        v.description.translated,
        Some(Lang::En),
        "the APIG table is Chinese: its English is ours"
    );
    let v = &entry("apigw", "APIGW.0303").variants[0];
    assert_eq!(
        v.description.translated, None,
        "both languages come from the gateway's pages"
    );
    assert_eq!(v.fix.translated, Some(Lang::Zh));
    let v = &entry("apigw", "APIGW.0801").variants[0];
    assert_eq!(v.description.translated, Some(Lang::Zh));
    assert!(
        v.note
            .as_ref()
            .is_some_and(|n| n.en.starts_with("Unverified"))
    );
    let unverified = catalog::entries()
        .flat_map(|e| e.variants)
        .filter(|v| {
            v.note
                .as_ref()
                .is_some_and(|n| n.en.starts_with("Unverified"))
        })
        .count();
    assert_eq!(unverified, 1);
}

#[test]
fn every_entry_shows_its_source() {
    for e in catalog::entries() {
        assert!(
            e.source.url.starts_with("https://") && !e.source.date.is_empty(),
            "{}",
            e.code
        );
    }
    assert!(
        entry("ocr-extra", "AIS.0000")
            .source
            .url
            .contains("%E6%99%BA%E8%83%BD%E5%88%86%E7%B1%BB"),
        "a row with its own source keeps it"
    );
    let (_, out, _) = run(&["explain", "-l", "en", "APIGW.0303"]);
    assert!(out.contains("api-sign-errorcode.html") && out.contains("2025-10-20"));
}

#[test]
fn a_bare_number_reaches_every_family() {
    let (code, out, _) = run(&["explain", "-f", "plain", "0101"]);
    assert_eq!(code, 0);
    let codes: std::collections::BTreeSet<_> =
        out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        ["AIS.0101", "APIG.0101", "APIGW.0101"]
    );
}

#[test]
fn list_filters_the_new_families() {
    let (code, out, _) = run(&["list", "-f", "plain", "--module", "apigw"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().count(),
        catalog::table("apigw").unwrap().entries.len()
    );
    assert!(out.lines().all(|l| l.starts_with("APIGW.")));
}

#[test]
fn version_names_each_table_with_its_source_and_date() {
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    for t in catalog::tables() {
        assert!(
            out.contains(t.id.as_str())
                && out.contains(t.source.url.as_str())
                && out.contains(t.source.date.as_str()),
            "{}: {out}",
            t.id
        );
    }
}
