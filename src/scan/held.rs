//! A failure without a code held for the rest of its event: an HTTP client's message that an
//! answer failed may come before the answer's body. axios's `AxiosError: Request failed
//! with status code 400` heads a dump of the error object, whose `response.data` may hold the
//! service's own error (`error_code: 'AIS.0101'`). That report is the same error, told better:
//! it takes the status and the held one is dropped. A line that starts another event, a pause in
//! the input or its end lets the held failure out as it is.
//!
//! Python chains tracebacks: the Python SDK raises its exception while handling `requests`'
//! `HTTPError: 401 Client Error: …`, and the traceback printed shows both, one after the other,
//! joined by `During handling of the above exception, another exception occurred:`. The chained
//! traceback is the same event.

use super::extract::Shape;
use super::lines::continues_event;
use super::{Finding, Scanner};

/// The sentences with which Python joins a traceback to the exception raised while handling it.
const CHAINS: &[&[u8]] = &[
    b"During handling of the above exception, another exception occurred:",
    b"The above exception was the direct cause of the following exception:",
];

/// How far a traceback chained to the held failure has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Chained {
    /// None is.
    No,
    /// None is yet, but a blank line came: Python's sentence may follow.
    Blank,
    /// Python said one follows.
    Said,
    /// Its `Traceback (most recent call last):` has come: its frames, then its exception.
    Traceback,
}

/// How many lines after a failure a transport failure's words restate it (Java's `Caused by:`
/// on the next lines).
const RESTATED_LINES: u64 = 4;

/// Whether a finding is held for its event: the code-less failure an HTTP client's message
/// reports (axios's, passed on by the Node.js SDK, or another client's), or an SDK exception
/// printed with its message only, whose code was inferred from the message (Node's
/// `console.log(err)` prints the fields, code and all, after it), or a transport failure told
/// by its words (a chained traceback names the SDK's exception after them).
fn holds(f: &Finding) -> bool {
    matches!(f.shape, Shape::NodeSdk | Shape::HttpClient) && f.code.starts_with("HTTP ")
        || matches!(f.shape, Shape::SdkMessage | Shape::Network)
        // The Node.js SDK's network failure: `console.log(err)` prints its fields after it.
        || f.shape == Shape::NodeSdk && f.code == "ServiceResponseException"
}

impl<E> Scanner<'_, E> {
    /// Hands a finding to the sink, after the failure held for its event (unless the finding
    /// tells that failure better), or holds it.
    pub(super) fn emit(&mut self, mut finding: Finding) -> Result<(), E> {
        // The fields of an exception printed with its message only, with no code but the
        // status (Node's `errorCode: 401` of an IAM answer): the status and request id are the
        // held exception's, whose code its message tells.
        if let Some(held) = &mut self.held
            && held.shape == Shape::SdkMessage
            && finding.code.starts_with("HTTP ")
            && finding.message.is_some()
            && finding.message == held.message
        {
            held.http_status = held.http_status.or(finding.http_status);
            held.request_id = held.request_id.take().or(finding.request_id);
            return Ok(());
        }
        // A transport failure's words after the failure held for its event (the fields
        // `console.log(err)` prints after the exception's line), or just after another
        // failure (Java's cause on the next line), restate it.
        let after = |line: u64| finding.line.saturating_sub(line) <= RESTATED_LINES;
        if finding.shape == Shape::Network
            && (self.held.is_some() || self.last_found.is_some_and(after))
        {
            return Ok(());
        }
        self.last_found = Some(finding.line);
        if let Some(held) = self.held.take() {
            // A failure's status must agree; a code inferred from a message gives way to the
            // one printed. The same failure stated again (axios's sentence, then the Node.js
            // SDK's fields with the request id) is one.
            let again =
                holds(&finding) && finding.code == held.code && held.shape != Shape::SdkMessage;
            let restates = (!holds(&finding) || again)
                && finding.shape != Shape::Http
                && (held.shape == Shape::SdkMessage
                    || finding
                        .http_status
                        .is_none_or(|s| Some(s) == held.http_status));
            if restates {
                finding.http_status = finding.http_status.or(held.http_status);
                finding.request_id = finding.request_id.or(held.request_id);
            } else {
                self.gate.finding(held, &mut *self.sink)?;
            }
        }
        if holds(&finding) {
            self.held = Some(finding);
            self.chained = Chained::No;
            return Ok(());
        }
        self.gate.finding(finding, &mut *self.sink)
    }

    /// Whether the held failure's event goes on with `line`: a continuation line, or a traceback
    /// chained to it (blank lines around Python's sentence, its frames, and its exception's
    /// line). Another blank line may end the event: it holds on only if the sentence follows.
    pub(super) fn holds_on(&mut self, line: &[u8]) -> bool {
        let line = line.trim_ascii_end();
        if CHAINS.contains(&line) {
            self.chained = Chained::Said;
            return true;
        }
        let (blank, continues) = (line.is_empty(), continues_event(line));
        self.chained = match self.chained {
            _ if blank => match self.chained {
                Chained::No | Chained::Blank => Chained::Blank,
                held => held,
            },
            Chained::Said if line == b"Traceback (most recent call last):" => Chained::Traceback,
            Chained::Traceback if continues => Chained::Traceback,
            // The chained exception's own line, after its traceback or in its stead.
            Chained::Said | Chained::Traceback => Chained::No,
            Chained::Blank => return false,
            Chained::No => return continues,
        };
        true
    }

    /// Lets the held failure out as it is.
    pub(super) fn release_held(&mut self) -> Result<(), E> {
        self.chained = Chained::No;
        match self.held.take() {
            Some(held) => self.gate.finding(held, &mut *self.sink),
            None => Ok(()),
        }
    }
}
