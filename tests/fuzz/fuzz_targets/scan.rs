//! Arbitrary bytes through the scanner: it must not panic, and every finding it reports must
//! have a code and a line within the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The scanner, made ready once: building its searchers costs more than scanning a short input.
static SCANNER: std::sync::OnceLock<ocr_err::scan::Prepared> = std::sync::OnceLock::new();

fn scanner() -> &'static ocr_err::scan::Prepared {
    // As `parse` runs it: told the success codes, the known prefixes, the SDK exceptions, the
    // messages without a code and what shows a Huawei Cloud call, and decoding first.
    SCANNER.get_or_init(|| ocr_err::scan::Prepared::new(ocr_err::scan::Options {
        detail: true,
        extra: true,
        success: ocr_err::catalog::success_codes(),
        prefixes: ocr_err::catalog::prefixes(),
        exceptions: ocr_err::catalog::exception_names(),
        messages: ocr_err::catalog::code_less_messages(),
        evidence: ocr_err::catalog::evidence_needles(),
        own_exceptions: ocr_err::catalog::own_exceptions(),
    }))
}

fuzz_target!(|data: &[u8]| {
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let mut count = 0usize;
    let input = ocr_err::input::Decoded::new(
        std::io::Cursor::new(data.to_vec()),
        ocr_err::input::TextEncoding::Auto,
    )
    .expect("reading from memory cannot fail");
    let stats = scanner().scan_with(input, &mut |f| {
        assert!(!f.code.is_empty());
        assert!(f.line >= 1 && f.line <= lines, "line {} of {lines}", f.line);
        // Explaining what was found must not panic either.
        let _ = ocr_err::catalog::resolve(&f.code, f.message.as_deref(), f.http_status);
        count += 1;
        Ok::<(), ()>(())
    })
    .expect("reading from memory cannot fail");
    // Decoded text (UTF-16, GB18030) is counted as read after decoding: a byte-order mark alone
    // is no text.
    let bom_only = matches!(data, [0xFF, 0xFE] | [0xFE, 0xFF] | [0xEF, 0xBB, 0xBF]);
    assert!(stats.bytes > 0 || data.is_empty() || bom_only);
});
