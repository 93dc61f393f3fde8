//! Fuzzy search over every text of every entry, in both languages. Returns ranked hits; prints
//! nothing.
//!
//! A query is folded like a code (case, full-width forms, CJK punctuation) and cut into words:
//! runs of ASCII letters and digits, and runs of other letters (Chinese). Each word is looked for
//! in every text of the build-time index (`codes/build.rs` writes it), cheapest test first:
//!
//! 1. the whole query as a code (`AIS.0104`, `4204`) or a code prefix (`ais.01`, `ModelArts.42`);
//! 2. the word itself: a whole word, or a substring (Chinese has no word boundaries);
//! 3. its stem (`throttled` finds `throttling`) and a few synonyms (`missing` finds `not exist`);
//! 4. for Chinese, near-substrings: most of the query's character pairs occur in the text;
//! 5. only for a word found nowhere: a correction within one or two edits from the catalog's
//!    vocabulary (`qualty`, `qualitty`, `qaulity`), then fuzzy-matcher's subsequence match with a
//!    floor that grows with the word, so a short word cannot match every long text.
//!
//! Hits are grouped by code. Codes that match more of the words rank first, then by score (the
//! kind of match times the weight of the field), then by code, so results are stable.

use std::collections::BTreeMap;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem;
use serde::Serialize;

use crate::catalog::{self, Entry, FieldKind, IndexField, Str};
use crate::normalize;

/// What to search and how many hits to keep.
#[derive(Debug, Clone)]
pub struct Options {
    /// At most this many hits.
    pub limit: usize,
    /// Only entries of this module id.
    pub module: Option<&'static str>,
}

/// One code found by a search.
#[derive(Debug, Serialize)]
pub struct Hit {
    /// 1 for the best hit.
    pub rank: usize,
    /// The code.
    pub code: Str,
    /// Higher is better; comparable within one search only.
    pub score: u32,
    /// How many of the query's words it matched.
    pub words_matched: usize,
    /// The field that matched best.
    pub field: FieldKind,
    /// The variant of the entry that field belongs to.
    pub variant: usize,
    /// That field's text.
    pub text: Str,
    /// Matched character ranges in `text`, as `[start, end)` character offsets.
    pub highlights: Vec<(usize, usize)>,
    /// The entry the field belongs to (the first table documenting the code, unless another
    /// table's text matched better).
    #[serde(skip)]
    pub entry: &'static Entry,
}

/// How a word matched, best first. The value is the base score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
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
fn weight(kind: FieldKind) -> u32 {
    match kind {
        FieldKind::Code => 12,
        FieldKind::Message | FieldKind::DescriptionEn | FieldKind::DescriptionZh => 10,
        FieldKind::AltMessage | FieldKind::Cause | FieldKind::CauseEn | FieldKind::CauseZh => 9,
        FieldKind::FixEn | FieldKind::FixZh => 6,
        FieldKind::ModuleEn | FieldKind::ModuleZh => 5,
    }
}

/// Words people use for what the catalog says in other words.
const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "missing",
        &["not exist", "not found", "empty", "不存在", "没有"],
    ),
    ("expired", &["expires", "expire", "过期", "超时"]),
    (
        "throttled",
        &["throttling", "ratelimit", "rate limit", "限流", "流控"],
    ),
    ("ratelimit", &["throttling", "rate limit", "限流", "流控"]),
    ("429", &["throttling", "限流", "流控"]),
    (
        "denied",
        &[
            "not allowed",
            "not authorized",
            "permission",
            "不允许",
            "权限",
        ],
    ),
    (
        "forbidden",
        &[
            "not allowed",
            "not authorized",
            "permission",
            "不允许",
            "禁用",
        ],
    ),
    (
        "unauthorized",
        &["authentication", "not authorized", "认证"],
    ),
    ("timeout", &["timed out", "timeout", "超时"]),
    ("blurry", &["quality", "质量"]),
    ("subscribed", &["subscribe", "订阅"]),
    ("concurrency", &["concurrent", "并发"]),
    (
        "big",
        &["too large", "oversized", "exceeds", "过大", "超限"],
    ),
    (
        "invalid",
        &[
            "incorrect",
            "not valid",
            "not well-formed",
            "不合法",
            "非法",
            "不对",
        ],
    ),
    ("wrong", &["incorrect", "invalid", "错误", "不对"]),
    (
        "large",
        &["too large", "oversized", "exceeds", "过大", "超限"],
    ),
];

