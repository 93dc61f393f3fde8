//! Ranking: what each kind of match and each field is worth, and how an entry's hits become one
//! ordered list of codes.

use std::collections::BTreeMap;

use crate::catalog::{self, FieldKind, IndexField};

use super::Hit;

/// How a word matched, best first. The value is the base score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    ExactCode = 10_000,
    CodePrefix = 5_000,
    WholeWord = 100,
    Substring = 80,
    Stem = 70,
    Synonym = 65,
    NearSubstring = 55,
    Typo = 50,
    Fuzzy = 30,
}

/// How much a field counts: the message and description say what the error is; a fix mentions
/// many things in passing.
pub(super) fn weight(kind: FieldKind) -> u32 {
    match kind {
        FieldKind::Code => 12,
        FieldKind::Message | FieldKind::DescriptionEn | FieldKind::DescriptionZh => 10,
        FieldKind::AltMessage | FieldKind::Cause | FieldKind::CauseEn | FieldKind::CauseZh => 9,
        FieldKind::FixEn | FieldKind::FixZh => 6,
        FieldKind::ModuleEn | FieldKind::ModuleZh => 5,
    }
}

/// What one field matched: which words (a bit each) and their scores.
#[derive(Debug)]
struct FieldHits {
    /// The field's place in the index.
    field: usize,
    words: u64,
    score: u32,
}

/// Everything a search matched, kept flat: no allocation per entry or per field.
#[derive(Debug)]
pub(super) struct Found {
    /// How many words the query has.
    words: usize,
    /// The words matched anywhere, a bit each.
    matched: u64,
    /// The best score of each word in each entry: `best[entry * words + word]`.
    best: Vec<u32>,
    /// Each field that matched, in the order first matched.
    fields: Vec<FieldHits>,
    /// Where each field of the index stands in `fields`, `u32::MAX` for none yet.
    place: Vec<u32>,
    /// Where the words matched: `(field, start, end)`, byte offsets in the field's folded text.
    ranges: Vec<(usize, usize, usize)>,
}

impl Found {
    pub(super) fn new(words: usize, index: &[IndexField]) -> Self {
        Found {
            words,
            matched: 0,
            best: vec![0; catalog::entry_count() * words],
            fields: Vec::new(),
            place: vec![u32::MAX; index.len()],
            ranges: Vec::new(),
        }
    }

    /// Records word `word`'s match in field `i` of the index, worth `score`, at `ranges`. A
    /// word counts once per field.
    pub(super) fn record(
        &mut self,
        i: usize,
        field: &IndexField,
        word: usize,
        score: u32,
        ranges: &[(usize, usize)],
    ) {
        self.matched |= 1 << word;
        let best = &mut self.best[usize::from(field.entry) * self.words + word];
        *best = (*best).max(score);
        let at = match self.place[i] {
            u32::MAX => {
                self.place[i] = self.fields.len() as u32;
                self.fields.push(FieldHits {
                    field: i,
                    words: 0,
                    score: 0,
                });
                self.fields.len() - 1
            }
            at => at as usize,
        };
        let f = &mut self.fields[at];
        if f.words & (1 << word) == 0 {
            f.words |= 1 << word;
            f.score += score;
            self.ranges.extend(ranges.iter().map(|&(a, b)| (i, a, b)));
        }
    }

    /// Whether word `word` matched anywhere.
    pub(super) fn has(&self, word: usize) -> bool {
        self.matched & (1 << word) != 0
    }
}

/// Where a hit's table stands in precedence: the official OCR table first.
fn table_order(hit: &Hit) -> usize {
    catalog::tables()
        .iter()
        .position(|t| t.id == hit.entry.table)
        .unwrap_or(usize::MAX)
}

/// The tables of what happens around an OCR call rather than in it: the IAM token service, the
/// SDKs' client-side exceptions, bare HTTP statuses.
const AROUND_THE_CALL: &[&str] = &["iam", "iam-token", "sdk", "http"];

