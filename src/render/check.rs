//! `check`'s output: the request as read, then each problem with its evidence, the code the
//! service would answer with and what it means, and the fix.

use std::io::{self, Write};

use super::card::text;
use super::escape::one_line;
use super::label;
use super::layout::{Block, Card};
use crate::catalog::Lang;
use crate::diagnose::checked::{Checked, Problem};
use crate::settings::{Format, Settings};

type Color = comfy_table::Color;

/// Writes what `check` found.
pub fn check(out: &mut impl Write, c: &Checked, s: &Settings) -> io::Result<()> {
    match s.format {
        Format::Json => super::json::write(out, c, s.langs),
        Format::Jsonl => super::json::lines(out, &c.problems, s.langs),
        Format::Plain => plain(out, c, s),
        Format::Table => table(out, c, s),
    }
}

/// `id  code  evidence  fix`, one line per problem.
fn plain(out: &mut impl Write, c: &Checked, s: &Settings) -> io::Result<()> {
    for p in &c.problems {
        let d = &p.diagnosis;
        let fix = fix(p, s, " / ");
        super::plain::record(
            out,
            &[d.id, d.code.unwrap_or(super::DASH), &d.evidence, &fix],
        )?;
    }
    Ok(())
}

fn fix(p: &Problem, s: &Settings, sep: &str) -> String {
    let f = &p.diagnosis.fix;
    s.langs
        .list()
        .iter()
        .map(|l| match l {
            Lang::En => f.en.as_str(),
            Lang::Zh => f.zh.as_str(),
        })
        .collect::<Vec<_>>()
        .join(sep)
}

fn table(out: &mut impl Write, c: &Checked, s: &Settings) -> io::Result<()> {
    let langs = s.langs;
    let what = match (&c.request, c.api) {
        (Some(r), _) => format!(
            "{} {}{}",
            one_line(&r.method),
            one_line(r.host.as_deref().unwrap_or("")),
            one_line(&r.path)
        ),
        (None, _) => String::new(),
    };
    let verdict = match (c.problems.len(), langs.has(Lang::En)) {
        (0, true) => "no problem found".to_string(),
        (0, false) => "未发现问题".to_string(),
        (1, true) => "1 problem".to_string(),
        (n, true) => format!("{n} problems"),
        (n, false) => format!("{n} 个问题"),
    };
    let color = if c.problems.is_empty() {
        Color::Green
    } else {
        Color::Red
    };
    let mut card = Card::new(one_line(&c.input).into_owned(), verdict, color);
    if c.request.is_some() {
        card.row(label(langs, "Request", "请求"), Block::of(what));
    }
    if let Some(api) = c.api {
        card.row(label(langs, "API", "接口"), Block::of(api));
    }
    card.write(out, s)?;
    for p in &c.problems {
        let d = &p.diagnosis;
        let title = match d.code {
            Some(code) => format!("{} {} {code}", d.id, s.glyphs.arrow.trim_end()),
            None => d.id.to_string(),
        };
        let mut card = Card::new(
            title,
            if d.inferred { "inferred" } else { "" },
            Color::Yellow,
        );
        card.row(
            label(langs, "Evidence", "依据"),
            Block::of(one_line(&d.evidence).into_owned()),
        );
        if let (Some(code), Some(message)) = (d.code, p.message) {
            let mut b = Block::new();
            b.para(format!("{code}: {message}"));
            // The description, unless it says what the message says.
            if let Some(desc) = p.description.filter(|d| d.en.as_str() != message) {
                b.para(text(desc, langs));
            } else if let Some(desc) = p.description.filter(|_| langs.has(Lang::Zh)) {
                b.para(desc.zh.as_str());
            }
            card.row(label(langs, "Answer", "应答"), b);
        }
        let mut b = Block::new();
        if langs.has(Lang::En) {
            b.para(d.fix.en.clone());
        }
        if langs.has(Lang::Zh) {
            b.para(d.fix.zh.clone());
        }
        card.row(label(langs, "Fix", "建议解决方法"), b).color = Some(Color::Green);
        card.row(label(langs, "Source", "来源"), Block::of(d.source));
        writeln!(out)?;
        card.write(out, s)?;
    }
    Ok(())
}
