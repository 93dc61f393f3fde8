//! Failures that carry no service code: an SDK's client-side exception
//! (`…ConnectionException: …`, Go's `Post "https://…": dial tcp: …`), an answer with a failing
//! HTTP status but no code (the Python SDK's `error_code:413` with an HTML page as its message,
//! axios's `Request failed with status code 413`), and the IAM token endpoint's Keystone-style
//! answers, known by their message. Read only from a unit in which no code was found.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::clients::client_status;
use super::pairs::{Field, Pair};
use super::reports::{Report, Shape, shape_of};
use crate::normalize::message_key;
use crate::scan::Options;

/// What an HTTP client's log of a response holds after a logger's prefix (`OkHttp`'s
/// `<-- 400 …`, urllib3's line for a request): the first of the clues, for the reader to tell
/// the scanner such a line from one that may report a failure ([`is_logged`]).
const LOGGED: &[&str] = &["<-- ", "urllib3.connectionpool"];

/// Whether the clue a match of [`clues`] found is one of [`LOGGED`].
pub(in crate::scan) fn is_logged(clue: aho_corasick::PatternID) -> bool {
    clue.as_usize() < LOGGED.len()
}

/// What the reader searches every line for besides [`LOGGED`]: what only a line reporting a
/// failure without a code holds. A line without a code, a brace or one of these is skipped unread.
///
/// The searcher screens the text by the first four bytes of each pattern, then checks each place
/// that passes. So each pattern is cut not to start with bytes that logs are full of (`http` of
/// every URL, `HTTP/1.1`, `Client`, `Connection`, `status`), and a part of an exception's name
/// stands for it. And the patterns are in this order because the searcher puts the `i`-th of
/// them (counting [`LOGGED`]) in the bucket `7 - i % 8` of its eight, whose screens are the
/// bytes their patterns start with: patterns starting alike share one. The order was chosen by
/// measuring the search's instructions over logs, code and prose; in another order, the same
/// patterns cost half as much again.
pub(super) const SEARCHED: &[&str] = &[
    "ionException",          // ConnectionException
    "t.Timeout",             // Go's `(Client.Timeout exceeded …)`
    "stException",           // the SDKs' ClientRequestException with its message only
    "pException: HTTP ",     // Retrofit's `HttpException: HTTP 400`
    "SslHandShakeException", // a name of its own
    "{status_code:",         // the Python SDK's exception without a code
    "or url",                // requests, httpx, reqwest: `… for url: …`
    "e{protocol=",           // OkHttp's `Response{protocol=h2, code=401, …}`
    "de of ",                // Dio's `has a status code of 400`
    "indicate success",      // .NET's HttpClient
    "seException",           // Spring's WebClientResponseException, ServiceResponseException, …
    "h status code",         // axios's `Request failed with status code 413`
    "SdkException",          // a name of its own
    "pStatusCode: ",         // the Java SDK's block without a code
    "orException",           // Spring's HttpClientErrorException and HttpServerErrorException
    "RetryOutageException",  // a name of its own
    "CredentialsTypeError",  // a name of its own
    "rned error: ",          // curl --fail
    "tUnreachable",          // HostUnreachableException
    "P request failed!",     // PHP's streams
    "dial tcp",              // Go's transport
    "FeignException",        // Feign
    "x509: ",                // Go's TLS
    "rned an error: (",      // .NET's WebException
    "P response code: ",     // Java's HttpURLConnection
    "tResponseError",        // aiohttp's ClientResponseError
    JAVA_TIMEOUT,            // the Java SDK's read timeout
    "P Error ",              // urllib's `HTTP Error 400`
    "dTimeout",              // requests' ReadTimeout
    "outException",          // CallTimeoutException and the other …TimeoutExceptions
];

/// The packages and namespaces the SDKs' exceptions are printed under (and `requests`, whose
/// read timeout the Python SDK lets through).
const SDK_PACKAGES: &[&str] = &[
    "huaweicloudsdkcore.",
    "exceptions.",
    "com.huaweicloud.",
    "HuaweiCloud.",
    "requests.",
];

/// Whether an exception's qualifier is an SDK's (or none: Node prints the bare name).
fn is_sdk_qualifier(qualifier: &str) -> bool {
    qualifier.is_empty() || SDK_PACKAGES.iter().any(|p| qualifier.starts_with(p))
}

/// The Java SDK's message for a read timeout, which names no exception class.
const JAVA_TIMEOUT: &str = "DefaultHttpClient RequestTimeout";

