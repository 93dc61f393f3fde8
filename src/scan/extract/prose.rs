//! An HTTP status stated in prose around a report rather than in a field.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::pairs::is_http_status;
use super::phrases::{Read, picked};

/// How words of prose state a status ([`super::phrases::Read::Prose`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Said {
    /// A status word of its own (`status`, `Response Code`), then a separator and the status.
    Word,
    /// `HTTP`: a version may follow (`HTTP/1.1 400`).
    Http,
    /// `状态码`, which needs no space before it, and whose colon may be full-width.
    Chinese,
    /// After the status in brackets (Feign's `[400] during [POST]`).
    Bracketed,
    /// Before the status, which may be after a backtick (Guzzle's `` resulted in a `400 ``).
    Backticked,
    /// A verb a failing status follows (`but got 409`, `returned 400`).
    Verb,
    /// A status's reason phrase, the status right before it (`400 Bad Request`).
    Reason,
}

/// A failing status (4xx, 5xx) standing alone at `at`.
fn failing_at(text: &[u8], at: usize) -> Option<u16> {
    let alone = at == 0 || !text[at - 1].is_ascii_alphanumeric();
    digits_at(text, at).filter(|s| alone && *s >= 400)
}

/// An HTTP status stated in prose around a report: `status code 429`, `HTTP 400`, `HTTP/1.1 400`,
/// `状态码: 401`, `Response Code: 403`, or a status standing right before a body (`401 {…}`,
/// `429: {…}`). The first one found.
pub(in crate::scan) fn prose_status(text: &[u8]) -> Option<u16> {
    static WORDS: OnceLock<(Vec<Said>, AhoCorasick)> = OnceLock::new();
    let (said, words) = WORDS.get_or_init(|| {
        let (needles, said): (Vec<&str>, Vec<Said>) = picked(|r| match *r {
            Read::Prose(said) => Some(said),
            _ => None,
        })
        .unzip();
        // Spelt out in the cases people write, rather than matched ignoring case: a handful of
        // exact patterns is searched with SIMD.
        let words = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(needles)
            .expect("the words are valid patterns");
        (said, words)
    });
    let text = &text[..text.len().min(64 << 10)];
    let digits_at = |at: usize| digits_at(text, at);
    let mut best: Option<(usize, u16)> = None;
    for m in words.find_iter(text) {
        let (start, said) = (m.start(), said[m.pattern().as_usize()]);
        if said == Said::Verb {
            let alone = start == 0 || !text[start - 1].is_ascii_alphanumeric();
            if let Some(status) = failing_at(text, m.end()).filter(|_| alone) {
                best = Some((start, status));
                break;
            }
            continue;
        }
        if said == Said::Reason {
            if let Some(status) = start.checked_sub(3).and_then(|at| failing_at(text, at)) {
                best = Some((start - 3, status));
                break;
            }
            continue;
        }
        if said == Said::Backticked {
            let at = m.end() + usize::from(matches!(text.get(m.end()), Some(b'`' | b' ')));
            if let Some(status) = digits_at(at) {
                best = Some((start, status));
                break;
            }
            continue;
        }
        if said == Said::Bracketed {
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
        if said != Said::Chinese && start > 0 && text[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut i = m.end();
        // `HTTP/1.1 400`: skip the version.
        if said == Said::Http && text.get(i) == Some(&b'/') {
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
        if i == sep_start && said != Said::Chinese {
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
        // `401 {`, `429: {`, `404, {`, `429 - {`, `413 + {`; `失败(400): {`, `（400）：{`.
        let trimmed = trimmed
            .strip_suffix("：".as_bytes())
            .map_or(trimmed, <[u8]>::trim_ascii_end);
        let trimmed = trimmed
            .strip_suffix(b":")
            .or_else(|| trimmed.strip_suffix(b","))
            .or_else(|| trimmed.strip_suffix(b"-"))
            .or_else(|| trimmed.strip_suffix(b"+"))
            .unwrap_or(trimmed)
            .trim_ascii_end();
        let trimmed = match trimmed
            .strip_suffix(b")")
            .or_else(|| trimmed.strip_suffix("）".as_bytes()))
        {
            Some(inner) if inner.ends_with(b"(") || inner.len() < 4 => trimmed,
            Some(inner)
                if inner.len() >= 4
                    && (inner[inner.len() - 4] == b'('
                        || inner[..inner.len() - 3].ends_with("（".as_bytes())) =>
            {
                inner
            }
            _ => trimmed,
        };
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

#[cfg(test)]
mod tests {
    use super::prose_status;

    #[test]
    fn a_status_in_parentheses_right_before_a_body_is_its_status() {
        for (text, status) in [
            (
                r#"华为云 API 请求失败(400): {"error_code":"X.1"}"#,
                Some(400),
            ),
            (r#"请求失败（403）：{"error_code":"X.1"}"#, Some(403)),
            (r#"request failed (429): {"error_code":"X.1"}"#, Some(429)),
            (r#"401 {"error_code":"X.1"}"#, Some(401)),
            // Not a status: a count in parentheses, digits inside a word.
            (r#"retried (3): {"error_code":"X.1"}"#, None),
            (r#"call(a400): {"error_code":"X.1"}"#, None),
        ] {
            assert_eq!(prose_status(text.as_bytes()), status, "{text}");
        }
    }
}
