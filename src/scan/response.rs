//! The HTTP response being read (`curl -i`/`-v` output, an HTTP client's log): its status and
//! request id, which apply to the errors of its body, and, for a failing status whose body holds
//! no code, what the body says; and the scanner's steps that open and close one.

use super::extract::Shape;
use super::lines::{html_title, prefixed_status, urllib3_status};
use std::sync::Arc;

use super::finding::Transcript;
use super::{Finding, Scanner};

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
    /// The request curl -v showed before it (its lines without `> `), and the response's
    /// `Date`, once a finding needed them shared.
    pub(super) request: Option<Vec<String>>,
    pub(super) date: Option<String>,
    shared: Option<Arc<Transcript>>,
    /// The logger's prefix before its status line (`2024-03-05 10:12:01.123 12345-12400/app
    /// D/OkHttp: `), which its other lines carry too.
    pub(super) prefix: Option<Vec<u8>>,
}

/// Who printed a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PrintedBy {
    /// curl (`-i`, `-v`), or a person pasting a status line and what followed it.
    Curl,
    /// An HTTP client's log (`OkHttp`'s `<-- 400 …`, Python's `reply: '…'`, urllib3's
    /// `"POST … HTTP/1.1" 400 87`): its headers are the header-shaped lines after it, and the
    /// lines after those are its body only if the logger printed one.
    Logger,
}

/// How many lines of an HTML error page are read for its title.
const MAX_HTML_LINES: u32 = 16;

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
            prefix: None,
            request: None,
            date: None,
            shared: None,
        }
    }

    /// The request and date this response's findings carry, if curl -v showed its request.
    pub(super) fn transcript(&mut self) -> Option<Arc<Transcript>> {
        let request = self.request.as_mut()?;
        let date = &mut self.date;
        Some(Arc::clone(self.shared.get_or_insert_with(|| {
            Arc::new(Transcript {
                request: std::mem::take(request),
                date: date.take(),
                body: None,
            })
        })))
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

impl<E> Scanner<'_, E> {
    /// Opens the response whose status line an HTTP client logged after a logger's prefix
    /// (`… D/OkHttp: <-- 400 …`), or urllib3's line for a failed request, if `line` (numbered
    /// `n`) is one; says whether it was.
    pub(super) fn open_logged(&mut self, line: &[u8], n: u64) -> Result<bool, E> {
        let logged = prefixed_status(line)
            .map(|(status, at)| (status, Some(line[..at].to_vec())))
            .or_else(|| urllib3_status(line).map(|status| (status, None)));
        let Some((status, prefix)) = logged else {
            return Ok(false);
        };
        self.close_response()?;
        let mut r = Response::new(status, n, PrintedBy::Logger);
        // urllib3 logs no headers: what follows is the body, if anything.
        r.headers = prefix.is_some();
        r.prefix = prefix;
        self.response = Some(r);
        Ok(true)
    }

    /// The body of a response is the first unit after its headers (or the first lines of an HTML
    /// page, up to its title); what follows is not part of it (the next log line, the next
    /// command's output).
    pub(super) fn end_of_unit(&mut self) -> Result<(), E> {
        let reading_page =
            |r: &Response| r.html_lines > 0 && r.html_lines < MAX_HTML_LINES && r.body.is_none();
        if self
            .response
            .as_ref()
            .is_some_and(|r| !r.headers && !reading_page(r))
        {
            self.close_response()?;
        }
        Ok(())
    }

    /// Ends the response being read. A failing status whose body reported no error is a finding
    /// of its own: an HTML page from a proxy, an empty body, plain text.
    pub(super) fn close_response(&mut self) -> Result<(), E> {
        let Some(mut r) = self.response.take() else {
            return Ok(());
        };
        // A logged response's body is printed by whoever logs it, if at all: what follows its
        // headers may be anything (a traceback), and only an HTML page is surely its body.
        if r.status < 400 || r.reported || r.by == PrintedBy::Logger && r.html_lines == 0 {
            return Ok(());
        }
        self.settle_pending(None)?;
        let transcript = r.transcript();
        self.emit(Finding {
            line: r.line,
            code: format!("HTTP {}", r.status),
            message: r.body,
            http_status: Some(r.status),
            request_id: r.request_id,
            shape: Shape::Http,
            item: false,
            extra: Vec::new(),
            cell: crate::scan::Cell::No,
            transcript,
        })
    }
}
