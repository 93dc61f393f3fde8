//! `ocr-err parse` on an exception's fields printed on lines of their own: the SDKs' code samples
//! (`print(e.status_code)`, `print(e.request_id)`, `print(e.error_code)`, `print(e.error_msg)`,
//! and the same getters in Java, .NET and PHP), the same fields labelled one per line, or all on
//! one line; and a status printed on the line before a body.

use serde_json::Value;

use crate::common::{ocr_err, parse_json};

/// A finding's code, HTTP status, request id and message.
type Seen = (String, Option<u64>, Option<String>, Option<String>);

/// The findings of a text fed on stdin, and the exit code.
fn findings(input: &str) -> (i32, Vec<Seen>) {
    let (code, v) = parse_json(input);
    let seen = v
        .iter()
        .map(|f| {
            let text = |k: &str| f[k].as_str().map(str::to_owned);
            (
                f["code"].as_str().unwrap().to_owned(),
                f["http_status"].as_u64(),
                text("request_id"),
                text("message"),
            )
        })
        .collect();
    (code, seen)
}

fn seen(code: &str, status: Option<u64>, id: Option<&str>, message: Option<&str>) -> Seen {
    (
        code.to_owned(),
        status,
        id.map(str::to_owned),
        message.map(str::to_owned),
    )
}

const ID: &str = "0b1c2d3e4f5a67890b1c2d3e4f5a6789";

/// The finding of a 401 `APIG.0301` with request id [`ID`], as the inputs below print it.
fn decrypt_token_fail() -> Seen {
    seen(
        "APIG.0301",
        Some(401),
        Some(ID),
        Some("Incorrect IAM authentication information: decrypt token fail"),
    )
}

#[test]
fn the_sdk_samples_four_printed_lines_are_one_finding() {
    // Python, Java, .NET and PHP print status, request id, code and message in that order; a
    // missing request id comes out as an empty line (Python) or `null` (Java).
    for id_line in [ID, "", "null"] {
        let input = format!(
            "Traceback? no: the sample's except branch printed\n400\n{id_line}\nAIS.0103\nThe image size does not meet the requirements.\n"
        );
        let want_id = (id_line == ID).then_some(ID);
        assert_eq!(
            findings(&input),
            (
                0,
                vec![seen(
                    "AIS.0103",
                    Some(400),
                    want_id,
                    Some("The image size does not meet the requirements.")
                )]
            ),
            "{input}"
        );
    }
    // PHP's sample echoes an empty line first; a Windows console ends lines with CRLF.
    let input = format!(
        "\r\n401\r\n{ID}\r\nAPIG.0301\r\nIncorrect IAM authentication information: decrypt token fail\r\n"
    );
    assert_eq!(findings(&input).1, [decrypt_token_fail()]);
}

#[test]
fn labelled_fields_one_per_line_are_one_finding() {
    for input in [
        format!(
            "status_code: 401\nrequest_id: {ID}\nerror_code: APIG.0301\nerror_msg: Incorrect IAM authentication information: decrypt token fail\n"
        ),
        format!(
            "httpStatusCode=401\nrequestId={ID}\nerrorCode=APIG.0301\nerrorMsg=Incorrect IAM authentication information: decrypt token fail\n"
        ),
        // The .NET SDK's property names, as a program prints them.
        format!(
            "ErrorCode: APIG.0301, ErrorMsg: Incorrect IAM authentication information: decrypt token fail, RequestId: {ID}, HttpStatusCode: 401\n"
        ),
        format!(
            "2026-11-27 10:00:01 ERROR request_id: {ID}\n2026-11-27 10:00:01 ERROR status_code: 401\n2026-11-27 10:00:01 ERROR error_code: APIG.0301\n2026-11-27 10:00:01 ERROR error_msg: Incorrect IAM authentication information: decrypt token fail\n"
        ),
    ] {
        assert_eq!(findings(&input).1, [decrypt_token_fail()], "{input}");
    }
}

#[test]
fn the_fields_printed_on_one_line() {
    // `print(e.status_code, e.request_id, e.error_code, e.error_msg)`, and an exception's name
    // before a status and a code.
    let (code, got) = findings(&format!(
        "400 {ID} AIS.0101 The input parameter is invalid.\nClientRequestException: 429 APIG.0308 The throttling threshold has been reached.\n"
    ));
    assert_eq!(code, 0);
    assert_eq!(
        got,
        [
            seen(
                "AIS.0101",
                Some(400),
                Some(ID),
                Some("The input parameter is invalid.")
            ),
            seen(
                "APIG.0308",
                Some(429),
                None,
                Some("The throttling threshold has been reached.")
            ),
        ]
    );
}

#[test]
fn a_status_printed_before_the_body_and_its_headers() {
    // `print(r.status_code)`, `print(r.headers)`, `print(r.text)` with requests.
    let input = format!(
        "400\n{{'Server': 'api-gateway', 'Content-Type': 'application/json', 'X-Request-Id': '{ID}'}}\n{{\"error_code\":\"AIS.0104\",\"error_msg\":\"The image is not supported or the image quality is poor.\"}}\n"
    );
    assert_eq!(
        findings(&input).1,
        [seen(
            "AIS.0104",
            Some(400),
            Some(ID),
            Some("The image is not supported or the image quality is poor.")
        )]
    );
}

#[test]
fn nearby_numbers_and_words_lend_nothing_to_a_log_line() {
    for input in [
        // A count and an id-shaped hash above a log line that names a code.
        format!("400\n{ID}\n2026-11-27 ERROR call failed with AIS.0101, retrying\n"),
        // An id-shaped word alone, with no status before it.
        format!("{ID}\nAIS.0101\n"),
        // A success status is no failure's.
        "200\nAIS.0101\n".to_owned(),
        // Numbers in running text around a code.
        "took 400 ms: AIS.0101 failed\nwe got 404 AIS.0101 back\n".to_owned(),
    ] {
        let (_, got) = findings(&input);
        assert!(
            got.iter().all(|f| f.1.is_none() && f.2.is_none()),
            "{input}: {got:?}"
        );
    }
    // The line after a lone code is its message only after the printed status and id.
    let (_, got) = findings("AIS.0101\nsome other log line\n");
    assert_eq!(got, [seen("AIS.0101", None, None, None)]);
}

#[test]
fn a_summary_counts_the_printed_fields_status() {
    let out = ocr_err()
        .args(["parse", "--summary", "-f", "json"])
        .write_stdin(format!(
            "400\n{ID}\nAIS.0101\nThe input parameter is invalid.\n"
        ))
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        crate::common::summary_rows(&v),
        [("AIS.0101", 1, Some(400))]
    );
}
