//! One run of the program: arguments in, exit code out. Parses the command line, resolves the
//! settings, runs the subcommand and maps its outcome through the one exit-code table.

use std::ffi::OsString;
use std::io::{self, Write};

use clap::{ColorChoice, FromArgMatches};

use crate::catalog;
use crate::cli::{Cli, ColorArg, Command, ModuleArg, Plain, TableArg};
use crate::error::{Error, Outcome, Result};
use crate::explain::{self, Explained};
use crate::output::Output;
use crate::render::{self, escape::one_line};
use crate::search;
use crate::settings::{self, Environment, Settings};

mod check;
mod parse;

/// Runs the program with these arguments (the first is the program name) and returns the exit
/// code. Output goes to the process's stdout and stderr.
pub fn run(args: Vec<OsString>, env: &Environment) -> u8 {
    if env.stdout_closed {
        // Rust's standard output quietly drops what is written to a closed descriptor.
        report("error: cannot write output: standard output is closed");
        return Outcome::Error.code();
    }
    // `ocr-err AIS.0104` is `ocr-err explain AIS.0104`.
    let args = crate::cli::with_shorthand(args);
    if let Some(plain) = crate::cli::plain(&args) {
        return match Settings::new(&crate::cli::DEFAULTS, env) {
            Ok(settings) => finish(&settings, |out| match &plain {
                Plain::Explain(codes) => explain(codes, false, None, &settings, env, out),
                Plain::Search(query) => search(
                    query,
                    &search::Options {
                        limit: usize::from(crate::cli::SEARCH_LIMIT),
                        module: None,
                        weak: false,
                    },
                    false,
                    &settings,
                    out,
                ),
            }),
            Err(e) => usage_error(&e),
        };
    }
    let help_color = match env.color(settings::color_in_args(&args)) {
        Ok(choice @ (ColorArg::Always | ColorArg::Never)) => choice,
        Ok(ColorArg::Auto) if env.wants_color(ColorArg::Auto) => ColorArg::Always,
        _ => ColorArg::Never,
    };
    let command = crate::cli::command().color(match help_color {
        ColorArg::Always => ColorChoice::Always,
        _ => ColorChoice::Never,
    });
    let matches = command.try_get_matches_from(args);
    if let Some(message) = matches.as_ref().ok().and_then(crate::cli::misplaced_option) {
        return usage_error(&message);
    }
    let cli = match matches.and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout (exit 0), usage errors to stderr (exit 2). A closed
            // pipe while printing help is not worth reporting. A usage error quotes what was
            // typed, which may hold escape sequences: it is printed plain, made safe.
            // A word that is no subcommand and like none (`ocr-err 图片质量`): most likely words
            // to search for.
            if e.kind() == clap::error::ErrorKind::InvalidSubcommand
                && let Some(clap::error::ContextValue::String(word)) =
                    e.get(clap::error::ContextKind::InvalidSubcommand)
                && e.get(clap::error::ContextKind::SuggestedSubcommand)
                    .is_none()
            {
                return usage_error(&format!(
                    "{} is not a subcommand; did you mean: ocr-err search {}",
                    echo(word),
                    shell_quote(word)
                ));
            }
            if e.use_stderr() {
                // One prefix for every error the tool prints: clap's say `error: …`.
                let text = e.render().to_string();
                let text = if text.starts_with("error:") {
                    format!("ocr-err: {text}")
                } else {
                    text
                };
                let _ = io::stderr()
                    .lock()
                    .write_all(render::escape::terminal_safe(&text).as_bytes());
                return Outcome::Error.code();
            }
            let mut text = if help_color == ColorArg::Always {
                e.render().ansi().to_string()
            } else {
                e.render().to_string()
            };
            // `ocr-err explain -V` names the tool, not `ocr-err-explain`.
            if e.kind() == clap::error::ErrorKind::DisplayVersion
                && let Some(rest) = text.strip_prefix("ocr-err-")
            {
                let after_name = rest.find(' ').map_or("", |i| &rest[i..]);
                text = format!("ocr-err{after_name}");
            }
            let mut stdout = io::stdout().lock();
            return match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    report(&format!("error: cannot write output: {e}"));
                    Outcome::Error.code()
                }
                _ => Outcome::Found.code(),
            };
        }
    };
    let mut settings = match Settings::new(&cli.output, env) {
        Ok(settings) => settings,
        Err(e) => return usage_error(&e),
    };
    if let Command::Parse { files, .. } = &cli.command {
        // Findings from standard input stream (`tail -f app.log | ocr-err parse`): held back for
        // a pager, they would not show as they are found.
        let reads_stdin = files.is_empty() || files.iter().any(|f| f.as_os_str() == "-");
        if reads_stdin && !settings.page_streams {
            settings.paging = crate::output::Paging::Off;
        }
    }
    finish(&settings, |out| dispatch(&cli.command, &settings, env, out))
}

