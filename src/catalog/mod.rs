//! The error catalog: the tables compiled in from `codes/`, code normalisation, lookup and
//! "did you mean" suggestions. Everything here returns data; nothing prints.

mod evidence;
mod model;
mod named;
mod pool;
mod resolve;
mod services;
mod validate;

pub use evidence::{evidence_needles, own_exceptions};
pub use model::LONG_VERSION;
pub use model::{
    Cause, Entry, Fallback, Family, FieldKind, HttpStatus, Kind, Lang, Link, Module, Names, Rules,
    Service, Source, Steps, Table, Text, Variant,
};
pub(crate) use model::{
    IndexField, chinese_terms, entry_at, entry_count, field_set_words, fields_with_pairs, index,
    rarity, vocabulary_data,
};
pub use named::{code_of_message, codes_of_message, find_named, status_entry};
pub use pool::{List, Str};
pub use resolve::success_codes;
pub use resolve::{Resolved, is_named, resolve};
pub use services::{
    MoreKind, ServiceInfo, error_center_url, find_services, nearest_service_names, service_info,
    services, services_named, services_of,
};
pub use validate::problems;

use crate::normalize;

/// The source tables, in precedence order (where two carry the same code, the first wins).
pub fn tables() -> &'static [Table] {
    &model::TABLES
}

/// Every entry of every table, in precedence order, then in each source's order.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    model::TABLES.iter().flat_map(|t| t.entries.iter())
}

/// The rules around the tables: the fallback advice and the known code families.
pub fn rules() -> &'static Rules {
    &model::RULES
}

/// The table with this id.
pub fn table(id: &str) -> Option<&'static Table> {
    model::TABLES.iter().find(|t| t.id == id)
}

/// The family a code prefix belongs to, ignoring case (`modelarts` → `ModelArts`).
pub fn family(prefix: &str) -> Option<&'static Family> {
    model::RULES
        .families
        .iter()
        .find(|f| f.prefix.eq_ignore_ascii_case(prefix))
}

/// A code with a letter typed for a digit (`AIS.O104`, `AIS0I04`, `AIS.01l4`): not a code as
/// typed, but a did-you-mean of the code it reads as with `O` for 0 and `I`/`l` for 1, when the
/// catalog knows that one.
fn letter_for_digit(input: &str) -> Option<Unknown> {
    let folded = normalize::fold(input);
    let s = folded.trim();
    // The prefix: letters up to the separator, or up to the first digit.
    let cut = s
        .find(['.', '-', '_'])
        .map(|i| i + 1)
        .or_else(|| s.find(|c: char| c.is_ascii_digit()))?;
    let (prefix, tail) = s.split_at(cut);
    if !tail.contains(['O', 'o', 'I', 'l']) || !tail.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let fixed: String = tail
        .chars()
        .map(|c| match c {
            'O' | 'o' => '0',
            'I' | 'l' => '1',
            c => c,
        })
        .collect();
    let query = parse_query(&format!("{prefix}{fixed}"))?;
    let found = find(&query);
    if found.is_empty() {
        return None;
    }
    let family = match &query {
        Query::Code { prefix, .. } => family(prefix),
        Query::Number(_) => None,
    };
    Some(Unknown {
        code: s.to_owned(),
        suggestions: found,
        family,
    })
}

/// The codes documented with an HTTP status (`401`: APIG.0301, IAM.0001, …), in table order.
pub fn codes_with_status(status: u16) -> Vec<&'static Entry> {
    entries()
        .filter(|e| e.kind == Kind::Code && e.is_error)
        .filter(|e| {
            e.variants
                .iter()
                .any(|v| matches!(v.http_status, Some(HttpStatus::Code(n)) if n == status))
        })
        .collect()
}

/// Whether an entry's code is a name rather than `PREFIX.NNNN`: OBS names its codes
/// (`AccessDenied`, `NoSuchKey`).
pub fn is_named_code(e: &Entry) -> bool {
    e.kind == Kind::Code && !e.code.contains('.')
}

/// The known prefixes, each once, for the scanner (a bare token is a code when its prefix is one
/// of them).
pub fn prefixes() -> &'static [&'static str] {
    static PREFIXES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    PREFIXES.get_or_init(|| {
        let mut all: Vec<&'static str> = model::SERVICES
            .iter()
            .map(|s| s.prefix)
            .chain(model::RULES.families.iter().map(|f| f.prefix.as_str()))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    })
}

