//! JSON output: the result structs serialised as they are, pretty-printed, keys in declaration
//! order. With `--lang en` or `--lang zh` the other language's members are left out of every
//! bilingual object, so the schema keeps its shape.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};
use serde_json::Value;

use crate::catalog::{Entry, Lang};
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
