//! A browser's HAR file ("Save all as HAR"): JSON whose `log.entries` each hold a request, its
//! response and when it started. `parse` reads one as the curl -v transcript of its entries
//! ([`transcript`]): each request's line and headers as `> ` lines, its response's status line
//! and headers as `< ` lines (with a `Date` from the entry's `startedDateTime` when the
//! response has none), then the response's text. A request's body (`postData`) is not carried:
//! curl -v shows none either.

use std::fmt::Write as _;

use serde::Deserialize;

#[derive(Deserialize)]
struct Har {
    log: Log,
}

#[derive(Deserialize)]
struct Log {
    #[serde(default)]
    entries: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    #[serde(default)]
    started_date_time: String,
    request: HarRequest,
    response: HarResponse,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HarRequest {
    method: String,
    url: String,
    #[serde(default)]
    http_version: String,
    #[serde(default)]
    headers: Vec<Header>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HarResponse {
    status: u16,
    #[serde(default)]
    status_text: String,
    #[serde(default)]
    http_version: String,
    #[serde(default)]
    headers: Vec<Header>,
    #[serde(default)]
    content: Content,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Content {
    #[serde(default)]
    mime_type: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    encoding: Option<String>,
}

#[derive(Deserialize)]
struct Header {
    name: String,
    value: String,
}

/// Whether the first bytes of a file look like a HAR file's.
pub fn looks_like(head: &[u8]) -> bool {
    let head = &head[..head.len().min(512)];
    let t = String::from_utf8_lossy(head);
    let t = t.trim_start_matches('\u{feff}').trim_start();
    t.starts_with('{') && t.contains("\"log\"")
}

/// The curl -v transcript of a HAR file's entries, or why it is no HAR file. Responses whose
/// text is not text (images, fonts) are left out; a request's pseudo-headers (`:authority`)
/// are left out, as HTTP/1.1 has none.
pub fn transcript(json: &[u8]) -> Result<String, String> {
    let har: Har = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    let mut out = String::new();
    for e in har.log.entries {
        let text_like = {
            let m = e.response.content.mime_type.to_ascii_lowercase();
            m.is_empty() || m.contains("json") || m.contains("xml") || m.starts_with("text/")
        };
        let version = |v: &str| {
            if v.starts_with("HTTP/") {
                v.to_string()
            } else {
                "HTTP/1.1".into()
            }
        };
        let _ = writeln!(
            out,
            "> {} {} {}",
            e.request.method,
            e.request.url,
            version(&e.request.http_version)
        );
        headers(&mut out, '>', &e.request.headers);
        let _ = writeln!(
            out,
            "< {} {} {}",
            version(&e.response.http_version),
            e.response.status,
            one_line(&e.response.status_text)
        );
        // The answer's time: its `Date` header, else when the browser sent the request (the
        // clock skew a diagnosis measures is minutes; the round trip, milliseconds).
        let dated = e
            .response
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case("date"));
        let mut response_headers = e.response.headers;
        if !dated && let Some(at) = crate::request::time::iso(&e.started_date_time) {
            response_headers.push(Header {
                name: "Date".into(),
                value: crate::request::time::http_date_of(at),
            });
        }
        headers(&mut out, '<', &response_headers);
        if let Some(text) = e.response.content.text.filter(|_| text_like) {
            let text = if e.response.content.encoding.as_deref() == Some("base64") {
                crate::diagnose::image::base64_decode(text.as_bytes())
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default()
            } else {
                text
            };
            out.push_str(&text);
            if !text.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// Headers as curl -v prints them after its `mark`, then the mark alone that ends them;
/// HTTP/2's pseudo-headers (`:authority`) left out.
fn headers(out: &mut String, mark: char, headers: &[Header]) {
    for h in headers.iter().filter(|h| !h.name.starts_with(':')) {
        let _ = writeln!(out, "{mark} {}: {}", h.name, one_line(&h.value));
    }
    out.push(mark);
    out.push('\n');
}

fn one_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_har_entry_becomes_a_curl_transcript() {
        let har = br#"{"log":{"version":"1.2","entries":[{"startedDateTime":"2026-12-03T08:15:00Z",
          "request":{"method":"POST","url":"https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text","httpVersion":"HTTP/1.1",
            "headers":[{"name":"X-Sdk-Date","value":"20261203T074000Z"},{"name":":authority","value":"x"}]},
          "response":{"status":401,"statusText":"Unauthorized","httpVersion":"HTTP/1.1",
            "headers":[{"name":"Date","value":"Thu, 03 Dec 2026 08:15:00 GMT"}],
            "content":{"mimeType":"application/json","text":"{\"error_code\":\"APIGW.0303\"}"}}}]}}"#;
        assert!(looks_like(har));
        let t = transcript(har).unwrap();
        assert_eq!(
            t,
            "> POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text HTTP/1.1\n> X-Sdk-Date: 20261203T074000Z\n>\n< HTTP/1.1 401 Unauthorized\n< Date: Thu, 03 Dec 2026 08:15:00 GMT\n<\n{\"error_code\":\"APIGW.0303\"}\n"
        );
        // Without a Date header, the entry's start stands for the answer's time.
        let undated = br#"{"log":{"entries":[{"startedDateTime":"2026-12-03T16:15:00.123+08:00",
          "request":{"method":"GET","url":"https://x/"},
          "response":{"status":401,"headers":[]}}]}}"#;
        assert!(
            transcript(undated)
                .unwrap()
                .contains("< Date: Thu, 03 Dec 2026 08:15:00 GMT\n"),
            "{}",
            transcript(undated).unwrap()
        );
        assert!(transcript(b"{\"log\": 3}").is_err());
        assert!(!looks_like(b"[1,2]"));
    }
}
