//! The domain step between finding and printing: looking codes up in the catalog, resolving each
//! finding of `parse` against it, and joining a summary's counts with it. Renderers take what is
//! made here and only lay it out; the exit code is decided from it.

use serde::Serialize;

use crate::catalog::{self, Entry, Fallback, Family, Unknown};
use crate::scan::{Finding, Stats, Tally};

/// What `explain` found for one argument.
#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Explained {
    /// The argument names these entries (one per table documenting the code, or every code
    /// carrying a bare number), in precedence order.
    Found {
        /// The argument as typed.
        query: String,
        /// The entries.
        entries: Vec<&'static Entry>,
    },
    /// A code-shaped argument the catalog does not know.
    Unknown {
        /// The argument as typed.
        query: String,
        /// The normalised code.
        code: String,
        /// The nearest known codes.
        #[serde(serialize_with = "crate::render::brief_entries")]
        suggestions: Vec<&'static Entry>,
        /// The family its prefix belongs to.
        family: Option<&'static Family>,
        /// The services its prefix names, and where to read more.
        #[serde(skip_serializing_if = "Option::is_none")]
        service: Option<catalog::ServiceInfo>,
        /// What to do about it.
        fallback: &'static Fallback,
    },
    /// An argument that is not a code at all.
    Invalid {
        /// The argument as typed.
        query: String,
    },
}

impl Explained {
    /// Looks up one argument.
    pub fn new(query: &str) -> Self {
        let query = query.to_owned();
        match catalog::lookup(&query) {
            catalog::Lookup::Found(entries) => Explained::Found { query, entries },
            catalog::Lookup::Unknown(Unknown {
                code,
                suggestions,
                family,
            }) => Explained::Unknown {
                service: catalog::service_info(&code),
                query,
                code,
                suggestions,
                family,
                fallback: &catalog::rules().fallback,
            },
            catalog::Lookup::Invalid => Explained::Invalid { query },
        }
    }
}

/// What `list` prints: the entries asked for, with every table's provenance and the rules, so
/// that `list --format json` exports the whole catalog.
#[derive(Debug, Serialize)]
pub struct Listing<'a> {
    /// Each table without its entries.
    pub tables: Vec<TableInfo>,
    /// The fallback advice and the code families.
    pub rules: &'static catalog::Rules,
    /// The entries, by code (a code in several tables in their precedence).
    pub entries: &'a [&'static Entry],
}

/// A table's provenance without its entries.
#[derive(Debug, Serialize)]
pub struct TableInfo {
    /// Its id.
    pub id: &'static str,
    /// What it is.
    pub title: &'static catalog::Text,
    /// Where it comes from.
    pub source: &'static catalog::Source,
    /// How many entries it has.
    pub entries: usize,
}

impl<'a> Listing<'a> {
    /// The listing of these entries.
    pub fn new(entries: &'a [&'static Entry]) -> Self {
        Listing {
            tables: catalog::tables()
                .iter()
                .map(|t| TableInfo {
                    id: t.id.as_str(),
                    title: &t.title,
                    source: &t.source,
                    entries: t.entries.len(),
                })
                .collect(),
            rules: catalog::rules(),
            entries,
        }
    }
}

/// The input a finding came from, when findings name theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    /// Standard input: `null` in JSON, `-` in text.
    Stdin,
    /// A file, by the path it was named or found by.
    File(&'a str),
}

impl Source<'_> {
    /// How text output names it.
    pub fn name(&self) -> &str {
        match self {
            Source::Stdin => "-",
            Source::File(path) => path,
        }
    }
}

impl Serialize for Source<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Source::Stdin => s.serialize_none(),
            Source::File(path) => s.serialize_str(path),
        }
    }
}

