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

/// Whether a character is one JSON leaves as it is that a terminal acts on or hides: a C1
/// control (`\u009b` starts an escape sequence), a bidirectional override or isolate, a
/// zero-width character. JSON output writes these as `\uXXXX`, so a script that prints a field
/// hands a terminal no escape sequence and no text that reads otherwise than it is.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// A formatter that writes [`is_invisible`] characters escaped, around `serde_json`'s own.
struct Escaping<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for Escaping<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if is_invisible(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    // Everything else as the wrapped formatter writes it.
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// `value` as pretty (or compact) JSON, invisible characters escaped.
fn to_writer(
    out: &mut impl Write,
    value: &(impl Serialize + ?Sized),
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        let f = Escaping(serde_json::ser::PrettyFormatter::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(out, f))
    } else {
        let f = Escaping(serde_json::ser::CompactFormatter);
        value.serialize(&mut serde_json::Serializer::with_formatter(out, f))
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
        Langs::Both => to_writer(out, value, true),
        Langs::One(_) => to_writer(out, &in_langs(value, langs)?, true),
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
        Langs::Both => to_writer(out, value, false),
        Langs::One(_) => to_writer(out, &in_langs(value, langs)?, false),
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
    texts: HashMap<[usize; 3], Vec<u8>, foldhash::fast::RandomState>,
    /// The middle part of the records of each distinct error.
    resolved: PerError<Vec<u8>>,
}

impl Default for Tails {
    fn default() -> Self {
        Tails {
            texts: HashMap::default(),
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
        // Its input's name, the finding's fields, and what its code is looked up as; the rest
        // closes the object.
        let start = out.len();
        finding_fields(out, f);
        if let Some(path) = e.path {
            let mut named = b"{\"path\":".to_vec();
            match path {
                crate::explain::Source::Stdin => named.extend_from_slice(b"null"),
                crate::explain::Source::File(path) => string(&mut named, path),
            }
            named.push(b',');
            out.splice(start..=start, named);
        }
        if let Some(code) = &e.catalog_code {
            out.extend_from_slice(b",\"catalog_code\":");
            string(out, code);
        }
        if !e.candidates.is_empty() {
            out.extend_from_slice(b",\"candidates\":[");
            for (i, code) in e.candidates.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                string(out, code);
            }
            out.push(b']');
        }

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
        if !e.diagnoses.is_empty() {
            // Before the closing brace, as the struct's serialisation places it.
            out.pop();
            out.extend_from_slice(b",\"diagnoses\":");
            to_writer(&mut *out, &e.diagnoses, false).map_err(io::Error::from)?;
            out.push(b'}');
        }
        out.push(b'\n');
        Ok(())
    }
}

/// A finding as `serde_json` writes it, without its closing brace: its keys are written as they
/// are, and its strings copied whole unless they hold a character JSON escapes (then
/// `serde_json` writes them). A finding is written for every error of a log: this is most of
/// what writing one costs.
fn finding_fields(out: &mut Vec<u8>, f: &crate::scan::Finding) {
    out.extend_from_slice(b"{\"line\":");
    number(out, f.line);
    out.extend_from_slice(b",\"code\":");
    string(out, &f.code);
    out.extend_from_slice(b",\"message\":");
    optional(out, f.message.as_deref());
    out.extend_from_slice(b",\"http_status\":");
    match f.http_status {
        Some(status) => number(out, u64::from(status)),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"request_id\":");
    optional(out, f.request_id.as_deref());
    out.extend_from_slice(b",\"shape\":");
    string(out, f.shape.name());
    out.extend_from_slice(if f.item {
        b",\"item\":true,\"extra\":{"
    } else {
        b",\"item\":false,\"extra\":{"
    });
    for (i, (key, value)) in f.extra.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, key);
        out.push(b':');
        string(out, value);
    }
    out.push(b'}');
}

/// A string as a JSON string.
fn string(out: &mut Vec<u8>, s: &str) {
    // Every byte is looked at (no early exit), which the compiler turns into SIMD.
    // 0xC2 leads a C1 control, 0xE2 and 0xEF the zero-width and bidirectional characters.
    let escaped = s.bytes().fold(0u8, |any, b| {
        any | u8::from(b < 0x20)
            | u8::from(b == b'"')
            | u8::from(b == b'\\')
            | u8::from(b == 0xC2)
            | u8::from(b == 0xE2)
            | u8::from(b == 0xEF)
    }) != 0;
    if escaped {
        to_writer(out, s, false).expect("writing to a vector does not fail");
    } else {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

fn optional(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A number in decimal.
fn number(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
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
    unknown_codes: usize,
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
            unknown_codes: summary.unknown_codes,
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
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn a_finding_written_by_hand_is_the_finding_serde_json_writes(
            line in any::<u64>(),
            code in ".{0,12}",
            message in proptest::option::of("(.|[\\x00-\\x1f\"\\\\\\x7f])*"),
            status in proptest::option::of(any::<u16>()),
            request_id in proptest::option::of("[a-f0-9\"\\\\\\n]{0,8}"),
            item in any::<bool>(),
            extra in proptest::collection::vec(("[a-z\"\\t]{0,4}", "(.|\\x01){0,6}"), 0..3),
            shape in 0usize..3,
        ) {
            let f = crate::scan::Finding {
                line,
                code,
                message,
                http_status: status,
                request_id,
                shape: [crate::scan::Shape::Json, crate::scan::Shape::GoSdk, crate::scan::Shape::Http][shape],
                item,
                extra,
                cell: crate::scan::Cell::No,
                transcript: None,
            };
            let mut out = Vec::new();
            finding_fields(&mut out, &f);
            out.push(b'}');
            let mut whole = Vec::new();
            to_writer(&mut whole, &f, false).unwrap();
            prop_assert_eq!(String::from_utf8(out).unwrap(), String::from_utf8(whole).unwrap());
        }
    }

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
