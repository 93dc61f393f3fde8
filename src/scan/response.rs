//! The HTTP response being read (`curl -i`/`-v` output): its status and request id, which apply
//! to the errors of its body, and, for a failing status whose body holds no code, what the body
//! says.

use super::lines::html_title;

/// The HTTP response being read.
#[derive(Debug)]
pub(super) struct Response {
    pub(super) status: u16,
    /// The line of its status line.
    pub(super) line: u64,
    pub(super) request_id: Option<String>,
    /// Still in the header block (until its blank line).
    pub(super) headers: bool,
    /// Findings already reported for this response: (code, request id).
    pub(super) seen: Vec<(String, Option<String>)>,
    /// Whether its body reported an error (else a failing status is reported on its own).
    pub(super) reported: bool,
    /// What its body says, for a failing status whose body holds no code: an HTML page's title,
    /// or the text of its first line.
    pub(super) body: Option<String>,
    /// Lines of an HTML body read while looking for its title.
    pub(super) html_lines: u32,
    /// Its headers say it has no body (`Content-Length: 0`).
    pub(super) empty: bool,
    /// Who printed it.
    pub(super) by: PrintedBy,
}

/// Who printed a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PrintedBy {
    /// curl (`-i`, `-v`), or a person pasting a status line and what followed it.
    Curl,
    /// An HTTP client's log (`OkHttp`'s `<-- 400 …`, Python's `reply: '…'`): its headers are
    /// the header-shaped lines after it, and the lines after those are its body only if the
    /// logger printed one.
    Logger,
}

/// How many lines of an HTML error page are read for its title.
pub(super) const MAX_HTML_LINES: u32 = 16;

/// The longest body text kept of a failing response without a code.
const MAX_BODY_TEXT: usize = 200;

impl Response {
    /// A response whose status line, printed `by` whom, is line `line`.
    pub(super) fn new(status: u16, line: u64, by: PrintedBy) -> Self {
        Response {
            status,
            line,
            request_id: None,
            headers: true,
            seen: Vec::new(),
            reported: false,
            body: None,
            html_lines: 0,
            empty: false,
            by,
        }
    }

    /// Takes what a line of the body says: an HTML page's title (looked for over its first
    /// lines), else the first line's text.
    pub(super) fn read_body(&mut self, line: &[u8]) {
        if self.body.is_some() || self.reported {
            return;
        }
        let line = &line[..line.len().min(4096)];
        // Valid UTF-8 (the usual case) is checked at SIMD speed; only invalid text is decoded
        // lossily, which goes byte by byte.
        let text = match std::str::from_utf8(line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(line),
        };
        // A tag or a doctype (`<html>`, `<!DOCTYPE html>`), not any `<` (`OkHttp`'s
        // `<-- END HTTP`).
        let tag = |t: &str| {
            let mut chars = t.chars();
            chars.next() == Some('<')
                && chars
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '!')
        };
        if self.html_lines > 0 || tag(text.trim_start()) {
            self.html_lines += 1;
            if let Some(title) = html_title(&text) {
                self.body = Some(cut(title));
            }
        } else if !text.trim().is_empty() {
            self.body = Some(cut(text.trim()));
        }
    }
}

/// A text cut to [`MAX_BODY_TEXT`] bytes at a character boundary.
fn cut(text: &str) -> String {
    text[..super::extract::floor_char_boundary(text, MAX_BODY_TEXT)].to_owned()
}
