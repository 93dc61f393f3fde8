//! The last step before a finding is handed over: only Huawei Cloud's failures, and no listings.
//!
//! **The rule.** A finding with a service code (`APIG.0301`, `DNS.0302`, `ModelArts.81001`: letters,
//! a dot or underscore, digits) is Huawei Cloud's by its code. A finding without one — an HTTP
//! status (`HTTP 404`), a client's exception (`ConnectionException`), a message known without a
//! code, and codes of other shapes (OBS's `NoSuchKey`, the registry's `DENIED`, a bare number) — is
//! reported only when the text shows it is a Huawei Cloud call: a line within
//! [`BEFORE`] lines before it or [`AFTER`] lines after it names a Huawei Cloud host, SDK package,
//! header or product ([`Options::evidence`](super::Options::evidence), kept in
//! `codes/evidence.json`), or a finding with a service code stands there, or the exception is one
//! only the Huawei Cloud SDKs raise. Another vendor's failure in the same shape is not reported.
//!
//! **Listings.** Bare code tokens of different codes on lines close together (a documentation
//! table, each cell on a line of its own or not, a list of codes, a map from codes to messages)
//! are a listing, not errors: none of them is reported. A code in an error position — under an
//! error-code key, beside a status, after an error word — is not a bare token, and is reported as
//! before.
//!
//! Findings are held here until what follows them decides them, and handed over in input order.
//! When the scan waits for input (a live log) or ends, everything held is decided with what has
//! been seen.
//!
//! The gate is off when the scan was given no evidence to look for (a library caller's default
//! [`Options`](super::Options)): everything passes.

use std::collections::VecDeque;

use super::{Cell, Finding, Sink};

/// How many lines before a failure its evidence may stand (a `curl -v` request's `Host:` header,
/// the frames of a traceback that name the SDK).
pub(super) const BEFORE: u64 = 40;
/// How many lines after it (the rest of an exception's text, a URL logged after the error).
pub(super) const AFTER: u64 = 12;
/// The most lines between two bare codes of one listing (a table flattened to a cell a line,
/// with blank lines between, puts its codes six to ten lines apart: three to five columns).
const LISTING_GAP: u64 = 12;
/// The most lines with evidence remembered.
const MAX_EVIDENCE: usize = 64;
/// The most findings held; past it the oldest is decided with what has been seen. A piece of
/// input (256 KiB) holds fewer failures than this waiting for the evidence searched at its end.
const MAX_HELD: usize = 16_384;

/// What a held finding waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wait {
    /// Nothing: it goes out when the findings before it have.
    Ready,
    /// Evidence of a Huawei Cloud call near it.
    Evidence,
    /// A bare token: whether another code follows close by (a listing).
    Listing,
    /// Decided: not reported.
    Dropped,
}

/// Findings on their way out.
#[derive(Debug, Default)]
pub(super) struct Gate {
    on: bool,
    own_exceptions: &'static [&'static str],
    held: VecDeque<(Finding, Wait)>,
    /// The latest lines with evidence, in order.
    evidence: VecDeque<u64>,
    /// The furthest line the scan has read, its evidence searched.
    read_to: u64,
    /// The furthest line a finding has come from.
    found_to: u64,
    /// The last code alone on its line: its line, the code, and whether it is a listing's.
    last_cell: Option<(u64, String, bool)>,
    /// The last failing status a finding came with, and its line.
    last_status: Option<(u64, u16)>,
}

impl Gate {
    pub(super) fn new(options: &super::Options) -> Gate {
        Gate {
            on: !options.evidence.is_empty(),
            own_exceptions: options.own_exceptions,
            ..Gate::default()
        }
    }

    /// A line that names a Huawei Cloud host, SDK, header or product.
    pub(super) fn evidence<E>(
        &mut self,
        line: u64,
        sink: &mut dyn Sink<Error = E>,
    ) -> Result<(), E> {
        if !self.on {
            return Ok(());
        }
        self.note(line);
        self.read(line, sink)
    }

