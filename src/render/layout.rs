//! Laying text out for tables: Unicode line breaking, hanging indents, links kept whole, and the
//! characters the tool draws itself.
//!
//! Every cell is wrapped here, to the column width computed here, before comfy-table sees it;
//! comfy-table then draws the borders around lines that already fit, so it never re-wraps (it
//! would cut URLs, trim indents and break Chinese text anywhere). Wrapping follows UAX #14 through
//! `textwrap`'s `unicode-linebreak` support, which carries the CJK rules: no line starts with
//! closing punctuation (`。，、；：）」`), none ends with an opening one (`（「`), and an English word is
//! split only when it alone is wider than the column.
//!
//! URLs never go inside a cell: a cell says `title [1]`, and the table is followed by one line per
//! link, `[1] https://…`, whole whatever the width, so it can be clicked or copied. With colour on
//! in a terminal that line is also an OSC 8 hyperlink.

use std::io::{self, Write};

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use owo_colors::OwoColorize;
use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};
use unicode_width::UnicodeWidthStr;

use crate::settings::Settings;

/// The characters the tool draws itself (not those of the catalog or of the input), in Unicode or
/// in ASCII for `--ascii`.
#[derive(Debug, Clone, Copy)]
pub struct Glyphs {
    /// Only ASCII: tables get ASCII borders too.
    pub ascii: bool,
    /// Between items on one line: ` · `.
    pub sep: &'static str,
    /// Marks the steps that address the cause found: `→ `.
    pub arrow: &'static str,
    /// Quotes around text that is cited.
    pub open_quote: &'static str,
    /// Closing quote.
    pub close_quote: &'static str,
    /// Text left out.
    pub ellipsis: &'static str,
    /// Nothing received.
    pub nothing: &'static str,
}

impl Glyphs {
    /// The glyphs for these settings.
    pub fn new(ascii: bool) -> Self {
        if ascii {
            Glyphs {
                ascii,
                sep: " / ",
                arrow: "-> ",
                open_quote: "\"",
                close_quote: "\"",
                ellipsis: "...",
                nothing: "-",
            }
        } else {
            Glyphs {
                ascii,
                sep: " · ",
                arrow: "→ ",
                open_quote: "“",
                close_quote: "”",
                ellipsis: "…",
                nothing: "—",
            }
        }
    }
}

/// The display width of a text in terminal columns (CJK characters count two).
pub(crate) fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wraps `text` to `width` columns: the first line starts with `first`, the others with `rest`
/// (a hanging indent). Each line of `text` is wrapped on its own.
pub(crate) fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let joined = join_short_pairs(text);
    let text = joined.as_deref().unwrap_or(text);
    for (i, line) in text.split('\n').enumerate() {
        let lead = if i == 0 { first } else { rest };
        if line.trim().is_empty() {
            out.push(lead.trim_end().to_owned());
            continue;
        }
        // A line that fits needs no breaking (most of them, at ordinary widths).
        if self::width(lead) + self::width(line) <= width.max(1) && !line.starts_with(' ') {
            out.push(format!("{lead}{}", line.trim_end()));
            continue;
        }
        let options = Options::new(width.max(width_of_lead(lead, rest) + 1))
            .word_separator(WordSeparator::UnicodeBreakProperties)
            .wrap_algorithm(WrapAlgorithm::FirstFit)
            .word_splitter(WordSplitter::NoHyphenation)
            .break_words(true)
            .initial_indent(lead)
            .subsequent_indent(rest);
        out.extend(textwrap::wrap(line, options).into_iter().map(|l| {
            let l = l.trim_end();
            l.to_owned()
        }));
    }
    if joined.is_some() {
        for l in &mut out {
            l.retain(|c| c != WORD_JOINER);
        }
    }
    out
}

/// Unicode's word joiner: no line breaks beside it, and it takes no column.
const WORD_JOINER: char = '\u{2060}';

