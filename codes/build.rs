//! The catalog compiler.
//!
//! Reads the JSON tables in `codes/`, checks that they follow the schema exactly (an unknown or
//! missing key fails the build), and writes them out as Rust `static` data. The binary therefore
//! carries the catalog ready to use: start-up parses nothing. The meaning of the data (unique codes,
//! both languages present, verbatim seed rows) is checked by the test suite against the compiled
//! catalog, through the same API the program uses.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

// The same folding the program applies to queries, so the index and the queries agree.
#[path = "../src/normalize.rs"]
#[allow(dead_code)]
mod normalize;

/// The tables, in precedence order: where two tables carry the same code, the earlier one wins.
const TABLES: &[&str] = &[
    "ocr.json",
    "ocr-extra.json",
    "modelarts.json",
    "apig.json",
    "apigw.json",
    "iam.json",
    "iam-token.json",
    "sdk.json",
    "http.json",
    "obs.json",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableFile {
    table: String,
    /// What the entries' keys are: `code` (the default), `message`, `exception` or `status`.
    #[serde(default)]
    kind: Option<String>,
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
    /// The message and its alternatives as compared ([`normalize::message_key`]).
    #[serde(skip)]
    message_keys: Vec<String>,
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
    #[serde(skip)]
    table: String,
    /// The table's title, as the Rust expression already emitted for the table.
    #[serde(skip)]
    table_title: String,
    /// The table's kind, as a Rust path (`Kind::Code`).
    #[serde(skip)]
    kind: &'static str,
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
    /// `false` leaves the entry out of `search` (`explain` and `parse` still know it): for
    /// codes an OCR caller rarely meets, whose words would crowd out the ones it does.
    #[serde(default = "yes")]
    searched: bool,
}

fn yes() -> bool {
    true
}

/// The pools the generated code indexes into; each holds Rust expressions, one per record.
#[derive(Default)]
struct Pools {
    strings: String,
    interned: HashMap<String, (usize, usize)>,
    strs: Vec<String>,
    bytes: Vec<String>,
    causes: Vec<String>,
    links: Vec<String>,
    variants: Vec<String>,
    entries: Vec<String>,
    families: Vec<String>,
}

impl Pools {
    /// A `Str` for the text, stored once however often it occurs.
    fn string(&mut self, text: &str) -> String {
        let (start, len) = *self.interned.entry(text.to_owned()).or_insert_with(|| {
            let start = self.strings.len();
            self.strings.push_str(text);
            (start, text.len())
        });
        format!("Str::new({start}, {len})")
    }
}

/// Writes a value as a Rust expression of the matching type in `src/catalog/model.rs`, putting
/// what it refers to into the pools.
trait Emit {
    fn emit(&self, p: &mut Pools) -> String;
}

/// A record kind that lives in a pool of its own.
trait Pool: Emit {
    fn pool(p: &mut Pools) -> &mut Vec<String>;
}

impl Emit for String {
    fn emit(&self, p: &mut Pools) -> String {
        p.string(self)
    }
}

impl Pool for String {
    fn pool(p: &mut Pools) -> &mut Vec<String> {
        &mut p.strs
    }
}

impl Emit for u8 {
    fn emit(&self, _: &mut Pools) -> String {
        self.to_string()
    }
}

impl Pool for u8 {
    fn pool(p: &mut Pools) -> &mut Vec<String> {
        &mut p.bytes
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, p: &mut Pools) -> String {
        match self {
            None => "None".to_owned(),
            Some(v) => format!("Some({})", v.emit(p)),
        }
    }
}

impl<T: Pool> Emit for Vec<T> {
    fn emit(&self, p: &mut Pools) -> String {
        // Children first: emitting an item may fill other pools.
        let items: Vec<String> = self.iter().map(|item| item.emit(p)).collect();
        let pool = T::pool(p);
        let start = pool.len();
        pool.extend(items);
        format!("List::new({start}, {})", self.len())
    }
}

/// Emits `Name { field: value, ... }`.
macro_rules! emit_struct {
    ($p:expr, $name:literal, $self:ident { $($field:ident),* }) => {{
        let mut out = String::from(concat!($name, " {"));
        $(
            out.push_str(concat!(stringify!($field), ": "));
            out.push_str(&$self.$field.emit($p));
            out.push(',');
        )*
        out.push('}');
        out
    }};
}

macro_rules! pooled {
    ($($ty:ty => $field:ident),* $(,)?) => {
        $(impl Pool for $ty {
            fn pool(p: &mut Pools) -> &mut Vec<String> {
                &mut p.$field
            }
        })*
    };
}

pooled!(Cause => causes, Link => links, Variant => variants, Entry => entries, Family => families);

fn emit_lang(lang: Option<&String>) -> &'static str {
    match lang.map(String::as_str) {
        None => "None",
        Some("en") => "Some(Lang::En)",
        Some("zh") => "Some(Lang::Zh)",
        Some(other) => panic!("`translated` must be \"en\" or \"zh\", not {other:?}"),
    }
}

