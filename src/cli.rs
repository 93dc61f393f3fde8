//! The command line as the user types it (clap derive). Turned into [`crate::settings::Settings`]
//! once; nothing else reads these types' environment-dependent meaning.
//!
//! The `///` comments here are the `--help` text users read, so they are written as prose for a
//! terminal, not as rustdoc (hence no backticks around names like `NO_COLOR`).
#![allow(clippy::doc_markdown)]

use clap::{Args, Parser, Subcommand, ValueEnum};

// The texts after the options are laid out by hand for a terminal 60 columns wide: every line
// fits, so nothing is wrapped (a test holds them to that); a paragraph is one line, wrapped by
// clap at the terminal's width.
const EXIT_CODES: &str = "\
Exit codes:
  0  found or explained
  1  not found: unknown code, no search hit
  2  bad usage, unreadable input, unwritable output

A code first means explain: ocr-err AIS.0104

Defaults: a flag wins over its environment variable (OCR_ERR_LANG, OCR_ERR_COLOR, OCR_ERR_PAGER), which wins over the built-in default.";

const EXPLAIN_AFTER: &str = "\
Examples:
  ocr-err explain AIS.0104
  ocr-err ais0104 APIG.0308     # a code first: explain
  ocr-err explain -b APIG.0301 AIS.0104  # a line each
  ocr-err explain -t apig APIG.0301      # one table
  jq -r '.[].code' errors.json | ocr-err explain -

Exit codes:
  0  every code explained
  1  a code not in the catalog, or not in --table's
  2  bad usage, or an argument that is not a code";

const SEARCH_AFTER: &str = "\
Examples:
  ocr-err search 图片质量
  ocr-err search token expired
  ocr-err search -n 3 --module apig throttled
  ocr-err search --full --all 图片质量太差

Exit codes:
  0  something matched
  1  nothing matched
  2  bad usage, or a query of only ignored words";

const PARSE_AFTER: &str = "\
Examples:
  curl -si \"$OCR_URL\" -d @body.json | ocr-err parse
  ocr-err parse app.log app.log.1 app.log.2.gz --summary
  # a folder, walked as ripgrep walks one:
  ocr-err parse logs/ -c --code 'APIG.03*'
  kubectl logs -f ocr-worker | ocr-err parse -f jsonl
  ocr-err parse -               # paste, then Ctrl-D

Exit codes (as grep):
  0  at least one error found, known to the catalog or not
  1  no error found
  2  bad usage or unreadable input";

const CHECK_AFTER: &str = "\
Examples:
  ocr-err check -- curl -X POST \"$OCR_URL\" \\
      -H 'X-Auth-Token: …' -d @body.json
  ocr-err check request.http
  ocr-err check --api general-text photo.heic
  ocr-err check --api id-card body.json

The signature is recomputed when the secret key is given:
  HUAWEICLOUD_SDK_SK (or --sk-file FILE); never printed.

Exit codes:
  0  no problem found
  1  at least one problem found
  2  bad usage or unreadable input";

const LIST_AFTER: &str = "\
Examples:
  ocr-err list
  ocr-err list --module platform
  ocr-err list --service IAM
  ocr-err list --services
  ocr-err list --format json > catalog.json";

const COMPLETIONS_AFTER: &str = "\
Install:
  bash, in ~/.bashrc:
    source <(ocr-err completions bash)
  bash, with the bash-completion package installed:
    ocr-err completions bash >
      ~/.local/share/bash-completion/completions/ocr-err
  zsh:
    ocr-err completions zsh > ~/.zfunc/_ocr-err
    and in ~/.zshrc:
      fpath=(~/.zfunc $fpath); autoload -Uz compinit
      compinit
  fish:
    ocr-err completions fish >
      ~/.config/fish/completions/ocr-err.fish
  powershell:
    ocr-err completions powershell >> $PROFILE
  elvish:
    ocr-err completions elvish >> ~/.config/elvish/rc.elv";

/// Explain Huawei Cloud OCR (文字识别) API error codes, offline, in English and Chinese.
#[derive(Debug, Parser)]
#[command(name = "ocr-err", version, long_version = crate::catalog::LONG_VERSION)]
#[command(after_help = EXIT_CODES, max_term_width = 100)]
#[command(propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,

    /// How to print (accepted before or after the subcommand).
    #[command(flatten)]
    pub output: OutputArgs,
}

