//! Fuzzy search over every text of every entry, in both languages. Returns ranked hits; prints
//! nothing.
//!
//! A query is folded like a code (case, full-width forms, CJK punctuation) and cut into words
//! (`query`): first the vocabulary's phrases (`too many requests`, `timed out`, from
//! `codes/vocabulary.json`), then runs of ASCII letters and digits, and runs of other letters
//! (Chinese). A Chinese run that no text of the catalog holds as it is is cut into the
//! vocabulary's words, longest first (`图片太大` → `图片` + `太大`). Stop words are left out. Each
//! word is looked for in the texts of the build-time index (`codes/build.rs` writes it) that have
//! the character pairs of one of its forms (the build script lists the texts of each pair),
//! cheapest test first (`matching`):
//!
//! 1. the whole query as a code (`AIS.0104`, `4204`) or a code prefix (`ais.01`, `ModelArts.42`);
//! 2. the word itself: a whole word, or a substring (Chinese has no word boundaries);
//! 3. its stem (`throttled` finds `throttling`) and its synonyms: every other term of the
//!    vocabulary's groups it belongs to (`big` finds `size` and `尺寸`, `模版` finds `模板`);
//! 4. for Chinese, near-substrings: most of the query's character pairs occur in the text;
//! 5. only for a word found nowhere: a correction within one or two edits from the catalog's
//!    vocabulary (`qualty`, `qualitty`, `qaulity`), matched as itself or its stem (`throtled` is
//!    `throttled`, which finds "throttling"), then fuzzy-matcher's subsequence match with a
//!    floor that grows with the word, so a short word cannot match every long text.
//!
//! Short English words (under six letters) match only where a word starts (`low` is not in
//! `slow`), except inside a code (`timeout` in `CallTimeoutException`). A word is a code prefix
//! only when it holds a code's whole prefix (`ais`, not `api` of `APIG`) and the query is that
//! one word or the word has a dot or a digit (`ais.01`); among other words it is a word.
//!
//! A failing HTTP status among other words (`the api returns 429`) matches the code of every
//! entry documented with it.
//!
//! Scoring (`rank`), so that a reader can predict an order:
//! - a word's match in a field is worth the kind of match (exact code 10 000, code prefix 5 000,
//!   whole word 100, stem 90, status 85, substring 80, synonym 65, near-substring 55, typo 50,
//!   fuzzy 30) times the field's weight (code 12; message and descriptions 10; other wordings
//!   and causes 9; fix steps 6; module names 5), raised by up to 15 % as the match covers more
//!   of the field;
//! - each word is weighed by its rarity, BM25's inverse document frequency
//!   `ln((N − df + ½) / (df + ½) + 1)`, with N the catalog's entries and df the entries the word
//!   itself matched (its synonyms' matches only when it matched nowhere itself);
//! - a field's score is the sum of its words' scores times their rarity, times `½ + ½ · m / M`,
//!   where m is the rarity of the words it matched and M that of all the query's words;
//! - an entry's score is its best field's score plus 0.3 of what the words add when each is
//!   taken at its best in any field (a best-fields query with a tie breaker), times its reach:
//!   100 % for the OCR and APIG tables, 70 % for APIGW (the dedicated gateway, whose codes OCR
//!   does not answer with), 60 % for IAM's codes, 55 % for what has no code (the token
//!   service's messages, SDK exceptions, bare statuses), 50 % for the success status;
//! - a code takes its best entry; codes are ordered by score, then table (the official OCR table
//!   first), then code.

mod matching;
mod query;
mod rank;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::catalog::{self, Entry, FieldKind, IndexField, Str};
use crate::normalize;
use matching::{corrections, match_field};
use query::{Word, words};
use rank::{Found, Kind, rank};

/// What to search and how many hits to keep.
#[derive(Debug, Clone)]
pub struct Options {
    /// At most this many hits.
    pub limit: usize,
    /// Only entries of this module id.
    pub module: Option<&'static str>,
    /// Keep the weak hits too: those scoring under [`WEAK_SHARE`] of the best.
    pub weak: bool,
}

/// A hit scoring under this share of the best hit's score is weak, and left out unless asked
/// for (`图片质量太差` finds the image codes, not the timeouts whose fix says to shrink images).
pub const WEAK_SHARE: f64 = 0.2;

