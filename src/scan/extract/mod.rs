//! Finds error reports in one unit of text: a line, a brace-balanced block of lines, or a window
//! of an overlong line.
//!
//! Every shape the Huawei Cloud SDKs and APIs print is a set of `key SEP value` pairs, so the
//! scanner looks for the keys it cares about first (one packed Aho-Corasick pass over the spellings
//! the SDKs use) and
//! reads the value after each: a JSON string, an escaped JSON string inside another string, a
//! single-quoted Node string, or a bare token. Nothing is parsed at positions without a key, so
//! hostile input (megabytes of `{"a":`) costs one linear pass. The pairs of a unit are grouped
//! into reports: a key seen twice starts a new report (several errors in one unit), and a report
//! needs a code.

mod clients;
mod codes;
mod failures;
mod pairs;
mod phrases;
mod prose;
mod reports;
mod strings;
mod tokens;
mod xml;

pub(crate) use codes::Codes;
pub(super) use codes::{Success, code_at, codes_in, keyed_code};
pub(super) use failures::{clues, failure};
pub(super) use pairs::{Field, Pair, floor_char_boundary, pairs, pairs_into};
pub(super) use phrases::Mark;
pub(super) use prose::{prose_message, prose_status};
pub use reports::Shape;
pub(super) use reports::{Report, lend_loose, other_fields, reports, reports_into, several};
pub(super) use tokens::tokens;
pub(super) use xml::xml_error;