// Options every subcommand shares, accepted before or after the subcommand. Where an option has
// an environment variable, the flag wins over the variable, and the variable over the default;
// the settings resolve that (so their values here are optional). (A doc comment here would
// become the `about` of the flattened group.)
#[allow(missing_docs)]
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: a table for people, one record per line, JSON, or JSON Lines for streams.
    #[arg(long, short = 'f', value_enum, default_value_t = FormatArg::Table, global = true)]
    pub format: FormatArg,

    /// Language of the explanations and labels (the API's own message is always shown as it
    /// arrives) [default: both; env: OCR_ERR_LANG].
    #[arg(long, short = 'l', value_enum, global = true)]
    pub lang: Option<LangArg>,

    /// When to colour the output; auto follows NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM and
    /// whether stdout is a terminal [default: auto; env: OCR_ERR_COLOR].
    #[arg(long, value_enum, value_name = "WHEN", global = true)]
    pub color: Option<ColorArg>,

    /// Draw with ASCII characters only (for terminals that draw box characters, arrows or
    /// curly quotes double-width); text from the catalog or the input is left as it is.
    #[arg(long, global = true)]
    pub ascii: bool,

    /// When links are also terminal hyperlinks (OSC 8); never without colour.
    #[arg(long, value_enum, default_value_t = HyperlinksArg::Auto, value_name = "WHEN", global = true)]
    pub hyperlinks: HyperlinksArg,

    /// When to show the output through a pager (OCR_ERR_PAGER, else PAGER, else less -FRX);
    /// auto pages output taller than the terminal, except parse reading standard input.
    #[arg(long, value_enum, default_value_t = PagingArg::Auto, value_name = "WHEN", global = true)]
    pub paging: PagingArg,
}

