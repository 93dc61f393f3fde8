//! The tables `parse` prints: one card per finding, and the `--summary` table with its totals.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, CellAlignment, Color};

use super::card::{cause_line, fix_block, inline, inline_label, text, unknown_rows};
use super::escape::one_line;
use super::label;
use super::layout::{Block, Card, chrome, fix_widths, new_table, strong, width};
use crate::catalog::Lang;
use crate::settings::{Langs, Settings};

fn zh_only(s: &Settings) -> bool {
    s.langs == Langs::One(Lang::Zh)
}

/// The header's right side: where the finding is and what came with it.
fn about(e: &crate::explain::Explanation<'_>, s: &Settings) -> String {
    let f = e.finding;
    let zh = s.langs == Langs::One(Lang::Zh);
    let mut about = Vec::new();
    if let Some(path) = e.path {
        about.push(one_line(path.name()).into_owned());
    }
    about.push(if zh {
        format!("第 {} 行", f.line)
    } else {
        format!("line {}", f.line)
    });
    if let Some(status) = f.http_status {
        about.push(format!("HTTP {status}"));
    }
    if let Some(id) = &f.request_id {
        let word = if zh { "请求" } else { "request" };
        about.push(format!("{word} {}", one_line(id)));
    }
    about.push(f.shape.name().to_owned());
    // The code was not printed: the catalog documents it with the message that was.
    if f.shape == crate::scan::Shape::SdkMessage {
        let (en, zh) = ("code inferred from the message", "错误码据信息推断");
        match s.langs {
            Langs::One(Lang::Zh) => about.push(zh.to_owned()),
            Langs::One(Lang::En) => about.push(en.to_owned()),
            Langs::Both => about.extend([en.to_owned(), zh.to_owned()]),
        }
        // Several codes are documented with it: each is named.
        if let [_, others @ ..] = e.candidates {
            let (en, zh) = ("or", "或");
            let word = if zh_only(s) { zh } else { en };
            about.push(format!("{word} {}", others.join(", ")));
        }
    }
    about.join(s.glyphs.sep)
}

/// What the catalog says about a known finding: the cause its message names, the numbers in it,
/// the description, the fix (the cause's steps first), whether the wording differs, and links.
fn explanation_rows(card: &mut Card, e: &crate::explain::Explanation<'_>, s: &Settings) {
    let (langs, g) = (s.langs, s.glyphs);
    if let Some(cause) = e.resolved.cause {
        card.row(
            label(langs, "Cause", "具体原因"),
            Block::of(cause_line(cause, langs, g, false)),
        )
        .color = Some(Color::Yellow);
    }
    if !e.resolved.details.is_empty() {
        let details: Vec<_> = e
            .resolved
            .details
            .iter()
            .map(|(k, v)| format!("{k}: {}", one_line(v)))
            .collect();
        card.row(
            label(langs, "Details", "详情"),
            Block::of(details.join(g.sep)),
        );
    }
    let (Some(description), Some(steps)) = (e.description, e.fix) else {
        why_row(card, e, s);
        return;
    };
    card.row(
        label(langs, "Description", "说明"),
        Block::of(text(description, langs)),
    );
    why_row(card, e, s);
    let first = e.resolved.cause.map_or(&[][..], |c| c.steps.as_slice());
    card.row(
        label(langs, "Fix", "建议解决方法"),
        fix_block(steps, first, langs, g),
    )
    .color = Some(Color::Green);
    if e.resolved.wording_differs {
        let documented = e
            .resolved
            .entry
            .zip(e.resolved.variant)
            .map_or("", |(en, i)| en.variants[i].message.as_str());
        let mut note = Block::new();
        if langs.has(Lang::En) {
            note.para(format!(
                "The message received differs from the catalog's wording ({documented})."
            ));
        }
        if langs.has(Lang::Zh) {
            note.para(format!(
                "收到的信息与错误码表的措辞不同（表中为：{documented}）。"
            ));
        }
        card.row(label(langs, "Note", "备注"), note);
    }
    if let Some(entry) = e.resolved.entry.filter(|en| !en.links.is_empty()) {
        let mut b = Block::new();
        for l in entry.links {
            let mark = card.links.cite(&l.url);
            b.para(format!("{} {mark}", inline(&l.title, langs, g)));
        }
        card.row(label(langs, "Links", "链接"), b);
    }
}

/// The diagnoses of the request behind it: each rule's id and evidence, and its fix.
fn why_row(card: &mut Card, e: &crate::explain::Explanation<'_>, s: &Settings) {
    if e.diagnoses.is_empty() {
        return;
    }
    let langs = s.langs;
    let mut b = Block::new();
    for d in &e.diagnoses {
        let code = d
            .code
            .map(|c| format!(" {} {c}", s.glyphs.arrow.trim_end()))
            .unwrap_or_default();
        b.para(format!("[{}{code}] {}", d.id, one_line(&d.evidence)));
        if langs.has(Lang::En) {
            b.para(one_line(&d.fix.en).into_owned());
        }
        if langs.has(Lang::Zh) {
            b.para(one_line(&d.fix.zh).into_owned());
        }
    }
    card.row(label(langs, "Why", "原因分析"), b).color = Some(Color::Yellow);
}