/// A finding with what the catalog says about it: the record `parse` prints for each error.
#[derive(Debug, Serialize)]
pub struct Explanation<'a> {
    /// The input it was found in, when findings name theirs (`parse` of several inputs):
    /// `null` for standard input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<Source<'a>>,
    /// What was found.
    #[serde(flatten)]
    pub finding: &'a Finding,
    /// The catalog's spelling of the code, when the catalog knows it and it was received spelt
    /// otherwise (`apigw.0301` is `APIGW.0301`); the finding's `code` is as received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_code: Option<String>,
    /// For a code inferred from its message (`sdk-message`), every code documented with that
    /// message when there are several (a message both gateways' tables give): the finding's
    /// code is the first.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub candidates: &'static [&'static str],
    /// Whether the catalog knows the code.
    pub known: bool,
    /// Which variant and cause it is, the numbers in its message, whether its wording differs.
    #[serde(flatten)]
    pub resolved: catalog::Resolved,
    /// What it means (that variant's description).
    pub description: Option<&'static catalog::Text>,
    /// What to do (that variant's fix).
    pub fix: Option<&'static catalog::Steps>,
    /// For a code not in the catalog: what to do anyway.
    pub fallback: Option<&'static Fallback>,
    /// Why this call failed, from the request the input showed (curl -v, a HAR file).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diagnoses: Vec<crate::diagnose::Diagnosis>,
}

impl<'a> Explanation<'a> {
    /// Explains a finding.
    pub fn new(finding: &'a Finding) -> Self {
        let code = lookup_spelling(&finding.code);
        let resolved = catalog::resolve(&code, finding.message.as_deref(), finding.http_status);
        Self::resolved(finding, resolved, code)
    }

    /// A finding with what the catalog says of it, its code looked up as `code`.
    fn resolved(finding: &'a Finding, resolved: catalog::Resolved, code: String) -> Self {
        let variant = resolved
            .entry
            .zip(resolved.variant)
            .map(|(e, i)| &e.variants[i]);
        Explanation {
            path: None,
            finding,
            catalog_code: (resolved.entry.is_some() && code != finding.code).then_some(code),
            candidates: match (&finding.shape, &finding.message) {
                (crate::scan::Shape::SdkMessage, Some(m)) => Some(catalog::codes_of_message(m))
                    .filter(|c| c.len() > 1)
                    .unwrap_or_default(),
                _ => &[],
            },
            known: resolved.entry.is_some(),
            description: variant.map(|v| &v.description),
            fix: variant.map(|v| &v.fix),
            fallback: resolved.entry.is_none().then(|| &catalog::rules().fallback),
            resolved,
            diagnoses: Vec::new(),
        }
    }
}

/// What the scanner is told of the catalog, as `parse` tells it. A summary counts codes and
/// shows a message for each (the received one where the catalog has none): the other fields of
/// error objects are not read.
#[must_use]
pub fn scan_options(summary: bool) -> crate::scan::Options {
    crate::scan::Options {
        detail: true,
        extra: !summary,
        success: catalog::success_codes(),
        prefixes: catalog::prefixes(),
        exceptions: catalog::exception_names(),
        messages: catalog::code_less_messages(),
        evidence: catalog::evidence_needles(),
        own_exceptions: catalog::own_exceptions(),
    }
}

/// A finding as the scan reported it, made what `parse` explains: an SDK exception printed
/// with its message only (`sdk-message`) gets the code documented with its message, the first
/// of them when several are; one whose message no code is documented with is no finding
/// (`None`). Every other finding is as it was.
#[must_use]
pub fn reported(mut finding: Finding) -> Option<Finding> {
    if finding.shape == crate::scan::Shape::SdkMessage && finding.code.is_empty() {
        let code = catalog::code_of_message(finding.message.as_deref()?)?;
        code.clone_into(&mut finding.code);
    }
    Some(finding)
}

