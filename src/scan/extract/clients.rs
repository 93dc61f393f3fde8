//! What HTTP clients other than the SDKs print when an answer fails, with its status and no code:
//! `requests`' `400 Client Error: Bad Request for url: …`, Java's `Server returned HTTP response
//! code: 401 for URL: …`, .NET's `The remote server returned an error: (403) Forbidden.`, `curl
//! --fail`'s `The requested URL returned error: 400`, axios's `Request failed with status code
//! 413`, and so on. Each is a failure of its own, explained by its status; a body printed with
//! it, if it has a code, tells more (see `held.rs`). The reader finds the lines that may hold
//! one by parts of these phrases (`failures::SEARCHED`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::reports::Shape;

/// Where the status stands, from a phrase.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// Right after it; the message starts `lead` before it, when the text has `lead` there.
    After { lead: &'static str },
    /// Right before it (`400 Client Error: `): the message starts at the status.
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

/// axios's phrase, which the Node.js SDK passes on for an answer without a code: the first of
/// [`PHRASES`].
const AXIOS: usize = 0;

/// The phrases, in the words of each client, and where their status stands.
const PHRASES: &[(&str, Rule)] = &[
    // axios (and ky).
    ("Request failed with status code ", Rule::After { lead: "" }),
    // Python's requests (`raise_for_status`), httpx, Rust's reqwest.
    (" Client Error: ", Rule::Before),
    (" Server Error: ", Rule::Before),
    ("Client error '", Rule::After { lead: "" }),
    ("Server error '", Rule::After { lead: "" }),
    ("HTTP status client error (", Rule::After { lead: "" }),
    ("HTTP status server error (", Rule::After { lead: "" }),
    // Python's urllib.
    ("HTTP Error ", Rule::After { lead: "" }),
    // Python's aiohttp: `ClientResponseError: 400, message='Bad Request', url=…`.
    ("ClientResponseError: ", Rule::After { lead: "" }),
    // Java's HttpURLConnection.
    (
        "HTTP response code: ",
        Rule::After {
            lead: "Server returned ",
        },
    ),
    // .NET's WebException (and Windows PowerShell), HttpClient (and PowerShell 7).
    (
        "returned an error: (",
        Rule::After {
            lead: "The remote server ",
        },
    ),
    // The same in Chinese Windows.
    (
        "返回错误: (",
        Rule::After {
            lead: "远程服务器"
        },
    ),
    (
        "返回错误：(",
        Rule::After {
            lead: "远程服务器"
        },
    ),
    // keystoneauth's debug log (the OpenStack SDKs, and the clouds' extensions of them):
    // `RESP: [403] Content-Length: 263 …`.
    ("RESP: [", Rule::After { lead: "" }),
    // PHP's curl, as a file manager logs it: `…?cors;curl error code=403;`.
    ("curl error code=", Rule::After { lead: "" }),
    (
        "does not indicate success: ",
        Rule::After {
            lead: "Response status code ",
        },
    ),
    // curl --fail.
    (
        "returned error: ",
        Rule::After {
            lead: "The requested URL ",
        },
    ),
    // PHP's file_get_contents.
    ("HTTP request failed! ", Rule::Version),
    // Spring's RestTemplate and WebClient, Feign, Apache HttpClient.
    ("HttpClientErrorException", Rule::Class),
    ("HttpServerErrorException", Rule::Class),
    ("WebClientResponseException", Rule::Class),
    ("HttpResponseException", Rule::Class),
    ("FeignException", Rule::Class),
    // Dart's Dio.
    (
        "has a status code of ",
        Rule::After {
            lead: "the response ",
        },
    ),
    // OkHttp's response as its recipes throw it: `Unexpected code Response{…}`.
    ("Response{protocol=", Rule::Field),
    // Retrofit: `retrofit2.HttpException: HTTP 400 Bad Request`.
    ("HttpException: HTTP ", Rule::After { lead: "" }),
];

/// A status that tells a failure: 400 to 599, three digits standing alone.
fn failing_status(text: &str, at: usize) -> Option<u16> {
    let digits = text.get(at..at + 3)?;
    let bounded = !text.as_bytes().get(at + 3).is_some_and(u8::is_ascii_digit);
    let status: u16 = digits.parse().ok()?;
    (bounded && digits.bytes().all(|b| b.is_ascii_digit()) && (400..=599).contains(&status))
        .then_some(status)
}

/// The status a phrase found at `at` states, and where the failure's message starts.
fn read(text: &str, at: usize, phrase: &str, rule: Rule) -> Option<(usize, u16)> {
    let end = at + phrase.len();
    let bytes = text.as_bytes();
    match rule {
        Rule::After { lead } => {
            let start = text[..at].strip_suffix(lead).map_or(at, str::len);
            failing_status(text, end).map(|s| (start, s))
        }
        Rule::Before => {
            let start = at.checked_sub(3)?;
            let alone = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
            failing_status(text, start)
                .filter(|_| alone)
                .map(|s| (start, s))
        }
        Rule::Version => {
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
        Rule::Class => {
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
        Rule::Field => {
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

/// The first failure an HTTP client states in `text`: where its message starts, its status, and
/// its shape (axios's is the Node.js SDK's).
pub(super) fn client_status(text: &str) -> Option<(usize, u16, Shape)> {
    // One search for every phrase, made once; every place each stands.
    static SEARCH: OnceLock<AhoCorasick> = OnceLock::new();
    // Searched in a few units only: a matcher quick to make rather than the fastest to run.
    let search = SEARCH.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(PHRASES.iter().map(|(phrase, _)| phrase))
            .expect("valid phrases")
    });
    search
        .find_overlapping_iter(text)
        .filter_map(|m| {
            let (phrase, rule) = PHRASES[m.pattern().as_usize()];
            let shape = if m.pattern().as_usize() == AXIOS {
                Shape::NodeSdk
            } else {
                Shape::HttpClient
            };
            read(text, m.start(), phrase, rule).map(|(at, status)| (at, status, shape))
        })
        .min_by_key(|&(at, _, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each client's words, and the message the failure keeps.
    const SAID: &[(&str, u16, &str)] = &[
        (
            "Error: Request failed with status code 413",
            413,
            "Request failed with status code 413",
        ),
        (
            "requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/general-text",
            400,
            "400 Client Error: Bad Request for url: https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/general-text",
        ),
        (
            "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://x",
            503,
            "503 Server Error: Service Unavailable for url: https://x",
        ),
        (
            "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://x'",
            401,
            "Client error '401 Unauthorized' for url 'https://x'",
        ),
        (
            "httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'https://x'",
            502,
            "Server error '502 Bad Gateway' for url 'https://x'",
        ),
        (
            "Error: HTTP status server error (504 Gateway Timeout) for url (https://x/)",
            504,
            "HTTP status server error (504 Gateway Timeout) for url (https://x/)",
        ),
        (
            "org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error: [no body]",
            500,
            "500 Internal Server Error: [no body]",
        ),
        (
            "Error: HTTP status client error (429 Too Many Requests) for url (https://x/)",
            429,
            "HTTP status client error (429 Too Many Requests) for url (https://x/)",
        ),
        (
            "urllib.error.HTTPError: HTTP Error 400: Bad Request",
            400,
            "HTTP Error 400: Bad Request",
        ),
        (
            "aiohttp.client_exceptions.ClientResponseError: 400, message='Bad Request', url=URL('https://x')",
            400,
            "ClientResponseError: 400, message='Bad Request', url=URL('https://x')",
        ),
        (
            "java.io.IOException: Server returned HTTP response code: 401 for URL: https://x",
            401,
            "Server returned HTTP response code: 401 for URL: https://x",
        ),
        (
            "System.Net.WebException: The remote server returned an error: (403) Forbidden.",
            403,
            "The remote server returned an error: (403) Forbidden.",
        ),
        (
            "Get-Token : 远程服务器返回错误: (401) 未经授权。",
            401,
            "远程服务器返回错误: (401) 未经授权。",
        ),
        (
            "Invoke-WebRequest : 远程服务器返回错误：(403) 已禁止。",
            403,
            "远程服务器返回错误：(403) 已禁止。",
        ),
        (
            "RESP: [403] Content-Length: 263 Content-Type: application/xml Server: OBS",
            403,
            "RESP: [403] Content-Length: 263 Content-Type: application/xml Server: OBS",
        ),
        (
            "[CURL] http://b.obs.cn-north-4.myhuaweicloud.com/?cors;curl error code=403; ",
            403,
            "curl error code=403; ",
        ),
        (
            "Invoke-RestMethod: Response status code does not indicate success: 429 (Too Many Requests).",
            429,
            "Response status code does not indicate success: 429 (Too Many Requests).",
        ),
        (
            "curl: (22) The requested URL returned error: 400",
            400,
            "The requested URL returned error: 400",
        ),
        (
            "PHP Warning:  file_get_contents(https://x): Failed to open stream: HTTP request failed! HTTP/1.1 400 Bad Request",
            400,
            "HTTP request failed! HTTP/1.1 400 Bad Request",
        ),
        (
            "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]",
            401,
            "401 Unauthorized: [no body]",
        ),
        (
            "org.springframework.web.reactive.function.client.WebClientResponseException$BadRequest: 400 Bad Request from POST https://x",
            400,
            "400 Bad Request from POST https://x",
        ),
        (
            "feign.FeignException$TooManyRequests: [429 Too Many Requests] during [POST] to [https://x] [OcrClient#recognize(String)]: []",
            429,
            "[429 Too Many Requests] during [POST] to [https://x] [OcrClient#recognize(String)]: []",
        ),
        (
            "feign.FeignException: status 400 reading OcrClient#recognize(String)",
            400,
            "status 400 reading OcrClient#recognize(String)",
        ),
        (
            "org.apache.http.client.HttpResponseException: status code: 400, reason phrase: Bad Request",
            400,
            "status code: 400, reason phrase: Bad Request",
        ),
        (
            "DioException [bad response]: This exception was thrown because the response has a status code of 400 and RequestOptions.validateStatus was configured to throw for this status code.",
            400,
            "the response has a status code of 400 and RequestOptions.validateStatus was configured to throw for this status code.",
        ),
        (
            "java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://x}",
            401,
            "Unexpected code Response{protocol=h2, code=401, message=, url=https://x}",
        ),
        (
            "retrofit2.HttpException: HTTP 400 Bad Request",
            400,
            "HttpException: HTTP 400 Bad Request",
        ),
    ];

    #[test]
    fn each_clients_words_give_the_status_and_where_the_message_starts() {
        for &(text, status, message) in SAID {
            let (at, found, shape) = client_status(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((found, &text[at..]), (status, message), "{text}");
            let node = text.contains("Request failed with status code");
            assert_eq!(shape == Shape::NodeSdk, node, "{text}");
        }
    }

    #[test]
    fn each_phrase_is_said_and_each_saying_holds_a_clue_for_the_reader() {
        for (phrase, _) in PHRASES {
            assert!(
                SAID.iter().any(|(text, ..)| text.contains(phrase)),
                "{phrase:?} has no example"
            );
        }
        // A clue, or a mark of the reader's second search.
        for (text, _, _) in SAID {
            let searched = super::super::failures::SEARCHED;
            let marks = crate::scan::reader::XML_MARKS;
            assert!(
                searched.iter().chain(marks).any(|c| text.contains(c)),
                "{text}"
            );
        }
    }

    #[test]
    fn words_like_them_without_a_failing_status_are_no_failure() {
        for text in [
            "Request failed with status code 200",
            "requests.exceptions.HTTPError: 4000 Client Error: x for url: y",
            "ab400 Client Error: x for url: y",
            "HTTP Error 304: Not Modified",
            "catch (HttpClientErrorException e) {",
            "HttpClientErrorExceptionHandler: 400 Bad Request",
            "FeignException: status 200 reading x",
            "HTTP request failed! HTTP/1.1 200 OK",
            "HTTP request failed! HTTP/1.1400 x",
            "Response{protocol=h2, code=200, message=OK} code=400",
            "for url in urls: print(url)",
        ] {
            assert_eq!(client_status(text), None, "{text}");
        }
    }
}
