//! Behaviour in a real terminal, through `script` (util-linux), which gives the command a
//! pseudo-terminal: the width of the screen when stdout is a pipe, and the pager.

use std::process::{Command, Stdio};

use crate::common::missing;

/// Runs a shell command line in a pseudo-terminal of `cols` × `rows` and returns what it printed.
fn in_terminal(cols: u16, rows: u16, line: &str, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new("script");
    cmd.args([
        "-qec",
        &format!("stty cols {cols} rows {rows}; {line}"),
        "/dev/null",
    ])
    .stdin(Stdio::null())
    .env_remove("COLUMNS")
    .env_remove("NO_COLOR")
    .env_remove("PAGER")
    .env_remove("OCR_ERR_PAGER")
    .env("TERM", "dumb");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd
        .output()
        .expect("script (util-linux) runs the command in a pseudo-terminal");
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

fn bin() -> String {
    assert_cmd::cargo::cargo_bin("ocr-err")
        .display()
        .to_string()
}

#[test]
fn piped_output_fits_the_screen_of_the_terminal() {
    if missing("script") {
        return;
    }
    // `| cat` as `| less` or `| head` would: stdout is a pipe, stderr is the terminal.
    let out = in_terminal(70, 50, &format!("{} explain APIG.0301 | cat", bin()), &[]);
    let table: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(['╭', '│', '├', '╰']))
        .collect();
    assert!(table.len() > 20, "{out}");
    for line in &table {
        assert!(
            unicode_width::UnicodeWidthStr::width(*line) == 70,
            "a table line not 70 wide: {line}"
        );
    }
}

/// A pager that records that it ran and what it was given.
fn fake_pager(dir: &std::path::Path) -> String {
    let path = dir.join("pager.sh");
    std::fs::write(&path, "#!/bin/sh\necho PAGER-START\ncat\necho PAGER-END\n").unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&path, perms).unwrap();
    path.display().to_string()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ocr-err-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn output_taller_than_the_terminal_goes_through_the_pager() {
    if missing("script") {
        return;
    }
    let dir = temp_dir("pager");
    let pager = fake_pager(&dir);
    let tall = in_terminal(
        80,
        20,
        &format!("{} explain APIG.0301", bin()),
        &[("PAGER", &pager)],
    );
    assert!(
        tall.contains("PAGER-START") && tall.contains("PAGER-END"),
        "{tall}"
    );
    assert!(tall.contains("APIG.0301"), "the pager got the text: {tall}");
    // OCR_ERR_PAGER comes before PAGER.
    let ours = in_terminal(
        80,
        20,
        &format!("{} explain APIG.0301", bin()),
        &[("PAGER", "false"), ("OCR_ERR_PAGER", &pager)],
    );
    assert!(ours.contains("PAGER-START"), "{ours}");
    // Output that fits is printed as it is.
    let short = in_terminal(
        120,
        60,
        &format!("{} explain AIS.0101", bin()),
        &[("PAGER", &pager)],
    );
    assert!(
        !short.contains("PAGER-START") && short.contains("AIS.0101"),
        "{short}"
    );
    // --paging never, and no pager when stdout is not a terminal.
    for line in [
        format!("{} explain APIG.0301 --paging never", bin()),
        format!("{} explain APIG.0301 | cat", bin()),
    ] {
        let out = in_terminal(80, 20, &line, &[("PAGER", &pager)]);
        assert!(
            !out.contains("PAGER-START") && out.contains("APIG.0301"),
            "{line}: {out}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_pager_that_fails_to_start_falls_back_to_printing() {
    if missing("script") {
        return;
    }
    let out = in_terminal(
        80,
        20,
        &format!("{} explain APIG.0301; echo \"exit=$?\"", bin()),
        &[("PAGER", "/nonexistent/pager")],
    );
    assert!(out.contains("APIG.0301") && out.contains("exit=0"), "{out}");
}

#[test]
fn nothing_found_leaves_stdout_empty_and_tells_a_person_on_stderr() {
    if missing("script") {
        return;
    }
    let dir = temp_dir("nothing");
    let log = dir.join("quiet.log");
    std::fs::write(&log, "all good\nstill good\n").unwrap();
    let out = in_terminal(
        80,
        24,
        &format!(
            "{} parse {} > {}/out; echo \"exit=$?\"",
            bin(),
            log.display(),
            dir.display()
        ),
        &[],
    );
    assert!(
        out.contains("no error report found in 2 lines (20 B)"),
        "{out}"
    );
    assert!(out.contains("exit=1"), "{out}");
    assert_eq!(std::fs::read_to_string(dir.join("out")).unwrap(), "");
    // Not to a script: its stderr is no terminal.
    let (code, stdout, stderr) = crate::common::run(&["parse", log.to_str().unwrap()]);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (1, "", ""));
    std::fs::remove_dir_all(&dir).ok();
}
