//! The command line as the user types it (clap derive). Turned into [`crate::settings::Settings`]
//! once; nothing else reads these types' environment-dependent meaning.
//!
//! The `///` comments here are the `--help` text users read, so they are written as prose for a
//! terminal, not as rustdoc (hence no backticks around names like `NO_COLOR`).
#![allow(clippy::doc_markdown)]

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  found or explained
  1  not found: unknown code, no search hit
  2  bad usage or unreadable input";

const PARSE_EXIT_CODES: &str = "\
Exit codes (as grep):
  0  at least one error found, known to the catalog or not
  1  no error found
  2  bad usage or unreadable input";

/// Explain Huawei Cloud OCR (文字识别) API error codes, offline, in English and Chinese.
#[derive(Debug, Parser)]
#[command(name = "ocr-err", version, long_version = crate::catalog::LONG_VERSION)]
#[command(after_help = EXIT_CODES, max_term_width = 100)]
#[command(propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

// Options every subcommand shares. They are declared on each subcommand rather than as clap
// globals: propagating globals costs more start-up work than the whole lookup. (A doc comment
// here would become the `about` of every subcommand that flattens it.)
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: a table for people, one record per line, JSON, or JSON Lines for streams.
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,

    /// Language of the explanations (the API's own message is always shown as it arrives).
    #[arg(long, short = 'l', value_enum, default_value_t = LangArg::Both)]
    pub lang: LangArg,

    /// When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and
    /// whether stdout is a terminal.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Draw with ASCII characters only (for terminals that draw box characters, arrows or
    /// curly quotes double-width); text from the catalog or the input is left as it is.
    #[arg(long)]
    pub ascii: bool,

    /// When links are also terminal hyperlinks (OSC 8); never without colour.
    #[arg(long, value_enum, default_value_t = HyperlinksArg::Auto, value_name = "WHEN")]
    pub hyperlinks: HyperlinksArg,

    /// When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX);
    /// auto pages output taller than the terminal, except parse reading standard input.
    #[arg(long, value_enum, default_value_t = PagingArg::Auto, value_name = "WHEN")]
    pub paging: PagingArg,
}

/// The subcommands. Each one's arguments are built only when it is the one invoked
/// (`defer`), so start-up cost does not grow with the number of subcommands.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204).
    #[command(after_help = EXIT_CODES)]
    Explain {
        /// The codes, typed however you like.
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,

        /// How to print.
        #[command(flatten)]
        output: OutputArgs,
    },

    /// Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired").
    #[command(after_help = EXIT_CODES)]
    Search {
        /// What you remember: words in English or Chinese, in any order.
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,

        /// Show at most this many hits (1 or more).
        #[arg(long, short = 'n', default_value_t = 10, value_name = "N",
              value_parser = clap::value_parser!(u16).range(1..))]
        limit: u16,

        /// Only codes of this module.
        #[arg(long, short = 'm', value_enum)]
        module: Option<ModuleArg>,

        /// How to print.
        #[command(flatten)]
        output: OutputArgs,
    },

    /// Find and explain every error in pasted or piped text: a response body, curl -i or -v
    /// output, SDK exception text, whole log files.
    #[command(after_help = PARSE_EXIT_CODES)]
    Parse {
        /// Files to read ("-" for standard input); with none, standard input is read.
        #[arg(value_name = "FILE")]
        files: Vec<std::path::PathBuf>,

        /// One row per code and HTTP status with its count, most frequent first, and totals.
        #[arg(long, short = 's')]
        summary: bool,

        /// The input's text encoding; auto follows a byte-order mark (UTF-16), else takes
        /// GB18030 when the input is not UTF-8 but is GB18030.
        #[arg(long, value_enum, default_value_t = EncodingArg::Auto, value_name = "ENCODING")]
        encoding: EncodingArg,

        /// How to print.
        #[command(flatten)]
        output: OutputArgs,
    },

    /// Print the completion script for a shell (see README for where to put it).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: crate::completions::Shell,
    },

    /// Print the man page (roff), to install as ocr-err.1.
    Manpage,

    /// List every code in the catalog, one row each.
    #[command(after_help = EXIT_CODES)]
    List {
        /// Only codes of this module.
        #[arg(long, short = 'm', value_enum)]
        module: Option<ModuleArg>,

        /// How to print.
        #[command(flatten)]
        output: OutputArgs,
    },
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A bilingual table.
    Table,
    /// One tab-separated record per line, for grep and logs.
    Plain,
    /// JSON with a stable schema.
    Json,
    /// JSON Lines: one record a line, each written as soon as it is ready (parse: live).
    Jsonl,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English only.
    En,
    /// Chinese only (中文).
    Zh,
    /// Both languages.
    Both,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal that wants it.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// `--hyperlinks`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HyperlinksArg {
    /// When colour is on and stdout is a terminal.
    Auto,
    /// Whenever colour is on.
    Always,
    /// Never.
    Never,
}