/// How much an entry's score counts, in percent: an IAM code from [`AROUND_THE_CALL`] counts
/// three fifths, and an explanation without a code (a message, an exception, a bare status)
/// little more than half, so that for the same words the codes an OCR call itself returns come
/// first (`token expired` is APIG.0307 before IAM.0066, `too many requests` APIG.0308 before a
/// bare 429), while words only those tables know still find them (`connection refused`).
fn reach(entry: &catalog::Entry) -> u32 {
    match entry.kind {
        _ if !AROUND_THE_CALL.contains(&entry.table.as_str()) => 100,
        catalog::Kind::Code => 60,
        _ => 55,
    }
}

/// What one word's match in one field is worth: the kind of match times the field's weight,
/// raised by up to half again as the match covers more of the field — a word that makes up most
/// of a short message beats the same word in a long description.
pub(super) fn score(kind: Kind, field: &IndexField, ranges: &[(usize, usize)]) -> u32 {
    let base = kind as u32 * weight(field.kind);
    let len = field.folded.as_str().len().max(1);
    let covered = ranges
        .iter()
        .map(|&(a, b)| b.saturating_sub(a))
        .sum::<usize>()
        .min(len);
    let bonus = u32::try_from(covered * 15 / len).unwrap_or(15);
    base * (100 + bonus) / 100
}

/// Groups hits by code and orders them.
pub(super) fn rank(found: &Found, index: &'static [IndexField], limit: usize) -> Vec<Hit> {
    // Each entry's field to show: the one that matched the most words, then the highest score,
    // then the first.
    let mut shown: Vec<Option<&FieldHits>> = vec![None; catalog::entry_count()];
    for f in &found.fields {
        let slot = &mut shown[usize::from(index[f.field].entry)];
        let key = |f: &FieldHits| (f.words.count_ones(), f.score, std::cmp::Reverse(f.field));
        if slot.is_none_or(|s| key(f) > key(s)) {
            *slot = Some(f);
        }
    }
    // Each hit with the field it shows, whose highlights are found once the list is cut.
    let mut by_code: BTreeMap<&'static str, (Hit, usize)> = BTreeMap::new();
    // In pool order, so that between equal hits the table with precedence wins.
    for (entry, f) in shown.iter().enumerate() {
        let Some(f) = f else { continue };
        let best = &found.best[entry * found.words..][..found.words];
        let words_matched = best.iter().filter(|&&s| s > 0).count();
        let mut score: u32 = best.iter().sum();
        // All words in one field (a phrase, in any order) beats words scattered over fields.
        if words_matched > 1 && f.words.count_ones() as usize == words_matched {
            score += score / 4;
        }
        let e = catalog::entry_at(index[f.field].entry);
        score = score * reach(e) / 100;
        let field = &index[f.field];
        let hit = Hit {
            rank: 0,
            code: e.code,
            score,
            words_matched,
            field: field.kind,
            variant: usize::from(field.variant),
            text: field.text,
            highlights: Vec::new(),
            entry: e,
        };
        let code = e.code.as_str();
        let better = by_code
            .get(code)
            .is_none_or(|(h, _)| (hit.words_matched, hit.score) > (h.words_matched, h.score));
        if better {
            by_code.insert(code, (hit, f.field));
        }
    }
    let mut hits: Vec<(Hit, usize)> = by_code.into_values().collect();
    hits.sort_by(|(a, _), (b, _)| {
        (b.words_matched, b.score)
            .cmp(&(a.words_matched, a.score))
            .then_with(|| table_order(a).cmp(&table_order(b)))
            .then_with(|| a.code.as_str().cmp(b.code.as_str()))
    });
    hits.truncate(limit);
    hits.into_iter()
        .enumerate()
        .map(|(i, (mut hit, field))| {
            hit.rank = i + 1;
            let text = index[field].folded.as_str();
            hit.highlights = found
                .ranges
                .iter()
                .filter(|r| r.0 == field)
                .map(|&(_, a, b)| super::matching::char_range(text, a, b))
                .collect();
            hit.highlights.sort_unstable();
            hit.highlights.dedup();
            hit
        })
        .collect()
}