/// The keys of the entries of one kind, each once, for the scanner.
fn keys_of(
    kind: Kind,
    cell: &'static std::sync::OnceLock<Vec<&'static str>>,
) -> &'static [&'static str] {
    cell.get_or_init(|| {
        let mut all: Vec<&'static str> = entries()
            .filter(|e| e.kind == kind)
            .map(|e| e.code.as_str())
            .collect();
        all.dedup();
        all
    })
}

/// The SDK exception classes the catalog explains (`ConnectionException`), for the scanner.
pub fn exception_names() -> &'static [&'static str] {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    keys_of(Kind::Exception, &NAMES)
}

/// The messages the catalog explains that arrive without a code (`The account is locked.`), for
/// the scanner.
pub fn code_less_messages() -> &'static [&'static str] {
    static MESSAGES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    keys_of(Kind::Message, &MESSAGES)
}

/// What a typed code means once normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A prefixed code, spelt the catalog's way where the prefix is known (`AIS.0104`).
    Code {
        /// The prefix (`AIS`).
        prefix: String,
        /// The digits (`0104`).
        number: String,
    },
    /// A bare number (`4204`), which may belong to several codes.
    Number(String),
}

impl Query {
    /// The canonical spelling: `AIS.0104`, or the bare number.
    pub fn canonical(&self) -> String {
        match self {
            Query::Code { prefix, number } => format!("{prefix}.{number}"),
            Query::Number(n) => n.clone(),
        }
    }
}

/// Longest digit run accepted in a code; real codes have four.
const MAX_DIGITS: usize = 8;
/// Longest prefix accepted; real prefixes are at most nine letters (`ModelArts`).
const MAX_PREFIX: usize = 32;

/// Reads a code however a person typed it: any case, `AIS0104`, `AIS-0104`, `AIS_0104`, `AIS 0104`,
/// full-width forms, surrounding spaces, quotes or punctuation, or a bare number.
/// Returns `None` for anything that is not code-shaped.
///
/// ```
/// use ocr_err::catalog::{parse_query, Query};
/// let q = parse_query(" ａｉｓ－０１０４ ").unwrap();
/// assert_eq!(q.canonical(), "AIS.0104");
/// assert_eq!(parse_query("modelarts_4204").unwrap().canonical(), "ModelArts.4204");
/// assert_eq!(parse_query("4204"), Some(Query::Number("4204".into())));
/// assert_eq!(parse_query("hello"), None);
/// ```
pub fn parse_query(input: &str) -> Option<Query> {
    let folded = normalize::fold(input);
    let s = folded.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let prefix_len = s
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(s.len());
    let (prefix, rest) = s.split_at(prefix_len);
    let digits = rest.trim_start_matches(['.', '-', '_', ' ']);
    // At most one separator between prefix and number.
    if rest.len() - digits.len() > 1
        || digits.is_empty()
        || digits.len() > MAX_DIGITS
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // Numbers compare by value at the catalog's width of four: `AIS.104` is `AIS.0104`.
    let significant = digits.trim_start_matches('0');
    let number = format!("{significant:0>4}");
    if prefix.is_empty() {
        return (rest.len() == digits.len()).then_some(Query::Number(number));
    }
    if prefix.len() > MAX_PREFIX {
        return None;
    }
    // Letters run into digits (`ais0104`) are a code only under a known prefix: `base64`,
    // `md5`, `sha256` and `h264` are words.
    let known = family(prefix).is_some() || !services_of(prefix).is_empty();
    if rest.len() == digits.len() && !known {
        return None;
    }
    // The catalog's spelling of a known prefix (`apigw` → `APIGW`, `ecs` → `Ecs`).
    let prefix = family(prefix).map_or_else(
        || {
            services_of(prefix)
                .first()
                .map_or_else(|| prefix.to_owned(), |s| s.prefix.to_owned())
        },
        |f| f.prefix.to_string(),
    );
    Some(Query::Code { prefix, number })
}

fn split_code(code: &str) -> (&str, &str) {
    code.split_once('.').unwrap_or((code, ""))
}

