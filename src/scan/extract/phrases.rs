//! The phrases the scanner knows, as data: one row per phrase-shaped recogniser, with the needle
//! it is found by, how the text around the needle is read, and examples that must read as stated
//! and counter-examples that must not. Every row's examples are checked by one test
//! (`every_row_reads_its_examples_and_none_of_its_counter_examples`), and the reader's prefilter
//! is derived from the needles ([`super::clues`]): no list of clues is kept by hand.
//!
//! # Adding a shape
//! A new way a client, SDK or person states a failure is one row here: its needle (the words it
//! always holds), a [`Read`] saying how the status, name or mark is read around it, at least one
//! example with what it yields, and the near misses it must not take as counter-examples. Then a
//! fixture under `tests/fixtures/shapes/` pins what `parse` makes of a whole paste of it. Only a
//! way of reading that no [`Read`] has needs code: a variant, and its reading in the module that
//! reads its kind (`clients.rs`, `prose.rs`, `failures.rs`).

use super::clients::Place;
use super::prose::Said;
use super::reports::Shape;

/// How the text around a row's needle is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::scan) enum Read {
    /// An HTTP client's words for a failed answer, with the status where [`Place`] says: a
    /// failure of its own, explained by its status, of the shape given.
    Client(Place, Shape),
    /// Words that state a status in prose around a report (`status code 429`, `HTTP/1.1 400`).
    Prose(Said),
    /// What an HTTP client's log of a response holds after a logger's prefix (`OkHttp`'s
    /// `<-- 400 …`): the reader tells the scanner such a line from one that may report a failure.
    Logged,
    /// A qualifier an SDK prints its exceptions' names under (`com.huaweicloud.`), and the SDK's
    /// shape ([`Shape::Exception`]: the name may tell one). A name under any other qualifier is
    /// another library's.
    Qualifier(Shape),
    /// Words of Go's transport errors, which the Go SDK returns unwrapped after a quoted Huawei
    /// Cloud URL: the SDK exception the other SDKs raise for the same failure. The first row
    /// whose words the error holds names it.
    Transport(&'static str),
    /// Words of a transport failure printed without an exception's name (requests' `Read timed
    /// out.`, Node's `getaddrinfo ENOTFOUND`), in a unit that names a Huawei Cloud host or SDK:
    /// the SDK exception that means the same. The first row whose words the unit holds names it.
    Network(&'static str),
    /// Words that stand for an SDK exception without naming its class (the Java SDK's
    /// `DefaultHttpClient RequestTimeout`).
    Named(&'static str, Shape),
    /// What a failure read from its fields holds (the Python SDK's `{status_code:413,…}` with no
    /// code): a clue for the reader; the fields are read as any others.
    Fields,
    /// Words after which a service's named code stands, then `: ` and its message (the AWS SDK
    /// for Go's `api error NoSuchKey: The specified key does not exist.`, against OBS).
    NamedCode,
    /// An SDK exception class printed with its message only (`ClientRequestException: The input
    /// parameter is invalid.`): the message is reported, to be looked up.
    MessageOnly,
    /// Marks a line worth reading though it has no code-shaped word.
    Mark(Mark),
}

/// What a [`Read::Mark`] says of its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::scan) enum Mark {
    /// It may hold an XML error's `<Code>`, or a named code or status in a field (OBS's SDKs).
    Field,
    /// It may be a heading that states the status of the body after it (`Status code: 400`).
    Heading,
}

/// What an example yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::scan) enum Yield {
    /// A failing status, and the failure's message: the example's text from where it starts.
    Status(u16, &'static str),
    /// A status stated in prose.
    Stated(u16),
    /// An SDK exception's name, and the shape of its print.
    Exception(&'static str, Shape),
    /// A failure read from the fields (`HTTP 413`, or the message-only exception's message).
    Failure(&'static str),
    /// Seen: the reader marks the line, or tells it logged.
    Seen,
}

/// One phrase-shaped recogniser.
#[derive(Debug)]
pub(in crate::scan) struct Phrase {
    /// What the text holds wherever the phrase stands (for a [`Read::Qualifier`], what the
    /// qualifier starts with).
    pub(in crate::scan) needle: &'static str,
    pub(in crate::scan) read: Read,
    /// Texts the row must read, and what each yields.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the table's test"))]
    pub(in crate::scan) examples: &'static [(&'static str, Yield)],
    /// Texts like them that the row must not take.
    #[cfg_attr(not(test), allow(dead_code, reason = "read by the table's test"))]
    pub(in crate::scan) counter: &'static [&'static str],
}

const fn row(
    needle: &'static str,
    read: Read,
    examples: &'static [(&'static str, Yield)],
    counter: &'static [&'static str],
) -> Phrase {
    Phrase {
        needle,
        read,
        examples,
        counter,
    }
}

use Place::{After, Before, Class, Field, Version};
use Read::{Client, Prose};
use Shape::{HttpClient, NodeSdk};
use Yield::{Stated, Status};

/// The rows of `read`'s kind.
pub(in crate::scan) fn rows(kind: fn(&Read) -> bool) -> impl Iterator<Item = &'static Phrase> {
    PHRASES.iter().filter(move |p| kind(&p.read))
}