/// English words too common to tell codes apart.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "be", "for", "has", "have", "i", "in", "is", "it", "my", "of", "on",
    "or", "the", "this", "to", "with",
];

/// English endings stripped to find a word's stem.
const SUFFIXES: &[&str] = &["ing", "ed", "es", "s", "ion", "ly", "er"];

/// A string to look for, prepared once per search and tried against every field.
#[derive(Debug)]
struct Needle {
    finder: memmem::Finder<'static>,
    mask: u64,
    pairs: u128,
}

impl Needle {
    /// Whether the field's masks allow it to hold the needle at all (cheap; most fields fail).
    #[inline]
    fn may_be_in(&self, field: &IndexField) -> bool {
        self.mask & !field.mask == 0 && self.pairs & !field.pairs == 0
    }

    fn new(s: &str) -> Self {
        Needle {
            finder: memmem::Finder::new(s.as_bytes()).into_owned(),
            mask: normalize::char_mask(s),
            pairs: normalize::pair_mask(s),
        }
    }
}

/// A query word, with everything it may match as: itself, its stem, its synonyms and, for
/// Chinese, its character pairs.
#[derive(Debug)]
struct Word {
    text: String,
    mask: u64,
    cjk: bool,
    exact: Needle,
    stem: Option<Needle>,
    synonyms: Vec<Needle>,
    pairs: Vec<Needle>,
}

impl Word {
    fn new(text: &str, cjk: bool) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let pairs = if cjk && chars.len() >= 3 {
            chars
                .windows(2)
                .map(|p| Needle::new(&p.iter().collect::<String>()))
                .collect()
        } else {
            Vec::new()
        };
        let synonyms = SYNONYMS
            .iter()
            .find(|(k, _)| *k == text)
            .map_or(&[][..], |(_, alts)| alts);
        Word {
            text: text.to_owned(),
            mask: normalize::char_mask(text),
            cjk,
            exact: Needle::new(text),
            stem: if cjk {
                None
            } else {
                stem(text).map(Needle::new)
            },
            synonyms: synonyms.iter().map(|a| Needle::new(a)).collect(),
            pairs,
        }
    }
}

/// Cuts a folded query into words: runs of ASCII letters, digits and code punctuation, and runs of
/// other letters. Everything else separates words.
fn words(folded: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut current = String::new();
    let mut current_cjk = false;
    let mut flush = |current: &mut String, cjk: bool| {
        let w = current.trim_matches(['.', '-', '_']);
        // One character, or a stop word, would match nearly every text.
        let too_common = w.chars().count() < 2 || STOP_WORDS.contains(&w);
        if !too_common && !out.iter().any(|o| o.text == w) {
            out.push(Word::new(w, cjk));
        }
        current.clear();
    };
    for c in folded.chars() {
        let ascii = c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        let other = !c.is_ascii() && c.is_alphanumeric();
        if (ascii || other) && !current.is_empty() && other != current_cjk {
            flush(&mut current, current_cjk);
        }
        if ascii || other {
            current_cjk = other;
            current.push(c);
        } else {
            flush(&mut current, current_cjk);
        }
    }
    flush(&mut current, current_cjk);
    out
}

/// What one field of an entry matched: which words (a bit each), their scores and where.
#[derive(Debug, Default)]
struct FieldHits {
    words: u64,
    score: u32,
    ranges: Vec<(usize, usize)>,
}

/// What one entry matched: the best score of each word, and each field's hits.
#[derive(Debug)]
struct EntryHits {
    best: Vec<u32>,
    fields: Vec<(usize, FieldHits)>,
}

