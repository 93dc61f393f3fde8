//! Query handling: cutting a query into words, and what each word may match as — itself, its
//! stem, its synonyms and, for Chinese, its character pairs.

use memchr::memmem;

use crate::catalog::IndexField;
use crate::normalize;

/// English endings stripped to find a word's stem.
pub(super) const SUFFIXES: &[&str] = &["ing", "ed", "es", "s", "ion", "ly", "er"];

/// A string to look for, prepared once per search and tried against every field.
#[derive(Debug)]
pub(super) struct Needle {
    text: String,
    /// Built on first use: most needles never get past the masks.
    finder: std::cell::OnceCell<memmem::Finder<'static>>,
    pub(super) mask: u64,
    pub(super) pairs: u128,
    /// Only ASCII: an English word, whose edges are where ASCII letters end.
    pub(super) ascii: bool,
}

impl Needle {
    /// Whether the field's masks allow it to hold the needle at all (cheap; most fields fail).
    #[inline]
    pub(super) fn may_be_in(&self, field: &IndexField) -> bool {
        self.mask & !field.mask == 0 && self.pairs & !field.pairs == 0
    }

    pub(super) fn new(s: &str) -> Self {
        Needle {
            text: s.to_owned(),
            finder: std::cell::OnceCell::new(),
            mask: normalize::char_mask(s),
            pairs: normalize::pair_mask(s),
            ascii: s.is_ascii(),
        }
    }

    /// The searcher for the needle's text.
    pub(super) fn finder(&self) -> &memmem::Finder<'static> {
        self.finder
            .get_or_init(|| memmem::Finder::new(self.text.as_bytes()).into_owned())
    }
}

/// A query word, with everything it may match as: itself, its stem, its synonyms and, for
/// Chinese, its character pairs.
#[derive(Debug)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) mask: u64,
    pub(super) cjk: bool,
    /// An ASCII word of one or two letters, which counts only as a whole word ("ai" must not
    /// match "failed").
    pub(super) short: bool,
    pub(super) exact: Needle,
    pub(super) stem: Option<Needle>,
    pub(super) synonyms: Vec<Needle>,
    pub(super) pairs: Vec<Needle>,
}

impl Word {
    pub(super) fn new(text: &str, cjk: bool) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let pairs = if cjk && chars.len() >= 3 {
            chars
                .windows(2)
                .map(|p| Needle::new(&p.iter().collect::<String>()))
                .collect()
        } else {
            Vec::new()
        };
        // Every other term of every group the word (or its stem) is in.
        let (_, groups) = crate::catalog::vocabulary_data();
        let stemmed = if cjk { None } else { stem(text) };
        let mut synonyms: Vec<&str> = Vec::new();
        for group in groups {
            let in_group = group
                .iter()
                // A term with the same stem starts with it: the cheap test first.
                .any(|t| {
                    *t == text || stemmed.is_some_and(|s| t.starts_with(s) && stem(t) == Some(s))
                });
            if in_group {
                synonyms.extend(group.iter().copied().filter(|t| *t != text));
            }
        }
        synonyms.sort_unstable();
        synonyms.dedup();
        Word {
            text: text.to_owned(),
            mask: normalize::char_mask(text),
            cjk,
            short: !cjk && chars.len() <= 2,
            exact: Needle::new(text),
            stem: if cjk {
                None
            } else {
                stem(text).map(Needle::new)
            },
            synonyms: synonyms.into_iter().map(Needle::new).collect(),
            pairs,
        }
    }
}

impl Word {
    /// The fields of the index that may hold the word in any of the forms it matches as (itself,
    /// its stem, a synonym, a character pair), a bit per field: every other field is skipped
    /// unread.
    pub(super) fn fields(&self) -> Vec<u64> {
        let mut set = vec![0; crate::catalog::field_set_words()];
        let needles = std::iter::once(&self.exact)
            .chain(&self.stem)
            .chain(&self.synonyms)
            .chain(&self.pairs);
        for needle in needles {
            crate::catalog::fields_with_pairs(needle.pairs, &mut set);
        }
        set
    }
}

