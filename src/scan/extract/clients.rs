//! What HTTP clients other than the SDKs print when an answer fails, with its status and no code:
//! `requests`' `400 Client Error: Bad Request for url: …`, Java's `Server returned HTTP response
//! code: 401 for URL: …`, .NET's `The remote server returned an error: (403) Forbidden.`, `curl
//! --fail`'s `The requested URL returned error: 400`, axios's `Request failed with status code
//! 413`, and so on. Each is a failure of its own, explained by its status; a body printed with
//! it, if it has a code, tells more (see `held.rs`). The phrases are rows of the phrase table
//! (`phrases.rs`), which the reader's clues are derived from.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::phrases::{Read, picked};
use super::reports::Shape;

/// Where the status stands, from a phrase ([`super::phrases::Read::Client`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Right after it; the message starts `lead` before it, when the text has `lead` there.
    After { lead: &'static str },
    /// Right before it (`400 Client Error: `, `404: Client Error`): the message starts at the
    /// status.
    Before,
    /// After `HTTP/1.1 ` (PHP's streams: `HTTP request failed! HTTP/1.1 400 Bad Request`).
    Version,
    /// After an exception class the phrase ends, its inner class (`$BadRequest`) and `: `, then
    /// `[`, `status ` or `status code: ` (Spring's, Feign's, Apache `HttpClient`'s exceptions):
    /// the message starts there.
    Class,
    /// In the `code=` field of `OkHttp`'s `Response{protocol=h2, code=401, …}`; the message
    /// starts with the words its recipes throw it with, `Unexpected code `, when they are there.
    Field,
}

/// A status that tells a failure: 400 to 599, three digits standing alone.
fn failing_status(text: &str, at: usize) -> Option<u16> {
    let digits = text.get(at..at + 3)?;
    let bounded = !text.as_bytes().get(at + 3).is_some_and(u8::is_ascii_digit);
    let status: u16 = digits.parse().ok()?;
    (bounded && digits.bytes().all(|b| b.is_ascii_digit()) && (400..=599).contains(&status))
        .then_some(status)
}

/// The status a phrase found at `at` states, and where the failure's message starts.
fn read(text: &str, at: usize, phrase: &str, place: Place) -> Option<(usize, u16)> {
    let end = at + phrase.len();
    let bytes = text.as_bytes();
    match place {
        Place::After { lead } => {
            let start = text[..at].strip_suffix(lead).map_or(at, str::len);
            // Prose may put spaces between (`返回状态码  403`).
            let digits = end + text[end..].len() - text[end..].trim_start_matches(' ').len();
            failing_status(text, digits).map(|s| (start, s))
        }
        Place::Before => {
            // `400 Client Error`, or openstacksdk's `404: Client Error`.
            let at = if at > 0 && bytes[at - 1] == b':' {
                at - 1
            } else {
                at
            };
            let start = at.checked_sub(3)?;
            let alone = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
            failing_status(text, start)
                .filter(|_| alone)
                .map(|s| (start, s))
        }
        Place::Version => {
            let rest = text[end..].strip_prefix("HTTP/")?;
            let version = rest
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count();
            let status_at = end + "HTTP/".len() + version + 1;
            (version > 0 && bytes.get(status_at - 1) == Some(&b' '))
                .then(|| failing_status(text, status_at))
                .flatten()
                .map(|s| (at, s))
        }
        Place::Class => {
            // The class's own name ends here: `FeignException`, not `FeignExceptionHandler`.
            let mut i = end;
            if bytes.get(i) == Some(&b'$') {
                i += 1 + bytes[i + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            }
            let rest = text[i..].strip_prefix(": ")?;
            let start = text.len() - rest.len();
            let skipped = ["[", "status code: ", "status "]
                .iter()
                .find_map(|p| rest.strip_prefix(p).map(|_| p.len()))
                .unwrap_or(0);
            failing_status(text, start + skipped).map(|s| (start, s))
        }
        Place::Field => {
            // Within the object, read no further than an object of a response goes.
            let window = &text.as_bytes()[end..text.len().min(end + 1024)];
            let close = memchr::memchr(b'}', window).map_or(window.len(), |c| c);
            let field = memchr::memmem::find(&window[..close], b" code=")? + end + " code=".len();
            let start = text[..at]
                .strip_suffix("Unexpected code ")
                .map_or(at, str::len);
            failing_status(text, field).map(|s| (start, s))
        }
    }
}

/// A client's phrase, where its status stands, and the shape it yields.
type Phrase = (&'static str, Place, Shape);

/// The first failure an HTTP client states in `text`: where its message starts, its status, and
/// its shape (axios's is the Node.js SDK's).
pub(super) fn client_status(text: &str) -> Option<(usize, u16, Shape)> {
    // One search for every phrase, made once; every place each stands.
    static SEARCH: OnceLock<(Vec<Phrase>, AhoCorasick)> = OnceLock::new();
    let (phrases, search) = SEARCH.get_or_init(|| {
        let phrases: Vec<_> = picked(|r| match *r {
            Read::Client(place, shape) => Some((place, shape)),
            _ => None,
        })
        .map(|(needle, (place, shape))| (needle, place, shape))
        .collect();
        // Searched in a few units only: a matcher quick to make rather than the fastest to run.
        let search = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(phrases.iter().map(|(phrase, ..)| phrase))
            .expect("valid phrases");
        (phrases, search)
    });
    search
        .find_overlapping_iter(text)
        .filter_map(|m| {
            let (phrase, place, shape) = phrases[m.pattern().as_usize()];
            read(text, m.start(), phrase, place).map(|(at, status)| (at, status, shape))
        })
        .min_by_key(|&(at, _, _)| at)
}
