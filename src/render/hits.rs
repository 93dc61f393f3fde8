//! Search hits for people: one aligned block per hit, the matched characters highlighted.
//!
//! Not a boxed comfy table: highlighting single characters inside a cell needs escape codes in
//! the cell text, which comfy-table would count as width. The columns are aligned here instead,
//! measuring CJK characters as two columns.

use std::io::{self, Write};

use owo_colors::OwoColorize;
use unicode_width::UnicodeWidthChar;

use crate::catalog::{FieldKind, Lang};
use crate::search::Hit;
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
    let mut count = 0;
    for (i, c) in text.chars().enumerate() {
        count = i + 1;
        if i < start || i >= end {
            continue;
        }
        let on = color && hl.iter().any(|&(a, b)| (a..b).contains(&i));
        if on != lit {
            flush(&mut out, &mut run, lit);
            lit = on;
        }
        run.push(c);
    }
    flush(&mut out, &mut run, lit);
    if end < count {
        out.push_str(ellipsis);
    }
    out
}

pub(super) fn write(out: &mut impl Write, hits: &[Hit], s: &Settings) -> io::Result<()> {
    let code_w = hits.iter().map(|h| h.code.len()).max().unwrap_or(0);
    let field_w = hits.iter().map(|h| h.field.name().len()).max().unwrap_or(0);
    let total = usize::from(s.width);
    // Beside the code and field when there is room for 24 columns of text; under them if not.
    let beside = 4 + code_w + 2 + field_w + 2;
    let stacked = total < beside + 24;
    let indent = if stacked { 4 } else { beside };
    let room = total.saturating_sub(indent).max(8);
    let pad = " ".repeat(indent);
    for h in hits {
        // With English only, a hit in Chinese text is shown by the entry's message instead.
        let hide = s.langs == Langs::One(Lang::En) && h.field.is_chinese();
        let (text, hl): (&str, &[(usize, usize)]) = if hide {
            (h.entry.variants[h.variant].message.as_str(), &[])
        } else {
            (h.text.as_str(), &h.highlights)
        };
        let code = format!("{:<code_w$}", h.code.as_str());
        let code = if s.color {
            code.cyan().bold().to_string()
        } else {
            code
        };
        // A hit in Chinese text, shown in English by the message: named for what is shown.
        let shown_field = if hide { FieldKind::Message } else { h.field };
        let field = format!("{:<field_w$}", shown_field.name());
        let field = if s.color {
            field.dimmed().to_string()
        } else {
            field
        };
        let shown = highlighted(text, hl, room, s.color, s.glyphs.ellipsis);
        if stacked {
            writeln!(out, "{:>2}  {code}  {}", h.rank, field.trim_end())?;
            writeln!(out, "{pad}{shown}")?;
        } else {
            writeln!(out, "{:>2}  {code}  {field}  {shown}", h.rank)?;
        }
        let v = &h.entry.variants[h.variant];
        if h.field != FieldKind::Message && !hide {
            writeln!(
                out,
                "{pad}{}",
                highlighted(&v.message, &[], room, false, s.glyphs.ellipsis)
            )?;
        }
        let lang = match s.langs {
            Langs::One(l) => l,
            Langs::Both => Lang::Zh,
        };
        let desc_field = if lang == Lang::Zh {
            FieldKind::DescriptionZh
        } else {
            FieldKind::DescriptionEn
        };
        if h.field != desc_field {
            writeln!(
                out,
                "{pad}{}",
                highlighted(
                    &v.description.shown(lang),
                    &[],
                    room,
                    false,
                    s.glyphs.ellipsis
                )
            )?;
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
        let (url, kind) = crate::catalog::service_url(sv);
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