/// A usage error: one line, exit 2.
fn usage_error(message: &str) -> u8 {
    report(&format!("error: {message}"));
    Outcome::Error.code()
}

/// Runs a subcommand against the output (paged or not) and maps its result to the exit code. A
/// reader that went away (`| head`, a pager quit early) is a quiet success.
fn finish(settings: &Settings, body: impl FnOnce(&mut Output) -> Result<Outcome>) -> u8 {
    let mut out = Output::new(settings.paging.clone());
    let result = body(&mut out).and_then(|outcome| {
        out.finish()?;
        Ok(outcome)
    });
    match result {
        Ok(outcome) => outcome.code(),
        Err(e) if e.is_broken_pipe() => Outcome::Found.code(),
        Err(e) => {
            report(&format!("error: {e}"));
            Outcome::Error.code()
        }
    }
}

/// One line on stderr, made safe for a terminal.
/// The secret key request signatures are recomputed with: read from `--sk-file`, else
/// `HUAWEICLOUD_SDK_SK`, if either is given. `Err` when the file cannot be read (said on
/// stderr).
fn secret_key(
    sk_file: Option<&std::path::Path>,
    env: &Environment,
) -> std::result::Result<Option<crate::request::Secret>, ()> {
    match sk_file {
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => Ok(Some(crate::request::Secret::from_file(&bytes))),
            Err(e) => {
                report(&format!("error: cannot read {}: {e}", path.display()));
                Err(())
            }
        },
        None => Ok(env.sdk_sk.clone()),
    }
}

pub(crate) fn report(message: &str) {
    let _ = writeln!(io::stderr().lock(), "ocr-err: {}", one_line(message));
}

fn dispatch(
    command: &Command,
    settings: &Settings,
    env: &Environment,
    out: &mut impl Write,
) -> Result<Outcome> {
    match command {
        Command::Explain {
            codes,
            brief,
            table,
        } => explain(codes, *brief, *table, settings, env, out),
        Command::Search {
            query,
            limit,
            module,
            all,
            full,
        } => search(
            &query.join(" "),
            &search::Options {
                limit: usize::from(*limit),
                module: module.map(ModuleArg::id),
                weak: *all,
            },
            *full,
            settings,
            out,
        ),
        Command::Parse { .. } => parse::run(command, settings, env, out),
        Command::Check { .. } => check::run(command, settings, env, out),
        Command::Completions { shell } => {
            out.write_all(shell.committed().as_bytes())?;
            Ok(Outcome::Found)
        }
        Command::Manpage => {
            out.write_all(&crate::completions::manpage())?;
            Ok(Outcome::Found)
        }
        Command::List { services: true, .. } => {
            let all: Vec<_> = catalog::services().iter().collect();
            render::search(out, &[], &all, false, settings)?;
            Ok(Outcome::Found)
        }
        Command::List {
            service: Some(name),
            ..
        } => {
            let services = catalog::services_named(name);
            if services.is_empty() {
                // Not found (exit 1), as an unknown code is: the nearest names, and where all are.
                let nearest = catalog::nearest_service_names(name);
                let hint = if nearest.is_empty() {
                    String::new()
                } else {
                    format!(" (nearest: {})", nearest.join(", "))
                };
                report(&format!(
                    "no service is named {}{hint}; ocr-err list --services lists them",
                    echo(name)
                ));
                return Ok(Outcome::NotFound);
            }
            // A prefix several services share (AIS: OCR, Image Recognition, Content Moderation)
            // numbers its codes apart per service; the catalog holds the first one's.
            let holds_codes = |s: &catalog::Service| {
                catalog::services_of(s.prefix)
                    .first()
                    .is_some_and(|first| std::ptr::eq(*first, s))
            };
            let mut entries: Vec<_> = catalog::entries()
                .filter(|e| {
                    e.kind == catalog::Kind::Code
                        && services.iter().any(|s| {
                            holds_codes(s)
                                && (e.code.split_once('.').is_some_and(|(p, _)| p == s.prefix)
                                    // A service whose codes are names (OBS's) by its module.
                                    || catalog::is_named_code(e)
                                        && e.module.id.eq_ignore_ascii_case(s.prefix))
                        })
                })
                .collect();
            if entries.is_empty() {
                // Codes the catalog does not hold: where the service explains them.
                render::search(out, &[], &services, false, settings)?;
                return Ok(Outcome::Found);
            }
            entries.sort_by(|a, b| a.code.as_str().cmp(b.code.as_str()));
            render::list(out, &explain::Listing::new(&entries), settings)?;
            Ok(Outcome::Found)
        }
        Command::List { module, .. } => {
            let mut entries: Vec<_> = match module {
                Some(m) => catalog::by_module(m.id()).collect(),
                None => catalog::entries().collect(),
            };
            // By code; a code documented by several tables keeps their precedence (stable sort).
            entries.sort_by(|a, b| a.code.as_str().cmp(b.code.as_str()));
            render::list(out, &explain::Listing::new(&entries), settings)?;
            Ok(if entries.is_empty() {
                Outcome::NotFound
            } else {
                Outcome::Found
            })
        }
    }
}

