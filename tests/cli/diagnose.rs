//! Why a call failed: the diagnoses `parse` attaches to a finding from the request a paste
//! shows, and `check`'s, made before a request is sent. Every rule has fixtures that fire it
//! and near-misses that must not (`tests/fixtures/diagnose/`); the signature rules are checked
//! on requests the official SDK signed (`tests/fixtures/sign/`, made by `tests/oracle/sign.py`).

use std::path::PathBuf;

use crate::common::ocr_err;

const SK: &str = "exampleSecretKeyExampleSecretKey1234567";

fn fixture(dir: &str, name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
        .join(name)
}

/// `parse -f json` of a fixture (with extra environment): the first finding's diagnosis ids
/// and evidence, and the whole output.
fn parse_diagnoses(dir: &str, name: &str, env: &[(&str, &str)]) -> (Vec<(String, String)>, String) {
    let mut cmd = ocr_err();
    cmd.args(["parse", "-f", "json"]).arg(fixture(dir, name));
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("runs");
    let text = String::from_utf8(out.stdout).unwrap();
    let findings: Vec<serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}: {text}"));
    assert!(!findings.is_empty(), "{name}: no finding");
    let ids = findings[0]["diagnoses"]
        .as_array()
        .map(|d| {
            d.iter()
                .map(|x| {
                    (
                        x["id"].as_str().unwrap().to_string(),
                        x["evidence"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    (ids, text)
}

fn ids(d: &[(String, String)]) -> Vec<&str> {
    d.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn each_rule_fires_on_its_curl_transcripts_and_not_on_its_near_misses() {
    // (fixture, the rules it must fire, the rules it must not)
    let cases: [(&str, &[&str], &[&str]); 18] = [
        ("clock-skew-fires.txt", &["clock-skew"], &["date-format"]),
        // The Node.js SDK's dump of the error: its config holds the request.
        (
            "clock-skew-fires-node-dump.txt",
            &["clock-skew", "signature-unchecked"],
            &[],
        ),
        ("clock-skew-quiet.txt", &[], &["clock-skew"]),
        ("clock-skew-fires-local-time.txt", &["clock-skew"], &[]),
        ("date-format-fires.txt", &["date-format"], &["clock-skew"]),
        ("signed-headers-fires.txt", &["signed-headers"], &[]),
        ("signed-headers-fires-absent.txt", &["signed-headers"], &[]),
        (
            "token-malformed-fires.txt",
            &["token-malformed"],
            &["token-missing"],
        ),
        (
            "token-malformed-quiet.txt",
            &[],
            &["token-malformed", "token-missing"],
        ),
        (
            "token-missing-fires.txt",
            &["token-missing"],
            &["token-malformed"],
        ),
        (
            "api-path-fires.txt",
            &["api-path"],
            &["api-method", "endpoint-project"],
        ),
        ("api-path-fires-version.txt", &["api-path"], &[]),
        ("api-method-fires.txt", &["api-method"], &["api-path"]),
        ("endpoint-project-fires.txt", &["endpoint-project"], &[]),
        (
            "endpoint-project-fires-placeholder.txt",
            &["endpoint-project"],
            &[],
        ),
        (
            "endpoint-project-fires-header.txt",
            &["endpoint-project"],
            &[],
        ),
        (
            "endpoint-project-quiet.txt",
            &[],
            &["endpoint-project", "api-path", "api-method"],
        ),
        (
            "clock-skew-quiet.txt",
            &["signature-unchecked"],
            &["signature-mismatch"],
        ),
    ];
    for (name, fire, quiet) in cases {
        let (d, _) = parse_diagnoses("diagnose", name, &[]);
        let got = ids(&d);
        for id in fire {
            assert!(got.contains(id), "{name}: {id} did not fire: {d:?}");
        }
        for id in quiet {
            assert!(!got.contains(id), "{name}: {id} fired: {d:?}");
        }
    }
}

#[test]
fn a_skew_is_said_with_its_size_and_direction_and_a_whole_hour_as_local_time() {
    let (d, _) = parse_diagnoses("diagnose", "clock-skew-fires.txt", &[]);
    let skew = &d.iter().find(|(id, _)| id == "clock-skew").unwrap().1;
    assert!(
        skew.contains("15 min 1 s behind the answer's Date"),
        "{skew}"
    );
    let (d, _) = parse_diagnoses("diagnose", "clock-skew-fires-local-time.txt", &[]);
    let skew = &d.iter().find(|(id, _)| id == "clock-skew").unwrap().1;
    assert!(
        skew.contains("8 h ahead of") && skew.contains("local time"),
        "{skew}"
    );
}

#[test]
fn a_skewed_wrongly_signed_request_names_both_causes() {
    let (d, _) = parse_diagnoses(
        "sign",
        "skewed-uri-no-trailing-slash.curl-v.txt",
        &[("HUAWEICLOUD_SDK_SK", SK)],
    );
    assert_eq!(ids(&d), ["clock-skew", "signature-mismatch"], "{d:?}");
    assert!(d[0].1.contains("25 min 1 s behind"), "{d:?}");
    assert!(d[1].1.contains("(uri-no-trailing-slash)"), "{d:?}");
}

#[test]
fn the_sdk_s_own_signature_is_found_right_and_a_mistaken_one_named() {
    let env = [("HUAWEICLOUD_SDK_SK", SK)];
    let (d, _) = parse_diagnoses("sign", "ok-get-functions-list.curl-v.txt", &env);
    assert!(d.is_empty(), "a right signature: {d:?}");
    let (d, _) = parse_diagnoses("sign", "date-other-header.curl-v.txt", &env);
    assert_eq!(ids(&d), ["signature-mismatch"]);
    assert!(d[0].1.contains("20261203T081400Z, 1 min before"), "{d:?}");
    // Another secret key: the signature differs, and no known mistake reproduces it.
    let (d, _) = parse_diagnoses(
        "sign",
        "ok-get-functions-list.curl-v.txt",
        &[("HUAWEICLOUD_SDK_SK", "another")],
    );
    assert_eq!(ids(&d), ["signature-mismatch"]);
    assert!(d[0].1.contains("no known mistake"), "{d:?}");
    // The access key the environment names is not the one the request is signed with.
    let (d, _) = parse_diagnoses(
        "sign",
        "ok-get-functions-list.curl-v.txt",
        &[
            ("HUAWEICLOUD_SDK_SK", SK),
            ("HUAWEICLOUD_SDK_AK", "OTHERAKOTHERAK"),
        ],
    );
    assert!(d[0].1.contains("HUAWEICLOUD_SDK_AK is OTHERA…"), "{d:?}");
    // Without the secret key the signature is said to be unchecked.
    let (d, _) = parse_diagnoses("sign", "date-other-header.curl-v.txt", &[]);
    assert_eq!(ids(&d), ["signature-unchecked"]);
}

#[test]
fn the_secret_key_can_come_from_a_file_and_is_never_printed() {
    let file = std::env::temp_dir().join(format!("ocr-err-sk-{}", std::process::id()));
    std::fs::write(&file, format!("{SK}\n")).unwrap();
    for format in ["table", "plain", "json", "jsonl"] {
        let out = ocr_err()
            .args(["parse", "-f", format, "--sk-file"])
            .arg(&file)
            .arg(fixture("sign", "date-other-header.curl-v.txt"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("signature-mismatch"), "{format}: {text}");
        assert!(!text.contains(SK), "{format}: the secret key was printed");
    }
    std::fs::remove_file(&file).unwrap();
    let out = ocr_err()
        .args(["parse", "--sk-file", "/nonexistent/sk"])
        .arg(fixture("sign", "date-other-header.curl-v.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/sk"));
}

#[test]
fn a_token_is_shown_as_its_first_six_characters_and_its_length() {
    let token = "Bearer MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHIC";
    for format in ["table", "plain", "json"] {
        let out = ocr_err()
            .args(["parse", "-f", format])
            .arg(fixture("diagnose", "token-malformed-fires.txt"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("token-malformed"), "{format}: {text}");
        assert!(!text.contains(token), "{format}: the token was printed");
    }
}

#[test]
fn a_har_file_s_request_is_diagnosed_with_its_answer_s_date() {
    let (d, _) = parse_diagnoses("diagnose", "skewed.har", &[]);
    assert!(
        d.iter()
            .any(|(id, e)| id == "clock-skew" && e.contains("25 min behind")),
        "{d:?}"
    );
    // Without a Date header, the entry's startedDateTime is the answer's time.
    let (d, _) = parse_diagnoses("diagnose", "skewed-no-date-header.har", &[]);
    assert!(
        d.iter()
            .any(|(id, e)| id == "clock-skew" && e.contains("25 min behind")),
        "{d:?}"
    );
}

/// `check -f json FILE…`: the exit code and the problem ids.
fn check(args: &[&str]) -> (i32, Vec<String>, serde_json::Value) {
    let out = ocr_err()
        .args(["check", "-f", "json"])
        .args(args)
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}: {text}"));
    let ids = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    (out.status.code().unwrap(), ids, v)
}

#[test]
fn check_fires_each_request_rule_and_passes_a_good_request() {
    let (code, ids, _) = check(&[fixture("diagnose", "check-quiet.http").to_str().unwrap()]);
    assert_eq!((code, ids.len()), (0, 0), "{ids:?}");
    let cases = [
        ("endpoint-region-fires.http", "endpoint-region"),
        ("endpoint-host-fires.http", "endpoint-host"),
        ("endpoint-host-fires-service.http", "endpoint-host"),
        ("body-image-url-fires-both.http", "body-image-url"),
        ("body-image-url-fires-neither.http", "body-image-url"),
        ("body-image-url-fires-chinese.http", "body-image-url"),
        ("body-format-fires-data-uri.http", "body-format"),
        ("body-format-fires-bool.http", "body-format"),
        ("body-format-fires-not-base64.http", "body-format"),
        ("body-format-fires-not-json.http", "body-format"),
        ("token-and-aksk-fires.http", "token-and-aksk"),
    ];
    for (name, id) in cases {
        let (code, ids, _) = check(&[fixture("diagnose", name).to_str().unwrap()]);
        assert_eq!(code, 1, "{name}");
        assert!(ids.iter().any(|i| i == id), "{name}: {ids:?}");
    }
}

/// A PNG header of `w`×`h` px, padded to `len` bytes.
fn png(w: u32, h: u32, len: usize) -> Vec<u8> {
    let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    b.extend_from_slice(&w.to_be_bytes());
    b.extend_from_slice(&h.to_be_bytes());
    b.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    b.resize(len.max(b.len()), 0);
    b
}

fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("ocr-err-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn check_of_an_image_predicts_the_error_its_format_and_size_draw() {
    let heic = temp("photo.heic", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic");
    let (code, ids, v) = check(&["--api", "general-text", heic.to_str().unwrap()]);
    assert_eq!(
        (code, ids.as_slice()),
        (1, &["body-format".to_string()][..])
    );
    assert_eq!(v["problems"][0]["code"], "AIS.0102");
    let evidence = v["problems"][0]["evidence"].as_str().unwrap();
    assert!(
        evidence.contains("HEIC")
            && evidence.contains("JPEG, JPG, PNG, BMP, GIF, TIFF, WEBP, PCX, ICO, PSD, PDF"),
        "{evidence}"
    );
    // 10 MB of Base64 is general-text's limit: 9.9 MB passes, 10.1 MB does not.
    let under = temp("under.png", &png(800, 600, 99 * (1 << 20) / 10 * 3 / 4));
    let (code, ids, _) = check(&["--api", "general-text", under.to_str().unwrap()]);
    assert_eq!((code, ids.len()), (0, 0), "{ids:?}");
    let over = temp("over.png", &png(800, 600, 101 * (1 << 20) / 10 * 3 / 4));
    let (_, ids, v) = check(&["--api", "general-text", over.to_str().unwrap()]);
    assert_eq!(ids, ["body-size"]);
    assert_eq!(v["problems"][0]["code"], "AIS.0103");
    // Sides: general-text takes 15 to 30000 px.
    let small = temp("small.png", &png(14, 400, 64));
    let (_, ids, _) = check(&["--api", "general-text", small.to_str().unwrap()]);
    assert_eq!(ids, ["body-size"]);
    let fine = temp("fine.png", &png(15, 30000, 64));
    assert_eq!(
        check(&["--api", "general-text", fine.to_str().unwrap()]).0,
        0
    );
    for p in [heic, under, over, small, fine] {
        std::fs::remove_file(p).unwrap();
    }
}

#[test]
fn check_reads_a_curl_command_and_its_body_file() {
    let body = temp("body.json", br#"{"image":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="}"#);
    let at = format!("@{}", body.display());
    let (code, ids, v) = check(&[
        "--",
        "curl",
        "-X",
        "POST",
        "https://ocr.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/ocr/general-text",
        "-H",
        "Content-Type: application/json",
        "-H",
        "X-Auth-Token: MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHIC",
        "--data-binary",
        &at,
    ]);
    assert_eq!(code, 1);
    // A data-URI prefix left in, and a 1×1 image below the 15 px side.
    assert_eq!(ids, ["body-format", "body-size"], "{v}");
    assert_eq!(
        v["request"]["headers"][2]["value"], "MIIEhQ… (32 characters)",
        "{v}"
    );
    std::fs::remove_file(&body).unwrap();
    let out = ocr_err()
        .args([
            "check",
            "--",
            "curl",
            "-d",
            "@/nonexistent/body.json",
            "https://h/",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/body.json"));
}

#[test]
fn a_signature_check_can_not_make_is_said_but_is_no_problem() {
    // token-and-aksk.http is signed; without the secret key its signature is unchecked. A
    // signed, otherwise sound request: the date is now's, so no skew.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let date = ocr_err::request::time::sdk_date_of(now.cast_signed());
    let request = format!(
        "POST https://ocr.cn-north-4.myhuaweicloud.com/v2/0123456789abcdef0123456789abcdef/ocr/general-text\nContent-Type: application/json\nX-Sdk-Date: {date}\nAuthorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=ab12\n\n{{\"url\":\"https://example.com/a.png\"}}\n"
    );
    let file = temp("signed.http", request.as_bytes());
    let (code, ids, _) = check(&[file.to_str().unwrap()]);
    assert_eq!(
        (code, ids.as_slice()),
        (0, &["signature-unchecked".to_string()][..])
    );
    std::fs::remove_file(file).unwrap();
}

#[test]
fn check_s_usage_errors_exit_2_with_one_line() {
    for args in [
        &["check", "--api", "general-txt", "x.png"][..],
        &["check", "a.http", "b.http"],
        &["check", "--", "curl", "-H"],
    ] {
        let out = ocr_err().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = ocr_err()
        .args(["check", "--api", "general-txt", "x.png"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean general-text"));
}

#[test]
fn text_from_the_request_reaches_no_format_raw() {
    // X-Project-Id carries a right-to-left override (U+202E), which the evidence quotes.
    for format in ["table", "plain", "json", "jsonl"] {
        let out = ocr_err()
            .args(["parse", "-f", format])
            .arg(fixture("diagnose", "hostile-bidi-header.txt"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("endpoint-project"), "{format}: {text}");
        assert!(
            !text.contains('\u{202e}'),
            "{format}: the override reached the output raw"
        );
    }
}

#[test]
fn a_request_curl_never_got_an_answer_to_is_not_lent_to_a_later_one() {
    let text = "> GET /v2/p/ocr/general_text HTTP/1.1\n> Host: ocr.cn-north-4.myhuaweicloud.com\n> \n* connect to 10.0.0.1 port 443 failed: Connection refused\ncurl: (7) Failed to connect\n2026-12-03 app restarted\nHTTP/1.1 404 Not Found\n\n{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist\"}\n";
    let (_, findings) = crate::common::parse_json(text);
    assert_eq!(findings.len(), 1);
    assert!(findings[0].get("diagnoses").is_none(), "{:?}", findings[0]);
    // The same request, answered: its path is diagnosed.
    let answered = text.replace("* connect to 10.0.0.1 port 443 failed: Connection refused\ncurl: (7) Failed to connect\n2026-12-03 app restarted\n", "");
    let (_, findings) = crate::common::parse_json(&answered);
    let ids: Vec<_> = findings[0]["diagnoses"]
        .as_array()
        .expect("diagnosed")
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"api-path"), "{ids:?}");
}
