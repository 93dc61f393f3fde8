//! Failures that carry no service code: an SDK's client-side exception
//! (`…ConnectionException: …`, Go's `Post "https://…": dial tcp: …`), an answer with a failing
//! HTTP status but no code (the Python SDK's `error_code:413` with an HTML page as its message,
//! axios's `Request failed with status code 413`), and the IAM token endpoint's Keystone-style
//! answers, known by their message. Read only from a unit in which no code was found.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::clients::client_status;
use super::pairs::{Field, Pair};
use super::phrases::{Read, picked, rows};
use super::reports::{Report, Shape, shape_of};
use crate::normalize::message_key;
use crate::scan::Options;

/// The clues of a failure without a code the reader searches every line for, derived from the
/// phrase table ([`super::phrases`]): the needles of the rows read from lines the reader marks
/// (HTTP clients' words, loggers' marks, transport errors, the SDKs' message-only exceptions and
/// field dumps), and the SDK exceptions' `names`. A line without a code, a brace, a clue or a
/// mark is skipped unread. Each clue says whether it is a logger's ([`Read::Logged`]).
pub(in crate::scan) fn clues<'a>(names: &[&'a str]) -> Vec<(&'a str, bool)> {
    let needles = |kind: fn(&Read) -> bool| rows(kind).map(|p| clue(p.needle));
    let logged = needles(|r| *r == Read::Logged).map(|c| (c, true));
    let others = needles(|r| {
        matches!(
            r,
            Read::Client(..)
                | Read::Transport(_)
                | Read::Network(_)
                | Read::Named(..)
                | Read::Fields
                | Read::MessageOnly
                | Read::NamedCode
        )
    })
    // The exceptions' names share one clue, their common ending (`…Exception`): one pattern
    // for all of them, not one a name (each search's patterns stop the scan, see `reader.rs`).
    .chain(names.iter().map(|n| {
        const ENDING: &str = "Exception";
        if n.ends_with(ENDING) { ENDING } else { clue(n) }
    }));
    logged
        .chain(fewest(others.collect()).into_iter().map(|c| (c, false)))
        .collect()
}

/// The part of a needle the reader searches for: from the place where its first
/// [`SCREENED`] bytes are the rarest in text ([`rarity`]) to its end, so that the searcher's
/// screen of each pattern's first bytes lets few places of a log through, keeping [`KEPT`] bytes
/// or more, so that a place the screen lets through is seldom a clue of nothing. Any text
/// holding the needle holds its clue.
fn clue(needle: &str) -> &str {
    let bytes = needle.as_bytes();
    if bytes.len() <= SCREENED {
        return needle;
    }
    let last = bytes.len() - KEPT.clamp(SCREENED, bytes.len());
    let from = (0..=last)
        .filter(|&i| needle.is_char_boundary(i))
        .filter(|&i| !LOGS_ARE_FULL_OF.iter().any(|w| needle[i..].starts_with(w)))
        .max_by_key(|&i| {
            let window = &bytes[i..i + SCREENED];
            let rare: u32 = window.iter().map(|&b| u32::from(rarity(b))).sum();
            let joints: u32 = window
                .windows(2)
                .map(|p| u32::from(joint(p[0], p[1])))
                .sum();
            // The earliest of equally rare places: the clue keeps more of the needle.
            (rare + joints, std::cmp::Reverse(i))
        })
        .unwrap_or(0);
    &needle[from..]
}

/// Words that logs, code and prose are full of, whatever their bytes' rarity: a clue starting
/// with one would be screened in at every URL (`http`), status line (`HTTP/1.1`), stack frame
/// (`Exception`) or log level (`ERROR`).
const LOGS_ARE_FULL_OF: &[&str] = &[
    "HTTP",
    "http",
    "Http",
    "Client",
    "Connection",
    "Exception",
    "Error",
    "ERROR",
    "Request",
    "Response",
    "Server",
    "Status",
    "status",
    "INFO",
    "POST",
];

/// How many of a pattern's first bytes the searcher screens the text by (aho-corasick's Teddy).
const SCREENED: usize = 4;

/// The fewest bytes of a needle its clue keeps (all of a shorter needle).
const KEPT: usize = 6;