/// Character offsets of a byte range.
fn char_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text[..start].chars().count();
    (s, s + text[start..end].chars().count())
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Finds `needle` in the field's folded text: whole-word occurrences (ASCII) beat plain
/// substrings. Returns the kind and the byte ranges of every occurrence. Callers check
/// [`Needle::may_be_in`] first.
fn find_all(
    field: &IndexField,
    needle: &Needle,
    whole_word_only: bool,
) -> Option<(Kind, Vec<(usize, usize)>)> {
    let hay = field.folded.as_str();
    let len = needle.finder.needle().len();
    let mut ranges = Vec::new();
    let mut whole = false;
    // Both are UTF-8, so every match starts and ends on a character boundary.
    for at in needle.finder.find_iter(hay.as_bytes()) {
        let before = hay[..at].chars().next_back();
        let after = hay[at + len..].chars().next();
        let bounded = !is_word_char(before) && !is_word_char(after);
        if whole_word_only && !bounded {
            continue;
        }
        whole |= bounded;
        ranges.push((at, at + len));
    }
    if ranges.is_empty() {
        return None;
    }
    Some((
        if whole {
            Kind::WholeWord
        } else {
            Kind::Substring
        },
        ranges,
    ))
}

/// The stem of an English word, if stripping an ending leaves at least four letters.
fn stem(word: &str) -> Option<&str> {
    SUFFIXES
        .iter()
        .filter_map(|s| word.strip_suffix(s))
        .find(|s| s.len() >= 4)
}

/// How many of a Chinese word's character pairs occur in the field, and where, for
/// near-substrings.
fn pair_coverage(field: &IndexField, pairs: &[Needle]) -> (usize, Vec<(usize, usize)>) {
    let mut found = 0;
    let mut ranges = Vec::new();
    for pair in pairs {
        if let Some((_, r)) = pair
            .may_be_in(field)
            .then(|| find_all(field, pair, false))
            .flatten()
        {
            found += 1;
            ranges.extend(r.first());
        }
    }
    (found, ranges)
}

/// Matches one word against one field; `None` when it does not match.
fn match_field(word: &Word, field: &IndexField) -> Option<(Kind, Vec<(usize, usize)>)> {
    // Short ASCII words only count as whole words: "ai" must not match "failed".
    let short = !word.cjk && word.text.chars().count() <= 2;
    if word.exact.may_be_in(field) {
        if let Some(hit) = find_all(field, &word.exact, short) {
            return Some(hit);
        }
    }
    if !word.pairs.is_empty() && word.mask & field.mask != 0 {
        let (found, ranges) = pair_coverage(field, &word.pairs);
        if 2 * found >= word.pairs.len() {
            return Some((Kind::NearSubstring, ranges));
        }
    }
    let stem = word.stem.as_ref().filter(|s| s.may_be_in(field));
    if let Some((_, ranges)) = stem.and_then(|s| find_all(field, s, false)) {
        // A stem counts where it starts a word: "throttl" in "throttling".
        let hay = field.folded.as_str();
        let starts: Vec<_> = ranges
            .into_iter()
            .filter(|&(a, _)| !is_word_char(hay[..a].chars().next_back()))
            .collect();
        if !starts.is_empty() {
            return Some((Kind::Stem, starts));
        }
    }
    word.synonyms
        .iter()
        .filter(|alt| alt.may_be_in(field))
        .find_map(|alt| find_all(field, alt, false))
        .map(|(_, ranges)| (Kind::Synonym, ranges))
}

/// The words of the catalog's vocabulary within one edit of `word` (two for long words): a
/// missing, doubled or swapped letter.
fn corrections(word: &Word, vocabulary: &'static [(Str, u64)]) -> Vec<Needle> {
    let len = word.text.len();
    if word.cjk || len < 4 {
        return Vec::new();
    }
    let max = if len >= 8 { 2 } else { 1 };
    vocabulary
        .iter()
        .filter(|(v, mask)| {
            v.len().abs_diff(len) <= max && (mask ^ word.mask).count_ones() <= 2 * max as u32
        })
        // A correction must itself be a real word, not a fragment ("plugh" is not "plug").
        .filter(|(v, _)| v.len() >= 5 && strsim::osa_distance(v, &word.text) <= max)
        .map(|(v, _)| Needle::new(v))
        .collect()
}

/// Per entry (by pool index).
type Found = BTreeMap<u16, EntryHits>;

/// The most words a query keeps; more are ignored (a word is a bit in a `u64`).
const MAX_WORDS: usize = 64;

/// One search in progress: the words, the fields in scope and what was found so far.
struct Searcher<'a> {
    words: Vec<Word>,
    index: &'static [IndexField],
    module: Option<&'a str>,
    found: Found,
}