impl Emit for Text {
    fn emit(&self, p: &mut Pools) -> String {
        let (en, zh) = (self.en.emit(p), self.zh.emit(p));
        format!(
            "Text {{ en: {en}, zh: {zh}, translated: {} }}",
            emit_lang(self.translated.as_ref())
        )
    }
}

impl Emit for Steps {
    fn emit(&self, p: &mut Pools) -> String {
        assert_eq!(
            self.en.len(),
            self.zh.len(),
            "fix steps differ in number between languages: {:?}",
            self.en
        );
        let (en, zh) = (self.en.emit(p), self.zh.emit(p));
        format!(
            "Steps {{ en: {en}, zh: {zh}, translated: {} }}",
            emit_lang(self.translated.as_ref())
        )
    }
}

impl Emit for Status {
    fn emit(&self, p: &mut Pools) -> String {
        match self {
            Status::Code(n) => format!("HttpStatus::Code({n})"),
            Status::Class(s) => format!("HttpStatus::Class({})", s.emit(p)),
        }
    }
}

impl Emit for Module {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(p, "Module", self { id, en, zh })
    }
}

impl Emit for Link {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(p, "Link", self { title, url })
    }
}

impl Emit for Cause {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(
            p,
            "Cause",
            self {
                pattern,
                description,
                steps
            }
        )
    }
}

impl Emit for Variant {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(
            p,
            "Variant",
            self {
                http_status,
                status_note,
                message,
                alt_messages,
                message_keys,
                description,
                fix,
                causes,
                note
            }
        )
    }
}

impl Emit for Family {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(
            p,
            "Family",
            self {
                prefix,
                name,
                note,
                url
            }
        )
    }
}

impl Emit for Source {
    fn emit(&self, p: &mut Pools) -> String {
        emit_struct!(p, "Source", self { url, date, note })
    }
}

impl Emit for Entry {
    /// `table`, its title and the table's source are filled in by the caller before emitting.
    fn emit(&self, p: &mut Pools) -> String {
        let table = self.table.emit(p);
        let source = self.source.as_ref().expect("source filled in").emit(p);
        let head = format!(
            "Entry {{ code: {}, kind: {}, table: {table}, table_title: {}, module: {}, is_error: {}, source: {source}, ",
            self.code.emit(p),
            self.kind,
            self.table_title,
            self.module.emit(p),
            self.is_error
        );
        format!(
            "{head}variants: {}, links: {} }}",
            self.variants.emit(p),
            self.links.emit(p)
        )
    }
}

/// The search index: every searchable text of every entry, folded and lower-cased, with its
/// character mask, and the vocabulary of English words for typo correction.
#[derive(Default)]
struct Index {
    fields: Vec<String>,
    /// Each field's pair mask, as in `fields`.
    pairs: Vec<u128>,
    vocabulary: std::collections::BTreeSet<String>,
    /// How many entries search reads: the count its words' rarity is measured against.
    searchable: usize,
}

