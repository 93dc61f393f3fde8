//! Why *this* call failed: diagnoses made from the request a paste shows (or a request about to
//! be sent, for `check`). Each diagnosis is a rule with a stable id, the evidence in the
//! request that fires it, the code the service answers such a request with where a source
//! names one, a fix in both languages, and where the fact behind it is stated.
//!
//! The rules, in the order they are tried:
//!
//! | id | fires when |
//! | --- | --- |
//! | `date-format` | `X-Sdk-Date` is not `YYYYMMDDTHHMMSSZ` |
//! | `clock-skew` | `X-Sdk-Date` is more than 15 minutes from the answer's `Date` (or, before the call, from this machine's clock) |
//! | `signed-headers` | `Authorization` is malformed, or `SignedHeaders` lacks `host` or `x-sdk-date`, or lists a header the request does not carry |
//! | `signature-mismatch` | with the secret key given, the signature differs; names the known mistake that reproduces it |
//! | `signature-unchecked` | the signature could not be checked (no secret key, the body not shown, another algorithm) |
//! | `token-missing`, `token-malformed`, `token-and-aksk` | an OCR call without credentials; an empty, quoted or `Bearer` token; a token and a signature together |
//! | `endpoint-region`, `endpoint-host` | the host names a region OCR is not offered in, or a misspelt endpoint |
//! | `endpoint-project` | the path's project id is not 32 hex characters, or differs from `X-Project-Id` |
//! | `api-path`, `api-method` | the path is no OCR API (the nearest is named), or the method is not the API's |
//! | `body-format`, `body-size`, `body-image-url` | the body against the API's documented fields and limits |
//!
//! The limits, paths and regions are data ([`apis`], from the official SDK); the signature is
//! recomputed as the SDK computes it ([`sign`]).

pub mod apis;
mod body;
pub mod checked;
pub mod image;
pub mod sign;

use serde::Serialize;

use crate::request::time::{self, Seconds};
use crate::request::{Request, mask};

/// One diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    /// The rule's stable id (`clock-skew`).
    pub id: &'static str,
    /// The code the service answers such a request with, where a source names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// What in the request fires it, with the values (secrets masked).
    pub evidence: String,
    /// What to do.
    pub fix: Fix,
    /// Where the fact behind the rule is stated.
    pub source: &'static str,
    /// The rule rests on an inference, not on a stated fact (its evidence says which part).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// A fix in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// English.
    pub en: String,
    /// 中文。
    pub zh: String,
}

/// A diagnosis whose fact the OCR SDK's documentation states.
fn documented(
    id: &'static str,
    code: Option<&'static str>,
    evidence: String,
    en: String,
    zh: String,
) -> Diagnosis {
    Diagnosis {
        id,
        code,
        evidence,
        fix: fix(en, zh),
        source: OCR_SDK,
        inferred: false,
    }
}

fn fix(en: impl Into<String>, zh: impl Into<String>) -> Fix {
    Fix {
        en: en.into(),
        zh: zh.into(),
    }
}

/// The API Request Signing Guide's overview: the 15-minute window and the 12 MB limit of AK/SK
/// signing.
const SIGNING_GUIDE: &str =
    "https://support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-provide01.html";
/// The official Python SDK's signer, which the signature is recomputed after.
const SIGNER: &str = "huaweicloudsdkcore 3.1.219, huaweicloudsdkcore/signer/signer.py";
/// The OCR error-code page (ModelArts.4101, ModelArts.4102).
const OCR_PAGE: &str = "https://support.huaweicloud.com/api-ocr/ocr_03_0028.html";
/// The OCR SDK whose models state the APIs, fields and limits.
const OCR_SDK: &str = "huaweicloudsdkocr 3.1.219 (codes/apis.json)";
/// OBS's error-code table (`RequestTimeTooSkewed`).
const OBS_CODES: &str = "https://github.com/opentelekomcloud-docs/object-storage-service/blob/3de8bf41cb656302d796198f9814d4a8c8fa258b/api-ref/source/error_codes.rst";

