//! Consistency checks over the compiled catalog, run by the test suite (the build script checks
//! only the schema). Kept in the library so the checks see exactly what the program serves.

use std::collections::HashSet;

use super::family;
use super::model::{Entry, HttpStatus, Kind, RULES, Steps, TABLES, Text};

fn well_formed(code: &str) -> bool {
    let Some((prefix, number)) = code.split_once('.') else {
        return false;
    };
    !prefix.is_empty()
        && prefix.bytes().all(|b| b.is_ascii_alphabetic())
        && number.len() == 4
        && number.bytes().all(|b| b.is_ascii_digit())
}

fn check_text(what: &str, t: &Text, out: &mut Vec<String>) {
    if t.en.trim().is_empty() || t.zh.trim().is_empty() {
        out.push(format!("{what}: text missing in one language"));
    }
}

fn check_steps(what: &str, s: &Steps, out: &mut Vec<String>) {
    if s.en.is_empty() || s.en.len() != s.zh.len() {
        out.push(format!(
            "{what}: fix must have the same, non-zero number of steps in both languages"
        ));
    }
    if s.en
        .as_slice()
        .iter()
        .chain(s.zh.as_slice())
        .any(|step| step.trim().is_empty())
    {
        out.push(format!("{what}: empty fix step"));
    }
}

/// The key's form, by kind: a code is `PREFIX.NNNN` of a known family; a message is one of the
/// entry's messages; an exception is a class name; a status is `HTTP 413` or `HTTP 5xx`, as its
/// variants state it.
fn check_key(e: &Entry, out: &mut Vec<String>) {
    let code = e.code;
    match e.kind {
        // OBS names its codes: a name in CamelCase, of OBS's module only.
        Kind::Code if !code.contains('.') => {
            let camel = code.starts_with(|c: char| c.is_ascii_uppercase())
                && code.bytes().all(|b| b.is_ascii_alphanumeric())
                && code.bytes().any(|b| b.is_ascii_lowercase());
            if e.module.id != "obs" || !camel {
                out.push(format!("{code}: a named code is OBS's, in CamelCase"));
            }
        }
        Kind::Code => {
            if !well_formed(&code) {
                out.push(format!("{code}: not of the form PREFIX.NNNN"));
            }
            let prefix = code.split('.').next().unwrap_or_default();
            if family(prefix).is_none_or(|f| f.prefix != prefix) {
                out.push(format!(
                    "{code}: prefix has no family in the rules, or is spelt differently"
                ));
            }
        }
        Kind::Message => {
            if !e.variants.iter().any(|v| v.message == code) {
                out.push(format!("{code}: a message entry's key must be its message"));
            }
        }
        Kind::Exception => {
            if !code.starts_with(|c: char| c.is_ascii_uppercase())
                || !code.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                out.push(format!("{code}: not an exception class name"));
            }
        }
        Kind::Status => {
            let stated = code.strip_prefix("HTTP ").unwrap_or_default();
            let agrees = e.variants.iter().all(|v| match v.http_status {
                Some(HttpStatus::Code(n)) => n.to_string() == stated,
                Some(HttpStatus::Class(c)) => *c == *stated,
                None => false,
            });
            if stated.len() != 3 || !agrees {
                out.push(format!(
                    "{code}: a status entry is `HTTP NNN` or `HTTP Nxx`, as its variants state"
                ));
            }
        }
    }
}

fn check_entry(e: &Entry, out: &mut Vec<String>) {
    let code = e.code;
    check_key(e, out);
    if [e.module.id, e.module.en, e.module.zh]
        .iter()
        .any(|s| s.trim().is_empty())
    {
        out.push(format!("{code}: module name missing"));
    }
    if e.variants.is_empty() {
        out.push(format!("{code}: no variants"));
    }
    let mut messages = HashSet::new();
    for (i, v) in e.variants.iter().enumerate() {
        let what = format!("{code} variant {}", i + 1);
        if v.message.trim().is_empty() {
            out.push(format!("{what}: empty message"));
        }
        if !messages.insert((v.message, v.http_status)) {
            out.push(format!(
                "{what}: same message and status as another variant"
            ));
        }
        check_text(&format!("{what} description"), &v.description, out);
        check_steps(&what, &v.fix, out);
        for c in v.causes {
            check_text(
                &format!("{what} cause {:?}", c.pattern),
                &c.description,
                out,
            );
            if c.pattern.trim().is_empty()
                || c.steps.iter().any(|&s| usize::from(s) >= v.fix.en.len())
            {
                out.push(format!(
                    "{what} cause {:?}: empty pattern or step out of range",
                    c.pattern
                ));
            }
        }
    }
    for link in e.links {
        check_text(&format!("{code} link"), &link.title, out);
        if !link.url.starts_with("https://") {
            out.push(format!(
                "{code}: link {:?} is not an absolute https URL",
                link.url
            ));
        }
    }
}

/// Every inconsistency in the compiled catalog, as one line each; empty when all is well.
///
/// ```
/// assert_eq!(ocr_err::catalog::problems(), Vec::<String>::new());
/// ```
pub fn problems() -> Vec<String> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for t in &TABLES {
        if !ids.insert(t.id) {
            out.push(format!("table id {:?} used twice", t.id));
        }
        check_text(&format!("table {} title", t.id), &t.title, &mut out);
        if !t.source.url.starts_with("https://") || t.source.date.is_empty() {
            out.push(format!(
                "table {}: source needs an https URL and a date",
                t.id
            ));
        }
        let mut codes = HashSet::new();
        for e in t.entries {
            if e.kind != t.entries[0].kind {
                out.push(format!("{}: another kind than its table's", e.code));
            }
            if e.table != t.id {
                out.push(format!("{}: table id mismatch", e.code));
            }
            if !codes.insert(e.code.to_ascii_lowercase()) {
                out.push(format!("{}: listed twice in table {}", e.code, t.id));
            }
            check_entry(e, &mut out);
        }
    }
    check_text("fallback", &RULES.fallback.text, &mut out);
    for f in RULES.families {
        check_text(&format!("family {}", f.prefix), &f.name, &mut out);
        if let Some(note) = &f.note {
            check_text(&format!("family {} note", f.prefix), note, &mut out);
        }
    }
    out
}
