//! The reader's one pass over its input: for each 64 bytes, bit masks of the newlines, the
//! braces and the letter-dot-digit spots (`S.0` in `AIS.0104`, where every error code has one).
//!
//! Computed 16 bytes at a time with SIMD through `wide` (SSE2 on x86-64, NEON on 64-bit Arm, plain
//! code elsewhere; no `unsafe` here), so a log's dense dots (timestamps, IP addresses,
//! `HTTP/1.1`) cost nothing each: only the marks that matter are visited, bit by bit.

use wide::u8x16;

/// What one block of 64 bytes holds; bit `i` stands for the block's byte `i`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Marks {
    pub(super) newline: u64,
    pub(super) open: u64,
    pub(super) close: u64,
    /// Dots between an ASCII letter and an ASCII digit.
    pub(super) spot: u64,
}

/// The width of a block.
pub(super) const BLOCK: usize = 64;

/// The marks of the block of `bytes` starting at `at` (shorter at the end of `bytes`: the bytes
/// past the end count as nothing). The bytes just before and after the block are looked at, so
/// a spot across the block's edge is seen.
pub(super) fn block(bytes: &[u8], at: usize) -> Marks {
    // Inside the run, the three overlapping windows are read in place; at its edges, from a
    // copy padded with zeros.
    if let Some(window) = at
        .checked_sub(1)
        .and_then(|from| bytes.get(from..=at + BLOCK))
    {
        return marks(window.try_into().expect("66 bytes"));
    }
    let mut padded = [0u8; BLOCK + 2];
    let from = at.saturating_sub(1);
    let to = bytes.len().min(at + BLOCK + 1);
    let offset = 1 - (at - from);
    padded[offset..offset + (to - from)].copy_from_slice(&bytes[from..to]);
    marks(&padded)
}

/// The marks of `window[1..65]`.
#[inline]
fn marks(window: &[u8; BLOCK + 2]) -> Marks {
    let mut out = Marks::default();
    for lane in 0..BLOCK / 16 {
        let load = |offset: usize| {
            let start = lane * 16 + offset;
            u8x16::new(window[start..start + 16].try_into().expect("16 bytes"))
        };
        let (before, here, after) = (load(0), load(1), load(2));
        let is = |b: u8| here.simd_eq(u8x16::splat(b));
        // `b - low <= span` as unsigned bytes: no byte outside the range passes.
        let within = |v: u8x16, low: u8, span: u8| {
            (v - u8x16::splat(low))
                .saturating_sub(u8x16::splat(span))
                .simd_eq(u8x16::ZERO)
        };
        let letter = within(before | u8x16::splat(0x20), b'a', 25);
        let digit = within(after, b'0', 9);
        let shift = lane * 16;
        out.newline |= u64::from(is(b'\n').to_bitmask()) << shift;
        out.open |= u64::from(is(b'{').to_bitmask()) << shift;
        out.close |= u64::from(is(b'}').to_bitmask()) << shift;
        out.spot |= u64::from((is(b'.') & letter & digit).to_bitmask()) << shift;
    }
    out
}

/// Where either of two bytes stands in `text`, in order: `memchr2_iter`'s answer, found 64
/// bytes at a time with SIMD. For the short texts of a unit (a line, a block of a few lines), a
/// search call per position costs more than one pass making a mask.
pub(super) fn positions2(text: &[u8], a: u8, b: u8) -> Positions2<'_> {
    Positions2 {
        text,
        a,
        b,
        next_block: 0,
        base: 0,
        mask: 0,
    }
}

/// The iterator [`positions2`] returns.
pub(super) struct Positions2<'a> {
    text: &'a [u8],
    a: u8,
    b: u8,
    /// Where the next block to classify starts.
    next_block: usize,
    /// Where the block of `mask` starts.
    base: usize,
    /// The block's positions not yet returned.
    mask: u64,
}