/// The most seconds a signing time may be from the gateway's clock (the signing guide's
/// overview; OBS states the same window for `RequestTimeTooSkewed`).
pub const SKEW_WINDOW: Seconds = 15 * 60;

/// The AK/SK signing's body limit (the signing guide's overview).
const SIGNED_BODY_LIMIT: usize = 12 << 20;

/// What a diagnosis is made from.
#[derive(Debug, Default)]
pub struct Context<'a> {
    /// The request.
    pub request: Option<&'a Request>,
    /// A request body alone, for the API named (`check --api id-card body.json`).
    pub body: Option<&'a Request>,
    /// The answer's `Date`, as written.
    pub answered: Option<&'a str>,
    /// This machine's clock, for a request about to be sent (`check`).
    pub now: Option<Seconds>,
    /// The secret key (`HUAWEICLOUD_SDK_SK`), to check the signature with.
    pub secret: Option<&'a [u8]>,
    /// The access key the environment names (`HUAWEICLOUD_SDK_AK`).
    pub access: Option<&'a str>,
    /// The API named on the command line (`check --api general-text`).
    pub api: Option<&'a apis::Api>,
    /// An image file given for that API, rather than a request: its first bytes (its header)
    /// and its whole length.
    pub image: Option<(&'a [u8], usize)>,
    /// The code the call was answered with, if it was.
    pub code: Option<&'a str>,
}

/// Every diagnosis the context supports, in the order of the module's table.
pub fn diagnose(cx: &Context<'_>) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    if let Some(r) = cx.request {
        clock(r, cx, &mut out);
        signature(r, cx, &mut out);
        token(r, &mut out);
        endpoint(r, &mut out);
        api_path(r, &mut out);
    }
    body::body(cx, &mut out);
    out
}

/// Whether the request is an OCR call (its host or its path says so).
fn is_ocr(r: &Request) -> bool {
    r.host.as_deref().is_some_and(|h| h.starts_with("ocr.")) || r.path.contains("/ocr/")
}

fn signing_date(r: &Request) -> Option<(&'static str, &str)> {
    r.header("x-sdk-date")
        .map(|d| ("X-Sdk-Date", d))
        .or_else(|| r.header("x-date").map(|d| ("X-Date", d)))
}

fn clock(r: &Request, cx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let Some((name, value)) = signing_date(r) else {
        return;
    };
    let Some(signed) = time::sdk_date(value) else {
        out.push(Diagnosis {
            id: "date-format",
            code: None,
            evidence: format!(
                "{name} is {value:?}, not the form YYYYMMDDTHHMMSSZ (UTC, no separators)"
            ),
            fix: fix(
                format!(
                    "Write {name} as the signer does: the UTC time in the form 20261203T081500Z."
                ),
                format!("按签名工具的格式填写{name}：UTC时间，形如20261203T081500Z。"),
            ),
            source: SIGNER,
            inferred: false,
        });
        return;
    };
    let (reference, what_en, what_zh) = match (cx.answered.and_then(time::http_date), cx.now) {
        (Some(t), _) => (
            t,
            format!("the answer's Date ({})", cx.answered.unwrap_or("")),
            "应答的Date头".to_string(),
        ),
        (None, Some(now)) => (
            now,
            "this machine's clock".to_string(),
            "本机时钟".to_string(),
        ),
        (None, None) => return,
    };
    let off = signed - reference;
    if off.abs() <= SKEW_WINDOW {
        return;
    }
    let span = time::span(off);
    let span_zh = time::span_zh(off);
    let (way_en, way_zh) = if off < 0 {
        ("behind", "慢")
    } else {
        ("ahead of", "快")
    };
    let hours = off.abs() >= 3600 && (off.abs() % 3600 < 60 || off.abs() % 3600 > 3540);
    let mut evidence = format!(
        "{name} {value} is {span} {way_en} {what_en}; the gateway rejects a signing time more than 15 minutes from its own clock"
    );
    if hours {
        evidence.push_str(
            "; a whole number of hours: the time was likely written in local time, not UTC (inferred)",
        );
    }
    let obs = r.host.as_deref().is_some_and(|h| h.contains(".obs."));
    out.push(Diagnosis {
        id: "clock-skew",
        // OBS states its code for it; the gateway's table names none.
        code: obs.then_some("RequestTimeTooSkewed"),
        evidence,
        fix: fix(
            format!("Set the client's clock right (NTP) and sign with the current UTC time; {name} was {span} {way_en} {}.", if cx.answered.is_some() { "the server" } else { "this machine" }),
            format!("校准客户端时钟（NTP），并用当前UTC时间签名；{name}比{what_zh}{way_zh}{span_zh}。"),
        ),
        source: if obs { OBS_CODES } else { SIGNING_GUIDE },
        inferred: hours,
    });
}

