//! Tables for people, built with comfy-table: one table per explained code, one for `list`.
//!
//! comfy-table measures CJK characters as two columns, wraps Chinese sentences (which have no
//! spaces) by character, and only sizes itself on a terminal, so the width always comes from
//! [`Settings`]. Colour is applied through comfy's own cell styling, never as escapes inside cell
//! text, which would break alignment.

use std::fmt::Write as _;
use std::io::{self, Write};

use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table, Width,
    presets,
};

// Text from the input goes into cells on one line, its tabs and newlines escaped too: a raw tab
// would break the alignment comfy-table computes.
use super::escape::one_line;
use super::{Explained, brief, label, module_name};
use crate::catalog::{Entry, Fallback, Family, HttpStatus, Lang, Text, Variant};
use crate::settings::{Langs, Settings};

/// A table with the house style; `ruled` draws a line between rows.
fn new_table(s: &Settings, ruled: bool) -> Table {
    let mut t = Table::new();
    t.load_style(match (s.ascii, ruled) {
        (true, true) => presets::ASCII_FULL,
        (true, false) => presets::ASCII_FULL_CONDENSED,
        (false, true) => presets::UTF8_FULL.with_rounded_corners(),
        (false, false) => presets::UTF8_FULL_CONDENSED.with_rounded_corners(),
    });
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(s.width);
    if s.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// A cell that is bold and coloured when colour is on (comfy ignores styling otherwise).
fn strong(text: impl ToString, color: Color) -> Cell {
    Cell::new(text).fg(color).add_attribute(Attribute::Bold)
}

fn text(t: &Text, langs: Langs) -> String {
    super::in_langs(t, langs, "\n")
}

fn status_cell(v: &Variant, langs: Langs, prefix: &str) -> Cell {
    let mut shown = match v.http_status {
        Some(status) => format!("{prefix}{status}"),
        None => label(langs, "not documented", "未说明").replace('\n', " / "),
    };
    if let Some(note) = &v.status_note {
        shown.push('\n');
        shown.push_str(&text(note, langs));
    }
    let color = match v.http_status {
        Some(HttpStatus::Code(n)) if n >= 500 => Color::Red,
        Some(HttpStatus::Code(n)) if n >= 400 => Color::Yellow,
        Some(HttpStatus::Class(c)) if c.starts_with('5') => Color::Red,
        Some(HttpStatus::Class(_)) => Color::Yellow,
        _ => Color::Reset,
    };
    Cell::new(shown).fg(color)
}

/// Fix steps, numbered; with both languages each English step is followed by its Chinese.
fn fix(v: &Variant, langs: Langs) -> String {
    let n = v.fix.en.len();
    let mut lines = Vec::new();
    for i in 0..n {
        for (k, &lang) in langs.list().iter().enumerate() {
            let step = v.fix.get(lang)[i];
            let marker = if n == 1 {
                String::new()
            } else if k == 0 {
                format!("{}. ", i + 1)
            } else {
                "   ".to_owned()
            };
            lines.push(format!("{marker}{step}"));
        }
    }
    lines.join("\n")
}

fn causes(v: &Variant, langs: Langs) -> String {
    v.causes
        .iter()
        .map(|c| {
            let steps: Vec<_> = c.steps.iter().map(|s| (s + 1).to_string()).collect();
            let see = match langs {
                Langs::One(Lang::Zh) => format!("见第 {} 步", steps.join("、")),
                _ => format!("fix step {}", steps.join(", ")),
            };
            format!(
                "“{}”: {} ({see})",
                c.pattern,
                text(&c.description, langs).replace('\n', " · ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The message as received, then any other known wordings.
fn message(v: &Variant, langs: Langs) -> String {
    let also = match langs {
        Langs::One(Lang::En) => "also: ",
        Langs::One(Lang::Zh) => "也作：",
        Langs::Both => "also / 也作: ",
    };
    let mut m = v.message.to_string();
    for alt in v.alt_messages {
        let _ = write!(m, "\n{also}{alt}");
    }
    m
}

/// The field-per-row layout of a code with one documented form.
fn variant_rows(t: &mut Table, v: &Variant, langs: Langs) {
    let row = |t: &mut Table, en: &str, zh: &str, value: Cell| {
        t.add_row(vec![Cell::new(label(langs, en, zh)), value]);
    };
    row(t, "HTTP status", "HTTP状态码", status_cell(v, langs, ""));
    row(
        t,
        "Message",
        "错误信息",
        Cell::new(message(v, langs)).add_attribute(Attribute::Bold),
    );
    row(
        t,
        "Description",
        "说明",
        Cell::new(text(&v.description, langs)),
    );
    if !v.causes.is_empty() {
        row(t, "Causes", "具体原因", Cell::new(causes(v, langs)));
    }
    row(
        t,
        "Fix",
        "建议解决方法",
        Cell::new(fix(v, langs)).fg(Color::Green),
    );
    if let Some(note) = &v.note {
        row(t, "Note", "备注", Cell::new(text(note, langs)));
    }
}

/// One documented form of a code with several, in one cell.
fn variant_summary(v: &Variant, langs: Langs) -> String {
    let mut s = message(v, langs);
    let _ = write!(s, "\n{}", text(&v.description, langs));
    if !v.causes.is_empty() {
        let _ = write!(s, "\n{}", causes(v, langs));
    }
    let arrow = fix(v, langs)
        .lines()
        .map(|l| format!("→ {l}"))
        .collect::<Vec<_>>()
        .join("\n");
    let _ = write!(s, "\n{arrow}");
    if let Some(note) = &v.note {
        let _ = write!(s, "\n({})", text(note, langs).replace('\n', " · "));
    }
    s
}

fn entry_table(e: &Entry, s: &Settings) -> Table {
    let langs = s.langs;
    let mut t = new_table(s, true);
    t.set_header(vec![
        strong(e.code, Color::Cyan),
        strong(module_name(e, langs, " · "), Color::Cyan),
    ]);
    if let [v] = e.variants.as_slice() {
        variant_rows(&mut t, v, langs);
    } else {
        // Several documented forms: one compact row each, the status as the label.
        for v in e.variants {
            t.add_row(vec![
                status_cell(v, langs, "HTTP "),
                Cell::new(variant_summary(v, langs)),
            ]);
        }
    }
    if !e.is_error {
        let note = label(
            langs,
            "Not an error: a success status.",
            "并非错误：表示成功的状态。",
        );
        t.add_row(vec![
            Cell::new(label(langs, "Note", "备注")),
            strong(note, Color::Green),
        ]);
    }
    if !e.links.is_empty() {
        let links: Vec<_> = e
            .links
            .iter()
            .map(|l| format!("{}\n{}", text(&l.title, langs).replace('\n', " · "), l.url))
            .collect();
        t.add_row(vec![
            Cell::new(label(langs, "Links", "链接")),
            Cell::new(links.join("\n")),
        ]);
    }
    if let Some(table) = crate::catalog::table(&e.table) {
        let source = format!(
            "{} ({})\n{}",
            text(&table.title, langs).replace('\n', " · "),
            e.source.date,
            e.source.url
        );
        t.add_row(vec![
            Cell::new(label(langs, "Source", "来源")),
            Cell::new(source),
        ]);
    }
    if let Some(col) = t.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    t
}

fn unknown_table(
    code: &str,
    suggestions: &[&'static Entry],
    family: Option<&crate::catalog::Family>,
    fallback: &crate::catalog::Fallback,
    s: &Settings,
) -> Table {
    let langs = s.langs;
    let mut t = new_table(s, true);
    t.set_header(vec![
        strong(one_line(code), Color::Red),
        strong(
            label(langs, "not in the catalog", "不在错误码表中").replace('\n', " · "),
            Color::Red,
        ),
    ]);
    if !suggestions.is_empty() {
        let near: Vec<_> = suggestions.iter().map(|e| brief(e)).collect();
        t.add_row(vec![
            Cell::new(label(langs, "Did you mean", "您是否要找")),
            Cell::new(near.join("\n")),
        ]);
    }
    unknown_rows(&mut t, family, fallback, None, langs);
    if let Some(col) = t.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    t
}

/// The rows for a code not in the catalog: its family, if the prefix is known, and what to do,
/// with the request id to quote when there is one.
fn unknown_rows(
    t: &mut Table,
    family: Option<&Family>,
    fallback: &Fallback,
    request_id: Option<&str>,
    langs: Langs,
) {
    if let Some(f) = family {
        let mut about = text(&f.name, langs);
        if let Some(note) = &f.note {
            about.push('\n');
            about.push_str(&text(note, langs));
        }
        if let Some(url) = f.url {
            about.push('\n');
            about.push_str(&url);
        }
        t.add_row(vec![
            Cell::new(label(langs, "Family", "所属类别")),
            Cell::new(about),
        ]);
    }
    let mut advice = text(&fallback.text, langs);
    if let Some(id) = request_id {
        let quote = match langs {
            Langs::One(Lang::Zh) => format!("请求ID：{}", one_line(id)),
            _ => format!("Request ID to quote: {}", one_line(id)),
        };
        advice.push('\n');
        advice.push_str(&quote);
    }
    advice.push('\n');
    advice.push_str(&fallback.url);
    t.add_row(vec![
        Cell::new(label(langs, "What to do", "建议")),
        Cell::new(advice).fg(Color::Green),
    ]);
}

pub(super) fn explain(out: &mut impl Write, results: &[Explained], s: &Settings) -> io::Result<()> {
    let mut first = true;
    let mut emit = |out: &mut dyn Write, t: Table| -> io::Result<()> {
        if !first {
            writeln!(out)?;
        }
        first = false;
        writeln!(out, "{t}")
    };
    for r in results {
        match r {
            Explained::Found { entries, .. } => {
                for e in entries {
                    emit(out, entry_table(e, s))?;
                }
            }
            Explained::Unknown {
                code,
                suggestions,
                family,
                fallback,
                ..
            } => {
                emit(out, unknown_table(code, suggestions, *family, fallback, s))?;
            }
            Explained::Invalid { .. } => {}
        }
    }
    Ok(())
}

pub(super) fn list(
    out: &mut impl Write,
    entries: &[&'static Entry],
    s: &Settings,
) -> io::Result<()> {
    let langs = s.langs;
    let mut t = new_table(s, false);
    let description_lang = match langs {
        Langs::One(l) => l,
        Langs::Both => Lang::Zh,
    };
    let header = |en: &str, zh: &str| strong(label(langs, en, zh).replace('\n', " "), Color::Cyan);
    t.set_header(vec![
        header("Code", "错误码"),
        header("Module", "模块"),
        header("Table", "来源"),
        header("Message", "错误信息"),
        match description_lang {
            Lang::En => header("Description", "说明"),
            Lang::Zh => strong("说明", Color::Cyan),
        },
    ]);
    for e in entries {
        let v = &e.variants[0];
        let mut message = v.message.to_string();
        if e.variants.len() > 1 {
            let _ = write!(message, " (+{})", e.variants.len() - 1);
        }
        let module = match langs {
            Langs::One(l) => e.module.name(l),
            Langs::Both => &e.module.zh,
        };
        t.add_row(vec![
            Cell::new(e.code).add_attribute(Attribute::Bold),
            Cell::new(module),
            Cell::new(e.table),
            Cell::new(message),
            Cell::new(v.description.get(description_lang)),
        ]);
    }
    if let Some(col) = t.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    if let Some(col) = t.column_mut(4) {
        col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(16)));
        col.set_cell_alignment(CellAlignment::Left);
    }
    writeln!(out, "{t}")
}

/// Fix steps with the named cause's steps first (marked `→`), keeping their numbers.
fn fix_for_cause(steps: &crate::catalog::Steps, first: &[u8], langs: Langs) -> String {
    let n = steps.en.len();
    let order = first
        .iter()
        .map(|&i| usize::from(i))
        .filter(|&i| i < n)
        .chain((0..n).filter(|i| !first.contains(&(*i as u8))));
    let mut lines = Vec::new();
    for i in order {
        // Non-breaking spaces: comfy-table trims ordinary leading spaces where it wraps.
        let marker = if first.contains(&(i as u8)) {
            "→ "
        } else {
            "\u{a0}\u{a0}"
        };
        for (k, &lang) in langs.list().iter().enumerate() {
            let number = if n == 1 {
                String::new()
            } else if k == 0 {
                format!("{}. ", i + 1)
            } else {
                "\u{a0}\u{a0}\u{a0}".to_owned()
            };
            let lead = if k == 0 { marker } else { "\u{a0}\u{a0}" };
            lines.push(format!("{lead}{number}{}", steps.get(lang)[i]));
        }
    }
    lines.join("\n")
}

/// What the catalog says about a known finding: the cause its message names, the numbers in it,
/// the description, the fix (the cause's steps first) and whether the wording differs.
fn explanation_rows(t: &mut Table, e: &super::Explanation<'_>, langs: Langs) {
    let row = |t: &mut Table, en: &str, zh: &str, value: Cell| {
        t.add_row(vec![Cell::new(label(langs, en, zh)), value]);
    };
    if let Some(cause) = e.resolved.cause {
        let what = format!(
            "“{}”: {}",
            cause.pattern,
            text(&cause.description, langs).replace('\n', " · ")
        );
        row(t, "Cause", "具体原因", Cell::new(what).fg(Color::Yellow));
    }
    if !e.resolved.details.is_empty() {
        let details: Vec<_> = e
            .resolved
            .details
            .iter()
            .map(|(k, v)| format!("{k}: {}", one_line(v)))
            .collect();
        row(t, "Details", "详情", Cell::new(details.join(" · ")));
    }
    if let (Some(description), Some(steps)) = (e.description, e.fix) {
        row(
            t,
            "Description",
            "说明",
            Cell::new(text(description, langs)),
        );
        let first = e.resolved.cause.map_or(&[][..], |c| c.steps.as_slice());
        row(
            t,
            "Fix",
            "建议解决方法",
            Cell::new(fix_for_cause(steps, first, langs)).fg(Color::Green),
        );
        if e.resolved.wording_differs {
            let documented = e
                .resolved
                .entry
                .zip(e.resolved.variant)
                .map_or("", |(en, i)| en.variants[i].message.as_str());
            let note = match langs {
                Langs::One(Lang::Zh) => {
                    format!("收到的信息与错误码表的措辞不同（表中为：{documented}）。")
                }
                _ => format!(
                    "The message received differs from the catalog's wording ({documented})."
                ),
            };
            row(t, "Note", "备注", Cell::new(note));
        }
    }
}

pub(super) fn finding(
    out: &mut impl Write,
    e: &super::Explanation<'_>,
    s: &Settings,
) -> io::Result<()> {
    let langs = s.langs;
    let f = e.finding;
    let mut t = new_table(s, true);
    let mut about = vec![format!("line {}", f.line)];
    if let Some(status) = f.http_status {
        about.push(format!("HTTP {status}"));
    }
    if let Some(id) = &f.request_id {
        about.push(format!("request {}", one_line(id)));
    }
    about.push(f.shape.name().to_owned());
    let color = if e.known { Color::Cyan } else { Color::Red };
    t.set_header(vec![
        strong(one_line(&f.code), color),
        Cell::new(about.join(" · ")),
    ]);
    let row = |t: &mut Table, en: &str, zh: &str, value: Cell| {
        t.add_row(vec![Cell::new(label(langs, en, zh)), value]);
    };
    let received = f
        .message
        .as_deref()
        .map_or_else(|| "—".to_owned(), |m| one_line(m).into_owned());
    row(
        &mut t,
        "Received",
        "收到的信息",
        Cell::new(received).add_attribute(Attribute::Bold),
    );
    if !f.extra.is_empty() {
        let fields: Vec<_> = f
            .extra
            .iter()
            .map(|(k, v)| format!("{}: {}", one_line(k), one_line(v)))
            .collect();
        row(
            &mut t,
            "Other fields",
            "其他字段",
            Cell::new(fields.join(" · ")),
        );
    }
    if f.item {
        let note = label(
            langs,
            "A failed item inside a successful (200) response.",
            "成功（200）响应中的失败条目。",
        );
        row(&mut t, "Item", "条目", Cell::new(note.replace('\n', " ")));
    }
    explanation_rows(&mut t, e, langs);
    if let Some(fallback) = e.fallback {
        unknown_rows(
            &mut t,
            e.resolved.family,
            fallback,
            f.request_id.as_deref(),
            langs,
        );
    }
    if let Some(col) = t.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    writeln!(out, "{t}")
}

pub(super) fn summary(
    out: &mut impl Write,
    sum: &crate::scan::Summary,
    s: &Settings,
) -> io::Result<()> {
    let langs = s.langs;
    let mut t = new_table(s, false);
    let header = |en: &str, zh: &str| strong(label(langs, en, zh).replace('\n', " "), Color::Cyan);
    t.set_header(vec![
        header("Count", "次数"),
        header("Code", "错误码"),
        strong("HTTP", Color::Cyan),
        header("Message", "错误信息"),
    ]);
    for c in &sum.codes {
        let message = c.message.map_or_else(
            || label(langs, "(not in the catalog)", "（不在错误码表中）").replace('\n', " "),
            str::to_owned,
        );
        let code = Cell::new(one_line(&c.code))
            .add_attribute(Attribute::Bold)
            .fg(if c.known { Color::Reset } else { Color::Red });
        t.add_row(vec![
            Cell::new(c.count).set_alignment(CellAlignment::Right),
            code,
            Cell::new(
                c.http_status
                    .map_or_else(|| "-".to_owned(), |h| h.to_string()),
            ),
            Cell::new(message),
        ]);
    }
    if let Some(col) = t.column_mut(1) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    if !sum.codes.is_empty() {
        writeln!(out, "{t}")?;
    }
    let totals = match langs {
        Langs::One(Lang::Zh) => format!(
            "共 {} 个错误，{} 种错误码，其中 {} 个不在错误码表中；读取 {} 行，{} 字节。",
            sum.total, sum.distinct, sum.unknown, sum.lines, sum.bytes
        ),
        _ => format!(
            "{} errors, {} distinct codes, {} not in the catalog; {} lines, {} bytes read.",
            sum.total, sum.distinct, sum.unknown, sum.lines, sum.bytes
        ),
    };
    writeln!(out, "{totals}")
}
