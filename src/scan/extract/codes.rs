//! The reader's first look at a line: its code-shaped spots (`S.0` in `AIS.0104`), and whether a
//! quoted code key may hold a code spelt without a dot.

use std::sync::OnceLock;

/// What the code-shaped spots of a text say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codes {
    /// No letter-dot-digit anywhere: no report can be in it.
    None,
    /// Only success statuses (`AIS.0000`), this many: no error can be in it.
    OnlySuccess(u64),
    /// Something that may be an error code.
    Some,
}

impl Codes {
    /// What two texts joined say.
    pub(in crate::scan) fn and(self, other: Codes) -> Codes {
        match (self, other) {
            (Codes::Some, _) | (_, Codes::Some) => Codes::Some,
            (Codes::OnlySuccess(a), Codes::OnlySuccess(b)) => Codes::OnlySuccess(a + b),
            (Codes::OnlySuccess(a), Codes::None) | (Codes::None, Codes::OnlySuccess(a)) => {
                Codes::OnlySuccess(a)
            }
            (Codes::None, Codes::None) => Codes::None,
        }
    }
}

/// Looks at every letter-dot-digit spot (`S.0` in `AIS.0104`): every code has one, and most
/// lines of a log have none, so this one SIMD search for dots decides what needs reading.
pub(in crate::scan) fn codes_in(bytes: &[u8], options: crate::scan::Options) -> Codes {
    let mut codes = Codes::None;
    let success = Success::new(options.success);
    for dot in memchr::memchr_iter(b'.', bytes) {
        codes = codes.and(spot(bytes, dot, &success));
        if codes == Codes::Some {
            break;
        }
    }
    if codes == Codes::None && memchr::memchr2(b'{', b'}', bytes).is_some() && keyed_code(bytes) {
        Codes::Some
    } else {
        codes
    }
}

/// Whether a text with braces has a quoted code key (`"error_code"`, `"errorCode"`, `"code"`):
/// its value may be a code spelt without a dot (`AIS0104`), which the dot search cannot see.
pub(in crate::scan) fn keyed_code(bytes: &[u8]) -> bool {
    static KEY: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    KEY.get_or_init(|| memchr::memmem::Finder::new(b"ode\""))
        .find(bytes)
        .is_some()
}

/// What the dot at `dot` in `line` is part of: nothing, a success status, or maybe an error code.
/// Inlined, and only its first test: it is asked of every dot of the input, and most are not
/// between a letter and a digit.
#[inline]
pub(in crate::scan) fn spot(line: &[u8], dot: usize, success: &Success) -> Codes {
    if dot == 0
        || !line[dot - 1].is_ascii_alphabetic()
        || !line.get(dot + 1).is_some_and(u8::is_ascii_digit)
    {
        return Codes::None;
    }
    code_at(line, dot, success)
}

/// The success statuses, with how far a token is read around its dot to be told from them.
#[derive(Debug, Clone, Copy)]
pub(in crate::scan) struct Success {
    codes: &'static [&'static str],
    /// The most letters before the dot and digits after it that are read: one past the longest
    /// success status (`ModelArts.4101` is told from `AIS.0000` by `tArts`).
    letters: usize,
    digits: usize,
}

impl Success {
    pub(in crate::scan) fn new(codes: &'static [&'static str]) -> Success {
        let (letters, digits) = codes.iter().fold((0, 0), |(l, d), s| {
            let dot = s.bytes().position(|b| b == b'.').unwrap_or(s.len());
            (l.max(dot), d.max(s.len() - dot))
        });
        Success {
            codes,
            letters: (letters + 1).min(21),
            digits: digits.min(9),
        }
    }

    /// Whether a code (still in bytes) reports success, in any case.
    pub(in crate::scan) fn is(&self, code: &[u8]) -> bool {
        // Compared from the end: an error code of the same length (`AIS.0101` beside
        // `AIS.0000`) differs in its last digits, so most comparisons stop at the first byte.
        self.codes.iter().any(|s| {
            s.len() == code.len()
                && s.bytes()
                    .rev()
                    .zip(code.iter().rev())
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    }
}

/// What the letter-dot-digit spot at `dot` is: a success status, or maybe an error code.
#[inline(never)]
pub(in crate::scan) fn code_at(line: &[u8], dot: usize, success: &Success) -> Codes {
    // Only a token as long as a success status can be one: the letters and digits are read no
    // further than that.
    let mut start = dot;
    while start > 0 && dot - start < success.letters && line[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    let mut end = dot + 1;
    while end < line.len() && end - dot <= success.digits && line[end].is_ascii_digit() {
        end += 1;
    }
    if success.is(&line[start..end]) {
        Codes::OnlySuccess(1)
    } else {
        Codes::Some
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_success_status_is_told_in_any_case_and_from_codes_of_its_length() {
        let success = Success::new(&["AIS.0000"]);
        assert!(success.is(b"AIS.0000"));
        assert!(success.is(b"ais.0000"));
        for other in [&b"AIS.0100"[..], b"BIS.0000", b"AIS.000", b"AIS.00000", b""] {
            assert!(!success.is(other), "{}", String::from_utf8_lossy(other));
        }
    }

    #[test]
    fn a_spot_is_read_as_far_as_a_success_status_reaches() {
        let success = Success::new(&["AIS.0000"]);
        let at = |text: &str| code_at(text.as_bytes(), text.find('.').unwrap(), &success);
        assert_eq!(at("status: AIS.0000,"), Codes::OnlySuccess(1));
        assert_eq!(at("\"Ais.0000\""), Codes::OnlySuccess(1));
        // One letter or digit more than the status has makes another token.
        assert_eq!(at("xAIS.0000"), Codes::Some);
        assert_eq!(at("AIS.00001"), Codes::Some);
        assert_eq!(at("ModelArts.4101"), Codes::Some);
        assert_eq!(at("AIS.0101"), Codes::Some);
    }
}
