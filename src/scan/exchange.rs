//! What a paste shows of the request behind an error, kept for the diagnoses: curl -v's
//! request lines (`> POST …`, `> Header: value`), lent to the answer that follows them, and the
//! request inside the Node.js SDK's error dump (`console.log(err)` of an axios error prints the
//! answer's `headers`, with its `date`, then `config: { headers: {…}, url, method, data,
//! baseURL }`, the request as sent).

use super::Scanner;
use super::finding::Transcript;
use super::lines::{is_blank, is_curl_header, is_curl_request, status_line};

/// The most lines of a curl -v request kept for the diagnoses of its answer's errors, and the
/// longest of them.
const MAX_REQUEST_LINES: usize = 64;
const MAX_REQUEST_LINE: usize = 16 << 10;

impl<E> Scanner<'_, E> {
    /// curl -v's request (`> GET … HTTP/1.1`, its `> Header: value` lines, a lone `>`) starts
    /// a new exchange, and its lines are kept for the answer's findings; any other `> ` line is
    /// quoted text, read without its mark. Whether the line was the request's.
    pub(super) fn curl_request(&mut self, line: &[u8]) -> Result<bool, E> {
        if is_curl_request(line) {
            self.flush_block()?;
            self.close_response()?;
            self.in_request = true;
            self.request.clear();
            self.keep_request_line(line);
            return Ok(true);
        }
        if self.in_request {
            // The lone `>` that ends the headers (`> ` with its space, as curl prints it).
            let end = line.trim_ascii_end() == b">";
            if end || is_curl_header(line) {
                self.in_request = !end;
                self.keep_request_line(line);
                return Ok(true);
            }
            self.in_request = false;
        }
        self.forget_unanswered(line);
        Ok(false)
    }

    /// A request is its answer's only up to the answer: other text before a status line (curl
    /// failed to connect, and the log went on) lets it go.
    fn forget_unanswered(&mut self, line: &[u8]) {
        let curl_s_own = [b"* ".as_slice(), b"{ [", b"} ["]
            .iter()
            .any(|m| line.starts_with(m));
        if !self.request.is_empty() && !curl_s_own && !is_blank(line) && status_line(line).is_none()
        {
            self.request.clear();
        }
    }

    /// Keeps a line of curl -v's request (`> POST …`, `> Header: value`), without its mark.
    fn keep_request_line(&mut self, line: &[u8]) {
        let Some(rest) = line.strip_prefix(b"> ") else {
            return;
        };
        if self.request.len() < MAX_REQUEST_LINES {
            let rest = &rest[..rest.len().min(MAX_REQUEST_LINE)];
            self.request
                .push(String::from_utf8_lossy(rest).into_owned());
        }
    }
}

/// The fewest bytes of a dump that shows its config.
const MIN_DUMP: usize = 512;

/// The most header lines read of a dump's request.
const MAX_HEADERS: usize = 64;

