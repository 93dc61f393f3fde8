//! Making untrusted text safe to show on a terminal.
//!
//! Text from the input (an `error_msg`, a request id, a header, a code or query typed by the user)
//! can carry escape sequences that retitle the window, move the cursor or clear the screen, and bidi
//! controls that reorder what the reader sees. Before any of it reaches table or plain output, or an
//! error message, control characters and bidi controls become visible escapes (`\x1b`, `\u{202e}`).
//! JSON output needs none of this: the serialiser escapes what JSON requires.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a character must not reach a terminal raw. `keep_breaks` lets `\n` and `\t` through.
fn is_unsafe(c: char, keep_breaks: bool) -> bool {
    match c {
        '\n' | '\t' => !keep_breaks,
        // C0, DEL and C1 controls; bidi embeddings, overrides, isolates and marks (the Arabic
        // letter mark too); invisible and format characters that hide or disguise text: zero-width
        // spaces and joiners, word joiner and invisible operators, the byte-order mark, the soft
        // hyphen, and the tag characters.
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{AD}'
        | '\u{61C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{E0000}'..='\u{E007F}' => true,
        _ => false,
    }
}

fn escape(s: &str, keep_breaks: bool) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c, keep_breaks)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !is_unsafe(c, keep_breaks) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

/// Escapes control characters (except newline and tab) and bidi controls, for multi-line cells.
///
/// ```
/// use ocr_err::render::escape::terminal_safe;
/// assert_eq!(terminal_safe("a\x1b]0;pwned\x07b"), "a\\x1b]0;pwned\\x07b");
/// assert_eq!(terminal_safe("x\u{202e}y"), "x\\u{202e}y");
/// assert_eq!(terminal_safe("line\nnext"), "line\nnext");
/// ```
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// Like [`terminal_safe`], but also escapes newlines and tabs, so the text stays on one line and
/// inside one tab-separated field.
///
/// ```
/// use ocr_err::render::escape::one_line;
/// assert_eq!(one_line("a\tb\nc\u{9b}2J"), "a\\tb\\nc\\x9b2J");
/// ```
pub fn one_line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dangerous_character_is_escaped() {
        let mut nasty = String::new();
        for c in (0u32..0x20)
            .chain(0x7f..0xa0)
            .chain(0x202a..0x202f)
            .chain(0x2066..0x206a)
        {
            nasty.push(char::from_u32(c).unwrap());
        }
        nasty.push('\u{200e}');
        nasty.push('\u{200f}');
        for c in [
            '\u{ad}',
            '\u{61c}',
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{2064}',
            '\u{feff}',
            '\u{e0001}',
            '\u{e007f}',
        ] {
            nasty.push(c);
        }
        let safe = one_line(&nasty);
        assert!(
            safe.chars()
                .all(|c| !c.is_control() && !is_unsafe(c, false)),
            "{safe:?}"
        );
        assert!(
            safe.contains("\\u{200b}") && safe.contains("\\u{e0001}"),
            "{safe:?}"
        );
        let cell = terminal_safe(&nasty);
        assert!(
            cell.chars()
                .all(|c| c == '\n' || c == '\t' || !is_unsafe(c, true))
        );
    }

    #[test]
    fn ordinary_text_is_untouched_and_not_copied() {
        assert!(matches!(
            terminal_safe("图片质量差 AIS.0104"),
            Cow::Borrowed(_)
        ));
    }
}
