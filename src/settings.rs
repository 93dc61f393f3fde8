//! Turns what the user typed, plus the environment, into resolved settings, once.
//!
//! This is the only module that reads environment variables or asks whether a stream is a
//! terminal; everything below takes a [`Settings`] and is therefore testable without a terminal.

use std::ffi::OsString;
use std::io::IsTerminal;

use crate::catalog::Lang;
use crate::cli::{ColorArg, FormatArg, HyperlinksArg, LangArg, OutputArgs, PagingArg};
use crate::output::Paging;

/// What the process environment says, captured once.
// Plain facts about the process, each answered once: flags are what they are.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Default)]
pub struct Environment {
    /// `NO_COLOR`.
    pub no_color: Option<OsString>,
    /// `CLICOLOR_FORCE`.
    pub clicolor_force: Option<OsString>,
    /// `FORCE_COLOR`.
    pub force_color: Option<OsString>,
    /// `TERM`.
    pub term: Option<OsString>,
    /// `COLUMNS`.
    pub columns: Option<OsString>,
    /// Whether stdout is a terminal.
    pub stdout_is_terminal: bool,
    /// Whether stdin is a terminal.
    pub stdin_is_terminal: bool,
    /// Whether stderr is a terminal (a person is there to read a note).
    pub stderr_is_terminal: bool,
    /// The width of the terminal on stdout, else on stderr, else on stdin (`| less` and
    /// `| head` still have a screen).
    pub terminal_width: Option<u16>,
    /// The height of the terminal on stdout, when stdout is one.
    pub terminal_height: Option<u16>,
    /// `OCR_ERR_PAGER`.
    pub ocr_err_pager: Option<OsString>,
    /// `OCR_ERR_LANG`: the default `--lang`.
    pub ocr_err_lang: Option<OsString>,
    /// `OCR_ERR_COLOR`: the default `--color`.
    pub ocr_err_color: Option<OsString>,
    /// `PAGER`.
    pub pager: Option<OsString>,
    /// Standard output is closed (`>&-`): nothing can be written.
    pub stdout_closed: bool,
    /// `HUAWEICLOUD_SDK_AK`: the access key, to tell whether a signature is of its pair.
    pub sdk_ak: Option<OsString>,
    /// `HUAWEICLOUD_SDK_SK`: the secret key a signature is recomputed with. Never printed.
    pub sdk_sk: Option<crate::request::Secret>,
}

impl Environment {
    /// Reads the real process environment.
    pub fn from_process() -> Self {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let stdout_size = terminal_size::terminal_size_of(std::io::stdout());
        let terminal_width = stdout_size
            .or_else(|| terminal_size::terminal_size_of(std::io::stderr()))
            .or_else(|| terminal_size::terminal_size_of(std::io::stdin()))
            .map(|(w, _)| w.0);
        Environment {
            no_color: std::env::var_os("NO_COLOR"),
            clicolor_force: std::env::var_os("CLICOLOR_FORCE"),
            force_color: std::env::var_os("FORCE_COLOR"),
            term: std::env::var_os("TERM"),
            columns: std::env::var_os("COLUMNS"),
            stdout_is_terminal,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            stderr_is_terminal: std::io::stderr().is_terminal(),
            terminal_width,
            terminal_height: stdout_size.map(|(_, h)| h.0),
            ocr_err_pager: std::env::var_os("OCR_ERR_PAGER"),
            ocr_err_lang: std::env::var_os("OCR_ERR_LANG"),
            ocr_err_color: std::env::var_os("OCR_ERR_COLOR"),
            pager: std::env::var_os("PAGER"),
            stdout_closed: stdout_was_closed(),
            sdk_ak: std::env::var_os("HUAWEICLOUD_SDK_AK"),
            sdk_sk: std::env::var_os("HUAWEICLOUD_SDK_SK").map(crate::request::Secret::from_os),
        }
    }

    /// Whether colour is wanted. `--color always|never` decide outright; `auto` means: not when
    /// `NO_COLOR` is set and non-empty; yes when `CLICOLOR_FORCE` or `FORCE_COLOR` is set to
    /// anything but empty or `0`; otherwise only on a terminal whose `TERM` is not `dumb`.
    pub fn wants_color(&self, choice: ColorArg) -> bool {
        fn set(v: Option<&OsString>) -> bool {
            v.is_some_and(|v| !v.is_empty())
        }
        fn forced(v: Option<&OsString>) -> bool {
            v.is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
        }
        match choice {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                if set(self.no_color.as_ref()) {
                    false
                } else if forced(self.clicolor_force.as_ref()) || forced(self.force_color.as_ref())
                {
                    true
                } else {
                    self.stdout_is_terminal && self.term.as_ref().is_none_or(|t| t != "dumb")
                }
            }
        }
    }

    /// The width to lay tables out in: `COLUMNS`, then the terminal (on stdout, else on stderr
    /// or stdin), then 100. Values under 20 (a zero-width pseudo-terminal, a typo) are ignored.
    pub fn width(&self) -> u16 {
        const MIN: u16 = 20;
        const DEFAULT: u16 = 100;
        let from_columns = self
            .columns
            .as_ref()
            .and_then(|c| c.to_str())
            .and_then(|c| c.trim().parse::<u16>().ok());
        from_columns
            .filter(|&w| w >= MIN)
            .or(self.terminal_width.filter(|&w| w >= MIN))
            .unwrap_or(DEFAULT)
    }
}

