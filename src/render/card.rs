//! The tables `explain` prints: one card per documented code, one per code the catalog does not
//! know. The pieces shared with `parse`'s cards (fix steps, causes, what to do about an unknown
//! code) live here too.

use std::io::{self, Write};

use comfy_table::Color;

use super::escape::one_line;
use super::layout::{Block, Card, Glyphs, Links};
use super::{brief, label, module_name};
use crate::catalog::{
    Cause, Entry, Fallback, Family, HttpStatus, Kind, Lang, MoreKind, ServiceInfo, Steps, Text,
    Variant,
};
use crate::explain::Explained;
use crate::search::Group;
use crate::settings::{Langs, Settings};

/// A bilingual text in the chosen languages, one language a line.
pub(super) fn text(t: &Text, langs: Langs) -> String {
    super::in_langs(t, langs, "\n")
}

/// A bilingual text on one line, the languages joined by the separator glyph.
pub(super) fn inline(t: &Text, langs: Langs, g: Glyphs) -> String {
    super::in_langs(t, langs, g.sep)
}

/// A label in the chosen languages on one line.
pub(super) fn inline_label(langs: Langs, en: &str, zh: &str, g: Glyphs) -> String {
    label(langs, en, zh).replace('\n', g.sep)
}

fn status_color(status: Option<HttpStatus>) -> Color {
    match status {
        Some(HttpStatus::Code(n)) if n >= 500 => Color::Red,
        Some(HttpStatus::Code(n)) if n >= 400 => Color::Yellow,
        Some(HttpStatus::Class(c)) if c.starts_with('5') => Color::Red,
        Some(HttpStatus::Class(_)) => Color::Yellow,
        _ => Color::Reset,
    }
}

fn status_block(v: &Variant, kind: Kind, langs: Langs, g: Glyphs) -> Block {
    let mut b = Block::new();
    match v.http_status {
        Some(status) => b.para(status.to_string()),
        // An SDK's client-side exception is raised before any answer comes.
        None if kind == Kind::Exception => b.para(inline_label(
            langs,
            "none: no answer came",
            "无：未收到应答",
            g,
        )),
        None => b.para(inline_label(langs, "not documented", "未说明", g)),
    };
    if let Some(note) = &v.status_note {
        b.para(text(note, langs));
    }
    b
}

/// Fix steps, numbered, each wrapped under its text; with both languages each English step is
/// followed by its Chinese, indented the same. `first` are the steps that address the cause
/// found: they come first, marked with an arrow, and keep their numbers.
pub(super) fn fix_block(steps: &Steps, first: &[u8], langs: Langs, g: Glyphs) -> Block {
    let n = steps.en.len();
    let marked = |i: usize| first.contains(&(i as u8));
    let order = first
        .iter()
        .map(|&i| usize::from(i))
        .filter(|&i| i < n)
        .chain((0..n).filter(|&i| !marked(i)));
    let arrow_w = if first.is_empty() {
        0
    } else {
        super::layout::width(g.arrow)
    };
    let mut b = Block::new();
    for i in order {
        let lead = if marked(i) {
            g.arrow.to_owned()
        } else {
            " ".repeat(arrow_w)
        };
        let number = if n == 1 {
            String::new()
        } else {
            format!("{}. ", i + 1)
        };
        let indent = " ".repeat(arrow_w + number.len());
        for (k, &lang) in langs.list().iter().enumerate() {
            let first_line = if k == 0 {
                format!("{lead}{number}")
            } else {
                indent.clone()
            };
            b.hanging(&first_line, &indent, steps.get(lang)[i].as_str());
        }
    }
    b
}

/// A cause as one paragraph: the words that name it, what they mean, the steps that fix it.
pub(super) fn cause_line(c: &Cause, langs: Langs, g: Glyphs, with_steps: bool) -> String {
    let mut line = format!(
        "{}{}{}: {}",
        g.open_quote,
        c.pattern,
        g.close_quote,
        inline(&c.description, langs, g)
    );
    if with_steps {
        let mut numbers: Vec<usize> = c.steps.iter().map(|s| usize::from(*s) + 1).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let steps: Vec<String> = numbers.iter().map(ToString::to_string).collect();
        let en = steps_en(&steps);
        let see = match langs {
            Langs::One(Lang::Zh) => format!("见第 {} 步", steps.join("、")),
            Langs::Both => format!("{en}{}见第 {} 步", g.sep, steps.join("、")),
            Langs::One(Lang::En) => en,
        };
        line = format!("{line} ({see})");
    }
    line
}

