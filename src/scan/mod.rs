//! Finds every error report in arbitrary text — a response body, `curl -i`/`-v` output, SDK
//! exception text, whole log files — streaming, in bounded memory. Returns findings through a
//! callback; prints nothing.
//!
//! The input is read in pieces and cut into units: a line, or the lines of a brace-balanced block
//! (a pretty-printed JSON body, the Java SDK's `toString()` block, Node's `console.log` object),
//! or a window of a line too long to hold. Each unit goes through `extract`. Around the units,
//! an HTTP status line (`HTTP/1.1 400 Bad Request`, `< HTTP/2 401` in `curl -v` output) opens a
//! response: its status and `X-Request-Id` header apply to the errors of its body (the first unit
//! after the headers' blank line), and one error seen twice within it is one finding. Outside a
//! response, every report is its own event, and its status and request id come from wherever
//! the event states them: its own fields, prose on its line (`status code 429: {…}`), a lone
//! `HTTP 400` or `X-Request-Id: …` line just before, or the line right after (a finding without a
//! status is held for one line, and let go at once when the input waits, so live logs stay live).
//! A line that is all one printed field — a code alone, a body, `error_code: …` — takes its status,
//! request id and message from the fields printed on the lines around it, as the SDKs' code
//! samples print them (`printed`).
//! Lines are read without the marks of a quote or a comment (`lines`); curl -v's own request lines
//! are skipped.
//!
//! Every buffer is bounded: a line is held up to [`MAX_LINE`] bytes (longer lines are scanned in
//! overlapping windows), a block up to [`MAX_BLOCK`] bytes or [`MAX_BLOCK_LINES`] lines.

mod each;
mod exchange;
mod extract;
mod feed;
mod finding;
mod gate;
mod held;
mod lines;
mod marks;
mod options;
mod printed;
mod reader;
mod response;
mod sink;
mod tally;

pub use each::{Each, Opened, Scanned, scan_each};
pub use feed::{Prepared, scan_into};
pub use finding::{Cell, Finding, ScanError, Stats, Transcript};
pub use options::Options;
pub use sink::{Sink, scan_beside, scan_with};
pub use tally::{CodeCount, Tally};

use std::io::Read;

use lines::{
    continues_event, date_header, heading_status, is_blank, is_empty_length, is_header,
    request_id_header, status_line, strip_quote, unmarked, unprefixed,
};
use reader::LineInfo;
use response::{PrintedBy, Response};

pub use extract::Shape;

/// The most bytes of one line held at once; a longer line is scanned in windows of this size.
pub const MAX_LINE: usize = 1 << 20;
/// How much consecutive windows of an overlong line overlap, so a report across the cut is seen
/// whole in the next window.
const OVERLAP: usize = 16 << 10;
/// The most bytes of a multi-line block.
pub const MAX_BLOCK: usize = 1 << 20;
/// The most lines of a multi-line block.
pub const MAX_BLOCK_LINES: usize = 2_000;
/// The most distinct findings remembered within one HTTP response (for merging repeats).
const MAX_SEEN: usize = 256;