fn signature(r: &Request, cx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let Some(value) = r.header("authorization") else {
        return;
    };
    let Some(auth) = sign::Authorization::parse(value) else {
        return;
    };
    let signed_headers = |evidence: String| Diagnosis {
        id: "signed-headers",
        code: Some("APIGW.0301"),
        evidence,
        fix: fix(
            "Sign with the SDK's signer, or build Authorization as SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<lower-case names, sorted, ; between>, Signature=<hex>, with host and x-sdk-date among the signed headers.",
            "使用SDK的签名工具签名，或按格式构造Authorization：SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<小写、排序、以;分隔的头域名>, Signature=<十六进制签名>，且签名头域须包含host和x-sdk-date。",
        ),
        source: SIGNER,
        inferred: false,
    };
    if let Some(why) = auth.malformed {
        out.push(signed_headers(format!("Authorization is malformed: {why}")));
        return;
    }
    let listed = auth.signed_headers.clone().unwrap_or_default();
    signed_list(r, &listed, &signed_headers, out);
    recompute(r, cx, &auth, &listed, out);
}

/// `SignedHeaders` against what the gateway requires and what the request carries.
fn signed_list(
    r: &Request,
    listed: &[String],
    signed_headers: &dyn Fn(String) -> Diagnosis,
    out: &mut Vec<Diagnosis>,
) {
    let lower: Vec<String> = listed.iter().map(|h| h.to_ascii_lowercase()).collect();
    let missing: Vec<&str> = ["host", "x-sdk-date"]
        .into_iter()
        .filter(|h| !lower.iter().any(|l| l == h))
        .collect();
    if !missing.is_empty() {
        out.push(signed_headers(format!(
            "SignedHeaders={} lacks {}",
            listed.join(";"),
            missing.join(" and ")
        )));
    }
    let absent: Vec<&str> = lower
        .iter()
        .filter(|h| *h != "host" && r.header(h).is_none())
        .map(String::as_str)
        .collect();
    if !absent.is_empty() {
        out.push(signed_headers(format!(
            "SignedHeaders lists {}, which the request does not carry",
            absent.join(", ")
        )));
    }
}

