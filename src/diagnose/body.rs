//! The body rules (`body-format`, `body-size`, `body-image-url`): a request's JSON body, or an
//! image file, against the API's fields and the limits its documentation states ([`apis`]).

use super::{
    Context, Diagnosis, SIGNED_BODY_LIMIT, SIGNING_GUIDE, apis, documented as problem, fix, image,
};

/// Bytes in megabytes, to one decimal as shown.
#[allow(clippy::cast_precision_loss)] // Sizes far below 2^52 bytes.
fn mb(bytes: usize) -> f64 {
    bytes as f64 / f64::from(1u32 << 20)
}

/// An image whose Base64 is over the API's limit (`evidence` says how far).
fn too_big(evidence: String, most: u32) -> Diagnosis {
    problem(
        "body-size",
        Some("AIS.0103"),
        evidence,
        format!("Make the image smaller (its Base64 at most {most} MB), or send its url."),
        format!("压缩图片，使其Base64编码不超过{most}MB，或改用url。"),
    )
}

/// The body rules, for the API the context names.
pub(super) fn body(cx: &Context<'_>, out: &mut Vec<Diagnosis>) {
    let Some(api) = super::api_of(cx) else {
        return;
    };
    if let Some((head, len)) = cx.image {
        let limits = api.image_limits().map(|(_, l)| l);
        if let Some(most) = limits.and_then(|l| l.max_base64_mb) {
            let encoded = image::base64_len(len);
            if encoded > (most as usize) << 20 {
                out.push(too_big(
                    format!(
                        "the file is {:.1} MB, {:.1} MB in Base64; {} takes at most {most} MB of Base64",
                        mb(len),
                        mb(encoded),
                        api.id
                    ),
                    most,
                ));
            }
        }
        image_file(api, head, "the file", out);
        return;
    }
    let Some(r) = cx.request.or(cx.body) else {
        return;
    };
    let Some(raw) = r.body.as_deref().filter(|b| !b.is_empty()) else {
        return;
    };
    if raw.len() > SIGNED_BODY_LIMIT
        && r.header("authorization")
            .is_some_and(|a| a.starts_with("SDK-"))
    {
        out.push(Diagnosis {
            id: "body-size",
            code: Some("APIG.0201"),
            evidence: format!("the body is {:.1} MB and the request is signed with AK/SK, which takes bodies of at most 12 MB", mb(raw.len())),
            fix: fix(
                "Send a smaller body (a smaller image, or its url), or authenticate with a token.",
                "减小请求体（压缩图片，或改用url），或改用Token认证。",
            ),
            source: SIGNING_GUIDE,
            inferred: false,
        });
    }
    let Ok(serde_json::Value::Object(body)) = serde_json::from_slice::<serde_json::Value>(raw)
    else {
        out.push(problem(
            "body-format",
            Some("AIS.0101"),
            format!("the body of {} is not a JSON object", api.id),
            "Send the body as a JSON object with Content-Type: application/json.".into(),
            "请求体须为JSON对象，并设置Content-Type: application/json。".into(),
        ));
        return;
    };
    one_of(api, &body, out);
    fields(api, &body, out);
}

/// The fields of which one is given (`image` or `url`).
fn one_of(
    api: &apis::Api,
    body: &serde_json::Map<String, serde_json::Value>,
    out: &mut Vec<Diagnosis>,
) {
    for pair in &api.body.one_of {
        let given = pair
            .iter()
            .filter(|k| {
                body.get(k.as_str())
                    .is_some_and(|v| v.as_str().is_none_or(|s| !s.trim().is_empty()))
            })
            .count();
        let names = pair.join(" and ");
        match given {
            0 => out.push(problem(
                "body-image-url",
                Some("AIS.0101"),
                format!("neither {names} is given (or each is empty)"),
                format!("Give one of {names}."),
                format!("{}须且只能提供其一。", pair.join("和")),
            )),
            n if n > 1 => out.push(problem(
                "body-image-url",
                Some("AIS.0101"),
                format!("both {names} are given; {} takes one of them", api.id),
                format!("Give only one of {names}."),
                format!("{}只能提供其一。", pair.join("和")),
            )),
            _ => {}
        }
    }
}

/// Each field against its type and documented limits.
fn fields(
    api: &apis::Api,
    body: &serde_json::Map<String, serde_json::Value>,
    out: &mut Vec<Diagnosis>,
) {
    for field in &api.body.fields {
        let Some(value) = body.get(&field.name) else {
            continue;
        };
        if field.kind == "bool" && !value.is_boolean() {
            out.push(problem(
                "body-format",
                Some("AIS.0101"),
                format!(
                    "{} is {value}, where the API takes true or false (a JSON boolean)",
                    field.name
                ),
                format!("Send {} as true or false, without quotes.", field.name),
                format!("{}须为布尔值true或false，不加引号。", field.name),
            ));
        }
        let (Some(limits), Some(text)) = (&field.limits, value.as_str()) else {
            continue;
        };
        if field.name == "url" {
            if !text.is_ascii() {
                out.push(problem(
                    "body-image-url",
                    None,
                    "the url holds characters that are not ASCII (Chinese, say), not percent-encoded".into(),
                    "Percent-encode the url's non-ASCII characters as UTF-8 (%E5%9B%BE…).".into(),
                    "url中的中文等非ASCII字符须按UTF-8进行URL编码。".into(),
                ));
            }
            continue;
        }
        image_value(api, &field.name, limits, text, out);
    }
}

