//! An exception's fields printed on lines of their own around its code. The SDKs' own code
//! samples print a failed call this way: `print(e.status_code)`, `print(e.request_id)`,
//! `print(e.error_code)`, `print(e.error_msg)` in Python, and the same four getters in the same
//! order in Java, .NET and PHP. Programs that log the fields one by one print them labelled
//! (`status_code: 400`, then `request_id: …`), and some print all four on one line
//! (`400 0b1c… AIS.0101 The input parameter is invalid.`).
//!
//! The lines before a code lend it their status and request id; the line after, its message.

use super::extract::{self, Field, Report, Shape, floor_char_boundary};
use super::lines::strip_quote;
use super::reader::LineInfo;

/// The most lines before a code that may lend it a field.
pub(super) const LOOK_BACK: usize = 2;
/// The most bytes of a message taken from the line after a code.
const MAX_MESSAGE: usize = 300;
/// The longest labelled code line (`error_code: AIS.0101`) that looks back.
const MAX_LABELLED: usize = 200;
/// The most bytes of a line kept for looking back at it.
pub(super) const MAX_KEPT: usize = 2048;

/// Where the lines before a one-line unit are: in its piece, or (for a piece's first two lines)
/// kept from the previous piece. Asked only when a line reports an error.
pub(super) struct Before<'a> {
    pub(super) buf: &'a [u8],
    pub(super) lines: &'a [LineInfo],
    /// The previous piece's last two lines.
    pub(super) carry: [Option<&'a [u8]>; LOOK_BACK],
    /// The line's index in `lines`.
    pub(super) at: usize,
    /// The unit is this one line (not a block of lines).
    pub(super) one_line: bool,
}

impl<'a> Before<'a> {
    /// No lines known before: the unit is a block, or a window of an overlong line.
    pub(super) const NONE: Before<'static> = Before {
        buf: &[],
        lines: &[],
        carry: [None, None],
        at: 0,
        one_line: false,
    };

    /// The two lines before the line, the nearer last.
    pub(super) fn lines(&self) -> [Option<&'a [u8]>; LOOK_BACK] {
        let line = |i: usize| {
            let info = self.lines.get(i)?;
            self.buf.get(info.start..info.end)
        };
        match self.at {
            0 => self.carry,
            1 => [self.carry[1], line(0)],
            at => [line(at - 2), line(at - 1)],
        }
    }
}

/// What a line before a code holds.
enum Held {
    /// A value alone on its line: a failing HTTP status (`400`).
    Status(u16),
    /// A request id alone on its line, or printed as absent (`null`, `None`, an empty line).
    Id(Option<String>),
    /// Labelled fields and nothing else a report needs: `status_code: 400`, `request_id: …`.
    Labelled {
        status: Option<u16>,
        request_id: Option<String>,
    },
}

/// What the lines before a code lend it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Lent {
    status: Option<u16>,
    request_id: Option<String>,
    /// The bare four-line form (a status and a request id alone on their lines): the line after
    /// the code is its message.
    bare: bool,
    /// Labelled fields: a labelled message on the line after the code is its message.
    labelled: bool,
}

/// Lends the one report of a line (`text`) what the fields printed around it say: on its own
/// line, or on the lines `before` it. Returns, when its message is on the next line, whether
/// that line is the message itself (after bare values) rather than a labelled one.
pub(super) fn lend(
    report: &mut Report,
    text: &str,
    before: [Option<&[u8]>; LOOK_BACK],
) -> Option<bool> {
    let line = text.trim();
    let lone_code = line == report.code;
    if report.shape == Shape::Token
        && !lone_code
        && let Some((status, request_id, message)) = on_one_line(text, report.at, report.code.len())
    {
        report.status.get_or_insert(status);
        if report.request_id.is_none() {
            report.request_id = request_id;
        }
        if report.message.is_none() {
            report.message = message;
        }
        return None;
    }
    // Only a line that is all a printed field looks back: the code alone, a body
    // (`print(response.status_code)` then `print(response.text)`), a short labelled code. A log
    // line's report is its line's (and the look back costs nothing there).
    let body = line.starts_with('{');
    let labelled = line.len() <= MAX_LABELLED
        && matches!(
            report.shape,
            Shape::PythonSdk | Shape::JavaSdk | Shape::NodeSdk | Shape::KeyValue
        );
    if !(lone_code || body || labelled) {
        return None;
    }
    let lent = lent(before, lone_code || body);
    report.status = report.status.or(lent.status);
    // A body right under the sentence that states its status (Terraform's `Expected HTTP
    // response code [200] when accessing [GET https://…], but got 504 instead`, then the body).
    if body
        && report.status.is_none()
        && let Some(above) = before[LOOK_BACK - 1].map(strip_quote)
        && memchr::memchr(b'{', above).is_none()
    {
        report.status = extract::prose_status(above).filter(|s| *s >= 400);
    }
    if report.request_id.is_none() {
        report.request_id = lent.request_id;
    }
    (report.message.is_none() && (lent.bare || lent.labelled)).then_some(lent.bare)
}