/// The clues' matcher: [`LOGGED`], [`SEARCHED`], and these exception names unless a pattern
/// already stands for them. One search over a whole piece of input.
pub(in crate::scan) fn clues(exceptions: &[&str]) -> AhoCorasick {
    let names = exceptions
        .iter()
        .filter(|name| !SEARCHED.iter().any(|clue| name.contains(clue)));
    let matcher = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(LOGGED.iter().chain(SEARCHED).chain(names))
        .expect("the clue patterns are valid");
    debug_assert!(matcher.patterns_len() <= MAX_CLUES);
    matcher
}

/// The most patterns the clues' search takes at its fastest: beyond 32, the packed searcher
/// switches to a slower kind and the reader's pass costs a third more.
const MAX_CLUES: usize = 32;

/// The longest message kept of a failure without a code.
const MAX_MESSAGE: usize = 300;

/// The failure without a code that a unit reports, if any. `loose` are the unit's pairs that
/// belong to no report.
pub(in crate::scan) fn failure(text: &str, loose: &[Pair], options: Options) -> Option<Report> {
    let value = |f: Field| loose.iter().find(|p| p.field == f);
    let status = loose
        .iter()
        .filter(|p| p.field == Field::Status)
        .find_map(|p| p.value.parse::<u16>().ok().filter(|s| *s >= 400));
    let request_id = value(Field::RequestId)
        .map(|p| p.value.clone())
        .filter(|v| !v.is_empty() && v != "None" && v != "null");
    let message = value(Field::Message).map(|p| p.value.as_str());
    let report = |at: usize, code: String, message: Option<String>, shape: Shape| Report {
        at,
        code,
        message,
        status,
        request_id: request_id.clone(),
        shape,
        item: false,
        key: "",
    };
    // The token endpoint's answer, by its message.
    if let Some(m) = value(Field::Message) {
        let key = message_key(&m.value);
        if let Some(known) = options.messages.iter().find(|k| message_key(k) == key) {
            let shape = shape_of(m, loose);
            return Some(report(
                m.at,
                (*known).to_owned(),
                Some(m.value.clone()),
                shape,
            ));
        }
    }
    // An HTTP client's words for a failed answer, which its fields (`OkHttp`'s `code=401`) are
    // part of.
    if let Some((at, s, shape)) = client_status(text) {
        let mut r = report(at, format!("HTTP {s}"), Some(line_at(text, at)), shape);
        r.status = Some(s);
        return Some(r);
    }
    // An answer with a failing status and no code: what the SDKs make of an HTML page or an
    // empty body.
    if let Some(s) = status
        && (message.is_some() || request_id.is_some())
    {
        let first = loose.iter().map(|p| p.at).min().unwrap_or(0);
        // The message's quoting tells Node's object (`'…'`) from Java's block.
        let shape = loose
            .iter()
            .find(|p| p.field == Field::Message)
            .or_else(|| loose.iter().find(|p| p.field == Field::Status))
            .map_or(Shape::Json, |p| shape_of(p, loose));
        let message = message.map(page_text).filter(|m| !m.is_empty());
        return Some(report(first, format!("HTTP {s}"), message, shape));
    }
    if let Some((at, name, message, shape)) = exception(text, options.exceptions) {
        return Some(report(at, name.to_owned(), Some(message), shape));
    }
    if let Some((at, code, message)) = sdk_message(text, options) {
        return Some(report(
            at,
            code.to_owned(),
            Some(message),
            Shape::SdkMessage,
        ));
    }
    go_transport(text, options.exceptions)
        .map(|(at, name, message)| report(at, name.to_owned(), Some(message), Shape::GoSdk))
}

/// An error page or body made readable: an HTML page's title, else the text on one line.
fn page_text(body: &str) -> String {
    crate::scan::lines::html_title(body).map_or_else(|| one_line(body), one_line)
}