/// A JavaScript string as `util.inspect` prints it (`'…'`, with `\'` and `\\`), or a bare value.
fn js_value(v: &str) -> Option<String> {
    let v = v.trim().trim_end_matches(',').trim();
    let Some(inner) = v.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) else {
        return (!v.is_empty() && !v.contains(['{', '[', '('])).then(|| v.to_string());
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// `key: value` of an inspected object's line: the key bare or quoted.
fn js_pair(line: &str) -> Option<(String, &str)> {
    let line = line.trim();
    let (key, rest) = if let Some(q) = line.strip_prefix('\'') {
        let end = q.find('\'')?;
        (q[..end].to_string(), q[end + 1..].strip_prefix(':')?)
    } else {
        let (k, rest) = line.split_once(": ")?;
        if !k
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        (k.to_string(), rest)
    };
    Some((key, rest))
}

/// The request of a Node.js SDK error dump, if the text holds one.
pub(super) fn config(text: &str) -> Option<Transcript> {
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::OnceLock::new();
    let [config, base] = FINDERS.get_or_init(|| {
        [
            memchr::memmem::Finder::new(b"config: "),
            memchr::memmem::Finder::new(b"baseURL: "),
        ]
    });
    // A dump with its config runs to forty lines at least: a shorter block holds none.
    if text.len() < MIN_DUMP {
        return None;
    }
    let at = config.find(text.as_bytes())?;
    base.find(&text.as_bytes()[at..])?;
    let (answer, request) = text.split_at(at);
    // The answer's date, from its headers before the config.
    let date = answer
        .lines()
        .filter_map(js_pair)
        .find(|(k, _)| k.eq_ignore_ascii_case("date"))
        .and_then(|(_, v)| js_value(v));
    let lines: Vec<&str> = request.lines().collect();
    let mut headers = Vec::new();
    let (mut url, mut method, mut base, mut sent) = (None, None, None, None);
    let mut in_headers = false;
    for line in &lines {
        let t = line.trim();
        if t.starts_with("headers: ") && t.ends_with('{') {
            in_headers = true;
            continue;
        }
        if in_headers {
            if t.starts_with('}') {
                in_headers = false;
            } else if let Some((k, v)) = js_pair(t)
                && headers.len() < MAX_HEADERS
                && let Some(v) = js_value(v)
            {
                headers.push(format!("{k}: {v}"));
            }
            continue;
        }
        let Some((k, v)) = js_pair(t) else {
            continue;
        };
        match k.as_str() {
            "url" => url = js_value(v),
            "method" => method = js_value(v),
            "baseURL" => base = js_value(v),
            // A long string is cut by `inspect` (`… 9990 more characters`): no body then.
            "data" if !v.contains("more characters") => sent = js_value(v),
            _ => {}
        }
    }
    let (url, method) = (url?, method?);
    let target = if url.contains("://") {
        url
    } else {
        format!("{}{url}", base.unwrap_or_default().trim_end_matches('/'))
    };
    let mut request = vec![format!("{} {target} HTTP/1.1", method.to_ascii_uppercase())];
    request.extend(headers);
    Some(Transcript {
        request,
        date,
        body: sent,
    })
}

/// The request a Node.js SDK's dump in a unit shows, shared by the unit's findings: looked for
/// only in a block (read whole: `until` is `usize::MAX`) that reported an error.
pub(super) fn node_request_in(
    text: &str,
    reports: &[super::extract::Report],
    until: usize,
) -> Option<std::sync::Arc<Transcript>> {
    (until == usize::MAX && !reports.is_empty())
        .then(|| config(text))
        .flatten()
        .map(std::sync::Arc::new)
}

#[cfg(test)]
mod tests {
    use super::config;

    #[test]
    fn the_node_sdk_s_dump_gives_its_request_and_the_answer_s_date() {
        let dump = "Some error found: {\n  data: { error_code: 'APIGW.0301' },\n  status: 401,\n  headers: Object [AxiosHeaders] {\n    date: 'Mon, 01 Jan 2024 00:30:00 GMT',\n    'x-request-id': 'r1'\n  },\n  config: [Object: null prototype] {\n    timeout: 1000,\n    headers: Object [AxiosHeaders] {\n      'Content-Type': 'application/json',\n      'X-Sdk-Date': '20240101T000000Z',\n      host: 'ocr.cn-north-4.myhuaweicloud.com',\n      Authorization: 'SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=ab'\n    },\n    url: '/v2/p/ocr/general-text',\n    method: 'post',\n    data: '{\"url\":\"https://x/it\\'s.png\"}',\n    baseURL: 'https://ocr.cn-north-4.myhuaweicloud.com'\n  }\n}";
        let t = config(dump).unwrap();
        assert_eq!(t.date.as_deref(), Some("Mon, 01 Jan 2024 00:30:00 GMT"));
        assert_eq!(
            t.request[0],
            "POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text HTTP/1.1"
        );
        assert!(
            t.request
                .contains(&"X-Sdk-Date: 20240101T000000Z".to_string())
        );
        assert!(
            t.request
                .contains(&"host: ocr.cn-north-4.myhuaweicloud.com".to_string())
        );
        assert_eq!(t.body.as_deref(), Some("{\"url\":\"https://x/it's.png\"}"));
        assert!(config("no dump here").is_none());
    }
}