/// Why a hit is in the list of a search for a bare HTTP status (`404`), in the order the groups
/// are listed; each with the status searched for. JSON names the group (`"documented"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The status's own entry: what it means without a code (`HTTP 404`, else `HTTP 4xx`).
    Status(u16),
    /// A code documented with that status (APIG.0101 is documented with 404).
    Documented(u16),
    /// A code numbered like the status (APIG.0404), documented with a status of its own.
    Numbered(u16),
}

impl Group {
    /// The group's name in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Group::Status(_) => "status",
            Group::Documented(_) => "documented",
            Group::Numbered(_) => "numbered",
        }
    }

    /// The status searched for.
    pub fn status(self) -> u16 {
        match self {
            Group::Status(s) | Group::Documented(s) | Group::Numbered(s) => s,
        }
    }

    fn order(self) -> u8 {
        match self {
            Group::Status(_) => 0,
            Group::Documented(_) => 1,
            Group::Numbered(_) => 2,
        }
    }
}

impl Serialize for Group {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
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
    /// For a search of a bare HTTP status, why the hit is listed; else none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
}

/// The failing HTTP status a query is, alone (`404`), if it is one.
fn bare_status(query: &str) -> Option<u16> {
    let typed = query.trim();
    let status: u16 = typed.parse().ok().filter(|_| typed.len() == 3)?;
    (400..600).contains(&status).then_some(status)
}

/// Lists a bare status's hits as `explain` lists them: its own entry, then the codes documented
/// with it, then the codes numbered like it, then the rest, each group by score; and says why.
fn group_by_status(hits: &mut [(Hit, usize)], status: u16) {
    let own = catalog::status_entry(status).map(|e| e.code);
    let documented = catalog::codes_with_status(status);
    let number = format!("{status:04}");
    for (h, _) in hits.iter_mut() {
        h.group = if own == Some(h.code) {
            Some(Group::Status(status))
        } else if documented.iter().any(|e| e.code == h.code) {
            Some(Group::Documented(status))
        } else if h
            .code
            .as_str()
            .rsplit_once('.')
            .is_some_and(|(_, n)| n == number)
        {
            Some(Group::Numbered(status))
        } else {
            None
        };
    }
    // Stable: within a group, the order by score stays. The ungrouped come last.
    hits.sort_by_key(|(h, _)| h.group.map_or(u8::MAX, Group::order));
}

/// Whether a field is in scope: of the module searched, if one is.
fn in_module(module: Option<&str>, field: &IndexField) -> bool {
    module.is_none_or(|m| catalog::entry_at(field.entry).module.id == m)
}

/// The most words a query keeps; more are ignored (a word is a bit in a `u64`).
const MAX_WORDS: usize = 64;

/// One search in progress: the words, the fields in scope and what was found so far.
struct Searcher<'a> {
    words: Vec<Word>,
    index: &'static [IndexField],
    module: Option<&'a str>,
    found: Found,
}

