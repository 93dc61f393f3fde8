//! Keys and values: where the keys the scanner cares about stand in a unit (found back from the
//! separators), and the value after each — a JSON string, an escaped JSON string inside another string, a
//! single-quoted Node string, or a bare token.

use super::strings::quoted;

/// What a key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::scan) enum Field {
    /// `error_code`, `errorCode`, `ErrorCode`, and `code` when its value is code-shaped.
    Code,
    /// `status` holding a code: the per-item status inside a 200 response. (A `status` holding
    /// a number is an HTTP status.)
    ItemStatus,
    /// `error_msg`, `errorMsg`, `ErrorMsg` (.NET), `error_message`, `ErrorMessage`, `message`.
    Message,
    /// `status_code`, `httpStatusCode`, `http_status`, `statusCode`.
    Status,
    /// `request_id`, `requestId`, the `X-Request-Id` header.
    RequestId,
}

/// The keys, as the SDKs, the APIs and loggers spell them, with what they hold. Matched
/// case-sensitively, which lets the matcher skip ahead with SIMD through the text between keys;
/// the `X-Request-Id` response header, which may come in any case, is read by the scanner itself.
pub(super) const KEYS: &[(&str, Field)] = &[
    ("error_code", Field::Code),
    ("errorCode", Field::Code),
    ("ErrorCode", Field::Code),
    ("errCode", Field::Code),
    // IAM's answers in some regions: `{"errorcode":["1115"]}`.
    ("errorcode", Field::Code),
    ("err_code", Field::Code),
    ("code", Field::Code),
    ("Code", Field::Code),
    ("status", Field::ItemStatus),
    ("Status", Field::ItemStatus),
    ("error_msg", Field::Message),
    ("errorMsg", Field::Message),
    ("ErrorMsg", Field::Message),
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
    // OBS's Java SDK: `ObsException: … ResponseCode: 404, ResponseStatus: Not Found, RequestId: …`.
    ("ResponseCode", Field::Status),
    // OBS's Python clients' dump of a failed call (`stat:403`, `errorCode:AccessDenied`, a field
    // a line).
    ("stat", Field::Status),
    ("request_id", Field::RequestId),
    ("requestId", Field::RequestId),
    ("RequestId", Field::RequestId),
    ("requestID", Field::RequestId),
    ("x-request-id", Field::RequestId),
    ("X-Request-Id", Field::RequestId),
    // OBS's, and the S3 name for it that S3 tools print when they talk to OBS.
    ("x-obs-request-id", Field::RequestId),
    ("x-amz-request-id", Field::RequestId),
];

/// Every known key standing alone in `text` and followed by a separator (`key: `, `"key":`,
/// `\\"key\\":`, `key=`), in order: (start, end, index into [`KEYS`]).
///
/// Found from the separators back: a `:` or `=` (one SIMD pass for both), the spaces and the
/// closing quote before it, then the word before those. A unit holds a few separators and many
/// more letters, so this reads far less than searching the text for every key.
fn find_keys(text: &[u8]) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    crate::scan::marks::positions2(text, b':', b'=').filter_map(move |sep| key_before(text, sep))
}

/// The known key that the separator at `sep` follows, if any.
fn key_before(text: &[u8], sep: usize) -> Option<(usize, usize, usize)> {
    let mut end = sep;
    while end > 0 && text[end - 1] == b' ' {
        end -= 1;
    }
    // The key's closing quote: `"`, `'`, or `\"` inside a JSON string.
    match text[..end] {
        [.., b'\\', b'"'] => end -= 2,
        [.., b'"' | b'\''] => end -= 1,
        _ => {}
    }
    // Most separators follow no key (`12:41:03`, `https://`): the word's last letter tells.
    if end == 0 || !ENDS_A_KEY[usize::from(text[end - 1])] {
        return None;
    }
    // No key is longer than LONGEST_KEY: a longer word is not read to its start.
    let mut start = end;
    while start > 0 && is_key_char(text[start - 1]) {
        if end - start > LONGEST_KEY {
            return None;
        }
        start -= 1;
    }
    if let Some(index) = key_index(&text[start..end]) {
        return Some((start, end, index));
    }
    if start == 0 || text[start - 1] != b'-' {
        return None;
    }
    // The keys with hyphens (`x-request-id`, `x-obs-request-id`): the longest that ends here and
    // starts a word (after a hyphen or what is not part of a key).
    let mut from = start;
    while from > 0
        && end - from <= LONGEST_KEY
        && (is_key_char(text[from - 1]) || text[from - 1] == b'-')
    {
        from -= 1;
    }
    (from..start)
        .filter(|&p| p == from || text[p - 1] == b'-')
        .find_map(|p| key_index(&text[p..end]).map(|index| (p, end, index)))
}

