//! What a scan gives: the findings, what it read, and why it stopped early.

use std::io;
use std::sync::Arc;

use serde::Serialize;

use super::Shape;

/// One error found in the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The 1-based line where the report starts.
    pub line: u64,
    /// The code as received; for a failure without one, the name it is explained by (`HTTP 413`,
    /// `ConnectionException`). Empty for an SDK exception printed with its message only
    /// ([`Shape::SdkMessage`]): [`crate::explain::reported`] gives it the code documented with
    /// its message.
    pub code: String,
    /// The message as received (not read when the scan was asked for no detail).
    pub message: Option<String>,
    /// The HTTP status, from the report or its response's status line.
    pub http_status: Option<u16>,
    /// The request id, from the report or its response's `X-Request-Id` header.
    pub request_id: Option<String>,
    /// How it was printed.
    pub shape: Shape,
    /// A failed item inside a successful (200) response, rather than a failed response.
    pub item: bool,
    /// The other fields of a JSON error object, as received (values of nested objects as compact
    /// JSON). Empty for other shapes, and when the scan was asked not to keep them.
    #[serde(serialize_with = "extra_as_map")]
    pub extra: Vec<(String, String)>,
    /// Whether a bare code stands as a table's cell or a list's entry, which may make it one of a
    /// listing's codes rather than an error. Not printed.
    #[serde(skip)]
    pub cell: Cell,
    /// The request that led to it and its answer's `Date`, where a curl -v transcript showed
    /// them. Not printed as such: diagnoses are made from it.
    #[serde(skip)]
    pub transcript: Option<Arc<Transcript>>,
}

/// What a curl -v transcript showed of one exchange.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Transcript {
    /// The request's lines without curl's `> `: its request line, then its headers.
    pub request: Vec<String>,
    /// The answer's `Date` header, as written.
    pub date: Option<String>,
    /// The request's body, where the text shows it (the Node.js SDK's dump does).
    pub body: Option<String>,
}

/// Where a bare code stands on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cell {
    /// Among other words (a log line, prose), or not a bare code.
    #[default]
    No,
    /// Alone on its line but for a list's or a table's marks (a table flattened to a cell a line).
    Alone,
    /// In a row of a table (`| APIG.0301 | 401 | … |`, `<td>APIG.0301</td>`).
    Row,
}

fn extra_as_map<S: serde::Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Why a scan stopped early: its input failed, or the sink it hands findings to did.
#[derive(Debug)]
pub enum ScanError<E> {
    /// Reading the input failed, after what the [`Stats`] count was read (and scanned).
    Read(io::Error, Stats),
    /// The sink failed (writing the output, say); the scan stopped at once.
    Sink(E),
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