/// The text with word joiners around each `/` between two short words (`AK/SK`, `image/url`),
/// which Unicode's line breaking would otherwise break after; `None` when it has none. A long
/// path (`/v2/{project_id}/ocr/…`) still breaks where it must.
fn join_short_pairs(text: &str) -> Option<String> {
    const SHORT: usize = 5;
    let bytes = text.as_bytes();
    let run = |mut i: usize, step: isize| {
        let mut n = 0;
        while let Some(&b) = bytes.get(i) {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            n += 1;
            match i.checked_add_signed(step) {
                Some(next) => i = next,
                None => break,
            }
        }
        n
    };
    let joins: Vec<usize> = memchr::memchr_iter(b'/', bytes)
        .filter(|&at| at > 0)
        .filter(|&at| {
            let before = run(at - 1, -1);
            let after = run(at + 1, 1);
            (1..=SHORT).contains(&before)
                && (1..=SHORT).contains(&after)
                && (at - before)
                    .checked_sub(1)
                    .is_none_or(|i| bytes[i] != b'/')
                && bytes.get(at + 1 + after) != Some(&b'/')
        })
        .collect();
    if joins.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + joins.len() * 6);
    let mut from = 0;
    for at in joins {
        out.push_str(&text[from..at]);
        out.push(WORD_JOINER);
        out.push('/');
        out.push(WORD_JOINER);
        from = at + 1;
    }
    out.push_str(&text[from..]);
    Some(out)
}

fn width_of_lead(a: &str, b: &str) -> usize {
    width(a).max(width(b))
}

/// The text of one cell, built from paragraphs and wrapped to the cell's width when rendered.
#[derive(Debug, Default, Clone)]
pub(crate) struct Block {
    paras: Vec<(String, String, String)>,
}

impl Block {
    /// An empty block.
    pub fn new() -> Self {
        Block::default()
    }

    /// A block of one paragraph.
    pub fn of(text: impl Into<String>) -> Self {
        let mut b = Block::new();
        b.para(text);
        b
    }

    /// A paragraph with no indent.
    pub fn para(&mut self, text: impl Into<String>) -> &mut Self {
        self.paras.push((String::new(), String::new(), text.into()));
        self
    }

    /// A paragraph whose first line starts with `marker` and whose other lines are indented by
    /// `indent` (a numbered step continues under its text, not under its number).
    pub fn hanging(&mut self, marker: &str, indent: &str, text: impl Into<String>) -> &mut Self {
        self.paras
            .push((marker.to_owned(), indent.to_owned(), text.into()));
        self
    }

    /// The lines at this width.
    pub fn lines(&self, width: usize) -> Vec<String> {
        self.paras
            .iter()
            .flat_map(|(first, rest, text)| wrap(text, width, first, rest))
            .collect()
    }
}

/// The links cited by one table, printed after it, numbered in order of citation.
#[derive(Debug, Default)]
pub(crate) struct Links {
    /// Each URL, and whether it came from the input (never made a hyperlink).
    urls: Vec<(String, bool)>,
}

impl Links {
    /// The mark to put after a link's title (`[2]`); the same URL keeps its number.
    pub fn cite(&mut self, url: &str) -> String {
        self.cited(url, false)
    }

    fn cited(&mut self, url: &str, input: bool) -> String {
        let n = if let Some(i) = self.urls.iter().position(|(u, _)| u == url) {
            i + 1
        } else {
            self.urls.push((url.to_owned(), input));
            self.urls.len()
        };
        format!("[{n}]")
    }

    /// Text from the input (already escaped) with each URL in it cited: a URL is printed whole
    /// after the table, as the catalog's are, rather than cut across a cell's lines. A URL ends
    /// at a backslash too, where escaping began.
    pub fn cite_urls(&mut self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest
            .find("http://")
            .into_iter()
            .chain(rest.find("https://"))
            .min()
        {
            let url_len = rest[at..]
                .find(|c: char| c.is_whitespace() || "\"'<>()[]{}`\\".contains(c))
                .unwrap_or(rest.len() - at);
            let url = rest[at..at + url_len].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            out.push_str(&rest[..at]);
            if url.len() > "https://".len() {
                out.push_str(&self.cited(url, true));
            } else {
                out.push_str(url);
            }
            rest = &rest[at + url.len()..];
        }
        out.push_str(rest);
        out
    }

