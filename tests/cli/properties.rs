//! Property tests: arbitrary bytes through `parse`, arbitrary strings through `explain` and
//! `search`, rendered in every format — no panic, no raw control character in table or plain
//! output, valid JSON.

use ocr_err::catalog::Lang;
use ocr_err::explain::Explained;
use ocr_err::render::{self, FindingsWriter};
use ocr_err::scan;
use ocr_err::search::{Options, search};
use ocr_err::settings::{Format, Langs, Settings};
use proptest::prelude::*;

fn settings(format: Format, langs: Langs) -> Settings {
    Settings {
        format,
        langs,
        color: false,
        width: 80,
        glyphs: render::Glyphs::new(false),
        hyperlinks: false,
        paging: ocr_err::output::Paging::Off,
        page_streams: false,
    }
}

fn all_settings() -> Vec<Settings> {
    let mut out = Vec::new();
    for format in [Format::Table, Format::Plain, Format::Json] {
        for langs in [Langs::Both, Langs::One(Lang::En), Langs::One(Lang::Zh)] {
            out.push(settings(format, langs));
        }
    }
    out
}

/// Raw control characters (other than newline, and tab in plain output) or bidi controls.
fn unsafe_char(s: &str, format: Format) -> Option<char> {
    s.chars().find(|&c| {
        let allowed = c == '\n' || (c == '\t' && format == Format::Plain);
        (c.is_control() && !allowed)
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
    })
}

fn check_output(out: &[u8], s: &Settings) -> Result<(), TestCaseError> {
    let text =
        std::str::from_utf8(out).map_err(|e| TestCaseError::fail(format!("not UTF-8: {e}")))?;
    if s.format == Format::Json {
        if !text.trim().is_empty() {
            serde_json::from_str::<serde_json::Value>(text)
                .map_err(|e| TestCaseError::fail(format!("invalid JSON: {e}\n{text}")))?;
        }
    } else if let Some(c) = unsafe_char(text, s.format) {
        return Err(TestCaseError::fail(format!(
            "raw {c:?} in {:?} output:\n{text}",
            s.format
        )));
    }
    Ok(())
}

/// Bytes that look like what parse reads: fragments of error reports, keys, quotes, braces,
/// escapes, control characters and invalid UTF-8, in any order.
fn loggy() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"{\"error_code\":\"AIS.0104\",\"error_msg\":\"".to_vec()),
        Just(b"\"}".to_vec()),
        Just(b"errorCode=APIG.0301 errorMsg=".to_vec()),
        Just(b"HTTP/1.1 401 Unauthorized\r\nX-Request-Id: ".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"ClientRequestException - {status_code:400,error_code:".to_vec()),
        Just(b"\\\"error_code\\\":\\\"".to_vec()),
        Just(b"{\"status\":\"AIS.0000\"}".to_vec()),
        Just(b"\x1b]0;t\x07\x1b[2J\xc2\x9b\xe2\x80\xae".to_vec()),
        Just(vec![0xff, 0xfe, 0xc0]),
        "[A-Za-z]{1,8}\\.[0-9]{4}".prop_map(String::into_bytes),
        prop::collection::vec(any::<u8>(), 0..40),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_through_parse(input in prop_oneof![loggy(), prop::collection::vec(any::<u8>(), 0..2000)]) {
        for s in all_settings() {
            let mut out = Vec::new();
            let mut writer = FindingsWriter::new(&s);
            scan::scan(std::io::Cursor::new(input.clone()), &mut |f| writer.write(&mut out, &ocr_err::explain::Explanation::new(&f))).unwrap();
            writer.finish(&mut out).unwrap();
            check_output(&out, &s)?;
        }
        let mut tally = scan::Tally::default();
        let stats = scan::scan(std::io::Cursor::new(input.clone()), &mut |f| { tally.add(&f); Ok::<(), ()>(()) }).unwrap();
        prop_assert_eq!(stats.bytes, input.len() as u64);
        let summary = ocr_err::explain::summarize(tally, stats);
        for s in all_settings() {
            let mut out = Vec::new();
            render::summary(&mut out, &summary, &s).unwrap();
            check_output(&out, &s)?;
        }
    }

    #[test]
    fn arbitrary_strings_through_explain_and_search(query in prop_oneof![
        any::<String>(),
        "[ -~\u{3000}-\u{303F}\u{FF00}-\u{FF5E}\u{0}-\u{1F}\u{7F}-\u{9F}\u{202A}-\u{202E}]{0,24}",
        "(AIS|ModelArts|APIG|APIGW|ais|ＡＩＳ)[.。_ -]?[0-9０-９]{1,6}",
    ]) {
        let results = vec![Explained::new(&query)];
        let hits = search(&query, &Options { limit: 10, module: None, weak: false }).into_hits();
        prop_assert!(hits.len() <= 10);
        for s in all_settings() {
            let mut out = Vec::new();
            render::explain(&mut out, &results, false, &s).unwrap();
            check_output(&out, &s)?;
            let mut out = Vec::new();
            render::search(&mut out, &hits, &[], false, &s).unwrap();
            check_output(&out, &s)?;
        }
    }
}
