//! Search hits for people: one aligned block per hit, the matched characters highlighted.
//!
//! Not a boxed comfy table: highlighting single characters inside a cell needs escape codes in
//! the cell text, which comfy-table would count as width. The columns are aligned here instead,
//! measuring CJK characters as two columns.

use std::io::{self, Write};

use owo_colors::OwoColorize;
use unicode_width::UnicodeWidthChar;

use crate::catalog::{FieldKind, Lang};
use crate::search::{Group, Hit};
use crate::settings::{Langs, Settings};

use super::layout::width;

/// The text cut to `max` columns (with `…`), keeping the first highlight in view; returns the
/// kept character range. `total` is the text's width.
fn window(
    text: &str,
    total: usize,
    first_highlight: usize,
    max: usize,
    ellipsis: usize,
) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    if total <= max {
        return (0, chars.len());
    }
    let budget = max.saturating_sub(2 * ellipsis);
    // Start a little before the first highlight so it has context, at a word if one is near.
    let mut start = first_highlight.saturating_sub(8).min(chars.len());
    if let Some(space) = chars[..start]
        .iter()
        .rposition(|c| *c == ' ')
        .filter(|&i| start - i < 12)
    {
        start = space + 1;
    }
    let mut used: usize = chars[start..].iter().map(|c| c.width().unwrap_or(0)).sum();
    while start > 0 && used < budget {
        start -= 1;
        used += chars[start].width().unwrap_or(0);
    }
    let mut end = start;
    let mut cols = 0;
    while end < chars.len() && cols + chars[end].width().unwrap_or(0) <= budget {
        cols += chars[end].width().unwrap_or(0);
        end += 1;
    }
    (start, end)
}

