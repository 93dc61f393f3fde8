//! The official SDKs as oracles (`tests/fixtures/oracle/`): what the Python and Node.js SDKs
//! print when a call fails, for every error of the catalog a service behind them answers, for
//! answers without a code, and for transport failures — recorded by `tests/oracle/run.sh`,
//! which drives the real SDKs against a loopback mock. Each record names what was sent; `parse`
//! must read each printed form back as one finding with that code, status and request id, or,
//! for the forms that print nothing of them, as nothing at all.
//!
//! Read in-process, through the library `parse` uses, so the few thousand records take seconds.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use ocr_err::explain;
use ocr_err::scan::{self, Finding, Shape};
use serde_json::Value;

/// What a printed form must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// One finding, with the code sent (or the exception raised), and the status and request id
    /// wherever the text holds them.
    Read,
    /// Nothing: the form holds neither a code nor a class nor a status (`e.error_msg` printed
    /// alone, Python's `repr(e)`), or an answer's status and body without a sign of Huawei Cloud
    /// (`f"{e.error_code}: {e.error_msg}"` of an HTML page).
    Silent,
}

/// What each form must give, by SDK and form, and whether the answer had a code.
fn want(sdk: &str, form: &str, coded: bool) -> Want {
    match (sdk, form) {
        ("python", "repr" | "message_only" | "message_only:status")
        | ("node", "message_only" | "message_only:message") => Want::Silent,
        ("python", "message_only:code") if !coded => Want::Silent,
        _ => Want::Read,
    }
}

/// The findings `parse` makes of a text, as it explains them.
fn findings(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let options = explain::scan_options(false);
    scan::scan_with(
        std::io::Cursor::new(text.as_bytes().to_vec()),
        options,
        &mut |f| {
            found.extend(explain::reported(f));
            Ok::<(), ()>(())
        },
    )
    .expect("a text in memory is read whole");
    found
}

/// The codes a record may be read as: the code sent; for an answer without one, its status (or
/// the code documented with its message); for a transport failure, the exception the SDK raised
/// or the one that means the same where the text tells the failure by its words only.
fn expected_codes(record: &Value) -> Vec<String> {
    let sent = &record["sent"];
    if let Some(failure) = sent["failure"].as_str() {
        let same = match failure {
            "dns" => "HostUnreachableException",
            "refused" => "ConnectionException",
            _ => "CallTimeoutException",
        };
        let raised = record["exception"].as_str().unwrap();
        return vec![raised.to_owned(), same.to_owned()];
    }
    match sent["code"].as_str() {
        Some(code) => vec![code.to_owned()],
        None => vec![format!("HTTP {}", sent["status"])],
    }
}

/// Why a record is not read as it must be, if it is not.
fn misread(record: &Value, found: &[Finding]) -> Option<String> {
    let printed = record["printed"].as_str().unwrap();
    let form = (
        record["sdk"].as_str().unwrap(),
        record["form"].as_str().unwrap(),
    );
    // A transport failure's words alone still tell it.
    let transport = record["sent"].get("failure").is_some();
    let coded = record["sent"]["code"].is_string();
    if want(form.0, form.1, coded) == Want::Silent && !(transport && found.len() == 1) {
        return (!found.is_empty()).then(|| format!("{} findings", found.len()));
    }
    let [f] = found else {
        return Some(format!("{} findings", found.len()));
    };
    let wanted = expected_codes(record);
    let documented = |m: &Option<String>| {
        m.as_deref()
            .map_or(&[][..], ocr_err::catalog::codes_of_message)
    };
    let candidates = match f.shape {
        Shape::SdkMessage => documented(&f.message),
        _ => &[],
    };
    let right = wanted.iter().any(|c| {
        *c == f.code
            || candidates.contains(&c.as_str())
            // An answer without a code whose message the catalog documents with one.
            || c.starts_with("HTTP ") && documented(&f.message).contains(&f.code.as_str())
    });
    if !right {
        return Some(format!("code {:?}, not {wanted:?}", f.code));
    }
    let sent = &record["sent"];
    if let Some(status) = sent["status"].as_u64()
        && printed.contains(&status.to_string())
        && f.http_status.map(u64::from) != Some(status)
    {
        return Some(format!("status {:?}, not {status}", f.http_status));
    }
    if let Some(id) = sent["request_id"].as_str()
        && printed.contains(id)
        && f.request_id.as_deref() != Some(id)
    {
        return Some(format!("request id {:?}", f.request_id));
    }
    None
}

fn records(sdk: &str) -> Vec<Value> {
    let path = format!(
        "{}/tests/fixtures/oracle/{sdk}.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}: {e}: {l}")))
        .collect()
}

fn check(sdk: &str) {
    let records = records(sdk);
    assert!(records.len() > 200, "{sdk}: {} records", records.len());
    // Per form: records, and the first few misread.
    let mut forms: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
    for record in &records {
        let form = record["form"].as_str().unwrap().to_owned();
        let entry = forms.entry(form).or_default();
        entry.0 += 1;
        let printed = record["printed"].as_str().unwrap();
        if let Some(why) = misread(record, &findings(printed)) {
            entry
                .1
                .push(format!("{}: {why}\n{printed}", record["case"]));
        }
    }
    let mut report = String::new();
    for (form, (n, misread)) in &forms {
        if !misread.is_empty() {
            let _ = write!(
                report,
                "\n== {sdk} {form}: {} of {n} misread; the first:\n{}\n",
                misread.len(),
                misread[0]
            );
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn the_python_sdks_prints_are_read_back() {
    check("python");
}

#[test]
fn the_node_sdks_prints_are_read_back() {
    check("node");
}