/// The scanner's state between units.
struct Scanner<'a, E> {
    sink: &'a mut dyn Sink<Error = E>,
    options: Options,
    stats: Stats,
    response: Option<Response>,
    /// A multi-line block being gathered: its text, first line and brace depth.
    block: Vec<u8>,
    block_line: u64,
    block_lines: usize,
    /// What the code-shaped spots of the block's lines say, together.
    block_codes: extract::Codes,
    /// Whether a line of the block holds a clue of a failure without a code.
    block_clue: bool,
    depth: i64,
    /// In curl -v's request header lines (`> Host: …`), which end with a lone `>`.
    in_request: bool,
    /// curl -v's last request, its lines without the `> ` (bounded by [`MAX_REQUEST_LINES`]),
    /// for the response that answers it.
    request: Vec<String>,
    /// Findings without an HTTP status, held until the next line: the event may state its
    /// status there (`返回内容: {…}` then ` ,返回状态码: 401`).
    pending: Vec<Finding>,
    /// A request id stated on a line of its own outside a response (`X-Request-Id: …`), with
    /// its line: it goes to a report within the next few lines that has none.
    recent_id: Option<(u64, String)>,
    /// The last two lines of the previous piece (cut short), which its next lines look back at.
    carry: [Option<Vec<u8>>; 2],
    /// The finding just held takes its message from the next line ([`printed`]); set when the
    /// fields before it were printed bare (the line itself is the message).
    message_next: Option<bool>,
    /// The vectors a unit's pairs and reports are gathered in, kept from unit to unit (empty
    /// between units).
    scratch: (Vec<extract::Pair>, Vec<extract::Report>),
    /// A failure without a code held for the rest of its event ([`held`]), and whether a
    /// traceback chained to it follows.
    /// The line of the last finding emitted or held.
    last_found: Option<u64>,
    /// The reader's searches, for the evidence of a Huawei Cloud call in a unit whose failure
    /// waits for it.
    matchers: std::sync::Arc<reader::Matchers>,
    held: Option<Finding>,
    chained: held::Chained,
    /// Only Huawei Cloud's failures, and no listings, go out ([`gate`]).
    gate: gate::Gate,
    /// A failing status a heading stated (`**Status code: 400**`, `状态码：400`), with its line:
    /// the bodies after it, up to the next heading, are answers with that status.
    heading: Option<(u64, u16)>,
    /// The block being gathered is an XML error (`<Error>` … `</Error>`), not braces.
    xml_block: bool,
    /// The line right above the block being gathered (cut to [`MAX_ABOVE`] bytes), whose
    /// failing status in prose (`upload returned 403`, then a pretty-printed body) is the
    /// block's unless it states one; read only then.
    block_above: Vec<u8>,
    /// [`Scanner::block_above`] of the block being scanned as a unit.
    unit_above: Vec<u8>,
}

/// How many lines after a status heading a body may take its status.
const HEADING_LINES: u64 = 40;

/// How many lines after a lone `X-Request-Id: …` line a report may take its id.
const RECENT_LINES: u64 = 4;
/// The most findings held for a status the next line may state.
const MAX_PENDING: usize = 256;

impl<'a, E> Scanner<'a, E> {
    fn new(
        sink: &'a mut dyn Sink<Error = E>,
        options: Options,
        matchers: std::sync::Arc<reader::Matchers>,
    ) -> Self {
        Scanner {
            sink,
            options,
            matchers,
            last_found: None,
            stats: Stats::default(),
            response: None,
            block: Vec::new(),
            block_line: 0,
            block_lines: 0,
            block_codes: extract::Codes::None,
            block_clue: false,
            depth: 0,
            in_request: false,
            request: Vec::new(),
            pending: Vec::new(),
            recent_id: None,
            carry: [None, None],
            message_next: None,
            scratch: (Vec::with_capacity(8), Vec::with_capacity(2)),
            held: None,
            chained: held::Chained::No,
            gate: gate::Gate::new(&options),
            heading: None,
            xml_block: false,
            block_above: Vec::new(),
            unit_above: Vec::new(),
        }
    }

    /// One complete line (without its newline), numbered `n`.
    /// `info` is what the reader thread found in the line (braces, code-shaped spots); `before`,
    /// the two lines before it (when known).
    fn line(
        &mut self,
        line: &[u8],
        n: u64,
        info: &LineInfo,
        before: &printed::Before<'_>,
    ) -> Result<(), E> {
        if info.marks.heading
            && self.block.is_empty()
            && let Some(status) = heading_status(strip_quote(line))
        {
            self.heading = (status >= 400).then_some((n, status));
        }
        if !self.pending.is_empty() {
            self.settle_pending(Some(line))?;
        }
        if self.held.is_some() && !self.holds_on(line) {
            self.release_held()?;
        }
        // Most lines of a log: plain text, no braces, nothing code-shaped, outside any response.
        let plain = !info.special
            && !info.clue
            && !info.marks.xml
            && !info.logged
            && info.delta <= 0
            && info.codes == extract::Codes::None;
        // (A request waiting for its answer hears of every line: text in between lets it go.)
        if plain
            && self.block.is_empty()
            && self.response.is_none()
            && !self.in_request
            && self.request.is_empty()
        {
            return Ok(());
        }
        // A logged response's lines carry its logger's prefix (after a quote's mark, as its
        // status line did): they are read without it. Another logger's line amid them (another
        // thread's) is read on its own, outside the response.
        let (line, set_aside) = match self.response.as_ref().and_then(|r| r.prefix.as_deref()) {
            Some(prefix) => match unprefixed(strip_quote(line), prefix) {
                Some(rest) => (rest, None),
                None => (line, self.response.take()),
            },
            None => (line, None),
        };
        self.structure(line, n, info, before)?;
        if set_aside.is_some() && self.response.is_none() {
            self.response = set_aside;
        }
        Ok(())
    }