    /// Notes evidence at `line` without saying the lines before it are read: a unit shows its
    /// own failure to be Huawei Cloud's before its piece's evidence is searched.
    pub(super) fn note(&mut self, line: u64) {
        if let Err(at) = self.evidence.binary_search(&line) {
            if self.evidence.len() == MAX_EVIDENCE {
                if at == 0 {
                    return;
                }
                self.evidence.pop_front();
                self.evidence.insert(at - 1, line);
            } else {
                self.evidence.insert(at, line);
            }
        }
        self.evident_at(line);
    }

    /// The failures waiting near `line` are shown to be Huawei Cloud's.
    /// Findings are held in line order: only those near are visited.
    fn evident_at(&mut self, line: u64) {
        for (f, wait) in self.held.iter_mut().rev() {
            if f.line + AFTER < line {
                break;
            }
            if *wait == Wait::Evidence && near(f.line, line) {
                *wait = Wait::Ready;
            }
        }
    }

    /// Whether a failure waits for evidence: then the lines around it are searched for some.
    pub(super) fn waiting(&self) -> bool {
        self.held.iter().any(|(_, w)| *w == Wait::Evidence)
    }

    /// The scan has read up to `line`: what that decides goes out.
    pub(super) fn read<E>(&mut self, line: u64, sink: &mut dyn Sink<Error = E>) -> Result<(), E> {
        self.read_to = self.read_to.max(line);
        self.release(false, sink)
    }

    /// Takes a finding.
    pub(super) fn finding<E>(
        &mut self,
        f: Finding,
        sink: &mut dyn Sink<Error = E>,
    ) -> Result<(), E> {
        if !self.on {
            return sink.finding(f);
        }
        let listed = f.request_id.is_none();
        // A sentence that states the status of an error reported just before it (a reply's
        // `服务端返回404` under the `ResponseCode: 404` it explains) restates that error.
        let restated = f.shape == super::Shape::Prose
            && self.last_status.is_some_and(|(line, s)| {
                Some(s) == f.http_status && f.line.saturating_sub(line) <= BEFORE
            });
        if let Some(s) = f.http_status {
            self.last_status = Some((f.line, s));
        }
        let wait = if restated {
            Wait::Dropped
        } else if listed && f.cell == Cell::Row {
            // A table's row is a listing's, alone or not.
            Wait::Dropped
        } else if listed && f.cell == Cell::Alone {
            self.listing(&f)
        } else if listed && f.http_status.is_none() && self.quotes_listing(&f) {
            // A listing's cell quoting the error body of the code in the cell before it (a
            // table flattened to a cell a line: `APIG.0203`, then `error_code:APIG.0203`).
            Wait::Dropped
        } else if has_service_code(&f.code)
            // An SDK's exception printed with its message only: its class is the SDK's, and its
            // code is the one documented with its message, found after the scan.
            || f.shape == super::Shape::SdkMessage
            || self.own_exceptions.contains(&f.code.as_str())
            || self.evidence.iter().any(|&l| near(f.line, l))
        {
            Wait::Ready
        } else {
            Wait::Evidence
        };
        // A service code is evidence for the failures around it.
        if wait == Wait::Ready && has_service_code(&f.code) {
            self.evident_at(f.line);
        }
        // What has been read is told by `read` after each piece, once the piece's evidence is
        // known: a finding's line does not yet say its neighbours have no evidence, but it does
        // say no code of a listing comes before it.
        self.found_to = self.found_to.max(f.line);
        self.held.push_back((f, wait));
        if self.held.len() > MAX_HELD {
            self.decide_front();
        }
        self.release(false, sink)
    }

    /// Whether a finding restates the code of the listing's cell just before it.
    fn quotes_listing(&self, f: &Finding) -> bool {
        self.last_cell
            .as_ref()
            .is_some_and(|(line, code, in_listing)| {
                *in_listing
                    && f.line > *line
                    && f.line - *line <= LISTING_GAP
                    && code.eq_ignore_ascii_case(&f.code)
            })
    }

