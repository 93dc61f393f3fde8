//! `check`: the diagnoses' rules run on a request before it is sent — a curl command, a raw
//! request or `.http` file, or an image or JSON body for one API.

use std::io::{Read, Write};
use std::path::Path;

use super::report;
use crate::diagnose::checked::{Checked, Problem};
use crate::diagnose::{self, Context, apis};
use crate::error::{Error, Outcome, Result};
use crate::render;
use crate::request::{Request, Secret, curl};
use crate::settings::{Environment, Settings};

/// What `check` was given, read.
struct Given {
    /// How output names it: `curl`, a path, `-`.
    name: String,
    request: Option<Request>,
    /// An image's first bytes, and its whole length.
    image: Option<(Vec<u8>, usize)>,
}

pub(super) fn run(
    command: &crate::cli::Command,
    settings: &Settings,
    env: &Environment,
    out: &mut impl Write,
) -> Result<Outcome> {
    let crate::cli::Command::Check {
        input,
        api,
        sk_file,
    } = command
    else {
        unreachable!("check::run is given the check command");
    };
    let Ok(secret) = super::secret_key(sk_file.as_deref(), env) else {
        return Ok(Outcome::Error);
    };
    let facts = apis::facts();
    let api = match api {
        Some(id) => Some(facts.api(id).ok_or_else(|| {
            let mut near: Vec<&str> = facts.apis.iter().map(|a| a.id.as_str()).collect();
            near.sort_by_key(|a| strsim::osa_distance(a, id));
            Error::Usage(format!(
                "no OCR API is called {id:?}: did you mean {}? (an API is the last part of its path, /v2/{{project_id}}/ocr/general-text)",
                near[..3].join(", ")
            ))
        })?),
        None => None,
    };
    let given = match read(input, api.is_some()) {
        Ok(given) => given,
        Err(Failure::Usage(m)) => return Err(Error::Usage(m)),
        Err(Failure::Read(m)) => {
            report(&format!("error: {m}"));
            return Ok(Outcome::Error);
        }
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().cast_signed());
    let access = env
        .sdk_ak
        .as_ref()
        .map(|a| a.to_string_lossy().into_owned());
    let body_only = given.request.as_ref().is_some_and(|r| r.method.is_empty());
    let cx = Context {
        request: given.request.as_ref().filter(|_| !body_only),
        body: given.request.as_ref().filter(|_| body_only),
        now: Some(now),
        secret: secret.as_ref().map(Secret::bytes),
        access: access.as_deref(),
        api,
        image: given
            .image
            .as_ref()
            .map(|(head, len)| (head.as_slice(), *len)),
        ..Context::default()
    };
    let problems: Vec<Problem> = diagnose::diagnose(&cx)
        .into_iter()
        .map(Problem::new)
        .collect();
    // A signature that could not be checked (no secret key given) is said, but is no problem.
    let found = problems
        .iter()
        .any(|p| p.diagnosis.id != "signature-unchecked");
    let checked = Checked {
        input: given.name,
        api: api
            .map(|a| a.id.as_str())
            .or_else(|| given.request.as_ref().and_then(diagnose::api_id)),
        request: cx.request.map(crate::diagnose::checked::RequestShown::of),
        problems,
    };
    render::check(out, &checked, settings)?;
    Ok(if found {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

enum Failure {
    Usage(String),
    Read(String),
}

fn read_file(name: &str) -> std::io::Result<Vec<u8>> {
    if name == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        Ok(b)
    } else {
        std::fs::read(Path::new(name))
    }
}

/// How much of an image is read: its header, and the metadata some formats put first.
const IMAGE_HEAD: u64 = 256 << 10;

/// A file's first [`IMAGE_HEAD`] bytes and its length (standard input is read whole).
fn read_head(name: &str) -> std::io::Result<(Vec<u8>, usize)> {
    if name == "-" {
        let all = read_file(name)?;
        let len = all.len();
        return Ok((all, len));
    }
    let file = std::fs::File::open(Path::new(name))?;
    let len = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
    let mut head = Vec::new();
    file.take(IMAGE_HEAD).read_to_end(&mut head)?;
    let len = len.max(head.len());
    Ok((head, len))
}

fn from_curl(words: &[String]) -> std::result::Result<Given, Failure> {
    let request = curl::request(words, &mut read_file).map_err(|e| match e {
        curl::CurlError::Read(..) => Failure::Read(e.to_string()),
        e => Failure::Usage(e.to_string()),
    })?;
    Ok(Given {
        name: "curl".into(),
        request: Some(request),
        image: None,
    })
}

/// Reads what the arguments name: a curl command, or one file.
fn read(input: &[String], for_api: bool) -> std::result::Result<Given, Failure> {
    let first = input.first().map_or("", String::as_str);
    if first == "curl" || first.ends_with("/curl") || first == "curl.exe" {
        return from_curl(input);
    }
    if first.starts_with("curl ") && input.len() == 1 {
        let words = curl::split(first).map_err(|e| Failure::Usage(e.to_string()))?;
        return from_curl(&words);
    }
    let [path] = input else {
        return Err(Failure::Usage(
            "check takes one file, or a curl command after --: ocr-err check -- curl …".into(),
        ));
    };
    let name = if path == "-" {
        "standard input"
    } else {
        path.as_str()
    };
    let failed = |e: std::io::Error| Failure::Read(format!("cannot read {name}: {e}"));
    if for_api {
        // An image is read only as far as its header; its length is the file's.
        let (head, len) = read_head(path).map_err(failed)?;
        if head.trim_ascii_start().first() == Some(&b'{') {
            return Ok(Given {
                name: path.clone(),
                // A body alone: no method, no headers.
                request: Some(Request {
                    body: Some(read_file(path).map_err(failed)?),
                    ..Request::default()
                }),
                image: None,
            });
        }
        return Ok(Given {
            name: path.clone(),
            request: None,
            image: Some((head, len)),
        });
    }
    let bytes = read_file(path).map_err(failed)?;
    let text = String::from_utf8_lossy(&bytes);
    if text.trim_start().starts_with("curl ") {
        let words = curl::split(text.trim()).map_err(|e| Failure::Usage(format!("{name}: {e}")))?;
        return from_curl(&words).map(|g| Given {
            name: path.clone(),
            ..g
        });
    }
    let request = Request::from_http(&text).ok_or_else(|| {
        Failure::Usage(format!(
            "{name} holds no HTTP request (a request line such as POST https://… HTTP/1.1, then headers) nor a curl command; for an image or a JSON body, name its API: ocr-err check --api general-text {path}"
        ))
    })?;
    Ok(Given {
        name: path.clone(),
        request: Some(request),
        image: None,
    })
}