/// The bytes some key ends with.
const ENDS_A_KEY: [bool; 256] = {
    let mut ends = [false; 256];
    let mut i = 0;
    while i < KEYS.len() {
        let key = KEYS[i].0.as_bytes();
        ends[key[key.len() - 1] as usize] = true;
        i += 1;
    }
    ends
};

/// The length of the longest key.
const LONGEST_KEY: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < KEYS.len() {
        if KEYS[i].0.len() > longest {
            longest = KEYS[i].0.len();
        }
        i += 1;
    }
    longest
};

/// The keys of each length, as indices into [`KEYS`] (`u8::MAX` after the last).
const BY_LENGTH: [[u8; 8]; LONGEST_KEY + 1] = {
    let mut table = [[u8::MAX; 8]; LONGEST_KEY + 1];
    let mut i = 0;
    while i < KEYS.len() {
        let len = KEYS[i].0.len();
        let mut slot = 0;
        while table[len][slot] != u8::MAX {
            slot += 1;
        }
        table[len][slot] = i as u8;
        i += 1;
    }
    table
};

/// Which of [`KEYS`] a word is.
pub(super) fn key_index(word: &[u8]) -> Option<usize> {
    BY_LENGTH
        .get(word.len())?
        .iter()
        .take_while(|&&i| i != u8::MAX)
        .map(|&i| usize::from(i))
        .find(|&i| {
            let key = KEYS[i].0.as_bytes();
            // The first letters differ for most candidates: compared before the whole word.
            key[0] == word[0] && key[key.len() - 1] == word[word.len() - 1] && key == word
        })
}

/// How a value was written, which tells the shape of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quoting {
    /// `"key": "value"`.
    Json,
    /// `\"key\":\"value\"`, JSON inside a JSON string.
    Escaped,
    /// `'value'` (Node's `console.log`).
    Single,
    /// `'key': 'value'` (Python's repr of a dict).
    Python,
    /// `key=value`.
    Equals,
    /// `key: value` or `key:value` without quotes (Python's and Java's exception text).
    Bare,
}

/// One `key SEP value` pair.
#[derive(Debug, Clone)]
pub(in crate::scan) struct Pair {
    pub field: Field,
    pub value: String,
    /// Byte offset of the key in the unit.
    pub at: usize,
    pub(super) key: &'static str,
    pub(super) quoting: Quoting,
}

impl Pair {
    /// A status the text states outside the unit (a heading's `Status code: 404`, the Terraform
    /// provider's `… Response Code: 404` logged above the body), as one of the unit's fields.
    pub(in crate::scan) fn stated_status(status: u16) -> Pair {
        Pair {
            field: Field::Status,
            value: status.to_string(),
            at: 0,
            key: "",
            quoting: Quoting::Json,
        }
    }
}

/// The most bytes a value may take; longer ones are cut (an `error_msg` is a sentence).
pub(super) const MAX_VALUE: usize = 4096;

fn is_key_char(b: u8) -> bool {
    KEY_CHAR[usize::from(b)]
}

/// ASCII letters, digits and `_`.
const KEY_CHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// The largest character boundary of `text` at or before `at` (`at` past the end: the end).
pub(in crate::scan) fn floor_char_boundary(text: &str, at: usize) -> usize {
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
    // Some services' prefixes are long CamelCase names (40 letters and more).
    (1..=64).contains(&prefix.len())
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
    // A code given as a list of one (`"errorcode":["1115"]`): its first.
    if field == Field::Code && rest.starts_with("[\"") {
        return quoted(text, i + 2, "\"", false)
            .map(|(v, _)| (v, key_quote.unwrap_or(Quoting::Json)));
    }
    if rest.starts_with('\'') {
        // A quoted key before it: Python's repr of a dict, not Node's object.
        let quoting = if bytes[key_end] == b'\'' {
            Quoting::Python
        } else {
            Quoting::Single
        };
        return quoted(text, i + 1, "'", false).map(|(v, _)| (v, quoting));
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
        value_end(window).map_or(i + window.len(), |e| i + e)
    };
    let value = text[i..end.min(i + MAX_VALUE).max(i)].trim_end_matches([' ', ',', '\r']);
    (!value.is_empty()).then(|| (value.to_owned(), quoting))
}

