//! Finds error reports in one unit of text: a line, a brace-balanced block of lines, or a window
//! of an overlong line.
//!
//! Every shape the Huawei Cloud SDKs and APIs print is a set of `key SEP value` pairs, so the
//! scanner looks for the keys it cares about first (one Aho-Corasick pass, case-insensitive) and
//! reads the value after each: a JSON string, an escaped JSON string inside another string, a
//! single-quoted Node string, or a bare token. Nothing is parsed at positions without a key, so
//! hostile input (megabytes of `{"a":`) costs one linear pass. The pairs of a unit are grouped
//! into reports: a key seen twice starts a new report (several errors in one unit), and a report
//! needs a code.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// What a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    /// `error_code`, `errorCode`, `ErrorCode`, and `code` when its value is code-shaped.
    Code,
    /// `status` holding a code: the per-item status inside a 200 response. (A `status` holding
    /// a number is an HTTP status.)
    ItemStatus,
    /// `error_msg`, `errorMsg`, `error_message`, `ErrorMessage`, `message`.
    Message,
    /// `status_code`, `httpStatusCode`, `http_status`, `statusCode`.
    Status,
    /// `request_id`, `requestId`, the `X-Request-Id` header.
    RequestId,
}

/// The keys, as the SDKs, the APIs and loggers spell them, with what they hold. Matched
/// case-sensitively, which lets the matcher skip ahead with SIMD through the text between keys;
/// the `X-Request-Id` response header, which may come in any case, is read by the scanner itself.
const KEYS: &[(&str, Field)] = &[
    ("error_code", Field::Code),
    ("errorCode", Field::Code),
    ("ErrorCode", Field::Code),
    ("errCode", Field::Code),
    ("err_code", Field::Code),
    ("code", Field::Code),
    ("Code", Field::Code),
    ("status", Field::ItemStatus),
    ("Status", Field::ItemStatus),
    ("error_msg", Field::Message),
    ("errorMsg", Field::Message),
    ("errMsg", Field::Message),
    ("err_msg", Field::Message),
    ("error_message", Field::Message),
    ("errorMessage", Field::Message),
    ("ErrorMessage", Field::Message),
    ("externalMessage", Field::Message),
    ("message", Field::Message),
    ("Message", Field::Message),
    ("status_code", Field::Status),
    ("httpStatusCode", Field::Status),
    ("HttpStatusCode", Field::Status),
    ("http_status", Field::Status),
    ("httpStatus", Field::Status),
    ("api_status", Field::Status),
    ("statusCode", Field::Status),
    ("StatusCode", Field::Status),
    ("request_id", Field::RequestId),
    ("requestId", Field::RequestId),
    ("RequestId", Field::RequestId),
    ("requestID", Field::RequestId),
    ("x-request-id", Field::RequestId),
    ("X-Request-Id", Field::RequestId),
];

/// Every known key standing alone in `text`, in order: (start, end, index into [`KEYS`]).
fn find_keys(text: &[u8]) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    static KEYS_AC: OnceLock<AhoCorasick> = OnceLock::new();
    let keys = KEYS_AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(KEYS.iter().map(|(k, _)| k))
            .expect("the key patterns are valid")
    });
    keys.find_iter(text).filter_map(move |m| {
        let (start, end) = (m.start(), m.end());
        let alone = !(start > 0 && is_key_char(text[start - 1])
            || text.get(end).is_some_and(|&b| is_key_char(b)));
        alone.then(|| (start, end, m.pattern().as_usize()))
    })
}

/// What the code-shaped spots of a text say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codes {
    /// No letter-dot-digit anywhere: no report can be in it.
    None,
    /// Only success statuses (`AIS.0000`), this many: no error can be in it.
    OnlySuccess(u64),
    /// Something that may be an error code.
    Some,
}

impl Codes {
    /// What two texts joined say.
    pub(super) fn and(self, other: Codes) -> Codes {
        match (self, other) {
            (Codes::Some, _) | (_, Codes::Some) => Codes::Some,
            (Codes::OnlySuccess(a), Codes::OnlySuccess(b)) => Codes::OnlySuccess(a + b),
            (Codes::OnlySuccess(a), Codes::None) | (Codes::None, Codes::OnlySuccess(a)) => {
                Codes::OnlySuccess(a)
            }
            (Codes::None, Codes::None) => Codes::None,
        }
    }
}

