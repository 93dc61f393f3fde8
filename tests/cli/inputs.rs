//! Many inputs, as grep and ripgrep take them: each finding names its file, folders are walked
//! (hidden and ignored files left out unless asked for), binary files skipped, and grep's
//! `-q`, `-c`, `--files-with-errors` and a filter by code.

use std::fmt::Write as _;
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

/// A folder of `n` logs, each with its own errors, many enough that scans on several threads
/// finish out of order: file `i` holds `50 * (n - i)` findings, the first files the longest.
fn many(name: &str, n: usize) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ocr-err-many-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        let mut text = String::new();
        for k in 0..50 * (n - i) {
            writeln!(text, "2024-05-01 INFO request {k} served").unwrap();
            writeln!(
                text,
                "{{\"error_code\":\"AIS.010{}\",\"error_msg\":\"file {i} error {k}\"}}",
                1 + (i + k) % 5
            )
            .unwrap();
        }
        std::fs::write(dir.join(format!("app.log.{i:02}")), text).unwrap();
    }
    dir
}

#[test]
fn files_scanned_side_by_side_print_as_one_thread_prints_them() {
    let dir = many("order", 9);
    let d = dir.display().to_string();
    for format in ["jsonl", "json", "plain", "table"] {
        let (c1, one, e1) = run(&["parse", "-f", format, "-j1", &d]);
        let (c4, four, e4) = run(&["parse", "-f", format, "-j4", &d]);
        assert_eq!((c1, c4), (0, 0), "{e1}{e4}");
        assert_eq!(one, four, "{format}: -j4 prints what -j1 prints");
    }
    // Each file's findings together, the files in the order of their paths.
    let (_, out, _) = run(&["parse", "-f", "jsonl", "-j3", &d]);
    let paths: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let mut runs = paths.clone();
    runs.dedup();
    assert_eq!(runs.len(), 9, "one run of findings per file");
    assert!(runs.windows(2).all(|w| w[0] < w[1]), "{runs:?}");
    assert_eq!(paths.len(), (1..=9).map(|k| 50 * k).sum::<usize>());
    // The summary is merged; counts per file too.
    let (_, s1, _) = run(&["parse", "-s", "-f", "json", "-j1", &d]);
    let (_, s3, _) = run(&["parse", "-s", "-f", "json", "-j3", &d]);
    assert_eq!(s1, s3);
    let (_, c3, _) = run(&["parse", "-c", "-j3", &d]);
    let counts: Vec<&str> = c3.lines().map(|l| l.rsplit(':').next().unwrap()).collect();
    assert_eq!(
        counts,
        ["450", "400", "350", "300", "250", "200", "150", "100", "50"]
    );
}

#[test]
fn an_output_closed_early_stops_every_scanning_thread() {
    let dir = many("closed", 6);
    let mut child = crate::common::std_cmd()
        .args(["parse", "-f", "plain", "-j3", &dir.display().to_string()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    // The process ends (no thread left waiting on a reader that is gone), quietly, as on a
    // broken pipe.
    let out = child.wait_with_output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_truncated_archive_counts_what_was_read_before_the_fault() {
    let dir = std::env::temp_dir().join(format!("ocr-err-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut text = String::new();
    for i in 0..20_000 {
        writeln!(text, "2024-05-01 INFO line {i} fine").unwrap();
        if i % 100 == 0 {
            text.push_str("{\"error_code\":\"AIS.0101\",\"error_msg\":\"x\"}\n");
        }
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text.as_bytes()).unwrap();
    let whole = gz.finish().unwrap();
    let cut = dir.join("app.log.1.gz");
    std::fs::write(&cut, &whole[..whole.len() / 2]).unwrap();
    let (code, out, err) = run(&["parse", "-s", "-f", "json", &cut.display().to_string()]);
    assert_eq!(code, 2, "unreadable input");
    let err_lines: Vec<&str> = err.lines().collect();
    assert_eq!(err_lines.len(), 1, "{err}");
    assert!(
        err_lines[0].contains("app.log.1.gz") && err_lines[0].contains("truncated"),
        "{err}"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    let (lines, bytes, total) = (
        v["lines"].as_u64().unwrap(),
        v["bytes"].as_u64().unwrap(),
        v["total"].as_u64().unwrap(),
    );
    // About half the text was read and counted, not nothing.
    assert!(lines > 2_000 && lines < 20_200, "{out}");
    assert!(bytes > 0 && bytes < text.len() as u64, "{out}");
    assert!(total > 10 && total < 200, "{out}");
    let (_, table, _) = run(&["parse", "-s", "--lang", "en", &cut.display().to_string()]);
    assert!(
        table.contains(&format!("{lines} lines, {bytes} bytes read")),
        "{table}"
    );
}

#[test]
fn inputs_that_lie_about_their_encoding_are_still_read() {
    let dir = std::env::temp_dir().join(format!("ocr-err-lying-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let body = "{\"error_code\":\"AIS.0104\",\"error_msg\":\"The image is not supported.\"}\r\n";
    // A UTF-16 byte-order mark before UTF-8 text (one tool's mark, another tool's text).
    let mut marked = vec![0xFF, 0xFE];
    marked.extend_from_slice(format!("2024-05-01 12:00:00 ERROR {body}").as_bytes());
    std::fs::write(dir.join("marked.log"), &marked).unwrap();
    // UTF-16 without a mark, as some Windows tools write it; a folder would skip it as binary
    // if it were read as bytes.
    let unmarked: Vec<u8> = format!("2024-05-01 12:00:00 ERROR {body}")
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("unmarked.log"), &unmarked).unwrap();
    let (code, out, err) = run(&["parse", "-f", "jsonl", &dir.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    let found: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(found.len(), 2, "{out}");
    for (f, file) in found.iter().zip(["/marked.log", "/unmarked.log"]) {
        assert_eq!(f["code"], "AIS.0104", "{out}");
        assert_eq!(f["message"], "The image is not supported.", "{out}");
        assert!(f["path"].as_str().unwrap().ends_with(file), "{out}");
    }
}

#[test]
fn a_paste_without_its_last_newline_is_read_as_one_event() {
    // Node's `console.log(err)` pasted without the newline after its closing brace: the stack
    // and the object are one error, however the paste arrives.
    let paste = "ClientRequestException: The input parameter is invalid.\n    at ExceptionUtil.generalException (/app/node_modules/@huaweicloud/huaweicloud-sdk-core/exception/ExceptionUtil.js:38:24)\n    at HcClient.sendRequest (/app/node_modules/@huaweicloud/huaweicloud-sdk-core/HcClient.js:68:49)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async main (/app/index.js:17:5) {\n  httpStatusCode: 400,\n  errorMsg: 'The input parameter is invalid.',\n  errorCode: 'AIS.0101',\n  requestId: 'd5f784d3b58d18bbf23ec9ec1a89fdf5',\n  encodedAuthorizationMessage: undefined\n}";
    let (code, found) = crate::common::parse_json(paste);
    assert_eq!(code, 0);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["code"], "AIS.0101");
    assert_eq!(found[0]["http_status"], 400);
    assert_eq!(found[0]["request_id"], "d5f784d3b58d18bbf23ec9ec1a89fdf5");
}
