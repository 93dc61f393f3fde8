//! Explaining a received error: which documented variant it is, which specific cause its message
//! names, the numbers worth surfacing, and whether its wording differs from the catalog's.

use serde::Serialize;

use super::model::{Cause, Entry, Family, Kind};
use super::{entries, family, find, parse_query};
use crate::normalize::message_key as norm;

/// What the catalog says about one received error.
#[derive(Debug, Clone, Serialize)]
pub struct Resolved {
    /// The entry whose variant fits best (`None` for a code not in the catalog).
    #[serde(skip)]
    pub entry: Option<&'static Entry>,
    /// The table of that entry.
    pub table: Option<&'static str>,
    /// Which of its variants (0 for most codes).
    pub variant: Option<usize>,
    /// The specific cause the message names (`decrypt token fail`).
    pub cause: Option<&'static Cause>,
    /// Values the message carries (`limit`, `time`, `expires_at`), in order.
    #[serde(serialize_with = "as_map")]
    pub details: Vec<(String, String)>,
    /// The message received is not the catalog's wording (nor a known alternative), and names no
    /// known cause.
    pub wording_differs: bool,
    /// The family of the code's prefix, for a code not in the catalog.
    pub family: Option<&'static Family>,
    /// The services the prefix names and where to read more, for a code not in the catalog.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<super::ServiceInfo>,
}

fn as_map<S: serde::Serializer>(pairs: &[(String, String)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// A pattern's printf-style placeholders (`%s`, `%d`, `%(key)s`, as IAM's messages keep them)
/// written as `{xxx}`.
fn placeholders(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let named = after
            .strip_prefix('(')
            .and_then(|a| a.find(')').map(|close| &a[close + 1..]));
        if let Some(tail) = named.unwrap_or(after).strip_prefix(['s', 'd']) {
            out.push_str("{xxx}");
            rest = tail;
        } else {
            out.push('%');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Whether `received` fits `pattern`, where `XX`, `XXX`, `{xxx}` and printf-style placeholders
/// (`%s`, `%(key)s`) stand for any text.
fn fits(pattern: &str, received: &str) -> bool {
    let pattern = norm(&placeholders(pattern));
    let parts: Vec<&str> = pattern
        .split("{xxx}")
        .flat_map(|p| p.split("xxx"))
        .flat_map(|p| p.split("xx"))
        .collect();
    if parts.len() == 1 {
        return false;
    }
    let mut rest = received;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(r) = rest.strip_prefix(part) else {
                return false;
            };
            rest = r;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(at) = rest.find(part) else {
                return false;
            };
            rest = &rest[at + part.len()..];
        }
    }
    true
}

/// How well a received message fits a documented one: 4 the same, 3 the same with the
/// placeholders filled in, 2 the documented message followed by a colon and more (a cause).
fn message_score(documented: &str, received: &str) -> u8 {
    let d = norm(documented);
    if d == received {
        4
    } else if fits(documented, received) {
        3
    } else if received.len() > d.len()
        && received.starts_with(&d)
        && received[d.len()..].starts_with(':')
    {
        2
    } else {
        // The part before the first colon, for documented messages that carry one
        // (`The throttling threshold has been reached: policy …`).
        d.split_once(':').map_or(0, |(head, _)| {
            u8::from(!head.is_empty() && received.starts_with(head)) * 2
        })
    }
}

/// `key:value` pairs after the first colon of a message (`…,limit:1000,time:1 minute.`).
fn details(message: &str) -> Vec<(String, String)> {
    let Some((_, tail)) = message.split_once(':') else {
        return Vec::new();
    };
    tail.split(',')
        .filter_map(|part| {
            let (k, v) = part.split_once(':')?;
            let k = k.trim();
            let v = v.trim().trim_end_matches('.').trim();
            let plain_key = !k.is_empty()
                && k.len() <= 24
                && k.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_');
            (plain_key && !v.is_empty() && v.len() <= 80).then(|| (k.to_owned(), v.to_owned()))
        })
        .take(8)
        .collect()
}

/// The entries a received name stands for, when it is not a code: an entry of another kind by
/// its exact key (a class name, a message), or `HTTP 413` (that status's entry, else its class's).
/// `None` for anything else.
fn named(code: &str) -> Option<Vec<&'static Entry>> {
    // A service's named code in any case but capitals: OBS's own pages write `RequestTimeOut`
    // for `RequestTimeout`, while `UNAUTHORIZED` in capitals is another service's (the
    // registry's), not OBS's `Unauthorized`. A class name, a message or a status in any case.
    let capitals = code.bytes().all(|b| !b.is_ascii_lowercase());
    let by_key: Vec<_> = entries()
        .filter(|e| {
            let named = super::is_named_code(e);
            (e.kind != Kind::Code || named)
                && e.code.eq_ignore_ascii_case(code)
                && !(named && capitals && e.code.as_str() != code)
        })
        .collect();
    if !by_key.is_empty() {
        return Some(by_key);
    }
    let status = code
        .strip_prefix("HTTP ")
        .filter(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))?;
    Some(
        status
            .parse()
            .ok()
            .and_then(super::status_entry)
            .into_iter()
            .collect(),
    )
}