/// Looks at every letter-dot-digit spot (`S.0` in `AIS.0104`): every code has one, and most
/// lines of a log have none, so this one SIMD search for dots decides what needs reading.
pub(super) fn codes_in(bytes: &[u8], options: super::Options) -> Codes {
    let mut codes = Codes::None;
    for dot in memchr::memchr_iter(b'.', bytes) {
        codes = codes.and(spot(bytes, dot, options));
        if codes == Codes::Some {
            break;
        }
    }
    if codes == Codes::None && memchr::memchr2(b'{', b'}', bytes).is_some() && keyed_code(bytes) {
        Codes::Some
    } else {
        codes
    }
}

/// Whether a text with braces has a quoted code key (`"error_code"`, `"errorCode"`, `"code"`):
/// its value may be a code spelt without a dot (`AIS0104`), which the dot search cannot see.
pub(super) fn keyed_code(bytes: &[u8]) -> bool {
    static KEY: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    KEY.get_or_init(|| memchr::memmem::Finder::new(b"ode\""))
        .find(bytes)
        .is_some()
}

/// What the dot at `dot` in `line` is part of: nothing, a success status, or maybe an error code.
pub(super) fn spot(line: &[u8], dot: usize, options: super::Options) -> Codes {
    if dot == 0
        || !line[dot - 1].is_ascii_alphabetic()
        || !line.get(dot + 1).is_some_and(u8::is_ascii_digit)
    {
        return Codes::None;
    }
    let start = dot
        - line[..dot]
            .iter()
            .rev()
            .take(21)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
    let end = dot
        + 1
        + line[dot + 1..]
            .iter()
            .take(9)
            .take_while(|b| b.is_ascii_digit())
            .count();
    if options.is_success(&line[start..end]) {
        Codes::OnlySuccess(1)
    } else {
        Codes::Some
    }
}

/// How a value was written, which tells the shape of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    /// `"key": "value"`.
    Json,
    /// `\"key\":\"value\"`, JSON inside a JSON string.
    Escaped,
    /// `'value'` (Node's `console.log`).
    Single,
    /// `key=value`.
    Equals,
    /// `key: value` or `key:value` without quotes (Python's and Java's exception text).
    Bare,
}

/// One `key SEP value` pair.
#[derive(Debug, Clone)]
pub(super) struct Pair {
    pub field: Field,
    pub value: String,
    /// Byte offset of the key in the unit.
    pub at: usize,
    key: &'static str,
    quoting: Quoting,
}

/// The most bytes a value may take; longer ones are cut (an `error_msg` is a sentence).
const MAX_VALUE: usize = 4096;

fn is_key_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The character a one-letter escape stands for (`n` → newline, `"` → quote).
fn simple_escape(letter: u8) -> Option<char> {
    match letter {
        b'n' => Some('\n'),
        b't' => Some('\t'),
        b'r' => Some('\r'),
        b'"' | b'\\' | b'/' | b'\'' => Some(letter as char),
        _ => None,
    }
}

/// Reads a JSON-style string body starting after the opening quote; `close` is the closing
/// sequence (`"` or `\"`). Returns the decoded text and the end offset.
fn quoted(text: &str, start: usize, close: &str, escaped: bool) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    // Most strings have no escape: find the closing quote and take the text as it is.
    if let [quote] = close.as_bytes() {
        let window = &bytes[start..bytes.len().min(start + MAX_VALUE)];
        if let Some(at) = memchr::memchr2(*quote, b'\\', window).filter(|&at| window[at] == *quote)
        {
            return Some((text[start..start + at].to_owned(), start + at + 1));
        }
    }
    let mut out = String::new();
    let mut pos = start;
    while pos < bytes.len() && pos - start <= MAX_VALUE {
        if text[pos..].starts_with(close) {
            return Some((out, pos + close.len()));
        }
        let ch = text[pos..].chars().next()?;
        if ch != '\\' {
            out.push(ch);
            pos += ch.len_utf8();
            continue;
        }
        // In escaped JSON an inner escape is `\\` followed by the outer form of the escaped
        // character: `\\n`, `\\u4e2d`, `\\\"` (a quote), `\\\\` (a backslash).
        let mut letter_at = pos + 1;
        if escaped && bytes.get(letter_at) == Some(&b'\\') {
            letter_at += 1;
            if bytes.get(letter_at) == Some(&b'\\') {
                letter_at += 1;
            }
        }
        let Some(&letter) = bytes.get(letter_at) else {
            break;
        };
        let mut next = letter_at + 1;
        let decoded = if letter == b'u' {
            let hex = |at: usize| {
                text.get(at..at + 4)
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
            };
            hex(letter_at + 1).map(|code| {
                next = letter_at + 5;
                // A high surrogate followed by `\uDC00`–`\uDFFF` (escaped the same way) is one
                // character outside the Basic Multilingual Plane.
                if (0xD800..0xDC00).contains(&code) {
                    let low_at = text[next..]
                        .strip_prefix(&text[pos..letter_at])
                        .and_then(|rest| rest.strip_prefix('u'))
                        .map(|_| next + (letter_at - pos) + 1);
                    if let Some(low) = low_at.and_then(|at| hex(at).map(|l| (at, l))) {
                        if (0xDC00..0xE000).contains(&low.1) {
                            next = low.0 + 4;
                            let joined = 0x10000 + ((code - 0xD800) << 10) + (low.1 - 0xDC00);
                            return char::from_u32(joined).unwrap_or('\u{FFFD}');
                        }
                    }
                }
                char::from_u32(code).unwrap_or('\u{FFFD}')
            })
        } else {
            simple_escape(letter)
        };
        if let Some(decoded) = decoded {
            out.push(decoded);
            pos = next;
        } else {
            out.push('\\');
            pos += 1;
        }
    }
    // Unterminated: keep what there is.
    (!out.is_empty()).then_some((out, pos))
}

