//! `ocr-err search`: realistic queries — English, Chinese, mixed, reordered, misspelt, full-width —
//! each with the code that must come first; ranking rules; output formats; exit codes.

use crate::common::{has_cjk, run};
use ocr_err::search::{Group, Hit, Options};

fn search(query: &str, options: &Options) -> Vec<Hit> {
    ocr_err::search::search(query, options).into_hits()
}
use serde_json::Value;

/// (query, the code that must rank first), from `search_queries.tsv`.
fn queries() -> Vec<(&'static str, &'static str)> {
    include_str!("search_queries.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once('\t').expect("query<TAB>code"))
        .collect()
}

#[test]
fn realistic_queries_put_the_right_code_first() {
    let options = Options {
        limit: 5,
        module: None,
        weak: false,
    };
    let mut wrong = Vec::new();
    let queries = queries();
    let total = queries.len();
    assert!(total >= 250, "{total} queries");
    for (query, want) in queries {
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
        total,
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
            weak: false,
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
            weak: false,
        },
    );
    assert_eq!(hits[0].code, "AIS.0105");
    assert!(hits[0].score > hits.get(1).map_or(0, |h| h.score) * 10);
}

#[test]
fn a_bare_status_lists_its_entry_then_the_codes_documented_with_it_then_those_numbered_so() {
    let options = Options {
        limit: 100,
        module: None,
        weak: false,
    };
    let hits = |q: &str| -> Vec<(String, Option<&'static str>)> {
        search(q, &options)
            .into_iter()
            .map(|h| (h.code.to_string(), h.group.map(Group::name)))
            .collect()
    };
    for (status, own) in [
        ("401", "HTTP 401"),
        ("404", "HTTP 4xx"),
        ("502", "HTTP 502"),
    ] {
        let got = hits(status);
        assert_eq!(got[0], (own.to_owned(), Some("status")), "{status}");
        // The groups in order, each whole: no code of an earlier group after a later one.
        let order: Vec<usize> = got
            .iter()
            .map(|(_, g)| match g {
                Some("status") => 0,
                Some("documented") => 1,
                Some("numbered") => 2,
                _ => 3,
            })
            .collect();
        assert!(order.is_sorted(), "{status}: {got:?}");
        let n: u16 = status.parse().unwrap();
        for (code, group) in &got {
            let documented = ocr_err::catalog::codes_with_status(n)
                .iter()
                .any(|e| e.code == code.as_str());
            assert_eq!(documented, *group == Some("documented"), "{status}: {code}");
        }
        let numbered = format!(".0{status}");
        assert!(
            got.iter()
                .any(|(c, g)| c.ends_with(&numbered) && *g == Some("numbered")),
            "{status}: {got:?}"
        );
    }
    // APIG.0101 is documented with 404: listed before APIG.0404, numbered so.
    let got = hits("404");
    let at = |code: &str| got.iter().position(|(c, _)| c == code).unwrap();
    assert!(at("APIG.0101") < at("APIG.0404"), "{got:?}");
    assert_eq!(hits("413")[0].0, "HTTP 413");
    // Four digits are a code's number only; words around a status are not grouped.
    assert!(!hits("0401").iter().any(|(c, _)| c.starts_with("HTTP")));
    assert!(hits("the api returns 429").iter().all(|(_, g)| g.is_none()));
}

#[test]
fn weak_hits_are_cut_unless_all_are_asked_for() {
    let with = |weak| {
        search(
            "图片质量太差",
            &Options {
                limit: 100,
                module: None,
                weak,
            },
        )
    };
    let cut = with(false);
    let all = with(true);
    assert_eq!(cut[0].code, "AIS.0104");
    let best = f64::from(cut[0].score);
    assert!(
        cut.iter()
            .all(|h| f64::from(h.score) >= best * ocr_err::search::WEAK_SHARE)
    );
    // The timeouts, whose fix steps say to shrink the image, are the weak ones.
    assert!(
        !cut.iter().any(|h| h.code.as_str().contains("Timeout")),
        "{cut:?}"
    );
    assert!(all.iter().any(|h| h.code.as_str().contains("Timeout")));
    assert!(all.len() > cut.len());
    assert_eq!(
        all[..cut.len()].iter().map(|h| h.code).collect::<Vec<_>>(),
        cut.iter().map(|h| h.code).collect::<Vec<_>>()
    );
}

