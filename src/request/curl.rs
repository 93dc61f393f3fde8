//! A curl command line as people type it or copy it ("Copy as cURL"): its URL, method,
//! headers and body (`-d @file` and `--data-binary @file` read the file). What curl adds by
//! itself is added as curl adds it: `Host`, and for a body `Content-Type:
//! application/x-www-form-urlencoded` unless one is given, and `Content-Length`.

use std::fmt;

use super::Request;

/// Why a command line could not be read as a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlError {
    /// No URL among the arguments.
    NoUrl,
    /// An option that takes a value came last.
    Missing(String),
    /// A quote was not closed.
    Unclosed,
    /// A file named by `@file` could not be read.
    Read(String, String),
}

impl fmt::Display for CurlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CurlError::NoUrl => write!(f, "the curl command names no URL"),
            CurlError::Missing(o) => write!(f, "curl's {o} takes a value, and none follows"),
            CurlError::Unclosed => write!(f, "a quote in the curl command is not closed"),
            CurlError::Read(file, why) => write!(f, "cannot read {file}: {why}"),
        }
    }
}

/// Splits a command line as a POSIX shell does for quoting: `'…'`, `"…"` (with `\"`, `\\`,
/// `\$`), backslash escapes, and `\` at the end of a line joining lines. `$'…'` is read as
/// `'…'` with its backslash escapes for newlines and quotes.
pub fn split(line: &str) -> Result<Vec<String>, CurlError> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut started = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some('\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                }
                Some(other) => {
                    word.push(other);
                    started = true;
                }
            },
            '\'' => {
                started = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err(CurlError::Unclosed),
                    }
                }
            }
            '$' if chars.peek() == Some(&'\'') => {
                chars.next();
                started = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some('\\') => match chars.next() {
                            Some('n') => word.push('\n'),
                            Some('t') => word.push('\t'),
                            Some('r') => word.push('\r'),
                            Some(c) => word.push(c),
                            None => return Err(CurlError::Unclosed),
                        },
                        Some(c) => word.push(c),
                        None => return Err(CurlError::Unclosed),
                    }
                }
            }
            '"' => {
                started = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some('\n') => {}
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err(CurlError::Unclosed),
                        },
                        Some(c) => word.push(c),
                        None => return Err(CurlError::Unclosed),
                    }
                }
            }
            c if c.is_whitespace() => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    Ok(words)
}

/// The options of curl that take a value and do not matter here (their value is skipped).
const TAKES_VALUE: [&str; 30] = [
    "-o",
    "--output",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "-b",
    "--cookie",
    "-c",
    "--cookie-jar",
    "-x",
    "--proxy",
    "-m",
    "--max-time",
    "--connect-timeout",
    "-w",
    "--write-out",
    "--cert",
    "--key",
    "--cacert",
    "-u",
    "--user",
    "-r",
    "--range",
    "--retry",
    "--resolve",
    "--limit-rate",
    "-K",
    "--config",
    "--interface",
];