/// The largest character boundary of `text` at or before `at` (`at` past the end: the end).
fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// Whether a value looks like an error code: letters, a dot, digits (`AIS.0104`, `Ecs.0114`).
pub(crate) fn is_code(v: &str) -> bool {
    let Some((prefix, number)) = v.split_once('.') else {
        return false;
    };
    (1..=20).contains(&prefix.len())
        && prefix.bytes().all(|b| b.is_ascii_alphabetic())
        && (1..=8).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
}

/// The value after a key at `key_end`, if the key is followed by a separator and a value.
/// With `read_message` false, a message's text is not decoded: its value is left empty.
fn value_after(
    text: &str,
    key_end: usize,
    field: Field,
    read_message: bool,
) -> Option<(String, Quoting)> {
    let bytes = text.as_bytes();
    let mut i = key_end;
    // The key's closing quote, plain or escaped.
    let mut key_quote = None;
    if bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'"') {
        key_quote = Some(Quoting::Escaped);
        i += 2;
    } else if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        key_quote = Some(Quoting::Json);
        i += 1;
    }
    while bytes.get(i) == Some(&b' ') {
        i += 1;
    }
    let sep = *bytes.get(i)?;
    if sep != b':' && sep != b'=' {
        return None;
    }
    i += 1;
    if field == Field::Message && !read_message {
        return Some((String::new(), Quoting::Bare));
    }
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let rest = &text[i..];
    if rest.starts_with("\\\"") {
        return quoted(text, i + 2, "\\\"", true).map(|(v, _)| (v, Quoting::Escaped));
    }
    if rest.starts_with('"') {
        return quoted(text, i + 1, "\"", false)
            .map(|(v, _)| (v, key_quote.unwrap_or(Quoting::Json)));
    }
    if rest.starts_with('\'') {
        return quoted(text, i + 1, "'", false).map(|(v, _)| (v, Quoting::Single));
    }
    let quoting = if sep == b'=' {
        Quoting::Equals
    } else {
        key_quote.unwrap_or(Quoting::Bare)
    };
    let end = if field == Field::Message {
        bare_message_end(text, i)
    } else {
        let window = &text[i..floor_char_boundary(text, i + MAX_VALUE)];
        window
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        ',' | ';' | '}' | ']' | ')' | '|' | '&' | '"' | '\'' | '\\'
                    )
            })
            .map_or(i + window.len(), |e| i + e)
    };
    let value = text[i..end.min(i + MAX_VALUE).max(i)].trim_end_matches([' ', ',', '\r']);
    (!value.is_empty()).then(|| (value.to_owned(), quoting))
}

/// Where an unquoted message ends: at the end of its line, at a ` }` closing a Python-style
/// `{…}` (an `error_msg` may itself contain commas, colons and braces), or where the next known
/// key starts (`errorMsg=Bad image requestId=…`).
fn bare_message_end(text: &str, start: usize) -> usize {
    // Only the next MAX_VALUE bytes can hold the value: searching no further keeps a line of
    // many keys linear.
    let window = &text[start..floor_char_boundary(text, start + MAX_VALUE)];
    let line_end = window
        .find('\n')
        .map_or(start + window.len(), |e| start + e);
    let line = &text[start..line_end];
    if let Some(close) = line.rfind(" }") {
        return start + close;
    }
    for (at, key_end, _) in find_keys(line.as_bytes()) {
        let before = line.as_bytes()[..at].last().copied();
        if matches!(before, Some(b' ' | b',' | b';' | b'\t'))
            && value_after(line, key_end, Field::Status, false).is_some()
        {
            return start + at;
        }
    }
    line_end
}

