//! JSON output: the result structs serialised as they are, pretty-printed, keys in declaration
//! order. With `--lang en` or `--lang zh` the other language's members are left out of every
//! bilingual object, so the schema keeps its shape.

use std::collections::{HashMap, hash_map};
use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use serde_json::Value;

use crate::catalog::{Entry, Lang};
use crate::explain::PerError;
use crate::settings::Langs;

/// Drops the `drop` language from every object that carries both `en` and `zh`.
fn strip_language(v: &mut Value, drop: &str) {
    match v {
        Value::Object(map) => {
            if map.contains_key("en") && map.contains_key("zh") {
                map.shift_remove(drop);
                if map.get("translated").and_then(Value::as_str) == Some(drop) {
                    map.shift_remove("translated");
                }
            }
            // Received data (the other fields of an error object) is shown as it arrived, even
            // where it happens to hold `en` and `zh` keys.
            map.iter_mut()
                .filter(|(k, _)| k.as_str() != "extra")
                .for_each(|(_, v)| strip_language(v, drop));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| strip_language(v, drop)),
        _ => {}
    }
}

/// Writes a value as pretty JSON followed by a newline.
pub(super) fn write(
    out: &mut impl Write,
    value: &(impl Serialize + ?Sized),
    langs: Langs,
) -> io::Result<()> {
    write_item(out, value, langs)?;
    out.write_all(b"\n")
}

/// A value as JSON, the other language left out as asked.
fn in_langs(value: &(impl Serialize + ?Sized), langs: Langs) -> io::Result<Value> {
    let mut v = serde_json::to_value(value).map_err(io::Error::other)?;
    match langs {
        Langs::Both => {}
        Langs::One(Lang::En) => strip_language(&mut v, "zh"),
        Langs::One(Lang::Zh) => strip_language(&mut v, "en"),
    }
    Ok(v)
}

/// Writes a value as pretty JSON, the other language left out as asked.
pub(super) fn write_item(
    out: &mut impl Write,
    value: &(impl Serialize + ?Sized),
    langs: Langs,
) -> io::Result<()> {
    match langs {
        // Both languages: written straight from the structs, with no tree built in between.
        Langs::Both => serde_json::to_writer_pretty(&mut *out, value),
        Langs::One(_) => serde_json::to_writer_pretty(&mut *out, &in_langs(value, langs)?),
    }
    .map_err(io::Error::from)
}

/// Writes a value as one line of compact JSON (JSON Lines), the other language left out as asked.
pub(super) fn line(
    out: &mut impl Write,
    value: &(impl Serialize + ?Sized),
    langs: Langs,
) -> io::Result<()> {
    match langs {
        Langs::Both => serde_json::to_writer(&mut *out, value),
        Langs::One(_) => serde_json::to_writer(&mut *out, &in_langs(value, langs)?),
    }
    .map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// What a finding's record says of the catalog, serialised once and reused: a log repeats a few
/// errors many times, and the catalog's bilingual texts are most of each record's bytes.
///
/// A record is the finding's own fields, then what the catalog resolved for its code, message and
/// status (`known`, the variant, the cause, …), then that variant's description and fix (or the
/// fallback advice). The last part is kept per variant (the texts are static: as many as the
/// catalog has variants); the middle one per distinct error, up to [`Tails::MAX`] of them.
#[derive(Debug)]
pub(super) struct Tails {
    /// Keyed by where the texts live.
    texts: HashMap<[usize; 3], Vec<u8>>,
    /// The middle part of the records of each distinct error.
    resolved: PerError<Vec<u8>>,
}

impl Default for Tails {
    fn default() -> Self {
        Tails {
            texts: HashMap::new(),
            resolved: PerError::new(Self::MAX),
        }
    }
}

/// What the catalog resolved for a finding, the middle fields of its record.
#[derive(Serialize)]
struct Middle<'e> {
    known: bool,
    #[serde(flatten)]
    resolved: &'e crate::catalog::Resolved,
}

/// The catalog's texts of an explanation, the last fields of its record.
#[derive(Serialize)]
struct Texts {
    description: Option<&'static crate::catalog::Text>,
    fix: Option<&'static crate::catalog::Steps>,
    fallback: Option<&'static crate::catalog::Fallback>,
}

/// An object's members serialised compactly, to continue another object: `{"a":1}` → `,"a":1}`.
fn continuation(value: &impl Serialize) -> io::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec(value).map_err(io::Error::from)?;
    bytes[0] = b',';
    Ok(bytes)
}

