//! What a line is, before its reports are read: curl -v's own request lines, an HTTP status line,
//! a request-id header, the marks of a quote or a comment around pasted text, a continuation of
//! the event before it.

use std::sync::OnceLock;

/// A table of the bytes in `bytes`: `table[b]` says whether `b` is one of them.
pub(in crate::scan) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
}

/// A header line without the mark of the tool that printed it: `< ` (curl -v), `header: `
/// (Python's `http.client` debug output).
fn header(line: &[u8]) -> &[u8] {
    line.strip_prefix(b"< ")
        .or_else(|| line.strip_prefix(b"header: "))
        .unwrap_or(line)
}

/// A header line, `Name: value` (`< `- or `header: `-marked, as [`header`] has it).
pub(super) fn is_header(line: &[u8]) -> bool {
    let line = header(line);
    let name = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    name > 0 && line.get(name) == Some(&b':')
}

/// The value of a response's `Date: …` header line (`< `-prefixed in curl -v output).
pub(super) fn date_header(line: &[u8]) -> Option<String> {
    let line = line.strip_prefix(b"< ").unwrap_or(line);
    let value = line
        .get(..5)
        .filter(|name| name.eq_ignore_ascii_case(b"date:"))
        .map(|_| &line[5..])?;
    let value = String::from_utf8_lossy(value).trim().to_owned();
    (!value.is_empty() && value.len() <= 64).then_some(value)
}

/// The value of an `X-Request-Id: …` header line.
pub(super) fn request_id_header(line: &[u8]) -> Option<String> {
    /// The request id headers: the gateway's, and OBS's (also under the S3 name, as S3 tools
    /// print it when they talk to OBS).
    const HEADERS: [&[u8]; 3] = [b"x-request-id:", b"x-obs-request-id:", b"x-amz-request-id:"];
    let line = line.trim_ascii_start();
    if !matches!(line.first(), Some(b'x' | b'X' | b'<' | b'h')) {
        return None;
    }
    let header = header(line);
    let name = HEADERS
        .iter()
        .find(|h| header.len() > h.len() && header[..h.len()].eq_ignore_ascii_case(h))?;
    let value = String::from_utf8_lossy(&header[name.len()..])
        .trim()
        .to_owned();
    (!value.is_empty()
        && value.len() <= 128
        && !value.contains(char::is_whitespace)
        && !is_placeholder(&value))
    .then_some(value)
}

/// A value written where a request id or code would stand, standing for one: `...`, `******`,
/// `xxx`, `<request id>`, `{request_id}`, `null`.
pub(in crate::scan) fn is_placeholder(value: &str) -> bool {
    let v = value.trim_matches(|c: char| c == '"' || c == '\'');
    v.is_empty()
        || v.chars()
            .all(|c| matches!(c, '*' | '.' | '…' | '-' | 'x' | 'X' | '?' | '#'))
        || (v.starts_with('<') && v.ends_with('>'))
        || (v.starts_with('{') && v.ends_with('}'))
        || (v.starts_with("${") && v.ends_with('}'))
        || ["none", "null", "nil", "undefined", "n/a"]
            .iter()
            .any(|p| v.eq_ignore_ascii_case(p))
}

/// A `Content-Length: 0` header (any case, `< `-prefixed in curl -v output): the response has no
/// body, so what follows its headers is not one.
pub(super) fn is_empty_length(line: &[u8]) -> bool {
    const HEADER: &[u8] = b"content-length:";
    let header = header(line);
    header.len() > HEADER.len()
        && header[..HEADER.len()].eq_ignore_ascii_case(HEADER)
        && header[HEADER.len()..].trim_ascii() == b"0"
}

/// curl -v's request line, `> POST /v2/… HTTP/1.1` (after its `> `).
pub(super) fn is_curl_request(line: &[u8]) -> bool {
    if line.first() != Some(&b'>') {
        return false;
    }
    let Some(rest) = line.strip_prefix(b"> ") else {
        return false;
    };
    let method = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
    (3..=7).contains(&method)
        && rest.get(method) == Some(&b' ')
        && memchr::memmem::find(rest, b" HTTP/").is_some()
}

