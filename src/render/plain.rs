//! Plain output: one record per line, fields separated by tabs, for grep, cut and logs.
//! Every field is kept on one line (`\n` and `\t` inside a field are written as escapes).
//! With both languages, a prose field reads `English / 中文`.

use std::io::{self, Write};

use super::escape::one_line;
use super::{brief as brief_of, module_name};
use crate::catalog::{Entry, Lang, Steps, Text};
use crate::explain::Explained;
use crate::settings::Langs;

fn text(t: &Text, langs: Langs) -> String {
    super::in_langs(t, langs, " / ")
}

fn steps(s: &Steps, langs: Langs) -> String {
    langs
        .list()
        .iter()
        .map(|&l| {
            let steps = s.get(l);
            if steps.len() == 1 {
                steps[0].to_string()
            } else {
                steps
                    .iter()
                    .enumerate()
                    .map(|(i, s)| format!("{}) {s}", i + 1))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// One record: each field on one line, a literal backslash written `\\` so that it cannot be
/// mistaken for the escape of a newline or tab (`\n`, `\t`).
pub(super) fn record(out: &mut (impl Write + ?Sized), fields: &[&str]) -> io::Result<()> {
    let line: Vec<_> = fields
        .iter()
        .map(|f| one_line(&f.replace('\\', "\\\\")).into_owned())
        .collect();
    writeln!(out, "{}", line.join("\t"))
}

/// `explain --brief`: `code  status  message  first fix`, one line per code (its first table's
/// first variant, as the card shows it first); unknown codes as `code  unknown  suggestions`.
/// For a person (`spaced`), the fields are set apart by two spaces, else they are a plain
/// record, tab-separated; each line is whole, the fix is what it is for.
pub(super) fn brief(
    out: &mut impl Write,
    results: &[Explained],
    langs: Langs,
    spaced: bool,
) -> io::Result<()> {
    let record = |out: &mut dyn Write, fields: &[&str]| {
        if spaced {
            let line: Vec<_> = fields.iter().map(|f| one_line(f).into_owned()).collect();
            writeln!(out, "{}", line.join("  "))
        } else {
            record(out, fields)
        }
    };
    for r in results {
        match r {
            Explained::Found { entries, .. } => {
                let Some((e, v)) = entries.first().and_then(|e| Some((e, e.variants.first()?)))
                else {
                    continue;
                };
                let first = langs
                    .list()
                    .iter()
                    .filter_map(|&l| v.fix.get(l).first().map(ToString::to_string))
                    .collect::<Vec<_>>()
                    .join(" / ");
                let status = super::or_dash(v.http_status);
                record(&mut *out, &[&e.code, &status, &v.message, &first])?;
            }
            Explained::Unknown {
                code, suggestions, ..
            } => {
                let near: Vec<_> = suggestions.iter().map(|e| brief_of(e)).collect();
                let near = super::or_dash((!near.is_empty()).then(|| near.join(", ")));
                record(&mut *out, &[code, "unknown", &near])?;
            }
            Explained::Invalid { .. } => {}
        }
    }
    Ok(())
}

/// `code  status  module  message  description  fix`, one line per variant; unknown codes as
/// `code  unknown  family  suggestions  advice`.
pub(super) fn explain(out: &mut impl Write, results: &[Explained], langs: Langs) -> io::Result<()> {
    for r in results {
        match r {
            Explained::Found { entries, .. } => {
                for e in entries {
                    for v in e.variants {
                        let status = super::or_dash(v.http_status);
                        record(
                            out,
                            &[
                                &e.code,
                                &status,
                                &module_name(e, langs, " / "),
                                &v.message,
                                &text(&v.description, langs),
                                &steps(&v.fix, langs),
                            ],
                        )?;
                    }
                }
            }
            Explained::Unknown {
                code,
                suggestions,
                family,
                service,
                fallback,
                ..
            } => {
                // The family, else the services the prefix names.
                let services = service.as_ref().map(|info| {
                    info.services
                        .iter()
                        .map(|svc| {
                            langs
                                .list()
                                .iter()
                                .map(|&l| svc.name.get(l))
                                .collect::<Vec<_>>()
                                .join(" / ")
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                });
                let family = super::or_dash(family.map(|f| text(&f.name, langs)).or(services));
                let near: Vec<_> = suggestions.iter().map(|e| brief_of(e)).collect();
                let near = super::or_dash((!near.is_empty()).then(|| near.join(", ")));
                record(
                    out,
                    &[
                        code,
                        "unknown",
                        &family,
                        &near,
                        &text(&fallback.text, langs),
                    ],
                )?;
            }
            Explained::Invalid { .. } => {}
        }
    }
    Ok(())
}

/// `code  table  module  status  message  description`, one line per entry.
pub(super) fn list(
    out: &mut impl Write,
    entries: &[&'static Entry],
    langs: Langs,
) -> io::Result<()> {
    for e in entries {
        let v = &e.variants[0];
        let status = super::or_dash(v.http_status);
        record(
            out,
            &[
                &e.code,
                &e.table,
                &e.module.id,
                &status,
                &v.message,
                &text(&v.description, langs),
            ],
        )?;
    }
    Ok(())
}

/// `rank  code  score  field  text`, one line per hit.
pub(super) fn hits(out: &mut impl Write, hits: &[crate::search::Hit]) -> io::Result<()> {
    for h in hits {
        record(
            out,
            &[
                &h.rank.to_string(),
                &h.code,
                &h.score.to_string(),
                h.field.name(),
                &h.text,
            ],
        )?;
    }
    Ok(())
}

/// `line  code  status  request_id  known|unknown  message  cause  description`, one line per error.
pub(super) fn finding(
    out: &mut impl Write,
    e: &crate::explain::Explanation<'_>,
    langs: Langs,
) -> io::Result<()> {
    let f = e.finding;
    let status = super::or_dash(f.http_status);
    let cause = super::or_dash(e.resolved.cause.map(|c| c.pattern));
    let description = super::or_dash(e.description.map(|d| text(d, langs)));
    // `path:line` when findings name their input (`-` for standard input).
    let line = match e.path {
        Some(path) => format!("{}:{}", path.name(), f.line),
        None => f.line.to_string(),
    };
    record(
        out,
        &[
            &line,
            &f.code,
            &status,
            f.request_id.as_deref().unwrap_or(super::DASH),
            if e.known { "known" } else { "unknown" },
            f.message.as_deref().unwrap_or(super::DASH),
            &cause,
            &description,
        ],
    )?;
    // Then a `why` line for each diagnosis of the request behind it.
    for d in &e.diagnoses {
        let fix = match langs {
            Langs::One(Lang::Zh) => d.fix.zh.clone(),
            Langs::One(Lang::En) => d.fix.en.clone(),
            Langs::Both => format!("{} / {}", d.fix.en, d.fix.zh),
        };
        record(
            out,
            &[
                "why",
                &line,
                d.id,
                d.code.unwrap_or(super::DASH),
                &d.evidence,
                &fix,
            ],
        )?;
    }
    Ok(())
}

/// `count  code  known|unknown  message`, most frequent first, then a `#` line of totals.
pub(super) fn summary(out: &mut impl Write, s: &crate::explain::Summary) -> io::Result<()> {
    for c in &s.codes {
        record(
            out,
            &[
                &c.count.to_string(),
                &c.code,
                &c.http_status
                    .map_or_else(|| super::DASH.to_owned(), |h| h.to_string()),
                if c.known { "known" } else { "unknown" },
                c.shown_message().unwrap_or(super::DASH),
            ],
        )?;
    }
    writeln!(
        out,
        "# {} errors, {} codes, {} unknown, {} lines, {} bytes",
        s.total, s.distinct, s.unknown_codes, s.lines, s.bytes
    )
}

/// The services a search names: `service`, prefix, English and Chinese name, where to read more.
pub(super) fn services(
    out: &mut impl Write,
    services: &[&'static crate::catalog::Service],
) -> io::Result<()> {
    for sv in services {
        let (url, _) = sv.where_explained();
        record(out, &["service", sv.prefix, sv.name.en, sv.name.zh, &url])?;
    }
    Ok(())
}