/// Explains findings, remembering what it resolved: a log repeats the same few errors, and each
/// repeat is then explained without looking it up again. Memory stays bounded: past
/// [`Resolver::MAX`] distinct errors, what was remembered is forgotten.
#[derive(Debug)]
pub struct Resolver {
    /// Codes as received that the catalog spells otherwise, with its spelling.
    codes: std::collections::HashMap<String, Option<String>, foldhash::fast::RandomState>,
    /// What each distinct error resolved to.
    resolved: PerError<catalog::Resolved>,
}

/// Something remembered per distinct error (code, message and status), at most `max` of them:
/// past that, what was remembered is forgotten. A repeat is found by a fingerprint of the three
/// (foldhash: several times `SipHash`'s speed on a message), checked against the entry, so no key
/// is copied to look one up.
#[derive(Debug)]
pub(crate) struct PerError<V> {
    entries: std::collections::HashMap<u64, Remembered<V>, foldhash::fast::RandomState>,
    fingerprint: foldhash::fast::RandomState,
    max: usize,
}

/// An error (code, message, status) and what was remembered for it.
type Remembered<V> = (String, Option<String>, Option<u16>, V);

impl<V> PerError<V> {
    /// An empty memory of at most `max` errors.
    pub(crate) fn new(max: usize) -> Self {
        PerError {
            entries: std::collections::HashMap::default(),
            fingerprint: foldhash::fast::RandomState::default(),
            max,
        }
    }

    fn key(&self, f: &Finding) -> u64 {
        use std::hash::BuildHasher;
        self.fingerprint
            .hash_one((&f.code, &f.message, f.http_status))
    }

    /// What was remembered for the finding's error.
    pub(crate) fn get(&self, f: &Finding) -> Option<&V> {
        self.entries
            .get(&self.key(f))
            .filter(|(code, message, status, _)| {
                *code == f.code && *message == f.message && *status == f.http_status
            })
            .map(|(.., v)| v)
    }

    /// Remembers a value for the finding's error.
    pub(crate) fn insert(&mut self, f: &Finding, v: V) {
        if self.entries.len() >= self.max {
            self.entries.clear();
        }
        let entry = (f.code.clone(), f.message.clone(), f.http_status, v);
        self.entries.insert(self.key(f), entry);
    }

    /// How many errors are remembered.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

impl Default for Resolver {
    fn default() -> Self {
        Resolver {
            codes: std::collections::HashMap::default(),
            resolved: PerError::new(Self::MAX),
        }
    }
}

impl Resolver {
    /// The most distinct codes, and distinct errors, remembered.
    pub const MAX: usize = 4096;

    /// The code a received one is looked up as ([`lookup_spelling`]), remembered.
    pub fn spelling(&mut self, code: &str) -> String {
        if let Some(c) = self.codes.get(code) {
            return c.clone().unwrap_or_else(|| code.to_owned());
        }
        if self.codes.len() >= Self::MAX {
            self.codes.clear();
        }
        let c = lookup_spelling(code);
        let differs = c != code;
        self.codes
            .insert(code.to_owned(), differs.then(|| c.clone()));
        c
    }

    /// Explains a finding: its code, as received, is looked up in the catalog's spelling.
    pub fn explain<'a>(&mut self, finding: &'a Finding) -> Explanation<'a> {
        let code = self.spelling(&finding.code);
        if let Some(r) = self.resolved.get(finding) {
            return Explanation::resolved(finding, r.clone(), code);
        }
        let r = catalog::resolve(&code, finding.message.as_deref(), finding.http_status);
        self.resolved.insert(finding, r.clone());
        Explanation::resolved(finding, r, code)
    }
}

