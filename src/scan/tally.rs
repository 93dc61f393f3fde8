//! Counting findings for `parse --summary`, in bounded memory: one count per code as received
//! and HTTP status. Joining the counts with the catalog is the domain step's job
//! ([`crate::explain::summarize`]).

use std::collections::HashMap;

use serde::Serialize;

use super::Finding;

/// Most distinct (code, status) pairs a summary keeps apart; further ones are counted together.
const MAX_DISTINCT: usize = 10_000;
/// The most characters of a received message kept for a row: enough for a line of a summary.
const MAX_MESSAGE: usize = 240;

/// One row's count, and the message its first finding that had one came with.
#[derive(Debug)]
struct Row {
    status: Option<u16>,
    count: u64,
    received: Option<String>,
}

impl Row {
    fn new(f: &Finding) -> Self {
        Row {
            status: f.http_status,
            count: 1,
            received: kept(f),
        }
    }
}

/// A finding's message as a row keeps it: its first [`MAX_MESSAGE`] characters.
fn kept(f: &Finding) -> Option<String> {
    let m = f.message.as_deref()?.trim();
    if m.is_empty() {
        return None;
    }
    Some(match m.char_indices().nth(MAX_MESSAGE) {
        Some((cut, _)) => format!("{}…", &m[..cut]),
        None => m.to_owned(),
    })
}

/// Counts of findings per code as received and HTTP status.
#[derive(Debug, Default)]
pub struct Tally {
    /// Per code as received: its count per HTTP status (a code comes with few). Hashed with
    /// foldhash, several times `SipHash`'s speed; the keys are at most [`MAX_DISTINCT`].
    counts: HashMap<String, Vec<Row>, foldhash::fast::RandomState>,
    distinct: usize,
    other: u64,
    total: u64,
}

/// One code's count with one HTTP status (or none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeCount {
    /// The code as received.
    pub code: String,
    /// The HTTP status it came with.
    pub http_status: Option<u16>,
    /// How often.
    pub count: u64,
    /// The message the first of them that had one was received with (its first characters).
    pub received: Option<String>,
}

impl Tally {
    /// Counts one finding.
    pub fn add(&mut self, f: &Finding) {
        self.total += 1;
        // Looked up by the borrowed code: no allocation for a code already counted.
        if let Some(statuses) = self.counts.get_mut(f.code.as_str()) {
            if let Some(row) = statuses.iter_mut().find(|r| r.status == f.http_status) {
                row.count += 1;
                if row.received.is_none() && f.message.is_some() {
                    row.received = kept(f);
                }
                return;
            }
            if self.distinct < MAX_DISTINCT {
                statuses.push(Row::new(f));
                self.distinct += 1;
                return;
            }
        } else if self.distinct < MAX_DISTINCT {
            self.counts.insert(f.code.clone(), vec![Row::new(f)]);
            self.distinct += 1;
            return;
        }
        self.other += 1;
    }

    /// All findings counted, those past the distinct limit included.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Findings past the distinct limit, counted but not kept apart.
    pub fn other(&self) -> u64 {
        self.other
    }

    /// The counts, in no particular order.
    pub fn into_counts(self) -> impl Iterator<Item = CodeCount> {
        self.counts.into_iter().flat_map(|(code, statuses)| {
            statuses.into_iter().map(move |row| CodeCount {
                code: code.clone(),
                http_status: row.status,
                count: row.count,
                received: row.received,
            })
        })
    }
}