/// How common a byte is in logs, code and prose: about how many bits a byte of it takes
/// (`-log2` of its share of such text), rarest highest, in halves. Spaces and the common lowercase
/// letters are the most common; then the rarer letters, digits and the punctuation of paths and
/// numbers; capitals (log levels, class names); brackets; and the rest, bytes of other scripts
/// among them.
fn rarity(b: u8) -> u8 {
    match b {
        b' ' => 5,
        b'e' => 7,
        b't' | b'a' | b'o' | b'i' | b'n' | b's' | b'r' => 8,
        b'h' | b'l' | b'd' => 10,
        b'c' | b'u' | b'm' | b'p' | b'\n' => 11,
        b'0'..=b'9'
        | b'.'
        | b'/'
        | b':'
        | b'"'
        | b','
        | b'-'
        | b'_'
        | b'='
        | b'f'
        | b'g'
        | b'w'
        | b'y'
        | b'b'
        | b'\t' => 12,
        b'v' | b'k' => 14,
        b'A'..=b'Z' => 15,
        b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>' | b'\'' | b';' => 16,
        _ => 18,
    }
}

/// How rare a byte is after another, beyond each one's rarity: words run on in lowercase, so a
/// word's joint to a capital (`ionException`), to punctuation (`e{protocol`), or a digit's to a
/// letter is rarer than the bytes alone say.
fn joint(a: u8, b: u8) -> u8 {
    let word = |c: u8| c.is_ascii_alphanumeric();
    match (a, b) {
        _ if a.is_ascii_lowercase() && b.is_ascii_uppercase() => 12,
        _ if word(a) && b.is_ascii_punctuation() => 8,
        _ if a.is_ascii_digit() && b.is_ascii_alphabetic() => 6,
        _ if a.is_ascii_punctuation() && word(b) => 4,
        _ => 0,
    }
}

/// The clues without those that hold another: a text holding one holds the other.
fn fewest<'a>(mut clues: Vec<&'a str>) -> Vec<&'a str> {
    clues.sort_unstable_by_key(|c| (c.len(), *c));
    clues.dedup();
    let mut kept: Vec<&'a str> = Vec::with_capacity(clues.len());
    for c in clues {
        if !kept.iter().any(|k| c.contains(k)) {
            kept.push(c);
        }
    }
    kept
}

