//! `ocr-err parse`: every shape people paste or pipe, with the code, status, request id, cause and
//! exit code asserted from the JSON output; summaries; inputs; never a panic on arbitrary bytes.

use crate::common::{run, run_stdin, spawn_fed};
use serde_json::{Value, json};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/parse/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Parses a fixture file; returns the exit code and the findings.
fn parse_file(name: &str) -> (i32, Vec<Value>) {
    let (code, out, err) = run(&["parse", "-f", "json", &fixture(name)]);
    let v: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}\n{out}\n{err}"));
    (code, v.as_array().unwrap().clone())
}

/// Parses bytes given on stdin.
fn parse_stdin(input: &[u8], args: &[&str]) -> (i32, String, String) {
    let input = input.to_vec();
    let mut all = vec!["parse"];
    all.extend_from_slice(args);
    let (child, feeder) = spawn_fed(&all, move |w| {
        let _ = w.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn one(name: &str) -> (i32, Value) {
    let (code, findings) = parse_file(name);
    assert_eq!(findings.len(), 1, "{name}: {findings:#?}");
    (code, findings.into_iter().next().unwrap())
}

#[test]
fn a_bare_json_body() {
    let (code, f) = one("json-body.json");
    assert_eq!(code, 0);
    assert_eq!(f["code"], "AIS.0104");
    assert_eq!(
        f["message"],
        "The image is not supported or the image quality is poor."
    );
    assert_eq!(
        (f["shape"].as_str(), f["known"].as_bool()),
        (Some("json"), Some(true))
    );
    assert_eq!(f["wording_differs"], false);
    assert_eq!(f["fix"]["zh"][0], "请检查图片类型与图片质量。");
}

#[test]
fn a_pretty_printed_body_with_keys_in_any_order() {
    let (_, f) = one("json-pretty.json");
    assert_eq!(f["code"], "AIS.0103");
    assert_eq!(
        f["extra"]["trace"], r#"{"region":"cn-north-4"}"#,
        "extra keys kept"
    );
    assert_eq!(
        f["message"],
        "The image size does not meet the requirements."
    );
}

#[test]
fn code_and_message_keys_and_an_unknown_code() {
    let (code, f) = one("code-message-unknown.json");
    assert_eq!(code, 0, "an error was found, though not in the catalog");
    assert_eq!(f["code"], "Ecs.0114");
    assert_eq!(f["extra"]["retryable"], "true");
    assert_eq!(f["known"], false);
    assert!(
        f["fallback"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
}

#[test]
fn a_nested_error_object_with_an_alternative_wording() {
    let (code, f) = one("nested-error.json");
    assert_eq!(code, 0);
    assert_eq!(f["code"], "ModelArts.4204");
    assert_eq!(f["wording_differs"], false, "a known alternative wording");
}

#[test]
fn a_body_escaped_inside_another_json_string() {
    let (_, f) = one("escaped-in-string.json");
    assert_eq!(f["code"], "AIS.0101");
    assert_eq!(f["message"], "The input parameter is invalid.");
    assert_eq!(f["shape"], "escaped-json");
}

#[test]
fn curl_i_output_gives_status_and_request_id_and_one_finding() {
    let (code, f) = one("curl-i-http1.txt");
    assert_eq!(code, 0);
    assert_eq!(f["code"], "APIG.0301");
    assert_eq!(f["http_status"], 401);
    assert_eq!(f["request_id"], "5f0e8a7c9b1d2e3f4a5b6c7d8e9f0a1b");
    assert_eq!(f["cause"]["match"], "decrypt token fail");
    assert_eq!(f["table"], "ocr", "the seed's entry, with its causes");
    assert_eq!(f["line"], 7);
}

#[test]
fn a_body_pasted_right_under_its_status_line_ends_the_response() {
    // No headers and no blank line: the JSON is the body, and the prose after it is not.
    let paste = "```\nHTTP/1.1 400 Bad Request\n{\n  \"error_code\": \"AIS.0103\"\n}\n```\n\n\
                 Before that I had AIS.0104, fixed by converting to PNG.\n";
    let (code, out, _) = parse_stdin(paste.as_bytes(), &["--format", "json"]);
    assert_eq!(code, 0);
    let findings: Vec<Value> = serde_json::from_str(&out).unwrap();
    let got: Vec<(&str, Option<u64>)> = findings
        .iter()
        .map(|f| (f["code"].as_str().unwrap(), f["http_status"].as_u64()))
        .collect();
    assert_eq!(got, [("AIS.0103", Some(400)), ("AIS.0104", None)]);
}

#[test]
fn curl_i_over_http2_and_the_numbers_in_a_message() {
    let (_, f) = one("curl-i-http2.txt");
    assert_eq!(f["code"], "APIG.0308");
    assert_eq!(f["http_status"], 429);
    assert_eq!(f["request_id"], "0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e");
    assert_eq!(f["details"]["limit"], "1000");
    assert_eq!(f["details"]["time"], "1 minute");
    assert_eq!(f["wording_differs"], false);
}

#[test]
fn curl_v_output() {
    let (_, f) = one("curl-v.txt");
    assert_eq!(f["code"], "AIS.0103");
    assert_eq!(f["http_status"], 400);
    assert_eq!(f["request_id"], "3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d");
}

#[test]
fn the_python_sdk_at_the_end_of_a_traceback() {
    let (_, f) = one("python-traceback.txt");
    assert_eq!(f["code"], "APIG.0301");
    assert_eq!(f["http_status"], 401);
    assert_eq!(f["request_id"], "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b");
    assert_eq!(f["shape"], "python-sdk");
    assert_eq!(f["cause"]["match"], "token expires");
    assert_eq!(f["details"]["expires_at"], "2026-11-26T10:15:02.118000Z");
}

#[test]
fn the_java_sdk_block() {
    let (_, f) = one("java-tostring.txt");
    assert_eq!(f["code"], "ModelArts.4403");
    assert_eq!(f["http_status"], 503);
    assert_eq!(f["request_id"], "7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a");
    assert_eq!(f["message"], "Backend service unavailable error.");
    assert_eq!(f["shape"], "java-sdk");
}

#[test]
fn the_go_sdk_json() {
    let (_, f) = one("go-sdk.txt");
    assert_eq!(f["code"], "AIS.0102");
    assert_eq!(f["http_status"], 400);
    assert_eq!(f["message"], "The image format is not supported.");
    assert_eq!(f["shape"], "go-sdk");
    assert_eq!(f["extra"]["encoded_authorization_message"], "");
}

#[test]
fn the_node_sdk_console_log() {
    let (_, f) = one("node-console.txt");
    assert_eq!(f["code"], "ModelArts.4204");
    assert_eq!(f["http_status"], 403);
    assert_eq!(f["request_id"], "2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e");
    assert_eq!(f["shape"], "node-sdk");
}

#[test]
fn a_body_printed_as_a_python_dict() {
    // `print(r.json())`: single-quoted keys and values, a number bare, a string with an
    // apostrophe in double quotes, as Python's repr writes them.
    let text = "{'status_code': 400, 'request_id': '9f1e2d3c', 'error_code': 'AIS.0103', 'error_msg': \"The image's size is invalid.\"}\n";
    let (_, found) = crate::common::parse_json(text);
    assert_eq!(found.len(), 1);
    let f = &found[0];
    assert_eq!(
        (&f["code"], &f["http_status"], &f["request_id"], &f["shape"]),
        (
            &json!("AIS.0103"),
            &json!(400),
            &json!("9f1e2d3c"),
            &json!("python-dict")
        )
    );
    assert_eq!(f["message"], "The image's size is invalid.");
    // Node's object: the keys bare.
    let (_, node) = crate::common::parse_json("{ error_code: 'AIS.0103', error_msg: 'x' }\n");
    assert_eq!(node[0]["shape"], "node-sdk");
}

#[test]
fn a_body_escaped_for_html_or_xml() {
    // Copied from a page's source, and a test report's failure attribute.
    let page = "<pre>{&quot;error_code&quot;:&quot;AIS.0103&quot;,&quot;error_msg&quot;:&quot;The image size does not meet the requirements.&quot;}</pre>\n";
    let report = "<failure message=\"ServiceResponseException: {&quot;error_code&quot;: &quot;APIG.0301&quot;, &quot;error_msg&quot;: &quot;Incorrect IAM authentication information: decrypt token fail&quot;, &quot;request_id&quot;: &quot;abc-1&quot;}\" type=\"Error\"/>\n";
    let (_, found) = crate::common::parse_json(&format!("{page}{report}"));
    let got: Vec<(&Value, &Value, &Value, &Value)> = found
        .iter()
        .map(|f| (&f["code"], &f["message"], &f["request_id"], &f["shape"]))
        .collect();
    assert_eq!(
        got,
        [
            (
                &json!("AIS.0103"),
                &json!("The image size does not meet the requirements."),
                &Value::Null,
                &json!("json")
            ),
            (
                &json!("APIG.0301"),
                &json!("Incorrect IAM authentication information: decrypt token fail"),
                &json!("abc-1"),
                &json!("json")
            ),
        ]
    );
}

#[test]
fn a_log_file_in_input_order_with_repeats_counted_and_unknown_codes_kept() {
    let (code, findings) = parse_file("app-log.txt");
    assert_eq!(
        code, 0,
        "errors were found (AIS.0199 among them, not in the catalog)"
    );
    let codes: Vec<_> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "AIS.0104",
            "ModelArts.4401",
            "ModelArts.4401",
            "AIS.0199",
            "AIS.0105"
        ]
    );
    let lines: Vec<_> = findings
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [3, 4, 5, 6, 7]);
    assert_eq!(findings[0]["request_id"], "1a2b3c4d5e6f7a8b");
    assert_eq!(findings[0]["http_status"], 400);
    assert_eq!(findings[0]["shape"], "key-value");
    assert_eq!(findings[3]["request_id"], "6f5e4d3c2b1a0f9e");
    assert_eq!(findings[3]["family"]["prefix"], "AIS");
    assert_eq!(findings[4]["shape"], "token");
}

#[test]
fn a_200_response_reports_failed_items_and_never_success_statuses() {
    let (code, f) = one("smart-classification-200.txt");
    assert_eq!(code, 0);
    assert_eq!(f["code"], "AIS.0103");
    assert_eq!(f["item"], true);
    assert_eq!(f["http_status"], 200);
    let (_, out, _) = run(&[
        "parse",
        "--lang",
        "en",
        &fixture("smart-classification-200.txt"),
    ]);
    assert!(out.contains("A failed item inside a successful (200) response"));
    let (code, out, _) = parse_stdin(br#"{"result":[{"status":"AIS.0000"}]}"#, &["-f", "json"]);
    assert_eq!(
        (code, out.trim()),
        (1, "[]"),
        "AIS.0000 is success: no error found"
    );
}

#[test]
fn the_received_message_is_compared_with_the_catalog() {
    let (_, out, _) = parse_stdin(
        br#"{"error_code":"AIS.0104","error_msg":"Image too blurry."}"#,
        &["-f", "json"],
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["wording_differs"], true);
    let (_, out, _) = parse_stdin(
        br#"{"error_code":"AIS.0104","error_msg":"Image too blurry."}"#,
        &["--lang", "en"],
    );
    assert!(out.contains("differs from the catalog's wording"));
}

#[test]
fn the_variant_is_picked_by_message_and_status() {
    let input = b"HTTP/1.1 413 Request Entity Too Large\n\n{\"error_code\":\"APIGW.0201\",\"error_msg\":\"Request entity too large.\"}\n";
    let (_, out, _) = parse_stdin(input, &["-f", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["variant"], 1);
    assert_eq!(
        v[0]["description"]["en"],
        "The request body is larger than 12 MB."
    );
}

#[test]
fn summary_counts_per_code_most_frequent_first() {
    let (code, out, _) = run(&[
        "parse",
        "--summary",
        "-f",
        "json",
        &fixture("app-log.txt"),
        &fixture("json-body.json"),
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let codes = crate::common::summary_rows(&v);
    // One row per code and status: AIS.0104 came once with 400, once without a status.
    assert_eq!(
        codes,
        [
            ("ModelArts.4401", 2, None),
            ("AIS.0104", 1, None),
            ("AIS.0104", 1, Some(400)),
            ("AIS.0105", 1, None),
            ("AIS.0199", 1, None)
        ]
    );
    assert_eq!(
        (
            v["total"].as_u64(),
            v["distinct"].as_u64(),
            v["unknown"].as_u64()
        ),
        (Some(6), Some(4), Some(1))
    );
    let (_, table, _) = run(&[
        "parse",
        "--summary",
        "--lang",
        "en",
        &fixture("app-log.txt"),
    ]);
    assert!(
        table.contains("5 errors of 4 distinct codes (1 not in the catalog)"),
        "{table}"
    );
}

#[test]
fn a_summary_counts_distinct_codes_and_shows_what_the_catalog_cannot_say() {
    // An unknown code three times, under two statuses; a templated SDK message; a known code.
    let input = concat!(
        "{\"error_code\":\"AIS.0199\",\"error_msg\":\"Quota of the tenant \\u001b[31mexceeded\"}\n",
        "{\"error_code\":\"AIS.0199\",\"error_msg\":\"a later wording\"}\n",
        "HTTP/1.1 429 Too Many Requests\n\n{\"error_code\":\"AIS.0199\",\"error_msg\":\"x\"}\n",
        "huaweicloudsdkcore.exceptions.exceptions.ConnectionException: ConnectionException - ",
        "HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Max retries exceeded\n",
        "{\"error_code\":\"AIS.0101\",\"error_msg\":\"something else\"}\n",
    );
    let (code, out, _) = run_stdin(&["parse", "--summary", "--format", "json"], input);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (
            &v["total"],
            &v["distinct"],
            &v["unknown"],
            &v["unknown_codes"]
        ),
        (&json!(5), &json!(3), &json!(3), &json!(1)),
        "{out}"
    );
    let row = |code: &str, status: Option<u64>| {
        v["codes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code && r["http_status"].as_u64() == status)
            .unwrap_or_else(|| panic!("{code} {status:?} in {out}"))
            .clone()
    };
    // The first message a row was received with, as received (JSON escapes the escape byte).
    assert_eq!(row("AIS.0199", None)["count"], 2);
    assert_eq!(
        row("AIS.0199", None)["received_message"],
        "Quota of the tenant \u{1b}[31mexceeded"
    );
    assert_eq!(row("AIS.0199", Some(429))["received_message"], "x");
    assert_eq!(
        row("AIS.0101", None)["message"],
        "The input parameter is invalid."
    );

    let (_, plain, _) = run_stdin(&["parse", "--summary", "--format", "plain"], input);
    let lines: Vec<&str> = plain.lines().collect();
    // count, code, HTTP status, known|unknown, message: the received one where the catalog
    // has none or only a template; input text never reaches the output raw.
    assert!(
        lines.contains(&"2\tAIS.0199\t-\tunknown\tQuota of the tenant \\x1b[31mexceeded"),
        "{plain}"
    );
    assert!(lines.contains(&"1\tAIS.0199\t429\tunknown\tx"), "{plain}");
    assert!(
        lines.contains(&"1\tAIS.0101\t-\tknown\tThe input parameter is invalid."),
        "{plain}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("1\tConnectionException\t-\tknown\tHTTPSConnectionPool(")),
        "{plain}"
    );
    let totals = format!(
        "# 5 errors, 3 codes, 1 unknown, 7 lines, {} bytes",
        input.len()
    );
    assert_eq!(lines.last(), Some(&totals.as_str()), "{plain}");
    let (_, table, _) = run_stdin(&["parse", "--summary", "--lang", "en"], input);
    assert!(
        table.contains("5 errors of 3 distinct codes (1 not in the catalog)"),
        "{table}"
    );
    assert!(
        !table.contains('\u{1b}') && table.contains("(not in the catalog)"),
        "{table}"
    );
}

#[test]
fn stdin_dash_and_several_files() {
    let body = std::fs::read(fixture("json-body.json")).unwrap();
    let (code, out, _) = parse_stdin(&body, &["-f", "plain", "-", &fixture("go-sdk.txt")]);
    assert_eq!(code, 0);
    let codes: Vec<_> = out.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    assert_eq!(codes, ["AIS.0104", "AIS.0102"]);
}

#[test]
fn nothing_found_exits_1() {
    let (code, out, _) = parse_stdin(b"all good here\nGET / 200\n", &[]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
}

#[test]
fn a_read_error_names_the_input_and_the_run_goes_on() {
    let (code, out, err) = run(&[
        "parse",
        "-f",
        "plain",
        "/no/such/file.log",
        &fixture("json-body.json"),
        "/proc/self/mem",
    ]);
    assert_eq!(code, 2);
    assert!(
        out.contains("AIS.0104"),
        "the readable input is still parsed"
    );
    let lines: Vec<_> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("/no/such/file.log") && lines[0].contains("No such file"));
    assert!(lines[1].contains("/proc/self/mem"));
}

#[test]
fn table_output_explains_with_the_cause_first() {
    let (_, out, _) = run(&["parse", "--lang", "en", &fixture("curl-i-http1.txt")]);
    assert!(
        out.contains("APIG.0301") && out.contains("HTTP 401") && out.contains("request 5f0e8a7c")
    );
    assert!(out.contains("“decrypt token fail”"));
    let fix_at = out
        .find("→ 1. Token decryption failed")
        .expect("the cause's step first, marked");
    assert!(
        out[fix_at..].contains("┆   2. Token expired"),
        "then the others, numbers aligned"
    );
}

/// A finding's code, HTTP status and request id.
type Seen = (String, Option<u64>, Option<String>);

/// (code, status, request id) of each finding of a text fed on stdin.
fn findings_of(input: &str) -> (i32, Vec<Seen>) {
    let (code, out, err) = parse_stdin(input.as_bytes(), &["-f", "json"]);
    let v: Vec<Value> = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    let got = v
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_owned(),
                f["http_status"].as_u64(),
                f["request_id"].as_str().map(str::to_owned),
            )
        })
        .collect();
    (code, got)
}

fn finding(
    code: &str,
    status: Option<u64>,
    id: Option<&str>,
) -> (String, Option<u64>, Option<String>) {
    (code.to_owned(), status, id.map(str::to_owned))
}

#[test]
fn the_status_is_read_wherever_the_text_states_it() {
    for (input, want) in [
        (
            "{ data: { error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information: decrypt token fail' }, status: 401, statusText: 'Unauthorized', headers: { 'x-request-id': 'abc' } }",
            finding("APIG.0301", Some(401), Some("abc")),
        ),
        (
            r#"{"error_code":"AIS.0101","error_msg":"The input parameter is invalid.","status":401}"#,
            finding("AIS.0101", Some(401), None),
        ),
        (
            r#"HTTP 400 + {"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}"#,
            finding("AIS.0103", Some(400), None),
        ),
        (
            "call failed (HTTP 403 | EVS.1002 | Forbidden | requestId=0a1b)",
            finding("EVS.1002", Some(403), Some("0a1b")),
        ),
        (
            r#"识别失败，状态码: 401，返回 {"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"}"#,
            finding("APIG.0301", Some(401), None),
        ),
        (
            "调用OCR失败，错误码：AIS.0103，错误信息：图片尺寸不满足要求，HTTP状态码：400",
            finding("AIS.0103", Some(400), None),
        ),
        (
            "upstream statusCode=502 api_status=502 {\"error_code\":\"APIGW.0201\",\"error_msg\":\"Backend unavailable.\"}",
            finding("APIGW.0201", Some(502), None),
        ),
    ] {
        let (code, got) = findings_of(input);
        assert_eq!((code, got), (0, vec![want]), "{input}");
    }
}

#[test]
fn quoted_text_is_read_and_curl_requests_are_not() {
    let (_, got) = findings_of(
        "> we got this back:\n> {\"error_code\":\"AIS.0104\",\"error_msg\":\"The image is not supported or the image quality is poor.\"}\n>> `ModelArts.4204` on the retry\n",
    );
    assert_eq!(
        got,
        [
            finding("AIS.0104", None, None),
            finding("ModelArts.4204", None, None)
        ]
    );
    // A Markdown list's `* ` item is read; curl -v's own `* ` lines are not (nor taken for the
    // body of the response they follow).
    let (_, got) = findings_of(
        "* {\"error_code\":\"AIS.0102\",\"error_msg\":\"x\"}\n* then AIS.0104 on the retry\n< HTTP/1.1 502 Bad Gateway\n<\n* Connection #0 to host ocr.cn-north-4.myhuaweicloud.com left intact\n",
    );
    assert_eq!(
        got,
        [
            finding("AIS.0102", None, None),
            finding("AIS.0104", None, None),
            finding("HTTP 502", Some(502), None)
        ]
    );
}

#[test]
fn code_shaped_words_that_are_not_error_codes_are_left_alone() {
    for input in [
        "Pool.0302 active=3 idle=1\nBackoff.1000 ms\nbuild ID.5678 done\n",
        r#"{"result":{"words_block_list":[{"words":"ERROR AIS.0104 ON FORM"}]}}"#,
        "if (\"AIS.0101\".equals(code)) { retry(); }\n    case \"AIS.0103\":\n",
    ] {
        let (code, got) = findings_of(input);
        assert_eq!((code, got.len()), (1, 0), "{input}: {got:?}");
    }
}

#[test]
fn a_bare_code_takes_the_message_and_ids_its_line_labels() {
    for (input, message) in [
        (
            "[ERROR] AIS.0101 occurred, message: bad image, requestId=7c1f",
            "bad image",
        ),
        (
            "OCR failed AIS.0103 errorMsg=image too small requestId=7c1f",
            "image too small",
        ),
    ] {
        let (code, out, _) = parse_stdin(input.as_bytes(), &["-f", "json"]);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(code, 0, "{input}");
        assert_eq!(v.as_array().map(Vec::len), Some(1), "{input}: {v}");
        assert_eq!(v[0]["message"], message, "{input}");
        assert_eq!(v[0]["request_id"], "7c1f", "{input}");
    }
    // A body with a message and no code is still known by its message first.
    let (_, got) = findings_of(
        r#"POST https://iam.myhuaweicloud.com/v3/auth/tokens
{"error":{"code":403,"message":"This user only supports console access, not programmatic access.","title":"Forbidden","see":"IAM.0081"}}"#,
    );
    assert_eq!(
        got,
        [finding(
            "This user only supports console access, not programmatic access.",
            Some(403),
            None
        )]
    );
}

#[test]
fn a_code_is_reported_as_received_and_looked_up_in_the_catalog_spelling() {
    let (_, got) = findings_of(r#"{"error_code":"AIS0104","error_msg":"x","request_id":"r1"}"#);
    assert_eq!(got, [finding("AIS0104", None, Some("r1"))]);
    let (_, found) = crate::common::parse_json(r#"{"error_code":"apigw.0301","error_msg":"x"}"#);
    assert_eq!(found[0]["code"], "apigw.0301");
    assert_eq!(found[0]["catalog_code"], "APIGW.0301");
    assert_eq!(found[0]["known"], true);
    // Digits are never changed: leading zeros kept, none added, however many.
    for code in [
        "XYZ.00012345",
        "DCS.201",
        "CCE_CM.0004",
        "SVC.ABC.4000123",
        "Prefix.002002009.404",
        "LongCamelCasePrefixOfSomeServiceAbcdefghij.0001",
    ] {
        let (_, found) = crate::common::parse_json(&format!(
            r#"{{"error_code":"{code}","error_msg":"Something failed."}}"#
        ));
        assert_eq!(found.len(), 1, "{code}: {found:?}");
        assert_eq!(found[0]["code"], code);
        assert!(found[0].get("catalog_code").is_none(), "{code}");
    }
}

#[test]
fn parse_shows_the_links_explain_shows() {
    let (_, out, _) = parse_stdin(
        br#"{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:1000,time:1 minute."}"#,
        &["--lang", "en"],
    );
    let ocr_err::catalog::Lookup::Found(entries) = ocr_err::catalog::lookup("APIG.0308") else {
        panic!("APIG.0308 is in the catalog");
    };
    let urls: Vec<&str> = entries[0].links.iter().map(|l| l.url.as_str()).collect();
    assert!(!urls.is_empty());
    for url in urls {
        assert!(out.contains(url), "{url} missing from parse:\n{out}");
    }
}

#[test]
fn json_lines_are_written_as_findings_are_found() {
    use std::io::{BufRead, Write};
    let (mut child, mut stdin, mut stdout) =
        crate::common::spawn_live(&["parse", "--format", "jsonl"]);
    let mut line = String::new();
    for code in ["AIS.0104", "APIG.0308"] {
        writeln!(
            stdin,
            "{{\"error_code\":\"{code}\",\"error_msg\":\"x\",\"status\":400}}"
        )
        .unwrap();
        stdin.flush().unwrap();
        // Read back before the input is closed: the finding came out live.
        line.clear();
        stdout.read_line(&mut line).unwrap();
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["code"], code);
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn summary_json_lines_are_rows_then_totals() {
    let (code, out, _) = run(&["parse", "--summary", "-f", "jsonl", &fixture("app-log.txt")]);
    assert_eq!(code, 0);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (totals, rows) = lines.split_last().unwrap();
    assert!(
        rows.iter()
            .all(|r| r["code"].is_string() && r["count"].is_u64())
    );
    assert_eq!(totals["totals"]["total"], 5);
}

#[test]
fn utf16_and_gb18030_logs_are_decoded() {
    let text = "2026-11-27 错误 {\"error_code\":\"AIS.0104\",\"error_msg\":\"图片质量差\"}\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (gbk, _, _) = encoding_rs::GB18030.encode(text);
    for (bytes, args) in [
        (utf16, &[][..]),
        (gbk.to_vec(), &[][..]),
        (gbk.to_vec(), &["--encoding", "gb18030"][..]),
    ] {
        let mut all = vec!["-f", "json"];
        all.extend_from_slice(args);
        let (code, out, _) = parse_stdin(&bytes, &all);
        let v: Vec<Value> = serde_json::from_str(&out).unwrap();
        assert_eq!((code, v.len()), (0, 1), "{out}");
        assert_eq!(v[0]["message"], "图片质量差");
    }
}

#[test]
fn obs_and_the_registry_are_read_in_their_own_shapes_and_only_near_huawei_cloud() {
    let host = "PUT https://my-bucket.obs.cn-north-4.myhuaweicloud.com/photo.jpg\n";
    for (input, want) in [
        // OBS's XML answer, one line, in the response it came in.
        (
            format!(
                "{host}HTTP/1.1 404 Not Found\nx-obs-request-id: 0000018A2B3C\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>0000018A2B3C</RequestId></Error>\n"
            ),
            ("NoSuchKey", Some(404), Some("0000018A2B3C")),
        ),
        // Pretty-printed, without a response around it.
        (
            format!(
                "{host}<Error>\n  <Code>AccessDenied</Code>\n  <Message>Access Denied</Message>\n  <RequestId>0000018A</RequestId>\n</Error>\n"
            ),
            ("AccessDenied", None, Some("0000018A")),
        ),
        // The Go SDK's error, which names OBS itself.
        (
            "panic: obs: service returned error: Status=403 Forbidden, Code=SignatureDoesNotMatch, Message=The request signature we calculated does not match.\n".to_owned(),
            ("SignatureDoesNotMatch", Some(403), None),
        ),
        // The Java SDK's exception without a body.
        (
            "com.obs.services.exception.ObsException: Error message:Request Error. -- ResponseCode: 404, ResponseStatus: Not Found, RequestId: 0000018B37BA\n".to_owned(),
            ("HTTP 404", Some(404), Some("0000018B37BA")),
        ),
        // The registry's error, its status in brackets before it.
        (
            "pushing to swr.cn-north-4.myhuaweicloud.com/team/app:1\n[ERROR] transfer.go:143]: [401][{\"errors\":[{\"code\":\"DENIED\",\"message\":\"Authenticate Error\"}]}]\n".to_owned(),
            ("DENIED", Some(401), None),
        ),
    ] {
        let (_, got) = findings_of(&input);
        assert_eq!(
            got,
            [finding(want.0, want.1, want.2)],
            "{input}"
        );
    }
    // The same shapes from another store or registry are not Huawei Cloud's.
    for input in [
        "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>\n",
        "docker pull ghcr.io/acme/app:1\nError response from daemon: unauthorized: {\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}\n",
    ] {
        let (code, got) = findings_of(input);
        assert_eq!((code, got.len()), (1, 0), "{input}: {got:?}");
    }
}

#[test]
fn a_heading_s_status_goes_to_the_bodies_under_it() {
    let page = "**Status code: 200**\n\nOK\n\n```\n{\"id\": 1}\n```\n\n**Status code: 400**\n\nBad request.\n\n```\n{\n  \"error_code\": \"IAM.0002\",\n  \"error_msg\": \"x\"\n}\n```\n\n**状态码： 404**\n\n```\n{\"error_code\": \"IAM.0004\", \"error_msg\": \"y\"}\n```\n";
    let (_, got) = findings_of(page);
    assert_eq!(
        got,
        [
            finding("IAM.0002", Some(400), None),
            finding("IAM.0004", Some(404), None)
        ]
    );
}

#[test]
fn a_listing_of_codes_is_not_an_error() {
    for input in [
        // A Markdown table's rows, and an RST grid's.
        "| Code | Status | Message |\n| --- | --- | --- |\n| APIG.0301 | 401 | Incorrect IAM authentication information |\n| APIG.0308 | 429 | The throttling threshold has been reached |\n",
        "   | 400 | APIC.7211 | Parameter value does not match the rules | Modify it. |\n",
        // A table flattened to a cell a line.
        "错误码\n\nModelArts.81001\n\n400\n\n请求参数错误\n\nModelArts.81002\n\n400\n\n请求体格式错误\n",
    ] {
        let (code, got) = findings_of(input);
        assert_eq!((code, got.len()), (1, 0), "{input}: {got:?}");
    }
    // A code in a log line's words is an error, however many such lines follow each other.
    let (_, got) = findings_of(
        "2024-03-05 10:12:09 WARN giving up after AIS.0101 from the OCR service\n2024-03-05 10:12:10 WARN giving up after AIS.0103 from the OCR service\n",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_live_log_s_findings_come_out_while_its_lines_keep_coming() {
    use std::io::{BufRead, Write};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let (mut child, mut stdin, mut stdout) =
        crate::common::spawn_live(&["parse", "--format", "jsonl"]);
    let done = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let (writer_done, writer_stop) = (Arc::clone(&done), Arc::clone(&stop));
    // An error, then a plain line every 5 ms: the input never pauses long.
    let writer = std::thread::spawn(move || {
        writeln!(stdin, "{{\"error_code\":\"AIS.0104\",\"error_msg\":\"x\"}}").unwrap();
        for i in 0..600 {
            if writer_stop.load(Ordering::SeqCst) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
            if writeln!(stdin, "2026-12-03 INFO plain line {i}").is_err() {
                break;
            }
            let _ = stdin.flush();
        }
        writer_done.store(true, Ordering::SeqCst);
    });
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let came_while_open = !done.load(Ordering::SeqCst);
    stop.store(true, Ordering::SeqCst);
    writer.join().unwrap();
    let v: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["code"], "AIS.0104");
    assert!(came_while_open, "the finding waited for the input to pause");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}