    /// [`line`](Self::line) on, for a line that is not skipped: what it is in the structure
    /// of the input (curl's request, a quote's mark, a block, a response's header or body),
    /// and its reports.
    fn structure(
        &mut self,
        line: &[u8],
        n: u64,
        info: &LineInfo,
        before: &printed::Before<'_>,
    ) -> Result<(), E> {
        if self.curl_request(line)? {
            return Ok(());
        }
        // curl's own annotations: `* Trying…`, `{ [5 bytes data]`. A `* ` line with a code in
        // it is a list's item.
        let nothing = info.codes == extract::Codes::None && info.delta == 0 && !info.clue;
        if line.starts_with(b"* ") && nothing
            || line.starts_with(b"{ [")
            || line.starts_with(b"} [")
        {
            return Ok(());
        }
        let line = strip_quote(line);
        // A body pasted right under the status line or headers, without the blank line between:
        // a line opening JSON is no header, and the body starts with it.
        // A logged response's headers end where its lines stop looking like headers.
        if let Some(r) = self.response.as_mut().filter(|r| r.headers) {
            r.headers = !matches!(line.trim_ascii_start().first(), Some(b'{' | b'['))
                && (r.by == PrintedBy::Curl || is_header(line));
        }
        if let Some(r) = self.response.as_mut().filter(|r| !r.headers) {
            r.read_body(line);
        }
        if !self.block.is_empty() {
            self.block.push(b'\n');
            self.block.extend_from_slice(line);
            self.block_lines += 1;
            self.block_codes = self.block_codes.and(info.codes);
            self.block_clue |= info.clue;
            self.depth = self.depth_after(line, info.delta);
            if self.depth <= 0
                || self.block.len() >= MAX_BLOCK
                || self.block_lines >= MAX_BLOCK_LINES
            {
                self.flush_block()?;
            }
            return Ok(());
        }
        // `X-Request-Id: …`, in any case, `< `-prefixed in curl -v output: a header of the
        // response being read, or on its own, for the report that follows.
        if let Some(r) = self
            .response
            .as_mut()
            .filter(|r| r.headers && r.request.is_some())
            && let Some(date) = date_header(line)
        {
            r.date.get_or_insert(date);
            return Ok(());
        }
        if let Some(value) = request_id_header(line) {
            match self.response.as_mut().filter(|r| r.headers) {
                Some(r) => {
                    r.request_id.get_or_insert(value);
                }
                None => self.recent_id = Some((n, value)),
            }
            return Ok(());
        }
        if let Some(status) = status_line(line) {
            self.close_response()?;
            let by = if line.starts_with(b"<-- ") || line.starts_with(b"reply: '") {
                PrintedBy::Logger
            } else {
                PrintedBy::Curl
            };
            let mut response = Response::new(status, n, by);
            if by == PrintedBy::Curl && !self.request.is_empty() {
                response.request = Some(std::mem::take(&mut self.request));
            }
            self.response = Some(response);
            return Ok(());
        }
        // An HTTP client's log of a response after a logger's prefix, or urllib3's line for a
        // failed request (found by the reader's clues).
        if info.logged && self.open_logged(line, n)? {
            return Ok(());
        }
        if is_blank(line) {
            if let Some(r) = &mut self.response {
                r.headers = false;
                if r.empty {
                    return self.close_response();
                }
            }
            return Ok(());
        }
        if let Some(r) = self.response.as_mut().filter(|r| r.headers) {
            r.empty |= is_empty_length(line);
        }
        if self.xml_start(line, n, info) || self.brace_start(line, n, info) {
            self.keep_above(before);
            return Ok(());
        }
        self.unit(
            line,
            n,
            usize::MAX,
            info.codes,
            info.clue || info.marks.xml,
            before,
        )
    }