pub(super) fn finding(
    out: &mut impl Write,
    e: &crate::explain::Explanation<'_>,
    s: &Settings,
) -> io::Result<()> {
    let (langs, g) = (s.langs, s.glyphs);
    let f = e.finding;
    let color = if e.known { Color::Cyan } else { Color::Red };
    let title = e
        .resolved
        .entry
        .and_then(|entry| super::entry_title(entry, langs))
        .unwrap_or_else(|| one_line(&f.code).into_owned());
    let mut card = Card::new(title, about(e, s), color);
    let received = f.message.as_deref().map_or_else(
        || g.nothing.to_owned(),
        |m| card.links.cite_urls(&one_line(m)),
    );
    card.row(label(langs, "Received", "收到的信息"), Block::of(received))
        .bold = true;
    if !f.extra.is_empty() {
        let fields: Vec<_> = f
            .extra
            .iter()
            .map(|(k, v)| format!("{}: {}", one_line(k), one_line(v)))
            .collect();
        card.row(
            label(langs, "Other fields", "其他字段"),
            Block::of(fields.join(g.sep)),
        );
    }
    if f.item {
        let note = inline_label(
            langs,
            "A failed item inside a successful (200) response.",
            "成功（200）响应中的失败条目。",
            g,
        );
        card.row(label(langs, "Item", "条目"), Block::of(note));
    }
    explanation_rows(&mut card, e, s);
    if let Some(fallback) = e.fallback {
        unknown_rows(
            &mut card,
            e.resolved.family,
            e.resolved.service.as_ref(),
            fallback,
            f.request_id.as_deref(),
            s,
        );
    }
    card.write(out, s)
}

/// "1 error", "2 errors".
fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn summary(
    out: &mut impl Write,
    sum: &crate::explain::Summary,
    s: &Settings,
) -> io::Result<()> {
    let langs = s.langs;
    if !sum.codes.is_empty() {
        write_counts(out, sum, s)?;
    }
    let totals = match langs {
        Langs::One(Lang::Zh) => format!(
            "共 {} 个错误，{} 种错误码，其中 {} 种不在错误码表中；读取 {} 行，{} 字节。",
            sum.total, sum.distinct, sum.unknown_codes, sum.lines, sum.bytes
        ),
        _ => format!(
            "{} of {} ({} not in the catalog); {}, {} read.",
            count(sum.total, "error", "errors"),
            count(sum.distinct as u64, "distinct code", "distinct codes"),
            sum.unknown_codes,
            count(sum.lines, "line", "lines"),
            count(sum.bytes, "byte", "bytes"),
        ),
    };
    for line in Block::of(totals).lines(usize::from(s.width)) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The counts table: count, code, status, message; when the message would get too narrow a
/// column, it goes under the code in the code's cell.
fn write_counts(
    out: &mut impl Write,
    sum: &crate::explain::Summary,
    s: &Settings,
) -> io::Result<()> {
    let (langs, g) = (s.langs, s.glyphs);
    let header = |en: &str, zh: &str| label(langs, en, zh);
    let count_w = sum
        .codes
        .iter()
        .map(|c| c.count.to_string().len())
        .chain(header("Count", "次数").lines().map(width))
        .max()
        .unwrap_or(5);
    let code_w = sum
        .codes
        .iter()
        .map(|c| width(&one_line(&c.code)))
        .chain(header("Code", "错误码").lines().map(width))
        .max()
        .unwrap_or(4);
    let status_w = width("HTTP");
    let total = usize::from(s.width);
    let message_w = total.saturating_sub(count_w + code_w + status_w + chrome(4));
    let beside = message_w >= 16;
    let message = |c: &crate::explain::SummaryRow| {
        let shown = c.shown_message().map(|m| one_line(m).into_owned());
        match (shown, c.known) {
            (Some(m), true) => m,
            (Some(m), false) => format!(
                "{m} {}",
                inline_label(langs, "(not in the catalog)", "（不在错误码表中）", g)
            ),
            (None, _) => inline_label(langs, "(not in the catalog)", "（不在错误码表中）", g),
        }
    };
    let mut t = new_table(s, true);
    if beside {
        t.set_header(vec![
            strong(header("Count", "次数"), Color::Cyan),
            strong(header("Code", "错误码"), Color::Cyan),
            strong("HTTP", Color::Cyan),
            strong(
                Block::of(header("Message", "错误信息"))
                    .lines(message_w)
                    .join("\n"),
                Color::Cyan,
            ),
        ]);
    } else {
        t.set_header(vec![
            strong(header("Count", "次数"), Color::Cyan),
            strong("HTTP", Color::Cyan),
            strong(header("Code", "错误码"), Color::Cyan),
        ]);
    }
    let wide_code_w = total
        .saturating_sub(count_w + status_w + chrome(3))
        .max(code_w);
    for c in &sum.codes {
        let status = c
            .http_status
            .map_or_else(|| "-".to_owned(), |h| h.to_string());
        let code = one_line(&c.code).into_owned();
        let count = Cell::new(c.count).set_alignment(CellAlignment::Right);
        let color = if c.known { Color::Reset } else { Color::Red };
        if beside {
            t.add_row(vec![
                count,
                Cell::new(code).add_attribute(Attribute::Bold).fg(color),
                Cell::new(status),
                Cell::new(Block::of(message(c)).lines(message_w).join("\n")),
            ]);
        } else {
            let mut b = Block::of(code);
            b.para(message(c));
            t.add_row(vec![
                count,
                Cell::new(status),
                Cell::new(b.lines(wide_code_w).join("\n")).fg(color),
            ]);
        }
    }
    if beside {
        fix_widths(&mut t, &[count_w, code_w, status_w, message_w]);
    } else {
        fix_widths(&mut t, &[count_w, status_w, wide_code_w]);
    }
    writeln!(out, "{t}")
}