/// Every `key SEP value` pair in the unit, in order.
/// With `read_messages` false, messages are recognised but not decoded (a summary counts codes).
pub(super) fn pairs(text: &str, read_messages: bool) -> Vec<Pair> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (start, end, index) in find_keys(bytes) {
        let (key, field) = KEYS[index];
        let Some((value, quoting)) = value_after(text, end, field, read_messages) else {
            continue;
        };
        let value = value.trim().to_owned();
        // `status` holds a per-item code in OCR results, or an HTTP status anywhere.
        let field = if field == Field::ItemStatus && is_http_status(&value) {
            Field::Status
        } else {
            field
        };
        let keep = match field {
            Field::Code => {
                // A bare `code` must hold a code; `error_code` may hold other services' formats.
                if key.eq_ignore_ascii_case("code") {
                    is_code(&value)
                } else {
                    is_code(&value) || looks_like_code(&value) || is_undotted_code(&value)
                }
            }
            Field::ItemStatus => is_code(&value),
            // A message that is itself a body (`"error_message": "{\"error\": …}"`, a tool's
            // `error message: {…}`) is a wrapper's: the body's own fields are read as pairs.
            Field::Message => {
                (!value.is_empty() || !read_messages) && !value.starts_with(['{', '['])
            }
            Field::Status => is_http_status(&value),
            // Any value, however short (`abc`, `r-evs`), but one token, and not a placeholder.
            Field::RequestId => {
                !value.is_empty()
                    && value.len() <= 128
                    && !value.chars().any(|c| c.is_whitespace() || c.is_control())
                    && !["none", "null", "nil", "undefined", "-"]
                        .iter()
                        .any(|p| value.eq_ignore_ascii_case(p))
            }
        };
        if keep {
            out.push(Pair {
                field,
                value,
                at: start,
                key,
                quoting,
            });
        }
    }
    out
}

/// A number that is a valid HTTP status (100–599).
pub(super) fn is_http_status(v: &str) -> bool {
    v.len() == 3 && v.parse::<u16>().is_ok_and(|s| (100..=599).contains(&s))
}

/// A code spelt without its dot, as people type it (`AIS0104`, `AIS-0104`, `AIS_0104`): only
/// under an error-code key, where nothing else could be meant.
fn is_undotted_code(v: &str) -> bool {
    let letters = v.bytes().take_while(u8::is_ascii_alphabetic).count();
    let rest = v[letters..].trim_start_matches(['-', '_']);
    (2..=20).contains(&letters)
        && (3..=8).contains(&rest.len())
        && rest.bytes().all(|b| b.is_ascii_digit())
}

/// Codes of other formats that an `error_code` key may hold (`SVCSTG.OBS.4030001`-like).
fn looks_like_code(v: &str) -> bool {
    v.len() <= 40
        && v.contains('.')
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The printed shape a report came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// A JSON body (`error_code`/`error_msg`, `code`/`message`, nested `error`), possibly
    /// pretty-printed over several lines.
    Json,
    /// A JSON body escaped inside another JSON string.
    EscapedJson,
    /// The Go SDK's JSON (`error_message`).
    GoSdk,
    /// The Python SDK's `…Exception - {status_code:…,error_msg:… }`.
    PythonSdk,
    /// The Java SDK's multi-line `toString()` block.
    JavaSdk,
    /// The Node.js SDK's `console.log` object with single quotes.
    NodeSdk,
    /// `key=value` pairs in a log line.
    KeyValue,
    /// A bare code-shaped token, the last resort.
    Token,
}

impl Shape {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Json => "json",
            Shape::EscapedJson => "escaped-json",
            Shape::GoSdk => "go-sdk",
            Shape::PythonSdk => "python-sdk",
            Shape::JavaSdk => "java-sdk",
            Shape::NodeSdk => "node-sdk",
            Shape::KeyValue => "key-value",
            Shape::Token => "token",
        }
    }
}

fn shape_of(code: &Pair, pairs: &[Pair]) -> Shape {
    let camel = |p: &Pair| !p.key.contains('_');
    match code.quoting {
        Quoting::Escaped => Shape::EscapedJson,
        Quoting::Json if pairs.iter().any(|p| p.key == "error_message") => Shape::GoSdk,
        Quoting::Json => Shape::Json,
        Quoting::Single => Shape::NodeSdk,
        Quoting::Equals => Shape::KeyValue,
        Quoting::Bare if camel(code) => Shape::JavaSdk,
        Quoting::Bare => Shape::PythonSdk,
    }
}

