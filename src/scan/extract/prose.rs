//! An HTTP status stated in prose around a report rather than in a field.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::pairs::is_http_status;

/// The words that state a status in prose, with what they are: 0 a status word, 4 `HTTP` (a
/// version may follow), 5 `状态码` (a colon may be full-width), 6 Feign's `] during [` (after
/// the status in brackets), 7 Guzzle's `resulted in a` (PHP: `` resulted in a `400 Bad
/// Request` response: ``, the status after the backtick, which a unit holds as a space), 8 a
/// verb a failing status follows (`but got 409`, `returned 400`), 9 a status's reason
/// phrase, the status before it (`400 Bad Request`, `403 Forbidden`, wherever they stand).
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
    // Feign's `[400] during [POST] to […]`: the status is before the word.
    ("] during [", 6),
    ("resulted in a ", 7),
    // `Expected HTTP response code [200] … but got 409 instead` (a plain `got 404` is running
    // text more often than not).
    ("but got ", 8),
    ("returned ", 8),
    ("responded with ", 8),
    (" Bad Request", 9),
    (" Unauthorized", 9),
    (" Forbidden", 9),
    (" Not Found", 9),
    (" Method Not Allowed", 9),
    (" Request Timeout", 9),
    (" Conflict", 9),
    (" Payload Too Large", 9),
    (" Request Entity Too Large", 9),
    (" Too Many Requests", 9),
    (" Internal Server Error", 9),
    (" Bad Gateway", 9),
    (" Service Unavailable", 9),
    (" Gateway Timeout", 9),
];

/// A failing status (4xx, 5xx) standing alone at `at`.
fn failing_at(text: &[u8], at: usize) -> Option<u16> {
    let alone = at == 0 || !text[at - 1].is_ascii_alphanumeric();
    digits_at(text, at).filter(|s| alone && *s >= 400)
}

/// An HTTP status stated in prose around a report: `status code 429`, `HTTP 400`, `HTTP/1.1 400`,
/// `状态码: 401`, `Response Code: 403`, or a status standing right before a body (`401 {…}`,
/// `429: {…}`). The first one found.
pub(in crate::scan) fn prose_status(text: &[u8]) -> Option<u16> {
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
    let digits_at = |at: usize| digits_at(text, at);
    let mut best: Option<(usize, u16)> = None;
    for m in words.find_iter(text) {
        let (start, pattern) = (m.start(), PROSE_WORDS[m.pattern().as_usize()].1);
        if pattern == 8 {
            let alone = start == 0 || !text[start - 1].is_ascii_alphanumeric();
            if let Some(status) = failing_at(text, m.end()).filter(|_| alone) {
                best = Some((start, status));
                break;
            }
            continue;
        }
        if pattern == 9 {
            if let Some(status) = start.checked_sub(3).and_then(|at| failing_at(text, at)) {
                best = Some((start - 3, status));
                break;
            }
            continue;
        }
        if pattern == 7 {
            let at = m.end() + usize::from(matches!(text.get(m.end()), Some(b'`' | b' ')));
            if let Some(status) = digits_at(at) {
                best = Some((start, status));
                break;
            }
            continue;
        }
        if pattern == 6 {
            if start >= 4
                && text[start - 4] == b'['
                && let Some(status) = digits_at(start - 3)
            {
                best = Some((start - 3, status));
                break;
            }
            continue;
        }
        // A word of its own: `status`, not `statuses` or `httpStatus` (keys are read as keys).
        // Chinese has no spaces between words: `HTTP状态码` is a word of its own.
        if pattern != 5 && start > 0 && text[start - 1].is_ascii_alphanumeric() {
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
    if let Some(before_body) = status_before_body(text, best.map(|(at, _)| at)) {
        best = Some(before_body);
    }
    best.map(|(_, s)| s)
}

/// `401 {…}`, `429: {…}`, `[401][{…}]`: a status right before a body, where it stands before
/// `found_at` (a status the prose states first wins).
fn status_before_body(text: &[u8], found_at: Option<usize>) -> Option<(usize, u16)> {
    for brace in memchr::memchr_iter(b'{', text) {
        if found_at.is_some_and(|at| at < brace) {
            break;
        }
        let before = &text[..brace];
        let trimmed = before.trim_ascii_end();
        // Spring's `400 Bad Request: "{…}"` quotes the body after the status's reason.
        let trimmed = match trimmed.strip_suffix(b"\"") {
            Some(quoted) => reason_stripped(quoted.trim_ascii_end()),
            None => trimmed,
        };
        // `[401][{…}]`: the status in brackets before a bracketed body (Harbor's log).
        let trimmed = match trimmed.strip_suffix(b"[") {
            Some(rest) => rest.trim_ascii_end().strip_suffix(b"]").unwrap_or(rest),
            None => trimmed,
        };
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
        if let Some(status) = digits_at(text, at) {
            return found_at.is_none_or(|b| at < b).then_some((at, status));
        }
    }
    None
}

/// The status the three digits at `at` make, if they are one and no digit follows them.
fn digits_at(text: &[u8], at: usize) -> Option<u16> {
    let d = text.get(at..at + 3)?;
    let bounded = !text.get(at + 3).is_some_and(u8::is_ascii_digit);
    let s = std::str::from_utf8(d).ok()?;
    (bounded && is_http_status(s))
        .then(|| s.parse().ok())
        .flatten()
}

/// A text without the reason phrase and colon that follow a failing status at its end
/// (`…400 Bad Request:` → `…400`); as it was when it ends otherwise.
fn reason_stripped(text: &[u8]) -> &[u8] {
    let Some(head) = text.strip_suffix(b":") else {
        return text;
    };
    let words = head
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic() || **b == b' ')
        .count();
    let rest = &head[..head.len() - words];
    // A failing status: a reason phrase after a 2xx is no error's.
    let status = rest.len().checked_sub(3).map(|at| &rest[at..]);
    match status {
        Some(d) if words > 0 && d.iter().all(u8::is_ascii_digit) && matches!(d[0], b'4' | b'5') => {
            rest
        }
        _ => text,
    }
}

/// Chinese labels of an error's message (`错误信息：图片尺寸不满足要求`), which the keys, being
/// ASCII, do not read.
const MESSAGE_LABELS: &[&str] = &["错误信息", "错误消息", "错误描述", "错误原因", "失败原因"];

/// The longest message read after a label.
const MAX_PROSE_MESSAGE: usize = 300;

/// A message stated in Chinese prose on a report's line: the text after `错误信息：` (or
/// `错误消息`, `错误描述`, `错误原因`, `失败原因`, then a colon, full-width or not, or `=`), up
/// to the next comma, full stop, semicolon or `|`, or the line's end.
pub(in crate::scan) fn prose_message(line: &str) -> Option<String> {
    // The labels are Chinese: an ASCII line (most) holds none.
    if line.is_ascii() {
        return None;
    }
    MESSAGE_LABELS.iter().find_map(|label| {
        let (_, after) = line.split_once(label)?;
        let after = after.trim_start();
        let after = after
            .strip_prefix('：')
            .or_else(|| after.strip_prefix(':'))
            .or_else(|| after.strip_prefix('='))?
            .trim_start();
        let end = after
            .find(['，', ',', '。', '；', ';', '|', '\n'])
            .unwrap_or(after.len());
        let message = after[..end].trim();
        let cut = (0..=message.len().min(MAX_PROSE_MESSAGE))
            .rev()
            .find(|&i| message.is_char_boundary(i))
            .unwrap_or(0);
        (!message.is_empty()).then(|| message[..cut].to_owned())
    })
}