/// A header line of curl -v's request: `> Name: value`.
pub(super) fn is_curl_header(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"> ") else {
        return false;
    };
    let name = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    name > 0 && rest[name..].starts_with(b": ")
}

/// A line without the marks of a quote, a comment or a list around pasted text: `> ` (e-mail,
/// Markdown), `>> `, `// `, `# `, `│ ` (Terraform's error box), `| `, `- `, `* ` — several
/// deep — and without the backticks of a line that is all inline code.
pub(super) fn strip_quote(mut line: &[u8]) -> &[u8] {
    // Most lines start with none of the marks (a timestamp, a brace, a word).
    if line
        .first()
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'{' || *b == b'"')
    {
        return line;
    }
    for _ in 0..4 {
        let trimmed = line.trim_ascii_start();
        let rest = [
            b">".as_slice(),
            b"//",
            b"#",
            "│".as_bytes(),
            b"|",
            b"-",
            b"+",
            b"*",
        ]
        .iter()
        .find_map(|mark| trimmed.strip_prefix(*mark));
        match rest {
            Some(rest) if rest.is_empty() || rest[0] == b' ' || rest[0] == b'>' => line = rest,
            _ => break,
        }
    }
    let trimmed = line.trim_ascii();
    match trimmed
        .strip_prefix(b"`")
        .and_then(|t| t.strip_suffix(b"`"))
    {
        Some(inner) if !inner.contains(&b'`') => inner,
        _ => line,
    }
}