/// An error report found in a unit, before the HTTP context is applied.
#[derive(Debug, Clone)]
pub(super) struct Report {
    /// Byte offset in the unit where the report starts.
    pub at: usize,
    pub code: String,
    pub message: Option<String>,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    pub shape: Shape,
    /// A per-item status (`status` in an array of results) rather than a response's error.
    pub item: bool,
    /// The key the code came under (empty for a bare token).
    pub key: &'static str,
}

/// Groups a unit's pairs into reports. A field seen twice starts a new report; pairs before the
/// first code belong to it (`{"error_msg": …, "error_code": …}`: keys in any order).
pub(super) fn reports(pairs: Vec<Pair>) -> (Vec<Report>, Vec<Pair>) {
    let groups = group(pairs);
    let mut lent = lend(&groups).into_iter();
    let mut found: Vec<Report> = Vec::new();
    let mut loose = Vec::new();
    for mut group in groups {
        let (lent_status, lent_id) = lent.next().unwrap_or_default();
        let Some(code_at) = group
            .iter()
            .position(|p| matches!(p.field, Field::Code | Field::ItemStatus))
        else {
            loose.append(&mut group);
            continue;
        };
        let at = group
            .iter()
            .map(|p| p.at)
            .min()
            .unwrap_or(group[code_at].at);
        let shape = shape_of(&group[code_at], &group);
        let item = group[code_at].field == Field::ItemStatus;
        let key = group[code_at].key;
        let mut take = |f: Field| {
            group
                .iter_mut()
                .find(|p| p.field == f)
                .map(|p| std::mem::take(&mut p.value))
        };
        let code = take(group_field(item)).unwrap_or_default();
        let report = Report {
            key,
            at,
            code,
            message: take(Field::Message),
            status: take(Field::Status)
                .or(lent_status)
                .and_then(|s| s.parse().ok()),
            request_id: take(Field::RequestId).or(lent_id),
            shape,
            item,
        };
        if let Some(report) = merge_twin(&mut found, report) {
            found.push(report);
        }
    }
    (found, loose)
}

/// Gives a report the status and request id of the unit's pairs that belong to no report.
pub(super) fn lend_loose(report: &mut Report, loose: &[Pair]) {
    for p in loose {
        match p.field {
            Field::Status => report.status = report.status.or(p.value.parse().ok()),
            Field::RequestId => {
                report.request_id.get_or_insert_with(|| p.value.clone());
            }
            _ => {}
        }
    }
}

/// The pairs cut into groups: a field seen twice starts a new group.
fn group(pairs: Vec<Pair>) -> Vec<Vec<Pair>> {
    let same = |a: Field, b: Field| {
        let norm = |f: Field| {
            if f == Field::ItemStatus {
                Field::Code
            } else {
                f
            }
        };
        norm(a) == norm(b)
    };
    let mut groups: Vec<Vec<Pair>> = vec![Vec::new()];
    for p in pairs {
        let current = groups.last_mut().expect("never empty");
        if current.iter().any(|q| same(q.field, p.field)) {
            groups.push(vec![p]);
        } else {
            current.push(p);
        }
    }
    groups
}

/// What each group borrows: a group without a code (an SDK's or tool's wrapper around the
/// service's error: its status and request id, an empty or numeric `error_code`, the error as
/// text in its message) lends its status and request id to the nearest report, the next first.
fn lend(groups: &[Vec<Pair>]) -> Vec<(Option<String>, Option<String>)> {
    let has_code = |g: &[Pair]| {
        g.iter()
            .any(|p| matches!(p.field, Field::Code | Field::ItemStatus))
    };
    let coded: Vec<usize> = (0..groups.len())
        .filter(|&i| has_code(&groups[i]))
        .collect();
    let mut lent: Vec<(Option<String>, Option<String>)> = vec![(None, None); groups.len()];
    for i in (0..groups.len()).filter(|&i| !has_code(&groups[i])) {
        // `coded` is sorted: the first report after the group, else the last before it.
        let next = coded.partition_point(|&c| c < i);
        let Some(&to) = coded
            .get(next)
            .or_else(|| next.checked_sub(1).map(|p| &coded[p]))
        else {
            continue;
        };
        let value = |f: Field| {
            groups[i]
                .iter()
                .find(|p| p.field == f)
                .map(|p| p.value.clone())
        };
        let l = &mut lent[to];
        if l.0.is_none() {
            l.0 = value(Field::Status);
        }
        if l.1.is_none() {
            l.1 = value(Field::RequestId);
        }
    }
    lent
}