/// An image sent as Base64 in field `name`: a data URI's prefix left in, its size, whether it
/// is Base64 at all, then the image it decodes to.
fn image_value(
    api: &apis::Api,
    name: &str,
    limits: &apis::Limits,
    text: &str,
    out: &mut Vec<Diagnosis>,
) {
    let mut b64 = text.trim();
    if let Some(rest) = b64.strip_prefix("data:")
        && let Some((_, data)) = rest.split_once(";base64,")
    {
        out.push(problem(
            "body-format",
            Some("AIS.0101"),
            format!(
                "{name} starts with a data URI prefix ({})",
                &b64[..b64.len() - data.len()]
            ),
            format!("Send {name} as the Base64 alone, without the data:…;base64, prefix."),
            format!("{name}只填Base64编码本身，去掉data:…;base64,前缀。"),
        ));
        b64 = data;
    }
    if let Some(most) = limits.max_base64_mb
        && b64.len() > (most as usize) << 20
    {
        out.push(too_big(
            format!(
                "{name}'s Base64 is {:.1} MB; {} takes at most {most} MB",
                mb(b64.len()),
                api.id
            ),
            most,
        ));
    }
    match image::base64_decode(b64.as_bytes()) {
        Ok(bytes) => image_file(api, &bytes, name, out),
        Err(at) => out.push(Diagnosis {
            // That such a value draws AIS.0102 is inferred: its bytes are of no format.
            inferred: true,
            ..problem(
                "body-format",
                Some("AIS.0102"),
                format!(
                    "{name} is not Base64: character {} is {:?}",
                    at + 1,
                    b64[at..].chars().next().unwrap_or('?')
                ),
                format!("Send the file's bytes Base64-encoded in {name}."),
                format!("{name}须为图片文件内容的Base64编码。"),
            )
        }),
    }
}

/// An image's first bytes (its header at least) against the API's limits: its real format and
/// its sides.
fn image_file(api: &apis::Api, bytes: &[u8], what: &str, out: &mut Vec<Diagnosis>) {
    let Some((_, limits)) = api.image_limits() else {
        return;
    };
    let accepted = limits.formats.join(", ");
    if !limits.formats.is_empty() {
        let refused = match image::format(bytes) {
            Some(f) if !image::accepted(f, &limits.formats) => Some((
                format!("{what} is {f}; {} accepts {accepted}", api.id),
                format!("Convert the image to one of {accepted} before sending it."),
                format!("发送前将图片转换为以下格式之一：{accepted}。"),
            )),
            None => Some((
                format!(
                    "{what}'s first bytes are of no image format {} accepts ({accepted})",
                    api.id
                ),
                format!("Send an image file in one of {accepted}."),
                format!("请发送以下格式之一的图片文件：{accepted}。"),
            )),
            Some(_) => None,
        };
        if let Some((evidence, en, zh)) = refused {
            out.push(problem("body-format", Some("AIS.0102"), evidence, en, zh));
            return;
        }
    }
    let Some((w, h)) = image::dimensions(bytes) else {
        return;
    };
    let (short, long) = (w.min(h), w.max(h));
    let side = |evidence: String| {
        problem(
            "body-size",
            Some("AIS.0103"),
            evidence,
            format!("Resize the image to within {}.", sides(limits)),
            format!("将图片尺寸调整到{}范围内。", sides(limits)),
        )
    };
    if let Some(min) = limits.min_side_px
        && short < u64::from(min)
    {
        out.push(side(format!(
            "{what} is {w}×{h} px; {}'s shortest side must be at least {min} px",
            api.id
        )));
    }
    if let Some(max) = limits.max_side_px
        && long > u64::from(max)
    {
        out.push(side(format!(
            "{what} is {w}×{h} px; {}'s longest side must be at most {max} px",
            api.id
        )));
    }
}

/// The sides an API's limits allow, as the fix says them.
fn sides(l: &apis::Limits) -> String {
    match (l.min_side_px, l.max_side_px) {
        (Some(a), Some(b)) => format!("{a}–{b} px a side"),
        (Some(a), None) => format!("at least {a} px a side"),
        (None, Some(b)) => format!("at most {b} px a side"),
        (None, None) => "the documented sizes".into(),
    }
}