/// A unit's text without what only marks it up: the backticks of Markdown's inline code
/// (`` `AIS.0104` ``), turned to spaces, and the entities of a body escaped for HTML or XML
/// (`{&quot;error_code&quot;:…}` in a page's source, a test report's attribute), decoded.
/// `None` when there is neither, the usual case.
pub(super) fn unmarked(bytes: &[u8]) -> Option<Vec<u8>> {
    static QUOT: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
    // Most units have neither mark: one search tells.
    let first = memchr::memchr2(b'`', b'&', bytes)?;
    let ticks = memchr::memchr(b'`', &bytes[first..]).is_some();
    let entities = memchr::memchr(b'&', &bytes[first..]).is_some()
        && QUOT
            .get_or_init(|| {
                [
                    memchr::memmem::Finder::new(b"&quot;"),
                    memchr::memmem::Finder::new(b"&#34;"),
                ]
            })
            .iter()
            .any(|quote| quote.find(bytes).is_some());
    if !ticks && !entities {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let entity = (entities && bytes[i] == b'&')
            .then(|| {
                ENTITIES
                    .iter()
                    .find(|(name, _)| bytes[i..].starts_with(name))
            })
            .flatten();
        match (bytes[i], entity) {
            (_, Some((name, decoded))) => {
                out.push(*decoded);
                i += name.len();
            }
            (b'`', None) => {
                out.push(b' ');
                i += 1;
            }
            (b, None) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(out)
}

/// The entities [`unmarked`] decodes: those an escaped body's punctuation takes.
const ENTITIES: &[(&[u8], u8)] = &[
    (b"&quot;", b'"'),
    (b"&#34;", b'"'),
    (b"&#x22;", b'"'),
    (b"&apos;", b'\''),
    (b"&#39;", b'\''),
    (b"&#x27;", b'\''),
    (b"&lt;", b'<'),
    (b"&gt;", b'>'),
    (b"&amp;", b'&'),
];

/// Whether a line may go on the event before it (an indented or punctuated continuation),
/// rather than start an event of its own (a timestamp, a word).
pub(super) fn continues_event(line: &[u8]) -> bool {
    line.first()
        .is_some_and(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation() && *b != b'{')
}

/// A failing status alone on a line, as a person pastes it under the body it came with (`403`,
/// `403 Forbidden`): three digits from 400 to 599, then at most a reason of capitalised words.
pub(super) fn bare_status(line: &[u8]) -> Option<u16> {
    let line = line.trim_ascii();
    let digits = line.get(..3)?;
    let reason = &line[3..];
    if !digits.iter().all(u8::is_ascii_digit) || line.len() > 40 {
        return None;
    }
    let words_ok = reason.is_empty()
        || reason.starts_with(b" ")
            && reason
                .split(|&b| b == b' ')
                .filter(|w| !w.is_empty())
                .all(|w| w[0].is_ascii_uppercase() && w.iter().all(u8::is_ascii_alphabetic));
    let status: u16 = std::str::from_utf8(digits).ok()?.parse().ok()?;
    (words_ok && (400..600).contains(&status)).then_some(status)
}

/// The status of an HTTP status line (`HTTP/1.1 400 Bad Request`, `< HTTP/2 401`, Python's
/// `http.client` debug output `reply: 'HTTP/1.1 400 Bad Request\r\n'`, `OkHttp`'s logged
/// `<-- 400 Bad Request https://… (83ms)`), or of a line that says only that (`HTTP 400`,
/// `HTTP 401 Unauthorized`).
pub(super) fn status_line(line: &[u8]) -> Option<u16> {
    // Indented as a documentation page's code block is.
    let line = line.trim_ascii_start();
    if let Some(rest) = line.strip_prefix(b"<-- ") {
        let code = rest.get(..3)?;
        let bounded = rest.get(3).is_none_or(|&b| b == b' ');
        return (bounded && code.iter().all(u8::is_ascii_digit))
            .then(|| std::str::from_utf8(code).ok()?.parse().ok())
            .flatten();
    }
    let line = line
        .strip_prefix(b"< ")
        .or_else(|| line.strip_prefix(b"reply: '"))
        .unwrap_or(line);
    if let Some(rest) = line.strip_prefix(b"HTTP ") {
        let code = rest.get(..3)?;
        let reason = &rest[3..];
        let words_only = reason.is_empty()
            || reason[0] == b' ' && reason.iter().all(|b| b.is_ascii_alphabetic() || *b == b' ');
        return (code.iter().all(u8::is_ascii_digit) && words_only)
            .then(|| std::str::from_utf8(code).ok()?.parse().ok())
            .flatten();
    }
    let rest = line.strip_prefix(b"HTTP/")?;
    let space = rest.iter().position(|&b| b == b' ')?;
    if space > 3
        || !rest[..space]
            .iter()
            .all(|b| b.is_ascii_digit() || *b == b'.')
    {
        return None;
    }
    let code = rest.get(space + 1..space + 4)?;
    if !code.iter().all(u8::is_ascii_digit)
        || rest
            .get(space + 4)
            .is_some_and(|b| !b.is_ascii_whitespace())
    {
        return None;
    }
    std::str::from_utf8(code).ok()?.parse().ok()
}

/// A status line an HTTP client's log prints after a logger's prefix: `OkHttp`'s
/// `<-- 400 Bad Request https://… (83ms)` after Android's `… D/OkHttp: ` or a Java logger's
/// `… okhttp3.OkHttpClient - `. Its status, and where the client's text starts.
pub(super) fn prefixed_status(line: &[u8]) -> Option<(u16, usize)> {
    static ARROW: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let at = ARROW
        .get_or_init(|| memchr::memmem::Finder::new(b"<-- "))
        .find(line)?;
    if at == 0 || line[at - 1] != b' ' {
        return None;
    }
    Some((status_line(&line[at..])?, at))
}

/// A line carrying the same logger's prefix as a status line did (`prefix`), without it. The
/// prefix may differ in its digits (a timestamp), not in its length or its other bytes; a line
/// that is the prefix alone without its trailing spaces is an empty message.
pub(super) fn unprefixed<'l>(line: &'l [u8], prefix: &[u8]) -> Option<&'l [u8]> {
    let alike = |a: &[u8], b: &[u8]| {
        a.iter()
            .zip(b)
            .all(|(x, y)| x == y || x.is_ascii_digit() && y.is_ascii_digit())
    };
    if line.len() >= prefix.len() {
        return alike(&line[..prefix.len()], prefix).then(|| &line[prefix.len()..]);
    }
    let rest = &prefix[line.len()..];
    (!line.is_empty() && alike(line, prefix) && rest.iter().all(u8::is_ascii_whitespace))
        .then_some(&line[line.len()..])
}

