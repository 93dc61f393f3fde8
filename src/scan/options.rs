//! What the scanner is told: how to scan, and what it needs to know of the codes.

use super::extract;

/// How to scan, and what the scanner needs to know of the codes (it knows no catalog).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Read each error's message. A count of codes needs none; skipping them is faster.
    pub detail: bool,
    /// Read the other fields of a JSON error object (`Finding::extra`), what only a full record
    /// of a finding shows.
    pub extra: bool,
    /// Codes that report success (`AIS.0000`, any case): counted, never reported.
    pub success: &'static [&'static str],
    /// Known code prefixes (`AIS`, `Ecs`, `DNS`): a bare code-shaped token is taken for an error
    /// code when its prefix is one of them (or when it stands where a code stands).
    pub prefixes: &'static [&'static str],
    /// SDK exception classes (`ConnectionException`): a failure without a service code,
    /// reported under the class's name.
    pub exceptions: &'static [&'static str],
    /// Messages that arrive without a code (`The account is locked.`), reported as the code when
    /// a body without one holds one of them.
    pub messages: &'static [&'static str],
    /// Text that shows a Huawei Cloud call (a host, an SDK's package, the gateway's headers): a
    /// failure without a service code is reported only with some of it near. Empty (the
    /// default): every failure is reported.
    pub evidence: &'static [&'static str],
    /// Exception classes only the Huawei Cloud SDKs raise: their name is evidence of its own.
    pub own_exceptions: &'static [&'static str],
}

impl Default for Options {
    fn default() -> Self {
        Options {
            detail: true,
            extra: true,
            success: &[],
            prefixes: &[],
            exceptions: &[],
            messages: &[],
            evidence: &[],
            own_exceptions: &[],
        }
    }
}

impl Options {
    /// Whether a code (still in bytes) reports success.
    pub(crate) fn is_success(&self, code: &[u8]) -> bool {
        extract::Success::new(self.success).is(code)
    }
}
