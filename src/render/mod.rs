//! The writers: table, plain and JSON, over any `io::Write`. The only code that prints.
//!
//! Each subcommand's result is plain data ([`Explained`], a list of entries, …) made before it gets
//! here (the renderers look nothing up and decide nothing but layout); the renderer picks
//! the format from [`Settings`]. JSON serialises the same structs the tables are built from.

mod card;
mod check;
pub mod escape;
mod hits;
mod json;
mod layout;
mod list_table;
mod parse_table;
mod plain;

pub use check::check;
pub(crate) use json::brief_entries;
pub use layout::Glyphs;

use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::{self, Entry, Lang};
use crate::explain::{Explained, Explanation, Listing, Summary};
use crate::search::Hit;
use crate::settings::{Format, Langs, Settings};

/// Writes `explain` results; `brief`: one line per code in the human formats. Invalid arguments
/// are reported on stderr by the caller, and left out here.
pub fn explain(
    out: &mut impl Write,
    results: &[Explained],
    brief: bool,
    s: &Settings,
) -> io::Result<()> {
    match s.format {
        Format::Json => json::write(out, results, s.langs),
        Format::Jsonl => json::lines(out, results, s.langs),
        Format::Plain if brief => plain::brief(out, results, s.langs, false),
        Format::Table if brief => plain::brief(out, results, s.langs, true),
        Format::Plain => plain::explain(out, results, s.langs),
        Format::Table => card::explain(out, results, s),
    }
}

/// Writes `list` output: the given entries, one row each (JSON: with the tables' provenance and
/// the rules, so the export is the whole catalog).
pub fn list(out: &mut impl Write, listing: &Listing<'_>, s: &Settings) -> io::Result<()> {
    let entries = listing.entries;
    match s.format {
        Format::Json => json::write(out, listing, s.langs),
        // One entry a line: the rows themselves (`--format json` carries the provenance).
        Format::Jsonl => json::lines(out, entries, s.langs),
        Format::Plain => plain::list(out, entries, s.langs),
        Format::Table => list_table::list(out, entries, s),
    }
}

/// A search hit with what a script needs to show it: the hit, then the entry's table, message,
/// module and description.
#[derive(Debug, Serialize)]
struct HitRecord<'a> {
    #[serde(flatten)]
    hit: &'a Hit,
    /// What the entry's key is (a code, an exception, …).
    kind: catalog::Kind,
    table: &'static str,
    message: &'static str,
    module: &'static catalog::Module,
    description: &'static catalog::Text,
}

/// A service the query names, after the codes: where its codes are explained.
#[derive(Debug, Serialize)]
struct ServiceRecord {
    /// Always `service`, which tells it from a code's hit.
    kind: &'static str,
    prefix: &'static str,
    name: catalog::Names,
    /// Its error-code page, or the API Error Center's search.
    url: String,
    url_kind: catalog::MoreKind,
}

/// One record of `search`'s JSON: a code's hit, or a service.
#[derive(Debug, Serialize)]
#[serde(untagged)]
enum SearchRecord<'a> {
    Hit(HitRecord<'a>),
    Service(ServiceRecord),
}

/// Writes search hits, best first, then the services the query names.
pub fn search(
    out: &mut impl Write,
    hits: &[Hit],
    services: &[&'static catalog::Service],
    full: bool,
    s: &Settings,
) -> io::Result<()> {
    let records = || -> Vec<SearchRecord<'_>> {
        let hits = hits.iter().map(|h| {
            SearchRecord::Hit(HitRecord {
                hit: h,
                kind: h.entry.kind,
                table: h.entry.table.as_str(),
                message: h.entry.variants[h.variant].message.as_str(),
                module: &h.entry.module,
                description: &h.entry.variants[h.variant].description,
            })
        });
        let services = services.iter().map(|sv| {
            let (url, url_kind) = sv.where_explained();
            SearchRecord::Service(ServiceRecord {
                kind: "service",
                prefix: sv.prefix,
                name: sv.name,
                url,
                url_kind,
            })
        });
        hits.chain(services).collect()
    };
    match s.format {
        Format::Json => json::write(out, &records(), s.langs),
        Format::Jsonl => json::lines(out, &records(), s.langs),
        Format::Plain => {
            plain::hits(out, hits)?;
            plain::services(out, services)
        }
        Format::Table => {
            hits::write(out, hits, full, s)?;
            hits::services(out, services, !hits.is_empty(), s)
        }
    }
}