/// The failing status Python's urllib3 logs for a request it sent (`DEBUG:urllib3.connectionpool:
/// https://ocr.….com:443 "POST /v2/…/ocr/general-text HTTP/1.1" 400 87`), which the body a
/// program prints next (`print(r.text)`) is the body of.
pub(super) fn urllib3_status(line: &[u8]) -> Option<u16> {
    static LOGGER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let logger = LOGGER
        .get_or_init(|| memchr::memmem::Finder::new(b"urllib3.connectionpool"))
        .find(line)?;
    let line = &line[logger..];
    let version = memchr::memmem::find(line, b" HTTP/")? + 6;
    let quote = version + line[version..].iter().position(|&b| b == b'"')?;
    if !line[version..quote]
        .iter()
        .all(|b| b.is_ascii_digit() || *b == b'.')
    {
        return None;
    }
    let rest = line[quote + 1..].strip_prefix(b" ")?;
    let code = rest.get(..3)?;
    let bounded = rest.get(3).is_none_or(|&b| b == b' ');
    let status: u16 = std::str::from_utf8(code).ok()?.parse().ok()?;
    (bounded && code.iter().all(u8::is_ascii_digit) && (400..=599).contains(&status))
        .then_some(status)
}

pub(super) fn is_blank(line: &[u8]) -> bool {
    let line = line.strip_prefix(b"<").unwrap_or(line);
    line.iter().all(u8::is_ascii_whitespace)
}

/// The title of an HTML page (`<title>413 Request Entity Too Large</title>`), trimmed, in any
/// case of the tags; the rest of the text after an opening tag whose closing one is not in it.
pub(super) fn html_title(text: &str) -> Option<&str> {
    const OPEN: &[u8] = b"<title>";
    const CLOSE: &[u8] = b"</title>";
    let find = |hay: &[u8], needle: &[u8]| {
        hay.windows(needle.len())
            .position(|w| w.eq_ignore_ascii_case(needle))
    };
    let start = find(text.as_bytes(), OPEN)? + OPEN.len();
    let end = find(&text.as_bytes()[start..], CLOSE).map_or(text.len(), |e| start + e);
    Some(text[start..end].trim())
}

/// The status a heading or label line states for the body after it, if the line is only that:
/// `**Status code: 400**`, `Status Code: 404`, `STATUS 404`, `状态码：400`, `**状态码： 400**`,
/// `状态码为 400 时:`, a reason phrase after the number allowed (`Status code: 400 Bad Request`).
pub(super) fn heading_status(line: &[u8]) -> Option<u16> {
    // The Terraform providers' debug log, after the logger's prefixes: the status of the
    // response whose headers and body it logs next (`… [DEBUG] HuaweiCloud Response Code: 403`,
    // Open Telekom Cloud's `OpenTelekomCloud Response Code: 404`).
    const LOGGED: &str = "Cloud Response Code: ";
    let text = std::str::from_utf8(line).ok()?;
    if let Some(at) = text.find(LOGGED) {
        let rest = text[at + LOGGED.len()..].trim_end();
        let status: u16 = rest.parse().ok().filter(|_| rest.len() == 3)?;
        return (100..=599).contains(&status).then_some(status);
    }
    let marks = |c: char| {
        matches!(
            c,
            '*' | '#' | '`' | '_' | ' ' | '\t' | '：' | ':' | '|' | '>' | '-'
        )
    };
    let lower = text.trim_matches(marks).to_ascii_lowercase();
    let rest = ["http status code", "status code", "状态码", "status"]
        .iter()
        .find_map(|label| lower.strip_prefix(label))?;
    let rest = rest
        .trim_start_matches([' ', ':', '：', '='])
        .trim_start_matches('为')
        .trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 3 {
        return None;
    }
    let status: u16 = rest[..3].parse().ok()?;
    let after = rest[3..].trim_matches(marks);
    let after = after
        .strip_prefix('时')
        .unwrap_or(after)
        .trim_matches(marks);
    let reason = after.len() <= 40 && after.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ');
    ((100..=599).contains(&status) && reason).then_some(status)
}

