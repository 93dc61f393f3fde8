//! A quoted value's text: a JSON string's escapes, the same escaped again inside another JSON
//! string, and Python's `\xHH` byte escapes, decoded.

use super::pairs::MAX_VALUE;

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
pub(super) fn quoted(
    text: &str,
    start: usize,
    close: &str,
    escaped: bool,
) -> Option<(String, usize)> {
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
        // Python's repr of bytes (`print(response.content)`) writes each byte of a character
        // outside ASCII as `\xe5`: a run of them is UTF-8.
        if letter == b'x' && letter_at == pos + 1 {
            let (decoded, next) = byte_escapes(bytes, pos);
            if let Some(decoded) = decoded {
                out.push_str(&decoded);
                pos = next;
                continue;
            }
        }
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
                    if let Some(low) = low_at.and_then(|at| hex(at).map(|l| (at, l)))
                        && (0xDC00..0xE000).contains(&low.1)
                    {
                        next = low.0 + 4;
                        let joined = 0x10000 + ((code - 0xD800) << 10) + (low.1 - 0xDC00);
                        return char::from_u32(joined).unwrap_or('\u{FFFD}');
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

/// The run of `\xHH` escapes starting at `at` decoded as UTF-8, and where the run ends; `None`
/// when the bytes are not UTF-8 (they are then kept as written).
fn byte_escapes(bytes: &[u8], at: usize) -> (Option<String>, usize) {
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut run = Vec::new();
    let mut pos = at;
    while let [b'\\', b'x', high, low, ..] = bytes[pos..] {
        let (Some(high), Some(low)) = (hex(high), hex(low)) else {
            break;
        };
        run.push((high * 16 + low) as u8);
        pos += 4;
    }
    (String::from_utf8(run).ok().filter(|s| !s.is_empty()), pos)
}
