//! A failure without a code held for the rest of its event: axios's `AxiosError: Request failed
//! with status code 400` heads a dump of the error object, whose `response.data` may hold the
//! service's own error (`error_code: 'AIS.0101'`). That report is the same error, told better:
//! it takes the status and the held one is dropped. A line that starts another event, a pause in
//! the input or its end lets the held failure out as it is.

use super::extract::Shape;
use super::{Finding, Scanner};

/// Whether a finding is held for its event: the code-less failure axios's message reports.
fn holds(f: &Finding) -> bool {
    f.shape == Shape::NodeSdk && f.code.starts_with("HTTP ")
}

impl<E> Scanner<'_, E> {
    /// Hands a finding to the sink, after the failure held for its event (unless the finding
    /// tells that failure better), or holds it.
    pub(super) fn emit(&mut self, mut finding: Finding) -> Result<(), E> {
        if let Some(held) = self.held.take() {
            let restates = !holds(&finding)
                && finding.shape != Shape::Http
                && finding
                    .http_status
                    .is_none_or(|s| Some(s) == held.http_status);
            if restates {
                finding.http_status = finding.http_status.or(held.http_status);
                finding.request_id = finding.request_id.or(held.request_id);
            } else {
                self.sink.finding(held)?;
            }
        }
        if holds(&finding) {
            self.held = Some(finding);
            return Ok(());
        }
        self.sink.finding(finding)
    }

    /// Lets the held failure out as it is.
    pub(super) fn release_held(&mut self) -> Result<(), E> {
        match self.held.take() {
            Some(held) => self.sink.finding(held),
            None => Ok(()),
        }
    }
}