impl Iterator for Positions2<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            if self.next_block >= self.text.len() {
                return None;
            }
            let at = self.next_block;
            let mask = if let Some(block) = self.text.get(at..at + BLOCK) {
                either(block, self.a, self.b)
            } else {
                // The end of the text, padded with copies of a byte matching neither.
                let filler = (0..=u8::MAX).find(|&f| f != self.a && f != self.b);
                let mut padded = [filler.unwrap_or(0); BLOCK];
                let rest = &self.text[at..];
                padded[..rest.len()].copy_from_slice(rest);
                either(&padded, self.a, self.b)
            };
            (self.base, self.mask, self.next_block) = (at, mask, at + BLOCK);
        }
        let i = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + i)
    }
}

/// The bits of the bytes of a 64-byte block that are `a` or `b`.
#[inline]
fn either(block: &[u8], a: u8, b: u8) -> u64 {
    let (a, b) = (u8x16::splat(a), u8x16::splat(b));
    let mut mask = 0;
    for lane in 0..BLOCK / 16 {
        let start = lane * 16;
        let here = u8x16::new(block[start..start + 16].try_into().expect("16 bytes"));
        let hit = here.simd_eq(a) | here.simd_eq(b);
        mask |= u64::from(hit.to_bitmask()) << start;
    }
    mask
}

/// The bits from `from` up to, not including, `to` (both at most 64).
pub(super) fn bits(from: u32, to: u32) -> u64 {
    let upto = |n: u32| if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
    upto(to) & !upto(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The marks of the block at `at`, byte by byte.
    fn plain(bytes: &[u8], at: usize) -> Marks {
        let mut m = Marks::default();
        for i in 0..BLOCK.min(bytes.len().saturating_sub(at)) {
            let p = at + i;
            let bit = 1u64 << i;
            match bytes[p] {
                b'\n' => m.newline |= bit,
                b'{' => m.open |= bit,
                b'}' => m.close |= bit,
                b'.' if p > 0
                    && bytes[p - 1].is_ascii_alphabetic()
                    && bytes.get(p + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    m.spot |= bit;
                }
                _ => {}
            }
        }
        m
    }

    proptest! {
        #[test]
        fn simd_marks_are_the_marks_byte_by_byte(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "AIS.0104", ".", "a", "Z", "@", "[", "`", "{", "9", "0", "/", ":", "\n", "{", "}",
                "10.0.0.1", "é", "\u{ff21}", "\r\n", " ",
            ]), 0..80)
        ) {
            let text = parts.concat();
            let bytes = text.as_bytes();
            for at in (0..bytes.len()).step_by(BLOCK) {
                prop_assert_eq!(block(bytes, at), plain(bytes, at), "{:?} at {}", text, at);
            }
        }
    }

    proptest! {
        #[test]
        fn positions_of_two_bytes_are_memchr2s(
            text in proptest::collection::vec(proptest::sample::select(b":=a \n\0\xff".to_vec()), 0..200),
            a in proptest::sample::select(b":\0\xff".to_vec()),
        ) {
            let found: Vec<usize> = positions2(&text, a, b'=').collect();
            prop_assert_eq!(found, memchr::memchr2_iter(a, b'=', &text).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_spot_across_a_block_edge_is_seen() {
        // The letter ends one block, the dot and digit start the next; and the other way round.
        let mut text = vec![b' '; 63];
        text.extend_from_slice(b"S.0 ");
        text.resize(127, b' ');
        text.extend_from_slice(b"S.0");
        assert_eq!(block(&text, 0).spot, 0);
        assert_eq!(block(&text, 64).spot, 1);
        assert_eq!(block(&text, 128).spot, 1);
    }

    #[test]
    fn bits_cover_the_range() {
        assert_eq!(bits(0, 64), u64::MAX);
        assert_eq!(bits(3, 5), 0b11000);
        assert_eq!(bits(64, 64), 0);
    }
}