/// What the lines just before a code (`before[1]` right before it, `before[0]` before that; `None`
/// when not known) lend it. `bare_ok`: the code's line holds the code alone or a body, which the
/// bare values need (a lone `400` above a labelled code is no field of its).
fn lent(before: [Option<&[u8]>; LOOK_BACK], bare_ok: bool) -> Lent {
    let mut lent = Lent::default();
    let mut bare_status = false;
    let mut bare_id = false;
    for line in before.iter().rev() {
        match line.and_then(|line| held(strip_quote(line))) {
            Some(Held::Status(status)) if bare_ok => {
                lent.status.get_or_insert(status);
                bare_status = true;
                // A status is printed first: nothing before it belongs to the code.
                break;
            }
            Some(Held::Id(id)) if bare_ok && !bare_status && !bare_id => {
                lent.request_id = id;
                bare_id = true;
            }
            Some(Held::Labelled { status, request_id }) => {
                lent.labelled = true;
                lent.status = lent.status.or(status);
                lent.request_id = lent.request_id.take().or(request_id);
            }
            _ => break,
        }
    }
    // A request id alone with nothing before it is only a word on a line.
    if bare_id && !bare_status {
        lent.request_id = None;
    }
    lent.bare = bare_status && bare_id;
    lent
}

/// What one line before a code holds, if it is a printed field.
fn held(line: &[u8]) -> Option<Held> {
    // A longer line is no printed field (and a line kept from the previous piece is cut just
    // past this length).
    if line.len() > MAX_KEPT {
        return None;
    }
    let line = line.trim_ascii();
    if line.len() == 3 && line.iter().all(u8::is_ascii_digit) {
        let status = u16::from(line[0] - b'0') * 100
            + u16::from(line[1] - b'0') * 10
            + u16::from(line[2] - b'0');
        return (400..=599)
            .contains(&status)
            .then_some(Held::Status(status));
    }
    if line.is_empty() || matches!(line, b"null" | b"None" | b"nil" | b"undefined") {
        return Some(Held::Id(None));
    }
    if is_request_id(line) {
        return Some(Held::Id(Some(String::from_utf8_lossy(line).into_owned())));
    }
    // An `X-Request-Id: …` line is the scanner's to lend (to a report within a few lines), or,
    // when it is no such header (a value with spaces, too long), nobody's.
    let header = line.strip_prefix(b"< ").unwrap_or(line);
    if header
        .get(..12)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"x-request-id"))
    {
        return None;
    }
    // A line that introduces the body after it and states a failing status in prose (PHP's
    // Guzzle: `` Client error: `POST https://…` resulted in a `400 Bad Request` response: ``).
    if line.ends_with(b":")
        && let Some(status) = extract::prose_status(line).filter(|s| *s >= 400)
    {
        return Some(Held::Status(status));
    }
    let text = std::str::from_utf8(line).ok()?;
    let pairs = extract::pairs(text, false);
    let mut status = None;
    let mut request_id = None;
    for pair in &pairs {
        match pair.field {
            Field::Status => status = pair.value.parse().ok().filter(|s| *s >= 400),
            Field::RequestId => request_id = Some(pair.value.clone()),
            _ => return None,
        }
    }
    (status.is_some() || request_id.is_some()).then_some(Held::Labelled { status, request_id })
}

/// A token shaped like a request id: 16 to 64 letters, digits, hyphens and underscores, with a
/// digit (`0b1c2d3e4f5a…`, a UUID).
fn is_request_id(token: &[u8]) -> bool {
    (16..=64).contains(&token.len())
        && token
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        && token.iter().any(u8::is_ascii_digit)
}

/// The message a code's next line states: a labelled message (`error_msg: …`), or, after the
/// bare four-line form, the line itself.
pub(super) fn message_after(next: &[u8], bare: bool) -> Option<String> {
    let next = next.trim_ascii();
    if next.is_empty()
        || next.len() > 4 * MAX_MESSAGE
        || matches!(next, b"null" | b"None" | b"nil" | b"undefined")
    {
        return None;
    }
    let text = String::from_utf8_lossy(next);
    let pairs = extract::pairs(&text, true);
    if let Some(message) = pairs.iter().find(|p| p.field == Field::Message) {
        let alone = pairs.iter().all(|p| p.field != Field::Code);
        return alone.then(|| message.value.clone());
    }
    if !bare || !pairs.is_empty() {
        return None;
    }
    Some(text[..floor_char_boundary(&text, MAX_MESSAGE)].to_owned())
}

