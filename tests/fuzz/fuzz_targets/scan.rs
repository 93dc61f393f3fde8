//! Arbitrary bytes through the scanner: it must not panic, and every finding it reports must
//! have a code and a line within the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lines = data.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let mut count = 0usize;
    let stats = ocr_err::scan::scan(std::io::Cursor::new(data.to_vec()), &mut |f| {
        assert!(!f.code.is_empty());
        assert!(f.line >= 1 && f.line <= lines, "line {} of {lines}", f.line);
        // Explaining what was found must not panic either.
        let _ = ocr_err::catalog::resolve(&f.code, f.message.as_deref(), f.http_status);
        count += 1;
        Ok(())
    })
    .expect("reading from memory cannot fail");
    assert_eq!(stats.bytes, data.len() as u64);
});