/// Cuts a folded query into words: first the vocabulary's phrases (`too many requests`, `timed
/// out`), then runs of ASCII letters, digits and code punctuation, and runs of other letters.
/// A Chinese run that no text of the catalog holds as it is is cut into the vocabulary's words,
/// longest first (`图片太大` → `图片`, `太大`), so one unknown character does not sink it.
/// Also returns the words left out as too common (stop words, single letters), in order.
pub(super) fn words(folded: &str, index: &[IndexField]) -> (Vec<Word>, Vec<String>) {
    static PHRASES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let (stop_words, groups) = crate::catalog::vocabulary_data();
    let mut out: Vec<Word> = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    let mut push = |out: &mut Vec<Word>, w: &str, cjk: bool| {
        // One character, or a stop word, would match nearly every text.
        let too_common = w.chars().count() < 2 || stop_words.contains(&w);
        if too_common {
            if !w.is_empty() && !ignored.iter().any(|i| i == w) {
                ignored.push(w.to_owned());
            }
        } else if !out.iter().any(|o| o.text == w) {
            out.push(Word::new(w, cjk));
        }
    };
    // Phrases of the vocabulary, at word boundaries, longest first. Only a query of two words
    // or more can hold one, and only one whose first word it has.
    let mut rest = format!(" {folded} ");
    let tokens: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    let phrases: &[&str] = if tokens.len() > 1 {
        PHRASES.get_or_init(|| {
            let mut all: Vec<&'static str> = groups
                .iter()
                .flat_map(|g| g.iter().copied())
                .filter(|t| t.contains(' '))
                .collect();
            all.sort_by_key(|p| std::cmp::Reverse(p.len()));
            all
        })
    } else {
        &[]
    };
    let candidates = phrases.iter().filter(|p| {
        p.split(' ')
            .next()
            .is_some_and(|first| tokens.contains(&first))
    });
    for &phrase in candidates {
        let padded = format!(" {phrase} ");
        if rest.contains(&padded) {
            push(&mut out, phrase, false);
            rest = rest.replace(&padded, "  ");
        }
    }
    let mut current = String::new();
    let mut current_cjk = false;
    let mut flush = |out: &mut Vec<Word>, current: &mut String, cjk: bool| {
        let w = current.trim_matches(['.', '-', '_']);
        if cjk && w.chars().count() > 2 && !in_catalog(w, index) {
            for piece in segment(w) {
                push(out, &piece, true);
            }
        } else {
            push(out, w, cjk);
        }
        current.clear();
    };
    for c in rest.chars() {
        let ascii = c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        let other = !c.is_ascii() && c.is_alphanumeric();
        if (ascii || other) && !current.is_empty() && other != current_cjk {
            flush(&mut out, &mut current, current_cjk);
        }
        if ascii || other {
            current_cjk = other;
            current.push(c);
        } else {
            flush(&mut out, &mut current, current_cjk);
        }
    }
    flush(&mut out, &mut current, current_cjk);
    (out, ignored)
}

/// Whether some text of the catalog holds this word as it is. Only the fields that have the
/// word's pairs are read.
fn in_catalog(word: &str, index: &[IndexField]) -> bool {
    let needle = Needle::new(word);
    let mut set = vec![0; crate::catalog::field_set_words()];
    crate::catalog::fields_with_pairs(needle.pairs, &mut set);
    set.iter().enumerate().any(|(k, &bits)| {
        let mut bits = bits;
        while bits != 0 {
            let i = k * 64 + bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let found = index.get(i).is_some_and(|f| {
                needle.may_be_in(f) && needle.finder().find(f.folded.as_str().as_bytes()).is_some()
            });
            if found {
                return true;
            }
        }
        false
    })
}

/// A Chinese run cut into the vocabulary's words, longest match first; the characters between
/// them make words of their own.
fn segment(run: &str) -> Vec<String> {
    let dictionary = crate::catalog::chinese_terms();
    let mut out = Vec::new();
    let mut loose = String::new();
    let mut rest = run;
    while let Some(c) = rest.chars().next() {
        let longest = dictionary
            .iter()
            .filter(|t| rest.starts_with(**t))
            .map(|t| t.len())
            .max();
        if let Some(n) = longest {
            if !loose.is_empty() {
                out.push(std::mem::take(&mut loose));
            }
            out.push(rest[..n].to_owned());
            rest = &rest[n..];
        } else {
            loose.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !loose.is_empty() {
        out.push(loose);
    }
    out
}

/// The stem of an English word, if stripping an ending leaves at least four letters.
pub(super) fn stem(word: &str) -> Option<&str> {
    SUFFIXES
        .iter()
        .filter_map(|s| word.strip_suffix(s))
        .find(|s| s.len() >= 4)
}