impl Environment {
    /// Whether to page: `never`, or no pager configured, means no; `always` pages from the
    /// start; `auto` pages on a terminal once the output is taller than it.
    pub fn paging(&self, choice: PagingArg) -> Paging {
        let command = Paging::command(self.ocr_err_pager.as_ref(), self.pager.as_ref());
        match (choice, command) {
            (PagingArg::Never, _) | (_, None) => Paging::Off,
            (PagingArg::Always, Some(command)) => Paging::Pager { command, rows: 0 },
            (PagingArg::Auto, Some(command)) => match self.terminal_height {
                Some(h) if self.stdout_is_terminal => Paging::Pager {
                    command,
                    // The prompt of the shell takes a line.
                    rows: usize::from(h.saturating_sub(1)).max(1),
                },
                _ => Paging::Off,
            },
        }
    }
}

/// Whether the process started with standard output closed (`ocr-err … >&-`). Rust's runtime
/// opens `/dev/null` (read-write) in place of a closed standard descriptor, and its standard
/// output then drops whatever is written: a descriptor 1 that is the null device opened for
/// reading and writing is taken for one that was closed (a redirect `> /dev/null` opens it for
/// writing only).
fn stdout_was_closed() -> bool {
    use rustix::fs::{OFlags, fcntl_getfl, fstat, stat};
    let out = std::io::stdout();
    let (Ok(flags), Ok(ours), Ok(null)) = (fcntl_getfl(&out), fstat(&out), stat("/dev/null"))
    else {
        return false;
    };
    flags & OFlags::RWMODE == OFlags::RDWR
        && ours.st_rdev == null.st_rdev
        && ours.st_ino == null.st_ino
}

/// Which languages to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Langs {
    /// One language.
    One(Lang),
    /// English and Chinese.
    Both,
}

impl Langs {
    /// The languages in print order.
    pub fn list(self) -> &'static [Lang] {
        match self {
            Langs::One(Lang::En) => &[Lang::En],
            Langs::One(Lang::Zh) => &[Lang::Zh],
            Langs::Both => &[Lang::En, Lang::Zh],
        }
    }

    /// Whether a language is printed.
    pub fn has(self, lang: Lang) -> bool {
        self.list().contains(&lang)
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Bilingual table.
    Table,
    /// One record per line.
    Plain,
    /// JSON.
    Json,
    /// JSON Lines: one record a line, written as it is ready.
    Jsonl,
}

/// Everything the renderers need to know, decided once.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Output format.
    pub format: Format,
    /// Languages.
    pub langs: Langs,
    /// Colour on or off.
    pub color: bool,
    /// Table width in columns.
    pub width: u16,
    /// The characters the tool draws, table borders included (ASCII ones with `--ascii`).
    pub glyphs: crate::render::Glyphs,
    /// Links as OSC 8 hyperlinks.
    pub hyperlinks: bool,
    /// Whether and how to page.
    pub paging: Paging,
    /// Page output that streams from standard input too (`--paging always`).
    pub page_streams: bool,
}

/// An option's value from its environment variable, when set and not empty; an unknown value is
/// an error that names the variable.
fn from_env<T: clap::ValueEnum>(name: &str, value: Option<&OsString>) -> Result<Option<T>, String> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    T::from_str(text.trim(), true).map(Some).map_err(|_| {
        let known: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        format!(
            "{name}={:?} is not one of {}",
            crate::render::escape::one_line(&text),
            known.join(", ")
        )
    })
}

impl Environment {
    /// `--lang`: the flag, else `OCR_ERR_LANG`, else both.
    pub fn lang(&self, flag: Option<LangArg>) -> Result<LangArg, String> {
        Ok(match flag {
            Some(l) => l,
            None => from_env("OCR_ERR_LANG", self.ocr_err_lang.as_ref())?.unwrap_or(LangArg::Both),
        })
    }

    /// `--color`: the flag, else `OCR_ERR_COLOR`, else auto.
    pub fn color(&self, flag: Option<ColorArg>) -> Result<ColorArg, String> {
        Ok(match flag {
            Some(c) => c,
            None => {
                from_env("OCR_ERR_COLOR", self.ocr_err_color.as_ref())?.unwrap_or(ColorArg::Auto)
            }
        })
    }
}