/// Folds a report into the one it restates, if any; returns it when it stands on its own.
/// One error restated under another key right after (an OpenAI-compatible body's `error.code`
/// and `error_code`) is one report; so is one response's error printed twice in an event (a tool
/// logging its description and its message, each holding the same body: the request id says so).
fn merge_twin(found: &mut [Report], report: Report) -> Option<Report> {
    if let Some(last) = found.last_mut().filter(|r| {
        r.code == report.code
            && r.key != report.key
            && !r.item
            && (r.request_id.is_none()
                || report.request_id.is_none()
                || r.request_id == report.request_id)
    }) {
        last.status = last.status.or(report.status);
        last.request_id = last.request_id.take().or(report.request_id);
        if last.message.as_deref().is_none_or(|m| m.contains('{')) && report.message.is_some() {
            last.message = report.message;
        }
        return None;
    }
    if report.request_id.is_none() {
        return Some(report);
    }
    // Looked for among the last few only: twins stand side by side, and a unit of many reports
    // stays linear.
    let recent = found.len().saturating_sub(8);
    match found[recent..].iter_mut().find(|r| {
        r.code == report.code && r.item == report.item && r.request_id == report.request_id
    }) {
        Some(r) => {
            r.status = r.status.or(report.status);
            if r.message.is_none() {
                r.message = report.message;
            }
            None
        }
        None => Some(report),
    }
}

/// The words that state a status in prose, with what they are: 0 a status word, 4 `HTTP` (a
/// version may follow), 5 `状态码` (a colon may be full-width).
const PROSE_WORDS: &[(&str, usize)] = &[
    ("status code", 0),
    ("Status code", 0),
    ("Status Code", 0),
    ("STATUS CODE", 0),
    ("status", 0),
    ("Status", 0),
    ("STATUS", 0),
    ("response code", 0),
    ("Response code", 0),
    ("Response Code", 0),
    ("ResponseCode", 0),
    ("responseCode", 0),
    ("http", 4),
    ("Http", 4),
    ("HTTP", 4),
    ("状态码", 5),
];

/// An HTTP status stated in prose around a report: `status code 429`, `HTTP 400`, `HTTP/1.1 400`,
/// `状态码: 401`, `Response Code: 403`, or a status standing right before a body (`401 {…}`,
/// `429: {…}`). The first one found.
pub(super) fn prose_status(text: &[u8]) -> Option<u16> {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        // Spelt out in the cases people write, rather than matched ignoring case: a handful of
        // exact patterns is searched with SIMD.
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(PROSE_WORDS.iter().map(|(w, _)| w))
            .expect("the words are valid patterns")
    });
    let text = &text[..text.len().min(64 << 10)];
    let digits_at = |at: usize| -> Option<u16> {
        let d = text.get(at..at + 3)?;
        let bounded = !text.get(at + 3).is_some_and(u8::is_ascii_digit);
        let s = std::str::from_utf8(d).ok()?;
        (bounded && is_http_status(s))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut best: Option<(usize, u16)> = None;
    for m in words.find_iter(text) {
        let (start, pattern) = (m.start(), PROSE_WORDS[m.pattern().as_usize()].1);
        // A word of its own: `status`, not `statuses` or `httpStatus` (keys are read as keys).
        if start > 0 && text[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut i = m.end();
        // `HTTP/1.1 400`: skip the version.
        if pattern == 4 && text.get(i) == Some(&b'/') {
            i += 1;
            while text
                .get(i)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'.')
            {
                i += 1;
            }
        }
        let sep_start = i;
        while i < text.len() && i - sep_start < 8 {
            match text[i] {
                b' ' | b':' | b'=' | b'\t' | b'(' => i += 1,
                // `：` (full-width colon) after 状态码.
                0xEF if text.get(i + 1..i + 3) == Some(&[0xBC, 0x9A]) => i += 3,
                b'i' | b'I' if text.get(i + 1..i + 3) == Some(b"s ") => i += 3,
                _ => break,
            }
        }
        if i == sep_start && pattern != 5 {
            continue;
        }
        if let Some(status) = digits_at(i) {
            best = Some((start, status));
            break;
        }
    }
    // `401 {…}` and `429: {…}`: a status right before a body.
    for brace in memchr::memchr_iter(b'{', text) {
        if best.is_some_and(|(at, _)| at < brace) {
            break;
        }
        let before = &text[..brace];
        let trimmed = before.trim_ascii_end();
        // `401 {`, `429: {`, `404, {`, `429 - {`, `413 + {`.
        let trimmed = trimmed
            .strip_suffix(b":")
            .or_else(|| trimmed.strip_suffix(b","))
            .or_else(|| trimmed.strip_suffix(b"-"))
            .or_else(|| trimmed.strip_suffix(b"+"))
            .unwrap_or(trimmed)
            .trim_ascii_end();
        if trimmed.len() < 3 || trimmed.len() == before.len() {
            continue;
        }
        let at = trimmed.len() - 3;
        if at > 0 && text[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        if let Some(status) = digits_at(at) {
            if best.is_none_or(|(b, _)| at < b) {
                best = Some((at, status));
            }
            break;
        }
    }
    best.map(|(_, s)| s)
}

/// The field that holds a report's code.
fn group_field(item: bool) -> Field {
    if item { Field::ItemStatus } else { Field::Code }
}

/// How far back from a code the start of its JSON object is looked for (an error object's fields
/// sit close together), and the largest object read for its other fields. Both bounds keep many
/// reports inside one huge object from each re-reading all of it.
const MAX_OBJECT_BACK: usize = 4 << 10;
const MAX_OBJECT: usize = 64 << 10;
/// The most other fields kept, and the longest value kept of each.
const MAX_EXTRA: usize = 16;
const MAX_EXTRA_VALUE: usize = 200;

/// The fields of the JSON object around byte `at` that are not among the keys read anyway: the
/// `{` that opens it is found by counting braces back from `at`, then the object is parsed.
/// Empty when there is no well-formed object there.
pub(super) fn other_fields(text: &str, at: usize) -> Vec<(String, String)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let lowest = at.saturating_sub(MAX_OBJECT_BACK);
    let Some(open) = (lowest..at.min(bytes.len()))
        .rev()
        .find(|&i| match bytes[i] {
            b'}' => {
                depth += 1;
                false
            }
            b'{' if depth == 0 => true,
            b'{' => {
                depth -= 1;
                false
            }
            _ => false,
        })
    else {
        return Vec::new();
    };
    let object_text = &text[open..floor_char_boundary(text, open + MAX_OBJECT)];
    let mut objects = serde_json::Deserializer::from_str(object_text)
        .into_iter::<serde_json::Map<String, serde_json::Value>>();
    let Some(Ok(object)) = objects.next() else {
        return Vec::new();
    };
    object
        .into_iter()
        .filter(|(k, _)| !KEYS.iter().any(|(key, _)| key == k))
        .take(MAX_EXTRA)
        .map(|(k, v)| {
            let mut v = match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            if v.len() > MAX_EXTRA_VALUE {
                let cut = (0..=MAX_EXTRA_VALUE)
                    .rev()
                    .find(|&i| v.is_char_boundary(i))
                    .unwrap_or(0);
                v.truncate(cut);
                v.push('…');
            }
            (k, v)
        })
        .collect()
}

