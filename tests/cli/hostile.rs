//! Hostile and broken input, through the real binary: nothing panics or hangs, memory stays
//! bounded, nothing from the input reaches the terminal raw, a closed stdout ends quietly, and
//! unreadable inputs are one clear line with exit 2.
//!
//! The timeouts here only stop a hang from stalling the suite; they are generous and measure
//! nothing.

use std::io::{Read, Write};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{has_raw_control, missing, run, skip, spawn_fed};
use serde_json::Value;

/// The most a run here may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(120);

/// The peak resident memory of a running process, in KiB (Linux).
fn peak_kib(child: &Child) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Asserts the peak memory seen stayed under 64 MiB. Without `/proc` (not Linux, or not
/// mounted) nothing was measured: the check says it skipped rather than passing on a reading of 0.
fn assert_memory_bounded(peak: u64) {
    if peak == 0 {
        let readable =
            std::fs::read_to_string("/proc/self/status").is_ok_and(|s| s.contains("VmHWM:"));
        assert!(!readable, "/proc is readable, yet no peak memory was read");
        skip("no /proc/PID/status to read the peak memory from");
        return;
    }
    assert!(peak < 64 << 10, "peak memory {peak} KiB");
}

/// Feeds `parse ARGS` its input from a producer writing to stdin; returns (exit code, stdout,
/// stderr, peak memory in KiB as last seen while it ran).
fn parse_streamed(
    args: &[&str],
    produce: impl FnOnce(&mut dyn Write) + Send + 'static,
) -> (i32, Vec<u8>, String, u64) {
    let mut all = vec!["parse"];
    all.extend_from_slice(args);
    let (mut child, writer) = spawn_fed(&all, produce);
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).unwrap();
        out
    });
    let mut stderr = child.stderr.take().unwrap();
    let err_reader = std::thread::spawn(move || {
        let mut err = String::new();
        let _ = stderr.read_to_string(&mut err);
        err
    });
    let started = Instant::now();
    let mut peak = 0;
    let code = loop {
        if let Some(kib) = peak_kib(&child) {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status.code().expect("exited, not killed by a signal");
        }
        if started.elapsed() > HANG {
            child.kill().unwrap();
            panic!("parse {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    writer.join().unwrap();
    (
        code,
        reader.join().unwrap(),
        err_reader.join().unwrap(),
        peak,
    )
}

fn parse_bytes(input: Vec<u8>, args: &[&str]) -> (i32, String, String) {
    let (code, out, err, _) = parse_streamed(args, move |w| {
        let _ = w.write_all(&input);
    });
    (code, String::from_utf8(out).expect("output is UTF-8"), err)
}

/// Deterministic pseudo-random bytes (xorshift).
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

const BODY: &str = r#"{"error_code":"AIS.0104","error_msg":"The image is not supported or the image quality is poor."}"#;

#[test]
fn empty_input_finds_nothing() {
    let (code, out, err) = parse_bytes(Vec::new(), &[]);
    assert_eq!((code, out.as_str(), err.as_str()), (1, "", ""));
    let (_, json, _) = parse_bytes(Vec::new(), &["-f", "json"]);
    assert_eq!(json.trim(), "[]");
}

#[test]
fn megabytes_of_random_bytes() {
    for seed in [1, 2, 3] {
        let (code, out, err) = parse_bytes(noise(4 << 20, seed), &["-f", "plain"]);
        assert!(code == 0 || code == 1, "seed {seed}: exit {code}: {err}");
        assert!(
            !has_raw_control(&out.replace('\t', " ")),
            "seed {seed}: raw control character in output"
        );
    }
}

#[test]
fn invalid_utf8_around_a_body_still_finds_it() {
    let mut input = noise(10_000, 9);
    input.extend_from_slice(b"\n\xff\xfe ");
    input.extend_from_slice(BODY.as_bytes());
    input.extend_from_slice(b" \xc0\xaf\n");
    input.extend(noise(10_000, 10));
    let (_, out, _) = parse_bytes(input, &["-f", "plain"]);
    assert!(out.lines().any(|l| l.contains("\tAIS.0104\t")), "{out}");
}

#[test]
fn a_64_mib_line_without_newline_keeps_memory_bounded() {
    // A body every 10 MiB, so windows are scanned and their reports found exactly once.
    let (code, out, err, peak) = parse_streamed(&["-f", "plain"], |w| {
        let filler = vec![b'x'; 1 << 20];
        for mib in 0..64 {
            if mib % 10 == 5 {
                let _ = w.write_all(BODY.as_bytes());
            }
            if w.write_all(&filler).is_err() {
                return;
            }
        }
    });
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        String::from_utf8(out).unwrap().lines().count(),
        6,
        "each body once"
    );
    assert_memory_bounded(peak);
}

#[test]
fn overlong_lines_dense_with_reports_keep_memory_bounded() {
    // Reports without a status are held for the next line, which may state one: a line of a
    // hundred thousand of them must not all be held.
    let line = format!("{}\n", r#"{"error_code":"AIS.0101"},"#.repeat(100_000));
    let (code, out, err, peak) = parse_streamed(&["--summary", "-f", "json"], move |w| {
        for _ in 0..30 {
            if w.write_all(line.as_bytes()).is_err() {
                return;
            }
        }
    });
    assert_eq!(code, 0, "{err}");
    let summary: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(summary["total"], 3_000_000);
    assert_memory_bounded(peak);
}

#[test]
fn two_hundred_megabytes_without_newlines_stay_under_64_mib() {
    let (code, _, err, peak) = parse_streamed(&["--summary", "-f", "json"], |w| {
        let chunk = br#"{"a":{"b":[1,2,{"c":"d.e"}]},"#.repeat(1 << 15);
        let mut written = 0;
        while written < 200_000_000 {
            if w.write_all(&chunk).is_err() {
                return;
            }
            written += chunk.len();
        }
    });
    assert!(code == 0 || code == 1, "{err}");
    assert_memory_bounded(peak);
}

#[test]
fn deep_nesting_and_repeated_openers_are_linear() {
    // 100 000 levels of nesting on one line, then many lines of it.
    let deep = "{\"a\":".repeat(100_000);
    let (code, _, err) = parse_bytes(format!("{deep}\n{deep}\n").into_bytes(), &[]);
    assert_eq!(code, 1, "{err}");
    // Megabytes of `{"a":`, on one line and one per line: no quadratic re-reading.
    let (code, _, _) = parse_bytes("{\"a\":".repeat(2 << 20).into_bytes(), &[]);
    assert_eq!(code, 1);
    let (code, _, _) = parse_bytes("{\"a\":\n".repeat(500_000).into_bytes(), &[]);
    assert_eq!(code, 1);
}

#[test]
fn an_error_body_inside_hundreds_of_levels_is_found() {
    let input = format!("{}{BODY}{}\n", "{\"a\":[".repeat(300), "]}".repeat(300));
    let (code, out, _) = parse_bytes(input.into_bytes(), &["-f", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["code"], "AIS.0104");
}

/// Text meant to take over a terminal: a title change, a screen clear, a cursor move, the C1
/// control sequence introducer, and bidi overrides.
const NASTY: &str =
    "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[10;10H\u{9b}31m\u{202e}evil\u{2066}x\u{200f}\u{7f}";

#[test]
fn escapes_in_received_text_never_reach_the_terminal_raw() {
    let message = serde_json::to_string(&format!("bad {NASTY} image")).unwrap();
    let input = format!(
        "HTTP/1.1 400 Bad Request\nX-Request-Id: {NASTY}abc\n\n{{\"error_code\":\"AIS.0104\",\"error_msg\":{message}}}\n{{\"error_code\":\"XYZ.0001\",\"error_msg\":{message}}}\n"
    );
    for format in ["table", "plain"] {
        let (_, out, err) = parse_bytes(
            input.clone().into_bytes(),
            &["-f", format, "--color", "never"],
        );
        assert!(
            out.contains("AIS.0104") && out.contains("XYZ.0001"),
            "{format}: {out}"
        );
        assert!(
            !has_raw_control(&out.replace('\t', " ")),
            "{format}: raw control characters: {out:?}"
        );
        assert!(
            out.contains("\\x1b") && out.contains("\\u{202e}"),
            "shown as visible escapes: {out}"
        );
        assert!(!has_raw_control(&err));
    }
    let (_, out, _) = parse_bytes(input.into_bytes(), &["-f", "json"]);
    let v: Value = serde_json::from_str(&out).expect("JSON stays valid");
    assert!(
        v[0]["message"].as_str().unwrap().contains('\u{1b}'),
        "JSON carries the text exactly"
    );
    assert!(!out.contains('\u{1b}'), "escaped by JSON");
}

#[test]
fn colour_is_the_only_escape_written() {
    let input = format!(
        "{{\"error_code\":\"AIS.0104\",\"error_msg\":{}}}\n",
        serde_json::to_string(NASTY).unwrap()
    );
    let (_, out, _) = parse_bytes(input.into_bytes(), &["--color", "always"]);
    // Every escape in the output starts an SGR colour sequence (ESC [ … m).
    for (i, _) in out.match_indices('\u{1b}') {
        let rest = &out[i + 1..];
        let sgr = rest.starts_with('[')
            && rest[1..]
                .find('m')
                .is_some_and(|m| rest[1..=m].bytes().all(|b| b.is_ascii_digit() || b == b';'));
        assert!(
            sgr,
            "a non-colour escape at {i}: {:?}",
            &out[i..(i + 12).min(out.len())]
        );
    }
}

#[test]
fn escapes_in_arguments_never_reach_the_terminal_raw() {
    for args in [
        &["explain", NASTY][..],
        &["explain", &format!("AIS.{NASTY}")],
        &["search", NASTY],
        &["search", &format!("token {NASTY}")],
        &["explain", "--format", NASTY, "AIS.0101"],
        &[NASTY],
        &["explain", "--lang", NASTY, "AIS.0101"],
    ] {
        let (_, out, err) = run(args);
        assert!(
            !has_raw_control(&out) && !has_raw_control(&err),
            "{args:?}:\n{out:?}\n{err:?}"
        );
    }
}

#[test]
fn a_closed_stdout_ends_every_subcommand_quietly() {
    let mut many = vec!["explain"];
    many.extend(std::iter::repeat_n("0101", 300));
    let cases: Vec<Vec<&str>> = vec![
        many,
        vec!["search", "-n", "100", "token"],
        vec!["list"],
        vec!["list", "-f", "json"],
        vec!["completions", "bash"],
        vec!["manpage"],
        vec!["--help"],
        vec!["parse", "-f", "json"],
        vec!["parse", "-f", "jsonl"],
        vec!["parse"],
    ];
    for args in cases {
        let (mut child, feeder) = spawn_fed(&args, |w| {
            let body = format!("{BODY}\n").repeat(2000);
            let _ = w.write_all(body.as_bytes());
        });
        // Read one byte, then close the pipe: `| head -c1`.
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let out = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn unreadable_inputs_are_one_line_and_exit_2() {
    for (path, reason) in [
        ("/no/such/file", "No such file"),
        ("/proc/self/mem", "error"),
    ] {
        let (code, out, err) = run(&["parse", path]);
        assert_eq!(code, 2, "{path}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{path}: {err}");
        assert!(
            err.contains(path) && err.to_lowercase().contains(&reason.to_lowercase()),
            "{path}: {err}"
        );
    }
}

#[test]
fn a_terminal_on_stdin_gets_a_hint() {
    if missing("script") {
        return;
    }
    // `script` gives the command a real pseudo-terminal on its standard input.
    let bin = assert_cmd::cargo::cargo_bin("ocr-err");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} parse; echo \"exit=$?\"", bin.display()),
            "/dev/null",
        ])
        .stdin(Stdio::null())
        .output()
        .expect("script (util-linux) runs the command in a pseudo-terminal");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("exit=2"), "{text}");
    assert!(text.contains("pipe something in"), "{text}");
}