/// The signature recomputed with the secret key, when it can be, and the mistake named.
fn recompute(
    r: &Request,
    cx: &Context<'_>,
    auth: &sign::Authorization,
    listed: &[String],
    out: &mut Vec<Diagnosis>,
) {
    let unchecked = |evidence: String, en: &str, zh: &str| Diagnosis {
        id: "signature-unchecked",
        code: None,
        evidence,
        fix: fix(en, zh),
        source: SIGNER,
        inferred: false,
    };
    if auth.algorithm != sign::ALGORITHM {
        out.push(unchecked(
            format!(
                "the request is signed with {}, which ocr-err does not check",
                auth.algorithm
            ),
            "Check that signature with the signer that made it.",
            "请使用生成该签名的工具检查签名。",
        ));
        return;
    }
    let (Some(sent), Some((_, date))) = (auth.signature.as_deref(), signing_date(r)) else {
        return;
    };
    let Some(secret) = cx.secret else {
        let about_signature = cx.code.is_none_or(|c| {
            c.ends_with("0301") || c.ends_with("0303") || c == "SignatureDoesNotMatch"
        });
        if about_signature {
            out.push(unchecked(
                "the secret key is not given: the signature was not recomputed".into(),
                "Set HUAWEICLOUD_SDK_SK (or pass --sk-file) to have the signature recomputed and the mistake named.",
                "设置HUAWEICLOUD_SDK_SK（或使用--sk-file），即可重新计算签名并指出错误所在。",
            ));
        }
        return;
    };
    if let (Some(ours), Some(theirs)) = (cx.access, auth.access.as_deref())
        && ours != theirs
    {
        out.push(mismatch(format!(
            "the request is signed with access key {}, HUAWEICLOUD_SDK_AK is {}: the secret key given is not its pair",
            mask(theirs),
            mask(ours)
        )));
        return;
    }
    let unsigned = r.header("x-sdk-content-sha256") == Some("UNSIGNED-PAYLOAD");
    if r.body.is_none() && !unsigned {
        out.push(unchecked(
            "the body is not shown (curl -v does not print it): the signature cannot be recomputed"
                .into(),
            "Run ocr-err check with the request's curl command or its raw text, body included.",
            "使用ocr-err check检查该请求的curl命令或原始请求（含请求体）。",
        ));
        return;
    }
    match sign::check(r, listed, date, sent, secret) {
        sign::Verdict::Right => {}
        sign::Verdict::Wrong(Some(m)) => {
            let mut d = mismatch(format!("{} ({})", m.en, m.id));
            d.fix = fix(
                format!("Sign the request exactly as it is sent, as the official SDK's signer does: here {}.", m.en),
                format!("按实际发送的请求签名（与官方SDK的签名工具一致）：本例中{}。", m.zh),
            );
            out.push(d);
        }
        sign::Verdict::Wrong(None) => out.push(mismatch(
            "the signature differs from the one the secret key gives, and no known mistake reproduces it: the key is another one, or the request was changed after signing".into(),
        )),
    }
}

fn mismatch(evidence: String) -> Diagnosis {
    Diagnosis {
        id: "signature-mismatch",
        code: Some("APIGW.0301"),
        evidence,
        fix: fix(
            "Check that the AK and SK are a pair, and sign the request exactly as it is sent.",
            "确认AK与SK是同一对密钥，并按实际发送的请求签名。",
        ),
        source: SIGNER,
        inferred: false,
    }
}

fn token(r: &Request, out: &mut Vec<Diagnosis>) {
    let signed = r
        .header("authorization")
        .is_some_and(|a| sign::Authorization::parse(a).is_some());
    let token = r.header("x-auth-token");
    match token {
        None if !signed && is_ocr(r) => out.push(Diagnosis {
            id: "token-missing",
            code: Some("ModelArts.4101"),
            evidence: "the OCR call carries neither an X-Auth-Token header nor an AK/SK signature"
                .into(),
            fix: fix(
                "Get a token from IAM and send it in X-Auth-Token, or sign the request with AK/SK.",
                "从IAM获取Token并放入X-Auth-Token头域，或使用AK/SK对请求签名。",
            ),
            source: OCR_PAGE,
            inferred: false,
        }),
        Some(t) => {
            let why = if t.is_empty() {
                Some("X-Auth-Token is empty".to_string())
            } else if t.starts_with('"') || t.starts_with('\'') {
                Some(format!("X-Auth-Token's value is in quotes: {}", mask(t)))
            } else if t.len() > 7 && t[..7].eq_ignore_ascii_case("bearer ") {
                Some("X-Auth-Token's value starts with \"Bearer \": the header takes the token alone".to_string())
            } else if t.contains(char::is_whitespace) {
                Some(format!(
                    "X-Auth-Token's value has spaces in it: {}",
                    mask(t)
                ))
            } else {
                None
            };
            if let Some(evidence) = why {
                out.push(Diagnosis {
                    id: "token-malformed",
                    code: Some("ModelArts.4102"),
                    evidence,
                    fix: fix(
                        "Send the token exactly as IAM returned it in X-Subject-Token: no quotes, no prefix, on one line.",
                        "按IAM在X-Subject-Token中返回的原样发送Token：不加引号、不加前缀、不换行。",
                    ),
                    source: OCR_PAGE,
                    inferred: false,
                });
            }
            if signed {
                out.push(Diagnosis {
                    id: "token-and-aksk",
                    code: None,
                    evidence: "the request carries both an X-Auth-Token and an AK/SK signature".into(),
                    fix: fix(
                        "Authenticate one way: send either the token or the signature (inferred: which one the gateway reads first is not documented).",
                        "只使用一种认证方式：Token或AK/SK签名（推断：网关优先读取哪一种未见文档说明）。",
                    ),
                    source: SIGNER,
                    inferred: true,
                });
            }
        }
        None => {}
    }
}