/// The text on one line, spaces collapsed, cut to [`MAX_MESSAGE`] bytes.
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.len() + word.len() >= MAX_MESSAGE {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The rest of the line from `at`, as far as a message is kept: the line's end is looked for no
/// further than that, so that many failures on one line are read in linear time.
fn line_at(text: &str, at: usize) -> String {
    let window = &text[at..super::floor_char_boundary(text, at + 8 * MAX_MESSAGE)];
    let end = memchr::memchr(b'\n', window.as_bytes()).unwrap_or(window.len());
    one_line(&window[..end])
}

fn is_name_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// An SDK exception as a traceback, a log line or `toString()` prints it: one of `names`, plain
/// or qualified (`huaweicloudsdkcore.exceptions.exceptions.ConnectionException`,
/// `com.huaweicloud.sdk.core.exception.…`, `HuaweiCloud.SDK.Core.…`), followed by `: ` or ` - `
/// and its message. Code that only names the class (`except ConnectionException:`,
/// `catch (ConnectionException e)`, a format string) has no message there and is passed over.
/// Returns where it starts, its name, its message and its shape.
fn exception(
    text: &str,
    names: &'static [&'static str],
) -> Option<(usize, &'static str, String, Shape)> {
    let bytes = text.as_bytes();
    let mut best: Option<(usize, &'static str, String, Shape)> = None;
    let mut java_timeout = None;
    for m in names_matcher(names).find_overlapping_iter(text) {
        let i = m.start();
        let Some(&name) = names.get(m.pattern().as_usize()) else {
            java_timeout = java_timeout.or(Some(i));
            continue;
        };
        if best.as_ref().is_some_and(|b| b.0 <= i) {
            continue;
        }
        let end = i + name.len();
        if bytes.get(end).is_some_and(|&b| is_name_char(b)) || i > 0 && is_name_char(bytes[i - 1]) {
            continue;
        }
        // The qualifier before the name: `package.module.` or `Namespace.`.
        let start = qualified_from(bytes, i);
        // The Java SDK logs its own message, `DefaultHttpClient HostUnreachableException`, on a
        // line of its own: the name stands for the failure there.
        if text[..i].ends_with("DefaultHttpClient ") {
            let from = i - "DefaultHttpClient ".len();
            best = Some((from, name, line_at(text, from), Shape::JavaSdk));
            continue;
        }
        let rest = &text[end..];
        let Some(after) = rest.strip_prefix(": ").or_else(|| rest.strip_prefix(" - ")) else {
            continue;
        };
        // Python prints the class again: `…ConnectionException: ConnectionException - …`.
        let after = after
            .strip_prefix(name)
            .and_then(|m| m.strip_prefix(" - "))
            .unwrap_or(after);
        let message = line_at(after, 0);
        if message.is_empty() || message.starts_with(['%', '"', '\'']) || message.starts_with("{}")
        {
            continue;
        }
        let qualifier = &text[start..i];
        // Another library's class of the same name (`org.example.ConnectionException`,
        // `httpx.ReadTimeout`) is not the SDK's.
        if !is_sdk_qualifier(qualifier) {
            continue;
        }
        let shape =
            if qualifier.starts_with("huaweicloudsdkcore") || qualifier.starts_with("requests.") {
                Shape::PythonSdk
            } else if qualifier.starts_with("com.huaweicloud") {
                Shape::JavaSdk
            } else if qualifier.starts_with("HuaweiCloud.") {
                Shape::DotnetSdk
            } else if name == "ServiceResponseException" {
                Shape::NodeSdk
            } else {
                Shape::Exception
            };
        best = Some((start, name, message, shape));
    }
    // `DefaultHttpClient RequestTimeout`: the Java SDK's CallTimeoutException.
    if let Some(at) = java_timeout {
        let name = names.iter().find(|n| **n == "CallTimeoutException");
        if let Some(&name) = name.filter(|_| best.as_ref().is_none_or(|b| at < b.0)) {
            best = Some((at, name, line_at(text, at), Shape::JavaSdk));
        }
    }
    best
}

/// Where the qualifier (`package.module.`, `Namespace.`) of the name at `at` starts. Looked
/// for no further back than the longest qualifier an SDK prints, so that a text of
/// `ReadTimeout.ReadTimeout.…` is read in linear time.
fn qualified_from(bytes: &[u8], at: usize) -> usize {
    const LONGEST: usize = 160;
    at - bytes[..at]
        .iter()
        .rev()
        .take(LONGEST)
        .take_while(|&&b| is_name_char(b) || b == b'.')
        .count()
}

/// The search for these exception names, then [`JAVA_TIMEOUT`], every place each stands: made
/// once for the catalog's names (the same slice every call), anew for any other.
fn names_matcher(names: &'static [&'static str]) -> AhoCorasick {
    static MADE: OnceLock<((usize, usize), AhoCorasick)> = OnceLock::new();
    // Searched in a few units only: a matcher quick to make rather than the fastest to run.
    let build = || {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(names.iter().chain([&JAVA_TIMEOUT]))
            .expect("the names are valid patterns")
    };
    let key = (names.as_ptr().addr(), names.len());
    let (made_for, matcher) = MADE.get_or_init(|| (key, build()));
    if *made_for == key {
        matcher.clone()
    } else {
        build()
    }
}