impl Searcher<'_> {
    fn in_scope(&self) -> impl Iterator<Item = (usize, &'static IndexField)> + '_ {
        self.index.iter().enumerate().filter(|(_, f)| {
            self.module
                .is_none_or(|m| catalog::entry_at(f.entry).module.id == m)
        })
    }

    fn record(&mut self, i: usize, word: usize, kind: Kind, ranges: &[(usize, usize)]) {
        let field = &self.index[i];
        let score = kind as u32 * weight(field.kind);
        let n = self.words.len();
        let hits = self.found.entry(field.entry).or_insert_with(|| EntryHits {
            best: vec![0; n],
            fields: Vec::new(),
        });
        hits.best[word] = hits.best[word].max(score);
        let at = hits
            .fields
            .iter()
            .position(|(field, _)| *field == i)
            .unwrap_or_else(|| {
                hits.fields.push((i, FieldHits::default()));
                hits.fields.len() - 1
            });
        let f = &mut hits.fields[at].1;
        if f.words & (1 << word) == 0 {
            f.words |= 1 << word;
            f.score += score;
            let text = field.folded.as_str();
            f.ranges
                .extend(ranges.iter().map(|&(a, b)| char_range(text, a, b)));
        }
    }

    /// The whole query as a code (it then matches every word), or a word as the start of codes.
    fn codes(&mut self, query: &str) {
        let exact = catalog::parse_query(query)
            .map(|q| catalog::find(&q))
            .unwrap_or_default();
        let fields: Vec<_> = self
            .in_scope()
            .filter(|(_, f)| f.kind == FieldKind::Code)
            .collect();
        for (i, field) in fields {
            let code = field.folded.as_str();
            if exact.iter().any(|e| e.code == field.text) {
                for w in 0..self.words.len() {
                    self.record(i, w, Kind::ExactCode, &[(0, code.len())]);
                }
                continue;
            }
            for w in 0..self.words.len() {
                let word = &self.words[w];
                let prefix = word.text.replace(['-', '_'], ".");
                let alphabetic = prefix.contains(|c: char| c.is_ascii_alphabetic());
                if !word.cjk && prefix.len() >= 3 && alphabetic && code.starts_with(&prefix) {
                    self.record(i, w, Kind::CodePrefix, &[(0, prefix.len())]);
                }
            }
        }
    }

    /// Each word, its stem, synonyms and near-substrings, in every field.
    fn direct(&mut self) {
        let fields: Vec<_> = self.in_scope().collect();
        for (i, field) in fields {
            for w in 0..self.words.len() {
                if let Some((kind, ranges)) = match_field(&self.words[w], field) {
                    self.record(i, w, kind, &ranges);
                }
            }
        }
    }

    /// Words found nowhere: typo corrections, then fuzzy subsequences.
    fn last_resort(&mut self, vocabulary: &'static [(Str, u64)]) {
        let matcher = SkimMatcherV2::default().ignore_case();
        let fields: Vec<_> = self.in_scope().collect();
        for w in 0..self.words.len() {
            if self.found.values().any(|hits| hits.best[w] > 0) {
                continue;
            }
            let fixes = corrections(&self.words[w], vocabulary);
            for &(i, field) in &fields {
                for fix in fixes.iter().filter(|f| f.may_be_in(field)) {
                    if let Some((_, ranges)) = find_all(field, fix, true) {
                        self.record(i, w, Kind::Typo, &ranges);
                    }
                }
            }
            let word = &self.words[w];
            let chars = word.text.chars().count();
            if !fixes.is_empty() || chars < 4 {
                continue;
            }
            // The floor grows with the word, so a short word cannot match every long text.
            let floor = 20 * i64::try_from(chars).unwrap_or(i64::MAX);
            let (text_of_word, mask) = (word.text.clone(), word.mask);
            for &(i, field) in fields.iter().filter(|(_, f)| mask & !f.mask == 0) {
                let text = field.folded.as_str();
                let Some((score, positions)) = matcher.fuzzy_indices(text, &text_of_word) else {
                    continue;
                };
                // Nearly contiguous: at most two characters skipped inside the match.
                let span = positions
                    .last()
                    .zip(positions.first())
                    .map_or(usize::MAX, |(l, f)| l - f + 1);
                if score >= floor && span <= positions.len() + 2 {
                    let ranges: Vec<_> = text
                        .char_indices()
                        .enumerate()
                        .filter(|(c, _)| positions.contains(c))
                        .map(|(_, (b, ch))| (b, b + ch.len_utf8()))
                        .collect();
                    self.record(i, w, Kind::Fuzzy, &ranges);
                }
            }
        }
    }
}

