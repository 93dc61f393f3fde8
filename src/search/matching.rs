//! Matching one word against one field of the index: whole words and substrings, stems,
//! synonyms, Chinese near-substrings, and typo corrections from the catalog's vocabulary.

use crate::catalog::{FieldKind, IndexField, Str};

/// English words shorter than this match only at the start of a word.
const ANCHORED_BELOW: usize = 6;

use super::query::{Needle, Word};
use super::rank::Kind;

/// Character offsets of a byte range.
pub(super) fn char_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text[..start].chars().count();
    (s, s + text[start..end].chars().count())
}

pub(super) fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Finds `needle` in the field's folded text: whole-word occurrences (ASCII) beat plain
/// substrings. Returns the kind and appends the byte range of every occurrence to `out`. Callers
/// check [`Needle::may_be_in`] first.
pub(super) fn find_all(
    field: &IndexField,
    needle: &Needle,
    whole_word_only: bool,
    out: &mut Vec<(usize, usize)>,
) -> Option<Kind> {
    let hay = field.folded.as_str();
    let len = needle.finder().needle().len();
    let start = out.len();
    let mut whole = false;
    // An English word's edges are where ASCII letters and digits end (`token` is a word in
    // `token为空`); a short one counts only where it starts a word (`low` is not in `slow`,
    // `port` not in `support`), except in a code, which is one word of many (`Timeout` in
    // `CallTimeoutException`).
    let ascii = needle.ascii;
    let anchored = ascii && len < ANCHORED_BELOW && field.kind != FieldKind::Code;
    let word_char = |c: Option<char>| {
        if ascii {
            c.is_some_and(|c| c.is_ascii_alphanumeric())
        } else {
            is_word_char(c)
        }
    };
    // Both are UTF-8, so every match starts and ends on a character boundary.
    for at in needle.finder().find_iter(hay.as_bytes()) {
        let starts = !word_char(hay[..at].chars().next_back());
        let bounded = starts && !word_char(hay[at + len..].chars().next());
        if whole_word_only && !bounded || anchored && !starts {
            continue;
        }
        whole |= bounded;
        out.push((at, at + len));
    }
    if out.len() == start {
        None
    } else if whole {
        Some(Kind::WholeWord)
    } else {
        Some(Kind::Substring)
    }
}

/// Whether the text before a match denies what follows: `not`, `not a`, `not an`, `不是`, `并非`
/// right before it (a text that says the value is *not* Base64 answers no query about Base64).
fn denied(before: &str) -> bool {
    let before = before.trim_end();
    ["不是", "并非"].iter().any(|w| before.ends_with(w))
        || ["not", "not a", "not an"].iter().any(|w| {
            // A word of its own: `cannot` denies nothing.
            before
                .strip_suffix(w)
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_alphanumeric()))
        })
}

/// How many of a Chinese word's character pairs occur in the field; appends where each first
/// occurs to `out`, for near-substrings.
pub(super) fn pair_coverage(
    field: &IndexField,
    pairs: &[Needle],
    out: &mut Vec<(usize, usize)>,
) -> usize {
    let mut found = 0;
    for pair in pairs {
        let start = out.len();
        if pair.may_be_in(field) && find_all(field, pair, false, out).is_some() {
            found += 1;
            out.truncate(start + 1);
        }
    }
    found
}

/// Matches one word against one field; `None` when it does not match. `out` is left holding
/// the matched byte ranges.
pub(super) fn match_field(
    word: &Word,
    field: &IndexField,
    out: &mut Vec<(usize, usize)>,
) -> Option<Kind> {
    out.clear();
    if word.exact.may_be_in(field)
        && let Some(kind) = find_all(field, &word.exact, word.short, out)
    {
        let hay = field.folded.as_str();
        if out.iter().all(|&(at, _)| denied(&hay[..at])) {
            return Some(Kind::Negated);
        }
        return Some(kind);
    }
    if !word.pairs.is_empty() && word.mask & field.mask != 0 {
        let found = pair_coverage(field, &word.pairs, out);
        if 2 * found >= word.pairs.len() {
            return Some(Kind::NearSubstring);
        }
        out.clear();
    }
    let stem = word.stem.as_ref().filter(|s| s.may_be_in(field));
    if stem.and_then(|s| find_all(field, s, false, out)).is_some() {
        // A stem counts where it starts a word: "throttl" in "throttling".
        let hay = field.folded.as_str();
        // An English stem, so a word starts where ASCII letters and digits do (as in `find_all`).
        out.retain(|&(a, _)| {
            !hay[..a]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric())
        });
        if !out.is_empty() {
            return Some(Kind::Stem);
        }
    }
    word.synonyms
        .iter()
        .filter(|alt| alt.may_be_in(field))
        .find_map(|alt| find_all(field, alt, false, out))
        .map(|_| Kind::Synonym)
}

/// The words of the catalog's vocabulary within one edit of `word` (two for long words): a
/// missing, doubled or swapped letter.
pub(super) fn corrections(word: &Word, vocabulary: &'static [(Str, u64)]) -> Vec<Word> {
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
        .map(|(v, _)| {
            // Itself and its stem; its synonyms would stray too far from what was typed.
            let mut fix = Word::new(v, false);
            fix.synonyms.clear();
            fix
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::denied;

    #[test]
    fn a_match_right_after_a_negation_is_denied() {
        for before in [
            "the value is not a ",
            "is not ",
            "not an",
            "image参数值不是",
            "并非 ",
        ] {
            assert!(denied(before), "{before:?}");
        }
        for before in ["it cannot ", "the value is a ", "knot ", "", "不支持"] {
            assert!(!denied(before), "{before:?}");
        }
    }
}
