//! Arbitrary text as a code to look up and as a search query: no panic, and nothing the program
//! would print from it keeps a raw control character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = ocr_err::catalog::lookup(&text);
    let hits = ocr_err::search::search(&text, &ocr_err::search::Options { limit: 5, module: None, weak: false }).into_hits();
    assert!(hits.len() <= 5);
    let shown = ocr_err::render::escape::one_line(&text);
    assert!(!shown.chars().any(|c| c.is_control()));
});