/// The marks of a line worth reading though it has no code-shaped word, and what each marks
/// ([`phrases::Read::Mark`]).
pub(super) fn marks() -> impl Iterator<Item = (&'static str, Mark)> {
    phrases::picked(|r| match *r {
        phrases::Read::Mark(mark) => Some(mark),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::codes::*;
    use super::pairs::*;
    use super::reports::*;
    use super::tokens::*;

    fn one(text: &str) -> Report {
        let (r, _) = reports(pairs(text, true));
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        r.into_iter().next().unwrap()
    }

    #[test]
    fn a_bare_message_ends_before_the_braces_that_close_objects_around_it() {
        let message = |text: &str| {
            pairs(text, true)
                .into_iter()
                .find(|p| p.field == Field::Message)
                .map(|p| p.value)
        };
        assert_eq!(
            message("&{ErrorCode:AIS.0101 ErrorMessage:a {b} c.}").as_deref(),
            Some("a {b} c.")
        );
        assert_eq!(message("{x:{ErrorMessage:m }} ").as_deref(), Some("m"));
        assert_eq!(message("ErrorMessage:set {a}").as_deref(), Some("set {a}"));
    }

    #[test]
    fn a_body_printed_as_python_bytes_has_its_text_decoded() {
        // `print(response.content)`: each byte outside ASCII written as `\xHH`.
        let body = r#"b'{"error_code":"AIS.0103","error_msg":"\xe5\x9b\xbe\xe7\x89\x87 size \xe4\xb8\x8d\xe7\xac\xa6"}'"#;
        let r = one(body);
        assert_eq!(r.code, "AIS.0103");
        assert_eq!(r.message.as_deref(), Some("图片 size 不符"));
        // Bytes that are not UTF-8, or no bytes at all, are kept as written.
        let r = one(r#"{"error_code":"AIS.0103","error_msg":"a \xe5\x9b b \xzz"}"#);
        assert_eq!(r.message.as_deref(), Some(r"a \xe5\x9b b \xzz"));
    }

    #[test]
    fn values_are_trimmed_of_ascii_and_unicode_spaces() {
        let values = |text: &str| -> Vec<String> {
            pairs(text, true).into_iter().map(|p| p.value).collect()
        };
        assert_eq!(
            values("{\"error_code\": \" AIS.0101\u{3000}\", \"request_id\": \"r-1\"}"),
            ["AIS.0101", "r-1"]
        );
        assert_eq!(values("{\"error_msg\": \"\tBad image. \"}"), ["Bad image."]);
        assert_eq!(values("{\"error_msg\": \"图片 太大\"}"), ["图片 太大"]);
    }

    #[test]
    fn other_fields_are_the_object_s_unknown_keys_in_order() {
        let text = r#"x {"trace": {"region": "cn-north-4"}, "error_code": "AIS.0101", "n": 3, "error_msg": "m", "who": "a", "who": "b", "list": [1, "二"]}"#;
        let at = text.find("\"error_code").unwrap();
        let fields = other_fields(text, at);
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("trace", r#"{"region":"cn-north-4"}"#),
                ("n", "3"),
                // A key given twice keeps its place and its last value.
                ("who", "b"),
                ("list", r#"[1,"二"]"#),
            ]
        );
        // Not well-formed: nothing.
        let broken = r#"{"error_code": "AIS.0101", "n": }"#;
        assert!(other_fields(broken, 1).is_empty());
        // At most MAX_EXTRA fields, each value cut to a few hundred bytes.
        let many: Vec<String> = (0..40)
            .map(|i| format!("\"k{i}\": \"{}\"", "v".repeat(i * 20)))
            .collect();
        let text = format!("{{\"error_code\": \"AIS.0101\", {}}}", many.join(", "));
        let fields = other_fields(&text, 1);
        assert_eq!(fields.len(), 16);
        assert!(fields.iter().all(|(_, v)| v.len() <= 200 + '…'.len_utf8()));
        assert!(fields[15].1.ends_with('…'));
    }

    #[test]
    fn reads_a_json_body_with_keys_in_any_order() {
        let r = one(
            r#"{"error_msg": "The input parameter is invalid.", "error_code": "AIS.0101", "x": 1}"#,
        );
        assert_eq!(
            (r.code.as_str(), r.message.as_deref()),
            ("AIS.0101", Some("The input parameter is invalid."))
        );
        assert_eq!(r.shape, Shape::Json);
    }

    #[test]
    fn reads_escaped_json_and_unicode_escapes() {
        let r = one(
            r#"{"body":"{\"error_code\":\"AIS.0104\",\"error_msg\":\"\\u975e\\u652f\\u6301 \\\"x\\\"\"}"}"#,
        );
        assert_eq!(r.code, "AIS.0104");
        assert_eq!(r.message.as_deref(), Some("非支持 \"x\""));
        assert_eq!(r.shape, Shape::EscapedJson);
    }

    #[test]
    fn joins_surrogate_pairs_plain_and_escaped() {
        let r = one(r#"{"error_code":"AIS.0101","error_msg":"bad \ud83d\ude00 image \ud83d"}"#);
        assert_eq!(r.message.as_deref(), Some("bad 😀 image \u{fffd}"));
        let r =
            one(r#"{"body":"{\"error_code\":\"AIS.0101\",\"error_msg\":\"x \\ud83d\\ude00\"}"}"#);
        assert_eq!(r.message.as_deref(), Some("x 😀"));
    }

    #[test]
    fn reads_the_python_sdk_format() {
        let r = one(
            "huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:401,request_id:0a1b2c3d4e5f,error_code:APIG.0301,error_msg:Incorrect IAM authentication information: decrypt token fail, see {docs} }",
        );
        assert_eq!(r.code, "APIG.0301");
        assert_eq!(r.status, Some(401));
        assert_eq!(r.request_id.as_deref(), Some("0a1b2c3d4e5f"));
        assert_eq!(
            r.message.as_deref(),
            Some("Incorrect IAM authentication information: decrypt token fail, see {docs}")
        );
        assert_eq!(r.shape, Shape::PythonSdk);
    }

    #[test]
    fn reads_key_value_log_lines() {
        let r = one(
            "2026-11-27 ERROR call failed errorCode=AIS.0104 errorMsg=The image is not supported requestId=abcd1234 httpStatusCode=400",
        );
        assert_eq!(r.code, "AIS.0104");
        assert_eq!(r.message.as_deref(), Some("The image is not supported"));
        assert_eq!(
            (r.status, r.request_id.as_deref()),
            (Some(400), Some("abcd1234"))
        );
        assert_eq!(r.shape, Shape::KeyValue);
    }

    #[test]
    fn splits_several_errors_in_one_unit() {
        let (r, _) = reports(pairs(
            r#"{"result":[{"status":"AIS.0000"},{"status":"AIS.0103","error_msg":"x"}]}"#,
            true,
        ));
        assert_eq!(
            r.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["AIS.0000", "AIS.0103"]
        );
        assert!(r.iter().all(|r| r.item));
    }

    #[test]
    fn ignores_codes_that_are_not_codes() {
        assert!(
            reports(pairs(r#"{"code": 200, "message": "ok"}"#, true))
                .0
                .is_empty()
        );
        assert!(
            reports(pairs("barcode=AIS.0101 unicode: AIS.0102", true))
                .0
                .is_empty()
        );
    }

    const PREFIXES: &[&str] = &["AIS", "APIG", "DNS", "Ecs", "ModelArts", "SVCSTG.SWR"];

    fn token_codes(text: &str) -> Vec<String> {
        tokens(text.as_bytes(), PREFIXES)
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn finds_bare_tokens_that_stand_alone() {
        assert_eq!(
            token_codes(
                "saw AIS.0104 and ModelArts.4204, not v1.2345 nor x.AIS.0101 nor AIS.01045"
            ),
            ["AIS.0104", "ModelArts.4204"]
        );
        assert_eq!(
            token_codes("Ecs.0114 then SVCSTG.SWR.4001016"),
            ["Ecs.0114", "SVCSTG.SWR.4001016"]
        );
    }

    #[test]
    fn a_code_given_as_an_example_is_no_report() {
        for text in [
            "the code key, e.g. 'APIG.0301'.",
            "codes such as AIS.0104 and more",
            "for example: `DNS.0302`",
            "例如：APIG.0301",
        ] {
            assert!(token_codes(text).is_empty(), "{text}");
        }
        assert_eq!(token_codes("e.g. failed with AIS.0104"), ["AIS.0104"]);
    }

    #[test]
    fn unknown_prefixes_need_the_place_of_a_code() {
        assert!(token_codes("Pool.0302 active=3, Backoff.1000 ms, build ID.5678").is_empty());
        assert_eq!(token_codes("failed [XYZ.1234] retrying"), ["XYZ.1234"]);
        // After a Chinese label of an error code, whatever the colon.
        assert_eq!(
            token_codes("调用失败，错误码：XYZ.1234，错误信息：未知"),
            ["XYZ.1234"]
        );
        assert_eq!(token_codes("返回码=XYZ.1234"), ["XYZ.1234"]);
        assert!(token_codes("这个错误 XYZ.1234 不常见").is_empty());
        assert_eq!(
            token_codes("request failed, error XYZ.1234: quota"),
            ["XYZ.1234"]
        );
        assert!(token_codes("version XYZ.1234: released").is_empty());
    }

    #[test]
    fn codes_compared_in_source_or_recognised_in_an_image_are_not_errors() {
        for text in [
            r#"if ("AIS.0101".equals(code)) {"#,
            "    case 'AIS.0103':",
            r#"case "ModelArts.4204": return retry();"#,
            r#"if code == "APIG.0308" {"#,
            r#"RETRY = ("APIG.0308", "APIG.0201")"#,
            r#"{"words_block_list":[{"words":"Error AIS.0104 on page 2"}]}"#,
        ] {
            assert!(token_codes(text).is_empty(), "{text}");
        }
        assert_eq!(token_codes(r#"log "AIS.0104" seen"#), ["AIS.0104"]);
    }

    #[test]
    fn most_log_lines_have_no_key() {
        let options = super::super::Options {
            success: &["AIS.0000"],
            ..Default::default()
        };
        assert_eq!(
            codes_in(b"10.0.3.17 \"POST /v2/ocr HTTP/1.1\" 200 1ms", options),
            Codes::None
        );
        assert_eq!(
            codes_in(b"{\"error_code\":\"AIS.0104\"}", options),
            Codes::Some
        );
        assert_eq!(
            codes_in(
                b"[{\"status\":\"AIS.0000\"},{\"status\":\"ais.0000\"}]",
                options
            ),
            Codes::OnlySuccess(2)
        );
    }

    #[test]
    fn keeps_the_other_fields_of_the_object() {
        let text = r#"log {"trace":"t-1","error_code":"AIS.0101","error_msg":"x","retry":true,"detail":{"a":[1]}} end"#;
        let at = text.find("\"error_code").unwrap();
        assert_eq!(
            other_fields(text, at),
            [
                ("trace".to_owned(), "t-1".to_owned()),
                ("retry".to_owned(), "true".to_owned()),
                ("detail".to_owned(), r#"{"a":[1]}"#.to_owned())
            ]
        );
        assert!(other_fields("no object \"error_code\":1", 11).is_empty());
    }
}
