//! Failures outside OCR's own table: IAM's codes and its token endpoint's code-less answers, the
//! SDKs' client-side exceptions, HTTP statuses without a code, and other services' prefixes.

use ocr_err::catalog::{self, HttpStatus, Kind};
use serde_json::Value;

use crate::common::{run, spawn_fed};

fn json(args: &[&str]) -> (i32, Value) {
    let (code, out, err) = run(args);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}")),
    )
}

/// The standard output of `ocr-err ARGS` fed `text` on stdin.
fn fed(args: &[&str], text: &str) -> Vec<u8> {
    let text = text.to_owned();
    let (child, feeder) = spawn_fed(args, move |w| {
        w.write_all(text.as_bytes()).unwrap();
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out.stdout
}

/// What `parse -f json` says of one finding.
#[derive(Debug, PartialEq)]
struct Found {
    code: String,
    status: Option<u64>,
    request_id: Option<String>,
    shape: String,
    table: Option<String>,
}

/// `parse -f json` of a text given on stdin.
fn parsed(text: &str) -> Vec<Found> {
    let v: Value = serde_json::from_slice(&fed(&["parse", "-f", "json"], text)).expect("JSON");
    let text_of = |f: &Value, key: &str| f[key].as_str().map(str::to_owned);
    v.as_array()
        .unwrap()
        .iter()
        .map(|f| Found {
            code: text_of(f, "code").unwrap(),
            status: f["http_status"].as_u64(),
            request_id: text_of(f, "request_id"),
            shape: text_of(f, "shape").unwrap(),
            table: text_of(f, "table"),
        })
        .collect()
}

fn codes(found: &[Found]) -> Vec<&str> {
    found.iter().map(|f| f.code.as_str()).collect()
}

#[test]
fn iam_rows_keep_their_status_and_message_verbatim() {
    let iam = catalog::table("iam").expect("an iam table");
    assert_eq!(iam.entries.len(), 32);
    let row = |code: &str| {
        let e = iam.entries.iter().find(|e| e.code == code).unwrap();
        (e.variants[0].http_status, e.variants[0].message.as_str())
    };
    assert_eq!(
        row("IAM.0001"),
        (
            Some(HttpStatus::Code(401)),
            "The request you have made requires authentication."
        )
    );
    assert_eq!(
        row("IAM.0012"),
        (
            Some(HttpStatus::Code(429)),
            "The throttling threshold has been reached. Threshold: %d times per %d seconds"
        )
    );
    assert_eq!(
        row("IAM.1108"),
        (
            Some(HttpStatus::Code(400)),
            "The securitytoken has expired."
        )
    );
    // Chinese text from the source where it was read, marked as such; else marked translated.
    let e = iam.entries.iter().find(|e| e.code == "IAM.0072").unwrap();
    assert_eq!(
        e.variants[0].description.zh,
        "请求校验异常。举例:%(key)s为必填属性"
    );
    assert_eq!(
        e.variants[0].description.translated,
        Some(catalog::Lang::En)
    );
    let e = iam.entries.iter().find(|e| e.code == "IAM.0066").unwrap();
    assert_eq!(
        e.variants[0].description.translated,
        Some(catalog::Lang::Zh)
    );
}

#[test]
fn each_new_table_holds_entries_of_its_own_kind() {
    for (table, kind, at_least) in [
        ("iam-token", Kind::Message, 4),
        ("sdk", Kind::Exception, 8),
        ("http", Kind::Status, 8),
    ] {
        let t = catalog::table(table).unwrap();
        assert!(t.entries.len() >= at_least, "{table}");
        assert!(t.entries.iter().all(|e| e.kind == kind), "{table}");
    }
    // The token endpoint's answer the IAM FAQ quotes, with its status; one whose status no
    // source states has none.
    let t = catalog::table("iam-token").unwrap();
    let locked = t
        .entries
        .iter()
        .find(|e| e.code == "The account is locked.")
        .unwrap();
    assert_eq!(locked.variants[0].http_status, Some(HttpStatus::Code(401)));
    let wrong = t
        .entries
        .iter()
        .find(|e| e.code == "The username or password is wrong.")
        .unwrap();
    assert_eq!(wrong.variants[0].http_status, None);
    assert!(wrong.variants[0].status_note.is_some());
}

#[test]
fn explain_finds_the_new_kinds_by_their_names() {
    for (typed, key, table) in [
        ("IAM.0066", "IAM.0066", "iam"),
        ("iam0066", "IAM.0066", "iam"),
        ("ConnectionException", "ConnectionException", "sdk"),
        (
            "huaweicloudsdkcore.exceptions.exceptions.HostUnreachableException",
            "HostUnreachableException",
            "sdk",
        ),
        (
            "com.huaweicloud.sdk.core.exception.SslHandShakeException",
            "SslHandShakeException",
            "sdk",
        ),
        ("requests.exceptions.ReadTimeout", "ReadTimeout", "sdk"),
        ("HTTP 413", "HTTP 413", "http"),
        ("413", "HTTP 413", "http"),
        ("504 Gateway Timeout", "HTTP 504", "http"),
        ("418", "HTTP 4xx", "http"),
        (
            "the account is locked",
            "The account is locked.",
            "iam-token",
        ),
    ] {
        let (code, v) = json(&["explain", "-f", "json", typed]);
        assert_eq!(code, 0, "{typed}");
        let e = &v[0]["entries"][0];
        assert_eq!(
            (e["code"].as_str(), e["table"].as_str()),
            (Some(key), Some(table)),
            "{typed}"
        );
    }
    // A message a coded entry carries finds that code.
    let (_, v) = json(&["explain", "-f", "json", "The token must be updated."]);
    assert_eq!(v[0]["entries"][0]["code"], "APIG.0307");
    // Each kind says what it is.
    let (_, v) = json(&["explain", "-f", "json", "ConnectionException"]);
    assert_eq!(v[0]["entries"][0]["kind"], "exception");
    // The card of an exception says no answer came, rather than that no status is documented.
    let (_, out, _) = run(&["explain", "--lang", "en", "CallTimeoutException"]);
    assert!(out.contains("none: no answer came"), "{out}");
    // The card of a code-less message is titled so, the message in its own row.
    let (_, out, _) = run(&["explain", "--lang", "en", "The account is locked."]);
    assert!(
        out.contains("No code") && out.contains("The account is locked."),
        "{out}"
    );
}

#[test]
fn search_finds_the_new_kinds_by_their_words() {
    for (query, first) in [
        ("connection refused", "ConnectionException"),
        ("连接超时", "ConnectionException"),
        ("证书", "SslHandShakeException"),
        ("read timed out", "ReadTimeout"),
        ("用户名或密码错误", "The username or password is wrong."),
        (
            "console access",
            "This user only supports console access, not programmatic access.",
        ),
        ("securitytoken expired", "IAM.1108"),
    ] {
        let (_, v) = json(&["search", "-f", "json", "-n", "3", query]);
        assert_eq!(v[0]["code"], first, "{query}: {v}");
    }
    // For the same words, the codes an OCR call itself returns come first.
    for (query, first) in [
        ("token expired", "APIG.0307"),
        ("too many requests", "APIG.0308"),
    ] {
        let (_, v) = json(&["search", "-f", "json", "-n", "3", query]);
        assert_eq!(v[0]["code"], first, "{query}");
    }
}

#[test]
fn parse_reads_sdk_exceptions_in_each_language() {
    let found = parsed(concat!(
        "Traceback (most recent call last):\n",
        "  File \"ocr.py\", line 20, in <module>\n",
        "huaweicloudsdkcore.exceptions.exceptions.ConnectionException: ConnectionException - HTTPSConnection(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Failed to establish a new connection: [Errno 111] Connection refused\n",
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ocr.cn-north-4.myhuaweicloud.com', port=443): Read timed out. (read timeout=120)\n",
        "Exception in thread \"main\" com.huaweicloud.sdk.core.exception.SslHandShakeException: DefaultHttpClient SslHandShakeException, caused by: PKIX path building failed\n",
        "\tat com.huaweicloud.sdk.core.impl.DefaultHttpClient.syncInvokeHttp(DefaultHttpClient.java:369)\n",
        "Unhandled exception. HuaweiCloud.SDK.Core.HostUnreachableException: No such host is known. (ocr.cn-north-9.myhuaweicloud.com:443)\n",
        "ServiceResponseException: connect ECONNREFUSED 100.125.1.1:443\n",
        "err: Post \"https://ocr.cn-north-4.myhuaweicloud.com/v2/0a1b/ocr/general-text\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n",
    ));
    let summary: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f.code.as_str(), f.shape.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("ConnectionException", "python-sdk"),
            ("ReadTimeout", "python-sdk"),
            ("SslHandShakeException", "java-sdk"),
            ("HostUnreachableException", "dotnet-sdk"),
            ("ServiceResponseException", "node-sdk"),
            ("CallTimeoutException", "go-sdk"),
        ]
    );
    assert!(
        found
            .iter()
            .all(|f| f.status.is_none() && f.table.as_deref() == Some("sdk"))
    );
    // The message names the cause.
    let out = fed(
        &["parse", "-f", "json"],
        "ServiceResponseException: getaddrinfo ENOTFOUND ocr.xx.myhuaweicloud.com\n",
    );
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v[0]["cause"]["match"], "ENOTFOUND");
}

