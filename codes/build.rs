//! The catalog compiler.
//!
//! Reads the JSON tables in `codes/`, checks that they follow the schema exactly (an unknown or
//! missing key fails the build), and writes them out as Rust `static` data. The binary therefore
//! carries the catalog ready to use: start-up parses nothing. The meaning of the data (unique codes,
//! both languages present, verbatim seed rows) is checked by the test suite against the compiled
//! catalog, through the same API the program uses.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

/// The tables, in precedence order: where two tables carry the same code, the earlier one wins.
const TABLES: &[&str] = &["ocr.json", "ocr-extra.json", "apig.json", "apigw.json"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableFile {
    table: String,
    title: Text,
    source: Source,
    #[serde(default)]
    rules: Option<Rules>,
    entries: Vec<Entry>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Source {
    url: String,
    date: String,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    fallback: Fallback,
    families: Vec<Family>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fallback {
    text: Text,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Family {
    prefix: String,
    name: Text,
    #[serde(default)]
    note: Option<Text>,
    #[serde(default)]
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    en: String,
    zh: String,
    #[serde(default)]
    translated: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Steps {
    en: Vec<String>,
    zh: Vec<String>,
    #[serde(default)]
    translated: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Module {
    id: String,
    en: String,
    zh: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Link {
    title: Text,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cause {
    #[serde(rename = "match")]
    pattern: String,
    description: Text,
    steps: Vec<u8>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Status {
    Code(u16),
    Class(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Variant {
    http_status: Option<Status>,
    #[serde(default)]
    status_note: Option<Text>,
    message: String,
    #[serde(default)]
    alt_messages: Vec<String>,
    description: Text,
    fix: Steps,
    #[serde(default)]
    causes: Vec<Cause>,
    #[serde(default)]
    note: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    code: String,
    module: Module,
    #[serde(default = "yes")]
    is_error: bool,
    /// Overrides the table's source for this entry.
    #[serde(default)]
    source: Option<Source>,
    variants: Vec<Variant>,
    #[serde(default)]
    links: Vec<Link>,
}

fn yes() -> bool {
    true
}

/// Writes a value as a Rust expression of the matching type in `src/catalog/model.rs`.
trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for String {
    fn emit(&self, out: &mut String) {
        // `{:?}` on a str is a valid Rust string literal, escapes included.
        write!(out, "{self:?}").unwrap();
    }
}

impl Emit for u8 {
    fn emit(&self, out: &mut String) {
        write!(out, "{self}").unwrap();
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
        }
    }
}

impl<T: Emit> Emit for Vec<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("&[");
        for item in self {
            item.emit(out);
            out.push(',');
        }
        out.push(']');
    }
}

/// Emits `Name { field: value, ... }`.
macro_rules! emit_struct {
    ($out:expr, $name:literal, $self:ident { $($field:ident),* }) => {{
        $out.push_str(concat!($name, " {"));
        $(
            $out.push_str(concat!(stringify!($field), ": "));
            $self.$field.emit($out);
            $out.push(',');
        )*
        $out.push('}');
    }};
}

fn emit_lang(lang: Option<&String>, out: &mut String) {
    match lang.map(String::as_str) {
        None => out.push_str("None"),
        Some("en") => out.push_str("Some(Lang::En)"),
        Some("zh") => out.push_str("Some(Lang::Zh)"),
        Some(other) => panic!("`translated` must be \"en\" or \"zh\", not {other:?}"),
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        out.push_str("Text { en: ");
        self.en.emit(out);
        out.push_str(", zh: ");
        self.zh.emit(out);
        out.push_str(", translated: ");
        emit_lang(self.translated.as_ref(), out);
        out.push('}');
    }
}

impl Emit for Steps {
    fn emit(&self, out: &mut String) {
        out.push_str("Steps { en: ");
        self.en.emit(out);
        out.push_str(", zh: ");
        self.zh.emit(out);
        out.push_str(", translated: ");
        emit_lang(self.translated.as_ref(), out);
        out.push('}');
    }
}

impl Emit for Status {
    fn emit(&self, out: &mut String) {
        match self {
            Status::Code(n) => write!(out, "HttpStatus::Code({n})").unwrap(),
            Status::Class(s) => write!(out, "HttpStatus::Class({s:?})").unwrap(),
        }
    }
}

impl Emit for Module {
    fn emit(&self, out: &mut String) {
        emit_struct!(out, "Module", self { id, en, zh });
    }
}

impl Emit for Link {
    fn emit(&self, out: &mut String) {
        emit_struct!(out, "Link", self { title, url });
    }
}

impl Emit for Cause {
    fn emit(&self, out: &mut String) {
        emit_struct!(
            out,
            "Cause",
            self {
                pattern,
                description,
                steps
            }
        );
    }
}

impl Emit for Variant {
    fn emit(&self, out: &mut String) {
        emit_struct!(
            out,
            "Variant",
            self {
                http_status,
                status_note,
                message,
                alt_messages,
                description,
                fix,
                causes,
                note
            }
        );
    }
}

impl Emit for Family {
    fn emit(&self, out: &mut String) {
        emit_struct!(
            out,
            "Family",
            self {
                prefix,
                name,
                note,
                url
            }
        );
    }
}

impl Emit for Source {
    fn emit(&self, out: &mut String) {
        emit_struct!(out, "Source", self { url, date, note });
    }
}

fn emit_entry(entry: &Entry, table: &str, table_source: &Source, out: &mut String) {
    out.push_str("Entry { code: ");
    entry.code.emit(out);
    write!(out, ", table: {table:?}, module: ").unwrap();
    entry.module.emit(out);
    write!(out, ", is_error: {}, source: ", entry.is_error).unwrap();
    entry.source.as_ref().unwrap_or(table_source).emit(out);
    out.push_str(", variants: ");
    entry.variants.emit(out);
    out.push_str(", links: ");
    entry.links.emit(out);
    out.push('}');
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("codes");
    println!("cargo::rerun-if-changed=codes");

    let mut tables = String::from("&[");
    let mut rules = None;
    // `ocr-err --version` lists the tables with their sources and dates.
    let mut version = format!(
        "{}\n\nCatalog tables (in precedence order):",
        env!("CARGO_PKG_VERSION")
    );
    for name in TABLES {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let file: TableFile = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("{} does not follow the catalog schema: {e}", path.display())
        });
        if let Some(r) = file.rules {
            assert!(
                rules.is_none(),
                "{name}: only one table may carry the rules"
            );
            rules = Some(r);
        }
        write!(
            version,
            "\n  {:<10} {:>3} codes  {}  {}\n             {}",
            file.table,
            file.entries.len(),
            file.source.date,
            file.title.en,
            file.source.url
        )
        .unwrap();
        tables.push_str("Table { id: ");
        file.table.emit(&mut tables);
        tables.push_str(", title: ");
        file.title.emit(&mut tables);
        tables.push_str(", source: ");
        file.source.emit(&mut tables);
        tables.push_str(", entries: &[");
        for entry in &file.entries {
            emit_entry(entry, &file.table, &file.source, &mut tables);
            tables.push(',');
        }
        tables.push_str("]},");
    }
    tables.push(']');
    let rules = rules.expect("one table must carry the rules (fallback and families)");
    version.push_str(
        "\n\nRules: the fallback advice and the code families are kept with the first table.",
    );

    let mut out = String::from("// @generated by codes/build.rs from codes/*.json. Do not edit.\n");
    out.push_str("pub(crate) static TABLES: &[Table] = ");
    out.push_str(&tables);
    out.push_str(";\npub(crate) static RULES: Rules = Rules { fallback: Fallback { text: ");
    rules.fallback.text.emit(&mut out);
    out.push_str(", url: ");
    rules.fallback.url.emit(&mut out);
    out.push_str(" }, families: ");
    rules.families.emit(&mut out);
    out.push_str(" };\n");
    writeln!(
        out,
        "/// The long `--version` text: the version and each table's source and date."
    )
    .unwrap();
    writeln!(out, "pub const LONG_VERSION: &str = {version:?};").unwrap();

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