/// Where the code at byte `at` of `text` stands: alone on its line (but for a table's or a list's
/// marks), in a row of a table (`| APIG.0301 | 401 |`, `<td>APIG.0301</td>`), or among words.
/// Only a bare token (`shape`) stands anywhere: other reports stand under their keys.
pub(super) fn cell(text: &str, at: usize, shape: super::Shape) -> super::Cell {
    // A cell's line is short: a line longer than this either way is read no further (a line
    // of many codes stays linear).
    const NEAR: usize = 512;
    if shape != super::Shape::Token {
        return super::Cell::No;
    }
    let at = at.min(text.len());
    // One of several codes a sentence enumerates (`新增DNS.0021~DNS.0026、DNS.0325`, `APIG.0301
    // and APIG.0302`): a listing's, as a table's row is. Read close around the code, however
    // long its line.
    {
        let near_from = super::extract::floor_char_boundary(text, at.saturating_sub(64));
        let near_to = super::extract::floor_char_boundary(text, (at + 96).min(text.len()));
        let code_end = text[at..near_to]
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
            .map_or(near_to, |i| at + i);
        if enumerated(&text[near_from..at], &text[code_end..near_to]) {
            return super::Cell::Row;
        }
    }
    let from = super::extract::floor_char_boundary(text, at.saturating_sub(NEAR));
    let start = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return super::Cell::No,
    };
    let to = super::extract::floor_char_boundary(text, at + NEAR);
    let end = match text[at..to].find('\n') {
        Some(i) => at + i,
        None if to == text.len() => to,
        None => return super::Cell::No,
    };
    let line = text[start..end].trim();
    // A table's row or a list's item; in HTML, also a cell opened earlier on the line (`<tr …><td
    // …><p …>SIS.0003</p>`, as documentation pages' sources have them).
    if line.starts_with('|')
        || line.starts_with("<td")
        || line.starts_with("<li")
        || text[start..at].contains("<td")
    {
        return super::Cell::Row;
    }
    let code_end = text[at..end]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        .map_or(end, |i| at + i);
    // Between two of a table's bars, in a row of three columns at least (the row's first bar may
    // have been read as a quote's mark); `(HTTP 403 | EVS.1002 | …)` is a log's fields.
    let (before, after) = (text[start..at].trim_end(), text[code_end..end].trim_start());
    let bars = line.bytes().filter(|&b| b == b'|').count();
    if bars >= 3 && after.starts_with('|') && (before.is_empty() || before.ends_with('|')) {
        return super::Cell::Row;
    }
    // A row whose first bars were read as a quote's marks, the code among a cell's words (a
    // change history: `| 2018-02-13 | Modified the description of Ecs.0003 |`), or a grid
    // table's row, its last cell padded to the closing bar.
    if let Some(open) = line.strip_suffix('|')
        && (bars >= 2 || open.ends_with("  "))
    {
        return super::Cell::Row;
    }
    let marks = |c: char| c.is_whitespace() || matches!(c, '|' | '*' | '`' | '-' | '+' | '#');
    if text[start..at].trim_matches(marks).is_empty()
        && text[code_end..end].trim_matches(marks).is_empty()
    {
        super::Cell::Alone
    } else {
        super::Cell::No
    }
}

/// The words and marks that join the codes of an enumeration.
const JOINERS: [&str; 12] = [
    "~", "～", "、", "和", "及", "与", "至", ",", "，", "/", "and ", "or ",
];

/// Whether the text around a code joins it to another code: a joiner, then a code, after it;
/// or a code, then a joiner, before it.
fn enumerated(before: &str, after: &str) -> bool {
    let is_code = |w: &str| {
        let w = w.trim_matches(|c: char| matches!(c, '`' | '"' | '\'' | '*'));
        let Some(dot) = w.find(['.', '_']) else {
            return false;
        };
        dot >= 2
            && w[..dot].bytes().all(|b| b.is_ascii_alphabetic())
            && w.len() > dot + 1
            && w[dot + 1..].bytes().all(|b| b.is_ascii_digit())
    };
    let after = after.trim_start_matches(['`', '"', '\'', '*']).trim_start();
    let joined_after = JOINERS.iter().any(|j| {
        after.strip_prefix(j).is_some_and(|rest| {
            let word: &str = rest
                .trim_start()
                .split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '`')))
                .next()
                .unwrap_or("");
            is_code(word)
        })
    });
    let before = before.trim_end_matches(['`', '"', '\'', '*']).trim_end();
    joined_after
        || JOINERS.iter().any(|j| {
            before.strip_suffix(j.trim_end()).is_some_and(|rest| {
                let word = rest
                    .trim_end()
                    .rsplit(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '`')))
                    .next()
                    .unwrap_or("");
                is_code(word)
            })
        })
}

