//! Shared helpers for the black-box tests: every run gets a controlled environment, so results
//! never depend on the caller's terminal or colour settings.

#![allow(dead_code)]

use std::io::Write as _;

use assert_cmd::Command;

/// Variables that would make a result depend on the caller's terminal, or keys.
const CLEARED: [&str; 7] = [
    "NO_COLOR",
    "CLICOLOR_FORCE",
    "FORCE_COLOR",
    "CLICOLOR",
    "TERM",
    "HUAWEICLOUD_SDK_AK",
    "HUAWEICLOUD_SDK_SK",
];

/// The binary, as a `std::process::Command` with a controlled environment (for streaming tests).
pub fn std_cmd() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("ocr-err"));
    for var in CLEARED {
        cmd.env_remove(var);
    }
    cmd.env("COLUMNS", "100");
    cmd
}

/// `ocr-err` with colour variables cleared and a fixed width.
pub fn ocr_err() -> Command {
    Command::from_std(std_cmd())
}

/// Runs `ocr-err ARGS` and returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = ocr_err().args(args).output().expect("runs");
    (
        out.status.code().expect("exited normally"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// Runs `ocr-err ARGS` with `input` on standard input and returns (exit code, stdout, stderr).
pub fn run_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let out = ocr_err()
        .args(args)
        .write_stdin(input)
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited normally"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// True if the text holds a character of the CJK ideograph block or CJK punctuation.
pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}'))
}

/// True if the text holds a raw control character other than newline and tab.
pub fn has_raw_control(s: &str) -> bool {
    s.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
}

/// Starts `ocr-err ARGS` with stdin, stdout and stderr piped.
fn spawn_piped(args: &[&str]) -> std::process::Child {
    use std::process::Stdio;
    std_cmd()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs")
}

/// Starts `ocr-err ARGS` with stdin, stdout and stderr piped, and a thread feeding stdin from
/// `produce` (the pipe closes when it returns). Join the thread after the child has exited.
pub fn spawn_fed(
    args: &[&str],
    produce: impl FnOnce(&mut dyn std::io::Write) + Send + 'static,
) -> (std::process::Child, std::thread::JoinHandle<()>) {
    let mut child = spawn_piped(args);
    let mut stdin = child.stdin.take().expect("piped");
    let feeder = std::thread::spawn(move || produce(&mut stdin));
    (child, feeder)
}

/// Starts `ocr-err ARGS` fed live by the test: its stdin to write lines into (flush each), its
/// stdout to read lines from while the input is still open.
pub fn spawn_live(
    args: &[&str],
) -> (
    std::process::Child,
    std::process::ChildStdin,
    std::io::BufReader<std::process::ChildStdout>,
) {
    let mut child = spawn_piped(args);
    let stdin = child.stdin.take().expect("piped");
    let stdout = std::io::BufReader::new(child.stdout.take().expect("piped"));
    (child, stdin, stdout)
}

/// `ocr-err parse -f json` on a text given on stdin: its exit code and its findings.
pub fn parse_json(input: &str) -> (i32, Vec<serde_json::Value>) {
    let out = ocr_err()
        .args(["parse", "-f", "json"])
        .write_stdin(input)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let findings = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (out.status.code().expect("exited normally"), findings)
}

/// The rows of `parse --summary -f json`: (code, count, HTTP status).
pub fn summary_rows(v: &serde_json::Value) -> Vec<(&str, u64, Option<u64>)> {
    v["codes"]
        .as_array()
        .expect("a summary has codes")
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap(),
                c["count"].as_u64().unwrap(),
                c["http_status"].as_u64(),
            )
        })
        .collect()
}

/// The module ids `--module` takes, in the order completion offers them.
pub const MODULES: [&str; 9] = [
    "ocr",
    "platform",
    "apig",
    "apigw",
    "iam",
    "iam-token",
    "sdk",
    "http",
    "obs",
];

/// True, after one line on stderr saying what is skipped and why, when `program` is not on
/// `PATH`: a test that needs a tool outside the Rust toolchain returns early then. With
/// `OCR_ERR_TEST_STRICT=1` (as `.ci/run` sets after installing the tools) a missing tool fails the
/// test instead, so CI still proves what the tool checks.
pub fn missing(program: &str) -> bool {
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| is_executable(&dir.join(program)))
    });
    !found && skip(&format!("{program} not installed"))
}

/// Reports a skipped check (or, when strict, fails it) and returns true. The line goes straight to
/// stderr, past the test harness's capture, so a passing run still shows what it skipped.
pub fn skip(why: &str) -> bool {
    assert!(
        std::env::var("OCR_ERR_TEST_STRICT").as_deref() != Ok("1"),
        "OCR_ERR_TEST_STRICT=1, and this test cannot run: {why}"
    );
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let _ = writeln!(std::io::stderr(), "skipped: {why} ({test})");
    true
}

fn is_executable(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
