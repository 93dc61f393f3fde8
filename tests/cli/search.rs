//! `ocr-err search`: realistic queries — English, Chinese, mixed, reordered, misspelt, full-width —
//! each with the code that must come first; ranking rules; output formats; exit codes.

use crate::common::{has_cjk, run};
use ocr_err::search::{Hit, Options};

fn search(query: &str, options: &Options) -> Vec<Hit> {
    ocr_err::search::search(query, options).into_hits()
}
use serde_json::Value;

/// (query, the code that must rank first)
const QUERIES: &[(&str, &str)] = &[
    // Chinese, as people remember the symptom
    ("图片质量太差", "AIS.0104"),
    ("图片质量", "AIS.0104"),
    ("图片格式", "AIS.0102"),
    ("图片尺寸", "AIS.0103"),
    ("算法计算失败", "AIS.0105"),
    ("并发", "ModelArts.4401"),
    ("没有订阅", "ModelArts.4204"),
    ("Token为空", "ModelArts.4101"),
    ("json格式", "ModelArts.4105"),
    ("文件大小超限", "ModelArts.4705"),
    ("下载外网URL文件", "ModelArts.4603"),
    ("限流", "APIG.0308"),
    ("请求超时", "APIG.0201"),
    // English
    ("poor quality", "AIS.0104"),
    ("image format", "AIS.0102"),
    ("recognition failed", "AIS.0105"),
    ("token expired", "APIG.0307"),
    ("token empty", "ModelArts.4101"),
    ("throttled", "APIG.0308"),
    ("throttling threshold", "APIG.0308"),
    ("OBS file missing", "ModelArts.4706"),
    ("obs agency", "ModelArts.4702"),
    ("not subscribed", "ModelArts.4204"),
    ("invalid json", "ModelArts.4105"),
    ("max concurrency", "ModelArts.4401"),
    ("backend timeout", "APIG.0201"),
    ("decrypt token fail", "APIG.0301"),
    ("AK SK signature", "APIG.0301"),
    ("app authentication", "APIG.0303"),
    ("tax authority", "AIS.0118"),
    ("template match", "AIS.0119"),
    ("ID card", "AIS.0122"),
    ("succeeded", "AIS.0000"),
    // Reordered
    ("quality is poor", "AIS.0104"),
    ("expired token", "APIG.0307"),
    ("missing file OBS", "ModelArts.4706"),
    // Misspelt: a missing, doubled or swapped letter
    ("qualty", "AIS.0104"),
    ("qualitty", "AIS.0104"),
    ("qaulity", "AIS.0104"),
    ("concurency", "ModelArts.4401"),
    ("throtling", "APIG.0308"),
    // Mixed languages
    ("token 过期", "APIG.0307"),
    ("OBS 委托", "ModelArts.4702"),
    ("image 质量", "AIS.0104"),
    // Full-width, as typed through a Chinese input method
    ("ＴＯＫＥＮ ｅｍｐｔｙ", "ModelArts.4101"),
    ("ｐｏｏｒ\u{3000}ｑｕａｌｉｔｙ", "AIS.0104"),
    ("图片质量，太差！", "AIS.0104"),
    // Codes and code prefixes
    ("AIS.0104", "AIS.0104"),
    ("ais0104", "AIS.0104"),
    ("4204", "ModelArts.4204"),
    // Everyday phrasings, synonyms and variant characters.
    ("image is too big", "AIS.0103"),
    ("image too large", "AIS.0103"),
    ("picture too small", "AIS.0103"),
    ("blurry photo", "AIS.0104"),
    ("unsupported format", "AIS.0102"),
    ("timed out", "APIG.0201"),
    ("request timeout", "APIG.0201"),
    ("too many requests", "APIG.0308"),
    ("rate limit exceeded", "APIG.0308"),
    ("quota used up", "APIG.0501"),
    ("signature mismatch", "APIG.0301"),
    ("wrong ak sk", "APIG.0301"),
    ("permission denied", "ModelArts.4203"),
    ("no permission", "ModelArts.4203"),
    ("token missing", "ModelArts.4101"),
    ("invalid token", "ModelArts.0203"),
    ("api not found", "APIG.0101"),
    ("service not enabled", "ModelArts.4204"),
    ("url download failed", "ModelArts.4603"),
    ("obs file too big", "ModelArts.4705"),
    ("file does not exist in obs", "ModelArts.4706"),
    ("internal server error", "APIG.0601"),
    ("ip not allowed", "APIG.0402"),
    ("app frozen", "APIG.0502"),
    ("concurrency limit", "ModelArts.4401"),
    ("json format wrong", "ModelArts.4105"),
    ("invalid input", "AIS.0101"),
    ("classification failed", "AIS.0120"),
    ("图片太大", "AIS.0103"),
    ("图片过大", "AIS.0103"),
    ("签名错误", "APIG.0301"),
    ("缺少token", "ModelArts.4101"),
    ("没有权限", "ModelArts.4203"),
    ("请求太频繁", "APIG.0308"),
    ("流控", "APIG.0308"),
    ("超时", "APIG.0201"),
    ("服务未开通", "ModelArts.4204"),
    ("参数错误", "AIS.0101"),
    ("图片模糊", "AIS.0104"),
    ("模版匹配失败", "AIS.0119"),
    ("身份证", "AIS.0122"),
    ("下载失败", "ModelArts.4603"),
    ("OBS文件不存在", "ModelArts.4706"),
    ("认证失败", "APIG.0301"),
    ("token过期了", "APIG.0307"),
    ("json格式不对", "ModelArts.4105"),
    ("ModelArts.42", "ModelArts.4201"),
    ("apig.03", "APIG.0301"),
];