/// The subcommands. Each one's arguments are built only when it is the one invoked
/// (`defer`), so start-up cost does not grow with the number of subcommands.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Explain one or more error codes (AIS.0104, ais0104, ＡＩＳ．０１０４, or a bare 4204).
    #[command(after_help = EXPLAIN_AFTER)]
    Explain {
        /// The codes, typed however you like; - reads them from standard input, one or more a line.
        #[arg(required = true, value_name = "CODE")]
        codes: Vec<String>,

        /// One line per code: code, status, message and first fix (table and plain output; JSON
        /// keeps the whole record).
        #[arg(long, short = 'b')]
        brief: bool,

        /// Only what this source table says of each code (a code several tables document, such
        /// as APIG.0301, prints one table's entry).
        #[arg(long, short = 't', value_name = "TABLE")]
        table: Option<TableArg>,
    },

    /// Search codes, messages, descriptions and fixes in both languages ("图片质量", "token expired").
    #[command(after_help = SEARCH_AFTER)]
    Search {
        /// What you remember: words in English or Chinese, in any order.
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,

        /// Show at most this many hits (1 or more).
        #[arg(long, short = 'n', default_value_t = SEARCH_LIMIT, value_name = "N",
              value_parser = clap::value_parser!(u16).range(1..), value_hint = clap::ValueHint::Other)]
        limit: u16,

        /// Only codes of this module.
        #[arg(long, short = 'm', value_enum)]
        module: Option<ModuleArg>,

        /// Also the weak hits: those scoring under a fifth of the best hit's score.
        #[arg(long, short = 'a')]
        all: bool,

        /// Show each hit's texts whole, wrapped, instead of cut to one line.
        #[arg(long)]
        full: bool,
    },

    /// Find and explain every error in pasted or piped text: a response body, curl -i or -v
    /// output, SDK exception text, whole log files.
    #[command(after_help = PARSE_AFTER)]
    Parse {
        /// Files or folders to read ("-" for standard input); with none, standard input is
        /// read. A folder is read whole, as ripgrep walks one: hidden and ignored files left out.
        #[arg(value_name = "FILE")]
        files: Vec<std::path::PathBuf>,

        /// Name each finding's file (the default with more than one input, or a folder).
        #[arg(long, short = 'H', overrides_with = "no_filename")]
        with_filename: bool,

        /// Never name the file a finding came from.
        #[arg(long, overrides_with = "with_filename")]
        no_filename: bool,

        /// In folders, read hidden files and folders too.
        #[arg(long)]
        hidden: bool,

        /// In folders, read the files .gitignore, .ignore and .rgignore leave out too.
        #[arg(long)]
        no_ignore: bool,

        /// Print nothing: the exit status says whether an error was found.
        #[arg(long, short = 'q', conflicts_with_all = ["count", "files_with_errors", "summary"])]
        quiet: bool,

        /// Print how many errors each input holds, not the errors.
        #[arg(long, short = 'c', conflicts_with_all = ["files_with_errors", "summary"])]
        count: bool,

        /// Print the name of each input that holds an error, not the errors (grep's -l; here -l
        /// is --lang).
        #[arg(long, conflicts_with = "summary")]
        files_with_errors: bool,

        /// Only errors whose code matches this pattern (any case; * and ? as in a shell: APIGW.*,
        /// "HTTP 4??"); may be given more than once.
        #[arg(long, value_name = "PATTERN", value_hint = clap::ValueHint::Other)]
        code: Vec<String>,

        /// How many files to scan at once (default, or 0: one per two cores, as each file's scan
        /// keeps two busy); each file's errors are still printed together, in input order.
        #[arg(long, short = 'j', value_name = "N", value_hint = clap::ValueHint::Other)]
        threads: Option<usize>,

        /// One row per code and HTTP status with its count, most frequent first, and totals.
        #[arg(long, short = 's')]
        summary: bool,

        /// The input's text encoding; auto follows a byte-order mark (UTF-16), or the NUL bytes
        /// of UTF-16 without one, else takes GB18030 when the input is not UTF-8 but is GB18030.
        #[arg(long, value_enum, default_value_t = EncodingArg::Auto, value_name = "ENCODING")]
        encoding: EncodingArg,

        /// Read compressed input (gzip, zstd, bzip2, xz: told by its first bytes) as it is,
        /// rather than decompressing it.
        #[arg(long)]
        no_decompress: bool,

        /// Read the secret key a request's signature is recomputed with from this file (else
        /// HUAWEICLOUD_SDK_SK); it is never printed.
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        sk_file: Option<std::path::PathBuf>,
    },

    /// Check a request before it is sent: a curl command (after --), a raw HTTP request or
    /// .http file, or with --api an image or JSON body for that API.
    #[command(after_help = CHECK_AFTER)]
    Check {
        /// A file (- for standard input), or after -- a curl command as typed.
        #[arg(required = true, value_name = "FILE|CURL", value_hint = clap::ValueHint::FilePath)]
        input: Vec<String>,

        /// The OCR API the file is for (general-text, id-card, …): the file is the image to
        /// send, or the request's JSON body.
        #[arg(long, short = 'a', value_name = "API", value_hint = clap::ValueHint::Other)]
        api: Option<String>,

        /// Read the secret key the signature is recomputed with from this file (else
        /// HUAWEICLOUD_SDK_SK); it is never printed.
        #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        sk_file: Option<std::path::PathBuf>,
    },

    /// Print the completion script for a shell.
    #[command(after_help = COMPLETIONS_AFTER)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: crate::completions::Shell,
    },

    /// Print the man page (roff), to install as ocr-err.1.
    Manpage,

    /// List every code in the catalog, one row each.
    #[command(after_help = LIST_AFTER)]
    List {
        /// Only codes of this module.
        #[arg(long, short = 'm', value_enum)]
        module: Option<ModuleArg>,

        /// Only codes of this service: its prefix (IAM, Ecs) or a part of its name in either
        /// language (云解析); for a service the catalog holds no codes of, where they
        /// are explained.
        #[arg(long, short = 's', value_name = "SERVICE", conflicts_with = "module")]
        service: Option<String>,

        /// List the services whose codes a prefix tells, with where each explains its codes.
        #[arg(long, conflicts_with_all = ["module", "service"])]
        services: bool,
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
    /// Identity and Access Management (统一身份认证): IAM.*
    #[value(alias = "统一身份认证")]
    Iam,
    /// The IAM token endpoint's answers without a code
    #[value(name = "iam-token", alias = "token")]
    IamToken,
    /// The SDKs' client-side exceptions
    Sdk,
    /// HTTP statuses that came without a code
    Http,
    /// Object Storage Service (对象存储), where OCR reads images from: AccessDenied, NoSuchKey…
    #[value(alias = "对象存储")]
    Obs,
}

