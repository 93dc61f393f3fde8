//! What one unit of text reports, read from its text alone: the part of a unit's scan that needs
//! no state, so that the reader thread may do it ahead of the scanner when the scanner is behind
//! (`reader::read_pieces`), and the scanner applies it where the unit stands (in a response or
//! not).

use super::{Finding, Options, Shape, extract};

/// A unit's findings, before its place in the input is known.
#[derive(Debug, Default)]
pub(super) struct Read {
    /// Its findings; `line` counts the lines before each one within the unit (add the unit's
    /// first line number).
    pub(super) findings: Vec<Finding>,
    /// Per-item success statuses it holds (`AIS.0000`): counted, not reported.
    pub(super) successes: u64,
    /// A request id among its fields that belongs to no report: a response body's own.
    pub(super) request_id: Option<String>,
    /// The HTTP status its prose states (`status code 429: {…}`), for findings without one
    /// outside a response. Read only when `prose` was asked and a finding lacks a status.
    pub(super) prose: Option<u16>,
}

/// What the unit `bytes` reports, keeping reports starting before `until`. `codes` says what its
/// code-shaped spots are ([`extract::codes_in`]); `clue`, whether it may report a failure without
/// a code ([`extract::clues`]). `prose`: whether to read a status from its prose.
pub(super) fn read(
    bytes: &[u8],
    until: usize,
    codes: extract::Codes,
    clue: bool,
    prose: bool,
    options: Options,
) -> Read {
    match codes {
        extract::Codes::Some => {}
        extract::Codes::None | extract::Codes::OnlySuccess(_) if clue => {}
        extract::Codes::None => return Read::default(),
        extract::Codes::OnlySuccess(n) => {
            return Read {
                successes: n,
                ..Read::default()
            };
        }
    }
    // Backticks around inline code (`AIS.0104`) are only Markdown.
    let unticked;
    let bytes = if memchr::memchr(b'`', bytes).is_some() {
        unticked = bytes
            .iter()
            .map(|&b| if b == b'`' { b' ' } else { b })
            .collect::<Vec<u8>>();
        &unticked[..]
    } else {
        bytes
    };
    // Valid UTF-8, the usual case, is checked word by word; only invalid text is copied.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let (mut reports, loose) = extract::reports(extract::pairs(&text, options.detail));
    let mut read = Read {
        // A body field without a code of its own.
        request_id: loose
            .iter()
            .find(|p| p.field == extract::Field::RequestId)
            .map(|p| p.value.clone()),
        ..Read::default()
    };
    let scanned: &[u8] = text.as_bytes();
    if reports.is_empty() && loose.iter().all(|p| p.field != extract::Field::Message) {
        reports = extract::tokens(scanned, options.prefixes);
        // The event's keyed status and request id (`… | EVS.1002 | requestId=…`) are the
        // token's when it is the only one, and so is a message its line states in Chinese
        // prose (`错误码：AIS.0103，错误信息：图片尺寸不满足要求`).
        if let [report] = reports.as_mut_slice() {
            extract::lend_loose(report, &loose);
            if options.detail && report.message.is_none() {
                let at = report.at.min(text.len());
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                report.message = extract::prose_message(&text[start..end]);
            }
        }
    }
    if reports.is_empty() {
        // A summary reads no messages; the token endpoint's answers are known by theirs.
        let reread;
        let loose = if !options.detail && loose.iter().any(|p| p.field == extract::Field::Message) {
            reread = extract::reports(extract::pairs(&text, true)).1;
            &reread
        } else {
            &loose
        };
        reports.extend(extract::failure(&text, loose, options));
    }
    if prose && reports.iter().any(|r| r.status.is_none()) {
        read.prose = extract::prose_status(scanned);
    }
    // Line numbers are counted on from the previous report (reports come in order), so a unit
    // with many reports is still read once.
    let (mut counted_to, mut line) = (0, 0);
    for report in reports.into_iter().filter(|r| r.at < until) {
        if options.is_success(report.code.as_bytes()) {
            read.successes += 1;
            continue;
        }
        let at = report.at.min(scanned.len());
        if at < counted_to {
            (counted_to, line) = (0, 0);
        }
        line += memchr::memchr_iter(b'\n', &scanned[counted_to..at]).count() as u64;
        counted_to = at;
        read.findings.push(Finding {
            line,
            code: report.code,
            message: report.message,
            http_status: report.status,
            request_id: report.request_id,
            shape: report.shape,
            item: report.item,
            extra: if options.detail && matches!(report.shape, Shape::Json | Shape::GoSdk) {
                extract::other_fields(&text, report.at)
            } else {
                Vec::new()
            },
        });
    }
    read
}
