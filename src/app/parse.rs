//! `parse`: the inputs it is given (files, folders walked as ripgrep walks them, standard input),
//! each scanned in turn, and the sink that explains and prints what the scan finds, or counts it.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::{human_size, report};
use crate::error::{Error, Outcome, Result};
use crate::explain::{self, Source};
use crate::render;
use crate::scan;
use crate::settings::{self, Environment, Settings};

/// How `parse` reads its inputs and what it prints.
struct ParseOptions {
    /// The secret key request signatures are recomputed with.
    secret: Option<crate::request::Secret>,
    summary: bool,
    encoding: crate::input::TextEncoding,
    /// Decompress input whose first bytes say it is compressed.
    decompress: bool,
    naming: Naming,
    walk: Walk,
    print: Print,
    codes: CodePatterns,
    /// How many inputs are scanned at once.
    threads: usize,
}

/// What a folder's walk reads besides its visible, not ignored files.
#[derive(Debug, Clone, Copy)]
struct Walk {
    hidden: bool,
    no_ignore: bool,
}

/// `parse` as the command line asks for it.
pub(super) fn run(
    command: &crate::cli::Command,
    settings: &Settings,
    env: &Environment,
    out: &mut impl Write,
) -> Result<Outcome> {
    let crate::cli::Command::Parse {
        files,
        summary,
        encoding,
        no_decompress,
        with_filename,
        no_filename,
        hidden,
        no_ignore,
        quiet,
        count,
        files_with_errors,
        code,
        threads,
        sk_file,
    } = command
    else {
        unreachable!("parse::run is given the parse command");
    };
    let Ok(secret) = super::secret_key(sk_file.as_deref(), env) else {
        return Ok(Outcome::Error);
    };
    let how = ParseOptions {
        secret,
        summary: *summary,
        encoding: encoding.encoding(),
        decompress: !no_decompress,
        naming: match (with_filename, no_filename) {
            (true, _) => Naming::Always,
            (_, true) => Naming::Never,
            _ => Naming::Auto,
        },
        walk: Walk {
            hidden: *hidden,
            no_ignore: *no_ignore,
        },
        print: match (quiet, count, files_with_errors) {
            (true, ..) => Print::Nothing,
            (_, true, _) => Print::Counts,
            (.., true) => Print::Files,
            _ => Print::Findings,
        },
        codes: CodePatterns::new(code),
        // Each file's scan already keeps two threads busy (its reader and its scanner): one file
        // per two cores. On 2 cores, two files at once took 1.23 times as long as one at a time
        // (tests/bench/many.sh).
        threads: match threads {
            Some(n) if *n > 0 => *n,
            _ => std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)),
        },
    };
    parse(files, &how, settings, env, out)
}

/// Whether each finding names the input it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Naming {
    /// With more than one input, or a folder.
    Auto,
    Always,
    Never,
}

/// What `parse` prints of what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Print {
    /// Each finding, explained (or the summary).
    Findings,
    /// Nothing: the exit status tells (`-q`).
    Nothing,
    /// How many findings each input holds (`-c`).
    Counts,
    /// The name of each input that holds a finding (`-l`).
    Files,
}

/// The `--code` patterns: a finding is kept when its code matches one (any case; `*` any run of
/// characters, `?` one), or when there are none.
#[derive(Debug, Default)]
struct CodePatterns(Vec<Vec<char>>);

impl CodePatterns {
    fn new(patterns: &[String]) -> Self {
        CodePatterns(
            patterns
                .iter()
                .map(|p| crate::normalize::fold_lower(p).chars().collect())
                .collect(),
        )
    }

    fn keeps(&self, code: &str) -> bool {
        if self.0.is_empty() {
            return true;
        }
        let code: Vec<char> = crate::normalize::fold_lower(code).chars().collect();
        self.0.iter().any(|p| glob(p, &code))
    }
}

/// Whether `text` matches the shell pattern `pattern` (`*`, `?`), in linear space and
/// quadratic time at worst.
fn glob(pattern: &[char], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, t));
            p += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// One input: standard input, or a file named or found in a folder.