#[test]
fn realistic_queries_put_the_right_code_first() {
    let options = Options {
        limit: 5,
        module: None,
    };
    let mut wrong = Vec::new();
    for &(query, want) in QUERIES {
        let hits = search(query, &options);
        let got: Vec<&str> = hits.iter().map(|h| h.code.as_str()).collect();
        if got.first() != Some(&want) {
            wrong.push(format!("{query:?}: want {want}, got {got:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} queries ranked wrong:\n{}",
        wrong.len(),
        QUERIES.len(),
        wrong.join("\n")
    );
}

#[test]
fn an_exact_code_beats_everything_then_prefixes_in_code_order() {
    let hits = search(
        "AIS.01",
        &Options {
            limit: 10,
            module: None,
        },
    );
    let codes: Vec<_> = hits.iter().map(|h| h.code.as_str()).collect();
    assert_eq!(
        &codes[..5],
        ["AIS.0101", "AIS.0102", "AIS.0103", "AIS.0104", "AIS.0105"]
    );
    let hits = search(
        "AIS.0105",
        &Options {
            limit: 10,
            module: None,
        },
    );
    assert_eq!(hits[0].code, "AIS.0105");
    assert!(hits[0].score > hits.get(1).map_or(0, |h| h.score) * 10);
}

#[test]
fn more_matched_words_rank_higher() {
    let hits = search(
        "obs file oversized",
        &Options {
            limit: 10,
            module: None,
        },
    );
    assert_eq!(hits[0].code, "ModelArts.4705");
    assert_eq!(hits[0].words_matched, 3);
    assert!(hits.iter().skip(1).all(|h| h.words_matched < 3));
}

#[test]
fn short_queries_do_not_match_everything() {
    for q in ["a", "e", "ok", "中"] {
        let n = search(
            q,
            &Options {
                limit: 1000,
                module: None,
            },
        )
        .len();
        assert!(n < 10, "{q:?} matched {n} codes");
    }
}

#[test]
fn the_cli_shows_the_matched_field_and_highlights_with_colour_only() {
    let (code, out, _) = run(&["search", "图片质量太差"]);
    assert_eq!(code, 0);
    assert!(out.lines().next().unwrap().contains("AIS.0104") && out.contains("description.zh"));
    assert!(!out.contains('\u{1b}'));
    let (_, coloured, _) = run(&["search", "--color", "always", "poor quality"]);
    assert!(coloured.contains("\u{1b}[") && coloured.contains("AIS.0104"));
}

#[test]
fn json_lists_hits_best_first_with_score_and_field() {
    let (code, out, _) = run(&["search", "-f", "json", "--limit", "3", "token"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let hits = v.as_array().unwrap();
    assert_eq!(hits.len(), 3);
    let scores: Vec<u64> = hits.iter().map(|h| h["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|p| p[0] >= p[1]), "{scores:?}");
    for (i, h) in hits.iter().enumerate() {
        assert_eq!(h["rank"], i + 1);
        assert!(h["field"].is_string() && h["code"].is_string() && h["text"].is_string());
        assert!(h["highlights"].as_array().is_some_and(|a| !a.is_empty()));
    }
}

#[test]
fn plain_is_one_line_per_hit() {
    let (_, out, _) = run(&["search", "-f", "plain", "-n", "4", "token"]);
    assert_eq!(out.lines().count(), 4);
    assert!(out.lines().all(|l| l.split('\t').count() == 5));
}

#[test]
fn module_and_limit_filter() {
    let (_, out, _) = run(&[
        "search", "-f", "plain", "--module", "apigw", "-n", "50", "token",
    ]);
    assert!(
        !out.is_empty()
            && out
                .lines()
                .all(|l| l.split('\t').nth(1).unwrap().starts_with("APIGW."))
    );
    let (_, out, _) = run(&["search", "-f", "plain", "-n", "2", "token"]);
    assert_eq!(out.lines().count(), 2);
}

#[test]
fn english_only_hides_chinese_even_for_a_chinese_query() {
    let (code, out, _) = run(&["search", "--lang", "en", "图片质量太差"]);
    assert_eq!(code, 0);
    assert!(out.contains("AIS.0104"));
    assert!(!has_cjk(&out), "{out}");
}

#[test]
fn no_hit_exits_1_with_a_hint() {
    let (code, out, err) = run(&["search", "xyzzy qwfp"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("fewer") && err.contains("ocr-err list"),
        "{err}"
    );
}

#[test]
fn a_query_with_nothing_to_search_is_a_usage_error() {
    let (code, _, err) = run(&["search", "!!! ..."]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1);
}

fn first_codes(query: &str, n: usize) -> Vec<String> {
    search(
        query,
        &Options {
            limit: n,
            module: None,
        },
    )
    .into_iter()
    .map(|h| h.code.to_string())
    .collect()
}

#[test]
fn a_word_that_makes_up_a_short_message_beats_the_same_word_in_a_long_text() {
    // "Backend timeout." against a long description that mentions a timeout in passing.
    for q in ["timed out", "超时", "timeout"] {
        assert_eq!(first_codes(q, 1), ["APIG.0201"], "{q}");
    }
}

#[test]
fn the_official_table_comes_first_on_a_tie() {
    // The same message in the OCR table (APIG.0301) and the gateway's (APIGW.0301).
    let codes = first_codes("Incorrect IAM authentication information", 2);
    assert_eq!(codes, ["APIG.0301", "APIGW.0301"]);
}

#[test]
fn synonyms_and_chinese_without_spaces_find_the_code() {
    // 太大 is not in the catalog; the vocabulary says it is about size, and 图片 is cut off it.
    assert_eq!(first_codes("图片太大", 1), ["AIS.0103"]);
    assert_eq!(
        first_codes("模版匹配失败", 1),
        ["AIS.0119"],
        "a variant character"
    );
    assert_eq!(
        first_codes("too many requests", 1),
        ["APIG.0308"],
        "a phrase"
    );
}

#[test]
fn ignored_words_code_shapes_and_a_zero_limit_are_answered_honestly() {
    let (code, _, err) = run(&["search", "the", "is"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("too common") && err.contains("the, is"),
        "{err}"
    );
    let (code, _, err) = run(&["search", "AIS.0140"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("AIS.0104") && err.contains("ocr-err explain AIS.0140"),
        "{err}"
    );
    let (code, _, err) = run(&["search", "-n", "0", "token"]);
    assert_eq!(code, 2);
    assert!(err.contains("0 is not in 1.."), "{err}");
}
