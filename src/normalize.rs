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
    s.chars()
        .map(fold_char)
        .flat_map(char::to_lowercase)
        .collect()
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
}