/// The spelling a received code is looked up in: the catalog's case and separator
/// (`apigw.0301` → `APIGW.0301`, `AIS0104` → `AIS.0104`). Its digits stay as received
/// (`XYZ.00012345` and `DCS.201` are not `XYZ.12345` and `DCS.0201`), and a code that is not
/// code-shaped stays as it is. Only the lookup uses it: a finding reports its code as received.
///
/// ```
/// use ocr_err::explain::lookup_spelling;
/// assert_eq!(lookup_spelling("apigw.0301"), "APIGW.0301");
/// assert_eq!(lookup_spelling("AIS0104"), "AIS.0104");
/// assert_eq!(lookup_spelling("XYZ.00012345"), "XYZ.00012345");
/// assert_eq!(lookup_spelling("DCS.201"), "DCS.201");
/// ```
pub fn lookup_spelling(code: &str) -> String {
    if catalog::is_named(code) {
        return code.to_owned();
    }
    let digits = |c: &str| -> String {
        let at = c.find(|ch: char| ch.is_ascii_digit()).unwrap_or(c.len());
        c[at..].to_owned()
    };
    match catalog::parse_query(code) {
        Some(q @ catalog::Query::Code { .. }) if digits(&q.canonical()) == digits(code) => {
            q.canonical()
        }
        _ => code.to_owned(),
    }
}

/// One row of a summary: a code (spellings merged) with one HTTP status, and what the catalog
/// says of it.
#[derive(Debug, Serialize)]
pub struct SummaryRow {
    /// The code, in the catalog's spelling when it knows it.
    pub code: String,
    /// How often it was found with this status.
    pub count: u64,
    /// Whether the catalog knows it.
    pub known: bool,
    /// The HTTP status it came with.
    pub http_status: Option<u16>,
    /// The catalog's message for it: that of the variant documented for this status.
    pub message: Option<&'static str>,
    /// The message it was received with (the first finding's that had one, cut short).
    pub received_message: Option<String>,
}

impl SummaryRow {
    /// The message a person reads for the row: the catalog's, unless it has none (a code not
    /// in the catalog) or it is a template (`ConnectionException - {reason}`), where the
    /// received message says more.
    pub fn shown_message(&self) -> Option<&str> {
        match (self.message, self.received_message.as_deref()) {
            (Some(m), Some(r)) if is_template(m) => Some(r),
            (Some(m), _) => Some(m),
            (None, r) => r,
        }
    }
}

/// Whether a catalog message is a template, with a `{placeholder}` the service fills in.
fn is_template(message: &str) -> bool {
    message.split('{').skip(1).any(|after| {
        after.split_once('}').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
    })
}

/// The aggregate of a scan.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Codes with their statuses, most frequent first.
    pub codes: Vec<SummaryRow>,
    /// All errors found.
    pub total: u64,
    /// Distinct codes.
    pub distinct: usize,
    /// Errors whose code is not in the catalog.
    pub unknown: u64,
    /// Distinct codes not in the catalog.
    pub unknown_codes: usize,
    /// Errors past the distinct-code limit, counted but not kept apart.
    pub other: u64,
    /// Lines read.
    pub lines: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Per-item success statuses seen (not errors).
    pub successes: u64,
}

/// Joins a tally with the catalog: spellings of one code merged, one row per code and status,
/// most frequent first (ties by code, then status).
pub fn summarize(tally: Tally, stats: Stats) -> Summary {
    let (total, other) = (tally.total(), tally.other());
    let mut merged: std::collections::HashMap<(String, Option<u16>), (u64, Option<String>)> =
        std::collections::HashMap::new();
    for c in tally.into_counts() {
        let canonical = lookup_spelling(&c.code);
        let row = merged.entry((canonical, c.http_status)).or_default();
        row.0 += c.count;
        if row.1.is_none() {
            row.1 = c.received;
        }
    }
    let mut codes: Vec<SummaryRow> = merged
        .into_iter()
        .map(|((code, http_status), (count, received_message))| {
            let resolved = catalog::resolve(&code, None, http_status);
            let message = resolved
                .entry
                .zip(resolved.variant)
                .map(|(e, i)| e.variants[i].message.as_str());
            SummaryRow {
                known: resolved.entry.is_some(),
                message,
                received_message,
                code,
                count,
                http_status,
            }
        })
        .collect();
    codes.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.code.cmp(&b.code))
            .then_with(|| a.http_status.cmp(&b.http_status))
    });
    let distinct_of = |known: Option<bool>| {
        let mut distinct: Vec<&str> = codes
            .iter()
            .filter(|c| known.is_none_or(|k| c.known == k))
            .map(|c| c.code.as_str())
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.len()
    };
    let (distinct, unknown_codes) = (distinct_of(None), distinct_of(Some(false)));
    Summary {
        total,
        distinct,
        unknown_codes,
        unknown: codes.iter().filter(|c| !c.known).map(|c| c.count).sum(),
        other,
        lines: stats.lines,
        bytes: stats.bytes,
        successes: stats.successes,
        codes,
    }
}

