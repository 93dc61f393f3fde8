//! Finds every error report in arbitrary text — a response body, `curl -i`/`-v` output, SDK
//! exception text, whole log files — streaming, in bounded memory. Returns findings through a
//! callback; prints nothing.
//!
//! The input is read in pieces and cut into units: a line, or the lines of a brace-balanced block
//! (a pretty-printed JSON body, the Java SDK's `toString()` block, Node's `console.log` object),
//! or a window of a line too long to hold. Each unit goes through [`extract`]. Around the units,
//! an HTTP status line (`HTTP/1.1 400 Bad Request`, `< HTTP/2 401` in `curl -v` output) opens a
//! response: its status and `X-Request-Id` header apply to the errors of its body, and one error
//! seen twice within it is one finding. Outside a response, every report is its own event.
//!
//! Every buffer is bounded: a line is held up to [`MAX_LINE`] bytes (longer lines are scanned in
//! overlapping windows), a block up to [`MAX_BLOCK`] bytes or [`MAX_BLOCK_LINES`] lines.

mod extract;

use std::io::{self, BufRead};

use serde::Serialize;

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

/// One error found in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The 1-based line where the report starts.
    pub line: u64,
    /// The code as received.
    pub code: String,
    /// The message as received.
    pub message: Option<String>,
    /// The HTTP status, from the report or its response's status line.
    pub http_status: Option<u16>,
    /// The request id, from the report or its response's `X-Request-Id` header.
    pub request_id: Option<String>,
    /// How it was printed.
    pub shape: Shape,
    /// A failed item inside a successful (200) response, rather than a failed response.
    pub item: bool,
}

/// What a scan read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Bytes read.
    pub bytes: u64,
    /// Lines read.
    pub lines: u64,
    /// Per-item success statuses (`AIS.0000`) seen and, rightly, not reported.
    pub successes: u64,
}

/// The HTTP response being read.
#[derive(Debug)]
struct Response {
    status: u16,
    request_id: Option<String>,
    /// Still in the header block (until its blank line).
    headers: bool,
    /// Findings already reported for this response: (code, request id).
    seen: Vec<(String, Option<String>)>,
}

/// The scanner's state between units.
struct Scanner<'a> {
    emit: &'a mut dyn FnMut(Finding) -> io::Result<()>,
    stats: Stats,
    response: Option<Response>,
    /// A multi-line block being gathered: its text, first line and brace depth.
    block: Vec<u8>,
    block_line: u64,
    block_lines: usize,
    depth: i64,
}

/// The status of an HTTP status line (`HTTP/1.1 400 Bad Request`, `< HTTP/2 401`).
fn status_line(line: &[u8]) -> Option<u16> {
    let line = line.strip_prefix(b"< ").unwrap_or(line);
    let rest = line.strip_prefix(b"HTTP/")?;
    let space = rest.iter().position(|&b| b == b' ')?;
    if space > 3
        || !rest[..space]
            .iter()
            .all(|b| b.is_ascii_digit() || *b == b'.')
    {
        return None;
    }
    let code = rest.get(space + 1..space + 4)?;
    if !code.iter().all(u8::is_ascii_digit)
        || rest
            .get(space + 4)
            .is_some_and(|b| !b.is_ascii_whitespace())
    {
        return None;
    }
    std::str::from_utf8(code).ok()?.parse().ok()
}

fn is_blank(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"<").unwrap_or(line);
    line.iter().all(u8::is_ascii_whitespace)
}

fn brace_delta(line: &[u8]) -> i64 {
    let open = memchr::memchr_iter(b'{', line).count();
    let close = memchr::memchr_iter(b'}', line).count();
    i64::try_from(open).unwrap_or(i64::MAX) - i64::try_from(close).unwrap_or(i64::MAX)
}