#[test]
fn code_that_names_an_exception_is_not_a_failure() {
    let found = parsed(concat!(
        "try:\n",
        "    resp = client.recognize_general_text(req)\n",
        "except exceptions.ConnectionException as e:\n",
        "    print(\"ConnectionException: %s\" % e)\n",
        "} catch (HostUnreachableException e) {\n",
        "import com.huaweicloud.sdk.core.exception.CallTimeoutException;\n",
        "urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='x', port=443): Read timed out.\n",
        "Get \"https://example.com/x\": dial tcp: lookup example.com: no such host\n",
        "{\"code\": 200, \"message\": \"ok\"}\n",
    ));
    assert_eq!(found, []);
}

#[test]
fn a_failing_status_without_a_code_is_a_finding_in_each_shape() {
    let found = parsed(concat!(
        "$ curl -si -X POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text -d @big.json\n",
        "HTTP/1.1 413 Request Entity Too Large\n",
        "Server: nginx\n",
        "X-Request-Id: 0f3c9a1b2d\n",
        "\n",
        "<html>\n",
        "<head><title>413 Request Entity Too Large</title></head>\n",
        "<body><center><h1>413 Request Entity Too Large</h1></center></body>\n",
        "</html>\n",
        "$ curl -si https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card\n",
        "HTTP/2 401\n",
        "content-length: 0\n",
        "x-request-id: 77aa\n",
        "\n",
        "$ echo next\n",
        "< HTTP/1.1 503 Service Unavailable\n",
        "< Content-Type: text/plain\n",
        "<\n",
        "upstream connect error or disconnect/reset before headers\n",
        "huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:413,request_id:None,error_code:413,error_msg:<html><head><title>413 Request Entity Too Large</title></head></html>,encoded_authorization_message:None }\n",
        "ClientRequestException {\n",
        "    httpStatusCode: 413\n",
        "    errorCode: null\n",
        "    errorMsg: <html><body>413 Request Entity Too Large</body></html>\n",
        "    requestId: null\n",
        "}\n",
        "{\"status_code\":502,\"request_id\":\"r-502\",\"error_code\":\"\",\"error_message\":\"<html>Bad Gateway</html>\",\"encoded_authorization_message\":\"\",\"details\":null}\n",
        "ClientRequestException: Request failed with status code 413\n",
    ));
    let got: Vec<(&str, Option<u64>, Option<&str>, &str)> = found
        .iter()
        .map(|f| {
            (
                f.code.as_str(),
                f.status,
                f.request_id.as_deref(),
                f.shape.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("HTTP 413", Some(413), Some("0f3c9a1b2d"), "http"),
            ("HTTP 401", Some(401), Some("77aa"), "http"),
            ("HTTP 503", Some(503), None, "http"),
            ("HTTP 413", Some(413), None, "python-sdk"),
            ("HTTP 413", Some(413), None, "java-sdk"),
            ("HTTP 502", Some(502), Some("r-502"), "go-sdk"),
            ("HTTP 413", Some(413), None, "node-sdk"),
        ]
    );
    assert!(found.iter().all(|f| f.table.as_deref() == Some("http")));
    // A body with a code is that code, and a success is nothing.
    let found = parsed(concat!(
        "HTTP/1.1 413 Request Entity Too Large\n\n",
        "{\"error_code\":\"APIG.0201\",\"error_msg\":\"Request entity too large.\"}\n",
        "HTTP/1.1 200 OK\n\n",
        "{\"result\":{\"words_block_list\":[]}}\n",
    ));
    assert_eq!(codes(&found), ["APIG.0201"]);
}

#[test]
fn what_a_bare_status_finding_says() {
    let text = "HTTP/1.1 413 Request Entity Too Large\nX-Request-Id: 0f3c\nX-Apig-Latency: 2\n\n<html><head><title>413 Request Entity Too Large</title></head></html>\n";
    let out = String::from_utf8(fed(&["parse", "--lang", "en"], text)).unwrap();
    assert!(out.contains("HTTP 413") && out.contains("0f3c"), "{out}");
    assert!(out.contains("12 MB") && out.contains("url"), "{out}");
    // The same answer with nothing that says Huawei Cloud answered it is nobody's to explain.
    let other = text.replace("X-Apig-Latency: 2\n", "");
    assert!(fed(&["parse", "--lang", "en"], &other).is_empty());
}

#[test]
fn the_token_endpoint_is_known_by_its_message() {
    let found = parsed(concat!(
        "POST https://iam.myhuaweicloud.com/v3/auth/tokens\n",
        "token request failed: {\"error\":{\"code\":401,\"message\":\"The account is locked.\",\"title\":\"Unauthorized\"}}\n",
        "{\"error\":{\"code\":401,\"message\":\"Some other reason.\",\"title\":\"Unauthorized\"}}\n",
    ));
    let got: Vec<(&str, Option<u64>, Option<&str>)> = found
        .iter()
        .map(|f| (f.code.as_str(), f.status, f.table.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("The account is locked.", Some(401), Some("iam-token")),
            ("HTTP 401", Some(401), Some("http")),
        ]
    );
}

#[test]
fn a_summary_counts_failures_without_a_code_under_their_status_and_name() {
    let text = "curl: POST https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/general-text\n"
        .to_owned()
        + &"HTTP/1.1 413 Request Entity Too Large\n\n<html><title>413</title></html>\n".repeat(2)
        + "ClientRequestException: Request failed with status code 413\n"
        + "{\"error\":{\"code\":401,\"message\":\"The account is locked.\",\"title\":\"Unauthorized\"}}\n"
        + "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='x', port=443): Read timed out. (read timeout=120)\n";
    let out = fed(&["parse", "--summary", "-f", "json"], &text);
    let v: Value = serde_json::from_slice(&out).unwrap();
    let rows = crate::common::summary_rows(&v);
    assert!(
        v["codes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["known"] == true)
    );
    assert_eq!(
        rows,
        [
            ("HTTP 413", 3, Some(413)),
            ("ReadTimeout", 1, None),
            ("The account is locked.", 1, Some(401)),
        ]
    );
    assert_eq!(v["unknown"], 0);
}

#[test]
fn a_shared_prefix_names_every_service_that_uses_it() {
    let (_, v) = json(&["explain", "-f", "json", "DBS.9999"]);
    let services = v[0]["service"]["services"].as_array().unwrap();
    assert!(services.len() >= 2, "{v}");
    assert!(services.iter().all(|s| s["prefix"] == "DBS"));
    assert!(services.iter().any(|s| {
        s["note"]["en"]
            .as_str()
            .is_some_and(|n| n.contains("shared"))
    }));
    let (_, out, _) = run(&["explain", "--lang", "en", "AIS.9999"]);
    assert!(out.contains("shared"), "{out}");
}

#[test]
fn the_version_lists_the_new_tables() {
    let (_, out, _) = run(&["--version"]);
    for table in ["iam ", "iam-token", "sdk ", "http "] {
        assert!(out.contains(&format!("\n  {table}")), "{table}: {out}");
    }
    assert!(
        out.contains("exceptions") && out.contains("statuses"),
        "{out}"
    );
}

#[test]
fn what_the_catalog_says_of_gateway_auth_throttling_and_size_agrees_with_the_docs() {
    let rows = include_str!("../fixtures/gateway-auth-errors.tsv");
    let mut checked = 0;
    for row in rows.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let [code, status, message, _source] = cols[..] else {
            panic!("four columns: {row}");
        };
        let status: Option<u16> = status.parse().ok();
        // The catalog knows the wording (as its message, another wording or a named cause)...
        let r = catalog::resolve(code, Some(message), status);
        assert!(r.entry.is_some(), "{code} is in the catalog");
        assert!(!r.wording_differs, "{code}: the catalog knows {message:?}");
        // ...and, where the docs state a status, a table of the catalog documents that status
        // for that wording (the OCR table, first in precedence, states none).
        if let Some(s) = status {
            let key = ocr_err::normalize::message_key(message);
            let head = |m: &str| {
                let m = ocr_err::normalize::message_key(m);
                m.split(':').next().unwrap_or_default().to_owned()
            };
            let documented = catalog::find(&catalog::parse_query(code).unwrap())
                .iter()
                .flat_map(|e| e.variants.iter())
                .filter(|v| v.http_status == Some(HttpStatus::Code(s)))
                .any(|v| {
                    std::iter::once(v.message.as_str())
                        .chain(v.alt_messages.iter().map(|m| m.as_str()))
                        .any(|m| key.starts_with(&head(m)))
                });
            assert!(documented, "{code} {s}: {message}");
        }
        checked += 1;
    }
    assert!(checked >= 20, "{checked}");
}

#[test]
fn search_and_list_see_the_services() {
    // A service's name in Chinese finds it, after any codes.
    let (code, out, _) = run(&["search", "云解析"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("DNS.xxxx") && out.contains("云解析服务 DNS"),
        "{out}"
    );
    assert!(out.contains("errorcenter?keyword=DNS"), "{out}");
    // In JSON, a service is a record of its own kind, after the hits.
    let (code, v) = json(&["search", "-f", "json", "elastic cloud server"]);
    assert_eq!(code, 0);
    let last = v.as_array().unwrap().last().unwrap();
    assert_eq!(
        (
            last["kind"].as_str(),
            last["prefix"].as_str(),
            last["url_kind"].as_str()
        ),
        (Some("service"), Some("Ecs"), Some("service_page"))
    );
    // A code's hit says its kind too.
    let (_, v) = json(&["search", "-f", "json", "-n", "1", "connection refused"]);
    assert_eq!(v[0]["kind"], "exception");
    // list --service: the service's codes, by prefix or name; for one the catalog holds no
    // codes of, where they are explained.
    let (code, v) = json(&["list", "-f", "json", "--service", "iam"]);
    assert_eq!(code, 0);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 32);
    assert!(
        entries
            .iter()
            .all(|e| e["code"].as_str().unwrap().starts_with("IAM."))
    );
    let (code, out, _) = run(&["list", "--service", "云解析", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("DNS.xxxx  Domain Name Service"), "{out}");
    // Not found, as an unknown code is: exit 1, the nearest names, where all are listed.
    let (code, out, err) = run(&["list", "--service", "nosuch"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("list --services"), "{err}");
    let (code, _, err) = run(&["list", "--service", "orc"]);
    assert_eq!(code, 1);
    assert!(err.contains("(nearest: OCR)"), "{err}");
    // A service by one word of its name in either language, any case, as --services shows it
    // (OCR names ModelArts too, the platform OCR runs on, whose codes OCR's page lists).
    for name in ["ocr", "OCR", "Ocr", "文字识别"] {
        let (code, v) = json(&["list", "-f", "json", "--service", name]);
        assert_eq!(code, 0, "{name}");
        let codes: Vec<&str> = v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["code"].as_str().unwrap())
            .collect();
        assert!(
            codes.contains(&"AIS.0104") && codes.contains(&"ModelArts.4204"),
            "{name}"
        );
        assert!(
            codes
                .iter()
                .all(|c| c.starts_with("AIS.") || c.starts_with("ModelArts.")),
            "{name}: {codes:?}"
        );
    }
    // A service that shares its prefix with OCR numbers its codes apart: where it explains them,
    // not OCR's codes.
    let (code, out, _) = run(&["list", "--service", "moderation", "-f", "plain"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("service\tAIS\tContent Moderation"), "{out}");
    assert!(!out.contains("AIS.0104"), "{out}");
    // list --services: every service, once per row of the prefix table.
    let (_, v) = json(&["list", "-f", "json", "--services"]);
    assert_eq!(v.as_array().unwrap().len(), catalog::services().len());
}

#[test]
fn an_unknown_code_of_a_known_service_says_so_in_jsonl_too() {
    let (code, out, _) = run(&["explain", "-f", "jsonl", "DNS.0302", "Ecs.0114"]);
    assert_eq!(code, 1);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["service"]["kind"], "error_center");
    assert_eq!(lines[1]["service"]["kind"], "service_page");
    assert_eq!(
        lines[1]["service"]["services"][0]["name"]["en"],
        "Elastic Cloud Server"
    );
}

#[test]
fn the_java_sdks_logged_exception_takes_its_cause_from_the_next_line() {
    let out = fed(
        &["parse", "-f", "json"],
        "04:46:09.839 ERROR c.h.sdk.core.impl.DefaultHttpClient [304a]- DefaultHttpClient HostUnreachableException\n\
         java.net.UnknownHostException: ecs.cn-southwest-2.myhuaweicloud.com: Temporary failure in name resolution\n\
         \tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1688)\n",
    );
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(v[0]["code"], "HostUnreachableException");
    assert!(
        v[0]["message"]
            .as_str()
            .unwrap()
            .ends_with("Temporary failure in name resolution")
    );
    assert_eq!(v[0]["cause"]["match"], "name resolution");
}

#[test]
fn the_services_fit_the_terminal_but_their_links() {
    for width in [40, 60, 80] {
        let out = crate::common::ocr_err()
            .env("COLUMNS", width.to_string())
            .args(["list", "--services"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines().filter(|l| !l.contains("https://")) {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width,
                "{width}: {line}"
            );
        }
        // Each link whole, on a line of its own.
        assert!(text.lines().filter(|l| l.contains("https://")).all(|l| {
            l.trim_start()
                .split_once(": ")
                .is_some_and(|(_, url)| url.starts_with("https://") && !url.contains(' '))
        }));
    }
}