/// A finding of a code, message and status, as a test needs one.
#[cfg(test)]
pub(crate) fn finding(code: &str, message: Option<&str>, status: Option<u16>) -> Finding {
    Finding {
        line: 1,
        code: code.to_owned(),
        message: message.map(str::to_owned),
        http_status: status,
        request_id: None,
        shape: crate::scan::Shape::Json,
        item: false,
        extra: Vec::new(),
        cell: crate::scan::Cell::No,
        transcript: None,
    }
}

/// Findings that the catalog explains in different ways: variants of one code by status, causes
/// of one code by message, numbers in a message, a code it does not know, a bare status.
#[cfg(test)]
pub(crate) fn varied_findings() -> Vec<Finding> {
    vec![
        finding(
            "APIG.0301",
            Some("Incorrect IAM authentication information: decrypt token fail"),
            Some(401),
        ),
        finding(
            "APIG.0301",
            Some("Incorrect IAM authentication information: verify aksk signature fail"),
            Some(401),
        ),
        finding("APIGW.0201", Some("Request entity too large."), Some(413)),
        finding("APIGW.0201", Some("Backend timeout."), Some(504)),
        finding("AIS.0104", Some("图片质量太差"), None),
        finding(
            "APIG.0308",
            Some(
                "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute",
            ),
            Some(429),
        ),
        finding("HTTP 413", None, Some(413)),
        finding("DNS.0302", None, None),
        finding("Foo.1234", None, Some(400)),
        // Received spelt otherwise than the catalog spells it.
        finding("apigw.0301", Some("x"), Some(401)),
        // Inferred from a message two codes share.
        Finding {
            shape: crate::scan::Shape::SdkMessage,
            ..finding("APIG.0611", Some("The backend port does not exist."), None)
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_explanation_is_the_one_looked_up() {
        let findings = varied_findings();
        let mut resolver = Resolver::default();
        // Twice over: the second time from what was remembered.
        for f in findings.iter().chain(findings.iter()) {
            let looked_up = serde_json::to_string(&Explanation::new(f)).unwrap();
            let remembered = serde_json::to_string(&resolver.explain(f)).unwrap();
            assert_eq!(looked_up, remembered);
        }
        assert_eq!(resolver.resolved.len(), findings.len());
        // Twice over: the second time from memory.
        for _ in 0..2 {
            assert_eq!(resolver.spelling("apigw.0301"), "APIGW.0301");
            assert_eq!(resolver.spelling("AIS0104"), "AIS.0104");
            assert_eq!(resolver.spelling("AIS.0104"), "AIS.0104");
            assert_eq!(resolver.spelling("HTTP 413"), "HTTP 413");
        }
    }

    #[test]
    fn what_is_remembered_stays_bounded() {
        let mut resolver = Resolver::default();
        for i in 0..Resolver::MAX + 10 {
            let f = finding("AIS.0101", Some(&format!("message {i}")), None);
            resolver.explain(&f);
            resolver.spelling(&format!("AIS.{i}"));
        }
        assert!(resolver.resolved.len() <= Resolver::MAX);
        assert!(resolver.codes.len() <= Resolver::MAX);
    }
}