impl<'a> Searcher<'a> {
    /// The fields in scope, with their place in the index. Borrows nothing of the searcher, so
    /// hits can be recorded while walking them.
    fn in_scope(&self) -> impl Iterator<Item = (usize, &'static IndexField)> + use<'a> {
        let module = self.module;
        self.index
            .iter()
            .enumerate()
            .filter(move |(_, f)| in_module(module, f))
    }

    fn record(&mut self, i: usize, word: usize, kind: Kind, ranges: &[(usize, usize)]) {
        let field = &self.index[i];
        let score = rank::score(kind, field, ranges);
        self.found.record(i, field, word, (kind, score), ranges);
    }

    /// The whole query as a code (it then matches every word), or a word as the start of codes.
    fn codes(&mut self, query: &str) {
        // A code, or an entry's other name: an exception's class, `HTTP 413`, a whole message.
        let mut exact = catalog::find_named(query);
        if exact.is_empty() {
            exact = catalog::parse_query(query)
                .map(|q| catalog::find(&q))
                .unwrap_or_default();
        }
        // A failing HTTP status alone is also the entry that explains it (`500` is `HTTP 5xx`,
        // `401` is `HTTP 401` after the codes numbered 0401), as `explain` has it.
        if let Some(status) = bare_status(query).and_then(catalog::status_entry)
            && !exact.iter().any(|e| std::ptr::eq(*e, status))
        {
            exact.push(status);
        }
        let fields = self.in_scope().filter(|(_, f)| f.kind == FieldKind::Code);
        // Each word as the start of a code (`ais-01` → `ais.01`, `modelarts`): at least three
        // characters, a letter among them, not Chinese; it must hold the code's whole prefix
        // (`api` is a word, not the start of `APIG.0101`). A bare prefix among other words
        // names the service, not its codes (`iam authentication failed`): it is a word there.
        let alone = self.words.len() == 1;
        let prefixes: Vec<Option<String>> = self
            .words
            .iter()
            .map(|word| {
                let prefix = word.text.replace(['-', '_'], ".");
                let alphabetic = prefix.contains(|c: char| c.is_ascii_alphabetic());
                let code_like = alone || prefix.contains(|c: char| c == '.' || c.is_ascii_digit());
                (!word.cjk && prefix.len() >= 3 && alphabetic && code_like).then_some(prefix)
            })
            .collect();
        let holds_prefix = |code: &str, p: &str| {
            code.starts_with(p) && code.find('.').is_none_or(|dot| p.len() >= dot)
        };
        // A failing HTTP status (`the api returns 429`) matches every entry documented with it,
        // nearly as well as the word would match the entry's code; alone, after the status's own
        // entry (`413` is HTTP 413 first).
        let statuses: Vec<Option<u16>> = self
            .words
            .iter()
            .map(|w| {
                let status = (w.text.len() == 3).then(|| w.text.parse::<u16>().ok());
                status.flatten().filter(|s| (400..600).contains(s))
            })
            .collect();
        for (i, field) in fields {
            let code = field.folded.as_str();
            if exact.iter().any(|e| e.code == field.text) {
                for w in 0..self.words.len() {
                    self.record(i, w, Kind::ExactCode, &[(0, code.len())]);
                }
                continue;
            }
            let entry = catalog::entry_at(field.entry);
            for (w, status) in statuses.iter().enumerate() {
                let documented = |s: u16| {
                    entry
                        .variants
                        .iter()
                        .any(|v| v.http_status == Some(catalog::HttpStatus::Code(s)))
                };
                if status.is_some_and(documented) {
                    self.record(i, w, Kind::Status, &[]);
                }
            }
            // Only codes are typed by their start (`AIS.01`); a class name is a word.
            if entry.kind != catalog::Kind::Code {
                continue;
            }
            for (w, prefix) in prefixes.iter().enumerate() {
                if prefix.as_ref().is_some_and(|p| holds_prefix(code, p)) {
                    let len = prefix.as_ref().map_or(0, String::len);
                    self.record(i, w, Kind::CodePrefix, &[(0, len)]);
                }
            }
        }
    }

    /// Each word, its stem, synonyms and near-substrings, in every field.
    /// Only the fields that may hold a word are read (their pairs' bits say which).
    fn direct(&mut self) {
        let sets: Vec<Vec<u64>> = self.words.iter().map(Word::fields).collect();
        let mut ranges = Vec::new();
        for k in 0..catalog::field_set_words() {
            let mut any = sets.iter().fold(0, |any, set| any | set[k]);
            while any != 0 {
                let bit = any.trailing_zeros() as usize;
                any &= any - 1;
                let i = k * 64 + bit;
                let Some(field) = self.index.get(i).filter(|f| in_module(self.module, f)) else {
                    continue;
                };
                for (w, set) in sets.iter().enumerate() {
                    if set[k] & (1 << bit) == 0 {
                        continue;
                    }
                    if let Some(kind) = match_field(&self.words[w], field, &mut ranges) {
                        self.record(i, w, kind, &ranges);
                    }
                }
            }
        }
    }

    /// Words found nowhere: typo corrections, then fuzzy subsequences.
    fn last_resort(&mut self, vocabulary: &'static [(Str, u64)]) {
        let missing: Vec<usize> = (0..self.words.len())
            .filter(|&w| !self.found.has(w))
            .collect();
        if missing.is_empty() {
            return;
        }
        let matcher = SkimMatcherV2::default().ignore_case();
        let fields: Vec<_> = self.in_scope().collect();
        let mut ranges = Vec::new();
        for w in missing {
            // A corrected word matches as itself or its stem (`throtled` is `throttled`, and so
            // finds "throttling threshold").
            let fixes = corrections(&self.words[w], vocabulary);
            for &(i, field) in &fields {
                for fix in &fixes {
                    if match_field(fix, field, &mut ranges).is_some() {
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

/// What a search found.
#[derive(Debug)]
pub enum Results {
    /// Codes that match, best first.
    Hits(Vec<Hit>),
    /// The query holds no word to search for: no letter or digit at all, or only words too
    /// common to tell codes apart (they are listed).
    NothingToSearch {
        /// The words left out as too common (`the`, `a`).
        ignored: Vec<String>,
    },
    /// Words were searched for and no code matched.
    NoMatch,
}

impl Results {
    /// The hits, none for the other answers.
    pub fn into_hits(self) -> Vec<Hit> {
        match self {
            Results::Hits(hits) => hits,
            _ => Vec::new(),
        }
    }
}

/// Searches the catalog.
///
/// ```
/// use ocr_err::search::{search, Options, Results};
/// let hits = search("图片质量太差", &Options { limit: 3, module: None, weak: false }).into_hits();
/// assert_eq!(hits[0].code, "AIS.0104");
/// let hits = search("token expired", &Options { limit: 3, module: None, weak: false }).into_hits();
/// assert!(hits.iter().any(|h| h.code == "APIG.0307"));
/// assert!(matches!(search("the", &Options { limit: 3, module: None, weak: false }), Results::NothingToSearch { .. }));
/// ```
pub fn search(query: &str, options: &Options) -> Results {
    let (index, vocabulary) = catalog::index();
    let (mut words, ignored) = words(&normalize::fold_lower(query), index);
    words.truncate(MAX_WORDS);
    if words.is_empty() {
        return Results::NothingToSearch { ignored };
    }
    let n = words.len();
    let mut s = Searcher {
        words,
        index,
        module: options.module,
        found: Found::new(n, index),
    };
    s.codes(query);
    s.direct();
    s.last_resort(vocabulary);
    let hits = rank(&s.found, index, |hits| {
        if let Some(status) = bare_status(query) {
            group_by_status(hits, status);
        } else if !options.weak
            && let Some(best) = hits.first().map(|(h, _)| f64::from(h.score))
        {
            hits.retain(|(h, _)| f64::from(h.score) >= best * WEAK_SHARE);
        }
        hits.truncate(options.limit);
    });
    if hits.is_empty() {
        Results::NoMatch
    } else {
        Results::Hits(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::matching::pair_coverage;
    use super::query::stem;
    use super::*;

    fn texts(q: &str) -> Vec<String> {
        words(&normalize::fold_lower(q), catalog::index().0)
            .0
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
    fn the_field_sets_hold_every_field_a_text_is_in() {
        let (index, _) = catalog::index();
        let (stop_words, groups) = catalog::vocabulary_data();
        let texts = groups
            .iter()
            .flat_map(|g| g.iter())
            .chain(stop_words)
            .chain(&["token", "ai", "图片质量", "x"]);
        for text in texts {
            let mut set = vec![0; catalog::field_set_words()];
            catalog::fields_with_pairs(normalize::pair_mask(text), &mut set);
            for (i, field) in index.iter().enumerate() {
                if field.folded.as_str().contains(*text) {
                    assert!(set[i / 64] & (1 << (i % 64)) != 0, "{text:?} in field {i}");
                }
            }
            let kept = set.iter().map(|w| w.count_ones()).sum::<u32>() as usize;
            if text.chars().count() >= 4 {
                assert!(kept < index.len(), "{text:?}: a long text rules fields out");
            }
        }
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
        let mut ranges = Vec::new();
        assert_eq!(
            pair_coverage(description("AIS.0104"), &word.pairs, &mut ranges),
            3,
            "图片, 片质, 质量"
        );
        assert_eq!(ranges.len(), 3, "one range per pair found");
        ranges.clear();
        assert_eq!(
            pair_coverage(description("AIS.0103"), &word.pairs, &mut ranges),
            1,
            "图片"
        );
    }

    #[test]
    fn short_words_match_whole_words_only() {
        let opts = Options {
            limit: 100,
            module: None,
            weak: false,
        };
        let hits = search("ai", &opts).into_hits();
        assert!(!hits.is_empty());
        for h in hits {
            assert!(
                // Words of Latin letters end where another script starts (请AI服务).
                normalize::fold_lower(&h.text)
                    .split(|c: char| !c.is_ascii_alphanumeric())
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
                weak: false,
            },
        )
        .into_hits();
        assert_eq!(hits.len(), 3);
        let hits = search(
            "token",
            &Options {
                limit: 100,
                module: Some("platform"),
                weak: false,
            },
        )
        .into_hits();
        assert!(!hits.is_empty() && hits.iter().all(|h| h.code.starts_with("ModelArts.")));
    }
}