impl Index {
    fn field(&mut self, p: &mut Pools, entry: usize, kind: &str, variant: usize, text: &str) {
        let folded = normalize::fold_lower(text);
        assert_eq!(
            folded.chars().count(),
            text.chars().count(),
            "folding must keep character positions: {text:?}"
        );
        for word in folded
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
        {
            self.vocabulary.insert(word.to_owned());
        }
        let (text, mask, pairs) = (
            p.string(text),
            normalize::char_mask(&folded),
            normalize::pair_mask(&folded),
        );
        let folded = p.string(&folded);
        self.pairs.push(pairs);
        self.fields.push(format!(
            "IndexField {{ entry: {entry}, kind: FieldKind::{kind}, variant: {variant}, text: {text}, folded: {folded}, mask: {mask}, pairs: {pairs} }}"
        ));
    }

    fn entry(&mut self, p: &mut Pools, i: usize, e: &Entry) {
        // OBS's codes answer an upload or an image URL, not the OCR call: `explain` finds them by
        // name (`NoSuchKey`), and `search` leaves them out, as their names and prose (`access
        // denied`, `RequestTimeout`) would crowd out the codes an OCR call returns. The ModelArts
        // inference table's codes restate, in the gateway's generic words (`Token expired.`,
        // `Too many requests.`), what the OCR and gateway tables say for an OCR call: `explain`
        // and `parse` know them, `search` leaves them out for the same reason.
        if e.table == "obs" || e.table == "modelarts" || !e.searched {
            return;
        }
        self.searchable += 1;
        self.field(p, i, "Code", 0, &e.code);
        // A bare HTTP status is found by its number and reason phrase only: its prose restates
        // what the codes of the same failures say, and would crowd them out of a search.
        if e.kind == "Kind::Status" {
            for (v, variant) in e.variants.iter().enumerate() {
                self.field(p, i, "Message", v, &variant.message);
            }
            return;
        }
        self.field(p, i, "ModuleEn", 0, &e.module.en);
        self.field(p, i, "ModuleZh", 0, &e.module.zh);
        for (v, variant) in e.variants.iter().enumerate() {
            self.field(p, i, "Message", v, &variant.message);
            for alt in &variant.alt_messages {
                self.field(p, i, "AltMessage", v, alt);
            }
            self.field(p, i, "DescriptionEn", v, &variant.description.en);
            self.field(p, i, "DescriptionZh", v, &variant.description.zh);
            for step in &variant.fix.en {
                self.field(p, i, "FixEn", v, step);
            }
            for step in &variant.fix.zh {
                self.field(p, i, "FixZh", v, step);
            }
            if let Some(note) = &variant.note {
                self.field(p, i, "NoteEn", v, &note.en);
                self.field(p, i, "NoteZh", v, &note.zh);
            }
            for cause in &variant.causes {
                self.field(p, i, "Cause", v, &cause.pattern);
                self.field(p, i, "CauseEn", v, &cause.description.en);
                self.field(p, i, "CauseZh", v, &cause.description.zh);
            }
        }
    }
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("codes");
    println!("cargo::rerun-if-changed=codes");

    let mut p = Pools::default();
    let mut index = Index::default();
    let mut tables = Vec::new();
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
        let mut file: TableFile = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("{} does not follow the catalog schema: {e}", path.display())
        });
        if let Some(r) = file.rules.take() {
            assert!(
                rules.is_none(),
                "{name}: only one table may carry the rules"
            );
            rules = Some(r);
        }
        let (kind, noun) = match file.kind.as_deref() {
            None | Some("code") => ("Kind::Code", "codes"),
            Some("message") => ("Kind::Message", "messages"),
            Some("exception") => ("Kind::Exception", "exceptions"),
            Some("status") => ("Kind::Status", "statuses"),
            Some(other) => panic!("{name}: unknown kind {other:?}"),
        };
        write!(
            version,
            // The source's address under the title, where its column starts.
            "\n  {:<10} {:>3} {:<10} {:<10}  {}\n{:40}{}",
            file.table,
            file.entries.len(),
            noun,
            file.source.date,
            file.title.en,
            "",
            file.source.url
        )
        .unwrap();
        for entry in &mut file.entries {
            entry.table.clone_from(&file.table);
            entry.kind = kind;
            entry.source.get_or_insert_with(|| file.source.clone());
            for v in &mut entry.variants {
                v.message_keys = std::iter::once(&v.message)
                    .chain(&v.alt_messages)
                    .map(|m| normalize::message_key(m))
                    .collect();
            }
        }
        let (id, title, source) = (
            file.table.emit(&mut p),
            file.title.emit(&mut p),
            file.source.emit(&mut p),
        );
        for entry in &mut file.entries {
            entry.table_title.clone_from(&title);
        }
        let first = p.entries.len();
        for (i, entry) in file.entries.iter().enumerate() {
            index.entry(&mut p, first + i, entry);
        }
        let entries = file.entries.emit(&mut p);
        tables.push(format!(
            "Table {{ id: {id}, title: {title}, source: {source}, entries: {entries} }}"
        ));
    }
    let rules = rules.expect("one table must carry the rules (fallback and families)");
    version.push_str(
        "\n\nRules: the fallback advice and the code families are kept with the first table.",
    );
    let (services_rs, services_count) = services(&dir);
    write!(
        version,
        "\n\nService prefixes: {services_count} services, from their API references (codes/services.json)."
    )
    .unwrap();
    let mut out = generate(&mut p, &index, &tables, &rules, &version);
    out.push_str(&services_rs);
    out.push_str(&vocabulary(&dir));
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}

