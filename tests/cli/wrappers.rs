//! `ocr-err parse` on what HTTP clients and frameworks print around an error body: `OkHttp`'s
//! logging interceptor, Python's `http.client` debug output, Spring's `RestTemplate` and
//! `OpenFeign` exceptions. The status and request id they print outside the body are the body's.

use crate::common::parse_json;

/// (code, HTTP status, request id) of each finding of a text fed on stdin.
fn findings(input: &str) -> Vec<(String, Option<u64>, Option<String>)> {
    parse_json(input)
        .1
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["http_status"].as_u64(),
                f["request_id"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

fn seen(code: &str, status: u64, id: Option<&str>) -> (String, Option<u64>, Option<String>) {
    (code.to_owned(), Some(status), id.map(str::to_owned))
}

const ID: &str = "0b1c2d3e4f5a67890b1c2d3e4f5a6789";
const URL: &str = "https://ocr.cn-north-4.myhuaweicloud.com/v2/0b1c/ocr/id-card";

#[test]
fn okhttp_s_logged_response() {
    let request =
        format!("--> POST {URL}\nContent-Type: application/json\n--> END POST (2048-byte body)\n");
    // Level.BODY: status line, headers, an empty line, the body, the end.
    let body = format!(
        "{request}<-- 400 Bad Request {URL} (83ms)\nServer: api-gateway\nX-Request-Id: {ID}\n\n{{\"error_code\":\"AIS.0101\",\"error_msg\":\"The input parameter is invalid.\"}}\n<-- END HTTP (72-byte body)\n"
    );
    assert_eq!(findings(&body), [seen("AIS.0101", 400, Some(ID))]);
    // Level.HEADERS: no body was logged, so there is nothing to explain but the status — and a
    // status alone is not reported from a log, where the body may be anywhere.
    let headers = format!(
        "<-- 401 Unauthorized {URL} (12ms)\nX-Request-Id: {ID}\n<-- END HTTP\n2026-11-27 10:00:01 INFO next request\n"
    );
    assert_eq!(findings(&headers), []);
    // An HTML page logged as the body is surely the body: a proxy's answer.
    let page = format!(
        "<-- 502 Bad Gateway {URL} (30012ms)\nContent-Type: text/html\n\n<html><head><title>502 Bad Gateway</title></head>\n<-- END HTTP (157-byte body)\n"
    );
    assert_eq!(findings(&page), [seen("HTTP 502", 502, None)]);
}

/// Each line of `lines` after a logger's prefix made by `prefix` from the line's index.
fn logged(prefix: impl Fn(usize) -> String, lines: &[&str]) -> String {
    let mut text = String::new();
    for (i, line) in lines.iter().enumerate() {
        text.push_str(&prefix(i));
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[test]
fn okhttp_s_logged_response_after_a_logger_s_prefix() {
    let response = [
        &*format!("<-- 400 Bad Request {URL} (183ms)"),
        "Content-Type: application/json",
        &*format!("X-Request-Id: {ID}"),
        "",
        r#"{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}"#,
        "<-- END HTTP (87-byte body)",
    ];
    // Android's logcat (the timestamp's digits change from line to line; the empty line's
    // trailing space is gone), a Java logger's pattern, Android Studio's logcat columns.
    let logcat = logged(
        |i| format!("2024-03-05 10:12:01.1{i:02} 12345-12400/com.example.ocr D/OkHttp: "),
        &response,
    )
    .replace("D/OkHttp: \n", "D/OkHttp:\n");
    let logback = logged(
        |i| format!("10:12:0{i}.123 [OkHttp {URL}/...] INFO  okhttp3.OkHttpClient - "),
        &response,
    );
    let studio = logged(
        |i| {
            format!(
                "2024-03-05 10:12:01.1{i:02} 12345-12400 okhttp.OkHttpClient com.example.ocr I  "
            )
        },
        &response,
    );
    // Pasted as a Markdown quote.
    let quoted = logged(|_| "> ".to_owned(), &logback.lines().collect::<Vec<_>>());
    for text in [logcat, logback, studio, quoted] {
        assert_eq!(findings(&text), [seen("AIS.0103", 400, Some(ID))], "{text}");
    }
    // Another logger's line between them is read as it is, and does not end the response.
    let other =
        "2024-03-05 10:12:01.150 12345-12345/com.example.ocr I/Choreographer: Skipped 31 frames!\n";
    let lines = logged(
        |i| format!("2024-03-05 10:12:01.1{i:02} 12345-12400/com.example.ocr D/OkHttp: "),
        &response,
    );
    let third = lines[..lines.find("X-Request-Id").unwrap()]
        .rfind('\n')
        .unwrap()
        + 1;
    let (first, rest) = lines.split_at(third);
    let interleaved = format!("{first}{other}{rest}");
    assert_eq!(findings(&interleaved), [seen("AIS.0103", 400, Some(ID))]);
    // The response ends with its body: a code logged later is not its error.
    let later = format!(
        "{}2024-03-05 10:12:09.000 12345-12400/com.example.ocr E/Ocr: retry failed AIS.0101\n",
        logged(
            |_| "2024-03-05 10:12:01.100 12345-12400/com.example.ocr D/OkHttp: ".to_owned(),
            &response
        )
    );
    assert_eq!(
        findings(&later),
        [
            seen("AIS.0103", 400, Some(ID)),
            ("AIS.0101".to_owned(), None, None)
        ]
    );
}

#[test]
fn urllib3_s_request_line_gives_the_printed_body_its_status() {
    let request = "DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): ocr.cn-north-4.myhuaweicloud.com:443\nDEBUG:urllib3.connectionpool:https://ocr.cn-north-4.myhuaweicloud.com:443 \"POST /v2/0b1c/ocr/general-text HTTP/1.1\" 400 87\n";
    let body =
        r#"{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}"#;
    assert_eq!(
        findings(&format!("{request}{body}\n")),
        [seen("AIS.0103", 400, None)]
    );
    // A logging format of its own around the same message.
    let formatted = "2024-03-05 10:12:01,123 - urllib3.connectionpool - DEBUG - https://ocr.cn-north-4.myhuaweicloud.com:443 \"POST /v2/0b1c/ocr/general-text HTTP/1.1\" 413 0\n<html><head><title>413 Request Entity Too Large</title></head>\n";
    assert_eq!(findings(formatted), [seen("HTTP 413", 413, None)]);
    // A success lends nothing, and a traceback after a failure is no body.
    let ok = "DEBUG:urllib3.connectionpool:https://ocr.cn-north-4.myhuaweicloud.com:443 \"POST /v2/0b1c/ocr/general-text HTTP/1.1\" 200 1234\n";
    assert_eq!(
        findings(&format!("{ok}ERROR giving up after AIS.0101\n")),
        [("AIS.0101".to_owned(), None, None)]
    );
    assert_eq!(
        findings(&format!(
            "{request}Traceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n"
        )),
        []
    );
}

#[test]
fn python_http_client_debug_output() {
    let debug = format!(
        "send: b'POST /v2/0b1c/ocr/general-text HTTP/1.1\\r\\nHost: ocr.cn-north-4.myhuaweicloud.com\\r\\n'\nreply: 'HTTP/1.1 401 Unauthorized\\r\\n'\nheader: Server: api-gateway\nheader: X-Request-Id: {ID}\nheader: Content-Type: application/json\n"
    );
    // The program prints the body after the debug lines.
    let printed = format!(
        "{debug}{{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication information: decrypt token fail\"}}\n"
    );
    assert_eq!(findings(&printed), [seen("APIG.0301", 401, Some(ID))]);
    // The SDK raises instead: the traceback after the debug lines is no body of the response,
    // and the one error is the SDK exception's.
    let traceback = format!(
        "{debug}Traceback (most recent call last):\n  File \"main.py\", line 20, in <module>\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: {URL}\n\nDuring handling of the above exception, another exception occurred:\n\nhuaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {{status_code:401,request_id:{ID},error_code:APIG.0301,error_msg:Incorrect IAM authentication information: decrypt token fail,encoded_authorization_message:None }}\n"
    );
    assert_eq!(findings(&traceback), [seen("APIG.0301", 401, Some(ID))]);
}

#[test]
fn guzzle_s_client_error_gives_the_body_its_status() {
    let intro = |status: &str| {
        format!(
            "GuzzleHttp\\Exception\\ClientException: Client error: `POST {URL}` resulted in a `{status}` response:"
        )
    };
    let body =
        r#"{"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}"#;
    // The body on the next line, as Guzzle's message has it, or joined to it in a log line.
    assert_eq!(
        findings(&format!("{}\n{body}\n", intro("400 Bad Request"))),
        [seen("AIS.0103", 400, None)]
    );
    assert_eq!(
        findings(&format!(
            "{} {body} (truncated...)\n",
            intro("413 Request Entity Too Large")
        )),
        [seen("AIS.0103", 413, None)]
    );
    // A line ending in a colon lends only a failing status it states.
    assert_eq!(
        findings(&format!("{}\n{body}\n", intro("200 OK"))),
        [("AIS.0103".to_owned(), None, None)]
    );
}

#[test]
fn go_s_error_struct_printed_with_its_field_names() {
    let text = "&{StatusCode:400 RequestId:0b1c2d3e4f5a ErrorCode:AIS.0101 ErrorMessage:The input parameter is invalid.}\n";
    let (_, found) = parse_json(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["code"], "AIS.0101");
    assert_eq!(found[0]["http_status"], 400);
    assert_eq!(found[0]["request_id"], "0b1c2d3e4f5a");
    assert_eq!(found[0]["shape"], "go-sdk");
    // The struct's closing brace is not the message's.
    assert_eq!(found[0]["message"], "The input parameter is invalid.");
}

#[test]
fn axios_s_error_dump_is_one_error_its_response_data_s() {
    // `console.error(err)` of a failed axios call: the message line, the stack, then the error
    // object with the response's status, headers and data.
    let dump = format!(
        "AxiosError: Request failed with status code 400\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12) {{\n  code: 'ERR_BAD_REQUEST',\n  response: {{\n    status: 400,\n    headers: AxiosHeaders {{\n      'content-type': 'application/json',\n      'x-request-id': '{ID}'\n    }},\n    data: {{ error_code: 'AIS.0101', error_msg: 'The input parameter is invalid.' }}\n  }},\n  status: 400\n}}\n"
    );
    assert_eq!(findings(&dump), [seen("AIS.0101", 400, Some(ID))]);
    // Without a service error in the dump, the message is the finding; so it is when the next
    // event comes before any, and at the end of the input.
    let alone = format!(
        "POST {URL}\nAxiosError: Request failed with status code 413\n    at settle (axios.cjs:1966:12)\n"
    );
    assert_eq!(findings(&alone), [seen("HTTP 413", 413, None)]);
    let then = format!("{alone}2024-03-05 10:12:09 ERROR retry failed AIS.0101\n");
    assert_eq!(
        findings(&then),
        [
            seen("HTTP 413", 413, None),
            ("AIS.0101".to_owned(), None, None)
        ]
    );
}

#[test]
fn spring_and_feign_exceptions() {
    for (input, status) in [
        (
            r#"org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: "{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}""#.to_owned(),
            400,
        ),
        (
            r#"org.springframework.web.client.HttpClientErrorException$TooManyRequests: 429 Too Many Requests: "{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached."}""#.to_owned(),
            429,
        ),
        (
            format!(
                r#"feign.FeignException$BadRequest: [400] during [POST] to [{URL}] [OcrClient#recognize(String)]: [{{"error_code":"AIS.0101","error_msg":"The input parameter is invalid."}}]"#
            ),
            400,
        ),
    ] {
        let got = findings(&input);
        assert_eq!(got.len(), 1, "{input}: {got:?}");
        assert_eq!(got[0].1, Some(status), "{input}");
    }
    // A reason phrase after a success status is nobody's error status.
    let got = findings(r#"took 250 Bad guesses: "{"error_code":"AIS.0101"}""#);
    assert_eq!(got, [("AIS.0101".to_owned(), None, None)]);
}

#[test]
fn other_http_clients_failures_are_findings_by_their_status() {
    // What each client prints when an answer fails, as the last line of a traceback or a log
    // line: one failure each, explained by its status, with the client's words as its message.
    let python = format!(
        "Traceback (most recent call last):\n  File \"ocr.py\", line 12, in <module>\n    r.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: {URL}\n"
    );
    let java = format!(
        "2024-03-05 10:12:09.114 ERROR 4242 --- [main] c.e.OcrClient : call failed\njava.io.IOException: Server returned HTTP response code: 403 for URL: {URL}\n\tat sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1900)\n\tat c.e.OcrClient.call(OcrClient.java:41)\n"
    );
    // Each names the Huawei Cloud endpoint it called, or follows a line that does.
    let called = format!("calling {URL}\n");
    let dotnet = called.clone()
        + "Unhandled exception. System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n";
    let curl = called.clone() + "curl: (22) The requested URL returned error: 413\n";
    let okhttp = format!(
        "W/System.err: java.io.IOException: Unexpected code Response{{protocol=h2, code=401, message=, url={URL}}}\n"
    );
    let dio = called.clone()
        + "DioException [bad response]: This exception was thrown because the response has a status code of 400 and RequestOptions.validateStatus was configured to throw for this status code.\nThe status code of 400 has the following meaning: \"Client error - the request contains bad syntax or cannot be fulfilled\"\n";
    for (input, code, status) in [
        (python.as_str(), "HTTP 401", 401),
        (java.as_str(), "HTTP 403", 403),
        (dotnet.as_str(), "HTTP 429", 429),
        (curl.as_str(), "HTTP 413", 413),
        (okhttp.as_str(), "HTTP 401", 401),
        (dio.as_str(), "HTTP 400", 400),
    ] {
        let (_, found) = parse_json(input);
        assert_eq!(found.len(), 1, "{input}: {found:?}");
        assert_eq!(found[0]["code"], code, "{input}");
        assert_eq!(found[0]["http_status"], status, "{input}");
        assert_eq!(found[0]["shape"], "http-client", "{input}");
        assert_eq!(found[0]["table"], "http", "{input}");
    }
    // Another vendor's failure in the same words is not Huawei Cloud's to explain.
    for input in [&python, &java, &okhttp] {
        let elsewhere = input.replace(URL, "https://api.example.com/v1/chat");
        assert!(parse_json(&elsewhere).1.is_empty(), "{elsewhere}");
    }
    for input in [&dotnet, &curl, &dio] {
        assert!(
            parse_json(&input.replace(&called, "")).1.is_empty(),
            "{input}"
        );
    }
    let (_, found) = parse_json(&python);
    assert_eq!(
        found[0]["message"],
        format!("401 Client Error: Unauthorized for url: {URL}")
    );
    assert_eq!(found[0]["line"], 6);
}

#[test]
fn a_clients_failure_told_better_by_the_body_after_it_is_one_error() {
    // Feign's message with the body on the lines of its event: the service's code, with the
    // status Feign stated.
    let feign = format!(
        "feign.FeignException$BadRequest: [400 Bad Request] during [POST] to [{URL}] [OcrClient#recognize(String)]: \n    {{\"error_code\":\"AIS.0101\",\"error_msg\":\"The input parameter is invalid.\"}}\n"
    );
    assert_eq!(findings(&feign), [("AIS.0101".to_owned(), Some(400), None)]);
    // Code that builds such a message states no failure.
    for code in [
        "        http_error_msg = f\"{self.status_code} Client Error: {reason} for url: {self.url}\"\n",
        "throw new IOException(\"Server returned HTTP response code: \" + code + \" for URL: \" + url);\n",
        "} catch (HttpClientErrorException e) {\n",
    ] {
        assert_eq!(findings(code), [], "{code}");
    }
}

#[test]
fn a_blank_line_ends_a_clients_failure_s_event_unless_python_chains_a_traceback() {
    let after_blank =
        "AxiosError: Request failed with status code 413\n\n  data: { error_code: 'AIS.0101' }\n";
    assert_eq!(
        findings(after_blank),
        [
            seen("HTTP 413", 413, None),
            ("AIS.0101".to_owned(), None, None)
        ]
    );
    // The other sentence Python chains with, the traceback cut to its exception's line.
    let chained = format!(
        "requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: {URL}\n\nThe above exception was the direct cause of the following exception:\n\nhuaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {{status_code:400,request_id:{ID},error_code:AIS.0101,error_msg:The input parameter is invalid. }}\n"
    );
    assert_eq!(findings(&chained), [seen("AIS.0101", 400, Some(ID))]);
    // After the chained exception's line, the event is over.
    let then = format!(
        "{chained}requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: {URL}\n"
    );
    assert_eq!(findings(&then).len(), 2);
}

#[test]
fn a_url_in_received_text_is_printed_whole_after_the_table_and_never_as_a_hyperlink() {
    // The second error's card cites the catalog's links.
    let input = format!(
        "requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: {URL}\nSystem.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n"
    );
    let out = crate::common::ocr_err()
        .env("COLUMNS", "60")
        .args(["parse", "--color", "always", "--hyperlinks", "always"])
        .write_stdin(input)
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).unwrap();
    // In the table, the message cites it; after the table, it stands whole on its line.
    assert!(
        !text.lines().any(|l| l.contains('│') && l.contains("://")),
        "{text}"
    );
    let line = text
        .lines()
        .find(|l| l.contains(URL))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("[1]"), "{line}");
    // The catalog's links are hyperlinks; the input's is not.
    assert!(text.contains("\x1b]8;;https://"), "{text}");
    assert!(!text.contains(&format!("\x1b]8;;{URL}")), "{text}");
}

#[test]
fn an_sdk_exception_with_its_message_only_is_the_code_documented_with_it() {
    // As Java's loggers print the exception (its class, then its message), and Node's
    // `String(err)`: the code is the one the catalog documents with the message.
    let java = "2024-03-05 10:12:09.114 ERROR 4242 --- [main] c.e.OcrService : OCR failed\ncom.huaweicloud.sdk.core.exception.ClientRequestException: The input parameter is invalid.\n\tat com.huaweicloud.sdk.core.exception.ServiceResponseException.mapException(ServiceResponseException.java:51)\n";
    let node =
        "ClientRequestException: Incorrect IAM authentication information: decrypt token fail\n";
    let dotnet = "HuaweiCloud.SDK.Core.ServerResponseException: Backend timeout.\n";
    for (input, code) in [
        (java, "AIS.0101"),
        (node, "APIG.0301"),
        (dotnet, "APIG.0201"),
    ] {
        let (_, found) = parse_json(input);
        assert_eq!(found.len(), 1, "{input}: {found:?}");
        assert_eq!(found[0]["code"], code, "{input}");
        assert_eq!(found[0]["shape"], "sdk-message", "{input}");
    }
    let (_, found) = parse_json(node);
    assert_eq!(found[0]["cause"]["match"], "decrypt token fail");
    // A message no code is documented with, or another library's class, is no finding.
    for input in [
        "ClientRequestException: Something odd happened.\n",
        "org.example.ClientRequestException: The input parameter is invalid.\n",
    ] {
        assert_eq!(findings(input), [], "{input}");
    }
    // A summary counts it too.
    let out = crate::common::ocr_err()
        .args(["parse", "--summary", "-f", "json"])
        .write_stdin(java)
        .output()
        .expect("runs");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["codes"][0]["code"], "AIS.0101");
}

#[test]
fn a_message_several_codes_share_names_every_candidate() {
    // Both gateways' tables document the message; OCR's do not.
    let text = "com.huaweicloud.sdk.core.exception.ClientRequestException: The backend port does not exist.\n";
    let (_, found) = parse_json(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "APIG.0611");
    assert_eq!(found[0]["shape"], "sdk-message");
    assert_eq!(
        found[0]["candidates"],
        serde_json::json!(["APIG.0611", "APIGW.0611"])
    );
    let out = crate::common::ocr_err()
        .args(["parse", "--lang", "en"])
        .write_stdin(text)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("or APIGW.0611"), "{table}");
    // A message OCR's table documents is its code alone.
    let (_, found) = parse_json(
        "com.huaweicloud.sdk.core.exception.ClientRequestException: The input parameter is invalid.\n",
    );
    assert_eq!(found[0]["code"], "AIS.0101");
    assert!(found[0].get("candidates").is_none());
}

#[test]
fn a_failed_call_s_status_stated_in_prose_is_a_finding_beside_a_huawei_cloud_host() {
    let host = "https://ocr.cn-north-4.myhuaweicloud.com/v2/x/ocr/id-card";
    for (text, status) in [
        (
            format!("POST {host} request failed with status code 403\n"),
            403,
        ),
        (format!("calling {host} returned status 404\n"), 404),
        (
            format!("2024-01-01 ERROR upload to {host} failed: http code=502\n"),
            502,
        ),
    ] {
        let code = format!("HTTP {status}");
        assert_eq!(findings(&text), [seen(&code, status, None)], "{text}");
    }
    // Another vendor's call, or a status that is no failure, gives nothing.
    assert_eq!(
        findings("calling https://api.example.com/v1 returned status 404\n"),
        []
    );
    assert_eq!(
        findings(&format!("calling {host} returned status 200\n")),
        []
    );
}

#[test]
fn each_body_of_a_flattened_page_takes_the_status_stated_just_before_it() {
    let line = r#"Examples: STATUS CODE 400 {"error_code":"AIS.0101","error_msg":"x"} STATUS CODE 401 {"error_code":"APIG.0301","error_msg":"y"}"#;
    assert_eq!(
        findings(&format!("{line}\n")),
        [seen("AIS.0101", 400, None), seen("APIG.0301", 401, None)]
    );
}

#[test]
fn the_aws_sdk_s_api_error_against_obs_is_obs_s_named_code() {
    let text = "operation error S3: GetObject, https response error StatusCode: 404, RequestID: , HostID: , api error NoSuchKey: The specified key does not exist.\n";
    let with_host = format!("endpoint https://obs.cn-south-1.myhuaweicloud.com\n{text}");
    assert_eq!(findings(&with_host), [seen("NoSuchKey", 404, None)]);
    // Against another store: nothing says it is OBS.
    assert_eq!(findings(text), []);
}
