//! The writers: table, plain and JSON, over any `io::Write`. The only code that prints.
//!
//! Each subcommand's result is plain data ([`Explained`], a list of entries, …); the renderer picks
//! the format from [`Settings`]. JSON serialises the same structs the tables are built from.

mod card;
pub mod escape;
mod hits;
mod json;
mod layout;
mod list_table;
mod parse_table;
mod plain;

pub use layout::Glyphs;

use std::io::{self, Write};

use serde::Serialize;

use crate::catalog::{self, Entry, Fallback, Family, Lang, Unknown};
use crate::scan::{Finding, Summary};
use crate::search::Hit;
use crate::settings::{Format, Langs, Settings};

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
        #[serde(serialize_with = "json::brief_entries")]
        suggestions: Vec<&'static Entry>,
        /// The family its prefix belongs to.
        family: Option<&'static Family>,
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

/// Writes `explain` results. Invalid arguments are reported on stderr by the caller; in JSON they
/// also appear in the array, so a script sees one result per argument.
pub fn explain(out: &mut impl Write, results: &[Explained], s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => json::write(out, results, s.langs),
        Format::Plain => plain::explain(out, results, s.langs),
        Format::Table => card::explain(out, results, s),
    }
}

/// The whole catalog, for `list --format json`.
#[derive(Debug, Serialize)]
struct CatalogDump<'a> {
    tables: Vec<TableInfo>,
    rules: &'static catalog::Rules,
    entries: &'a [&'static Entry],
}

/// A table's provenance without its entries.
#[derive(Debug, Serialize)]
struct TableInfo {
    id: &'static str,
    title: &'static catalog::Text,
    source: &'static catalog::Source,
    entries: usize,
}

/// Writes `list` output: the given entries, one row each (JSON: with the tables' provenance and
/// the rules, so the export is the whole catalog).
pub fn list(out: &mut impl Write, entries: &[&'static Entry], s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => {
            let tables = catalog::tables()
                .iter()
                .map(|t| TableInfo {
                    id: t.id.as_str(),
                    title: &t.title,
                    source: &t.source,
                    entries: t.entries.len(),
                })
                .collect();
            json::write(
                out,
                &CatalogDump {
                    tables,
                    rules: catalog::rules(),
                    entries,
                },
                s.langs,
            )
        }
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
    table: &'static str,
    message: &'static str,
    module: &'static catalog::Module,
    description: &'static catalog::Text,
}

/// Writes search hits, best first.
pub fn search(out: &mut impl Write, hits: &[Hit], s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => {
            let records: Vec<_> = hits
                .iter()
                .map(|h| HitRecord {
                    hit: h,
                    table: h.entry.table.as_str(),
                    message: h.entry.variants[h.variant].message.as_str(),
                    module: &h.entry.module,
                    description: &h.entry.variants[h.variant].description,
                })
                .collect();
            json::write(out, &records, s.langs)
        }
        Format::Plain => plain::hits(out, hits),
        Format::Table => hits::write(out, hits, s),
    }
}

/// A finding with what the catalog says about it: the record `parse` prints for each error.
#[derive(Debug, Serialize)]
pub struct Explanation<'a> {
    /// What was found.
    #[serde(flatten)]
    pub finding: &'a Finding,
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
}

impl<'a> Explanation<'a> {
    /// Explains a finding.
    pub fn new(finding: &'a Finding) -> Self {
        let resolved = catalog::resolve(
            &finding.code,
            finding.message.as_deref(),
            finding.http_status,
        );
        let variant = resolved
            .entry
            .zip(resolved.variant)
            .map(|(e, i)| &e.variants[i]);
        Explanation {
            finding,
            known: resolved.entry.is_some(),
            description: variant.map(|v| &v.description),
            fix: variant.map(|v| &v.fix),
            fallback: resolved.entry.is_none().then(|| &catalog::rules().fallback),
            resolved,
        }
    }
}

/// Writes `parse` findings one by one as they are found (JSON: one array, streamed).
#[derive(Debug)]
pub struct FindingsWriter<'s> {
    settings: &'s Settings,
    written: u64,
    unknown: bool,
}

impl<'s> FindingsWriter<'s> {
    /// A writer for these settings.
    pub fn new(settings: &'s Settings) -> Self {
        FindingsWriter {
            settings,
            written: 0,
            unknown: false,
        }
    }

    /// Writes one finding with its explanation.
    pub fn write(&mut self, out: &mut impl Write, finding: &Finding) -> io::Result<()> {
        let e = Explanation::new(finding);
        self.unknown |= !e.known;
        let s = self.settings;
        match s.format {
            Format::Json => {
                out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                json::write_item(out, &e, s.langs)?;
            }
            Format::Plain => plain::finding(out, &e, s.langs)?,
            Format::Table => {
                if self.written > 0 {
                    writeln!(out)?;
                }
                parse_table::finding(out, &e, s)?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Whether any finding written had a code the catalog does not know.
    pub fn saw_unknown(&self) -> bool {
        self.unknown
    }

    /// Ends the output (closes the JSON array).
    pub fn finish(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.settings.format == Format::Json {
            out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

/// Writes `parse --summary`.
pub fn summary(out: &mut impl Write, summary: &Summary, s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => json::write(out, summary, s.langs),
        Format::Plain => plain::summary(out, summary),
        Format::Table => parse_table::summary(out, summary, s),
    }
}

/// A bilingual text in the chosen languages, joined by `sep`.
fn in_langs(t: &catalog::Text, langs: Langs, sep: &str) -> String {
    langs
        .list()
        .iter()
        .map(|&l| t.get(l))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A status for plain and table output: the number, or `-` where none is documented.
fn status_or_dash(status: Option<catalog::HttpStatus>) -> String {
    status.map_or_else(|| "-".to_owned(), |s| s.to_string())
}

/// A field label in the chosen languages.
fn label(langs: Langs, en: &str, zh: &str) -> String {
    match langs {
        Langs::One(Lang::En) => en.to_owned(),
        Langs::One(Lang::Zh) => zh.to_owned(),
        Langs::Both => format!("{en}\n{zh}"),
    }
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