impl Scanner<'_> {
    /// One complete line (without its newline), numbered `n`.
    fn line(&mut self, line: &[u8], n: u64) -> io::Result<()> {
        // curl's own annotations: `* Trying…`, `> GET …` (a new request), `{ [5 bytes data]`.
        if line.starts_with(b"> ") || line == b">" {
            self.flush_block()?;
            self.response = None;
            return Ok(());
        }
        if line.starts_with(b"* ") || line.starts_with(b"{ [") || line.starts_with(b"} [") {
            return Ok(());
        }
        if !self.block.is_empty() {
            self.block.push(b'\n');
            self.block.extend_from_slice(line);
            self.block_lines += 1;
            self.depth += brace_delta(line);
            if self.depth <= 0
                || self.block.len() >= MAX_BLOCK
                || self.block_lines >= MAX_BLOCK_LINES
            {
                self.flush_block()?;
            }
            return Ok(());
        }
        if let Some(status) = status_line(line) {
            self.response = Some(Response {
                status,
                request_id: None,
                headers: true,
                seen: Vec::new(),
            });
            return Ok(());
        }
        if is_blank(line) {
            if let Some(r) = &mut self.response {
                r.headers = false;
            }
            return Ok(());
        }
        let delta = brace_delta(line);
        if delta > 0 {
            self.block.extend_from_slice(line);
            self.block_line = n;
            self.block_lines = 1;
            self.depth = delta;
            return Ok(());
        }
        self.unit(line, n, usize::MAX)
    }

    fn flush_block(&mut self) -> io::Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        let block = std::mem::take(&mut self.block);
        self.depth = 0;
        self.unit(&block, self.block_line, usize::MAX)?;
        // Keep the allocation for the next block.
        self.block = block;
        self.block.clear();
        Ok(())
    }

    /// Scans one unit starting at line `n`; keeps only reports starting before `until`.
    fn unit(&mut self, bytes: &[u8], n: u64, until: usize) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        let (mut reports, loose) = extract::reports(&extract::pairs(&text));
        if let Some(r) = &mut self.response {
            // A header (`X-Request-Id: …`) or a body field without a code of its own.
            for p in loose
                .iter()
                .filter(|p| p.field == extract::Field::RequestId)
            {
                r.request_id.get_or_insert_with(|| p.value.clone());
            }
        }
        if reports.is_empty() && loose.iter().all(|p| p.field != extract::Field::Message) {
            reports = extract::tokens(&text);
        }
        let in_body = self.response.as_ref().is_some_and(|r| !r.headers);
        for report in reports.into_iter().filter(|r| r.at < until) {
            if crate::catalog::is_success(&report.code) {
                self.stats.successes += 1;
                continue;
            }
            let line =
                n + memchr::memchr_iter(b'\n', &bytes[..report.at.min(bytes.len())]).count() as u64;
            let mut finding = Finding {
                line,
                code: report.code,
                message: report.message,
                http_status: report.status,
                request_id: report.request_id,
                shape: report.shape,
                item: report.item,
            };
            if let Some(r) = &mut self.response {
                finding.http_status = finding.http_status.or(Some(r.status));
                if finding.request_id.is_none() {
                    finding.request_id.clone_from(&r.request_id);
                }
                finding.item |= in_body && r.status == 200;
                let key = (finding.code.clone(), finding.request_id.clone());
                if r.seen.contains(&key) {
                    continue;
                }
                if r.seen.len() < MAX_SEEN {
                    r.seen.push(key);
                }
            }
            (self.emit)(finding)?;
        }
        Ok(())
    }
}

/// Scans a whole input, calling `emit` for every finding in input order.
///
/// ```
/// use ocr_err::scan::scan;
/// let input = "HTTP/1.1 400 Bad Request\r\nX-Request-Id: 7c1f0e2d9a3b4c5d\r\n\r\n{\"error_code\":\"AIS.0101\",\"error_msg\":\"The input parameter is invalid.\"}";
/// let mut found = Vec::new();
/// scan(input.as_bytes(), &mut |f| { found.push(f); Ok(()) }).unwrap();
/// assert_eq!(found[0].code, "AIS.0101");
/// assert_eq!(found[0].http_status, Some(400));
/// assert_eq!(found[0].request_id.as_deref(), Some("7c1f0e2d9a3b4c5d"));
/// ```
pub fn scan(
    mut input: impl BufRead,
    emit: &mut dyn FnMut(Finding) -> io::Result<()>,
) -> io::Result<Stats> {
    let mut s = Scanner {
        emit,
        stats: Stats::default(),
        response: None,
        block: Vec::new(),
        block_line: 0,
        block_lines: 0,
        depth: 0,
    };
    let mut line: Vec<u8> = Vec::new();
    let mut n: u64 = 1;
    // Whether the line being read is overlong and already partly scanned in windows.
    let mut windowed = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let room = MAX_LINE - line.len();
        let (take, newline) = match memchr::memchr(b'\n', buf) {
            Some(i) if i < room => (i + 1, true),
            _ => (buf.len().min(room), false),
        };
        line.extend_from_slice(&buf[..take]);
        input.consume(take);
        s.stats.bytes += take as u64;
        if newline {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            if windowed {
                s.unit(&line, n, usize::MAX)?;
            } else {
                s.line(&line, n)?;
            }
            line.clear();
            windowed = false;
            n += 1;
            s.stats.lines += 1;
        } else if line.len() >= MAX_LINE {
            // An overlong line: scan this window for reports that start before its last
            // OVERLAP bytes (those are complete: a value is at most a few KiB), then keep that
            // tail to start the next window, where reports starting in it are taken.
            s.flush_block()?;
            s.unit(&line, n, MAX_LINE - OVERLAP)?;
            line.drain(..MAX_LINE - OVERLAP);
            windowed = true;
        }
    }
    if !line.is_empty() {
        if windowed {
            s.unit(&line, n, usize::MAX)?;
        } else {
            s.line(&line, n)?;
        }
        s.stats.lines += 1;
    }
    s.flush_block()?;
    Ok(s.stats)
}