impl Tails {
    /// The most distinct errors whose middle part is kept (about 300 bytes each).
    const MAX: usize = 1024;

    /// Writes an explanation as one line of compact JSON, byte for byte what [`line`] writes
    /// with both languages: the finding serialised, the rest from memory.
    pub(super) fn line(
        &mut self,
        out: &mut Vec<u8>,
        e: &crate::explain::Explanation<'_>,
    ) -> io::Result<()> {
        let f = e.finding;
        serde_json::to_writer(&mut *out, f).map_err(io::Error::from)?;
        // The finding's closing brace gives way to the rest, which closes the object.
        debug_assert_eq!(out.last(), Some(&b'}'));
        out.pop();

        if let Some(bytes) = self.resolved.get(f) {
            out.extend_from_slice(bytes);
        } else {
            let mut bytes = continuation(&Middle {
                known: e.known,
                resolved: &e.resolved,
            })?;
            // Without its closing brace, which the texts bring.
            bytes.pop();
            out.extend_from_slice(&bytes);
            self.resolved.insert(f, bytes);
        }

        let address = |p: Option<*const u8>| p.map_or(0, |p| p as usize);
        let key = [
            address(e.description.map(|t| std::ptr::from_ref(t).cast())),
            address(e.fix.map(|t| std::ptr::from_ref(t).cast())),
            address(e.fallback.map(|t| std::ptr::from_ref(t).cast())),
        ];
        let texts = match self.texts.entry(key) {
            hash_map::Entry::Occupied(o) => o.into_mut(),
            hash_map::Entry::Vacant(v) => v.insert(continuation(&Texts {
                description: e.description,
                fix: e.fix,
                fallback: e.fallback,
            })?),
        };
        out.extend_from_slice(texts);
        out.push(b'\n');
        Ok(())
    }
}

/// Writes each item as a line of its own (JSON Lines).
pub(super) fn lines<T: Serialize>(
    out: &mut impl Write,
    items: &[T],
    langs: Langs,
) -> io::Result<()> {
    items.iter().try_for_each(|item| line(out, item, langs))
}

/// A summary's totals without its rows: the last line of `parse --summary --format jsonl`.
#[derive(Serialize)]
pub(super) struct Totals {
    total: u64,
    distinct: usize,
    unknown: u64,
    other: u64,
    lines: u64,
    bytes: u64,
    successes: u64,
}

impl Totals {
    /// The totals of a summary.
    pub(super) fn of(summary: &crate::explain::Summary) -> Self {
        Totals {
            total: summary.total,
            distinct: summary.distinct,
            unknown: summary.unknown,
            other: summary.other,
            lines: summary.lines,
            bytes: summary.bytes,
            successes: summary.successes,
        }
    }
}

#[derive(Serialize)]
struct Brief {
    code: &'static str,
    message: &'static str,
}

/// Serialises entries as `{code, message}` pairs (for suggestions).
pub(crate) fn brief_entries<S: Serializer>(
    entries: &[&'static Entry],
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(entries.len()))?;
    for e in entries {
        seq.serialize_element(&Brief {
            code: e.code.as_str(),
            message: e.variants.first().map_or("", |v| v.message.as_str()),
        })?;
    }
    seq.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::Explanation;

    #[test]
    fn a_record_with_its_tail_from_memory_is_the_record_serialised_whole() {
        let mut findings = crate::explain::varied_findings();
        // With fields of their own: a request id and the other fields of the error object.
        for f in &mut findings {
            f.request_id = Some("r-1".to_owned());
            f.extra = vec![("error".to_owned(), "{\"a\":1}".to_owned())];
        }
        let mut tails = Tails::default();
        // Each twice: the second time from memory.
        for f in findings.iter().chain(&findings) {
            let e = Explanation::new(f);
            let (mut fast, mut whole) = (Vec::new(), Vec::new());
            tails.line(&mut fast, &e).unwrap();
            line(&mut whole, &e, Langs::Both).unwrap();
            assert_eq!(
                String::from_utf8(fast).unwrap(),
                String::from_utf8(whole).unwrap(),
                "{}",
                f.code
            );
        }
        // One middle part per distinct error, one tail per variant, not one per record.
        assert_eq!(tails.resolved.len(), findings.len());
        assert!(tails.texts.len() < findings.len());
    }
}