    /// The block's depth after `line`, whose braces open `delta` more than they close: an XML
    /// error ends at its closing tag, whatever braces its text holds.
    fn depth_after(&self, line: &[u8], delta: i64) -> i64 {
        if self.xml_block {
            i64::from(memchr::memmem::find(line, b"</Error>").is_none())
        } else {
            self.depth + delta
        }
    }

    /// Whether `line` is taken as XML's: a declaration alone on its line is no body of its own
    /// (the body is the element after it), and an XML error over several lines (OBS's answers,
    /// pretty-printed) is gathered into one unit.
    fn xml_start(&mut self, line: &[u8], n: u64, info: &LineInfo) -> bool {
        let rest = line.trim_ascii_start();
        if rest.starts_with(b"<?xml") && rest.ends_with(b"?>") {
            return true;
        }
        if !info.marks.xml
            || memchr::memmem::find(line, b"<Error>").is_none()
            || memchr::memmem::find(line, b"</Error>").is_some()
        {
            return false;
        }
        self.block.extend_from_slice(line);
        self.block_line = n;
        self.block_lines = 1;
        self.block_codes = extract::Codes::Some;
        self.block_clue = true;
        self.depth = 1;
        self.xml_block = true;
        true
    }

    /// Starts a block at a line whose braces open more than they close (a pretty-printed body's
    /// first line); says whether it did.
    fn brace_start(&mut self, line: &[u8], n: u64, info: &LineInfo) -> bool {
        // A line that ends by closing what it opened last, yet leaves a brace open, is cut short
        // (a dump's `kwargs={…, headers:{'acl': 'bucket-owne, }`), not a body's first line: the
        // lines after it are read as their own.
        if info.delta <= 0 || matches!(line.trim_ascii_end().last(), Some(b'}' | b']')) {
            return false;
        }
        self.block.extend_from_slice(line);
        self.block_line = n;
        self.block_lines = 1;
        self.block_codes = info.codes;
        self.block_clue = info.clue;
        self.depth = info.delta;
        true
    }

    /// Keeps the line right above a block that starts ([`Scanner::block_above`]).
    fn keep_above(&mut self, before: &printed::Before<'_>) {
        let above = before.lines()[printed::LOOK_BACK - 1].map(strip_quote);
        // An XML declaration is part of the body: the line above it is the one kept.
        if above.is_some_and(|l| l.trim_ascii_start().starts_with(b"<?xml")) {
            return;
        }
        self.block_above.clear();
        if let Some(line) = above {
            self.block_above
                .extend_from_slice(&line[..line.len().min(MAX_ABOVE)]);
        }
    }

    fn flush_block(&mut self) -> Result<(), E> {
        if self.block.is_empty() {
            return Ok(());
        }
        let block = std::mem::take(&mut self.block);
        self.depth = 0;
        self.xml_block = false;
        std::mem::swap(&mut self.unit_above, &mut self.block_above);
        self.block_above.clear();
        self.unit(
            &block,
            self.block_line,
            usize::MAX,
            self.block_codes,
            self.block_clue,
            &printed::Before::NONE,
        )?;
        // Whether or not the unit read it: it is this block's only.
        self.unit_above.clear();
        // Keep the allocation for the next block.
        self.block = block;
        self.block.clear();
        Ok(())
    }

