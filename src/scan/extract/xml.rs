//! XML error answers, as OBS (and S3-style services) send them: `<Error><Code>NoSuchKey</Code>
//! <Message>…</Message><RequestId>…</RequestId>…</Error>`, on one line or pretty-printed.
//! Whether it is Huawei Cloud's answer is the gate's to decide (an OBS host or header near it).

use super::reports::{Report, Shape};

/// The longest code read (`InvalidLocationConstraint` is 25 bytes).
const MAX_CODE: usize = 64;
/// The longest message or request id read.
const MAX_VALUE: usize = 1024;

/// The XML error in a unit, if it holds one: its `<Code>`, with its `<Message>` and `<RequestId>`.
pub(in crate::scan) fn xml_error(text: &str) -> Option<Report> {
    let (at, code) = element(text, "Code")?;
    let valid = (2..=MAX_CODE).contains(&code.len())
        && code.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if !valid {
        return None;
    }
    let start = text[..at].rfind("<Error>").unwrap_or(at);
    Some(Report {
        at: start,
        code: code.to_owned(),
        message: element(text, "Message").map(|(_, m)| m.to_owned()),
        status: None,
        request_id: element(text, "RequestId")
            .map(|(_, r)| r.to_owned())
            .filter(|r| !r.is_empty() && !r.contains(char::is_whitespace)),
        shape: Shape::Xml,
        item: false,
        key: "Code",
    })
}

/// The text of the first `<name>…</name>` element, trimmed, with where it starts.
fn element<'t>(text: &'t str, name: &str) -> Option<(usize, &'t str)> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let at = text.find(&open)?;
    let from = at + open.len();
    let window = &text[from..crate::scan::extract::floor_char_boundary(text, from + MAX_VALUE)];
    let end = window.find(&close)?;
    Some((at, window[..end].trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_xml_error_gives_its_code_message_and_request_id() {
        let one = r#"<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>0000018A2B</RequestId><HostId>x</HostId></Error>"#;
        let r = xml_error(one).unwrap();
        assert_eq!(r.code, "NoSuchKey");
        assert_eq!(
            r.message.as_deref(),
            Some("The specified key does not exist.")
        );
        assert_eq!(r.request_id.as_deref(), Some("0000018A2B"));
        let pretty =
            "<Error>\n  <Code>AccessDenied</Code>\n  <Message>Access Denied</Message>\n</Error>";
        assert_eq!(xml_error(pretty).unwrap().code, "AccessDenied");
        // Not a code: empty, a sentence, markup.
        for text in [
            "<Code></Code>",
            "<Code>not a code</Code>",
            "<Code><b>x</b></Code>",
        ] {
            assert!(xml_error(text).is_none(), "{text}");
        }
    }
}