/// The entries a received code names: an entry of another kind by name ([`named`]), else the
/// code's.
fn candidates(code: &str) -> Vec<&'static Entry> {
    named(code).unwrap_or_else(|| parse_query(code).map(|q| find(&q)).unwrap_or_default())
}

/// Whether a received code is the key of an entry of another kind than a code (`HTTP 413`, a
/// class name, a message), which is kept as it is rather than spelt as a code.
pub fn is_named(code: &str) -> bool {
    named(code).is_some()
}

/// Resolves a received error against the catalog: the variant is picked by message first, then
/// by HTTP status, then by table precedence.
///
/// ```
/// use ocr_err::catalog::resolve;
/// let r = resolve("APIG.0301", Some("Incorrect IAM authentication information: decrypt token fail"), Some(401));
/// assert_eq!(r.cause.unwrap().pattern, "decrypt token fail");
/// let r = resolve("APIGW.0201", Some("Request entity too large."), Some(413));
/// assert_eq!(r.variant, Some(1));
/// let r = resolve("IAM.0082", Some("The user ocr-bot is disabled."), Some(403));
/// assert!(!r.wording_differs);
/// let r = resolve("IAM.0072", Some("'auth' is a required property."), Some(400));
/// assert!(!r.wording_differs);
/// let r = resolve("IAM.0072", Some("Something else entirely."), Some(400));
/// assert!(r.wording_differs);
/// ```
pub fn resolve(code: &str, message: Option<&str>, status: Option<u16>) -> Resolved {
    let candidates = candidates(code);
    // An exception's or a bare status's message is whatever the network or a proxy said.
    let free_wording = candidates
        .first()
        .is_some_and(|e| matches!(e.kind, Kind::Exception | Kind::Status));
    let received = message.map(norm);
    // Ranked by: how well the message fits, whether the variant names a cause the message
    // carries, whether the status does not contradict it. A variant without a documented status
    // (the OCR table's) is not beaten by one that merely has one, so on a tie the table with
    // precedence wins.
    let mut best: Option<((u8, bool, bool), &'static Entry, usize)> = None;
    for e in &candidates {
        for (i, v) in e.variants.iter().enumerate() {
            // The Chinese description is the message as Chinese consoles and tools word it
            // (`图片尺寸不满足要求`).
            let by_message = received.as_deref().map_or(0, |r| {
                std::iter::once(v.message.as_str())
                    .chain(v.alt_messages.iter().map(|m| m.as_str()))
                    .chain(std::iter::once(v.description.zh.as_str()))
                    .map(|m| message_score(m, r))
                    .max()
                    .unwrap_or(0)
            });
            let names_cause = received
                .as_deref()
                .is_some_and(|r| v.causes.iter().any(|c| r.contains(&norm(&c.pattern))));
            let status_fits = match (v.http_status, status) {
                (Some(super::HttpStatus::Code(a)), Some(b)) => a == b,
                (Some(super::HttpStatus::Class(c)), Some(b)) => c.starts_with(&b.to_string()[..1]),
                _ => true,
            };
            let score = (by_message, names_cause, status_fits);
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, e, i));
            }
        }
    }
    let Some(((by_message, _, _), entry, variant)) = best else {
        let family = parse_query(code).and_then(|q| match q {
            super::Query::Code { prefix, .. } => family(&prefix),
            super::Query::Number(_) => None,
        });
        return Resolved {
            entry: None,
            table: None,
            variant: None,
            cause: None,
            details: Vec::new(),
            wording_differs: false,
            family,
            service: super::service_info(code),
        };
    };
    let cause = received.as_deref().and_then(|r| {
        let own = entry.variants[variant].causes.iter();
        let others = candidates
            .iter()
            .flat_map(|e| e.variants.iter().flat_map(|v| v.causes.iter()));
        own.chain(others).find(|c| r.contains(&norm(&c.pattern)))
    });
    let wording_differs = received.is_some() && by_message < 3 && cause.is_none() && !free_wording;
    Resolved {
        entry: Some(entry),
        table: Some(entry.table.as_str()),
        variant: Some(variant),
        cause,
        details: message.map(details).unwrap_or_default(),
        wording_differs,
        family: None,
        service: None,
    }
}

