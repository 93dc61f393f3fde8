//! Where the output goes: straight to stdout, or through a pager when it is taller than the
//! terminal (as git and bat do).
//!
//! With paging on, output is held until it is taller than the screen; only then is the pager
//! started and given what was held, followed by the rest as it comes. Output that fits is printed
//! as it is, so a short answer never flashes through a pager. A pager that fails to start falls
//! back to printing.

use std::ffi::OsString;
use std::io::{self, BufWriter, StdoutLock, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// The pager used when neither `OCR_ERR_PAGER` nor `PAGER` names one: `-F` quits when the text
/// fits, `-R` keeps colour, `-X` leaves the text on the screen.
pub const DEFAULT_PAGER: &str = "less -FRX";

/// How to page, decided once by the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paging {
    /// Straight to stdout.
    Off,
    /// Through this command (program and arguments) once the output is taller than `rows`
    /// lines (0: from the start).
    Pager {
        /// The program and its arguments.
        command: Vec<OsString>,
        /// How many lines fit on the screen.
        rows: usize,
    },
}

impl Paging {
    /// The pager command from `OCR_ERR_PAGER`, else `PAGER`, else [`DEFAULT_PAGER`], split at
    /// white space. An empty value, or `cat`, means no pager. A bare `less` gets `-FRX`.
    pub fn command(
        ocr_err_pager: Option<&OsString>,
        pager: Option<&OsString>,
    ) -> Option<Vec<OsString>> {
        let chosen = ocr_err_pager.or(pager).map_or_else(
            || DEFAULT_PAGER.to_owned(),
            |p| p.to_string_lossy().into_owned(),
        );
        let mut words: Vec<OsString> = chosen.split_whitespace().map(OsString::from).collect();
        match words.first().and_then(|w| w.to_str()) {
            None | Some("cat") => None,
            Some(program) => {
                let name = program.rsplit('/').next().unwrap_or(program);
                if name == "less" && words.len() == 1 {
                    words.push("-FRX".into());
                }
                Some(words)
            }
        }
    }
}

/// The program's output.
#[derive(Debug)]
pub enum Output {
    /// Straight to stdout.
    Direct(BufWriter<StdoutLock<'static>>),
    /// Held until it is taller than `rows` lines.
    Held {
        /// What was written so far.
        held: Vec<u8>,
        /// Lines in it.
        lines: usize,
        /// The pager to start.
        command: Vec<OsString>,
        /// The screen's height.
        rows: usize,
    },
    /// Through a pager.
    Paged {
        /// The pager.
        child: Child,
        /// Its standard input.
        stdin: BufWriter<ChildStdin>,
    },
}

fn stdout() -> BufWriter<StdoutLock<'static>> {
    BufWriter::with_capacity(64 << 10, io::stdout().lock())
}

impl Output {
    /// Output paged as asked.
    pub fn new(paging: Paging) -> Self {
        match paging {
            Paging::Off => Output::Direct(stdout()),
            Paging::Pager { command, rows } => {
                let mut out = Output::Held {
                    held: Vec::new(),
                    lines: 0,
                    command,
                    rows,
                };
                if rows == 0 {
                    out.start_pager();
                }
                out
            }
        }
    }

    /// Starts the pager and hands it what was held; prints it instead if the pager will not
    /// start.
    fn start_pager(&mut self) {
        let Output::Held { held, command, .. } = self else {
            return;
        };
        let held = std::mem::take(held);
        let spawned = Command::new(&command[0])
            .args(&command[1..])
            .stdin(Stdio::piped())
            .spawn();
        *self = match spawned {
            Ok(mut child) => {
                let stdin = child.stdin.take().expect("stdin is piped");
                Output::Paged {
                    child,
                    stdin: BufWriter::new(stdin),
                }
            }
            Err(_) => Output::Direct(stdout()),
        };
        // Errors here surface on the next write or at `finish`.
        let _ = self.write_all(&held);
    }

    /// Ends the output: prints what is still held, or closes the pager's input and waits for
    /// the reader to quit it.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Output::Direct(mut out) => out.flush(),
            Output::Held { held, .. } => {
                let mut out = stdout();
                out.write_all(&held)?;
                out.flush()
            }
            Output::Paged { mut child, stdin } => {
                // The reader may quit the pager before the end: not an error.
                let flushed = stdin
                    .into_inner()
                    .map(drop)
                    .map_err(io::IntoInnerError::into_error);
                let _ = child.wait();
                match flushed {
                    Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Direct(out) => out.write(buf),
            Output::Paged { stdin, .. } => stdin.write(buf),
            Output::Held {
                held, lines, rows, ..
            } => {
                held.extend_from_slice(buf);
                *lines += memchr::memchr_iter(b'\n', buf).count();
                if *lines > *rows {
                    self.start_pager();
                }
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Direct(out) => out.flush(),
            Output::Paged { stdin, .. } => stdin.flush(),
            // Held until it is known whether it fits.
            Output::Held { .. } => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(s: &str) -> OsString {
        OsString::from(s)
    }

    #[test]
    fn the_pager_command_follows_the_environment() {
        let words = |v: &[&str]| Some(v.iter().map(|w| os(w)).collect::<Vec<_>>());
        assert_eq!(Paging::command(None, None), words(&["less", "-FRX"]));
        assert_eq!(Paging::command(None, Some(&os("more"))), words(&["more"]));
        assert_eq!(
            Paging::command(Some(&os("less -R")), Some(&os("more"))),
            words(&["less", "-R"])
        );
        assert_eq!(
            Paging::command(None, Some(&os("/usr/bin/less"))),
            words(&["/usr/bin/less", "-FRX"])
        );
        assert_eq!(Paging::command(Some(&os("")), Some(&os("more"))), None);
        assert_eq!(Paging::command(None, Some(&os("cat"))), None);
    }
}