/// Keys whose string values are recognised text (an OCR result), not error reports.
const CONTENT_KEYS: &[&[u8]] = &[b"words", b"word", b"text", b"value", b"content", b"result"];

/// Words that, before a `CODE:`, say an error code follows.
const ERROR_WORDS: &[&str] = &["error", "fail", "exception", "code", "错误", "失败", "异常"];

/// Bare code-shaped tokens (`AIS.0104`, `ModelArts.4204`, `Ecs.0114`): the last resort for a unit
/// without any keyed report. A token is taken for an error code only when its prefix is a known
/// service prefix (`prefixes`, case as the service spells it), or where a code stands: in
/// brackets (`[XYZ.1234]`), or as `XYZ.1234:` after an error word. It is not taken inside the
/// recognised text of an OCR result (`"words": "…"`), nor where source code compares it
/// (`"AIS.0101".equals(code)`, `case 'AIS.0103':`, `code == "AIS.0103"`). Works on bytes, so a
/// unit without keys is never decoded.
pub(super) fn tokens(bytes: &[u8], prefixes: &[&str]) -> Vec<Report> {
    let mut out = Vec::new();
    for dot in memchr::memchr_iter(b'.', bytes) {
        let digits = bytes[dot + 1..]
            .iter()
            .take(9)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = dot + 1 + digits;
        // Four digits; more (`ModelArts.81003`) only for a known prefix, and never a leading 0.
        let long_ok = digits > 4 && bytes[dot + 1] != b'0';
        if !(digits == 4 || long_ok && digits <= 8)
            || bytes
                .get(end)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
        {
            continue;
        }
        // The prefix: letters and underscores, and dotted segments of them (`SVCSTG.SWR`).
        let mut start = dot;
        while start > 0 && (bytes[start - 1].is_ascii_alphabetic() || bytes[start - 1] == b'_')
            || start > 1 && bytes[start - 1] == b'.' && bytes[start - 2].is_ascii_alphabetic()
        {
            start -= 1;
        }
        let prefix = &bytes[start..dot];
        if !(2..=24).contains(&prefix.len())
            || !prefix[0].is_ascii_alphabetic()
            || start > 0
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || matches!(bytes[start - 1], b'_' | b'/' | b'-' | b'$' | b'@'))
        {
            continue;
        }
        let known = prefixes.iter().any(|p| p.as_bytes() == prefix);
        if digits > 4 && !known || in_url(bytes, start) || in_question(bytes, end) {
            continue;
        }
        let bracketed = start > 0 && bytes[start - 1] == b'[' && bytes.get(end) == Some(&b']');
        let labelled = digits == 4 && follows_error_word(bytes, start, end);
        if !(known || bracketed || labelled)
            || in_content(bytes, start)
            || compared_in_code(bytes, start, end)
        {
            continue;
        }
        out.push(Report {
            at: start,
            // ASCII letters, dots, underscores and digits.
            code: String::from_utf8_lossy(&bytes[start..end]).into_owned(),
            message: None,
            status: None,
            request_id: None,
            shape: Shape::Token,
            item: false,
            key: "",
        });
    }
    out
}

