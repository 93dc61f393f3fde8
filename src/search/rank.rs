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
    Stem = 90,
    /// A failing HTTP status the entry is documented with.
    Status = 85,
    Substring = 80,
    Synonym = 65,
    /// The word itself, but only where the text denies it (`not a Base64-encoded string`,
    /// `不是base64编码字符串`): the text is about something else.
    Negated = 40,
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
        FieldKind::FixEn | FieldKind::FixZh | FieldKind::NoteEn | FieldKind::NoteZh => 6,
        FieldKind::ModuleEn | FieldKind::ModuleZh => 5,
    }
}

/// What one field matched: which words, a bit each (their scores are in [`Found::scores`]).
#[derive(Debug)]
struct FieldHits {
    /// The field's place in the index.
    field: usize,
    words: u64,
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
    /// Whether the word itself (not one of its synonyms) matched in the entry, as `best`.
    itself: Vec<bool>,
    /// Each field that matched, in the order first matched.
    fields: Vec<FieldHits>,
    /// Each word's score in each field that matched: `scores[place * words + word]`.
    scores: Vec<u32>,
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
            itself: vec![false; catalog::entry_count() * words],
            fields: Vec::new(),
            scores: Vec::new(),
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
        (kind, score): (Kind, u32),
        ranges: &[(usize, usize)],
    ) {
        self.matched |= 1 << word;
        let at = usize::from(field.entry) * self.words + word;
        self.best[at] = self.best[at].max(score);
        self.itself[at] |= kind != Kind::Synonym;
        let at = match self.place[i] {
            u32::MAX => {
                self.place[i] = self.fields.len() as u32;
                self.fields.push(FieldHits { field: i, words: 0 });
                self.scores.resize(self.scores.len() + self.words, 0);
                self.fields.len() - 1
            }
            at => at as usize,
        };
        let f = &mut self.fields[at];
        if f.words & (1 << word) == 0 {
            f.words |= 1 << word;
            self.scores[at * self.words + word] = score;
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

/// How much an entry's score counts, in percent, so that for the same words the codes an OCR
/// call itself returns come first:
/// - a code from [`AROUND_THE_CALL`] counts three fifths, and an explanation without a code (a
///   message, an exception, a bare status) little more than half (`token expired` is APIG.0307
///   before IAM.0066, `too many requests` APIG.0308 before a bare 429), while words only those
///   tables know still find them (`connection refused`);
/// - a code of the dedicated API Gateway (`APIGW.*`, which OCR's endpoints do not answer with)
///   counts seven tenths, so that its twin in the shared gateway's table (`APIG.*`) comes first;
/// - a success status (AIS.0000) counts half: a search is nearly always for an error.
fn reach(entry: &catalog::Entry) -> u32 {
    match entry.table.as_str() {
        _ if !entry.is_error => 50,
        "apigw" => 70,
        t if !AROUND_THE_CALL.contains(&t) => 100,
        _ if entry.kind == catalog::Kind::Code => 60,
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

/// How much each word tells codes apart (BM25's inverse document frequency): a word that
/// matched few codes weighs more than one that matched many (`error`, `image`). Codes count
/// where the word itself matched, not only a synonym (`下载` is rarer than all it stands for:
/// `获取`, `obtain`, `fetch`), unless it matched nowhere itself. A code two tables explain (the
/// 2021 row and the current page's) counts once: a second table's words make none rarer.
fn rarity(found: &Found) -> Vec<f64> {
    let count = |of: &dyn Fn(usize) -> bool, w: usize| {
        let mut codes: Vec<&str> = (w..found.best.len())
            .step_by(found.words)
            .filter(|&i| of(i))
            .map(|i| {
                let entry = u16::try_from(i / found.words).expect("entries fit a pool index");
                catalog::entry_at(entry).code.as_str()
            })
            .collect();
        codes.sort_unstable();
        codes.dedup();
        codes.len()
    };
    (0..found.words)
        .map(|w| {
            let itself = count(&|i| found.itself[i], w);
            let df = if itself > 0 {
                itself
            } else {
                count(&|i| found.best[i] > 0, w)
            };
            catalog::rarity(df)
        })
        .collect()
}

/// The share of an entry's score its best field does not decide: the words it matched in
/// other fields count this much (a tie breaker, as in a search engine's best-fields query).
const TIE_BREAKER: f64 = 0.3;

/// Scores matches in words' rarity: the sum of the words' scores, each times its rarity, and
/// raised as the words matched hold more of the query's rarity (half for none, whole for all).
fn weigh(scores: impl Iterator<Item = u32>, rarity: &[f64], all: f64) -> f64 {
    let (sum, matched) = scores
        .zip(rarity)
        .filter(|(s, _)| *s > 0)
        .fold((0.0, 0.0), |(sum, matched), (s, r)| {
            (sum + f64::from(s) * r, matched + r)
        });
    sum * (0.5 + 0.5 * matched / all)
}

/// A score in whole points, rounded. Scores are sums of products of small positive numbers:
/// never negative, never near `u32::MAX`. (Not `f64::round`, which would need the maths library.)
#[allow(clippy::cast_sign_loss)]
fn points(score: f64) -> u32 {
    (score.clamp(0.0, f64::from(u32::MAX) - 1.0) + 0.5) as u32
}

/// Groups hits by code and orders them by score; `arrange` then regroups or cuts the list (each
/// hit with its field's place in the index), and the hits it keeps are numbered and given their
/// highlights.
pub(super) fn rank(
    found: &Found,
    index: &'static [IndexField],
    arrange: impl FnOnce(&mut Vec<(Hit, usize)>),
) -> Vec<Hit> {
    let n = found.words;
    let rarity = rarity(found);
    let all: f64 = rarity.iter().sum();
    // Each entry's best field and its score: the entry's words as that one field matched them.
    let mut best_field: Vec<Option<(usize, f64)>> = vec![None; catalog::entry_count()];
    for (at, f) in found.fields.iter().enumerate() {
        let score = weigh(found.scores[at * n..][..n].iter().copied(), &rarity, all);
        let slot = &mut best_field[usize::from(index[f.field].entry)];
        // The first of equal fields, in index order (message before description before fix).
        let better = slot.is_none_or(|(field, s)| {
            (score, std::cmp::Reverse(f.field)) > (s, std::cmp::Reverse(field))
        });
        if better {
            *slot = Some((f.field, score));
        }
    }
    // Each hit with the field it shows, whose highlights are found once the list is cut.
    let mut by_code: BTreeMap<&'static str, (Hit, usize)> = BTreeMap::new();
    // In pool order, so that between equal hits the table with precedence wins.
    for (entry, slot) in best_field.iter().enumerate() {
        let Some((field_at, in_field)) = *slot else {
            continue;
        };
        let best = &found.best[entry * n..][..n];
        let words_matched = best.iter().filter(|&&s| s > 0).count();
        // Every word at its best, wherever it matched.
        let anywhere = weigh(best.iter().copied(), &rarity, all);
        let score = in_field + TIE_BREAKER * (anywhere - in_field).max(0.0);
        let e = catalog::entry_at(index[field_at].entry);
        // Whole points: equal matches tie exactly, and ties fall to the table and the code.
        let score = points(score * f64::from(reach(e)) / 100.0);
        let field = &index[field_at];
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
            group: None,
        };
        let code = e.code.as_str();
        let better = by_code.get(code).is_none_or(|(h, _)| hit.score > h.score);
        if better {
            by_code.insert(code, (hit, field_at));
        }
    }
    let mut hits: Vec<(Hit, usize)> = by_code.into_values().collect();
    hits.sort_by(|(a, _), (b, _)| {
        b.score
            .cmp(&a.score)
            .then_with(|| table_order(a).cmp(&table_order(b)))
            .then_with(|| a.code.as_str().cmp(b.code.as_str()))
    });
    // The highlights only of the hits kept.
    arrange(&mut hits);
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
