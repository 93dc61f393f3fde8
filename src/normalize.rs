//! Folding what people type into what the catalog spells.
//!
//! A Chinese input method produces full-width letters, digits and punctuation (`ＡＩＳ．０１０４`),
//! the ideographic space and the ideographic full stop (`AIS。0104`). Codes and search queries are
//! folded the same way before they are compared, so either spelling finds the same entry.

use std::borrow::Cow;

/// Maps one character to its plain ASCII equivalent where it has one.
fn fold_char(c: char) -> char {
    match c {
        // Full-width ASCII variants: U+FF01..=U+FF5E are U+0021..=U+007E shifted by 0xFEE0.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '\u{3002}' | '\u{FF61}' => '.',
        '\u{3001}' | '\u{FF64}' => ',',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2018}' | '\u{2019}' => '\'',
        _ => c,
    }
}

fn needs_folding(c: char) -> bool {
    fold_char(c) != c
}

/// Folds full-width forms and CJK punctuation to ASCII; other characters are kept.
///
/// ```
/// assert_eq!(ocr_err::normalize::fold("ＡＩＳ．０１０４"), "AIS.0104");
/// assert_eq!(ocr_err::normalize::fold("AIS。0104"), "AIS.0104");
/// assert_eq!(ocr_err::normalize::fold("图片质量"), "图片质量");
/// ```
pub fn fold(s: &str) -> Cow<'_, str> {
    if s.chars().any(needs_folding) {
        Cow::Owned(s.chars().map(fold_char).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// Folds and lower-cases (ASCII and other cased scripts alike), for comparisons that ignore case.
///
/// ```
/// assert_eq!(ocr_err::normalize::fold_lower("ＴＯＫＥＮ Expired"), "token expired");
/// ```
pub fn fold_lower(s: &str) -> String {
    // ASCII folds to itself: only its case changes.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(fold_char)
        .flat_map(char::to_lowercase)
        .collect()
}

/// A message as compared with another: folded, lower-cased, spaces collapsed, without
/// surrounding quotes or a final full stop.
///
/// ```
/// assert_eq!(ocr_err::normalize::message_key(" The  account is locked. "), "the account is locked");
/// ```
pub fn message_key(s: &str) -> String {
    let folded = fold_lower(s);
    let trimmed = folded
        .trim()
        .trim_matches(['"', '\'', '`'])
        .trim_end_matches(['.', '!', ' ']);
    let mut out = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A 64-bit summary of which characters a text holds: one bit per ASCII letter and digit, and 28
/// buckets for everything else. A text can contain a word only if its mask covers the word's, so
/// the mask rules out most texts before any searching.
///
/// ```
/// use ocr_err::normalize::char_mask;
/// let text = char_mask("the token has expired");
/// assert_eq!(char_mask("token") & !text, 0);
/// assert_ne!(char_mask("quality") & !text, 0);
/// ```
pub fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            'A'..='Z' => c as u32 - 'A' as u32,
            '0'..='9' => 26 + (c as u32 - '0' as u32),
            c if c.is_ascii() => return mask,
            c => 36 + (c as u32 % 28),
        };
        mask | (1 << bit)
    })
}

/// A 128-bit summary of which pairs of adjacent characters a text holds (each pair hashed to a
/// bit). Much more selective than [`char_mask`]: common letters are in every sentence, but a
/// word's particular pairs are not. A text can contain a word only if its pair mask covers the
/// word's.
///
/// ```
/// use ocr_err::normalize::pair_mask;
/// let text = pair_mask("the token has expired");
/// assert_eq!(pair_mask("token") & !text, 0);
/// assert_eq!(pair_mask("t") , 0, "a single character has no pairs");
/// ```
pub fn pair_mask(s: &str) -> u128 {
    let mut mask = 0;
    let mut chars = s.chars();
    let Some(mut prev) = chars.next() else {
        return 0;
    };
    for c in chars {
        let h = (prev as u32).wrapping_mul(0x9E37_79B1) ^ (c as u32).wrapping_mul(0x85EB_CA77);
        mask |= 1u128 << (h.rotate_left(7) % 128);
        prev = c;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_letters_digits_and_punctuation() {
        assert_eq!(fold("ＡＩＳ－０１０４"), "AIS-0104");
        assert_eq!(fold("ｍｏｄｅｌａｒｔｓ＿４２０４"), "modelarts_4204");
        assert_eq!(fold("（４２０４）"), "(4204)");
    }

    #[test]
    fn folds_ideographic_space_and_stops() {
        assert_eq!(fold("\u{3000}AIS。0104\u{3000}"), " AIS.0104 ");
        assert_eq!(fold("a、b"), "a,b");
    }

    #[test]
    fn leaves_plain_text_borrowed() {
        assert!(matches!(fold("AIS.0104"), Cow::Borrowed(_)));
        assert!(matches!(fold("非法Token。"), Cow::Owned(_)));
    }

    #[test]
    fn lower_cases_after_folding() {
        assert_eq!(fold_lower("ＡＩＳ"), "ais");
        assert_eq!(fold_lower("Obs文件"), "obs文件");
    }

    proptest::proptest! {
        #[test]
        fn ascii_is_lower_cased_as_every_character_is(s in "[ -~\t\n]{0,40}", tail in "[ -~ＡＩＳ。]{0,4}") {
            let by_char = |s: &str| -> String {
                s.chars().map(fold_char).flat_map(char::to_lowercase).collect()
            };
            proptest::prop_assert_eq!(fold_lower(&s), by_char(&s));
            let mixed = format!("{s}{tail}");
            proptest::prop_assert_eq!(fold_lower(&mixed), by_char(&mixed));
        }
    }
}
