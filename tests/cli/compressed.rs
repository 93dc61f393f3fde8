//! Compressed input: gzip (one member or several), zstd (one frame or several), bzip2 and xz, as
//! files and on standard input, truncated archives, and `--no-decompress`. The archives are made
//! here, with the same crates' encoders.

use std::fmt::Write as _;
use std::io::Write;

use serde_json::Value;

use crate::common::{ocr_err, spawn_fed};

/// A log of `copies` times 200 lines, with errors on known lines and request ids that vary
/// throughout (so that it does not compress to almost nothing).
fn log_of(copies: usize) -> Vec<u8> {
    let mut text = String::new();
    let mut id: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..200 * copies {
        id = id.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        writeln!(
            text,
            "2026-11-27 10:00:{:02} INFO request {id:016x} ok",
            i % 60
        )
        .unwrap();
        if i % 50 == 7 {
            text.push_str(
                "{\"error_code\":\"AIS.0104\",\"error_msg\":\"The image is not supported or the image quality is poor.\"}\n",
            );
        }
    }
    text.push_str("HTTP/1.1 401 Unauthorized\nX-Request-Id: 5f0e\n\n{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication information: decrypt token fail\"}\n");
    text.into_bytes()
}

fn log() -> Vec<u8> {
    log_of(1)
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn bzip2(data: &[u8]) -> Vec<u8> {
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::new(1));
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn xz(data: &[u8]) -> Vec<u8> {
    let mut e =
        lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(1)).unwrap();
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// An encoder of one format.
type Encoder = fn(&[u8]) -> Vec<u8>;

/// Each format with its encoder.
const FORMATS: [(&str, Encoder); 4] =
    [("gzip", gzip), ("bzip2", bzip2), ("xz", xz), ("zstd", zstd)];

fn zstd(data: &[u8]) -> Vec<u8> {
    ruzstd::encoding::compress_to_vec(data, ruzstd::encoding::CompressionLevel::Fastest)
}

/// (line, code, HTTP status, request id) of each finding of `parse -f json` over `bytes`, given as
/// a file (or on standard input), with the exit code and standard error.
fn findings(bytes: &[u8], stdin: bool, extra: &[&str]) -> (Vec<(u64, String)>, i32, String) {
    let out = if stdin {
        let bytes = bytes.to_vec();
        let mut args = vec!["parse", "-f", "json"];
        args.extend_from_slice(extra);
        let (child, feeder) = spawn_fed(&args, move |w| {
            // The reader may stop early (a corrupt archive): a broken pipe is expected then.
            let _ignored = w.write_all(&bytes);
        });
        let out = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        out
    } else {
        let dir = std::env::temp_dir().join(format!(
            "ocr-err-compressed-{}-{}",
            std::process::id(),
            bytes.len()
        ));
        std::fs::write(&dir, bytes).unwrap();
        let out = ocr_err()
            .args(["parse", "-f", "json"])
            .args(extra)
            .arg(&dir)
            .output()
            .unwrap();
        std::fs::remove_file(&dir).unwrap();
        out
    };
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Array(Vec::new()));
    let found = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (
        found,
        out.status.code().unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn every_format_reads_as_the_text_with_its_line_numbers() {
    let plain = log();
    let (expected, code, _) = findings(&plain, false, &[]);
    assert_eq!(code, 0);
    assert_eq!(expected.len(), 5, "{expected:?}");
    for (name, compress) in FORMATS {
        let packed = compress(&plain);
        for stdin in [false, true] {
            let (found, code, err) = findings(&packed, stdin, &[]);
            assert_eq!(
                (found.as_slice(), code),
                (expected.as_slice(), 0),
                "{name}, stdin {stdin}: {err}"
            );
        }
    }
}

#[test]
fn every_member_and_frame_is_read() {
    let plain = log();
    let (one, ..) = findings(&plain, false, &[]);
    for (name, compress) in FORMATS {
        let mut twice = compress(&plain);
        twice.extend(compress(&plain));
        let (found, code, err) = findings(&twice, false, &[]);
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(found.len(), 2 * one.len(), "{name}: {found:?}");
        // Line numbers run on through the second member.
        let lines = u64::try_from(memchr::memchr_iter(b'\n', &plain).count()).unwrap();
        assert_eq!(found[one.len()].0, one[0].0 + lines, "{name}");
    }
}

#[test]
fn a_truncated_archive_reports_what_was_read_and_names_the_problem() {
    // Enough of a log that the cut falls after some errors, past what a decoder holds back.
    let plain = log_of(400);
    for (name, compress) in FORMATS {
        let packed = compress(&plain);
        let cut = &packed[..packed.len() * 2 / 3];
        for stdin in [false, true] {
            let (found, code, err) = findings(cut, stdin, &[]);
            assert_eq!(code, 2, "{name}, stdin {stdin}: {err}");
            assert_eq!(err.lines().count(), 1, "{name}: {err}");
            assert!(
                err.contains("cannot read") && err.contains(name),
                "{name}: {err}"
            );
            assert!(
                !found.is_empty() && found.len() < 4 * 400,
                "{name}, stdin {stdin}: {} found",
                found.len()
            );
        }
    }
    // Garbage after a gzip magic number.
    let (found, code, err) = findings(&[0x1f, 0x8b, 0x08, 0, 0xff, 0xff, 0xff], false, &[]);
    assert_eq!((found.len(), code), (0, 2), "{err}");
    assert!(err.contains("gzip"), "{err}");
}

#[test]
fn no_decompress_reads_the_bytes_as_they_are() {
    let (found, code, _) = findings(&gzip(&log()), false, &["--no-decompress"]);
    assert_eq!((found.len(), code), (0, 1));
}
