//! Many inputs, as grep and ripgrep take them: each finding names its file, folders are walked
//! (hidden and ignored files left out unless asked for), binary files skipped, and grep's
//! `-q`, `-c`, `--files-with-errors` and a filter by code.

use std::io::Write;

use serde_json::Value;

use crate::common::{ocr_err, run};

/// A folder of logs: two with errors (one gzip-compressed, in a sub-folder), a hidden one, one a
/// `.gitignore` leaves out, and a binary file.
fn tree(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ocr-err-inputs-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::create_dir_all(dir.join(".hidden")).unwrap();
    std::fs::write(
        dir.join("a.log"),
        "{\"error_code\":\"AIS.0101\",\"error_msg\":\"x\"}\n",
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"fine\n{\"error_code\":\"APIGW.0301\",\"error_msg\":\"y\"}\n")
        .unwrap();
    std::fs::write(dir.join("sub/b.log.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(dir.join(".hidden/c.log"), "{\"error_code\":\"AIS.0103\"}\n").unwrap();
    std::fs::write(dir.join(".gitignore"), "ignored.log\n").unwrap();
    std::fs::write(dir.join("ignored.log"), "{\"error_code\":\"AIS.0104\"}\n").unwrap();
    let mut binary = b"\x7fELF\x02\x01\x01\x00\x00\x00".to_vec();
    binary.extend_from_slice(b"{\"error_code\":\"AIS.0105\"}\n");
    std::fs::write(dir.join("sub/tool"), binary).unwrap();
    dir
}

fn path(dir: &std::path::Path, rel: &str) -> String {
    dir.join(rel).display().to_string()
}

#[test]
fn a_folder_is_walked_and_each_finding_names_its_file() {
    let dir = tree("walk");
    let (code, out, err) = run(&["parse", "-f", "plain", &dir.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    let firsts: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(
        firsts,
        [
            format!("{}:1", path(&dir, "a.log")),
            format!("{}:2", path(&dir, "sub/b.log.gz"))
        ]
    );
    // Binaries found in a folder are passed over quietly.
    assert!(err.is_empty(), "{err}");
    // Hidden and ignored files on request.
    let (_, out, _) = run(&[
        "parse",
        "-c",
        "--hidden",
        "--no-ignore",
        &dir.display().to_string(),
    ]);
    for file in [
        ".hidden/c.log:1",
        "ignored.log:1",
        "a.log:1",
        "sub/b.log.gz:1",
    ] {
        assert!(
            out.lines().any(|l| l.ends_with(file)),
            "{file} missing:\n{out}"
        );
    }
}

#[test]
fn every_format_names_the_file_with_more_than_one_input() {
    let dir = tree("formats");
    let (a, b) = (path(&dir, "a.log"), path(&dir, "sub/b.log.gz"));
    for format in ["json", "jsonl"] {
        let out = ocr_err()
            .args(["parse", "-f", format, &a, "-", &b])
            .write_stdin("{\"error_code\":\"APIG.0308\"}\n")
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let records: Vec<Value> = if format == "json" {
            serde_json::from_str(&text).unwrap()
        } else {
            text.lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect()
        };
        let paths: Vec<&Value> = records.iter().map(|r| &r["path"]).collect();
        assert_eq!(
            paths,
            [
                &Value::from(a.as_str()),
                &Value::Null,
                &Value::from(b.as_str())
            ],
            "{format}"
        );
        // The path comes first, the rest as with one input.
        assert!(
            text.contains("{\"path\":") || text.contains("\"path\": "),
            "{text}"
        );
    }
    let (_, table, _) = run(&["parse", "--lang", "en", &a, &b]);
    assert!(table.contains(&format!("{a} · line 1")), "{table}");
    // One file names nothing, unless asked; several name nothing when asked not to.
    let (_, one, _) = run(&["parse", "-f", "plain", &a]);
    assert!(one.starts_with("1\t"), "{one}");
    let (_, asked, _) = run(&["parse", "-f", "plain", "-H", &a]);
    assert!(asked.starts_with(&format!("{a}:1\t")), "{asked}");
    let (_, json, _) = run(&["parse", "-f", "json", &a]);
    assert!(!json.contains("\"path\""), "{json}");
    let (_, not, _) = run(&["parse", "-f", "plain", "--no-filename", &a, &b]);
    assert!(not.lines().all(|l| !l.contains(".log")), "{not}");
}

#[test]
fn a_named_binary_file_is_skipped_with_a_note() {
    let dir = tree("binary");
    let (code, out, err) = run(&["parse", &path(&dir, "sub/tool")]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("skipped") && err.contains("binary"), "{err}");
}

#[test]
fn grep_s_quiet_count_files_with_errors_and_a_filter_by_code() {
    let dir = tree("grep");
    let root = dir.display().to_string();
    let (code, out, _) = run(&["parse", "-q", &root]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, _, _) = run(&["parse", "-q", &path(&dir, ".gitignore")]);
    assert_eq!(code, 1);
    // Every file read, those without an error too (`.gitignore` is hidden, the binary skipped).
    std::fs::write(dir.join("quiet.log"), "all good\n").unwrap();
    let (_, counts, _) = run(&["parse", "-c", &root]);
    assert_eq!(
        counts,
        format!(
            "{}:1\n{}:0\n{}:1\n",
            path(&dir, "a.log"),
            path(&dir, "quiet.log"),
            path(&dir, "sub/b.log.gz")
        )
    );
    let (_, files, _) = run(&["parse", "--files-with-errors", &root]);
    assert_eq!(
        files,
        format!("{}\n{}\n", path(&dir, "a.log"), path(&dir, "sub/b.log.gz"))
    );
    let (code, only, _) = run(&["parse", "-f", "plain", "--code", "apigw.*", &root]);
    assert_eq!(code, 0);
    assert_eq!(only.lines().count(), 1, "{only}");
    assert!(only.contains("\tAPIGW.0301\t"), "{only}");
    let (code, _, _) = run(&["parse", "--code", "HTTP 4??", &root]);
    assert_eq!(code, 1, "no finding of that code: as grep, 1");
}