/// The entries a query names, in precedence order. A prefixed code matches its own entries (one
/// per table that documents it); a bare number matches every code that carries it.
pub fn find(query: &Query) -> Vec<&'static Entry> {
    match query {
        Query::Code { .. } => {
            let code = query.canonical();
            entries()
                .filter(|e| e.code.len() == code.len() && e.code.eq_ignore_ascii_case(&code))
                .collect()
        }
        Query::Number(n) => entries().filter(|e| split_code(&e.code).1 == n).collect(),
    }
}

/// The catalog's answer about a code it does not know.
#[derive(Debug)]
pub struct Unknown {
    /// The code as normalised.
    pub code: String,
    /// The nearest known codes by edit distance, nearest first.
    pub suggestions: Vec<&'static Entry>,
    /// The family its prefix belongs to, if the prefix is known.
    pub family: Option<&'static Family>,
}

/// How many suggestions at most, and how far (in edits) they may be.
const MAX_SUGGESTIONS: usize = 5;
const MAX_DISTANCE: usize = 2;

/// The nearest codes to an unknown one, by optimal-string-alignment distance on the folded
/// spelling (a transposed pair of digits is one edit: `AIS.0140` → `AIS.0104`).
///
/// ```
/// use ocr_err::catalog::{parse_query, unknown};
/// let u = unknown(&parse_query("AIS.0140").unwrap());
/// assert_eq!(u.suggestions[0].code, "AIS.0104");
/// assert_eq!(u.family.unwrap().prefix, "AIS");
/// ```
pub fn unknown(query: &Query) -> Unknown {
    let wanted = query.canonical().to_ascii_lowercase();
    let mut scored: Vec<(usize, usize, &'static Entry)> = entries()
        .enumerate()
        .filter_map(|(i, e)| {
            let candidate = match query {
                Query::Code { .. } => e.code.to_ascii_lowercase(),
                Query::Number(_) => split_code(&e.code).1.to_owned(),
            };
            let d = strsim::osa_distance(&wanted, &candidate);
            (d <= MAX_DISTANCE).then_some((d, i, e))
        })
        .collect();
    scored.sort_by_key(|&(d, i, _)| (d, i));
    // Only the nearest: when a one-edit match exists, the two-edit ones are noise.
    let nearest = scored.first().map_or(0, |&(d, _, _)| d);
    scored.retain(|&(d, _, _)| d == nearest);
    let mut suggestions: Vec<&'static Entry> = Vec::new();
    for (_, _, e) in scored {
        if suggestions.len() == MAX_SUGGESTIONS {
            break;
        }
        if !suggestions.iter().any(|s| s.code == e.code) {
            suggestions.push(e);
        }
    }
    let family = match query {
        Query::Code { prefix, .. } => family(prefix),
        Query::Number(_) => None,
    };
    Unknown {
        code: query.canonical(),
        suggestions,
        family,
    }
}

/// The result of looking up one typed code.
#[derive(Debug)]
pub enum Lookup {
    /// Known: the matching entries, in precedence order.
    Found(Vec<&'static Entry>),
    /// Code-shaped but not in the catalog.
    Unknown(Unknown),
    /// Not code-shaped at all.
    Invalid,
}

/// Looks up one code as typed.
///
/// ```
/// use ocr_err::catalog::{lookup, Lookup};
/// let Lookup::Found(entries) = lookup("ais0104") else { panic!() };
/// assert_eq!(entries[0].code, "AIS.0104");
/// assert_eq!(entries[0].module.zh, "文字识别");
/// ```
pub fn lookup(input: &str) -> Lookup {
    let named = find_named(input);
    if !named.is_empty() {
        return Lookup::Found(named);
    }
    let Some(query) = parse_query(input) else {
        return letter_for_digit(input).map_or(Lookup::Invalid, Lookup::Unknown);
    };
    // A success status (`200`) is no error: what a 200 can still carry is a failed item, with the
    // success status of the others (AIS.0000).
    let typed = normalize::fold(input);
    if let (3, Ok(200..=299)) = (typed.trim().len(), typed.trim().parse::<u16>()) {
        let success: Vec<_> = entries().filter(|e| !e.is_error).collect();
        if !success.is_empty() {
            return Lookup::Found(success);
        }
    }
    let mut found = find(&query);
    // A bare three-digit failing status (`413`) is first the status without a code, then the
    // codes that carry its number (`APIG.0401`, documented with another status).
    if let Query::Number(_) = query {
        let typed = normalize::fold(input);
        let typed = typed.trim();
        if typed.len() == 3
            && let Some(status) = typed.parse().ok().and_then(status_entry)
        {
            found.insert(0, status);
        }
    }
    if found.is_empty() {
        Lookup::Unknown(unknown(&query))
    } else {
        Lookup::Found(found)
    }
}

/// All entries of one module, in precedence order.
pub fn by_module(module: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    entries().filter(move |e| e.module.id == module)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str) -> Option<String> {
        parse_query(s).map(|q| q.canonical())
    }

    #[test]
    fn the_built_message_keys_are_the_messages_keys() {
        for e in entries() {
            for v in e.variants {
                let keys: Vec<String> = std::iter::once(v.message.as_str())
                    .chain(v.alt_messages.iter().map(|m| m.as_str()))
                    .map(normalize::message_key)
                    .collect();
                let built: Vec<&str> = v.message_keys.iter().map(|k| k.as_str()).collect();
                assert_eq!(built, keys, "{}", e.code);
            }
        }
    }

    #[test]
    fn accepts_the_ways_people_type_a_code() {
        for typed in [
            "AIS.0104",
            "ais.0104",
            "AIS0104",
            "AIS-0104",
            "AIS_0104",
            "  AIS.0104\t",
            "Ais 0104",
            "ＡＩＳ．０１０４",
            "AIS。0104",
            "\u{3000}AIS．0104",
            "\"AIS.0104\",",
            "(AIS.0104)",
        ] {
            assert_eq!(canon(typed).as_deref(), Some("AIS.0104"), "{typed:?}");
        }
        assert_eq!(canon("modelarts.4204").as_deref(), Some("ModelArts.4204"));
        assert_eq!(canon("apig.0308").as_deref(), Some("APIG.0308"));
        assert_eq!(canon("apigw-0101").as_deref(), Some("APIGW.0101"));
    }

    #[test]
    fn rejects_what_is_not_code_shaped() {
        for typed in [
            "",
            "   ",
            "hello",
            "AIS.",
            "AIS..0104",
            "AIS.01a4",
            "!!!",
            "4204x",
            "AIS.012345678901",
            "你好",
        ] {
            assert_eq!(parse_query(typed), None, "{typed:?}");
        }
    }

    #[test]
    fn unknown_prefixes_are_kept_as_typed() {
        assert_eq!(canon("Ecs.0114").as_deref(), Some("Ecs.0114"));
        assert!(family("Ecs").is_none());
    }

    #[test]
    fn bare_numbers_find_every_code_that_carries_them() {
        let codes: Vec<_> = find(&Query::Number("0101".into()))
            .iter()
            .map(|e| e.code.as_str())
            .collect();
        assert!(
            codes.contains(&"AIS.0101") && codes.contains(&"APIG.0101"),
            "{codes:?}"
        );
        // One code, as each table that documents it gives it.
        let found: Vec<_> = find(&Query::Number("4204".into()))
            .iter()
            .map(|e| (e.code.as_str(), e.table.as_str()))
            .collect();
        assert_eq!(
            found,
            [("ModelArts.4204", "ocr"), ("ModelArts.4204", "modelarts")]
        );
    }

    #[test]
    fn leading_zeros_do_not_matter() {
        assert_eq!(find(&parse_query("AIS.104").unwrap())[0].code, "AIS.0104");
    }

    #[test]
    fn suggests_near_codes_for_unknown_ones() {
        let u = unknown(&parse_query("AIS.0140").unwrap());
        assert_eq!(
            u.suggestions.first().map(|e| e.code.as_str()),
            Some("AIS.0104")
        );
        let u = unknown(&parse_query("ModelArts.4240").unwrap());
        assert_eq!(
            u.suggestions.first().map(|e| e.code.as_str()),
            Some("ModelArts.4204")
        );
        let u = unknown(&parse_query("XYZ.9999").unwrap());
        assert!(u.suggestions.is_empty() && u.family.is_none());
    }

    #[test]
    fn lookup_distinguishes_found_unknown_and_invalid() {
        assert!(matches!(lookup("APIG.0301"), Lookup::Found(_)));
        assert!(matches!(lookup("APIG.0399"), Lookup::Unknown(_)));
        assert!(matches!(lookup("not a code"), Lookup::Invalid));
    }
}