#[cfg(test)]
mod enumeration_tests {
    use super::enumerated;

    #[test]
    fn codes_a_sentence_enumerates_are_told_from_a_code_in_prose() {
        assert!(enumerated("新增", "~DNS.0026、DNS.0325"));
        assert!(enumerated("新增DNS.0021~", "、DNS.0325"));
        assert!(enumerated("增加错误码DNS.0323和", "。"));
        assert!(enumerated("", " and APIG.0302 were added"));
        assert!(enumerated("codes `APIG.0301`, ", ""));
        for (before, after) in [
            ("the system returns with", "error."),
            ("error: ", ", retry later"),
            ("got ", "/ request 42"),
            ("and ", "then it failed"),
        ] {
            assert!(!enumerated(before, after), "{before:?} {after:?}");
        }
    }
}

#[cfg(test)]
mod heading_tests {
    use super::heading_status;

    #[test]
    fn the_terraform_provider_s_logged_response_code_is_a_heading() {
        let line = b"2021-05-30T02:08:38.618+0700 [DEBUG] provider.terraform-provider-huaweicloud_v1.24.2: 2021/05/30 02:08:38 [DEBUG] HuaweiCloud Response Code: 403";
        assert_eq!(heading_status(line), Some(403));
        assert_eq!(heading_status(b"HuaweiCloud Response Code: 4031"), None);
    }

    #[test]
    fn a_heading_states_the_status_of_the_body_after_it() {
        for (line, status) in [
            ("**Status code: 400**", 400),
            ("Status Code: 404", 404),
            ("STATUS 404", 404),
            ("状态码：400", 400),
            ("**状态码： 401**", 401),
            ("状态码为 400 时:", 400),
            ("Status code: 429 Too Many Requests", 429),
            ("## Status code: 500", 500),
        ] {
            assert_eq!(heading_status(line.as_bytes()), Some(status), "{line}");
        }
        for line in [
            "the status code 400 means the request was wrong",
            "Status code: 4000",
            "status: pending",
            "Status code: 400, the body follows: {",
            "状态码",
        ] {
            assert_eq!(heading_status(line.as_bytes()), None, "{line}");
        }
    }
}

#[cfg(test)]
mod cell_tests {
    use super::{super::Cell, super::Shape, cell};

    fn cell_of(line: &str, code: &str) -> Cell {
        cell(line, line.find(code).unwrap(), Shape::Token)
    }

    #[test]
    fn a_code_in_a_table_s_row_is_a_cell_of_it() {
        assert_eq!(cell_of("| APIG.0301 | 401 | x |", "APIG.0301"), Cell::Row);
        // The row's first bars read as a quote's marks; the code among a cell's words.
        assert_eq!(
            cell_of("2018-02-13 | Modified Ecs.0003. |", "Ecs.0003"),
            Cell::Row
        );
        assert_eq!(
            cell_of("Modified Ecs.0003 description.      |", "Ecs.0003"),
            Cell::Row
        );
        // A log's fields between bars, and a line ending in a bar after a word, are no row.
        assert_eq!(cell_of("(HTTP 403 | EVS.1002 | x)", "EVS.1002"), Cell::No);
        assert_eq!(cell_of("failed: Ecs.0003 |", "Ecs.0003"), Cell::No);
        assert_eq!(cell_of("AIS.0104", "AIS.0104"), Cell::Alone);
        assert_eq!(
            cell_of(
                r#"<tr id="r5"><td class="c"><p id="p9"><a name="p9"></a>SIS.0003</p>"#,
                "SIS.0003"
            ),
            Cell::Row
        );
    }
}

#[cfg(test)]
mod bare_status_tests {
    use super::bare_status;

    #[test]
    fn a_status_alone_on_a_line_is_one() {
        assert_eq!(bare_status(b"403"), Some(403));
        assert_eq!(bare_status(b"  404 Not Found"), Some(404));
        assert_eq!(bare_status(b"403 errors were counted"), None);
        assert_eq!(bare_status(b"200"), None);
        assert_eq!(bare_status(b"4031"), None);
        assert_eq!(bare_status(b"40"), None);
    }
}