/// Searches the catalog.
///
/// ```
/// use ocr_err::search::{search, Options};
/// let hits = search("图片质量太差", &Options { limit: 3, module: None });
/// assert_eq!(hits[0].code, "AIS.0104");
/// let hits = search("token expired", &Options { limit: 3, module: None });
/// assert!(hits.iter().any(|h| h.code == "APIG.0307"));
/// ```
pub fn search(query: &str, options: &Options) -> Vec<Hit> {
    let (index, vocabulary) = catalog::index();
    let mut words = words(&normalize::fold_lower(query));
    words.truncate(MAX_WORDS);
    if words.is_empty() || options.limit == 0 {
        return Vec::new();
    }
    let mut s = Searcher {
        words,
        index,
        module: options.module,
        found: BTreeMap::new(),
    };
    s.codes(query);
    s.direct();
    s.last_resort(vocabulary);
    rank(s.found, index, options.limit)
}

/// Groups hits by code and orders them.
fn rank(found: Found, index: &'static [IndexField], limit: usize) -> Vec<Hit> {
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
        let field = &index[*best];
        let mut highlights = f.ranges.clone();
        highlights.sort_unstable();
        highlights.dedup();
        let e = catalog::entry_at(entry);
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
            .then_with(|| a.code.as_str().cmp(b.code.as_str()))
    });
    hits.truncate(limit);
    for (i, h) in hits.iter_mut().enumerate() {
        h.rank = i + 1;
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(q: &str) -> Vec<String> {
        words(&normalize::fold_lower(q))
            .into_iter()
            .map(|w| w.text)
            .collect()
    }

    #[test]
    fn splits_words_by_script_and_punctuation() {
        assert_eq!(texts("token过期"), ["token", "过期"]);
        assert_eq!(
            texts("Image, quality! 图片，质量"),
            ["image", "quality", "图片", "质量"]
        );
        assert_eq!(texts("ＴＯＫＥＮ\u{3000}expired"), ["token", "expired"]);
        assert_eq!(texts("AIS.0104."), ["ais.0104"]);
        assert_eq!(texts("  ...  "), Vec::<String>::new());
        assert_eq!(texts("the quality is poor"), ["quality", "poor"]);
        assert_eq!(texts("a 中"), Vec::<String>::new());
    }

    #[test]
    fn stems_keep_four_letters() {
        assert_eq!(stem("throttled"), Some("throttl"));
        assert_eq!(stem("files"), Some("file"));
        assert_eq!(stem("uses"), None);
    }

    #[test]
    fn chinese_near_substrings_need_half_the_pairs() {
        let word = Word::new("图片质量太差", true);
        assert_eq!(word.pairs.len(), 5);
        let description = |code: &str| {
            let (index, _) = catalog::index();
            index
                .iter()
                .find(|f| {
                    f.kind == FieldKind::DescriptionZh && catalog::entry_at(f.entry).code == code
                })
                .unwrap()
        };
        assert_eq!(
            pair_coverage(description("AIS.0104"), &word.pairs).0,
            3,
            "图片, 片质, 质量"
        );
        assert_eq!(
            pair_coverage(description("AIS.0103"), &word.pairs).0,
            1,
            "图片"
        );
    }

    #[test]
    fn short_words_match_whole_words_only() {
        let opts = Options {
            limit: 100,
            module: None,
        };
        let hits = search("ai", &opts);
        assert!(!hits.is_empty());
        for h in hits {
            assert!(
                normalize::fold_lower(&h.text)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == "ai"),
                "'ai' is in 'failed' but is not a word there: {}",
                h.text
            );
        }
    }

    #[test]
    fn the_limit_and_module_are_honoured() {
        let hits = search(
            "token",
            &Options {
                limit: 3,
                module: None,
            },
        );
        assert_eq!(hits.len(), 3);
        let hits = search(
            "token",
            &Options {
                limit: 100,
                module: Some("platform"),
            },
        );
        assert!(!hits.is_empty() && hits.iter().all(|h| h.code.starts_with("ModelArts.")));
    }
}