    /// Scans one unit starting at line `n`; keeps only reports starting before `until`.
    /// `codes` says what its code-shaped spots are ([`extract::codes_in`]); `clue`, whether it
    /// may report a failure without a code ([`extract::clues`]); `before`, the two lines before a
    /// one-line unit.
    fn unit(
        &mut self,
        bytes: &[u8],
        n: u64,
        until: usize,
        codes: extract::Codes,
        clue: bool,
        before: &printed::Before<'_>,
    ) -> Result<(), E> {
        match codes {
            extract::Codes::Some => {}
            // Under a heading that states a failing status, a body without a code is read for
            // its message (`code_less`).
            extract::Codes::None | extract::Codes::OnlySuccess(_)
                if clue || self.heading_of(n).is_some() => {}
            extract::Codes::None => return self.end_of_unit(),
            extract::Codes::OnlySuccess(n) => {
                self.stats.successes += n;
                return self.end_of_unit();
            }
        }
        // Backticks around inline code (`AIS.0104`) are only Markdown; `&quot;` is HTML's.
        let cleaned;
        let bytes = match unmarked(bytes) {
            Some(text) => {
                cleaned = text;
                &cleaned[..]
            }
            None => bytes,
        };
        // Valid UTF-8, the usual case, is checked word by word; only invalid text is copied.
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        };
        let (mut pairs, mut reports) = std::mem::take(&mut self.scratch);
        extract::pairs_into(&text, self.options.detail, &mut pairs);
        let loose = extract::reports_into(&mut pairs, &mut reports);
        extract::several(&text, &mut reports);
        if let Some(r) = &mut self.response {
            // A body field without a code of its own.
            for p in loose
                .iter()
                .filter(|p| p.field == extract::Field::RequestId)
            {
                r.request_id.get_or_insert_with(|| p.value.clone());
            }
        }
        let scanned: &[u8] = text.as_bytes();
        // A body with a message and no code: the token endpoint's answers are known by their
        // message, before any code-shaped word in it is read as the error's code.
        let has_message = loose.iter().any(|p| p.field == extract::Field::Message);
        // An XML error (OBS's `<Error><Code>NoSuchKey</Code>…`), before any word in it is read as
        // a code.
        if reports.is_empty() && memchr::memmem::find(scanned, b"<Code>").is_some() {
            reports.extend(extract::xml_error(&text));
        }
        // A failure without a code whose own unit names a Huawei Cloud host, SDK or header (a
        // logged object of fifty lines with the host in its config) is shown to be Huawei
        // Cloud's, wherever in the unit it stands.
        let mut from_failure = false;
        if reports.is_empty() && has_message {
            reports.extend(self.code_less(&text, &loose, n));
            from_failure = !reports.is_empty();
        }
        if reports.is_empty() {
            reports = extract::tokens(scanned, self.options.prefixes);
            // The event's keyed status, request id and message (`… | EVS.1002 | requestId=…`,
            // `AIS.0101 occurred, message: …`) are the token's when it is the only one, and so is
            // a message its line states in Chinese prose
            // (`错误码：AIS.0103，错误信息：图片尺寸不满足要求`).
            if let [report] = reports.as_mut_slice() {
                extract::lend_loose(report, &loose);
                if self.options.detail && report.message.is_none() {
                    let at = report.at.min(text.len());
                    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                    report.message = extract::prose_message(&text[start..end]);
                }
            }
        }
        if reports.is_empty() && !has_message {
            reports.extend(extract::failure(&text, &loose, self.options));
            from_failure = !reports.is_empty();
        }
        let evident = from_failure && self.matchers.names_huawei(scanned);
        let in_body = self.response.as_ref().is_some_and(|r| !r.headers);
        // Outside a response, a status the event states in prose (`status code 429: {…}`).
        let prose = if self.response.is_none() && reports.iter().any(|r| r.status.is_none()) {
            extract::prose_status(scanned).or_else(|| status_above(&self.unit_above))
        } else {
            None
        };
        self.lend_printed(&mut reports, &text, prose, before);
        // Line numbers are counted on from the previous report (reports come in order), so a unit
        // with many reports is still read once.
        let (mut counted_to, mut line) = (0, n);
        // Several reports on one line (a page of examples copied as one line): each takes the
        // status stated between the report before it and itself, before the unit's first.
        let several = prose.is_some() && reports.len() > 1;
        // And the request a Node.js SDK's dump of the error shows, for the diagnoses.
        let (mut stated_from, shown) = (0, exchange::node_request_in(&text, &reports, until));
        for report in reports.drain(..).filter(|r| r.at < until) {
            if self.options.is_success(report.code.as_bytes()) {
                self.stats.successes += 1;
                continue;
            }
            let at = report.at.min(scanned.len());
            if at < counted_to {
                (counted_to, line) = (0, n);
            }
            // A unit of one line has no newline to count.
            if !before.one_line {
                line += memchr::memchr_iter(b'\n', &scanned[counted_to..at]).count() as u64;
            }
            counted_to = at;
            if evident {
                self.gate.note(line);
            }
            let stated = if several && report.status.is_none() && stated_from < at {
                extract::prose_status(&scanned[stated_from..at]).or(prose)
            } else {
                prose
            };
            stated_from = stated_from.max(at);
            let mut finding = self.finding_of(report, &text, line, shown.as_ref());
            finding.http_status = finding.http_status.or(stated);
            self.place(finding, in_body)?;
        }
        self.scratch = (pairs, reports);
        self.end_of_unit()
    }

    /// The finding a report of a unit's `text` makes, on line `line`, with the request the
    /// unit shows, if any.
    fn finding_of(
        &self,
        report: extract::Report,
        text: &str,
        line: u64,
        shown: Option<&std::sync::Arc<Transcript>>,
    ) -> Finding {
        let extra = self.options.extra && matches!(report.shape, Shape::Json | Shape::GoSdk);
        Finding {
            cell: lines::cell(text, report.at, report.shape),
            transcript: shown.cloned(),
            line,
            extra: if extra {
                extract::other_fields(text, report.at)
            } else {
                Vec::new()
            },
            code: report.code,
            message: report.message,
            http_status: report.status,
            request_id: report.request_id,
            shape: report.shape,
            item: report.item,
        }
    }

    /// The failure without a code a unit whose pairs hold a message reports, if any. A summary
    /// reads no messages: they are read here, for the token endpoint's answers known by theirs.
    fn code_less(&self, text: &str, loose: &[extract::Pair], n: u64) -> Option<extract::Report> {
        let mut read = if self.options.detail {
            loose.to_vec()
        } else {
            extract::reports(extract::pairs(text, true)).1
        };
        // A body without a status of its own under a heading that states one (the Terraform
        // provider's `… Response Code: 404`, then the headers and `{"message": "API not found",
        // "request_id": …}`): the answer failed with it.
        if !read.iter().any(|p| p.field == extract::Field::Status)
            && let Some(status) = self.heading_of(n)
        {
            read.push(extract::Pair::stated_status(status));
        }
        extract::failure(text, &read, self.options)
    }

    /// The failing status a heading stated for what is read at line `n`, outside a response.
    fn heading_of(&self, n: u64) -> Option<u16> {
        self.heading
            .filter(|&(at, _)| self.response.is_none() && n.saturating_sub(at) <= HEADING_LINES)
            .map(|(_, status)| status)
    }

    /// Lends a lone report outside a response the fields printed on lines of their own around
    /// it (an SDK sample's output); a status its own line states (`prose`) comes first.
    fn lend_printed(
        &mut self,
        reports: &mut [extract::Report],
        text: &str,
        prose: Option<u16>,
        before: &printed::Before<'_>,
    ) {
        if self.response.is_none()
            && let [report] = reports
        {
            report.status = report.status.or(prose);
            if report.status.is_none() || report.request_id.is_none() {
                self.message_next = printed::lend(report, text, before.lines());
            }
        }
    }

    /// Gives a finding what its place says (the response it is in, a request id stated just
    /// before) and emits it, or holds it for the next line when it has no status yet. A finding
    /// seen twice in one response is emitted once.
    fn place(&mut self, mut finding: Finding, in_body: bool) -> Result<(), E> {
        if finding.http_status.is_none() {
            finding.http_status = self.heading_of(finding.line);
        }
        if finding.request_id.is_none()
            && self.response.is_none()
            && let Some((at, id)) = self.recent_id.take()
            && finding.line.saturating_sub(at) <= RECENT_LINES
        {
            finding.request_id = Some(id);
        }
        if self.message_next.is_some() && self.response.is_none() {
            // Its message is on the next line: held alone for it.
            let next = self.message_next.take();
            self.settle_pending(None)?;
            self.message_next = next;
            self.pending.push(finding);
            return Ok(());
        }
        if let Some(r) = &mut self.response {
            r.reported = true;
            finding.http_status = finding.http_status.or(Some(r.status));
            if finding.request_id.is_none() {
                finding.request_id.clone_from(&r.request_id);
            }
            finding.item |= in_body && r.status == 200;
            finding.transcript = r.transcript().or(finding.transcript.take());
            let key = (finding.code.clone(), finding.request_id.clone());
            if r.seen.contains(&key) {
                return Ok(());
            }
            if r.seen.len() < MAX_SEEN {
                r.seen.push(key);
            }
        } else if finding.http_status.is_none() {
            // The next line may state it. A line of very many reports (an overlong one) is not
            // held whole: past MAX_PENDING, what is held goes out as it is.
            if self.pending.len() >= MAX_PENDING {
                self.settle_pending(None)?;
            }
            self.pending.push(finding);
            return Ok(());
        }
        self.settle_pending(None)?;
        self.emit(finding)
    }

    /// Emits the findings held for a status: with the status `next` states, when it is a
    /// continuation of their event (` ,返回状态码: 401`), else as they are.
    fn settle_pending(&mut self, next: Option<&[u8]>) -> Result<(), E> {
        let message = self
            .message_next
            .take()
            .zip(next)
            .and_then(|(bare, next)| printed::message_after(strip_quote(next), bare));
        let status = next
            .filter(|l| continues_event(l) && l.len() <= 4096 && status_line(l).is_none())
            .and_then(extract::prose_status)
            .or_else(|| next.and_then(lines::bare_status));
        // Drained, keeping the buffer for the next ones.
        // The Java SDK logs its exception's name alone (`DefaultHttpClient
        // HostUnreachableException`) and the cause on the next line, as Java prints a throwable:
        // `java.net.UnknownHostException: …: Temporary failure in name resolution`.
        let cause = next
            .map(<[u8]>::trim_ascii_start)
            .filter(|l| l.starts_with(b"java.") || l.starts_with(b"Caused by: java."))
            .map(|l| String::from_utf8_lossy(&l[..l.len().min(300)]).into_owned());
        let mut pending = std::mem::take(&mut self.pending);
        let mut result = Ok(());
        for mut f in pending.drain(..) {
            f.http_status = f.http_status.or(status);
            if f.message.is_none() {
                f.message.clone_from(&message);
            }
            if let (Some(cause), Some(m)) = (&cause, &mut f.message)
                && f.shape == Shape::JavaSdk
                && m.starts_with("DefaultHttpClient ")
            {
                m.push_str(", caused by: ");
                m.push_str(cause);
            }
            if result.is_ok() {
                result = self.emit(f);
            }
        }
        self.pending = pending;
        result
    }
}