/// The needle of each row `pick` takes, with what it takes of its reading
/// (`|r| match r { Read::Transport(name) => Some(*name), _ => None }`).
pub(in crate::scan) fn picked<T>(
    pick: fn(&Read) -> Option<T>,
) -> impl Iterator<Item = (&'static str, T)> {
    PHRASES
        .iter()
        .filter_map(move |p| pick(&p.read).map(|t| (p.needle, t)))
}

/// Every phrase the scanner knows.
pub(in crate::scan) const PHRASES: &[Phrase] = &[
    // ---- HTTP clients' words for a failed answer (read in `clients.rs`).
    row(
        "Request failed with status code ",
        // axios (and ky): what the Node.js SDK passes on for an answer without a code.
        Client(After { lead: "" }, NodeSdk),
        &[(
            "Error: Request failed with status code 413",
            Status(413, "Request failed with status code 413"),
        )],
        &["Request failed with status code 200"],
    ),
    // Python's requests (`raise_for_status`), and openstacksdk's `HttpException` over it
    // (`ResourceNotFound: 404: Client Error for url: …`, as Open Telekom Cloud's tools print it).
    row(
        " Client Error",
        Client(Before, HttpClient),
        &[
            (
                "requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/general-text",
                Status(
                    400,
                    "400 Client Error: Bad Request for url: https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/general-text",
                ),
            ),
            (
                "ResourceNotFound: 404: Client Error for url: https://vpc.eu-de.otc.t-systems.com/v2.0/extensions, Not Found",
                Status(
                    404,
                    "404: Client Error for url: https://vpc.eu-de.otc.t-systems.com/v2.0/extensions, Not Found",
                ),
            ),
        ],
        &[
            "requests.exceptions.HTTPError: 4000 Client Error: x for url: y",
            "ab400 Client Error: x for url: y",
            "a HTTP Client Error handler",
        ],
    ),
    row(
        " Server Error",
        Client(Before, HttpClient),
        &[
            (
                "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://x",
                Status(
                    503,
                    "503 Server Error: Service Unavailable for url: https://x",
                ),
            ),
            (
                "HttpException: 502: Server Error for url: https://ecs.eu-de.otc.t-systems.com/v2/servers",
                Status(
                    502,
                    "502: Server Error for url: https://ecs.eu-de.otc.t-systems.com/v2/servers",
                ),
            ),
        ],
        &["200 Server Error: none", "Internal Server Error"],
    ),
    // httpx.
    row(
        "Client error '",
        Client(After { lead: "" }, HttpClient),
        &[(
            "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://x'",
            Status(401, "Client error '401 Unauthorized' for url 'https://x'"),
        )],
        &["Client error 'unknown'"],
    ),
    row(
        "Server error '",
        Client(After { lead: "" }, HttpClient),
        &[(
            "httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'https://x'",
            Status(502, "Server error '502 Bad Gateway' for url 'https://x'"),
        )],
        &[],
    ),
    // Rust's reqwest.
    row(
        "HTTP status client error (",
        Client(After { lead: "" }, HttpClient),
        &[(
            "Error: HTTP status client error (429 Too Many Requests) for url (https://x/)",
            Status(
                429,
                "HTTP status client error (429 Too Many Requests) for url (https://x/)",
            ),
        )],
        &[],
    ),
    row(
        "HTTP status server error (",
        Client(After { lead: "" }, HttpClient),
        &[(
            "Error: HTTP status server error (504 Gateway Timeout) for url (https://x/)",
            Status(
                504,
                "HTTP status server error (504 Gateway Timeout) for url (https://x/)",
            ),
        )],
        &[],
    ),
    // Python's urllib.
    row(
        "HTTP Error ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "urllib.error.HTTPError: HTTP Error 400: Bad Request",
            Status(400, "HTTP Error 400: Bad Request"),
        )],
        &["HTTP Error 304: Not Modified"],
    ),
    // Python's aiohttp.
    row(
        "ClientResponseError: ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "aiohttp.client_exceptions.ClientResponseError: 400, message='Bad Request', url=URL('https://x')",
            Status(
                400,
                "ClientResponseError: 400, message='Bad Request', url=URL('https://x')",
            ),
        )],
        &[],
    ),
    // Java's HttpURLConnection.
    row(
        "HTTP response code: ",
        Client(
            After {
                lead: "Server returned ",
            },
            HttpClient,
        ),
        &[(
            "java.io.IOException: Server returned HTTP response code: 401 for URL: https://x",
            Status(
                401,
                "Server returned HTTP response code: 401 for URL: https://x",
            ),
        )],
        &[],
    ),
    // .NET's WebException (and Windows PowerShell), in English and Chinese.
    row(
        "returned an error: (",
        Client(
            After {
                lead: "The remote server ",
            },
            HttpClient,
        ),
        &[(
            "System.Net.WebException: The remote server returned an error: (403) Forbidden.",
            Status(403, "The remote server returned an error: (403) Forbidden."),
        )],
        &[],
    ),
    row(
        "返回错误: (",
        Client(
            After {
                lead: "远程服务器"
            },
            HttpClient,
        ),
        &[(
            "Get-Token : 远程服务器返回错误: (401) 未经授权。",
            Status(401, "远程服务器返回错误: (401) 未经授权。"),
        )],
        &[],
    ),
    row(
        "返回错误：(",
        Client(
            After {
                lead: "远程服务器"
            },
            HttpClient,
        ),
        &[(
            "Invoke-WebRequest : 远程服务器返回错误：(403) 已禁止。",
            Status(403, "远程服务器返回错误：(403) 已禁止。"),
        )],
        &[],
    ),
    // keystoneauth's debug log (the OpenStack SDKs, and the clouds' extensions of them).
    row(
        "RESP: [",
        Client(After { lead: "" }, HttpClient),
        &[(
            "RESP: [403] Content-Length: 263 Content-Type: application/xml Server: OBS",
            Status(
                403,
                "RESP: [403] Content-Length: 263 Content-Type: application/xml Server: OBS",
            ),
        )],
        &["RESP: [200] Content-Length: 263"],
    ),
    // PHP's curl, as a file manager logs it.
    row(
        "curl error code=",
        Client(After { lead: "" }, HttpClient),
        &[(
            "[CURL] http://b.obs.cn-north-4.myhuaweicloud.com/?cors;curl error code=403; ",
            Status(403, "curl error code=403; "),
        )],
        &[],
    ),
    // .NET's HttpClient (and PowerShell 7).
    row(
        "does not indicate success: ",
        Client(
            After {
                lead: "Response status code ",
            },
            HttpClient,
        ),
        &[(
            "Invoke-RestMethod: Response status code does not indicate success: 429 (Too Many Requests).",
            Status(
                429,
                "Response status code does not indicate success: 429 (Too Many Requests).",
            ),
        )],
        &[],
    ),
    // curl --fail.
    row(
        "returned error: ",
        Client(
            After {
                lead: "The requested URL ",
            },
            HttpClient,
        ),
        &[(
            "curl: (22) The requested URL returned error: 400",
            Status(400, "The requested URL returned error: 400"),
        )],
        &[],
    ),
    // PHP's file_get_contents.
    row(
        "HTTP request failed! ",
        Client(Version, HttpClient),
        &[(
            "PHP Warning:  file_get_contents(https://x): Failed to open stream: HTTP request failed! HTTP/1.1 400 Bad Request",
            Status(400, "HTTP request failed! HTTP/1.1 400 Bad Request"),
        )],
        &[
            "HTTP request failed! HTTP/1.1 200 OK",
            "HTTP request failed! HTTP/1.1400 x",
        ],
    ),
    // Spring's RestTemplate and WebClient, Feign, Apache HttpClient.
    row(
        "HttpClientErrorException",
        Client(Class, HttpClient),
        &[(
            "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: [no body]",
            Status(401, "401 Unauthorized: [no body]"),
        )],
        &[
            "catch (HttpClientErrorException e) {",
            "HttpClientErrorExceptionHandler: 400 Bad Request",
        ],
    ),
    row(
        "HttpServerErrorException",
        Client(Class, HttpClient),
        &[(
            "org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error: [no body]",
            Status(500, "500 Internal Server Error: [no body]"),
        )],
        &[],
    ),
    row(
        "WebClientResponseException",
        Client(Class, HttpClient),
        &[(
            "org.springframework.web.reactive.function.client.WebClientResponseException$BadRequest: 400 Bad Request from POST https://x",
            Status(400, "400 Bad Request from POST https://x"),
        )],
        &[],
    ),
    row(
        "HttpResponseException",
        Client(Class, HttpClient),
        &[(
            "org.apache.http.client.HttpResponseException: status code: 400, reason phrase: Bad Request",
            Status(400, "status code: 400, reason phrase: Bad Request"),
        )],
        &[],
    ),
    row(
        "FeignException",
        Client(Class, HttpClient),
        &[
            (
                "feign.FeignException$TooManyRequests: [429 Too Many Requests] during [POST] to [https://x] [OcrClient#recognize(String)]: []",
                Status(
                    429,
                    "[429 Too Many Requests] during [POST] to [https://x] [OcrClient#recognize(String)]: []",
                ),
            ),
            (
                "feign.FeignException: status 400 reading OcrClient#recognize(String)",
                Status(400, "status 400 reading OcrClient#recognize(String)"),
            ),
        ],
        &["FeignException: status 200 reading x"],
    ),
    // Dart's Dio.
    row(
        "has a status code of ",
        Client(
            After {
                lead: "the response ",
            },
            HttpClient,
        ),
        &[(
            "DioException [bad response]: This exception was thrown because the response has a status code of 400 and RequestOptions.validateStatus was configured to throw for this status code.",
            Status(
                400,
                "the response has a status code of 400 and RequestOptions.validateStatus was configured to throw for this status code.",
            ),
        )],
        &[],
    ),
    // OkHttp's response as its recipes throw it.
    row(
        "Response{protocol=",
        Client(Field, HttpClient),
        &[(
            "java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://x}",
            Status(
                401,
                "Unexpected code Response{protocol=h2, code=401, message=, url=https://x}",
            ),
        )],
        &["Response{protocol=h2, code=200, message=OK} code=400"],
    ),
    // Retrofit.
    row(
        "HttpException: HTTP ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "retrofit2.HttpException: HTTP 400 Bad Request",
            Status(400, "HttpException: HTTP 400 Bad Request"),
        )],
        &["for url in urls: print(url)"],
    ),
    // Prose and tools' log lines that state a failed call's status (`… returned status 404`,
    // `request failed with status 403`, `upload failed: http code=502`): a failure of its own
    // only where a Huawei Cloud host or SDK stands near, as every failure without a code.
    row(
        "returned status ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "calling https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/id-card returned status 404",
            Status(404, "returned status 404"),
        )],
        &["the job returned status 0", "returned status 200 OK"],
    ),
    row(
        "returned status code ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "the gateway returned status code 502 after 30 s",
            Status(502, "returned status code 502 after 30 s"),
        )],
        &[],
    ),
    row(
        "failed with status ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "upload of a.png failed with status 403",
            Status(403, "failed with status 403"),
        )],
        &["failed with status 1"],
    ),
    row(
        "failed with status code ",
        Client(After { lead: "" }, HttpClient),
        &[(
            "POST https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/id-card request failed with status code 403",
            Status(403, "failed with status code 403"),
        )],
        &[],
    ),
    // Chinese prose that a call answered with a failing status (`上传文件返回状态码 403`,
    // `putObject 返回 408`), a finding where a Huawei Cloud host or SDK stands near.
    row(
        "返回状态码",
        Client(After { lead: "" }, Shape::Prose),
        &[(
            "huaweicloud-sdk-python-obs 上传文件返回状态码  403 ，python版本3.7.0 正常",
            Status(403, "返回状态码  403 ，python版本3.7.0 正常"),
        )],
        &["返回状态码200", "返回状态码是多少"],
    ),
    row(
        "返回",
        Client(After { lead: "" }, Shape::Prose),
        &[
            (
                "putObject 返回 408 是sdk版本问题吗",
                Status(408, "返回 408 是sdk版本问题吗"),
            ),
            (
                "我使用华为api https://infer-modelarts-cn-southwest-2.myhuaweicloud.com/v1/infers/x/v1 中返回403 报错",
                Status(403, "返回403 报错"),
            ),
        ],
        &["返回 200", "返回 4001 条记录", "返回结果"],
    ),
    row(
        "http code=",
        Client(After { lead: "" }, HttpClient),
        &[(
            "ERROR upload to https://b.obs.cn-north-4.myhuaweicloud.com failed: http code=502",
            Status(502, "http code=502"),
        )],
        &["http code=200"],
    ),
    row(
        "HTTP code=",
        Client(After { lead: "" }, HttpClient),
        &[("put object: HTTP code=403", Status(403, "HTTP code=403"))],
        &[],
    ),
    // ---- A status stated in prose around a report (read in `prose.rs`).
    row(
        "status code",
        Prose(Said::Word),
        &[
            ("failed with status code 429", Stated(429)),
            ("status code: 403", Stated(403)),
        ],
        &["the statuscode 400", "status code unknown"],
    ),
    row(
        "Status code",
        Prose(Said::Word),
        &[("Status code = 401", Stated(401))],
        &[],
    ),
    row(
        "Status Code",
        Prose(Said::Word),
        &[("Status Code: 404", Stated(404))],
        &[],
    ),
    row(
        "STATUS CODE",
        Prose(Said::Word),
        &[("STATUS CODE 500", Stated(500))],
        &[],
    ),
    row(
        "status",
        Prose(Said::Word),
        &[("status 400", Stated(400)), ("status is 502", Stated(502))],
        &["httpStatus 400", "statuses 400"],
    ),
    row(
        "Status",
        Prose(Said::Word),
        &[("Status: 403", Stated(403))],
        &[],
    ),
    row(
        "STATUS",
        Prose(Said::Word),
        &[("STATUS 404", Stated(404))],
        &[],
    ),
    row(
        "response code",
        Prose(Said::Word),
        &[("response code 401", Stated(401))],
        &[],
    ),
    row(
        "Response code",
        Prose(Said::Word),
        &[("Response code: 400", Stated(400))],
        &[],
    ),
    row(
        "Response Code",
        Prose(Said::Word),
        &[("Response Code: 403", Stated(403))],
        &[],
    ),
    row(
        "ResponseCode",
        Prose(Said::Word),
        &[("ResponseCode: 404", Stated(404))],
        &[],
    ),
    row(
        "responseCode",
        Prose(Said::Word),
        &[("responseCode=500", Stated(500))],
        &[],
    ),
    row(
        "http",
        Prose(Said::Http),
        &[("got http 400 from the gateway", Stated(400))],
        &["https 400"],
    ),
    row("Http", Prose(Said::Http), &[("Http 401", Stated(401))], &[]),
    row(
        "HTTP",
        Prose(Said::Http),
        &[("HTTP/1.1 400", Stated(400)), ("HTTP 413", Stated(413))],
        &["HTTP/1.1400"],
    ),
    row(
        "状态码",
        Prose(Said::Chinese),
        &[
            ("状态码：401", Stated(401)),
            ("HTTP状态码 403", Stated(403)),
        ],
        &[],
    ),
    // Feign's `[400] during [POST] to […]`: the status is before the words.
    row(
        "] during [",
        Prose(Said::Bracketed),
        &[("[400] during [POST] to [https://x]", Stated(400))],
        &["x] during [POST]"],
    ),
    // PHP's Guzzle: `` resulted in a `400 Bad Request` response: ``.
    row(
        "resulted in a ",
        Prose(Said::Backticked),
        &[(
            "POST https://x resulted in a `400 Bad Request` response:",
            Stated(400),
        )],
        &[],
    ),
    // A verb a failing status follows (a plain `got 404` is running text more often than not).
    row(
        "but got ",
        Prose(Said::Verb),
        &[(
            "Expected HTTP response code [200] but got 409 instead",
            Stated(409),
        )],
        &["but got 200"],
    ),
    row(
        "returned ",
        Prose(Said::Verb),
        &[("the gateway returned 400", Stated(400))],
        &["returned 3 rows", "unreturned 400"],
    ),
    row(
        "responded with ",
        Prose(Said::Verb),
        &[("the server responded with 503", Stated(503))],
        &[],
    ),
    // A status's reason phrase, the status before it, wherever they stand.
    row(
        " Bad Request",
        Prose(Said::Reason),
        &[("got 400 Bad Request", Stated(400))],
        &["a Bad Request"],
    ),
    row(
        " Unauthorized",
        Prose(Said::Reason),
        &[("401 Unauthorized", Stated(401))],
        &[],
    ),
    row(
        " Forbidden",
        Prose(Said::Reason),
        &[("403 Forbidden", Stated(403))],
        &[],
    ),
    row(
        " Not Found",
        Prose(Said::Reason),
        &[("404 Not Found", Stated(404))],
        &[],
    ),
    row(
        " Method Not Allowed",
        Prose(Said::Reason),
        &[("405 Method Not Allowed", Stated(405))],
        &[],
    ),
    row(
        " Request Timeout",
        Prose(Said::Reason),
        &[("408 Request Timeout", Stated(408))],
        &[],
    ),
    row(
        " Conflict",
        Prose(Said::Reason),
        &[("409 Conflict", Stated(409))],
        &[],
    ),
    row(
        " Payload Too Large",
        Prose(Said::Reason),
        &[("413 Payload Too Large", Stated(413))],
        &[],
    ),
    row(
        " Request Entity Too Large",
        Prose(Said::Reason),
        &[("413 Request Entity Too Large", Stated(413))],
        &[],
    ),
    row(
        " Too Many Requests",
        Prose(Said::Reason),
        &[("429 Too Many Requests", Stated(429))],
        &[],
    ),
    row(
        " Internal Server Error",
        Prose(Said::Reason),
        &[("500 Internal Server Error", Stated(500))],
        &[],
    ),
    row(
        " Bad Gateway",
        Prose(Said::Reason),
        &[("502 Bad Gateway", Stated(502))],
        &[],
    ),
    row(
        " Service Unavailable",
        Prose(Said::Reason),
        &[("503 Service Unavailable", Stated(503))],
        &[],
    ),
    row(
        " Gateway Timeout",
        Prose(Said::Reason),
        &[("504 Gateway Timeout", Stated(504))],
        &["200 Gateway Timeout"],
    ),
    // ---- HTTP clients' logs of a response (read in `lines.rs` and `printed.rs`).
    row(
        "<-- ",
        Read::Logged,
        &[(
            "D/OkHttp: <-- 400 Bad Request https://x (83ms)",
            Yield::Seen,
        )],
        &[],
    ),
    row(
        "urllib3.connectionpool",
        Read::Logged,
        &[(
            "DEBUG:urllib3.connectionpool:https://x:443 \"POST /v2/p/ocr/id-card HTTP/1.1\" 400 93",
            Yield::Seen,
        )],
        &[],
    ),
    // ---- The qualifiers the SDKs print their exceptions under (read in `failures.rs`).
    row(
        "huaweicloudsdkcore.",
        Read::Qualifier(Shape::PythonSdk),
        &[(
            "huaweicloudsdkcore.exceptions.exceptions.ConnectionException: ConnectionException - HTTPSConnection(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Failed to establish a new connection",
            Yield::Exception("ConnectionException", Shape::PythonSdk),
        )],
        &[
            "except ConnectionException as e:",
            "    except exceptions.ConnectionException:",
            r#"log.error("ConnectionException: %s", e)"#,
            "class MyConnectionException: Base - nothing",
        ],
    ),
    // The Python SDK lets `requests`' read timeout through.
    row(
        "requests.",
        Read::Qualifier(Shape::PythonSdk),
        &[(
            "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Read timed out. (read timeout=120)",
            Yield::Exception("ReadTimeout", Shape::PythonSdk),
        )],
        &["httpx.ReadTimeout: timed out"],
    ),
    row(
        "com.huaweicloud.",
        Read::Qualifier(Shape::JavaSdk),
        &[(
            "Exception in thread \"main\" com.huaweicloud.sdk.core.exception.HostUnreachableException: DefaultHttpClient HostUnreachableException, caused by: ocr.xx.myhuaweicloud.com: Name or service not known",
            Yield::Exception("HostUnreachableException", Shape::JavaSdk),
        )],
        &[
            "import com.huaweicloud.sdk.core.exception.ConnectionException;",
            "} catch (ConnectionException e) {",
            "org.example.net.ConnectionException: pool exhausted",
        ],
    ),
    row(
        "HuaweiCloud.",
        Read::Qualifier(Shape::DotnetSdk),
        &[(
            "Unhandled exception. HuaweiCloud.SDK.Core.ConnectionException: No connection could be made because the target machine actively refused it.",
            Yield::Exception("ConnectionException", Shape::DotnetSdk),
        )],
        &[],
    ),
    // Python's `from huaweicloudsdkcore.exceptions import exceptions`.
    row(
        "exceptions.",
        Read::Qualifier(Shape::Exception),
        &[(
            "exceptions.ConnectionException: connection refused",
            Yield::Exception("ConnectionException", Shape::Exception),
        )],
        &[
            "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='x', port=443): Read timed out.",
        ],
    ),
    // ---- Words that stand for an SDK exception (read in `failures.rs`).
    row(
        "DefaultHttpClient RequestTimeout",
        Read::Named("CallTimeoutException", Shape::JavaSdk),
        &[(
            "com.huaweicloud.sdk.core.exception.CallTimeoutException: DefaultHttpClient RequestTimeout",
            Yield::Exception("CallTimeoutException", Shape::JavaSdk),
        )],
        &[],
    ),
    // ---- Go's transport errors (read in `failures.rs`), in the order they are told apart.
    row(
        "no such host",
        Read::Transport("HostUnreachableException"),
        &[(
            r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text": dial tcp: lookup ocr.cn-north-4.myhuaweicloud.com: no such host"#,
            Yield::Exception("HostUnreachableException", Shape::GoSdk),
        )],
        &[r#"Get "https://example.com/x": dial tcp: lookup example.com: no such host"#],
    ),
    row(
        "x509: ",
        Read::Transport("SslHandShakeException"),
        &[
            (
                r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": x509: certificate signed by unknown authority"#,
                Yield::Exception("SslHandShakeException", Shape::GoSdk),
            ),
            // In a JSON log line, the URL's quotes escaped.
            (
                r#"{"level":"error","msg":"Failed to build client: Get \"https://iam.cn-south-1.myhuaweicloud.com/v3/projects\": x509: certificate signed by unknown authority"}"#,
                Yield::Exception("SslHandShakeException", Shape::GoSdk),
            ),
        ],
        &[
            r#"{"msg":"Get \"https://registry.example.com/v2/\": x509: certificate signed by unknown authority"}"#,
        ],
    ),
    row(
        "tls: ",
        Read::Transport("SslHandShakeException"),
        &[
            (
                r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": tls: failed to verify certificate"#,
                Yield::Exception("SslHandShakeException", Shape::GoSdk),
            ),
            // Terraform's box pasted where a URL becomes a Markdown link.
            (
                r#"│ Error: Get "[https://iam.eu-west-101.myhuaweicloud.eu:443/v3/projects?name=eu-west-101"](https://iam.eu-west-101.myhuaweicloud.eu/v3/projects?name=eu-west-101%22): connection error, retries exhausted. Aborting. Last error was: tls: failed to verify certificate: x509: certificate signed by unknown authority"#,
                Yield::Exception("SslHandShakeException", Shape::GoSdk),
            ),
        ],
        &[r#"Get "https://example.org/": tls: failed to verify certificate"#],
    ),
    row(
        "Client.Timeout",
        Read::Transport("CallTimeoutException"),
        &[(
            r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": net/http: request canceled (Client.Timeout exceeded while awaiting headers)"#,
            Yield::Exception("CallTimeoutException", Shape::GoSdk),
        )],
        &[],
    ),
    row(
        "deadline exceeded",
        Read::Transport("CallTimeoutException"),
        &[(
            r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": context deadline exceeded"#,
            Yield::Exception("CallTimeoutException", Shape::GoSdk),
        )],
        &[],
    ),
    row(
        "dial tcp",
        Read::Transport("ConnectionException"),
        &[(
            r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": dial tcp 10.0.0.1:443: connect: connection refused"#,
            Yield::Exception("ConnectionException", Shape::GoSdk),
        )],
        &[],
    ),
    row(
        "connection re",
        Read::Transport("ConnectionException"),
        &[(
            r#"Post "https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card": read tcp 10.0.0.2:5100->10.0.0.1:443: read: connection reset by peer"#,
            Yield::Exception("ConnectionException", Shape::GoSdk),
        )],
        &[],
    ),
    // ---- Transport failures printed without an exception's name (read in `failures.rs`).
    row(
        "Read timed out.",
        Read::Network("ReadTimeout"),
        &[(
            "HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Read timed out. (read timeout=120)",
            Yield::Exception("ReadTimeout", Shape::Network),
        )],
        &["HTTPSConnectionPool(host='api.example.com', port=443): Read timed out."],
    ),
    row(
        "getaddrinfo ENOTFOUND",
        Read::Network("HostUnreachableException"),
        &[(
            "Error: getaddrinfo ENOTFOUND ocr.cn-north-9.myhuaweicloud.com",
            Yield::Exception("HostUnreachableException", Shape::Network),
        )],
        &["Error: getaddrinfo ENOTFOUND registry.npmjs.org"],
    ),
    row(
        "Name or service not known",
        Read::Network("HostUnreachableException"),
        &[(
            "socket.gaierror: [Errno -2] Name or service not known: 'ocr.cn-north-9.myhuaweicloud.com'",
            Yield::Exception("HostUnreachableException", Shape::Network),
        )],
        &[],
    ),
    row(
        "UnknownHostException",
        Read::Network("HostUnreachableException"),
        &[(
            "java.net.UnknownHostException: ocr.cn-north-9.myhuaweicloud.com",
            Yield::Exception("HostUnreachableException", Shape::Network),
        )],
        &[],
    ),
    row(
        "connect ECONNREFUSED",
        Read::Network("ConnectionException"),
        &[(
            "message: 'connect ECONNREFUSED 10.0.0.1:443', url: 'https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card'",
            Yield::Exception("ConnectionException", Shape::Network),
        )],
        &[],
    ),
    row(
        "Connection refused",
        Read::Network("ConnectionException"),
        &[(
            "HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Max retries exceeded with url: /v2/p/ocr/id-card (Caused by NewConnectionError('[Errno 111] Connection refused'))",
            Yield::Exception("ConnectionException", Shape::Network),
        )],
        &["psycopg2.OperationalError: could not connect to server: Connection refused"],
    ),
    // axios: `timeout of 1000ms exceeded`.
    row(
        "ms exceeded",
        Read::Network("CallTimeoutException"),
        &[(
            "message: 'timeout of 1000ms exceeded', url: 'https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card'",
            Yield::Exception("CallTimeoutException", Shape::Network),
        )],
        &[],
    ),
    row(
        "CERTIFICATE_VERIFY_FAILED",
        Read::Network("SslHandShakeException"),
        &[(
            "requests.exceptions.SSLError: HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed')))",
            Yield::Exception("SslHandShakeException", Shape::Network),
        )],
        &[],
    ),
    // ---- What failures read from their fields hold (read in `failures.rs` and `pairs.rs`).
    row(
        "{status_code:",
        Read::Fields,
        &[(
            "ClientRequestException - {status_code:413,request_id:None,error_code:413,error_msg:<html><head><title>413 Request Entity Too Large</title></head><body></body></html>,encoded_authorization_message:None }",
            Yield::Failure("HTTP 413"),
        )],
        &[],
    ),
    row(
        "httpStatusCode: ",
        Read::Fields,
        &[(
            "ServerResponseException {\n    httpStatusCode: 502\n    errorCode: null\n    errorMsg: <html>bad gateway</html>\n    requestId: null\n}",
            Yield::Failure("HTTP 502"),
        )],
        &[],
    ),
    // ---- Named codes after words that introduce them (read in `failures.rs`).
    row(
        "api error ",
        Read::NamedCode,
        &[(
            "operation error S3: GetObject, https response error StatusCode: 404, RequestID: , HostID: , api error NoSuchKey: The specified key does not exist.",
            Yield::Failure("NoSuchKey"),
        )],
        &[
            "api error occurred: retry",
            "the api error NoSuchKey is documented",
        ],
    ),
    // A container registry's error code as Docker and the image tools print it, lower case
    // between colons, after the registry's URL (SWR's `DENIED`: `Head "https://swr.…/manifests/
    // v1": denied: You may not login yet`). The code is the needle's word, as written.
    row(
        ": denied: ",
        Read::NamedCode,
        &[(
            "Error response from daemon: Head \"https://swr.cn-north-1.myhuaweicloud.com/v2/a/b/manifests/v1\": denied: You may not login yet",
            Yield::Failure("denied"),
        )],
        &["access: denied", "the request was denied: retry later"],
    ),
    row(
        ": unauthorized: ",
        Read::NamedCode,
        &[(
            "Error response from daemon: Get \"https://swr.cn-north-4.myhuaweicloud.com/v2/\": unauthorized: authentication required",
            Yield::Failure("unauthorized"),
        )],
        &["401: unauthorized"],
    ),
    // ---- The SDKs' exceptions printed with their message only (read in `failures.rs`).
    row(
        "ClientRequestException: ",
        Read::MessageOnly,
        &[(
            "com.huaweicloud.sdk.core.exception.ClientRequestException: The input parameter is invalid.",
            Yield::Failure("The input parameter is invalid."),
        )],
        &["org.example.ClientRequestException: The input parameter is invalid."],
    ),
    row(
        "ServerResponseException: ",
        Read::MessageOnly,
        &[(
            "ServerResponseException: The input parameter is invalid.",
            Yield::Failure("The input parameter is invalid."),
        )],
        &[],
    ),
    // ---- Marks of a line worth reading though it has no code-shaped word (the reader's).
    row(
        "<Code>",
        Read::Mark(Mark::Field),
        &[("<Error><Code>NoSuchKey</Code>", Yield::Seen)],
        &[],
    ),
    row(
        "<Error>",
        Read::Mark(Mark::Field),
        &[("<Error>", Yield::Seen)],
        &[],
    ),
    // OBS's SDKs: `Code=NoSuchKey`, `Error Code: SignatureDoesNotMatch`, `ResponseCode: 404`.
    row(
        "ode=",
        Read::Mark(Mark::Field),
        &[("Code=NoSuchKey", Yield::Seen)],
        &[],
    ),
    row(
        " Code:",
        Read::Mark(Mark::Field),
        &[("HTTP Code: 403", Yield::Seen)],
        &[],
    ),
    row(
        "ode\":\"",
        Read::Mark(Mark::Field),
        &[(r#"{"code":"E000510"}"#, Yield::Seen)],
        &[],
    ),
    row(
        "ode\": \"",
        Read::Mark(Mark::Field),
        &[(r#"{"Code": "NoSuchKey"}"#, Yield::Seen)],
        &[],
    ),
    row(
        "ponseCode",
        Read::Mark(Mark::Field),
        &[("ResponseCode: 404", Yield::Seen)],
        &[],
    ),
    row(
        "orCode",
        Read::Mark(Mark::Field),
        &[("ErrorCode: NoSuchKey", Yield::Seen)],
        &[],
    ),
    row(
        "s code:",
        Read::Mark(Mark::Heading),
        &[("Status code: 400", Yield::Seen)],
        &[],
    ),
    row(
        "s Code:",
        Read::Mark(Mark::Heading),
        &[("**Status Code: 404**", Yield::Seen)],
        &[],
    ),
    // The Terraform providers' debug log of a response, before its headers and body (Huawei
    // Cloud's `HuaweiCloud Response Code: `, Open Telekom Cloud's `OpenTelekomCloud …`).
    row(
        "Cloud Response Code: ",
        Read::Mark(Mark::Heading),
        &[
            (
                "2021-05-30T02:08:38.618+0700 [DEBUG] provider.terraform-provider-huaweicloud_v1.24.2: 2021/05/30 02:08:38 [DEBUG] HuaweiCloud Response Code: 403",
                Yield::Seen,
            ),
            (
                "2018/11/30 10:50:55 [DEBUG] OpenTelekomCloud Response Code: 404",
                Yield::Seen,
            ),
        ],
        &[],
    ),
    row(
        "STATUS ",
        Read::Mark(Mark::Heading),
        &[("STATUS 404", Yield::Seen)],
        &[],
    ),
    row(
        "状态码",
        Read::Mark(Mark::Heading),
        &[("状态码：400", Yield::Seen)],
        &[],
    ),
];

#[cfg(test)]
mod tests {
    use super::super::failures;
    use super::super::{clients, pairs, prose, reports};
    use super::*;

    /// The exception names the rows' examples use: the catalog's, as the scan is told them.
    const NAMES: &[&str] = &[
        "CallTimeoutException",
        "ConnectionException",
        "HostUnreachableException",
        "ReadTimeout",
        "ServiceResponseException",
        "SslHandShakeException",
    ];

    /// The evidence of a Huawei Cloud call the rows' examples use.
    const HOSTS: &[&str] = &["myhuaweicloud.com"];

    /// What a row reads in `text`, if anything.
    fn read(row: &Phrase, text: &str) -> Option<Yield> {
        match row.read {
            Read::Client(_, shape) => {
                let (at, status, found) = clients::client_status(text)?;
                assert_eq!(found, shape, "{text}");
                Some(Status(status, str_at(text, at)))
            }
            Read::Prose(_) => prose::prose_status(text.as_bytes()).map(Stated),
            Read::Qualifier(_) | Read::Named(..) => failures::exception(text, NAMES)
                .map(|(_, name, _, shape)| Yield::Exception(name, shape)),
            Read::Transport(_) => failures::go_transport(text, NAMES)
                .map(|(_, name, _)| Yield::Exception(name, Shape::GoSdk)),
            Read::Network(_) => failures::network(text, NAMES, HOSTS)
                .map(|(_, name, _)| Yield::Exception(name, Shape::Network)),
            Read::Fields => {
                let (found, loose) = reports::reports(pairs::pairs(text, true));
                assert!(found.is_empty(), "{text}: {found:?}");
                let options = crate::scan::Options::default();
                failures::failure(text, &loose, options).map(|r| Yield::Failure(leak(r.code)))
            }
            Read::MessageOnly => {
                failures::sdk_message(text).map(|(_, message)| Yield::Failure(leak(message)))
            }
            Read::NamedCode => {
                failures::named_code(text).map(|(_, code, _)| Yield::Failure(leak(code)))
            }
            Read::Logged => failures::clues(NAMES)
                .iter()
                .any(|&(c, logged)| logged && text.contains(c))
                .then_some(Yield::Seen),
            Read::Mark(mark) => super::super::marks()
                .any(|(needle, m)| m == mark && text.contains(needle))
                .then_some(Yield::Seen),
        }
    }

    fn str_at(text: &str, at: usize) -> &'static str {
        leak(text[at..].to_owned())
    }

    fn leak(s: String) -> &'static str {
        Box::leak(s.into_boxed_str())
    }

    #[test]
    fn every_row_reads_its_examples_and_none_of_its_counter_examples() {
        for row in PHRASES {
            assert!(!row.examples.is_empty(), "{:?} has no example", row.needle);
            for &(text, yields) in row.examples {
                assert!(
                    text.contains(row.needle) || matches!(row.read, Read::Qualifier(_)),
                    "{:?}: the example {text:?} does not hold the needle",
                    row.needle
                );
                assert_eq!(read(row, text), Some(yields), "{:?}: {text:?}", row.needle);
            }
            for text in row.counter {
                assert_eq!(read(row, text), None, "{:?}: {text:?}", row.needle);
            }
        }
    }

    #[test]
    fn the_reader_is_shown_every_example_it_must_read() {
        // The rows read from lines the reader marks: a clue or a mark, derived from the needles.
        let clues = failures::clues(NAMES);
        for row in rows(|r| !matches!(r, Read::Prose(_))) {
            for (text, _) in row.examples {
                let marked = super::super::marks().any(|(needle, _)| text.contains(needle));
                let clue = clues.iter().any(|(c, _)| text.contains(c));
                assert!(clue || marked, "{text:?}");
            }
        }
    }
}