/// The host suffixes of Huawei Cloud's public endpoints.
const SUFFIXES: [&str; 2] = ["myhuaweicloud.com", "myhuaweicloud.cn"];

fn endpoint(r: &Request, out: &mut Vec<Diagnosis>) {
    let Some(host) = r.host.as_deref() else {
        return;
    };
    let facts = apis::facts();
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 3 {
        return;
    }
    let suffix = labels[labels.len() - 2..].join(".");
    let service = labels[0];
    let ocr_path = r.path.contains("/ocr/");
    if service != "ocr" && !ocr_path {
        return;
    }
    let regions = facts.region_ids();
    let host_fix = |evidence: String, right: String| Diagnosis {
        id: "endpoint-host",
        code: None,
        evidence,
        fix: fix(
            format!("Call {right}: OCR's endpoints are ocr.<region>.myhuaweicloud.com (or .cn)."),
            format!("请调用{right}：OCR的终端节点为ocr.<区域>.myhuaweicloud.com（或.cn）。"),
        ),
        source: OCR_SDK,
        inferred: false,
    };
    if !SUFFIXES.contains(&suffix.as_str()) {
        let near = SUFFIXES
            .iter()
            .find(|s| strsim::osa_distance(s, &suffix) <= 3)
            .or_else(|| host.contains("huawei").then_some(&SUFFIXES[0]));
        if let Some(near) = near {
            let right = format!("{}.{near}", labels[..labels.len() - 2].join("."));
            out.push(host_fix(
                format!("the host {host} ends in {suffix}, not {near}"),
                right,
            ));
        }
        return;
    }
    if labels.len() != 4 {
        return;
    }
    let region = labels[1];
    if service != "ocr" {
        if strsim::osa_distance(service, "ocr") <= 2 && regions.contains(&region) {
            out.push(host_fix(
                format!("the host {host} calls the service {service:?} on an OCR path"),
                format!("ocr.{region}.{suffix}"),
            ));
        }
        return;
    }
    if facts.region(region).is_none() {
        let nearest = regions
            .iter()
            .min_by_key(|r| strsim::osa_distance(r, region))
            .copied()
            .unwrap_or("cn-north-4");
        out.push(Diagnosis {
            id: "endpoint-region",
            code: None,
            evidence: format!(
                "OCR is not offered in the region {region:?} of the host {host}; it is offered in {}",
                regions.join(", ")
            ),
            fix: fix(
                format!("Call a region OCR is offered in (did you mean ocr.{nearest}.{suffix}?), with a project id of that region."),
                format!("请调用提供OCR服务的区域（是否应为ocr.{nearest}.{suffix}？），并使用该区域的项目ID。"),
            ),
            source: OCR_SDK,
            inferred: false,
        });
    }
}

/// The OCR API path's parts: `/v2/{project}/ocr/{id}` → (version, project, id).
fn ocr_path(path: &str) -> Option<(&str, Option<&str>, &str)> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let at = segments.iter().position(|s| *s == "ocr")?;
    let id = *segments.get(at + 1)?;
    let version = segments.first().copied().filter(|_| at >= 1).unwrap_or("");
    let project = (at == 2).then(|| segments[1]);
    Some((version, project, id))
}