enum Input {
    Stdin,
    File { path: PathBuf, found: bool },
}

impl Input {
    /// How it is named in output: `-` for standard input.
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File { path, .. } => path.display().to_string(),
        }
    }
}

/// The inputs the arguments name, folders walked in order of their paths (as `ignore` walks them:
/// hidden files and what `.gitignore`, `.ignore` and `.rgignore` leave out are passed over,
/// unless asked for). A folder that cannot be walked is reported and the rest go on.
fn inputs(files: &[PathBuf], how: &ParseOptions, unreadable: &mut bool) -> (Vec<Input>, bool) {
    if files.is_empty() {
        return (vec![Input::Stdin], false);
    }
    let mut all = Vec::new();
    let mut walked = false;
    for path in files {
        if path.as_os_str() == "-" {
            all.push(Input::Stdin);
        } else if path.is_dir() {
            walked = true;
            let (hidden, ignore) = (how.walk.hidden, !how.walk.no_ignore);
            let walk = ignore::WalkBuilder::new(path)
                .hidden(!hidden)
                .ignore(ignore)
                .git_ignore(ignore)
                .git_global(ignore)
                .git_exclude(ignore)
                .parents(ignore)
                .require_git(false)
                .sort_by_file_path(Path::cmp)
                .build();
            for entry in walk {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => all.push(Input::File {
                        path: e.into_path(),
                        found: true,
                    }),
                    Ok(_) => {}
                    Err(e) => {
                        report(&format!("error: cannot read {}: {e}", path.display()));
                        *unreadable = true;
                    }
                }
            }
        } else {
            all.push(Input::File {
                path: path.clone(),
                found: false,
            });
        }
    }
    (all, walked)
}

/// How much of an input is looked at to tell a binary file: a NUL byte there (after
/// decompressing and decoding, so UTF-16 text is not one).
const BINARY_PEEK: usize = 8 << 10;

/// The input's first read (what it has at once, up to [`BINARY_PEEK`] bytes: a live stream is
/// not waited on), looked at to tell whether it is binary, then the rest.
fn peeked(mut input: impl Read + Send + 'static) -> io::Result<(bool, impl Read + Send)> {
    let mut head = vec![0; BINARY_PEEK];
    let read = loop {
        match input.read(&mut head) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => break other?,
        }
    };
    head.truncate(read);
    let binary = memchr::memchr(0, &head).is_some();
    Ok((binary, io::Cursor::new(head).chain(input)))
}