/// Reads a curl command (its words, `curl` first or not) into the request it sends. `read`
/// reads a file named by `@file` (`-` is standard input).
#[allow(clippy::too_many_lines)] // One match over curl's options, each a few lines.
pub fn request(
    words: &[String],
    read: &mut dyn FnMut(&str) -> std::io::Result<Vec<u8>>,
) -> Result<Request, CurlError> {
    let words = match words.first() {
        Some(w) if w == "curl" || w.ends_with("/curl") || w == "curl.exe" => &words[1..],
        _ => words,
    };
    let mut method: Option<String> = None;
    let mut url: Option<String> = None;
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut data: Vec<Vec<u8>> = Vec::new();
    let mut json = false;
    let mut get = false;
    let mut head = false;
    let mut upload: Option<Vec<u8>> = None;
    let mut i = 0;
    let value = |i: &mut usize, option: &str, attached: Option<&str>| {
        if let Some(a) = attached {
            return Ok(a.to_string());
        }
        *i += 1;
        words
            .get(*i)
            .cloned()
            .ok_or_else(|| CurlError::Missing(option.to_string()))
    };
    let file = |name: &str, read: &mut dyn FnMut(&str) -> std::io::Result<Vec<u8>>| {
        read(name).map_err(|e| CurlError::Read(name.to_string(), e.to_string()))
    };
    while i < words.len() {
        let w = words[i].as_str();
        // `--opt=value` is not curl's syntax, but `-XPOST` and `-H'…'` are.
        let (option, attached) = if w.starts_with("--") {
            (w, None)
        } else if w.starts_with('-') && w.len() > 2 && "XHdT".contains(&w[1..2]) {
            (&w[..2], Some(&w[2..]))
        } else {
            (w, None)
        };
        match option {
            "-X" | "--request" => method = Some(value(&mut i, option, attached)?),
            "-H" | "--header" => {
                let h = value(&mut i, option, attached)?;
                if let Some((name, v)) = h.split_once(':') {
                    let (name, v) = (name.trim().to_string(), v.trim().to_string());
                    headers.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
                    // `-H 'Name:'` removes a header curl would add.
                    if !v.is_empty() || !h.trim_end().ends_with(':') {
                        headers.push((name, v));
                    }
                } else if let Some(name) = h.strip_suffix(';') {
                    headers.push((name.trim().to_string(), String::new()));
                }
            }
            "-d" | "--data" | "--data-ascii" | "--data-binary" | "--data-raw"
            | "--data-urlencode" | "--json" => {
                let v = value(&mut i, option, attached)?;
                json |= option == "--json";
                let bytes = match v.strip_prefix('@') {
                    Some(name) if option != "--data-raw" && option != "--data-urlencode" => {
                        let mut b = file(name, read)?;
                        if option == "-d" || option == "--data" || option == "--data-ascii" {
                            b.retain(|c| *c != b'\n' && *c != b'\r');
                        }
                        b
                    }
                    _ => v.into_bytes(),
                };
                data.push(bytes);
            }
            "-T" | "--upload-file" => {
                let name = value(&mut i, option, attached)?;
                upload = Some(file(&name, read)?);
            }
            "-G" | "--get" => get = true,
            "-I" | "--head" => head = true,
            "--url" => url = Some(value(&mut i, option, attached)?),
            o if TAKES_VALUE.contains(&o) => {
                value(&mut i, o, attached)?;
            }
            o if o.starts_with('-') => {}
            u => {
                if url.is_none() {
                    url = Some(u.to_string());
                }
            }
        }
        i += 1;
    }
    let mut url = url.ok_or(CurlError::NoUrl)?;
    if !url.contains("://") {
        url = format!("http://{url}");
    }
    let mut body = None;
    if get && !data.is_empty() {
        let query = data
            .iter()
            .map(|d| String::from_utf8_lossy(d).into_owned())
            .collect::<Vec<_>>()
            .join("&");
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str(&query);
    } else if !data.is_empty() {
        body = Some(data.join(&b'&'));
    } else if let Some(u) = upload {
        body = Some(u);
    }
    let method = method.unwrap_or_else(|| {
        match (head, &body, upload_is_put(words)) {
            (true, _, _) => "HEAD",
            (_, Some(_), true) => "PUT",
            (_, Some(_), false) => "POST",
            _ => "GET",
        }
        .to_string()
    });
    let mut r = Request::new(&method, &url, headers);
    let has = |r: &Request, n: &str| r.headers.iter().any(|(h, _)| h.eq_ignore_ascii_case(n));
    if let Some(host) = r.host.clone()
        && !has(&r, "host")
    {
        r.headers.insert(0, ("Host".into(), host));
    }
    if let Some(b) = &body {
        if !has(&r, "content-type") {
            let kind = if json {
                "application/json"
            } else {
                "application/x-www-form-urlencoded"
            };
            r.headers.push(("Content-Type".into(), kind.into()));
        }
        if !has(&r, "content-length") {
            r.headers
                .push(("Content-Length".into(), b.len().to_string()));
        }
    }
    r.body = Some(body.unwrap_or_default());
    Ok(r)
}

fn upload_is_put(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| w == "-T" || w == "--upload-file" || w.starts_with("-T"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_files(name: &str) -> std::io::Result<Vec<u8>> {
        match name {
            "body.json" => Ok(b"{\"url\":\n\"x\"}".to_vec()),
            _ => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "not found",
            )),
        }
    }

    #[test]
    fn a_copied_curl_command_is_read_with_its_headers_and_body() {
        let line = "curl -X POST 'https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text' \\\n  -H 'Content-Type: application/json' \\\n  -H \"X-Auth-Token: $'x'\" \\\n  --data-binary @body.json";
        let words = split(line).unwrap();
        let r = request(&words, &mut no_files).unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.host.as_deref(), Some("ocr.cn-north-4.myhuaweicloud.com"));
        assert_eq!(r.header("content-type"), Some("application/json"));
        assert_eq!(r.body.as_deref(), Some(&b"{\"url\":\n\"x\"}"[..]));
        assert_eq!(r.header("content-length"), Some("12"));
    }

    #[test]
    fn d_strips_line_ends_from_a_file_and_implies_post() {
        let words: Vec<String> = ["curl", "https://h/x", "-d", "@body.json"]
            .map(String::from)
            .to_vec();
        let r = request(&words, &mut no_files).unwrap();
        assert_eq!(r.method, "POST");
        assert_eq!(r.body.as_deref(), Some(&b"{\"url\":\"x\"}"[..]));
        assert_eq!(
            r.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
    }

    #[test]
    fn what_cannot_be_read_is_said() {
        let words: Vec<String> = ["curl", "-d", "@nope.json", "https://h/"]
            .map(String::from)
            .to_vec();
        assert!(
            matches!(request(&words, &mut no_files), Err(CurlError::Read(f, _)) if f == "nope.json")
        );
        let words: Vec<String> = ["curl", "-H"].map(String::from).to_vec();
        assert_eq!(
            request(&words, &mut no_files),
            Err(CurlError::Missing("-H".into()))
        );
        assert_eq!(split("curl 'https://x"), Err(CurlError::Unclosed));
        assert_eq!(
            request(&["curl".to_string()], &mut no_files),
            Err(CurlError::NoUrl)
        );
    }
}