/// Most distinct codes a summary keeps apart; further ones are counted together.
const MAX_DISTINCT: usize = 10_000;

/// Counts findings per code, for `parse --summary`, in memory bounded by [`MAX_DISTINCT`].
#[derive(Debug, Default)]
pub struct Tally {
    counts: std::collections::HashMap<String, (u64, Option<u16>)>,
    other: u64,
    total: u64,
}

impl Tally {
    /// Counts one finding.
    pub fn add(&mut self, f: &Finding) {
        self.total += 1;
        let canonical =
            crate::catalog::parse_query(&f.code).map_or_else(|| f.code.clone(), |q| q.canonical());
        if let Some(c) = self.counts.get_mut(&canonical) {
            c.0 += 1;
            c.1 = c.1.or(f.http_status);
        } else if self.counts.len() < MAX_DISTINCT {
            self.counts.insert(canonical, (1, f.http_status));
        } else {
            self.other += 1;
        }
    }

    /// The summary: codes most frequent first (ties by code), with totals.
    pub fn summary(self, stats: Stats) -> Summary {
        let mut codes: Vec<CodeCount> = self
            .counts
            .into_iter()
            .map(|(code, (count, http_status))| {
                let entry = crate::catalog::parse_query(&code)
                    .and_then(|q| crate::catalog::find(&q).into_iter().next());
                CodeCount {
                    message: entry.map(|e| e.variants[0].message.as_str()),
                    known: entry.is_some(),
                    code,
                    count,
                    http_status,
                }
            })
            .collect();
        codes.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
        Summary {
            total: self.total,
            distinct: codes.len(),
            unknown: codes.iter().filter(|c| !c.known).map(|c| c.count).sum(),
            other: self.other,
            codes,
            lines: stats.lines,
            bytes: stats.bytes,
            successes: stats.successes,
        }
    }
}

/// One code's count.
#[derive(Debug, Serialize)]
pub struct CodeCount {
    /// The code.
    pub code: String,
    /// How often it was found.
    pub count: u64,
    /// Whether the catalog knows it.
    pub known: bool,
    /// An HTTP status it came with.
    pub http_status: Option<u16>,
    /// The catalog's message for it.
    pub message: Option<&'static str>,
}

/// The aggregate of a scan.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Codes, most frequent first.
    pub codes: Vec<CodeCount>,
    /// All errors found.
    pub total: u64,
    /// Distinct codes.
    pub distinct: usize,
    /// Errors whose code is not in the catalog.
    pub unknown: u64,
    /// Errors past the distinct-code limit, counted but not kept apart.
    pub other: u64,
    /// Lines read.
    pub lines: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Per-item success statuses seen (not errors).
    pub successes: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(input: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        scan(input.as_bytes(), &mut |f| {
            out.push(f);
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn recognises_status_lines() {
        assert_eq!(status_line(b"HTTP/1.1 400 Bad Request"), Some(400));
        assert_eq!(status_line(b"< HTTP/2 401 "), Some(401));
        assert_eq!(status_line(b"HTTP/2 200"), Some(200));
        assert_eq!(status_line(b"HTTP/1.1 4000"), None);
        assert_eq!(status_line(b"xHTTP/1.1 400"), None);
    }

    #[test]
    fn a_pretty_printed_body_is_one_report() {
        let f = findings(
            "{\n  \"error_msg\": \"The input parameter is invalid.\",\n  \"error_code\": \"AIS.0101\"\n}\n",
        );
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].line, f[0].code.as_str()),
            (2, "AIS.0101"),
            "the line of its first field"
        );
    }

    #[test]
    fn repeats_within_a_response_merge_but_separate_log_lines_count() {
        let body = r#"{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: decrypt token fail","request_id":"5f0e"}"#;
        let f = findings(&format!(
            "HTTP/1.1 401 Unauthorized\nX-Request-Id: 5f0e\n\n{body}\n{body}\n"
        ));
        assert_eq!(f.len(), 1, "{f:?}");
        let f = findings(&format!("{body}\n{body}\n"));
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn success_items_are_not_errors_and_failed_items_are_item_errors() {
        let f = findings(
            "HTTP/1.1 200 OK\n\n{\"result\":[{\"status\":\"AIS.0000\"},{\"status\":\"AIS.0103\"}]}\n",
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].code, "AIS.0103");
        assert!(f[0].item);
    }

    #[test]
    fn an_overlong_line_is_scanned_in_windows_without_losing_or_doubling() {
        let body = r#"{"error_code":"AIS.0102","error_msg":"The image format is not supported."}"#;
        let mut line = String::new();
        while line.len() < 3 * MAX_LINE {
            line.push_str(&"x".repeat(997));
            line.push_str(body);
        }
        let expected = line.matches(body).count();
        let f = findings(&line);
        assert_eq!(f.len(), expected);
    }
}