fn is_project_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn api_path(r: &Request, out: &mut Vec<Diagnosis>) {
    let Some((version, project, id)) = ocr_path(&r.path) else {
        return;
    };
    let facts = apis::facts();
    let path_fix = |evidence, code, en, zh, id| documented(id, code, evidence, en, zh);
    match project {
        Some(p) if p == "{project_id}" || p.starts_with('{') || p.starts_with('<') || p.starts_with('$') => {
            out.push(path_fix(
                format!("the path still holds the placeholder {p} where the project id goes"),
                Some("APIGW.0101"),
                "Put the project id of the endpoint's region in the path (My Credentials > API Credentials).".into(),
                "在路径中填入终端节点所在区域的项目ID（我的凭证 > API凭证）。".into(),
                "endpoint-project",
            ));
        }
        Some(p) if !is_project_id(p) => out.push(path_fix(
            format!("the path's project id {p:?} is not 32 hex characters"),
            None,
            "Use the project id (32 hex characters) of the endpoint's region, not the project's name or the account id.".into(),
            "使用终端节点所在区域的项目ID（32位十六进制字符），而不是项目名称或账号ID。".into(),
            "endpoint-project",
        )),
        Some(p) => {
            if let Some(x) = r.header("x-project-id")
                && !x.eq_ignore_ascii_case(p)
            {
                out.push(path_fix(
                    format!("the path's project id {p} differs from X-Project-Id {x}"),
                    None,
                    "Use one project id, of the endpoint's region, in the path and in X-Project-Id.".into(),
                    "路径和X-Project-Id中使用同一个项目ID（终端节点所在区域的）。".into(),
                    "endpoint-project",
                ));
            }
        }
        None => {}
    }
    let wanted = id.to_ascii_lowercase().replace('_', "-");
    let api = facts.api(&wanted);
    let Some(api) = api.filter(|_| wanted == id) else {
        let nearest = facts
            .apis
            .iter()
            .min_by_key(|a| strsim::osa_distance(&a.id, &wanted))
            .expect("the facts hold APIs");
        out.push(path_fix(
            format!(
                "no OCR API is called {id:?}; the nearest is {} ({} {})",
                nearest.id, nearest.method, nearest.path
            ),
            Some("APIGW.0101"),
            format!("Call {} {}.", nearest.method, nearest.path),
            format!("请调用{} {}。", nearest.method, nearest.path),
            "api-path",
        ));
        return;
    };
    if version != "v2" || project.is_none() {
        out.push(path_fix(
            format!("the path {} is not the API's path {}", r.path, api.path),
            Some("APIGW.0101"),
            format!("Call {} {}.", api.method, api.path),
            format!("请调用{} {}。", api.method, api.path),
            "api-path",
        ));
    }
    if !r.method.eq_ignore_ascii_case(&api.method) {
        out.push(path_fix(
            format!(
                "{} is called with {}; the API takes {}",
                api.id, r.method, api.method
            ),
            Some("APIGW.0101"),
            format!("Call {} with {}.", api.path, api.method),
            format!("请使用{}方法调用{}。", api.method, api.path),
            "api-method",
        ));
    }
}

/// The id of the OCR API a request calls, if its path names one.
pub fn api_id(r: &Request) -> Option<&'static str> {
    api_of_path(&r.path).map(|a| a.id.as_str())
}

/// The API an OCR path names, its id read in any case and with `_` for `-`.
fn api_of_path(path: &str) -> Option<&'static apis::Api> {
    let (_, _, id) = ocr_path(path)?;
    apis::facts().api(&id.to_ascii_lowercase().replace('_', "-"))
}

/// The API a context's request or command line names.
fn api_of<'a>(cx: &Context<'a>) -> Option<&'a apis::Api> {
    cx.api.or_else(|| api_of_path(&cx.request?.path))
}
