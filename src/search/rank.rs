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

/// What one field of an entry matched: which words (a bit each), their scores and where (byte
/// ranges in its folded text).
#[derive(Debug, Default)]
pub(super) struct FieldHits {
    pub(super) words: u64,
    pub(super) score: u32,
    pub(super) ranges: Vec<(usize, usize)>,
}

/// What one entry matched: the best score of each word, and each field's hits.
#[derive(Debug)]
pub(super) struct EntryHits {
    pub(super) best: Vec<u32>,
    pub(super) fields: Vec<(usize, FieldHits)>,
}

/// Per entry (by pool index).
pub(super) type Found = BTreeMap<u16, EntryHits>;

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
pub(super) fn rank(found: Found, index: &'static [IndexField], limit: usize) -> Vec<Hit> {
    let mut by_code: BTreeMap<&'static str, Hit> = BTreeMap::new();
    // In pool order (the map's), so that between equal hits the table with precedence wins.
    for (entry, hits) in found {
        let words_matched = hits.best.iter().filter(|&&s| s > 0).count();
        let mut score: u32 = hits.best.iter().sum();
        // Show the field that matched the most words, then the highest score, then the first.
        let (best, f) = hits
            .fields
            .iter()
            .max_by_key(|(i, f)| (f.words.count_ones(), f.score, std::cmp::Reverse(*i)))
            .expect("an entry is found through a field");
        // All words in one field (a phrase, in any order) beats words scattered over fields.
        if words_matched > 1 && f.words.count_ones() as usize == words_matched {
            score += score / 4;
        }
        let e = catalog::entry_at(entry);
        score = score * reach(e) / 100;
        let field = &index[*best];
        let text = field.folded.as_str();
        let mut highlights: Vec<(usize, usize)> = f
            .ranges
            .iter()
            .map(|&(a, b)| super::matching::char_range(text, a, b))
            .collect();
        highlights.sort_unstable();
        highlights.dedup();
        let hit = Hit {
            rank: 0,
            code: e.code,
            score,
            words_matched,
            field: field.kind,
            variant: usize::from(field.variant),
            text: field.text,
            highlights,
            entry: e,
        };
        let code = e.code.as_str();
        let better = by_code
            .get(code)
            .is_none_or(|h| (hit.words_matched, hit.score) > (h.words_matched, h.score));
        if better {
            by_code.insert(code, hit);
        }
    }
    let mut hits: Vec<Hit> = by_code.into_values().collect();
    hits.sort_by(|a, b| {
        (b.words_matched, b.score)
            .cmp(&(a.words_matched, a.score))
            .then_with(|| table_order(a).cmp(&table_order(b)))
            .then_with(|| a.code.as_str().cmp(b.code.as_str()))
    });
    hits.truncate(limit);
    for (i, h) in hits.iter_mut().enumerate() {
        h.rank = i + 1;
    }
    hits
}