/// A byte count for people: `512 B`, `1.1 KB`, `3.4 MB`.
pub(crate) fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    #[allow(clippy::cast_precision_loss)] // A rounded figure for people.
    let mut size = bytes as f64 / 1000.0;
    let mut unit = 0;
    while size >= 1000.0 && unit < UNITS.len() - 1 {
        size /= 1000.0;
        unit += 1;
    }
    format!("{size:.1} {}", UNITS[unit])
}

/// A query or argument as echoed in a message: quoted, made safe, cut at 60 characters with `…`.
fn echo(text: &str) -> String {
    const MAX: usize = 60;
    let mut shown: String = text.chars().take(MAX).collect();
    if text.chars().nth(MAX).is_some() {
        shown.push('…');
    }
    format!("{:?}", one_line(&shown))
}

/// `search`: the hits `options` asks for; with `full`, their texts whole.
fn search(
    query: &str,
    options: &search::Options,
    full: bool,
    settings: &Settings,
    out: &mut impl Write,
) -> Result<Outcome> {
    // The services the query names (`云解析` is DNS), after the codes; none within a module.
    let services = if options.module.is_none() {
        catalog::find_services(query)
    } else {
        Vec::new()
    };
    match search::search(query, options) {
        search::Results::Hits(hits) => {
            render::search(out, &hits, &services, full, settings)?;
            Ok(Outcome::Found)
        }
        search::Results::NoMatch if !services.is_empty() => {
            render::search(out, &[], &services, false, settings)?;
            Ok(Outcome::Found)
        }
        search::Results::NothingToSearch { ignored } if ignored.is_empty() => Err(Error::Usage(
            format!("{} has no letters or digits to search for", echo(query)),
        )),
        search::Results::NothingToSearch { ignored } => Err(Error::Usage(format!(
            "{} has only words too common to search for ({}); add a word that describes the error",
            echo(query),
            ignored.join(", ")
        ))),
        search::Results::NoMatch => {
            render::search(out, &[], &[], false, settings)?;
            if let catalog::Lookup::Unknown(unknown) = catalog::lookup(query) {
                let near: Vec<String> = unknown
                    .suggestions
                    .iter()
                    .map(|e| e.code.to_string())
                    .collect();
                let hint = if near.is_empty() {
                    format!("ocr-err explain {} says what is known of it", unknown.code)
                } else {
                    format!(
                        "nearby codes: {} (ocr-err explain {} says more)",
                        near.join(", "),
                        unknown.code
                    )
                };
                report(&format!(
                    "no code matches {}; it looks like a code: {hint}",
                    echo(query)
                ));
            } else {
                report(&format!(
                    "no code matches {}; try fewer or other words, or browse them all with: ocr-err list",
                    echo(query)
                ));
            }
            Ok(Outcome::NotFound)
        }
    }
}