/// An SDK's exception for an error answer printed with its message only, as Java's loggers print
/// an exception (`com.huaweicloud.sdk.core.exception.ClientRequestException: The input parameter
/// is invalid.`), and Node's `String(err)`: the code the catalog documents with that message
/// ([`Options::code_of_message`]). Returns where it starts, the code and the message.
fn sdk_message(text: &str, options: Options) -> Option<(usize, &'static str, String)> {
    const CLASSES: &[&str] = &["ClientRequestException", "ServerResponseException"];
    const AFTER: &str = "Exception: ";
    // A unit holds one such exception, or a few: a text of thousands is not looked up each.
    const MOST: usize = 8;
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let finder = FINDER.get_or_init(|| memchr::memmem::Finder::new(AFTER));
    let bytes = text.as_bytes();
    finder
        .find_iter(bytes)
        .filter_map(|at| {
            let end = at + "Exception".len();
            let class = CLASSES.iter().find(|c| text[..end].ends_with(*c))?;
            let i = end - class.len();
            let start = qualified_from(bytes, i);
            let qualifier = &text[start..i];
            let sdk = is_sdk_qualifier(qualifier);
            sdk.then_some((start, at + AFTER.len()))
        })
        .take(MOST)
        .find_map(|(start, from)| {
            let message = line_at(text, from);
            let code = (options.code_of_message)(&message)?;
            Some((start, code, message))
        })
}