/// Where a bare value ends in `window`: at whitespace or the punctuation that closes or follows
/// a value. ASCII bytes are looked up; only a non-ASCII character is decoded (Unicode spaces
/// such as U+3000 end a value too).
fn value_end(window: &str) -> Option<usize> {
    const ENDS: [bool; 256] = crate::scan::lines::byte_set(b" \t\n\x0b\x0c\r,;}])|&\"'\\");
    let bytes = window.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if ENDS[usize::from(b)] {
                return Some(at);
            }
            at += 1;
        } else {
            let c = window[at..].chars().next()?;
            if c.is_whitespace() {
                return Some(at);
            }
            at += c.len_utf8();
        }
    }
    None
}

/// The Python SDK's field after the message in its exceptions' text.
const AFTER_MESSAGE: &str = ",encoded_authorization_message:";

/// Where an unquoted message ends: at the end of its line, where the Python SDK's next field
/// starts or at a ` }` closing its `{…}` (an `error_msg` may itself contain commas, colons and
/// braces), or where the next known key starts (`errorMsg=Bad image requestId=…`).
fn bare_message_end(text: &str, start: usize) -> usize {
    // Only the next MAX_VALUE bytes can hold the value: searching no further keeps a line of
    // many keys linear.
    let window = &text[start..floor_char_boundary(text, start + MAX_VALUE)];
    let line_end = window
        .find('\n')
        .map_or(start + window.len(), |e| start + e);
    let line = &text[start..line_end];
    // The Python SDK prints the field it adds after the message (`…,error_msg:MESSAGE,
    // encoded_authorization_message:None }`); the message ends there.
    // memchr's searchers: a `str` pattern builds a searcher of its own on every call.
    if let Some(next) = memchr::memmem::find(line.as_bytes(), AFTER_MESSAGE.as_bytes()) {
        return start + next;
    }
    if let Some(close) = memchr::memmem::rfind(line.as_bytes(), b" }") {
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
    // Closing braces at its end that the message does not open close the objects around it
    // (Go's `&{… ErrorMessage:The input parameter is invalid.}`).
    let mut message = line.trim_end();
    let count = |b: u8, text: &str| memchr::memchr_iter(b, text.as_bytes()).count();
    let mut extra = count(b'}', message).saturating_sub(count(b'{', message));
    while extra > 0
        && let Some(inner) = message.strip_suffix('}')
    {
        message = inner.trim_end();
        extra -= 1;
    }
    start + message.len()
}

/// Every `key SEP value` pair in the unit, in order.
/// With `read_messages` false, messages are recognised but not decoded (a summary counts codes).
pub(in crate::scan) fn pairs(text: &str, read_messages: bool) -> Vec<Pair> {
    // An error object has a handful of fields: room for them at once.
    let mut out = Vec::with_capacity(8);
    pairs_into(text, read_messages, &mut out);
    out
}

/// [`pairs`], appended to `out`, so that a scanner reuses one vector for every unit.
pub(in crate::scan) fn pairs_into(text: &str, read_messages: bool, out: &mut Vec<Pair>) {
    let bytes = text.as_bytes();
    for (start, end, index) in find_keys(bytes) {
        let (key, field) = KEYS[index];
        let Some((value, quoting)) = value_after(text, end, field, read_messages) else {
            continue;
        };
        // Trimmed without a copy when there is nothing to trim (the usual case), told by its
        // first and last bytes when both are ASCII and no space.
        let graphic = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
        let value = if graphic(value.as_bytes().first()) && graphic(value.as_bytes().last()) {
            value
        } else {
            match value.trim() {
                trimmed if trimmed.len() == value.len() => value,
                trimmed => trimmed.to_owned(),
            }
        };
        // `status` holds a per-item code in OCR results, or an HTTP status anywhere.
        // A code key holding a failing HTTP status is the status: Keystone's
        // `{"error":{"code":401,…}}`, the Python SDK's `error_code:413` for a body without a code.
        let failing = || is_http_status(&value) && value.as_bytes()[0] >= b'4';
        let field = match field {
            Field::ItemStatus if is_http_status(&value) => Field::Status,
            Field::Code if failing() => Field::Status,
            other => other,
        };
        let keep = match field {
            Field::Code => {
                // A bare `code` must hold a code; `error_code` may hold other services' formats.
                // OBS names its codes (`NoSuchKey`, `Code=SignatureDoesNotMatch`), the container
                // registry spells them in capitals in its `"errors"` list (`DENIED`), and some
                // services number them (`"error_code":"0415"`): whether such a code is Huawei
                // Cloud's is the gate's to decide, by what is near it.
                is_code(&value)
                    || is_named_code(&value)
                    || is_lettered_code(&value)
                    || is_registry_code(&value)
                        && memchr::memmem::find(bytes, b"\"errors\"").is_some()
                    || !key.eq_ignore_ascii_case("code")
                        && (looks_like_code(&value)
                            || is_undotted_code(&value)
                            || is_numbered_code(&value))
            }
            Field::ItemStatus => is_code(&value),
            // A message that is itself a body (`"error_message": "{\"error\": …}"`, a tool's
            // `error message: {…}`), or opens one where an inner quote ended it (an XML
            // attribute's `message="Error: {"error_code": …}"` once its `&quot;` are decoded), is
            // a wrapper's: the body's own fields are read as pairs.
            Field::Message => {
                (!value.is_empty() || !read_messages)
                    && !value.starts_with(['{', '['])
                    && !value.ends_with(['{', '['])
            }
            Field::Status => is_http_status(&value),
            // Any value, however short (`abc`, `r-evs`), but one token, and not a placeholder.
            Field::RequestId => {
                !value.is_empty()
                    && value.len() <= 128
                    && !value.chars().any(|c| c.is_whitespace() || c.is_control())
                    && !crate::scan::lines::is_placeholder(&value)
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
}

/// A code that is a name in CamelCase, as OBS's are (`NoSuchKey`, `AccessDenied`,
/// `RequestTimeTooSkewed`): two capitalised words at least, letters and digits only.
fn is_named_code(v: &str) -> bool {
    let bytes = v.as_bytes();
    (5..=48).contains(&bytes.len())
        && bytes[0].is_ascii_uppercase()
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes.iter().any(u8::is_ascii_lowercase)
        && bytes[1..]
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// A code of one capital letter and six digits, as the message service (SMS) numbers its
/// answers' codes (`E000510`, `E200028`).
fn is_lettered_code(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 7 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
}

/// A container registry's code (`DENIED`, `UNAUTHORIZED`, `NAME_UNKNOWN`): capitals and
/// underscores.
fn is_registry_code(v: &str) -> bool {
    (4..=32).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
}

/// A code that is a number of four to eight digits under an error-code key (`"0415"`), not an
/// HTTP status and not zero (success).
fn is_numbered_code(v: &str) -> bool {
    (4..=8).contains(&v.len())
        && v.bytes().all(|b| b.is_ascii_digit())
        && v.bytes().any(|b| b != b'0')
}

/// A number that is a valid HTTP status (100–599).
pub(in crate::scan) fn is_http_status(v: &str) -> bool {
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
    v.len() <= 72
        && v.contains('.')
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The keys as a search for every key finds them, kept where a separator follows.
    fn keys_by_search(text: &[u8]) -> Vec<(usize, usize, usize)> {
        let keys = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(KEYS.iter().map(|(k, _)| k))
            .unwrap();
        keys.find_iter(text)
            .filter(|m| {
                let (start, end) = (m.start(), m.end());
                !(start > 0 && is_key_char(text[start - 1])
                    || text.get(end).is_some_and(|&b| is_key_char(b)))
            })
            .filter(|m| {
                let mut i = m.end();
                if text[i..].starts_with(b"\\\"") {
                    i += 2;
                } else if matches!(text.get(i), Some(b'"' | b'\'')) {
                    i += 1;
                }
                while text.get(i) == Some(&b' ') {
                    i += 1;
                }
                matches!(text.get(i), Some(b':' | b'='))
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    proptest! {
        #[test]
        fn a_bare_value_ends_where_a_char_search_ends_it(text in "[a-z0-9 ,;}\\])|&\"'\\\\\t\u{3000}\u{a0}é\u{85}\u{1c}]{0,40}") {
            let by_chars = text.find(|c: char| {
                c.is_whitespace()
                    || matches!(c, ',' | ';' | '}' | ']' | ')' | '|' | '&' | '"' | '\'' | '\\')
            });
            prop_assert_eq!(value_end(&text), by_chars);
        }

        #[test]
        fn keys_found_from_separators_are_the_keys_a_search_finds(
            parts in proptest::collection::vec(prop_oneof![
                proptest::sample::select(KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>()),
                proptest::sample::select(vec![
                    "\"", "'", "\\", " ", ":", "=", "-", "_", "a", "Z", "9", "x-", "{", ",", "é",
                    "request", "Id", "code",
                ]),
            ], 0..24)
        ) {
            let text = parts.concat();
            let found: Vec<_> = find_keys(text.as_bytes()).collect();
            prop_assert_eq!(found, keys_by_search(text.as_bytes()), "{}", text);
        }
    }
}
