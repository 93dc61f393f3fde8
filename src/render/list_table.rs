//! `list` for people: a grid of codes when the terminal is wide enough for one, a stacked list
//! (one block per code, as `kubectl describe` prints) when it is not.
//!
//! The grid drops columns before it starves one: the module (which the code's prefix names
//! anyway) goes first below [`FULL_GRID`] columns; below [`GRID`] the stacked form is used. The
//! message and the description share what is left, each at least [`MIN_TEXT`] wide.

use std::io::{self, Write};

use comfy_table::{Attribute, Cell, CellAlignment, Color};
use owo_colors::OwoColorize;

use super::label;
use super::layout::{Block, chrome, fix_widths, new_table, strong, width};
use crate::catalog::{Entry, Kind, Lang};
use crate::settings::{Langs, Settings};

/// From this width on, the grid has a module column.
const FULL_GRID: usize = 100;
/// Below this width, codes are stacked rather than gridded.
const GRID: usize = 72;
/// The narrowest message or description column.
const MIN_TEXT: usize = 18;

/// The language of the description column: with both, the message is English and the
/// description Chinese, so a row says both.
fn description_lang(langs: Langs) -> Lang {
    match langs {
        Langs::One(l) => l,
        Langs::Both => Lang::Zh,
    }
}

fn module(e: &Entry, langs: Langs) -> &'static str {
    match langs {
        Langs::One(l) => e.module.name(l),
        Langs::Both => e.module.zh.as_str(),
    }
}

/// The key column: the code, class name or status; a message without a code is in the message
/// column already, so its key column holds the "nothing" glyph.
fn key(e: &Entry, nothing: &'static str) -> &'static str {
    if e.kind == Kind::Message {
        nothing
    } else {
        e.code.as_str()
    }
}

/// The message column: the first documented message, and how many other forms there are.
fn message(e: &Entry) -> String {
    let m = e.variants[0].message.as_str();
    match e.variants.len() {
        1 => m.to_owned(),
        n => format!("{m} (+{})", n - 1),
    }
}

pub(super) fn list(
    out: &mut impl Write,
    entries: &[&'static Entry],
    s: &Settings,
) -> io::Result<()> {
    let total = usize::from(s.width);
    if total < GRID {
        return stacked(out, entries, s);
    }
    let (langs, nothing) = (s.langs, s.glyphs.nothing);
    // Headers put each language on a line of its own, so they are never wider than needed.
    let head_w = |en: &str, zh: &str| label(langs, en, zh).lines().map(width).max().unwrap_or(0);
    let widest = |f: &dyn Fn(&Entry) -> usize| entries.iter().map(|e| f(e)).max().unwrap_or(0);
    let code_w = widest(&|e| width(key(e, nothing))).max(head_w("Code", "错误码"));
    let table_w = widest(&|e| width(&e.table)).max(head_w("Table", "来源"));
    let full_module_w = widest(&|e| width(module(e, langs))).max(head_w("Module", "模块"));
    // The module column goes first when the text columns would starve (long class names and
    // module names), then the grid itself.
    let fits = |module_w: usize, columns: usize| {
        code_w + table_w + module_w + chrome(columns) + 2 * MIN_TEXT <= total
    };
    let with_module = total >= FULL_GRID && fits(full_module_w, 5);
    if !with_module && !fits(0, 4) {
        return stacked(out, entries, s);
    }
    let module_w = if with_module { full_module_w } else { 0 };
    let columns = if with_module { 5 } else { 4 };
    let fixed = code_w + table_w + module_w + chrome(columns);
    let room = total.saturating_sub(fixed).max(2 * MIN_TEXT);
    let lang = description_lang(langs);
    let natural_msg = entries
        .iter()
        .map(|e| width(&message(e)))
        .max()
        .unwrap_or(0);
    let message_w = (room / 2).max(MIN_TEXT).min(natural_msg.max(MIN_TEXT));
    let description_w = room - message_w;

    let mut t = new_table(s, true);
    let header = |en: &str, zh: &str, w: usize| {
        strong(
            Block::of(label(langs, en, zh)).lines(w).join("\n"),
            Color::Cyan,
        )
    };
    let mut head = vec![header("Code", "错误码", code_w)];
    let mut widths = vec![code_w];
    if with_module {
        head.push(header("Module", "模块", module_w));
        widths.push(module_w);
    }
    head.push(header("Table", "来源", table_w));
    head.push(header("Message", "错误信息", message_w));
    head.push(match lang {
        Lang::En => header("Description", "说明", description_w),
        Lang::Zh => strong("说明", Color::Cyan),
    });
    widths.extend([table_w, message_w, description_w]);
    t.set_header(head);
    for e in entries {
        let mut row = vec![Cell::new(key(e, nothing)).add_attribute(Attribute::Bold)];
        if with_module {
            row.push(Cell::new(
                Block::of(module(e, langs)).lines(module_w).join("\n"),
            ));
        }
        row.push(Cell::new(e.table));
        row.push(Cell::new(Block::of(message(e)).lines(message_w).join("\n")));
        let description = e.variants[0].description.shown(lang);
        row.push(
            Cell::new(Block::of(description).lines(description_w).join("\n"))
                .set_alignment(CellAlignment::Left),
        );
        t.add_row(row);
    }
    fix_widths(&mut t, &widths);
    writeln!(out, "{t}")
}

/// One block per code: the code, module and table on the first line, then the message and the
/// description indented under it; a blank line between codes.
fn stacked(out: &mut impl Write, entries: &[&'static Entry], s: &Settings) -> io::Result<()> {
    let (langs, g) = (s.langs, s.glyphs);
    let text_w = usize::from(s.width).saturating_sub(2).max(MIN_TEXT);
    for (i, e) in entries.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let module = super::module_name(e, langs, g.sep);
        let head = format!("{}{}{module}{}{}", e.code, g.sep, g.sep, e.table);
        for (k, line) in Block::of(head).lines(text_w + 2).into_iter().enumerate() {
            match line.strip_prefix(e.code.as_str()) {
                Some(rest) if k == 0 && s.color => {
                    writeln!(out, "{}{rest}", e.code.cyan().bold())?;
                }
                _ => writeln!(out, "{line}")?,
            }
        }
        let mut b = Block::new();
        b.hanging("  ", "  ", message(e));
        for &l in langs.list() {
            b.hanging("  ", "  ", e.variants[0].description.shown(l));
        }
        for line in b.lines(text_w) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