fn parse(
    files: &[PathBuf],
    how: &ParseOptions,
    settings: &Settings,
    env: &Environment,
    out: &mut impl Write,
) -> Result<Outcome> {
    let summary = how.summary;
    let prints_findings = how.print == Print::Findings && !summary;
    let beside = prints_findings
        && matches!(
            settings.format,
            settings::Format::Table | settings::Format::Plain
        );
    if files.is_empty() && env.stdin_is_terminal {
        return Err(Error::Usage(
            "parse reads a response or log from standard input or files: pipe something in (curl -si URL | ocr-err parse), name a file (ocr-err parse app.log), or run ocr-err parse -, paste, then press Ctrl-D".to_owned(),
        ));
    }
    let mut unreadable = false;
    let (inputs, walked) = inputs(files, how, &mut unreadable);
    let named = match how.naming {
        Naming::Always => true,
        Naming::Never => false,
        Naming::Auto => inputs.len() > 1 || walked,
    };
    let options = explain::scan_options(summary);
    let mut sink = ParseSink {
        summary,
        print: how.print,
        codes: &how.codes,
        inputs: &inputs,
        found: 0,
        found_here: 0,
        named,
        path: None,
        totals: scan::Stats::default(),
        unreadable,
        tally: scan::Tally::default(),
        resolver: explain::Resolver::default(),
        secret: how.secret.as_ref(),
        access: env
            .sdk_ak
            .as_ref()
            .map(|a| a.to_string_lossy().into_owned()),
        writer: render::FindingsWriter::new(settings),
        out,
    };
    let open = |i: usize| open_input(&inputs[i], how);
    scan::scan_each(inputs.len(), how.threads, options, &open, beside, &mut sink)
        .map_err(Error::Output)?;
    let ParseSink {
        found,
        tally,
        totals,
        unreadable,
        mut writer,
        out,
        ..
    } = sink;
    if summary {
        let summary = explain::summarize(tally, totals);
        render::summary(out, &summary, settings)?;
    } else if prints_findings {
        writer.finish(out)?;
    }
    // As grep: 0 when an error was found (known to the catalog or not), 1 when none was.
    if found == 0 && prints_findings && env.stderr_is_terminal && !unreadable {
        // Nothing on stdout (scripts rely on that); a person at a terminal is told what was read.
        let lines = totals.lines;
        report(&format!(
            "no error report found in {lines} line{} ({})",
            if lines == 1 { "" } else { "s" },
            human_size(totals.bytes)
        ));
    }
    Ok(if unreadable {
        Outcome::Error
    } else if found == 0 {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

/// Opens one input: decompressed and decoded as asked, and passed over (`None`) when it is a
/// binary file. Standard input is read whatever it holds: a stream may carry a stray NUL.
fn open_input(input: &Input, how: &ParseOptions) -> io::Result<Option<scan::Opened>> {
    let opened: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File { path, .. } => Box::new(std::fs::File::open(path)?),
    };
    let (opened, _) = crate::decompress::open(opened, how.decompress)?;
    let opened = match input {
        Input::File { path, .. } if is_har(path) => har(opened)?,
        _ => opened,
    };
    let decoded = crate::input::Decoded::new(opened, how.encoding)?;
    let (binary, input_read) = peeked(decoded)?;
    let live = matches!(input, Input::Stdin);
    Ok((!binary || live).then(|| scan::Opened {
        input: Box::new(input_read),
        live,
    }))
}

/// Whether a file is named as a HAR file is (`.har`, any case).
fn is_har(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("har"))
}

/// The most bytes of a HAR file read whole to be read as one; a larger one is read as text.
const MAX_HAR: u64 = 256 << 20;

/// A HAR file, read as the curl -v transcript of its entries; text that is no HAR file (or one
/// too large to hold) is read as it is.
fn har(mut input: Box<dyn Read + Send>) -> io::Result<Box<dyn Read + Send>> {
    let mut bytes = Vec::new();
    input.by_ref().take(MAX_HAR).read_to_end(&mut bytes)?;
    if bytes.len() as u64 == MAX_HAR || !crate::request::har::looks_like(&bytes) {
        return Ok(Box::new(io::Cursor::new(bytes).chain(input)));
    }
    Ok(match crate::request::har::transcript(&bytes) {
        Ok(text) => Box::new(io::Cursor::new(text.into_bytes())),
        Err(_) => Box::new(io::Cursor::new(bytes)),
    })
}

/// Where `parse` puts what the scan finds: counted for a summary, else explained and written
/// at once, the output flushed whenever the scan waits for input (`tail -f app.log | ocr-err
/// parse` answers live; a file's findings go out in large writes).
struct ParseSink<'s, 'o, W: Write> {
    summary: bool,
    print: Print,
    codes: &'s CodePatterns,
    inputs: &'s [Input],
    found: u64,
    /// Found in the input being read.
    found_here: u64,
    /// Whether findings name their input, and the file being read (`None`: standard input).
    named: bool,
    path: Option<String>,
    /// What was read of all inputs, and whether one of them could not be read.
    totals: scan::Stats,
    unreadable: bool,
    tally: scan::Tally,
    resolver: explain::Resolver,
    /// The keys a request's signature is checked with.
    secret: Option<&'s crate::request::Secret>,
    access: Option<String>,
    writer: render::FindingsWriter<'s>,
    out: &'o mut W,
}

impl<W: Write> scan::Each for ParseSink<'_, '_, W> {
    fn start(&mut self, i: usize) {
        self.found_here = 0;
        self.path = match &self.inputs[i] {
            Input::Stdin => None,
            Input::File { path, .. } => Some(path.display().to_string()),
        };
    }

    fn done(&mut self, i: usize, scanned: scan::Scanned) -> io::Result<()> {
        let input = &self.inputs[i];
        let read = match scanned {
            scan::Scanned::Read(read) => read,
            scan::Scanned::Skipped => {
                // A named file is said to be skipped; in a folder, binaries are many and quietly
                // passed over, as ripgrep does.
                if let Input::File { found: false, .. } = input {
                    report(&format!("skipped {}: a binary file", input.name()));
                }
                return Ok(());
            }
            scan::Scanned::Failed(e, read) => {
                let what = match input {
                    Input::Stdin => "standard input".to_owned(),
                    Input::File { .. } => input.name(),
                };
                let reason = match input {
                    Input::File { path, .. } if path.is_dir() => "it is a directory".to_owned(),
                    _ => e.to_string(),
                };
                report(&format!("error: cannot read {what}: {reason}"));
                self.unreadable = true;
                // What was read before the failure counts: a truncated archive's summary says
                // how far it got.
                read
            }
        };
        self.totals.bytes += read.bytes;
        self.totals.lines += read.lines;
        self.totals.successes += read.successes;
        self.input_done(input)
    }
}

impl<W: Write> ParseSink<'_, '_, W> {
    /// An input has been read: for `-c` its count, for `-l` its name if it held an error.
    fn input_done(&mut self, input: &Input) -> io::Result<()> {
        let name = render::escape::one_line(&input.name()).into_owned();
        match self.print {
            Print::Counts if self.named => writeln!(self.out, "{name}:{}", self.found_here),
            Print::Counts => writeln!(self.out, "{}", self.found_here),
            Print::Files if self.found_here > 0 => writeln!(self.out, "{name}"),
            _ => Ok(()),
        }
    }
}

impl<W: Write> scan::Sink for ParseSink<'_, '_, W> {
    type Error = io::Error;

    fn finding(&mut self, f: scan::Finding) -> io::Result<()> {
        let Some(f) = explain::reported(f) else {
            return Ok(());
        };
        if !self.codes.keeps(&f.code) {
            return Ok(());
        }
        self.found += 1;
        self.found_here += 1;
        if self.summary {
            self.tally.add(&f);
            return Ok(());
        }
        if self.print != Print::Findings {
            return Ok(());
        }
        let mut e = self.resolver.explain(&f);
        if let Some(t) = &f.transcript {
            e.diagnoses = diagnoses(t, &f.code, self.secret, self.access.as_deref());
        }
        e.path = self
            .named
            .then(|| self.path.as_deref().map_or(Source::Stdin, Source::File));
        self.writer.write(self.out, &e)
    }

    fn caught_up(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The diagnoses of the request a curl -v transcript showed before an error `code`.
fn diagnoses(
    t: &scan::Transcript,
    code: &str,
    secret: Option<&crate::request::Secret>,
    access: Option<&str>,
) -> Vec<crate::diagnose::Diagnosis> {
    let Some(mut request) = crate::request::Request::from_curl_lines(&t.request, "https") else {
        return Vec::new();
    };
    if let Some(body) = &t.body {
        request.body = Some(body.clone().into_bytes());
    }
    crate::diagnose::diagnose(&crate::diagnose::Context {
        request: Some(&request),
        answered: t.date.as_deref(),
        secret: secret.map(crate::request::Secret::bytes),
        access,
        code: Some(code),
        ..crate::diagnose::Context::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_patterns_match_as_a_shell_does_in_any_case() {
        let p = CodePatterns::new(&["APIGW.*".to_owned(), "http 4??".to_owned()]);
        for code in ["APIGW.0301", "apigw.0101", "HTTP 413"] {
            assert!(p.keeps(code), "{code}");
        }
        for code in ["APIG.0301", "HTTP 5000", "HTTP 503", "XAPIGW.0301"] {
            assert!(!p.keeps(code), "{code}");
        }
        assert!(CodePatterns::default().keeps("anything"));
        let star = CodePatterns::new(&["*a*b*".to_owned()]);
        assert!(star.keeps("xxaxxbxx") && !star.keeps("ba"));
    }
}