// The title and source are part of the file's schema, checked here, and read by people.
#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicesFile {
    title: Text,
    source: Source,
    error_center: String,
    services: Vec<ServiceRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    en: String,
    zh: String,
    #[serde(default)]
    translated: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServiceRow {
    prefix: String,
    name: Names,
    url: Option<String>,
    url_verified: bool,
    #[serde(default)]
    note: Option<Names>,
}

/// `codes/services.json` as Rust source (plain `&'static str`s: a small table, read rarely), and
/// how many services it holds.
fn services(dir: &Path) -> (String, usize) {
    let path = dir.join("services.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file: ServicesFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} does not follow its schema: {e}", path.display()));
    assert!(
        file.error_center.contains("{code}"),
        "services.json: error_center must hold {{code}}"
    );
    let names = |n: &Names| {
        format!(
            "Names {{ en: {:?}, zh: {:?}, translated: {} }}",
            n.en,
            n.zh,
            match n.translated.as_deref() {
                Some("en") => "Some(Lang::En)",
                Some("zh") => "Some(Lang::Zh)",
                None => "None",
                Some(other) => panic!("services.json: translated {other:?}"),
            }
        )
    };
    let rows: Vec<String> = file
        .services
        .iter()
        .map(|s| {
            assert!(!s.prefix.is_empty(), "services.json: an empty prefix");
            format!(
                "Service {{ prefix: {:?}, name: {}, url: {:?}, url_verified: {}, note: {} }}",
                s.prefix,
                names(&s.name),
                s.url,
                s.url_verified,
                s.note
                    .as_ref()
                    .map_or_else(|| "None".to_owned(), |n| format!("Some({})", names(n)))
            )
        })
        .collect();
    let out = format!(
        "pub(crate) static SERVICES: [Service; {}] = [{}];\npub(crate) const ERROR_CENTER: &str = {:?};\n",
        rows.len(),
        rows.join(",\n"),
        file.error_center,
    );
    (out, rows.len())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    #[allow(dead_code)] // For people.
    note: String,
    stop_words: Vec<String>,
    groups: Vec<Vec<String>>,
}

/// `codes/vocabulary.json` as Rust source: the stop words and the synonym groups, folded as
/// queries are.
fn vocabulary(dir: &Path) -> String {
    let path = dir.join("vocabulary.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file: VocabularyFile = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} does not follow its schema: {e}", path.display()));
    let fold = |w: &String| normalize::fold_lower(w);
    let stop: Vec<String> = file.stop_words.iter().map(fold).collect();
    let groups: Vec<String> = file
        .groups
        .iter()
        .map(|g| {
            assert!(g.len() >= 2, "vocabulary.json: a group of one: {g:?}");
            let terms: Vec<String> = g.iter().map(|t| format!("{:?}", fold(t))).collect();
            format!("&[{}]", terms.join(", "))
        })
        .collect();
    // The Chinese terms, which cut a Chinese query without spaces into words.
    let mut chinese: Vec<String> = file
        .groups
        .iter()
        .flatten()
        .chain(&file.stop_words)
        .map(fold)
        .filter(|t| t.chars().all(|c| !c.is_ascii()))
        .collect();
    chinese.sort();
    chinese.dedup();
    format!(
        "pub(crate) static STOP_WORDS: &[&str] = &{stop:?};\npub(crate) static SYNONYM_GROUPS: &[&[&str]] = &[{}];\npub(crate) static CHINESE_TERMS: &[&str] = &{chinese:?};\n",
        groups.join(",\n")
    )
}