/// Go's transport errors, which the Go SDK returns unwrapped: `Post "https://ocr.….
/// myhuaweicloud.com/…": dial tcp: lookup …: no such host`, named after the SDK exception the
/// other SDKs raise for the same failure.
fn go_transport(text: &str, names: &[&'static str]) -> Option<(usize, &'static str, String)> {
    let at = text.find("\"https://")?;
    let verb = text[..at].trim_end();
    let quoted_url_end = text[at + 1..].find("\": ")? + at + 1;
    if !text[at..quoted_url_end].contains("myhuaweicloud") || !verb.ends_with(char::is_alphabetic) {
        return None;
    }
    let error = &text[quoted_url_end..];
    let name = if error.contains("no such host") {
        "HostUnreachableException"
    } else if error.contains("x509: ") || error.contains("tls: ") {
        "SslHandShakeException"
    } else if error.contains("Client.Timeout") || error.contains("deadline exceeded") {
        "CallTimeoutException"
    } else if error.contains("dial tcp") || error.contains("connection re") {
        "ConnectionException"
    } else {
        return None;
    };
    let name = *names.iter().find(|n| **n == name)?;
    let start = verb
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    Some((start, name, line_at(text, start)))
}

#[cfg(test)]
mod tests {
    use super::super::pairs::pairs;
    use super::super::reports::reports;
    use super::*;

    const NAMES: &[&str] = &[
        "ConnectionException",
        "HostUnreachableException",
        "ReadTimeout",
        "ServiceResponseException",
        "CallTimeoutException",
        "SslHandShakeException",
    ];

    fn found(text: &str) -> Option<(String, Option<u16>, Option<String>, Shape)> {
        let options = Options {
            exceptions: NAMES,
            messages: &["The account is locked."],
            ..Options::default()
        };
        let (r, loose) = reports(pairs(text, true));
        assert!(r.is_empty(), "{r:?}");
        failure(text, &loose, options).map(|r| (r.code, r.status, r.message, r.shape))
    }

    #[test]
    fn reads_exceptions_as_each_sdk_prints_them() {
        let py = "huaweicloudsdkcore.exceptions.exceptions.ConnectionException: ConnectionException - HTTPSConnection(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Failed to establish a new connection: [Errno 111] Connection refused";
        let (code, status, message, shape) = found(py).unwrap();
        assert_eq!(
            (code.as_str(), status, shape),
            ("ConnectionException", None, Shape::PythonSdk)
        );
        assert!(message.unwrap().starts_with("HTTPSConnection(host="));
        let logged = "ERROR c.h.sdk.core.impl.DefaultHttpClient [304a]- DefaultHttpClient HostUnreachableException";
        assert_eq!(found(logged).unwrap().0, "HostUnreachableException");
        let timeout = "com.huaweicloud.sdk.core.exception.CallTimeoutException: DefaultHttpClient RequestTimeout";
        assert_eq!(found(timeout).unwrap().0, "CallTimeoutException");
        let java = "Exception in thread \"main\" com.huaweicloud.sdk.core.exception.HostUnreachableException: DefaultHttpClient HostUnreachableException, caused by: ocr.xx.myhuaweicloud.com: Name or service not known";
        assert_eq!(found(java).unwrap().0, "HostUnreachableException");
        assert_eq!(found(java).unwrap().3, Shape::JavaSdk);
        let net = "Unhandled exception. HuaweiCloud.SDK.Core.ConnectionException: No connection could be made because the target machine actively refused it.";
        assert_eq!(found(net).unwrap().3, Shape::DotnetSdk);
        let node = "ServiceResponseException: connect ECONNREFUSED 10.0.0.1:443";
        assert_eq!(found(node).unwrap().0, "ServiceResponseException");
        let read = "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Read timed out. (read timeout=120)";
        assert_eq!(found(read).unwrap().0, "ReadTimeout");
        let go = r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text": dial tcp: lookup ocr.cn-north-4.myhuaweicloud.com: no such host"#;
        let (code, _, message, shape) = found(go).unwrap();
        assert_eq!(
            (code.as_str(), shape),
            ("HostUnreachableException", Shape::GoSdk)
        );
        assert!(message.unwrap().starts_with("Post \"https://"));
    }

    #[test]
    fn code_that_only_names_a_class_is_not_a_failure() {
        for text in [
            "except ConnectionException as e:",
            "    except exceptions.ConnectionException:",
            "} catch (ConnectionException e) {",
            "import com.huaweicloud.sdk.core.exception.ConnectionException;",
            r#"log.error("ConnectionException: %s", e)"#,
            "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='x', port=443): Read timed out.",
            "class MyConnectionException: Base - nothing",
            "org.example.net.ConnectionException: pool exhausted",
            "httpx.ReadTimeout: timed out",
            r#"Get "https://example.com/x": dial tcp: lookup example.com: no such host"#,
        ] {
            assert_eq!(found(text), None, "{text}");
        }
    }

    #[test]
    fn a_failing_status_without_a_code_is_a_finding() {
        let py = "ClientRequestException - {status_code:413,request_id:None,error_code:413,error_msg:<html><head><title>413 Request Entity Too Large</title></head><body></body></html>,encoded_authorization_message:None }";
        let (code, status, message, _) = found(py).unwrap();
        assert_eq!((code.as_str(), status), ("HTTP 413", Some(413)));
        assert_eq!(message.as_deref(), Some("413 Request Entity Too Large"));
        let go = r#"{"status_code":502,"request_id":"","error_code":"","error_message":"<html>bad gateway</html>","encoded_authorization_message":"","details":null}"#;
        assert_eq!(found(go).unwrap().0, "HTTP 502");
        let node = "ClientRequestException: Request failed with status code 413";
        assert_eq!(found(node).unwrap().1, Some(413));
        assert_eq!(found(r#"{"code": 200, "message": "ok"}"#), None);
    }

    #[test]
    fn the_token_endpoint_is_known_by_its_message() {
        let body =
            r#"{"error":{"code":401,"message":"The account is locked.","title":"Unauthorized"}}"#;
        let (code, status, ..) = found(body).unwrap();
        assert_eq!(
            (code.as_str(), status),
            ("The account is locked.", Some(401))
        );
        let other = r#"{"error":{"code":401,"message":"Something else.","title":"Unauthorized"}}"#;
        assert_eq!(found(other).unwrap().0, "HTTP 401");
    }

    #[test]
    fn the_clues_stay_within_one_fast_search() {
        let names = crate::catalog::exception_names();
        let clues = clues(names);
        assert!(
            clues.patterns_len() <= MAX_CLUES,
            "{}",
            clues.patterns_len()
        );
        // Each name is still found, by itself or by a clue it holds.
        for name in names {
            let line = format!("x.{name}: failed");
            assert!(clues.is_match(&line), "{name}");
        }
        // The logged responses' clues come first, as `is_logged` reads them.
        let logged = clues.find("D/OkHttp: <-- 400 Bad Request").unwrap();
        assert!(is_logged(logged.pattern()));
        let other = clues
            .find("x: Request failed with status code 400")
            .unwrap();
        assert!(!is_logged(other.pattern()));
    }
}