/// The codes to explain: as given, with `-` standing for those on standard input (one or more a
/// line, separated by white space or commas).
fn codes_to_explain(codes: &[String], env: &Environment) -> Result<Vec<String>> {
    if !codes.iter().any(|c| c == "-") {
        return Ok(codes.to_vec());
    }
    if env.stdin_is_terminal {
        return Err(Error::Usage(
            "explain - reads codes from standard input; pipe them in (jq -r '.[].code' errors.json | ocr-err explain -)".to_owned(),
        ));
    }
    let mut text = String::new();
    io::Read::read_to_string(&mut io::Read::take(io::stdin(), 16 << 20), &mut text)
        .map_err(|e| Error::Usage(format!("cannot read standard input: {e}")))?;
    let mut all = Vec::new();
    for c in codes {
        if c == "-" {
            all.extend(
                text.split(|ch: char| ch.is_whitespace() || ch == ',')
                    .filter(|w| !w.is_empty())
                    .map(str::to_owned),
            );
        } else {
            all.push(c.clone());
        }
    }
    if all.is_empty() {
        return Err(Error::Usage("no code on standard input".to_owned()));
    }
    Ok(all)
}

/// What to suggest for an argument that is not a code.
fn not_a_code(query: &str) -> String {
    let what = format!(
        "{} is not an error code (codes look like AIS.0104, ModelArts.4204 or a bare 4204)",
        echo(query)
    );
    let trimmed = query.trim_start();
    if let [service, ..] = catalog::find_services(query).as_slice() {
        return format!(
            "{} names a service ({}), not an error code; its codes: ocr-err list --service {}",
            echo(query),
            service.name.en,
            shell_quote(service.prefix)
        );
    }
    if trimmed.starts_with('{') || trimmed.contains("error_code") || trimmed.contains("HTTP/") {
        format!(
            "{what}; it looks like an error report: run ocr-err parse -, paste it, then press Ctrl-D"
        )
    } else if query.chars().any(char::is_alphanumeric) && query.chars().count() <= 60 {
        format!(
            "{what}; to search the descriptions, run: ocr-err search {}",
            shell_quote(query)
        )
    } else {
        what
    }
}

/// A word quoted for a POSIX shell when it needs it.
fn shell_quote(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "._-/".contains(c))
    {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

fn explain(
    codes: &[String],
    brief: bool,
    table: Option<TableArg>,
    settings: &Settings,
    env: &Environment,
    out: &mut impl Write,
) -> Result<Outcome> {
    let codes = codes_to_explain(codes, env)?;
    let mut results: Vec<Explained> = codes.iter().map(|c| Explained::new(c)).collect();
    let mut outcome = Outcome::Found;
    // `--table`: each code's entry in that table only; a code it does not document is said so,
    // with the tables that do.
    if let Some(table) = table {
        results.retain_mut(|r| {
            let Explained::Found { query, entries } = r else {
                return true;
            };
            let elsewhere: Vec<&str> = entries.iter().map(|e| e.table.as_str()).collect();
            entries.retain(|e| e.table.as_str() == table.id());
            if entries.is_empty() {
                report(&format!(
                    "{} is not in table {}; the tables that document it: {}",
                    render::escape::one_line(query),
                    table.id(),
                    elsewhere.join(", ")
                ));
                outcome = Outcome::NotFound;
            }
            !entries.is_empty()
        });
    }
    for r in &results {
        match r {
            Explained::Found { .. } => {}
            Explained::Unknown { .. } => outcome = outcome.max(Outcome::NotFound),
            Explained::Invalid { query } => {
                report(&format!("error: {}", not_a_code(query)));
                outcome = Outcome::Error;
            }
        }
    }
    // An argument that is not a code is a usage error: said on stderr only, as every usage
    // error is, in every format; stdout carries the results of the others (none: nothing).
    let results: Vec<Explained> = results
        .into_iter()
        .filter(|r| !matches!(r, Explained::Invalid { .. }))
        .collect();
    if !results.is_empty() {
        render::explain(out, &results, brief, settings)?;
    }
    Ok(outcome)
}