impl ModuleArg {
    /// The catalog's module id.
    pub fn id(self) -> &'static str {
        match self {
            ModuleArg::Ocr => "ocr",
            ModuleArg::Platform => "platform",
            ModuleArg::Apig => "apig",
            ModuleArg::Apigw => "apigw",
            ModuleArg::Iam => "iam",
            ModuleArg::IamToken => "iam-token",
            ModuleArg::Sdk => "sdk",
            ModuleArg::Http => "http",
            ModuleArg::Obs => "obs",
        }
    }
}

/// `explain --table`: the catalog's source tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableArg {
    /// The OCR API reference's error codes
    Ocr,
    /// OCR's codes from its other pages (per-item statuses, invoice checks)
    #[value(name = "ocr-extra")]
    OcrExtra,
    /// The API gateway's codes as OCR calls meet them
    Apig,
    /// The API gateway's own error-code table
    Apigw,
    /// Identity and Access Management's codes
    Iam,
    /// The IAM token endpoint's answers without a code
    #[value(name = "iam-token")]
    IamToken,
    /// The SDKs' client-side exceptions
    Sdk,
    /// HTTP statuses that came without a code
    Http,
    /// Object Storage Service's named codes
    Obs,
}

impl TableArg {
    /// The catalog's table id.
    pub fn id(self) -> &'static str {
        match self {
            TableArg::Ocr => "ocr",
            TableArg::OcrExtra => "ocr-extra",
            TableArg::Apig => "apig",
            TableArg::Apigw => "apigw",
            TableArg::Iam => "iam",
            TableArg::IamToken => "iam-token",
            TableArg::Sdk => "sdk",
            TableArg::Http => "http",
            TableArg::Obs => "obs",
        }
    }
}

/// How many hits `search` shows when `--limit` is not given.
pub const SEARCH_LIMIT: u16 = 10;

/// The output options when none is given (what the `default_value_t`s above say), and those of
/// the subcommands that print a fixed text.
pub const DEFAULTS: OutputArgs = OutputArgs {
    format: FormatArg::Table,
    lang: None,
    color: None,
    ascii: false,
    hyperlinks: HyperlinksArg::Auto,
    paging: PagingArg::Auto,
};

/// The subcommands' names, as typed.
const SUBCOMMANDS: &[&str] = &[
    "explain",
    "search",
    "parse",
    "completions",
    "manpage",
    "list",
    "help",
];

/// The options that take a value, so that the value is not taken for the first argument.
const VALUED: &[&str] = &[
    "-f",
    "--format",
    "-l",
    "--lang",
    "--color",
    "--hyperlinks",
    "--paging",
];

/// The subcommands the output options (`--format`, `--lang`, `--color`, …) do nothing for: they
/// print a script or a page of their own.
const WITHOUT_OUTPUT_OPTIONS: [&str; 2] = ["completions", "manpage"];

/// The command line, as clap reads it: [`Cli`], with the output options kept out of the
/// subcommands they do nothing for. There each is a hidden option of the subcommand's own, so
/// it is neither in their help nor offered by completion, and given it is a usage error
/// ([`misplaced_option`]) rather than silently ignored.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let output: Vec<clap::Arg> = output_options(&cmd)
        .map(|a| a.global(false).hide(true))
        .collect();
    WITHOUT_OUTPUT_OPTIONS.iter().fold(cmd, |cmd, name| {
        cmd.mut_subcommand(name, |sub| sub.args(output.clone()))
    })
}

/// The command line as completion scripts and the man page offer it: the output options at the
/// top and under each subcommand they apply to, and not under the others. (Completion scripts
/// offer hidden options too, so they are left out there rather than hidden.)
pub fn offered() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let output: Vec<clap::Arg> = output_options(&cmd).map(|a| a.global(false)).collect();
    let top = output
        .iter()
        .fold(cmd, |cmd, a| cmd.mut_arg(a.get_id(), |a| a.global(false)));
    let names: Vec<String> = top
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .filter(|n| !WITHOUT_OUTPUT_OPTIONS.contains(&n.as_str()))
        .collect();
    names.iter().fold(top, |cmd, name| {
        cmd.mut_subcommand(name, |sub| sub.args(output.clone()))
    })
}

/// The output options, as `Cli` defines them (global).
fn output_options(cmd: &clap::Command) -> impl Iterator<Item = clap::Arg> + '_ {
    cmd.get_arguments().filter(|a| a.is_global_set()).cloned()
}