    /// Writes one line per link, each URL whole; an OSC 8 hyperlink too when they are on.
    pub fn write(&self, out: &mut impl Write, s: &Settings) -> io::Result<()> {
        for (i, (url, input)) in self.urls.iter().enumerate() {
            let mark = format!("[{}]", i + 1);
            if s.color {
                write!(out, "{} ", mark.dimmed())?;
            } else {
                write!(out, "{mark} ")?;
            }
            if s.hyperlinks && !input {
                // OSC 8: ESC ] 8 ; ; URL ST text ESC ] 8 ; ; ST (URLs come from the catalog only).
                writeln!(out, "\x1b]8;;{url}\x1b\\{}\x1b]8;;\x1b\\", url.underline())?;
            } else if s.color {
                writeln!(out, "{}", url.underline())?;
            } else {
                writeln!(out, "{url}")?;
            }
        }
        Ok(())
    }
}

/// A table with the house style: rounded Unicode borders, or ASCII; `ruled` draws a line between
/// rows. Laid out as given: the caller has wrapped every cell to its column's width.
pub(crate) fn new_table(s: &Settings, ruled: bool) -> Table {
    let mut t = Table::new();
    t.load_style(match (s.glyphs.ascii, ruled) {
        (true, true) => presets::ASCII_FULL,
        (true, false) => presets::ASCII_FULL_CONDENSED,
        (false, true) => presets::UTF8_FULL.with_rounded_corners(),
        (false, false) => presets::UTF8_FULL_CONDENSED.with_rounded_corners(),
    });
    t.set_content_arrangement(ContentArrangement::Disabled);
    if s.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    t
}

/// Fixes each column's content width (comfy adds one space of padding either side).
pub(crate) fn fix_widths(t: &mut Table, widths: &[usize]) {
    for (i, &w) in widths.iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(
                u16::try_from(w + 2).unwrap_or(u16::MAX),
            )));
        }
    }
}

/// The columns a table's borders and padding take: `│ a ┆ b │` is 3 per column plus 1.
pub(crate) fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

/// A cell that is bold and coloured when colour is on (comfy ignores styling otherwise).
pub(crate) fn strong(text: impl ToString, color: Color) -> Cell {
    Cell::new(text).fg(color).add_attribute(Attribute::Bold)
}

/// One row of a card: a label and its value, with the value's colour and weight.
#[derive(Debug)]
pub(crate) struct Row {
    pub label: String,
    pub value: Block,
    pub color: Option<Color>,
    pub bold: bool,
}

/// A two-column table of labelled rows under a two-cell header: what `explain` and `parse` print
/// for one code. When the terminal is too narrow for a label column beside a readable value
/// column, each row becomes its label's line above its value, in one column.
#[derive(Debug)]
pub(crate) struct Card {
    pub header: (String, String),
    pub header_color: Color,
    pub rows: Vec<Row>,
    pub links: Links,
}

/// The narrowest value column worth drawing beside the labels.
const MIN_VALUE: usize = 24;
/// The narrowest column a stacked card is drawn in, however narrow the terminal.
const MIN_STACKED: usize = 12;

