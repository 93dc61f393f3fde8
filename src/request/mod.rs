//! The request side of a call: what a paste or a command shows of the request that led to an
//! error (its method, URL, headers and body) and of its answer (its `Date`). Read from a curl
//! `-v` transcript's `> ` lines, a raw HTTP request or a REST-client `.http` file, a curl command
//! line ([`curl`]) and a browser's HAR file ([`har`]).
//!
//! Nothing here prints: secrets stay in the values read, and whoever shows them masks them
//! ([`mask`]).

pub mod curl;
pub mod har;
pub mod time;

use time::Seconds;

/// An HTTP request, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Request {
    /// `POST`, `GET`, …, as sent.
    pub method: String,
    /// The host, from the URL or else the `Host` header, without the port.
    pub host: Option<String>,
    /// The path as sent (percent-encoded as shown), `/` when none.
    pub path: String,
    /// The query as sent, without its `?`; empty when none.
    pub query: String,
    /// The headers in the order shown, names as spelt.
    pub headers: Vec<(String, String)>,
    /// The body, when the text shows it (curl -v does not).
    pub body: Option<Vec<u8>>,
}

/// A request and what is known of when it was answered.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exchange {
    /// The request.
    pub request: Request,
    /// The answer's `Date` header, as written.
    pub answered: Option<String>,
    /// When the request was sent by the client's own clock (a HAR entry's `startedDateTime`).
    pub sent: Option<Seconds>,
}

impl Request {
    /// A request to `target` (an absolute URL, or a path with its query) with `headers`.
    pub fn new(method: &str, target: &str, headers: Vec<(String, String)>) -> Request {
        let (host, rest) = match target.split_once("://") {
            Some((_, after)) => {
                let end = after.find(['/', '?', '#']).unwrap_or(after.len());
                (Some(authority_host(&after[..end])), &after[end..])
            }
            None => (None, target),
        };
        let rest = rest.split('#').next().unwrap_or("");
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut request = Request {
            method: method.to_string(),
            host,
            path: if path.is_empty() {
                "/".into()
            } else {
                path.into()
            },
            query: query.to_string(),
            headers,
            body: None,
        };
        if request.host.is_none() {
            request.host = request.header("host").map(authority_host);
        }
        request
    }

    /// The first header of that name (any case), trimmed.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }

    /// Reads a request from its HTTP text: a request line (`POST /path HTTP/1.1`, or an
    /// absolute URL; the version may be left out, as `.http` files do), header lines up to a
    /// blank line, and the body after it. Lines of comments (`#`, `//`) before the request line
    /// are skipped. `None` when the text does not start with a request line.
    pub fn from_http(text: &str) -> Option<Request> {
        let mut lines = text.split_inclusive('\n');
        let mut consumed = 0;
        let first = loop {
            let line = lines.next()?;
            consumed += line.len();
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') || t.starts_with("//") {
                continue;
            }
            break t;
        };
        let (method, target) = request_line(first)?;
        let mut headers = Vec::new();
        let mut ended = false;
        for line in lines.by_ref() {
            consumed += line.len();
            let t = line.trim_end_matches(['\r', '\n']);
            if t.trim().is_empty() {
                ended = true;
                break;
            }
            if let Some(h) = header_line(t) {
                headers.push(h);
            }
        }
        let mut request = Request::new(method, target, headers);
        let body = &text[consumed.min(text.len())..];
        if ended && !body.trim().is_empty() {
            let body = body.split("\n###").next().unwrap_or(body);
            request.body = Some(body.trim_end_matches(['\r', '\n']).as_bytes().to_vec());
        } else if ended || request.method == "GET" {
            request.body = Some(Vec::new());
        }
        Some(request)
    }

    /// The request of a curl -v transcript, from its `> ` lines (without the mark): the request
    /// line, then the headers. Its body is not shown, except that a request without a body
    /// says so (`Content-Length: 0`, or a GET without a length).
    pub fn from_curl_lines<S: AsRef<str>>(lines: &[S], scheme: &str) -> Option<Request> {
        let (first, rest) = lines.split_first()?;
        let (method, target) = request_line(first.as_ref())?;
        let headers: Vec<_> = rest
            .iter()
            .filter_map(|l| header_line(l.as_ref()))
            .collect();
        let mut request = Request::new(method, target, headers);
        if !target.contains("://")
            && let Some(host) = request.header("host")
        {
            // The URL as it was called, so that the host and path are read the same way.
            let url = format!("{scheme}://{host}{target}");
            let headers = std::mem::take(&mut request.headers);
            request = Request::new(method, &url, headers);
        }
        let length = request.header("content-length").map(str::trim);
        if length == Some("0") || length.is_none() && request.method == "GET" {
            request.body = Some(Vec::new());
        }
        Some(request)
    }
}