/// An output option given to a subcommand it does nothing for (before or after the
/// subcommand's name): the usage error to report.
pub fn misplaced_option(matches: &clap::ArgMatches) -> Option<String> {
    let (name, sub) = matches.subcommand()?;
    if !WITHOUT_OUTPUT_OPTIONS.contains(&name) {
        return None;
    }
    let given = |m: &clap::ArgMatches, id: &str| {
        m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
    };
    let ids = ["format", "lang", "color", "ascii", "hyperlinks", "paging"];
    let id = ids.iter().find(|id| given(sub, id) || given(matches, id))?;
    Some(format!(
        "--{id} does nothing for {name}, which prints {}; leave it out",
        if name == "manpage" {
            "a man page"
        } else {
            "a shell script"
        }
    ))
}

/// The arguments with `explain` inserted before a code-shaped first argument (`ocr-err AIS.0104`,
/// `ocr-err --lang en ais0104 APIG.0308`), as `errno ENOENT` and `tldr tar` work. Anything else,
/// a mistyped subcommand included, is left to clap and its suggestions.
pub fn with_shorthand(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut i = 1;
    while let Some(arg) = args.get(i).and_then(|a| a.to_str()) {
        if arg == "--" {
            return args;
        }
        if VALUED.contains(&arg) {
            i += 2;
            continue;
        }
        if arg.starts_with('-') {
            i += 1;
            continue;
        }
        if SUBCOMMANDS.contains(&arg) {
            return args;
        }
        // A code (`AIS.0104`), or a name the catalog explains (`ConnectionException`,
        // `NoSuchKey`): explain it. Anything else is left to clap (and its suggestions).
        let code_shaped =
            arg.chars().any(|c| c.is_ascii_digit()) && crate::catalog::parse_query(arg).is_some();
        if code_shaped || !arg.contains(' ') && !crate::catalog::find_named(arg).is_empty() {
            args.insert(i, "explain".into());
        }
        return args;
    }
    args
}

/// The plainest command lines, `ocr-err explain CODE…` and `ocr-err search WORD…` with no option,
/// which are read without building the clap parser (that costs more than the lookup or the
/// search itself).
#[derive(Debug, PartialEq, Eq)]
pub enum Plain {
    /// `explain` and its codes.
    Explain(Vec<String>),
    /// `search` and its words, joined by spaces as clap's reading joins them.
    Search(String),
}

/// The plainest command line, if this is one. Anything else — an option, `--`, an argument that
/// starts with `-`, no argument, text that is not UTF-8 — is left to clap, so the two readings
/// always agree.
pub fn plain(args: &[std::ffi::OsString]) -> Option<Plain> {
    let mut args = args.iter().skip(1);
    let command = args.next()?.to_str()?;
    let rest: Vec<String> = args
        .map(|a| a.to_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    if rest.is_empty() || rest.iter().any(|a| a.starts_with('-')) {
        return None;
    }
    match command {
        "explain" => Some(Plain::Explain(rest)),
        "search" => Some(Plain::Search(rest.join(" "))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[test]
    fn the_defaults_are_clap_s_defaults() {
        let cli = Cli::try_parse_from(["ocr-err", "explain", "AIS.0104"]).unwrap();
        let o = &cli.output;
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
    fn only_the_plainest_explain_and_search_skip_the_parser() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            plain(&args(&["ocr-err", "explain", "AIS.0104", "4204"])),
            Some(Plain::Explain(vec!["AIS.0104".into(), "4204".into()]))
        );
        assert_eq!(
            plain(&args(&["ocr-err", "search", "token", "expired"])),
            Some(Plain::Search("token expired".into()))
        );
        for other in [
            &["ocr-err", "explain"][..],
            &["ocr-err", "explain", "-f", "json", "X"],
            &["ocr-err", "explain", "--", "X"],
            &["ocr-err", "search"],
            &["ocr-err", "search", "-n", "3", "token"],
            &["ocr-err", "search", "token", "--module", "apig"],
            &["ocr-err", "list"],
            &["ocr-err"],
        ] {
            assert_eq!(plain(&args(other)), None, "{other:?}");
        }
    }

    #[test]
    fn the_plain_search_reads_as_clap_reads_it() {
        let cli = Cli::try_parse_from(["ocr-err", "search", "token", "expired"]).unwrap();
        let Command::Search {
            query,
            limit,
            module,
            ..
        } = cli.command
        else {
            panic!("a search");
        };
        assert_eq!(
            (query.join(" "), limit, module),
            ("token expired".to_owned(), SEARCH_LIMIT, None)
        );
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