    /// How a bare token waits: as part of the listing the token before it opened, if it is one.
    fn listing(&mut self, f: &Finding) -> Wait {
        let follows = self
            .last_cell
            .as_ref()
            .is_some_and(|(line, code, in_listing)| {
                f.line.saturating_sub(*line) <= LISTING_GAP
                    && (*in_listing || !code.eq_ignore_ascii_case(&f.code))
            });
        let wait = if follows {
            // The code before it, if still held, is the listing's too.
            if let Some((_, w)) = self
                .held
                .iter_mut()
                .rev()
                .take_while(|(h, _)| h.line + LISTING_GAP >= f.line)
                .find(|(h, _)| h.cell == Cell::Alone)
            {
                *w = Wait::Dropped;
            }
            Wait::Dropped
        } else {
            Wait::Listing
        };
        self.last_cell = Some((f.line, f.code.clone(), follows));
        wait
    }

    /// Everything held is decided with what has been seen: the scan waits for input, or ended.
    pub(super) fn flush<E>(&mut self, sink: &mut dyn Sink<Error = E>) -> Result<(), E> {
        self.release(true, sink)
    }

    fn decide_front(&mut self) {
        if let Some((_, w)) = self.held.front_mut() {
            *w = match *w {
                Wait::Evidence | Wait::Dropped => Wait::Dropped,
                Wait::Listing | Wait::Ready => Wait::Ready,
            };
        }
    }

    /// Hands over the findings at the front that are decided (all, when `all`).
    fn release<E>(&mut self, all: bool, sink: &mut dyn Sink<Error = E>) -> Result<(), E> {
        while let Some((f, wait)) = self.held.front() {
            let settled = match wait {
                Wait::Ready | Wait::Dropped => true,
                Wait::Evidence => all || self.read_to > f.line + AFTER,
                Wait::Listing => all || self.read_to.max(self.found_to) > f.line + LISTING_GAP,
            };
            if !settled {
                break;
            }
            let (f, wait) = self.held.pop_front().expect("a front");
            match wait {
                Wait::Ready | Wait::Listing => sink.finding(f)?,
                Wait::Evidence | Wait::Dropped => {}
            }
        }
        Ok(())
    }
}

/// Whether evidence at line `e` is near a finding at line `f`.
fn near(f: u64, e: u64) -> bool {
    e + BEFORE >= f && e <= f + AFTER
}

/// Whether a code is a service's: letters (and underscores, dotted parts of them), a dot or an
/// underscore, digits (`APIG.0301`, `CCE_CM.0004`, `SVC.ABC.4000123`, `Prefix.002002009.404`).
pub(super) fn has_service_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    let Some(first_digit) = bytes.iter().position(u8::is_ascii_digit).filter(|&d| d > 0) else {
        return false;
    };
    // `AIS0104` as a service may spell it under an error-code key: no separator.
    let letters_end = if matches!(bytes[first_digit - 1], b'.' | b'_' | b'-') {
        first_digit - 1
    } else {
        first_digit
    };
    letters_end >= 2
        && bytes[0].is_ascii_alphabetic()
        && bytes[..letters_end]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'.'))
        && bytes[first_digit..]
            .iter()
            .all(|b| b.is_ascii_digit() || *b == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_codes_are_told_from_other_shapes() {
        for code in [
            "APIG.0301",
            "Ecs.0114",
            "ModelArts.81001",
            "CCE_CM.0004",
            "SVC.ABC.4000123",
            "Prefix.002002009.404",
            "XYZ.00012345",
            "AIS0104",
            "AIS-0104",
        ] {
            assert!(has_service_code(code), "{code}");
        }
        for code in [
            "HTTP 404",
            "NoSuchKey",
            "DENIED",
            "0415",
            "E000510",
            "ConnectionException",
            "A.1",
            ".0101",
            "",
        ] {
            assert!(!has_service_code(code), "{code}");
        }
    }
}