/// `--encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    /// A byte-order mark decides, else UTF-8 or GB18030.
    Auto,
    /// UTF-8.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// UTF-16 (little-endian unless a byte-order mark says otherwise).
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
    /// GB18030 (GBK, GB2312).
    #[value(alias = "gbk")]
    Gb18030,
}

impl EncodingArg {
    /// The decoder's setting.
    pub fn encoding(self) -> crate::input::TextEncoding {
        use crate::input::TextEncoding;
        match self {
            EncodingArg::Auto => TextEncoding::Auto,
            EncodingArg::Utf8 => TextEncoding::Utf8,
            EncodingArg::Utf16 => TextEncoding::Utf16,
            EncodingArg::Gb18030 => TextEncoding::Gb18030,
        }
    }
}

/// `--paging`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PagingArg {
    /// When stdout is a terminal and the output is taller than it.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `--module`: the module ids of the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModuleArg {
    /// Text Recognition (文字识别): AIS.*
    #[value(alias = "文字识别")]
    Ocr,
    /// The ModelArts platform (平台): ModelArts.*
    #[value(alias = "平台", alias = "modelarts")]
    Platform,
    /// The API gateway as seen by OCR calls: APIG.*
    Apig,
    /// The API gateway's own table: APIGW.*
    #[value(alias = "gateway")]
    Apigw,
}

impl ModuleArg {
    /// The catalog's module id.
    pub fn id(self) -> &'static str {
        match self {
            ModuleArg::Ocr => "ocr",
            ModuleArg::Platform => "platform",
            ModuleArg::Apig => "apig",
            ModuleArg::Apigw => "apigw",
        }
    }
}

/// The output options when none is given (what the `default_value_t`s above say), and those of
/// the subcommands that print a fixed text.
pub const DEFAULTS: OutputArgs = OutputArgs {
    format: FormatArg::Table,
    lang: LangArg::Both,
    color: ColorArg::Auto,
    ascii: false,
    hyperlinks: HyperlinksArg::Auto,
    paging: PagingArg::Auto,
};

/// The codes of the plainest command line, `ocr-err explain CODE…` with no option, which is read
/// without building the clap parser (that costs more than the lookup itself). Anything else —
/// an option, `--`, a code that starts with `-`, no code, text that is not UTF-8 — is left to
/// clap, so the two readings always agree.
pub fn plain_explain(args: &[std::ffi::OsString]) -> Option<Vec<String>> {
    let mut args = args.iter().skip(1);
    if args.next()?.to_str()? != "explain" {
        return None;
    }
    let codes: Vec<String> = args
        .map(|a| a.to_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    (!codes.is_empty() && codes.iter().all(|c| !c.starts_with('-'))).then_some(codes)
}

impl Command {
    /// The output options given to this subcommand.
    pub fn output(&self) -> &OutputArgs {
        match self {
            Command::Explain { output, .. }
            | Command::Search { output, .. }
            | Command::Parse { output, .. }
            | Command::List { output, .. } => output,
            Command::Completions { .. } | Command::Manpage => &DEFAULTS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[test]
    fn the_defaults_are_clap_s_defaults() {
        let cli = Cli::try_parse_from(["ocr-err", "explain", "AIS.0104"]).unwrap();
        let o = cli.command.output();
        assert_eq!(
            (o.format, o.lang, o.color, o.ascii),
            (
                DEFAULTS.format,
                DEFAULTS.lang,
                DEFAULTS.color,
                DEFAULTS.ascii
            )
        );
    }

    #[test]
    fn only_the_plainest_explain_skips_the_parser() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            plain_explain(&args(&["ocr-err", "explain", "AIS.0104", "4204"])),
            Some(vec!["AIS.0104".into(), "4204".into()])
        );
        for other in [
            &["ocr-err", "explain"][..],
            &["ocr-err", "explain", "-f", "json", "X"],
            &["ocr-err", "explain", "--", "X"],
            &["ocr-err", "search", "X"],
            &["ocr-err"],
        ] {
            assert_eq!(plain_explain(&args(other)), None, "{other:?}");
        }
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