/// The codes that report success rather than an error (`AIS.0000`), for the scanner.
pub fn success_codes() -> &'static [&'static str] {
    static SUCCESS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SUCCESS.get_or_init(|| {
        entries()
            .filter(|e| !e.is_error)
            .map(|e| e.code.as_str())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_match_any_text() {
        assert!(fits(
            "The throttling threshold has been reached: policy user over ratelimit,limit:XX,time:1 minute.",
            &norm(
                "The throttling threshold has been reached: policy user over ratelimit,limit:1000,time:1 minute."
            )
        ));
        assert!(fits(
            "Request api error! The API XXX is not subscribed.",
            &norm("Request api error! The API ocr/general-text is not subscribed.")
        ));
        assert!(
            !fits("Invalid token.", &norm("Invalid token.")),
            "no placeholder: not a pattern"
        );
    }

    #[test]
    fn picks_the_variant_by_message_then_status() {
        assert_eq!(
            resolve("APIGW.0201", Some("Backend timeout."), Some(504)).variant,
            Some(5)
        );
        assert_eq!(resolve("APIGW.0201", None, Some(414)).variant, Some(2));
        let r = resolve("APIG.0201", Some("Request URI too large."), Some(414));
        assert_eq!(
            r.table,
            Some("apig"),
            "the gateway table's variant fits better than the seed's"
        );
    }

    #[test]
    fn the_seed_wins_a_tie() {
        assert_eq!(resolve("APIG.0308", None, None).table, Some("ocr"));
        assert_eq!(
            resolve("APIG.0201", Some("Backend timeout."), Some(504)).table,
            Some("ocr")
        );
        let r = resolve(
            "APIG.0301",
            Some("Incorrect IAM authentication information: decrypt token fail"),
            Some(401),
        );
        assert_eq!(r.table, Some("ocr"), "the seed's variant names the cause");
    }

    #[test]
    fn surfaces_numbers_and_flags_new_wording() {
        let r = resolve(
            "APIG.0308",
            Some(
                "The throttling threshold has been reached: policy user over ratelimit,limit:1000,time:1 minute.",
            ),
            Some(429),
        );
        assert_eq!(
            r.details,
            [
                ("limit".to_owned(), "1000".to_owned()),
                ("time".to_owned(), "1 minute".to_owned())
            ]
        );
        assert!(!r.wording_differs);
        let r = resolve("AIS.0104", Some("Image quality too low."), None);
        assert!(r.wording_differs);
        let r = resolve(
            "ModelArts.4204",
            Some("Request api error! The API ocr/id-card is not subscribed."),
            None,
        );
        assert!(!r.wording_differs, "a known alternative wording");
        // In Chinese, as consoles and tools word it: the variant's Chinese description.
        let r = resolve("AIS.0103", Some("图片尺寸不满足要求"), None);
        assert!(!r.wording_differs);
        let r = resolve("APIGW.0201", Some("请求body过大(大于12M)"), None);
        assert_eq!(
            r.entry.map(|e| e.variants[r.variant.unwrap()].http_status),
            Some(Some(super::super::HttpStatus::Code(413)))
        );
        assert!(!r.wording_differs);
    }

    #[test]
    fn unknown_codes_get_their_family() {
        let r = resolve("AIS.0199", None, None);
        assert!(r.entry.is_none());
        assert_eq!(r.family.map(|f| f.prefix.as_str()), Some("AIS"));
        assert!(resolve("Ecs.0114", None, None).family.is_none());
    }

    #[test]
    fn success_statuses_are_known() {
        assert_eq!(success_codes(), ["AIS.0000"]);
    }
}
