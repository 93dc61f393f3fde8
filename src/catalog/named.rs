//! Entries found by what names them other than a code: an exception's class, an HTTP status, a
//! message as a service returns it.

use std::collections::HashMap;

use super::{Entry, Kind, entries};
use crate::normalize;

/// The entry that explains an HTTP status whose answer holds no code: `HTTP 413` itself, else its
/// class (`HTTP 4xx`, `HTTP 5xx`). `None` below 400 or above 599.
///
/// ```
/// use ocr_err::catalog::status_entry;
/// assert_eq!(status_entry(413).unwrap().code, "HTTP 413");
/// assert_eq!(status_entry(418).unwrap().code, "HTTP 4xx");
/// assert!(status_entry(302).is_none());
/// ```
pub fn status_entry(status: u16) -> Option<&'static Entry> {
    if !(400..=599).contains(&status) {
        return None;
    }
    let exact = format!("HTTP {status}");
    let class = format!("HTTP {}xx", status / 100);
    let of_kind = || entries().filter(|e| e.kind == Kind::Status);
    of_kind()
        .find(|e| e.code == *exact)
        .or_else(|| of_kind().find(|e| e.code == *class))
}

/// Entries named otherwise than by a code: an SDK exception's class, plain or fully qualified
/// (`ConnectionException`, `requests.exceptions.ReadTimeout`); an HTTP status (`HTTP 413`,
/// `413 Request Entity Too Large`); or a message as a service returns it (any entry's message,
/// any case, with or without its final full stop). Empty when the input is none of these.
///
/// ```
/// use ocr_err::catalog::find_named;
/// let codes = |s| find_named(s).iter().map(|e| e.code.as_str()).collect::<Vec<_>>();
/// assert_eq!(codes("com.huaweicloud.sdk.core.exception.ConnectionException"), ["ConnectionException"]);
/// assert_eq!(codes("http 413"), ["HTTP 413"]);
/// assert_eq!(codes("the account is locked"), ["The account is locked."]);
/// assert_eq!(codes("The token must be updated.")[0], "APIG.0307");
/// assert!(codes("AIS.0104").is_empty());
/// ```
pub fn find_named(input: &str) -> Vec<&'static Entry> {
    let folded = normalize::fold(input);
    let s = folded
        .trim()
        .trim_matches(['"', '\'', '`'])
        .trim_end_matches(':');
    if s.is_empty() {
        return Vec::new();
    }
    // A class name, perhaps qualified by its package or namespace, perhaps a Go pointer type.
    if !s.contains(char::is_whitespace) {
        let name = s
            .rsplit(['.', ':', '+', '*', '\\', '/'])
            .next()
            .unwrap_or(s);
        let found: Vec<_> = entries()
            .filter(|e| e.kind == Kind::Exception && e.code.eq_ignore_ascii_case(name))
            .collect();
        if !found.is_empty() {
            return found;
        }
        // A code that is a name (OBS's `AccessDenied`), as typed, any case.
        let found: Vec<_> = entries()
            .filter(|e| super::is_named_code(e) && e.code.eq_ignore_ascii_case(s))
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    // `HTTP 413`, `HTTP/1.1 413`, `413 Request Entity Too Large`.
    let lower = s.to_ascii_lowercase();
    let (http, rest) = match lower.strip_prefix("http") {
        Some(rest) => (
            true,
            rest.trim_start_matches(['/', '1', '.', '2', '0', '3'])
                .trim_start(),
        ),
        None => (false, lower.as_str()),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let phrase = rest[digits..].trim();
    if digits == 3
        && (http && phrase.is_empty()
            || !phrase.is_empty() && phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' '))
        && let Some(e) = rest[..3].parse().ok().and_then(status_entry)
    {
        return vec![e];
    }
    // A message: long enough to be one.
    let key = normalize::message_key(s);
    if key.len() < 8 || !key.contains(' ') {
        return Vec::new();
    }
    // A bare status's "message" is only HTTP's reason phrase, read above. The messages' keys
    // were made when the catalog was built.
    entries()
        .filter(|e| e.kind != Kind::Status)
        .filter(|e| {
            e.variants
                .iter()
                .any(|v| v.message_keys.iter().any(|m| m.as_str() == key))
        })
        .collect()
}

/// The code a service's message is documented with, for an SDK exception printed with its
/// message only: the first of [`codes_of_message`] — OCR's own tables' code, else the code of
/// the table that comes first (the shared gateway's `APIG.*` before the dedicated one's twin).
///
/// ```
/// use ocr_err::catalog::code_of_message;
/// assert_eq!(code_of_message("The input parameter is invalid."), Some("AIS.0101"));
/// assert_eq!(code_of_message("Incorrect IAM authentication information: decrypt token fail"), Some("APIG.0301"));
/// assert_eq!(code_of_message("Something else went wrong."), None);
/// // Both gateways' tables document it: the first table's code.
/// assert_eq!(code_of_message("The backend port does not exist."), Some("APIG.0611"));
/// ```
pub fn code_of_message(message: &str) -> Option<&'static str> {
    codes_of_message(message).first().copied()
}

/// Every code a service's message is documented with, OCR's own tables' first, then in the
/// tables' order; each once. A message with details after a colon (`Incorrect IAM
/// authentication information: decrypt token fail`) is looked up without them when it is not
/// documented whole. OCR's own code comes first where OCR's tables document the message: the
/// other codes that share it follow, since the same message from another service's gateway means
/// them.
///
/// ```
/// use ocr_err::catalog::codes_of_message;
/// assert_eq!(codes_of_message("The backend port does not exist."), ["APIG.0611", "APIGW.0611"]);
/// assert_eq!(codes_of_message("The input parameter is invalid."), ["AIS.0101"]);
/// // OCR's page lists the shared gateway's code; the dedicated gateway's twin follows.
/// assert_eq!(
///     codes_of_message("The API does not exist or has not been published in the environment."),
///     ["APIG.0101", "APIGW.0101"]
/// );
/// assert!(codes_of_message("Something else went wrong.").is_empty());
/// ```
pub fn codes_of_message(message: &str) -> &'static [&'static str] {
    /// Each message's key and its codes.
    type ByMessage = HashMap<&'static str, Vec<&'static str>, foldhash::fast::RandomState>;
    // Made once: a log may hold thousands of such exceptions.
    static BY_MESSAGE: std::sync::OnceLock<ByMessage> = std::sync::OnceLock::new();
    let by_message = BY_MESSAGE.get_or_init(|| {
        let mut map = ByMessage::default();
        let codes = || entries().filter(|e| e.kind == Kind::Code);
        // OCR's own tables first (`ocr`, `ocr-extra`): their code is the first for its message.
        let ocr = |e: &Entry| e.table.as_str().starts_with("ocr");
        for e in codes()
            .filter(|e| ocr(e))
            .chain(codes().filter(|e| !ocr(e)))
        {
            for key in e.variants.iter().flat_map(|v| v.message_keys.iter()) {
                let codes = map.entry(key.as_str()).or_default();
                if !codes.contains(&e.code.as_str()) {
                    codes.push(e.code.as_str());
                }
            }
        }
        map
    });
    let of = |message: &str| {
        by_message
            .get(normalize::message_key(message).as_str())
            .map(Vec::as_slice)
    };
    of(message)
        .or_else(|| {
            let (before, _) = message.split_once(": ")?;
            of(before)
        })
        .unwrap_or_default()
}