/// Writes `parse` findings one by one as they are found (JSON: one array, streamed).
#[derive(Debug)]
pub struct FindingsWriter<'s> {
    settings: &'s Settings,
    written: u64,
    /// One finding's text, made whole before it is written: the serialiser's many small writes
    /// go to memory, and the output gets one.
    record: Vec<u8>,
    /// The catalog's texts of the records written so far, as JSON Lines.
    tails: json::Tails,
}

impl<'s> FindingsWriter<'s> {
    /// A writer for these settings.
    pub fn new(settings: &'s Settings) -> Self {
        FindingsWriter {
            settings,
            written: 0,
            record: Vec::new(),
            tails: json::Tails::default(),
        }
    }

    /// Writes one finding with its explanation.
    pub fn write(&mut self, out: &mut impl Write, e: &Explanation<'_>) -> io::Result<()> {
        let s = self.settings;
        let record = &mut self.record;
        record.clear();
        match s.format {
            Format::Json => {
                record.extend_from_slice(if self.written == 0 { b"[\n" } else { b",\n" });
                json::write_item(record, e, s.langs)?;
                out.write_all(record)?;
            }
            Format::Jsonl => {
                match s.langs {
                    Langs::Both => self.tails.line(record, e)?,
                    Langs::One(_) => json::line(record, e, s.langs)?,
                }
                out.write_all(record)?;
            }
            Format::Plain => plain::finding(out, e, s.langs)?,
            Format::Table => {
                if self.written > 0 {
                    writeln!(out)?;
                }
                parse_table::finding(out, e, s)?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output (closes the JSON array).
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.settings.format == Format::Json {
            out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

/// The last line of `parse --summary --format jsonl`: the totals, under a key of their own so a
/// reader tells them from the rows.
#[derive(Serialize)]
struct SummaryTotals {
    totals: json::Totals,
}

/// Writes `parse --summary`.
pub fn summary(out: &mut impl Write, summary: &Summary, s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => json::write(out, summary, s.langs),
        Format::Jsonl => {
            json::lines(out, &summary.codes, s.langs)?;
            json::line(
                out,
                &SummaryTotals {
                    totals: json::Totals::of(summary),
                },
                s.langs,
            )
        }
        Format::Plain => plain::summary(out, summary),
        Format::Table => parse_table::summary(out, summary, s),
    }
}

/// A bilingual text in the chosen languages, joined by `sep`.
fn in_langs(t: &catalog::Text, langs: Langs, sep: &str) -> String {
    langs
        .list()
        .iter()
        .map(|&l| t.shown(l))
        .collect::<Vec<_>>()
        .join(sep)
}

/// What plain and table output show for a value that is absent.
const DASH: &str = "-";

/// A value for plain and table output, or `-` where there is none.
fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| DASH.to_owned(), |v| v.to_string())
}

/// A field label in the chosen languages.
fn label(langs: Langs, en: &str, zh: &str) -> String {
    match langs {
        Langs::One(Lang::En) => en.to_owned(),
        Langs::One(Lang::Zh) => zh.to_owned(),
        Langs::Both => format!("{en}\n{zh}"),
    }
}

/// The title of an entry's card: its code, class name or status; a message without a code,
/// which is too long for a title and shown in a row of its own, is titled so.
fn entry_title(e: &Entry, langs: Langs) -> Option<String> {
    (e.kind == crate::catalog::Kind::Message).then(|| label(langs, "No code", "无错误码"))
}

/// The module name in the chosen languages.
fn module_name(e: &Entry, langs: Langs, sep: &str) -> String {
    match langs {
        Langs::One(Lang::En) => e.module.en.to_string(),
        Langs::One(Lang::Zh) => e.module.zh.to_string(),
        Langs::Both => format!("{}{sep}{}", e.module.en, e.module.zh),
    }
}

/// The one-line summary of an entry used by suggestions: code and first message.
fn brief(e: &Entry) -> String {
    format!(
        "{} ({})",
        e.code,
        e.variants.first().map_or("", |v| v.message.as_str())
    )
}