/// `METHOD target [HTTP/x]`.
fn request_line(line: &str) -> Option<(&str, &str)> {
    let mut parts = line.split_ascii_whitespace();
    let method = parts.next()?;
    let target = parts.next()?;
    let version = parts.next();
    let valid = (3..=7).contains(&method.len())
        && method.bytes().all(|b| b.is_ascii_uppercase())
        && (target.starts_with('/') || target.contains("://"))
        && version.is_none_or(|v| v.starts_with("HTTP/"))
        && parts.next().is_none();
    valid.then_some((method, target))
}

/// `Name: value`.
fn header_line(line: &str) -> Option<(String, String)> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    let token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
    token.then(|| (name.to_string(), value.trim().to_string()))
}

/// The host of an authority (`user@host:port`), lower-cased.
fn authority_host(authority: &str) -> String {
    let a = authority.trim();
    let a = a.rsplit_once('@').map_or(a, |(_, h)| h);
    let host = if a.starts_with('[') {
        a.split_inclusive(']').next().unwrap_or(a)
    } else {
        a.split(':').next().unwrap_or(a)
    };
    host.to_ascii_lowercase()
}

/// A secret key, read from the environment or a file: its bytes are only given to the
/// signer, and it prints as `Secret(…)`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl Secret {
    /// A secret from an environment variable's value.
    pub fn from_os(value: std::ffi::OsString) -> Secret {
        Secret(value.into_encoded_bytes())
    }

    /// A secret from a file's content, without the line end after it.
    pub fn from_file(bytes: &[u8]) -> Secret {
        Secret(bytes.trim_ascii_end().to_vec())
    }

    /// The bytes, for the signer.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A header's value as it may be printed: tokens, cookies and the signature masked.
pub fn masked_header(name: &str, value: &str) -> String {
    const SECRET: [&str; 5] = [
        "x-auth-token",
        "x-security-token",
        "cookie",
        "x-subject-token",
        "proxy-authorization",
    ];
    let lower = name.to_ascii_lowercase();
    if SECRET.contains(&lower.as_str()) {
        return mask(value);
    }
    if lower == "authorization" {
        return match value.find("Signature=") {
            Some(at) => {
                let (head, sig) = value.split_at(at + "Signature=".len());
                format!("{head}{}", mask(sig))
            }
            None => mask(value),
        };
    }
    value.to_string()
}

/// A secret as it may be shown: its first six characters and its length.
pub fn mask(secret: &str) -> String {
    let shown: String = secret.chars().take(6).collect();
    format!("{shown}… ({} characters)", secret.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_request_is_read_with_its_headers_and_body() {
        let text = "# a comment\nPOST https://ocr.cn-north-4.myhuaweicloud.com:443/v2/p/ocr/general-text?a=1 HTTP/1.1\r\nContent-Type: application/json\r\nX-Auth-Token: MIIabc\r\n\r\n{\"url\":\"x\"}\r\n";
        let r = Request::from_http(text).unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.host.as_deref(), Some("ocr.cn-north-4.myhuaweicloud.com"));
        assert_eq!(r.path, "/v2/p/ocr/general-text");
        assert_eq!(r.query, "a=1");
        assert_eq!(r.header("x-auth-token"), Some("MIIabc"));
        assert_eq!(r.body.as_deref(), Some(&b"{\"url\":\"x\"}"[..]));
    }

    #[test]
    fn a_curl_transcript_s_request_takes_its_host_from_the_host_header() {
        let lines = [
            "GET /v3/auth/projects HTTP/1.1",
            "Host: iam.myhuaweicloud.com",
            "User-Agent: curl/8.5.0",
        ];
        let r = Request::from_curl_lines(&lines, "https").unwrap();
        assert_eq!(r.host.as_deref(), Some("iam.myhuaweicloud.com"));
        assert_eq!(r.path, "/v3/auth/projects");
        assert_eq!(r.body.as_deref(), Some(&b""[..]));
        let post = ["POST /x HTTP/1.1", "Host: h", "Content-Length: 20"];
        assert_eq!(Request::from_curl_lines(&post, "https").unwrap().body, None);
    }

    #[test]
    fn text_that_is_no_request_is_not_read_as_one() {
        for text in [
            "hello world",
            "GET",
            "Get /x HTTP/1.1",
            "POST x HTTP/1.1",
            "POST /x SPDY/3",
        ] {
            assert_eq!(Request::from_http(text), None, "{text}");
        }
    }

    #[test]
    fn a_secret_is_masked_to_six_characters_and_its_length() {
        assert_eq!(
            mask("MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHIC"),
            "MIIEhQ… (32 characters)"
        );
    }
}