impl Card {
    /// An empty card with this header.
    pub fn new(left: impl Into<String>, right: impl Into<String>, color: Color) -> Self {
        Card {
            header: (left.into(), right.into()),
            header_color: color,
            rows: Vec::new(),
            links: Links::default(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, label: String, value: Block) -> &mut Row {
        self.rows.push(Row {
            label,
            value,
            color: None,
            bold: false,
        });
        self.rows.last_mut().expect("just pushed")
    }

    /// Draws the card, then its links.
    pub fn write(&self, out: &mut impl Write, s: &Settings) -> io::Result<()> {
        let total = usize::from(s.width);
        let label_w = self
            .rows
            .iter()
            .flat_map(|r| r.label.lines())
            .map(width)
            .chain(std::iter::once(width(&self.header.0)))
            .max()
            .unwrap_or(0);
        let room = total.saturating_sub(label_w + chrome(2));
        let mut t = new_table(s, true);
        if room >= MIN_VALUE {
            // Every card fills the width, so the cards of one run line up.
            let value_w = room;
            let header = Block::of(self.header.1.clone()).lines(value_w).join("\n");
            t.set_header(vec![
                strong(&self.header.0, self.header_color),
                strong(header, self.header_color),
            ]);
            for r in &self.rows {
                t.add_row(vec![Cell::new(&r.label), value_cell(r, value_w)]);
            }
            fix_widths(&mut t, &[label_w, value_w]);
        } else {
            // One column: the label on its own line above the value.
            let value_w = total.saturating_sub(chrome(1)).max(MIN_STACKED);
            let header = Block::of(format!("{}\n{}", self.header.0, self.header.1))
                .lines(value_w)
                .join("\n");
            t.set_header(vec![strong(header, self.header_color)]);
            for r in &self.rows {
                let mut cell = value_cell(r, value_w);
                let label = r.label.replace('\n', " ");
                let text = format!("{label}\n{}", cell.content());
                cell = Cell::new(text);
                if let Some(c) = r.color {
                    cell = cell.fg(c);
                }
                t.add_row(vec![cell]);
            }
            fix_widths(&mut t, &[value_w]);
        }
        writeln!(out, "{t}")?;
        self.links.write(out, s)
    }
}

fn value_cell(r: &Row, w: usize) -> Cell {
    let mut cell = Cell::new(r.value.lines(w).join("\n"));
    if let Some(c) = r.color {
        cell = cell.fg(c);
    }
    if r.bold {
        cell = cell.add_attribute(Attribute::Bold);
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_never_starts_a_line_with_closing_punctuation() {
        let text = "请检查AK/SK是否正确（AK对应的SK错误，不匹配；AK/SK中多填了空格）。";
        for w in 8..40 {
            for line in wrap(text, w, "", "") {
                let first = line.chars().next().unwrap();
                assert!(!"。，、；：）".contains(first), "{w}: {line:?}");
                assert!(!line.ends_with('（'), "{w}: {line:?}");
                assert!(width(&line) <= w, "{w}: {line:?}");
            }
        }
    }

    #[test]
    fn urls_in_received_text_are_cited_whole() {
        let mut links = Links::default();
        let text = links.cite_urls(
            "400 Client Error: Bad Request for url: https://ocr.example.com/v2/p/ocr/id-card. Post \"http://x.example/a?b=1\": EOF https:// (https://ocr.example.com/v2/p/ocr/id-card)",
        );
        assert_eq!(
            text,
            "400 Client Error: Bad Request for url: [1]. Post \"[2]\": EOF https:// ([1])"
        );
        let urls: Vec<_> = links
            .urls
            .iter()
            .map(|(u, input)| (u.as_str(), *input))
            .collect();
        assert_eq!(
            urls,
            [
                ("https://ocr.example.com/v2/p/ocr/id-card", true),
                ("http://x.example/a?b=1", true)
            ]
        );
        // A catalog link cited after keeps its own number, and may be a hyperlink.
        assert_eq!(links.cite("https://support.example.com/"), "[3]");
        assert!(!links.urls[2].1);
        // An escaped control character ends a URL.
        assert_eq!(
            links.cite_urls(r"see https://x.example/a\x1b[2J"),
            r"see [4]\x1b[2J"
        );
    }

    #[test]
    fn a_hanging_indent_continues_under_the_text() {
        let lines = wrap(
            "Check that the AK/SK are correct and unlocked.",
            20,
            "3. ",
            "   ",
        );
        assert_eq!(lines[0], "3. Check that the");
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("   ") && !l.starts_with("    "))
        );
    }

    #[test]
    fn english_words_are_not_split_unless_wider_than_the_column() {
        let lines = wrap("Succeeded. ocr-extra requirements.", 13, "", "");
        assert_eq!(lines, ["Succeeded.", "ocr-extra", "requirements."]);
        let lines = wrap("words_block_list_words", 10, "", "");
        assert_eq!(lines, ["words_bloc", "k_list_wor", "ds"]);
    }

    #[test]
    fn links_keep_their_number() {
        let mut l = Links::default();
        assert_eq!(l.cite("https://a"), "[1]");
        assert_eq!(l.cite("https://b"), "[2]");
        assert_eq!(l.cite("https://a"), "[1]");
    }
}