/// The generated Rust source: the pools, the search index, the tables and the rules.
fn generate(
    p: &mut Pools,
    index: &Index,
    tables: &[String],
    rules: &Rules,
    version: &str,
) -> String {
    let fallback = format!(
        "Fallback {{ text: {}, url: {} }}",
        rules.fallback.text.emit(p),
        rules.fallback.url.emit(p)
    );
    let families = rules.families.emit(p);

    let mut out = String::from("// @generated by codes/build.rs from codes/*.json. Do not edit.\n");
    let array = |out: &mut String, name: &str, ty: &str, items: &[String]| {
        writeln!(
            out,
            "static {name}: [{ty}; {}] = [{}];",
            items.len(),
            items.join(",\n")
        )
        .unwrap();
    };
    let vocabulary: Vec<String> = index
        .vocabulary
        .iter()
        .map(|w| format!("({}, {})", p.string(w), normalize::char_mask(w)))
        .collect();
    writeln!(out, "pub(super) const STRINGS: &str = {:?};", p.strings).unwrap();
    array(&mut out, "INDEX", "IndexField", &index.fields);
    // For each bit of a pair mask, the fields whose masks have it, a bit per field: a needle can
    // be only in the fields that have all its pairs' bits, found by a few ANDs instead of a look
    // at every field.
    let words = index.pairs.len().div_ceil(64);
    let mut pair_fields = vec![0u64; 128 * words];
    for (i, mask) in index.pairs.iter().enumerate() {
        for bit in (0..128).filter(|b| mask & (1u128 << b) != 0) {
            pair_fields[bit * words + i / 64] |= 1 << (i % 64);
        }
    }
    let pair_fields: Vec<String> = pair_fields.iter().map(u64::to_string).collect();
    writeln!(out, "const FIELD_SET_WORDS: usize = {words};").unwrap();
    array(&mut out, "PAIR_FIELDS", "u64", &pair_fields);
    array(&mut out, "VOCABULARY", "(Str, u64)", &vocabulary);
    array(&mut out, "STRS", "Str", &p.strs);
    array(&mut out, "BYTES", "u8", &p.bytes);
    array(&mut out, "CAUSES", "Cause", &p.causes);
    array(&mut out, "LINKS", "Link", &p.links);
    array(&mut out, "VARIANTS", "Variant", &p.variants);
    array(&mut out, "ENTRIES", "Entry", &p.entries);
    // Search weighs a word that matched `df` of the entries by BM25's inverse document
    // frequency; the logarithms are taken here, so that the tool needs no maths library.
    let count = |k: usize| f64::from(u32::try_from(k).expect("a count of entries fits a u32"));
    // Of the entries search reads (OBS's it leaves out).
    let n = count(index.searchable);
    let rarity: Vec<String> = (0..=index.searchable)
        .map(|df| {
            format!(
                "{:?}",
                ((n - count(df) + 0.5) / (count(df) + 0.5) + 1.0).ln()
            )
        })
        .collect();
    // A logarithm may come out as a value a constant names (ln 2): it is computed, not typed.
    out.push_str("#[allow(clippy::approx_constant)]\n");
    array(&mut out, "RARITY", "f64", &rarity);
    array(&mut out, "FAMILIES", "Family", &p.families);
    writeln!(
        out,
        "pub(crate) static TABLES: [Table; {}] = [{}];",
        tables.len(),
        tables.join(",\n")
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) static RULES: Rules = Rules {{ fallback: {fallback}, families: {families} }};"
    )
    .unwrap();
    writeln!(
        out,
        "/// The long `--version` text: the version and each table's source and date."
    )
    .unwrap();
    writeln!(out, "pub const LONG_VERSION: &str = {version:?};").unwrap();
    out
}