/// The fields printed on the code's own line around it, space-separated:
/// `400 0b1c2d… AIS.0101 The input parameter is invalid.` — a failing status and a request id
/// right before the code (at `at`, `len` bytes), then the message. Without a request id, the
/// status must start the line or follow a label (`ClientRequestException: 429 APIG.0308`).
pub(super) fn on_one_line(
    line: &str,
    at: usize,
    len: usize,
) -> Option<(u16, Option<String>, Option<String>)> {
    let before = line.get(..at)?;
    let rest = line.get(at + len..)?;
    let spaced = |s: &str, end: bool| {
        let c = if end {
            s.chars().next_back()
        } else {
            s.chars().next()
        };
        c.is_none_or(|c| c.is_ascii_whitespace())
    };
    if before.is_empty() || !spaced(before, true) || !spaced(rest, false) {
        return None;
    }
    let mut words = before.split_ascii_whitespace().rev();
    let last = words.next()?;
    let (status, request_id) = if is_request_id(last.as_bytes()) {
        (words.next()?, Some(last.to_owned()))
    } else {
        (last, None)
    };
    let status = (status.len() == 3)
        .then(|| status.parse::<u16>().ok())
        .flatten()
        .filter(|s| (400..=599).contains(s))?;
    if request_id.is_none() && words.next().is_some_and(|w| !w.ends_with(':')) {
        return None;
    }
    let message = rest.trim();
    let message = (!message.is_empty())
        .then(|| message[..floor_char_boundary(message, MAX_MESSAGE)].to_owned());
    Some((status, request_id, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two lines before a code.
    fn lines<'a>(first: &'a str, second: &'a str) -> [Option<&'a [u8]>; 2] {
        [Some(first.as_bytes()), Some(second.as_bytes())]
    }

    #[test]
    fn the_samples_four_lines_lend_status_and_id() {
        let four = lent(lines("400", "0b1c2d3e4f5a67890b1c2d3e4f5a6789"), true);
        assert_eq!(four.status, Some(400));
        assert_eq!(
            four.request_id.as_deref(),
            Some("0b1c2d3e4f5a67890b1c2d3e4f5a6789")
        );
        assert!(four.bare);
        // Java prints an absent id as `null`; Python an empty string as an empty line.
        for absent in ["null", ""] {
            let lent = lent(lines("401", absent), true);
            assert_eq!(
                (lent.status, lent.request_id, lent.bare),
                (Some(401), None, true)
            );
        }
    }

    #[test]
    fn bare_values_need_a_lone_code_and_a_failing_status() {
        assert_eq!(
            lent(lines("400", "0b1c2d3e4f5a67890b1c2d3e4f5a6789"), false),
            Lent::default()
        );
        assert_eq!(
            lent(lines("200", "0b1c2d3e4f5a67890b1c2d3e4f5a6789"), true),
            Lent::default()
        );
        // An id-shaped word alone, without a status before it.
        assert_eq!(
            lent(lines("some text", "0b1c2d3e4f5a67890b1c2d3e4f5a6789"), true),
            Lent::default()
        );
        // A status right before the code, without an id line, still lends.
        assert_eq!(lent(lines("text", "429"), true).status, Some(429));
    }

    #[test]
    fn labelled_lines_lend_in_any_order() {
        let lent = lent(lines("request_id: 7c1f0e2d", "status_code: 403"), false);
        assert_eq!(lent.status, Some(403));
        assert_eq!(lent.request_id.as_deref(), Some("7c1f0e2d"));
        assert!(lent.labelled && !lent.bare);
        // A line with a message or a code of its own is another report's, not a label.
        assert_eq!(
            super::lent(lines("", "error_msg: bad, status_code: 400"), false),
            Lent::default()
        );
    }

    #[test]
    fn the_message_is_the_next_line() {
        assert_eq!(
            message_after(b"The input parameter is invalid.", true).as_deref(),
            Some("The input parameter is invalid.")
        );
        assert_eq!(
            message_after(b"The input parameter is invalid.", false),
            None
        );
        assert_eq!(
            message_after(b"error_msg: Token expired.", false).as_deref(),
            Some("Token expired.")
        );
        assert_eq!(
            message_after(b"error_code: AIS.0102, error_msg: x", false),
            None
        );
        assert_eq!(message_after(b"   ", true), None);
        assert_eq!(message_after(b"null", true), None);
    }

    #[test]
    fn fields_on_one_line() {
        let line = "400 0b1c2d3e4f5a67890b1c2d3e4f5a6789 AIS.0101 The input parameter is invalid.";
        let at = line.find("AIS").unwrap();
        assert_eq!(
            on_one_line(line, at, 8),
            Some((
                400,
                Some("0b1c2d3e4f5a67890b1c2d3e4f5a6789".to_owned()),
                Some("The input parameter is invalid.".to_owned())
            ))
        );
        assert_eq!(on_one_line("429 APIG.0308", 4, 9), Some((429, None, None)));
        // Running text around a code is no printed fields.
        assert_eq!(on_one_line("took 400 ms: AIS.0101 failed", 13, 8), None);
        assert_eq!(on_one_line("200 AIS.0101", 4, 8), None);
        assert_eq!(on_one_line("400 2026-11-27 AIS.0101", 15, 8), None);
        assert_eq!(on_one_line("we got 404 AIS.0101", 11, 8), None);
        let line =
            "ClientRequestException: 429 APIG.0308 The throttling threshold has been reached.";
        assert_eq!(on_one_line(line, 28, 9).map(|f| f.0), Some(429));
        let line = "E ClientRequestException 400 0b1c2d3e4f5a67890b1c2d3e4f5a6789 AIS.0101";
        assert_eq!(
            on_one_line(line, 62, 8).map(|f| (f.0, f.2)),
            Some((400, None))
        );
    }
}