/// `fix step 2`, `fix steps 3 and 4`, `fix steps 1, 2 and 4`: the steps in English.
fn steps_en(steps: &[String]) -> String {
    match steps {
        [] => String::new(),
        [one] => format!("fix step {one}"),
        [rest @ .., last] => format!("fix steps {} and {last}", rest.join(", ")),
    }
}

/// The message as documented, then any other known wordings.
fn message_block(v: &Variant, langs: Langs) -> Block {
    let also = match langs {
        Langs::One(Lang::En) => "also: ",
        Langs::One(Lang::Zh) => "也作：",
        Langs::Both => "also / 也作: ",
    };
    let mut b = Block::of(v.message.as_str());
    for alt in v.alt_messages {
        b.hanging(also, "  ", alt.as_str());
    }
    b
}

/// A variant's description as shown below its message: without its English where that only
/// repeats the message (OBS's table gives one text for both); `None` when nothing is left.
fn description(v: &Variant, langs: Langs) -> Option<String> {
    if v.description.en.as_str() != v.message.as_str() {
        return Some(text(&v.description, langs));
    }
    match langs {
        Langs::One(Lang::En) => None,
        _ => Some(v.description.shown(Lang::Zh).into_owned()),
    }
}

/// The field-per-row layout of a code with one documented form.
fn variant_rows(card: &mut Card, v: &Variant, kind: Kind, langs: Langs, g: Glyphs) {
    card.row(
        label(langs, "HTTP status", "HTTP状态码"),
        status_block(v, kind, langs, g),
    )
    .color = Some(status_color(v.http_status));
    card.row(label(langs, "Message", "错误信息"), message_block(v, langs))
        .bold = true;
    if let Some(description) = description(v, langs) {
        card.row(label(langs, "Description", "说明"), Block::of(description));
    }
    if !v.causes.is_empty() {
        let mut b = Block::new();
        for c in v.causes {
            b.para(cause_line(c, langs, g, true));
        }
        card.row(label(langs, "Causes", "具体原因"), b);
    }
    card.row(
        label(langs, "Fix", "建议解决方法"),
        fix_block(&v.fix, &[], langs, g),
    )
    .color = Some(Color::Green);
    if let Some(note) = &v.note {
        card.row(label(langs, "Note", "备注"), Block::of(text(note, langs)));
    }
}

/// One documented form of a code with several, in one cell.
fn variant_summary(v: &Variant, langs: Langs, g: Glyphs) -> Block {
    let mut b = message_block(v, langs);
    if let Some(description) = description(v, langs) {
        b.para(description);
    }
    for c in v.causes {
        b.para(cause_line(c, langs, g, true));
    }
    let n = v.fix.en.len();
    for i in 0..n {
        for (k, &lang) in langs.list().iter().enumerate() {
            let marker = if k == 0 {
                g.arrow.to_owned()
            } else {
                " ".repeat(super::layout::width(g.arrow))
            };
            b.hanging(
                &marker,
                &" ".repeat(super::layout::width(g.arrow)),
                v.fix.get(lang)[i].as_str(),
            );
        }
    }
    if let Some(note) = &v.note {
        b.para(format!("({})", inline(note, langs, g)));
    }
    b
}

/// A link's title with its footnote mark.
fn cited(links: &mut Links, title: &str, url: &str) -> String {
    format!("{title} {}", links.cite(url))
}

fn entry_card(e: &Entry, s: &Settings) -> Card {
    let (langs, g) = (s.langs, s.glyphs);
    let title = super::entry_title(e, langs).unwrap_or_else(|| e.code.to_string());
    let mut card = Card::new(title, module_name(e, langs, g.sep), Color::Cyan);
    if let [v] = e.variants.as_slice() {
        variant_rows(&mut card, v, e.kind, langs, g);
    } else {
        // Several documented forms: one compact row each, the status as the label.
        for v in e.variants {
            let status = match v.http_status {
                Some(st) => format!("HTTP {st}"),
                None => inline_label(langs, "not documented", "未说明", g),
            };
            let mut label = status;
            if let Some(note) = &v.status_note {
                label = format!("{label}\n{}", text(note, langs));
            }
            card.row(label, variant_summary(v, langs, g)).color = None;
        }
    }
    if !e.is_error {
        let note = label(
            langs,
            "Not an error: a success status.",
            "并非错误：表示成功的状态。",
        );
        let r = card.row(label(langs, "Note", "备注"), Block::of(note));
        (r.color, r.bold) = (Some(Color::Green), true);
    }
    if !e.links.is_empty() {
        let mut b = Block::new();
        for l in e.links {
            let title = inline(&l.title, langs, g);
            b.para(cited(&mut card.links, &title, &l.url));
        }
        card.row(label(langs, "Links", "链接"), b);
    }
    let title = format!("{} ({})", inline(&e.table_title, langs, g), e.source.date);
    let source = cited(&mut card.links, &title, &e.source.url);
    card.row(label(langs, "Source", "来源"), Block::of(source));
    card
}

