//! Real pastes (`tests/fixtures/parse/real/`, sources in `SOURCES.md` there): each must give
//! exactly the findings listed — code (in the catalog's spelling), HTTP status and request id —
//! and the negatives none at all.

use serde_json::Value;

use crate::common::run;

type Expected = &'static [(&'static str, Option<u64>, Option<&'static str>)];

const CASES: &[(&str, Expected)] = &[
    (
        "01-dify-apig0308-status-in-prose.txt",
        &[(
            "APIG.0308",
            Some(429),
            Some("914a39d68c290da3e187f827f7e1b771"),
        )],
    ),
    (
        "02-go-sdk-ecs0114-wrapped.txt",
        &[(
            "Ecs.0114",
            Some(404),
            Some("1413f385f969310963ab30a32ac958d9"),
        )],
    ),
    (
        "03-terraform-dns0302-box.txt",
        &[("DNS.0302", None, Some("d59058a3efc5f8ca152d53154f90444b"))],
    ),
    (
        "04-python-frs0304-comment.txt",
        &[(
            "FRS.0304",
            Some(400),
            Some("fcfdcbeb95de91e18c248f108fa5c04f"),
        )],
    ),
    (
        "05-python-css0011-numeric-wrapper.txt",
        &[("CSS.0011", Some(409), Some("5b07"))],
    ),
    (
        "06-python-sdkexception-apigw0301.txt",
        &[("APIGW.0301", Some(401), Some("req-1"))],
    ),
    (
        "07-markdown-quote-status-before-body.txt",
        &[("APIG.0301", Some(401), None)],
    ),
    (
        "08-node-evs1002-object.txt",
        &[("EVS.1002", Some(403), Some("r-evs"))],
    ),
    (
        "09-java-sdk-apigw0101.txt",
        &[(
            "APIGW.0101",
            Some(404),
            Some("26c1db3b8c3f6a0e359e347d49299cfd"),
        )],
    ),
    (
        "10-apig-doc-apig0303.txt",
        &[("APIG.0303", None, Some("a5322eb89048eb41d705491a76a05aca"))],
    ),
    (
        "11-apig-faq-apig0101.txt",
        &[("APIG.0101", None, Some("acbc548ac6f2a0dbdb9e3518a7c0ff84"))],
    ),
    (
        "12-openai-compatible-apig0308.txt",
        &[("APIG.0308", Some(429), None)],
    ),
    ("13-negative-source-switch.txt", &[]),
    ("14-negative-aws-metadata.txt", &[]),
    (
        "15-maas-modelarts81003-indented.txt",
        &[("ModelArts.81003", None, None)],
    ),
    (
        "16-maas-modelarts81001-multiline.txt",
        &[("ModelArts.81001", Some(400), None)],
    ),
    (
        "17-markdown-bullets-status-and-id-before.txt",
        &[(
            "ModelArts.7000",
            Some(400),
            Some("71f2993bb44fa789d3a61b8b6201ba95"),
        )],
    ),
    (
        "18-ocr-faq-modelarts4603.txt",
        &[("ModelArts.4603", None, None)],
    ),
    (
        "19-go-errors-new-modelarts81001.txt",
        &[("ModelArts.81001", Some(400), None)],
    ),
    (
        "20-ocr-doc-modelarts4503-request-error.txt",
        &[("ModelArts.4503", None, None)],
    ),
    (
        "21-go-test-table-apigw-statuses.txt",
        &[
            ("APIGW.0101", Some(404), None),
            ("APIGW.0301", Some(401), None),
            ("EPS.0003", Some(401), None),
        ],
    ),
    (
        "22-mcp-json-text-apigw0301.txt",
        &[("APIGW.0301", Some(401), None)],
    ),
    ("23-negative-tencent-sdk-exception.txt", &[]),
    ("24-negative-cloudflare-81057.txt", &[]),
    ("25-negative-aliyun-client-exception.txt", &[]),
    ("26-negative-tencent-backend-timeout.txt", &[]),
    (
        "27-rust-doc-413-plus-body.txt",
        &[("APIG.0201", Some(413), None)],
    ),
    (
        "28-maas-doc-apig0203-unquoted.txt",
        &[("APIG.0203", None, None)],
    ),
    (
        "29-k8s-doc-lowercase-apigw0301.txt",
        &[("APIGW.0301", None, None)],
    ),
    (
        "30-koocli-ecs0114-and-error-center-link.txt",
        &[("Ecs.0114", None, None)],
    ),
    (
        "31-ddns-go-status-on-next-line.txt",
        &[
            (
                "APIGW.0301",
                Some(401),
                Some("8080d377bffeb6d519b0567c09cebe6b"),
            ),
            (
                "APIGW.0301",
                Some(401),
                Some("9358b62bd3a9fa53ecd37ab3762ac464"),
            ),
        ],
    ),
    ("32-negative-axios-handler-comment.txt", &[]),
    (
        "33-java-sdk-host-unreachable-trace.txt",
        &[("HostUnreachableException", None, None)],
    ),
    (
        "34-java-sdk-logged-host-unreachable.txt",
        &[("HostUnreachableException", None, None)],
    ),
];

fn path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/parse/real/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn every_real_paste_gives_its_findings_and_nothing_else() {
    let mut wrong = Vec::new();
    for (name, expected) in CASES {
        let (code, out, err) = run(&["parse", "--format", "json", &path(name)]);
        let findings: Vec<Value> =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{name}: {e}: {out}"));
        let got: Vec<(String, Option<u64>, Option<String>)> = findings
            .iter()
            .map(|f| {
                (
                    f["code"].as_str().unwrap_or_default().to_owned(),
                    f["http_status"].as_u64(),
                    f["request_id"].as_str().map(str::to_owned),
                )
            })
            .collect();
        let want: Vec<(String, Option<u64>, Option<String>)> = expected
            .iter()
            .map(|(c, s, r)| ((*c).to_owned(), *s, r.map(str::to_owned)))
            .collect();
        // Exit codes follow grep: 0 when something was found, 1 when nothing was.
        let want_code = i32::from(expected.is_empty());
        if got != want || code != want_code {
            wrong.push(format!(
                "{name}: exit {code}, got {got:?}, want {want:?} {err}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} pastes read wrong:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_real_paste_is_listed_with_its_source() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/parse/real");
    let sources = std::fs::read_to_string(dir.join("SOURCES.md")).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name == "SOURCES.md" {
            continue;
        }
        assert!(
            sources.contains(&format!("| {name} |")),
            "{name} has no source in SOURCES.md"
        );
        assert!(
            CASES.iter().any(|(n, _)| *n == name),
            "{name} is not asserted"
        );
    }
}

#[test]
fn the_python_sdk_s_message_ends_before_the_field_it_adds() {
    // `…,error_msg:MESSAGE,encoded_authorization_message:None }`: the message holds commas and
    // colons of its own, and stops where the SDK's next field starts.
    for (name, message) in [
        (
            "06-python-sdkexception-apigw0301.txt",
            "Incorrect IAM authentication information: Unauthorized",
        ),
        (
            "04-python-frs0304-comment.txt",
            "Detect no face, can not search",
        ),
    ] {
        let (_, out, _) = run(&["parse", "--format", "json", &path(name)]);
        let findings: Vec<Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(findings[0]["message"], message, "{name}");
    }
}