#[test]
fn more_matched_words_rank_higher() {
    let hits = search(
        "obs file oversized",
        &Options {
            limit: 10,
            module: None,
            weak: false,
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
                weak: false,
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
fn json_names_a_hit_s_field_as_plain_output_and_readme_do() {
    // The spellings README lists for `field`.
    const FIELDS: [&str; 12] = [
        "code",
        "module.en",
        "module.zh",
        "message",
        "alt_message",
        "description.en",
        "description.zh",
        "fix.en",
        "fix.zh",
        "cause",
        "cause.en",
        "cause.zh",
    ];
    for query in [
        "token expired",
        "图片质量",
        "decrypt token fail",
        "APIG.0301",
        "throttled",
    ] {
        let (_, json, _) = run(&["search", "-f", "json", "-n", "10", query]);
        let (_, plain, _) = run(&["search", "-f", "plain", "-n", "10", query]);
        let v: Value = serde_json::from_str(&json).unwrap();
        let from_json: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["kind"] != "service")
            .map(|h| h["field"].as_str().unwrap())
            .collect();
        let from_plain: Vec<&str> = plain
            .lines()
            .filter(|l| !l.starts_with("service\t"))
            .map(|l| l.split('\t').nth(3).unwrap())
            .collect();
        assert_eq!(from_json, from_plain, "{query}");
        assert!(
            from_json.iter().all(|f| FIELDS.contains(f)),
            "{query}: {from_json:?}"
        );
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

/// The first `n` hits of a search over every module.
fn first_hits(query: &str, n: usize) -> Vec<Hit> {
    search(
        query,
        &Options {
            limit: n,
            module: None,
            weak: false,
        },
    )
}

fn first_codes(query: &str, n: usize) -> Vec<String> {
    first_hits(query, n)
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
fn a_rare_word_outweighs_a_common_one() {
    // "error" is in many texts and "recognition" in few: "Recognition failed." is the answer,
    // not a text that holds "error" beside a word that merely means recognition.
    assert_eq!(first_codes("recognition error", 1), ["AIS.0105"]);
    let hits = first_hits("recognition error", 3);
    assert!(
        hits.iter().all(|h| h.code != "AIS.0000"),
        "the success status is not an error's answer"
    );
}

#[test]
fn an_entry_is_scored_by_its_best_field() {
    // APIGW.0308's fix step holds both 调用 and a throttling word; APIG.0308's message says
    // what the error is. Words scattered over fix steps do not lift a code.
    assert_eq!(first_codes("调用太频繁", 1), ["APIG.0308"]);
    // The dedicated gateway's wording of it comes after the shared gateway's twin.
    assert_eq!(first_codes("request throttled", 1), ["APIG.0308"]);
}

#[test]
fn short_english_words_match_where_a_word_starts() {
    // "low" is in "slow" (a timeout's description), but is not a word there.
    assert_eq!(first_codes("image resolution too low", 1), ["AIS.0103"]);
    // Inside a code name, a word matches anywhere.
    assert!(first_codes("timeout", 20).contains(&"CallTimeoutException".to_owned()));
}

#[test]
fn a_service_prefix_among_other_words_is_a_word() {
    // "iam" alone lists IAM's codes; beside other words it does not outrank every other text.
    assert!(first_codes("iam", 5).iter().all(|c| c.starts_with("IAM.")));
    let hits = first_hits("iam authentication failed", 1);
    assert_ne!(
        hits[0].field,
        ocr_err::catalog::FieldKind::Code,
        "{:?}",
        hits[0].code
    );
    // "api" is not the start of APIG's codes.
    assert!(first_codes("api not subscribed", 1) == ["ModelArts.4204"]);
}

#[test]
fn a_status_among_other_words_finds_the_codes_documented_with_it() {
    // 429 is APIG.0308's status; "returns" is a framing word, ignored.
    assert_eq!(first_codes("the api returns 429", 1), ["APIG.0308"]);
    // Alone, a status is the status itself, then the codes documented with it; a status the
    // catalog has no entry of its own for is its class, as `explain` has it.
    assert_eq!(first_codes("413", 2), ["HTTP 413", "APIG.0201"]);
    assert_eq!(first_codes("500", 1), ["HTTP 5xx"]);
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
    // Every entry is about OCR: the product's name alone says nothing about the error.
    let (code, _, err) = run(&["search", "OCR", "华为云"]);
    assert_eq!(code, 2);
    assert!(err.contains("too common"), "{err}");
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

#[test]
fn a_plain_search_reads_as_one_with_its_defaults_spelt_out() {
    // `search WORDS` is read without clap; spelt out, the same search goes through clap.
    for query in [
        &["token", "expired"][..],
        &["图片质量太差"],
        &["AIS.0104"],
        &["qaulity"],
    ] {
        let plain: Vec<&str> = std::iter::once("search")
            .chain(query.iter().copied())
            .collect();
        let mut spelt = vec!["search", "--limit", "10"];
        spelt.extend(query);
        assert_eq!(run(&plain), run(&spelt), "{query:?}");
    }
}

#[test]
fn full_shows_every_text_whole_wrapped_to_the_width() {
    let (_, cut, _) = run(&["search", "-n", "1", "token expired"]);
    let (code, full, _) = run(&["search", "-n", "1", "--full", "token expired"]);
    assert_eq!(code, 0);
    assert!(cut.contains('…'), "{cut}");
    assert!(!full.contains('…'), "{full}");
    // The description, whole: its words in order over the wrapped lines.
    let joined = full.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("the token has expired (a token is valid for 24 hours) or was issued for another region."),
        "{full}"
    );
    for width in ["60", "80", "120"] {
        let out = crate::common::ocr_err()
            .env("COLUMNS", width)
            .args(["search", "--full", "图片质量太差"])
            .output()
            .unwrap();
        let out = String::from_utf8(out.stdout).unwrap();
        let max = width.parse().unwrap();
        assert!(
            out.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= max),
            "{width}:\n{out}"
        );
    }
}

#[test]
fn a_long_key_stands_on_its_own_line_and_says_nothing_twice() {
    let (code, out, _) = run(&["search", "-n", "5", "password wrong"]);
    assert_eq!(code, 0);
    let key = "The username or password is wrong.";
    assert_eq!(out.matches(key).count(), 1, "{out}");
    let first = out.lines().next().unwrap();
    assert_eq!(first.trim(), format!("1  {key}"));
    // The codes keep a narrow column: IAM.0062's field starts within 4 + 16 + 2 columns.
    let iam = out.lines().find(|l| l.contains("IAM.0062")).unwrap();
    assert!(iam.find("description").unwrap() <= 22, "{out}");
}