/// Whether an exception's qualifier is an SDK's (or none: Node prints the bare name), and the
/// shape it tells ([`Read::Qualifier`]; [`Shape::Exception`]: none, the name may tell one).
fn sdk_qualifier(qualifier: &str) -> Option<Shape> {
    if qualifier.is_empty() {
        return Some(Shape::Exception);
    }
    picked(|r| match *r {
        Read::Qualifier(shape) => Some(shape),
        _ => None,
    })
    .find_map(|(needle, shape)| qualifier.starts_with(needle).then_some(shape))
}

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
    // A service's named code after the words that introduce it (`api error NoSuchKey: …`).
    if let Some((at, code, message)) = named_code(text) {
        return Some(report(at, code, Some(message), Shape::Exception));
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
    // Its code is the one documented with its message, found after the scan.
    if let Some((at, message)) = sdk_message(text) {
        return Some(report(at, String::new(), Some(message), Shape::SdkMessage));
    }
    if let Some((at, name, message)) = go_transport(text, options.exceptions) {
        return Some(report(at, name.to_owned(), Some(message), Shape::GoSdk));
    }
    network(text, options.exceptions, options.evidence)
        .map(|(at, name, message)| report(at, name.to_owned(), Some(message), Shape::Network))
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

/// What stands between an exception's name and its message: a traceback's and `toString()`'s
/// colon, Python's ` - ` after its class, and the Python SDK's own log line
/// (`HostUnreachableException occurred. HTTPSConnection(…)`).
const AFTER_NAME: &[&str] = &[": ", " - ", " occurred. "];

/// An SDK exception as a traceback, a log line or `toString()` prints it: one of `names`, plain
/// or qualified (`huaweicloudsdkcore.exceptions.exceptions.ConnectionException`,
/// `com.huaweicloud.sdk.core.exception.…`, `HuaweiCloud.SDK.Core.…`), followed by one of
/// [`AFTER_NAME`] and its message. Code that only names the class (`except ConnectionException:`,
/// `catch (ConnectionException e)`, a format string) has no message there and is passed over.
/// Returns where it starts, its name, its message and its shape.
pub(super) fn exception(
    text: &str,
    names: &'static [&'static str],
) -> Option<(usize, &'static str, String, Shape)> {
    let bytes = text.as_bytes();
    let mut best: Option<(usize, &'static str, String, Shape)> = None;
    // The first words that stand for an exception ([`Read::Named`]).
    let mut standing: Option<(usize, &'static str, Shape)> = None;
    let (matcher, words) = names_matcher(names);
    for m in matcher.find_overlapping_iter(text) {
        let i = m.start();
        let Some(&name) = names.get(m.pattern().as_usize()) else {
            if standing.is_none() {
                let (name, shape) = words[m.pattern().as_usize() - names.len()];
                standing = Some((i, name, shape));
            }
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
        let Some(after) = AFTER_NAME.iter().find_map(|sep| rest.strip_prefix(sep)) else {
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
        // Another library's class of the same name (`org.example.ConnectionException`,
        // `httpx.ReadTimeout`) is not the SDK's.
        let Some(shape) = sdk_qualifier(&text[start..i]) else {
            continue;
        };
        let shape = match shape {
            Shape::Exception if name == "ServiceResponseException" => Shape::NodeSdk,
            shape => shape,
        };
        best = Some((start, name, message, shape));
    }
    // `DefaultHttpClient RequestTimeout`: the Java SDK's CallTimeoutException.
    if let Some((at, name, shape)) = standing {
        let name = names.iter().find(|n| **n == name);
        if let Some(&name) = name.filter(|_| best.as_ref().is_none_or(|b| at < b.0)) {
            best = Some((at, name, line_at(text, at), shape));
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

/// The words that stand for an exception ([`Read::Named`]): the name and shape of each.
type Words = Vec<(&'static str, Shape)>;

/// The search for these exception names, then the words that stand for one ([`Read::Named`]),
/// every place each stands, and what those words stand for: made once for the catalog's names
/// (the same slice every call), anew for any other.
fn names_matcher(names: &'static [&'static str]) -> (AhoCorasick, &'static Words) {
    static WORDS: OnceLock<Words> = OnceLock::new();
    static MADE: OnceLock<((usize, usize), AhoCorasick)> = OnceLock::new();
    let standing_words = || {
        picked(|r| match *r {
            Read::Named(name, shape) => Some((name, shape)),
            _ => None,
        })
    };
    let words = WORDS.get_or_init(|| standing_words().map(|(_, stands_for)| stands_for).collect());
    // Searched in a few units only: a matcher quick to make rather than the fastest to run.
    let build = || {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(
                names
                    .iter()
                    .copied()
                    .chain(standing_words().map(|(needle, _)| needle)),
            )
            .expect("the names are valid patterns")
    };
    let key = (names.as_ptr().addr(), names.len());
    let (made_for, matcher) = MADE.get_or_init(|| (key, build()));
    if *made_for == key {
        (matcher.clone(), words)
    } else {
        (build(), words)
    }
}

/// An SDK's exception for an error answer printed with its message only, as Java's loggers print
/// an exception (`com.huaweicloud.sdk.core.exception.ClientRequestException: The input parameter
/// is invalid.`), and Node's `String(err)` ([`Read::MessageOnly`]): its message, which the
/// codes documented with it are found by after the scan. Returns where it starts and the message.
pub(super) fn sdk_message(text: &str) -> Option<(usize, String)> {
    static CLASSES: OnceLock<AhoCorasick> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        AhoCorasick::new(rows(|r| *r == Read::MessageOnly).map(|p| p.needle))
            .expect("the classes are valid patterns")
    });
    let bytes = text.as_bytes();
    classes.find_iter(text).find_map(|m| {
        let start = qualified_from(bytes, m.start());
        sdk_qualifier(&text[start..m.start()])?;
        let message = line_at(text, m.end());
        (!message.is_empty()).then_some((start, message))
    })
}

/// A service's named code after the words that introduce it ([`Read::NamedCode`]): a capital,
/// then letters and digits, then `: ` and the message; or a registry's code between colons
/// after a quoted URL (`": denied: `), the needle's word. Returns where the words start, the
/// code and the message.
pub(super) fn named_code(text: &str) -> Option<(usize, String, String)> {
    rows(|r| *r == Read::NamedCode).find_map(|p| {
        let at = text.find(p.needle)?;
        let rest = &text[at + p.needle.len()..];
        if let Some(code) = p
            .needle
            .strip_prefix(": ")
            .and_then(|n| n.strip_suffix(": "))
        {
            // After the registry's URL, quoted (`Head "https://…/manifests/v1": denied: …`).
            let message = line_at(rest, 0);
            return (text[..at].ends_with('"') && !message.is_empty())
                .then(|| (at + 2, code.to_owned(), message));
        }
        let len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let code = &rest[..len];
        let message = rest[len..].strip_prefix(": ")?;
        (len >= 3 && code.starts_with(|c: char| c.is_ascii_uppercase()))
            .then(|| (at, code.to_owned(), line_at(message, 0)))
    })
}

/// Go's transport errors, which the Go SDK returns unwrapped: `Post "https://ocr.….
/// myhuaweicloud.com/…": dial tcp: lookup …: no such host`, named after the SDK exception the
/// other SDKs raise for the same failure ([`Read::Transport`]). The URL's quotes may be escaped
/// (`Get \"https://…\": x509: …` in a JSON log line), and the URL may have become a Markdown
/// link where the error was pasted (`Get "[https://…"](https://…): …`).
pub(super) fn go_transport(
    text: &str,
    names: &[&'static str],
) -> Option<(usize, &'static str, String)> {
    let (at, url) = ["\"https://", "\\\"https://", "\"[https://"]
        .iter()
        .filter_map(|quote| {
            let at = text.find(quote)?;
            Some((at, at + quote.len() - "https://".len()))
        })
        .min()?;
    let verb = text[..at].trim_end();
    let url_end = text[url..].find(['"', '\\'])? + url;
    if !text[url..url_end].contains("myhuaweicloud") || !verb.ends_with(char::is_alphabetic) {
        return None;
    }
    let error = &text[url_end..];
    if !error.contains(": ") {
        return None;
    }
    let name = picked(|r| match *r {
        Read::Transport(name) => Some(name),
        _ => None,
    })
    .find_map(|(needle, name)| error.contains(needle).then_some(name))?;
    let name = *names.iter().find(|n| **n == name)?;
    let start = verb
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    Some((start, name, line_at(text, start)))
}

/// A transport failure printed without an exception's name, in a text that names a Huawei Cloud
/// host or SDK (`evidence`, unless none is given): the SDK exception that means the same ([`Read::Network`]). Returns
/// where its line starts, the exception's name and the line.
pub(super) fn network(
    text: &str,
    names: &[&'static str],
    evidence: &[&str],
) -> Option<(usize, &'static str, String)> {
    let (at, name) = picked(|r| match *r {
        Read::Network(name) => Some(name),
        _ => None,
    })
    .find_map(|(needle, name)| text.find(needle).map(|at| (at, name)))?;
    // No evidence to look for (the scan's default): every failure is reported.
    if !evidence.is_empty() && !evidence.iter().any(|e| text.contains(e)) {
        return None;
    }
    let name = *names.iter().find(|n| **n == name)?;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
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
            evidence: &["myhuaweicloud.com"],
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
        let logged = "HostUnreachableException occurred. HTTPSConnection(host='ocr.xx.myhuaweicloud.com', port=443): Failed to resolve 'ocr.xx.myhuaweicloud.com'";
        assert_eq!(found(logged).unwrap().0, "HostUnreachableException");
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
    fn the_clues_find_every_needle_and_name_and_tell_the_loggers_apart() {
        let clues = clues(NAMES);
        let found = |text: &str| {
            clues
                .iter()
                .find(|(c, _)| text.contains(c))
                .map(|(_, l)| *l)
        };
        let reader_reads =
            |r: &Read| !matches!(r, Read::Prose(_) | Read::Qualifier(_) | Read::Mark(_));
        for p in rows(reader_reads) {
            let logged = found(p.needle).unwrap_or_else(|| panic!("{:?}", p.needle));
            assert_eq!(logged, p.read == Read::Logged, "{:?}", p.needle);
        }
        for name in NAMES {
            assert!(found(&format!("x.{name}: failed")).is_some(), "{name}");
        }
    }

    #[test]
    fn a_clue_is_a_part_of_its_needle_from_a_rare_byte_on() {
        assert_eq!(clue("<-- "), "<-- ");
        for needle in [
            "Request failed with status code ",
            "ConnectionException",
            "返回错误: (",
        ] {
            let c = clue(needle);
            assert!(
                needle.ends_with(c) && c.len() >= SCREENED,
                "{needle:?}: {c:?}"
            );
        }
        // Not from a space or a lowercase letter, where another rarer byte stands.
        assert_eq!(clue("dial tcp"), "dial tcp");
        assert_eq!(clue("x509: "), "x509: ");
        assert_eq!(fewest(vec!["abcdef", "bcd", "bcd", "xyz"]), ["bcd", "xyz"]);
    }
}