#[test]
fn a_line_full_of_codes_counts_each_once_and_stays_linear() {
    // 3.6 MB on one line: several overlapping windows, 400 000 bare codes.
    let (code, out, err) = parse_bytes(
        "AIS.0104 ".repeat(400_000).into_bytes(),
        &["--summary", "-f", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 400_000);
    assert_eq!(v["codes"][0]["count"], 400_000);
}

#[test]
fn failures_without_a_code_repeated_on_one_line_stay_linear() {
    // Each name or phrase is read around where it stands: a qualifier before a name once was
    // read back to the line's start, for every name (minutes for these 8 MiB).
    for (unit, times) in [
        ("ReadTimeout.", 700_000),
        ("x.ClientRequestException: ", 320_000),
        ("FeignException$", 560_000),
        ("Response{protocol=", 460_000),
        ("400 Client Error: ", 460_000),
        ("HTTP request failed! HTTP/", 320_000),
    ] {
        let (code, _, err) = parse_bytes(unit.repeat(times).into_bytes(), &["--summary"]);
        assert!(code <= 1, "{unit}: {code} {err}");
    }
}

#[test]
fn many_keys_on_one_line_stay_linear() {
    // Each of these once made every key re-read the rest of the line or the whole object.
    let (code, _, _) = parse_bytes("errorMsg=x ".repeat(400_000).into_bytes(), &[]);
    assert_eq!(code, 1);
    let (code, _, _) = parse_bytes("code=".repeat(800_000).into_bytes(), &[]);
    assert_eq!(code, 1);
    let object = format!(
        "{{{}\"x\":1}}",
        "\"error_code\":\"AIS.0101\",".repeat(100_000)
    );
    let (code, out, _) = parse_bytes(object.into_bytes(), &["--summary", "-f", "json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total"], 100_000);
    let (code, out, _) = parse_bytes(
        format!(
            "{{{}\"x\":1}}",
            "\"error_code\":\"AIS.0101\",".repeat(20_000)
        )
        .into_bytes(),
        &["-f", "plain"],
    );
    assert_eq!((code, out.lines().count()), (0, 20_000));
}

#[test]
fn a_full_disk_stops_the_run_with_one_line() {
    // Both inputs are readable; the output is not. One line, naming the output, and exit 2.
    let fixture = |n: &str| format!("{}/tests/fixtures/parse/{n}", env!("CARGO_MANIFEST_DIR"));
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = crate::common::std_cmd()
        .args(["parse", &fixture("app-log.txt"), &fixture("app-log.txt")])
        .stdout(full)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("cannot write output") && !err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn help_to_a_full_disk_or_a_closed_stdout_is_an_error() {
    let bin = assert_cmd::cargo::cargo_bin("ocr-err");
    for line in [
        format!("{} --help > /dev/full", bin.display()),
        format!("{} explain AIS.0104 >&-", bin.display()),
        format!("{} list >&-", bin.display()),
    ] {
        let out = std::process::Command::new("sh")
            .args(["-c", &line])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{line}: {err}");
        assert!(
            err.starts_with("ocr-err: error: cannot write output"),
            "{line}: {err}"
        );
    }
    // Sent to /dev/null on purpose, it is not an error.
    let out = std::process::Command::new("sh")
        .args([
            "-c",
            &format!("{} explain AIS.0104 > /dev/null", bin.display()),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn plain_output_tells_a_backslash_from_an_escape() {
    let input = r#"{"error_code":"AIS.0101","error_msg":"a\\nb then c\nd"}"#;
    let (_, out, _) = parse_bytes(input.as_bytes().to_vec(), &["-f", "plain"]);
    assert!(out.contains("a\\\\nb then c\\nd"), "{out}");
}

#[test]
fn received_fields_named_en_and_zh_are_kept_in_one_language_json() {
    let input = r#"{"error_code":"AIS.0101","error_msg":"x","en":"english","zh":"中文"}"#;
    for lang in ["en", "zh"] {
        let (_, out, _) = parse_bytes(input.as_bytes().to_vec(), &["-f", "json", "--lang", lang]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["extra"]["en"], "english", "{lang}: {out}");
        assert_eq!(v[0]["extra"]["zh"], "中文", "{lang}: {out}");
        // The catalog's own text is still in one language.
        let other = if lang == "en" { "zh" } else { "en" };
        assert!(v[0]["description"].get(other).is_none(), "{lang}: {out}");
    }
}

#[test]
fn a_closed_output_ends_parse_while_its_input_is_still_open() {
    use std::io::BufRead;
    // `tail -f app.log | ocr-err parse -f jsonl | head -1`: once the reader of the output is
    // gone, the next finding's write fails and parse ends, though the log stays open.
    let (mut child, mut stdin, mut stdout) = crate::common::spawn_live(&["parse", "-f", "jsonl"]);
    let line = b"{\"error_code\":\"AIS.0104\"}\n";
    stdin.write_all(line).unwrap();
    stdin.flush().unwrap();
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains("AIS.0104"), "{first}");
    drop(stdout);
    // The log goes on: a line now and then, until parse has gone (its input pipe then breaks,
    // which is no failure here).
    let started = Instant::now();
    let mut last_line = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(20) {
            break None;
        }
        if last_line.is_none_or(|at: Instant| at.elapsed() > Duration::from_millis(200)) {
            let _ = stdin.write_all(line).and_then(|()| stdin.flush());
            last_line = Some(Instant::now());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    let _ = child.kill();
    let status = status.expect("parse still ran with its output closed and its input open");
    assert!(status.success(), "{status:?}");
}

#[test]
fn failures_waiting_for_evidence_and_listings_stay_linear() {
    // Each kind of finding the gate holds, hundreds of thousands of times: failures without a
    // code and nothing to show whose they are (none reported), codes alone on their lines
    // (a listing: none reported), and the same with a Huawei Cloud host on every tenth line.
    let mut input = String::new();
    for i in 0..100_000 {
        input.push_str("requests.exceptions.ReadTimeout: HTTPSConnectionPool: Read timed out.\n");
        input.push_str(["AIS.0101\n", "AIS.0103\n"][i % 2]);
        if i % 10 == 0 {
            input.push_str("POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text\n");
        }
    }
    let (code, out, err) = parse_bytes(input.into_bytes(), &["--summary", "-f", "json"]);
    assert_eq!(code, 0, "{err}");
    let summary: Value = serde_json::from_str(&out).unwrap();
    // Every failure is within a few lines of a host line; no code alone on its line is reported.
    assert_eq!(summary["total"], 100_000, "{summary}");
    assert_eq!(summary["codes"][0]["code"], "ReadTimeout");
}

#[test]
fn json_escapes_what_a_terminal_acts_on_or_hides() {
    // A C1 control (CSI), a right-to-left override and a zero-width space, received in a message.
    let body = "{\"error_code\":\"AIS.0101\",\"error_msg\":\"a\u{9b}31mb\u{202e}c\u{200b}d 图\"}\n";
    for format in ["json", "jsonl"] {
        for lang in ["both", "en"] {
            let (code, out, _) =
                parse_bytes(body.as_bytes().to_vec(), &["-f", format, "--lang", lang]);
            assert_eq!(code, 0);
            assert!(!has_raw_control(&out), "{format} {lang}: {out}");
            assert!(
                out.contains(r"a\u009b31mb\u202ec\u200bd 图"),
                "{format} {lang}: {out}"
            );
        }
    }
    // Typed in a query, and echoed back.
    let (_, out, _) = run(&["explain", "-f", "json", "AIS.01\u{202e}04"]);
    assert!(!has_raw_control(&out), "{out}");
}