fn unknown_card(
    code: &str,
    suggestions: &[&'static Entry],
    family: Option<&Family>,
    service: Option<&ServiceInfo>,
    fallback: &Fallback,
    s: &Settings,
) -> Card {
    let (langs, g) = (s.langs, s.glyphs);
    let mut card = Card::new(
        one_line(code),
        inline_label(langs, "not in the catalog", "不在错误码表中", g),
        Color::Red,
    );
    if !suggestions.is_empty() {
        let mut b = Block::new();
        for e in suggestions {
            b.para(brief(e));
        }
        card.row(label(langs, "Did you mean", "您是否要找"), b);
    }
    unknown_rows(&mut card, family, service, fallback, None, s);
    card
}

/// The rows for a code not in the catalog: its family, if the prefix is known, and what to do,
/// with the code and request id to quote when there is one.
pub(super) fn unknown_rows(
    card: &mut Card,
    family: Option<&Family>,
    service: Option<&ServiceInfo>,
    fallback: &Fallback,
    request_id: Option<&str>,
    s: &Settings,
) {
    let langs = s.langs;
    // A family of the catalog (AIS, ModelArts, APIG, APIGW) says it already, with its note.
    if let Some(info) = service.filter(|_| family.is_none()) {
        let mut about = Block::new();
        for svc in &info.services {
            let names = match langs {
                Langs::One(l) => svc.name.get(l).to_owned(),
                Langs::Both => format!("{}{}{}", svc.name.en, s.glyphs.sep, svc.name.zh),
            };
            about.para(names);
        }
        if let Some(note) = info.services.iter().find_map(|svc| svc.note) {
            for &l in langs.list() {
                about.para(note.get(l));
            }
        }
        let mark = card.links.cite(&info.url);
        let more = match info.kind {
            MoreKind::ServicePage => label(langs, "Its error codes", "该服务的错误码"),
            MoreKind::ErrorCenter => label(
                langs,
                "Search the API Error Center for it",
                "在API错误中心搜索此错误码",
            ),
        };
        about.para(format!("{} {mark}", more.replace('\n', s.glyphs.sep)));
        card.row(label(langs, "Service", "所属服务"), about);
    }
    if let Some(f) = family {
        let mut name = text(&f.name, langs);
        if let Some(url) = f.url {
            name = format!("{name} {}", card.links.cite(url.as_str()));
        }
        let mut about = Block::of(name);
        if let Some(note) = &f.note {
            about.para(text(note, langs));
        }
        card.row(label(langs, "Family", "所属类别"), about);
    }
    let mark = card.links.cite(&fallback.url);
    // The link's mark ends the advice, after the last paragraph in either language.
    let mut advice;
    if langs.has(Lang::Zh) {
        advice = Block::of(text(&fallback.text, langs));
        // The source's Chinese advice (kept verbatim) does not say what to quote; the English does.
        advice.para(format!(
            "联系时请提供错误码及失败请求的请求ID（X-Request-Id）。 {mark}"
        ));
    } else {
        advice = Block::of(format!("{} {mark}", text(&fallback.text, langs)));
    }
    if let Some(id) = request_id {
        let quote = match langs {
            Langs::One(Lang::Zh) => format!("请求ID：{}", one_line(id)),
            Langs::One(Lang::En) => format!("Request ID to quote: {}", one_line(id)),
            Langs::Both => format!("Request ID to quote / 请求ID：{}", one_line(id)),
        };
        advice.para(quote);
    }
    card.row(label(langs, "What to do", "建议"), advice).color = Some(Color::Green);
}

pub(super) fn explain(out: &mut impl Write, results: &[Explained], s: &Settings) -> io::Result<()> {
    let mut first = true;
    for r in results {
        let cards: Vec<Card> = match r {
            Explained::Found { entries, .. } => entries.iter().map(|e| entry_card(e, s)).collect(),
            // Headed by the code as typed (`AIS.01004`, not the `AIS.1004` it is looked up as).
            Explained::Unknown {
                query,
                suggestions,
                family,
                service,
                fallback,
                ..
            } => vec![unknown_card(
                query.trim(),
                suggestions,
                *family,
                service.as_ref(),
                fallback,
                s,
            )],
            Explained::Invalid { .. } => Vec::new(),
        };
        let status = bare_status(r);
        for (i, card) in cards.into_iter().enumerate() {
            if !first {
                writeln!(out)?;
            }
            first = false;
            if let (Some(status), 1) = (status, i) {
                status_groups(out, status, true, s)?;
            }
            card.write(out, s)?;
        }
        if let (Some(status), Explained::Found { entries, .. }) = (status, r)
            && entries.len() == 1
        {
            writeln!(out)?;
            status_groups(out, status, false, s)?;
        }
    }
    Ok(())
}

/// The status a result explains when a bare failing status was asked for (`401`): its entry
/// comes first, then the codes numbered like it.
fn bare_status(r: &Explained) -> Option<u16> {
    let Explained::Found { query, entries } = r else {
        return None;
    };
    let typed = query.trim();
    let status: u16 = typed.parse().ok().filter(|_| typed.len() == 3)?;
    (entries.first()?.kind == Kind::Status).then_some(status)
}

/// What a group of a bare status's codes is, in English and Chinese, as `explain` and `search`
/// head it (without the closing colon).
pub(super) fn group_label(g: Group) -> (String, String) {
    match g {
        Group::Status(status) => (
            format!("HTTP {status} without a code"),
            format!("无错误码的HTTP {status}"),
        ),
        Group::Documented(status) => (
            format!("Documented with HTTP {status}"),
            format!("文档注明HTTP状态码为 {status} 的错误码"),
        ),
        Group::Numbered(status) => (
            format!("Codes numbered {status:04}, each documented with its own status"),
            format!("编号为 {status:04} 的错误码，HTTP状态码以各自文档为准"),
        ),
    }
}

/// Between a bare status's own entry and the codes numbered like it: which codes are documented
/// with the status (`ocr-err search 401` explains them), and why the codes after are shown.
fn status_groups(
    out: &mut impl Write,
    status: u16,
    numbered: bool,
    s: &Settings,
) -> io::Result<()> {
    let g = s.glyphs;
    let label = |en: String, zh: String| match s.langs {
        Langs::One(Lang::En) => format!("{en}:"),
        Langs::One(Lang::Zh) => format!("{zh}："),
        // Each language on a line of its own: joined, a long label breaks inside the Chinese.
        Langs::Both => format!("{en}:\n{zh}："),
    };
    let mut with: Vec<String> = Vec::new();
    for e in crate::catalog::codes_with_status(status) {
        if !with.iter().any(|c| c == e.code.as_str()) {
            with.push(e.code.to_string());
        }
    }
    let mut b = Block::new();
    if !with.is_empty() {
        let (en, zh) = group_label(Group::Documented(status));
        b.para(label(en, zh));
        let shown = with.iter().take(12).map(String::as_str).collect::<Vec<_>>();
        let more = with.len() - shown.len();
        let list = if more > 0 {
            format!(
                "{} {} (+{more}: ocr-err search {status})",
                shown.join(", "),
                g.ellipsis
            )
        } else {
            shown.join(", ")
        };
        b.hanging("  ", "  ", &list);
    }
    if numbered {
        let (en, zh) = group_label(Group::Numbered(status));
        b.para(label(en, zh));
    }
    for l in b.lines(usize::from(s.width)) {
        writeln!(out, "{}", one_line(&l))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::steps_en;

    #[test]
    fn steps_are_said_in_english_order() {
        let s = |v: &[&str]| steps_en(&v.iter().map(ToString::to_string).collect::<Vec<_>>());
        assert_eq!(s(&["2"]), "fix step 2");
        assert_eq!(s(&["3", "4"]), "fix steps 3 and 4");
        assert_eq!(s(&["1", "2", "4"]), "fix steps 1, 2 and 4");
    }
}