/// The most bytes of the line above a block kept for its status.
const MAX_ABOVE: usize = 512;

/// The failing status the line right above a unit states in prose, if that line is no body
/// and no status line of its own (those are read as what they are).
fn status_above(above: &[u8]) -> Option<u16> {
    if above.is_empty()
        || memchr::memchr2(b'{', b'<', above).is_some()
        || status_line(above).is_some()
    {
        return None;
    }
    extract::prose_status(above).filter(|s| *s >= 400)
}

/// Scans a whole input, calling `emit` for every finding in input order.
///
/// Two threads share the work: a reader thread reads, cuts complete lines and looks at each
/// (its braces, its code-shaped spots); the calling thread follows the structure (blocks,
/// responses), reads the reports out of the few units that may hold one, and calls `emit`. If
/// `emit` fails, the scan returns at once with [`ScanError::Sink`]; the reader thread ends at its
/// next read. A read error ends the scan with [`ScanError::Read`].
///
/// ```
/// use ocr_err::scan::scan;
/// let input = "HTTP/1.1 400 Bad Request\r\nX-Request-Id: 7c1f0e2d9a3b4c5d\r\n\r\n{\"error_code\":\"AIS.0101\",\"error_msg\":\"The input parameter is invalid.\"}";
/// let mut found = Vec::new();
/// scan(std::io::Cursor::new(input), &mut |f| { found.push(f); Ok::<(), ()>(()) }).unwrap();
/// assert_eq!(found[0].code, "AIS.0101");
/// assert_eq!(found[0].http_status, Some(400));
/// assert_eq!(found[0].request_id.as_deref(), Some("7c1f0e2d9a3b4c5d"));
/// ```
pub fn scan<E>(
    input: impl Read + Send + 'static,
    emit: &mut dyn FnMut(Finding) -> Result<(), E>,
) -> Result<Stats, ScanError<E>> {
    scan_with(input, Options::default(), emit)
}

#[cfg(test)]
mod tests;