/// Whether the token at `start` is part of a URL (`…/errorcenter?keyword=Ecs.0114&…`): the link
/// repeats a code reported elsewhere.
fn in_url(bytes: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(512);
    let word_start = bytes[from..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'\'' | b'"' | b'(' | b'<'))
        .map_or(from, |i| from + i + 1);
    bytes[word_start..start].windows(3).any(|w| w == b"://")
}

/// Whether the token stands in a question (`How Do I Handle the Error ModelArts.4603?`): a
/// document talking about a code, not a report of one.
fn in_question(bytes: &[u8], end: usize) -> bool {
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i);
    let rest = bytes[end..line_end].trim_ascii_end();
    rest.ends_with(b"?") || rest.ends_with("？".as_bytes())
}

/// `… error: XYZ.1234: message` — a code-shaped token right after an error word and followed by
/// a colon.
fn follows_error_word(bytes: &[u8], start: usize, end: usize) -> bool {
    let after = bytes.get(end..).unwrap_or_default();
    let after = after.strip_prefix(b" ").unwrap_or(after);
    if !after.starts_with(b":") && !after.starts_with(b" -") {
        return false;
    }
    let before = String::from_utf8_lossy(&bytes[start.saturating_sub(48)..start]).to_lowercase();
    ERROR_WORDS.iter().any(|w| before.contains(w))
}

/// Whether the token at `start` lies in the string value of a key of recognised text
/// (`"words": "… AIS.0104 …"`).
fn in_content(bytes: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(256);
    let Some(open) = memchr::memrchr(b'"', &bytes[from..start]).map(|i| from + i) else {
        return false;
    };
    let before = bytes[..open].trim_ascii_end();
    let Some(before) = before.strip_suffix(b":") else {
        return false;
    };
    let before = before.trim_ascii_end();
    let Some(key_end) = before.strip_suffix(b"\"") else {
        return false;
    };
    CONTENT_KEYS.iter().any(|k| key_end.ends_with(k))
}

/// Whether the token is a quoted literal that source code compares or lists:
/// `"AIS.0101".equals(code)`, `case 'AIS.0103':`, `code == "AIS.0103"`, `in ("APIG.0308", …)`.
fn compared_in_code(bytes: &[u8], start: usize, end: usize) -> bool {
    let Some(quote @ (b'"' | b'\'')) = start.checked_sub(1).map(|i| bytes[i]) else {
        return false;
    };
    if bytes.get(end) != Some(&quote) {
        return false;
    }
    let before = bytes[..start - 1].trim_ascii_end();
    let after = &bytes[end + 1..];
    let word_before = |w: &[u8]| {
        before.ends_with(w)
            && before
                .len()
                .checked_sub(w.len() + 1)
                .is_none_or(|i| !before[i].is_ascii_alphanumeric())
    };
    word_before(b"case")
        || [b"==".as_slice(), b"!=", b"(", b"[", b"{", b","]
            .iter()
            .any(|w| before.ends_with(w))
        || after.starts_with(b".equals")
        || after.trim_ascii_start().starts_with(b")")
        || after.starts_with(b":")
            && after[1..]
                .trim_ascii_start()
                .first()
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'"')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Report {
        let (r, _) = reports(pairs(text, true));
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        r.into_iter().next().unwrap()
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
    fn unknown_prefixes_need_the_place_of_a_code() {
        assert!(token_codes("Pool.0302 active=3, Backoff.1000 ms, build ID.5678").is_empty());
        assert_eq!(token_codes("failed [XYZ.1234] retrying"), ["XYZ.1234"]);
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