impl Settings {
    /// Resolves the shared options against the environment: a flag, else its environment
    /// variable, else the default. An environment variable with a value no flag takes is an
    /// error naming it.
    pub fn new(args: &OutputArgs, env: &Environment) -> Result<Self, String> {
        let lang = env.lang(args.lang)?;
        let color = env.color(args.color)?;
        Ok(Settings {
            format: match args.format {
                FormatArg::Table => Format::Table,
                FormatArg::Plain => Format::Plain,
                FormatArg::Json => Format::Json,
                FormatArg::Jsonl => Format::Jsonl,
            },
            langs: match lang {
                LangArg::En => Langs::One(Lang::En),
                LangArg::Zh => Langs::One(Lang::Zh),
                LangArg::Both => Langs::Both,
            },
            color: env.wants_color(color),
            width: env.width(),
            glyphs: crate::render::Glyphs::new(args.ascii),
            hyperlinks: env.wants_color(color)
                && match args.hyperlinks {
                    HyperlinksArg::Always => true,
                    HyperlinksArg::Never => false,
                    HyperlinksArg::Auto => env.stdout_is_terminal,
                },
            paging: env.paging(args.paging),
            page_streams: args.paging == PagingArg::Always,
        })
    }
}

/// The `--color` value in raw arguments, for colouring `--help`, which clap prints before the
/// arguments are parsed. The last occurrence wins, as it does for clap.
pub fn color_in_args(args: &[OsString]) -> Option<ColorArg> {
    let mut choice = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--color" {
            iter.next()
        } else {
            arg.strip_prefix("--color=")
        };
        match value {
            Some("always") => choice = Some(ColorArg::Always),
            Some("never") => choice = Some(ColorArg::Never),
            Some("auto") => choice = Some(ColorArg::Auto),
            _ => {}
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)], tty: bool) -> Environment {
        let get = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| OsString::from(v))
        };
        Environment {
            no_color: get("NO_COLOR"),
            clicolor_force: get("CLICOLOR_FORCE"),
            force_color: get("FORCE_COLOR"),
            term: get("TERM"),
            columns: get("COLUMNS"),
            stdout_is_terminal: tty,
            stdin_is_terminal: tty,
            stderr_is_terminal: tty,
            terminal_width: tty.then_some(120),
            terminal_height: tty.then_some(40),
            ocr_err_pager: None,
            ocr_err_lang: get("OCR_ERR_LANG"),
            ocr_err_color: get("OCR_ERR_COLOR"),
            pager: None,
            stdout_closed: false,
            sdk_ak: None,
            sdk_sk: None,
        }
    }

    #[test]
    fn auto_colour_follows_the_conventions() {
        assert!(env(&[], true).wants_color(ColorArg::Auto));
        assert!(!env(&[], false).wants_color(ColorArg::Auto));
        assert!(!env(&[("NO_COLOR", "1")], true).wants_color(ColorArg::Auto));
        assert!(env(&[("NO_COLOR", "")], true).wants_color(ColorArg::Auto));
        assert!(!env(&[("TERM", "dumb")], true).wants_color(ColorArg::Auto));
        assert!(env(&[("CLICOLOR_FORCE", "1")], false).wants_color(ColorArg::Auto));
        assert!(env(&[("FORCE_COLOR", "1")], false).wants_color(ColorArg::Auto));
        assert!(!env(&[("FORCE_COLOR", "0")], false).wants_color(ColorArg::Auto));
        assert!(
            !env(&[("NO_COLOR", "1"), ("FORCE_COLOR", "1")], false).wants_color(ColorArg::Auto)
        );
        assert!(env(&[("NO_COLOR", "1")], false).wants_color(ColorArg::Always));
        assert!(!env(&[("FORCE_COLOR", "1")], true).wants_color(ColorArg::Never));
    }

    #[test]
    fn width_prefers_columns_and_ignores_nonsense() {
        assert_eq!(env(&[("COLUMNS", "80")], true).width(), 80);
        assert_eq!(env(&[("COLUMNS", "0")], true).width(), 120);
        assert_eq!(env(&[("COLUMNS", "abc")], false).width(), 100);
        assert_eq!(env(&[], false).width(), 100);
    }

    #[test]
    fn finds_color_in_raw_arguments() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            color_in_args(&args(&["x", "--help", "--color", "always"])),
            Some(ColorArg::Always)
        );
        assert_eq!(
            color_in_args(&args(&["x", "--color=never", "-h"])),
            Some(ColorArg::Never)
        );
        assert_eq!(color_in_args(&args(&["x", "--", "--color=never"])), None);
    }
}