/// The characters `start..end` of `text`, those inside a highlight coloured when `color` is on.
fn painted(text: &str, hl: &[(usize, usize)], start: usize, end: usize, color: bool) -> String {
    let mut out = String::new();
    // Runs of characters, each highlighted as a whole or not at all.
    let mut run = String::new();
    let mut lit = false;
    let flush = |out: &mut String, run: &mut String, lit: bool| {
        if lit {
            out.push_str(&run.yellow().bold().to_string());
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for (i, c) in text.chars().enumerate().take(end).skip(start) {
        let on = color && hl.iter().any(|&(a, b)| (a..b).contains(&i));
        if on != lit {
            flush(&mut out, &mut run, lit);
            lit = on;
        }
        run.push(c);
    }
    flush(&mut out, &mut run, lit);
    out
}

/// The text on one line of `max` columns: cut with `…` around its first highlight if it is
/// longer.
fn highlighted(
    text: &str,
    hl: &[(usize, usize)],
    max: usize,
    color: bool,
    ellipsis: &str,
) -> String {
    let plain = !color || hl.is_empty();
    let total = width(text);
    if plain && total <= max {
        return text.to_owned();
    }
    let first = hl.first().map_or(0, |h| h.0);
    let (start, end) = window(text, total, first, max, width(ellipsis));
    let mut out = String::new();
    if start > 0 {
        out.push_str(ellipsis);
    }
    out.push_str(&painted(text, hl, start, end, color));
    if end < text.chars().count() {
        out.push_str(ellipsis);
    }
    out
}

/// The character ranges of `text` wrapped to lines of `max` columns, as every other text is
/// wrapped (`layout::wrap`: Unicode's line breaking, so no line starts with `。` or `）`).
fn wrapped(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    // Each wrapped line is a piece of the text, in order; the breaks drop only white space.
    let mut byte = 0;
    let mut char_at = 0;
    for line in super::layout::wrap(text, max, "", "") {
        let Some(found) = text[byte..].find(line.as_str()) else {
            continue;
        };
        let start = char_at + text[byte..byte + found].chars().count();
        let end = start + line.chars().count();
        ranges.push((start, end));
        byte += found + line.len();
        char_at = end;
    }
    ranges
}

/// A text as search shows it: on one line cut to `max` columns, or with `full` whole, wrapped.
fn shown(text: &str, hl: &[(usize, usize)], max: usize, full: bool, s: &Settings) -> Vec<String> {
    if !full {
        return vec![highlighted(text, hl, max, s.color, s.glyphs.ellipsis)];
    }
    wrapped(text, max)
        .into_iter()
        .map(|(a, b)| painted(text, hl, a, b, s.color))
        .collect()
}

/// The widest code given a column of its own. A longer key (a message the token service
/// answers with, used as its code) stands on a line of its own above its texts.
const CODE_COLUMN: usize = 16;

/// Writes the hits; with `full`, every text whole, wrapped, instead of cut to one line.
pub(super) fn write(
    out: &mut impl Write,
    hits: &[Hit],
    full: bool,
    s: &Settings,
) -> io::Result<()> {
    let long = |h: &Hit| width(&h.code) > CODE_COLUMN;
    let code_w = hits
        .iter()
        .filter(|h| !long(h))
        .map(|h| width(&h.code))
        .max()
        .unwrap_or(0);
    let field_w = hits.iter().map(|h| h.field.name().len()).max().unwrap_or(0);
    let total = usize::from(s.width);
    // Beside the code and field when there is room for 24 columns of text; under them if not.
    let beside = 4 + code_w + 2 + field_w + 2;
    let stacked = total < beside + 24;
    let indent = if stacked { 4 } else { beside };
    let room = total.saturating_sub(indent).max(8);
    let pad = " ".repeat(indent);
    let mut group = None;
    for h in hits {
        if h.group != group {
            group = h.group;
            if let Some(g) = group {
                heading(out, g, s)?;
            }
        }
        // With English only, a hit in Chinese text is shown by the entry's message instead.
        let hide = s.langs == Langs::One(Lang::En) && h.field.is_chinese();
        // A hit on the code itself (`AIS.0104`, `ais.01`, a status) shows the message beside it.
        let on_code = h.field == FieldKind::Code && !long(h);
        let (text, hl): (&str, &[(usize, usize)]) = if hide || on_code {
            (h.entry.variants[h.variant].message.as_str(), &[])
        } else {
            (h.text.as_str(), &h.highlights)
        };
        let paint_code = |code: String| {
            if s.color {
                code.cyan().bold().to_string()
            } else {
                code
            }
        };
        // A hit in Chinese text, shown in English by the message: named for what is shown.
        let shown_field = if hide { FieldKind::Message } else { h.field };
        let field = format!("{:<field_w$}", shown_field.name());
        let field = if s.color {
            field.dimmed().to_string()
        } else {
            field
        };
        let mut lines = Vec::new();
        if long(h) {
            // The key on its own line, whole (highlighted where it matched); the texts under it.
            let key_hl: &[(usize, usize)] = if h.field == FieldKind::Code { hl } else { &[] };
            for (i, line) in shown(&h.code, key_hl, total.saturating_sub(4).max(8), full, s)
                .into_iter()
                .enumerate()
            {
                if i == 0 {
                    writeln!(out, "{:>2}  {}", h.rank, paint_code(line))?;
                } else {
                    writeln!(out, "    {}", paint_code(line))?;
                }
            }
            if h.field != FieldKind::Code {
                let mut matched = shown(text, hl, room, full, s).into_iter();
                if stacked {
                    writeln!(out, "    {}", field.trim_end())?;
                } else if let Some(first) = matched.next() {
                    // The field in its column, the text beside it, as on the other hits' lines.
                    let lead = " ".repeat(indent - field_w - 2);
                    writeln!(out, "{lead}{field}  {first}")?;
                }
                lines.extend(matched);
            }
        } else {
            let code = paint_code(format!("{:<code_w$}", h.code.as_str()));
            let mut matched = shown(text, hl, room, full, s).into_iter();
            let first = matched.next().unwrap_or_default();
            if stacked {
                writeln!(out, "{:>2}  {code}  {}", h.rank, field.trim_end())?;
                writeln!(out, "{pad}{first}")?;
            } else {
                writeln!(out, "{:>2}  {code}  {field}  {first}", h.rank)?;
            }
            lines.extend(matched);
        }
        lines.extend(message_and_description(h, text, hide, room, full, s));
        for line in lines {
            writeln!(out, "{pad}{line}")?;
        }
    }
    Ok(())
}

/// The lines under a hit's first: the message and the description in the language shown,
/// unless the matched text is one of them already.
fn message_and_description(
    h: &Hit,
    text: &str,
    hide: bool,
    room: usize,
    full: bool,
    s: &Settings,
) -> Vec<String> {
    let mut lines = Vec::new();
    let v = &h.entry.variants[h.variant];
    let already = |t: &str| t == text || t == h.code.as_str();
    if h.field != FieldKind::Message && !hide && !already(&v.message) {
        lines.extend(shown(&v.message, &[], room, full, s));
    }
    let desc_lang = match s.langs {
        Langs::One(l) => l,
        Langs::Both => Lang::Zh,
    };
    let desc_field = if desc_lang == Lang::Zh {
        FieldKind::DescriptionZh
    } else {
        FieldKind::DescriptionEn
    };
    let description = v.description.shown(desc_lang);
    if h.field != desc_field && !already(&description) {
        lines.extend(shown(&description, &[], room, full, s));
    }
    lines
}

/// The heading of a group of a bare status's hits: why the codes under it are listed, in the
/// words `explain` of the status uses; with both languages, each on a line of its own.
fn heading(out: &mut impl Write, g: Group, s: &Settings) -> io::Result<()> {
    let (en, zh) = super::card::group_label(g);
    let lines = match s.langs {
        Langs::One(Lang::En) => vec![format!("{en}:")],
        Langs::One(Lang::Zh) => vec![format!("{zh}：")],
        Langs::Both => vec![format!("{en}:"), format!("{zh}：")],
    };
    for line in lines {
        let mut b = super::layout::Block::new();
        b.para(line);
        for l in b.lines(usize::from(s.width)) {
            if s.color {
                writeln!(out, "{}", l.bold())?;
            } else {
                writeln!(out, "{l}")?;
            }
        }
    }
    Ok(())
}

/// The services a search names, after its hits: each with its codes' prefix and, on a line of
/// its own (never cut), where they are explained.
pub(super) fn services(
    out: &mut impl Write,
    services: &[&'static crate::catalog::Service],
    after_hits: bool,
    s: &Settings,
) -> io::Result<()> {
    if services.is_empty() {
        return Ok(());
    }
    if after_hits {
        writeln!(out)?;
    }
    let heading = match s.langs {
        Langs::One(Lang::En) => "Services",
        Langs::One(Lang::Zh) => "服务",
        Langs::Both => "Services · 服务",
    };
    writeln!(out, "{heading}")?;
    for sv in services {
        let name = match s.langs {
            Langs::One(lang) => sv.name.get(lang).to_owned(),
            Langs::Both => format!("{}{}{}", sv.name.en, s.glyphs.sep, sv.name.zh),
        };
        // The name wraps under itself; the prefix is coloured once the line is cut.
        let prefix = format!("{}.xxxx", sv.prefix);
        let lead = format!("    {prefix}  ");
        let mut block = super::layout::Block::new();
        block.hanging(&lead, &" ".repeat(width(&lead)), name);
        for (i, line) in block
            .lines(usize::from(s.width).max(width(&lead) + 8))
            .into_iter()
            .enumerate()
        {
            match line.strip_prefix(&lead) {
                Some(rest) if i == 0 && s.color => {
                    writeln!(out, "    {}  {rest}", prefix.cyan().bold())?;
                }
                _ => writeln!(out, "{line}")?,
            }
        }
        let (url, kind) = sv.where_explained();
        let label = match (kind, s.langs) {
            (crate::catalog::MoreKind::ServicePage, Langs::One(Lang::Zh)) => "错误码",
            (crate::catalog::MoreKind::ServicePage, _) => "error codes",
            (crate::catalog::MoreKind::ErrorCenter, Langs::One(Lang::Zh)) => "API错误中心",
            (crate::catalog::MoreKind::ErrorCenter, _) => "API Error Center",
        };
        writeln!(out, "        {label}: {url}")?;
    }
    Ok(())
}
