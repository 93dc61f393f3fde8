//! Counting findings for `parse --summary`, in bounded memory: one count per code as received
//! and HTTP status. Joining the counts with the catalog is the domain step's job
//! ([`crate::explain::summarize`]).

use std::collections::HashMap;

use serde::Serialize;

use super::Finding;

/// Most distinct (code, status) pairs a summary keeps apart; further ones are counted together.
const MAX_DISTINCT: usize = 10_000;

/// Counts of findings per code as received and HTTP status.
#[derive(Debug, Default)]
pub struct Tally {
    counts: HashMap<(String, Option<u16>), u64>,
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
}

impl Tally {
    /// Counts one finding.
    pub fn add(&mut self, f: &Finding) {
        self.total += 1;
        let key = (f.code.clone(), f.http_status);
        if let Some(c) = self.counts.get_mut(&key) {
            *c += 1;
        } else if self.counts.len() < MAX_DISTINCT {
            self.counts.insert(key, 1);
        } else {
            self.other += 1;
        }
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
        self.counts
            .into_iter()
            .map(|((code, http_status), count)| CodeCount {
                code,
                http_status,
                count,
            })
    }
}
