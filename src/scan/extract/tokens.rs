//! Bare code-shaped tokens, the last resort, and the rules that keep words that merely look like
//! codes out.

use super::reports::{Report, Shape};

/// Keys whose string values are recognised text (an OCR result), not error reports.
const CONTENT_KEYS: &[&[u8]] = &[b"words", b"word", b"text", b"value", b"content", b"result"];

/// Words that, before a `CODE:`, say an error code follows.
const ERROR_WORDS: &[&str] = &["error", "fail", "exception", "code", "错误", "失败", "异常"];

/// Chinese labels of an error code (`错误码：XYZ.1234`), which the keys, being ASCII, do not read.
const CODE_LABELS: &[&str] = &["错误码", "错误代码", "错误编码", "异常码", "返回码"];

/// Bare code-shaped tokens (`AIS.0104`, `ModelArts.4204`, `Ecs.0114`): the last resort for a unit
/// without any keyed report. A token is taken for an error code only when its prefix is a known
/// service prefix (`prefixes`, case as the service spells it), or where a code stands: in
/// brackets (`[XYZ.1234]`), or as `XYZ.1234:` after an error word. It is not taken inside the
/// recognised text of an OCR result (`"words": "…"`), nor where source code compares it
/// (`"AIS.0101".equals(code)`, `case 'AIS.0103':`, `code == "AIS.0103"`). Works on bytes, so a
/// unit without keys is never decoded.
pub(in crate::scan) fn tokens(bytes: &[u8], prefixes: &[&str]) -> Vec<Report> {
    let mut out = Vec::new();
    // The end of the line the current token is on, found once per line: a line of many tokens
    // is not searched to its end for each.
    let mut line_end = 0;
    for dot in memchr::memchr_iter(b'.', bytes) {
        let digits = bytes[dot + 1..]
            .iter()
            .take(9)
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = dot + 1 + digits;
        // Four digits; more (`ModelArts.81003`) only for a known prefix, and never a leading 0;
        // three only for a known prefix in brackets (a console's `(MRS.201) Failed due to …`).
        let long_ok = digits > 4 && bytes[dot + 1] != b'0';
        if !(digits == 4 || digits == 3 || long_ok && digits <= 8)
            || bytes
                .get(end)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
        {
            continue;
        }
        // The prefix: letters and underscores, and dotted segments of them (`SVCSTG.SWR`).
        let mut start = dot;
        while start > 0 && (bytes[start - 1].is_ascii_alphabetic() || bytes[start - 1] == b'_')
            || start > 1 && bytes[start - 1] == b'.' && bytes[start - 2].is_ascii_alphabetic()
        {
            start -= 1;
        }
        let prefix = &bytes[start..dot];
        if !(2..=24).contains(&prefix.len())
            || !prefix[0].is_ascii_alphabetic()
            || start > 0
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || matches!(bytes[start - 1], b'_' | b'/' | b'-' | b'$' | b'@'))
        {
            continue;
        }
        // As the service spells it, or in capitals for a prefix of three letters or more that a
        // service spells otherwise (people write `CES.0014` for Cloud Eye's `ces.0014`,
        // `ECS.0114` for `Ecs.0114`).
        let known = prefixes.iter().any(|p| {
            p.as_bytes() == prefix
                || p.len() >= 3
                    && prefix.iter().all(|b| !b.is_ascii_lowercase())
                    && p.as_bytes().eq_ignore_ascii_case(prefix)
        });
        if line_end < end {
            line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(bytes.len(), |i| end + i);
        }
        if digits > 4 && !known
            || in_url(bytes, start)
            || in_question(&bytes[end..line_end])
            || an_example(bytes, start)
        {
            continue;
        }
        let bracketed = start > 0 && bytes[start - 1] == b'[' && bytes.get(end) == Some(&b']');
        let enclosed =
            bracketed || start > 0 && bytes[start - 1] == b'(' && bytes.get(end) == Some(&b')');
        if digits == 3 && !(known && enclosed) {
            continue;
        }
        let labelled = digits == 4
            && (follows_error_word(bytes, start, end)
                || after_label(bytes, start)
                || named_an_error(bytes, end));
        if !(known || bracketed || labelled)
            || in_content(bytes, start)
            || compared_in_code(bytes, start, end)
        {
            continue;
        }
        out.push(Report {
            at: start,
            // ASCII letters, dots, underscores and digits.
            code: String::from_utf8_lossy(&bytes[start..end]).into_owned(),
            message: None,
            status: None,
            request_id: None,
            shape: Shape::Token,
            item: false,
            key: "",
        });
    }
    out
}

/// Whether the token at `start` is given as an example (`e.g. 'APIGW.0001'`, `such as
/// DLM.3027`, `例如 APIG.0301`): a text that names codes for what they stand for, not a report.
fn an_example(bytes: &[u8], start: usize) -> bool {
    const SAID: &[&str] = &["e.g.", "eg.", "such as", "for example", "例如", "比如"];
    // Between the words and the code: a quote, a colon or a comma, in either width.
    const MARKS: &[&str] = &["'", "\"", "`", ":", ",", "：", "，"];
    let mut before = bytes[start.saturating_sub(24)..start].trim_ascii_end();
    for mark in MARKS {
        before = before
            .strip_suffix(mark.as_bytes())
            .unwrap_or(before)
            .trim_ascii_end();
    }
    SAID.iter().any(|s| before.ends_with(s.as_bytes()))
}

/// Whether the token at `start` is part of a URL (`…/errorcenter?keyword=Ecs.0114&…`): the link
/// repeats a code reported elsewhere.
fn in_url(bytes: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(512);
    let word_start = bytes[from..start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'\'' | b'"' | b'(' | b'<'))
        .map_or(from, |i| from + i + 1);
    bytes[word_start..start].windows(3).any(|w| w == b"://")
}

/// Whether the token stands in a question (`How Do I Handle the Error ModelArts.4603?`) or a
/// how-to title (`APIG.0301报错处理方法`, `ModelArts.4204怎么办`): a document talking about a
/// code, not a report of one. `rest` is the rest of its line.
fn in_question(rest: &[u8]) -> bool {
    /// What a Chinese FAQ's title says after the code it is about, to the end of its line.
    const HOW_TO: &[&str] = &[
        "处理方法",
        "解决方法",
        "解决办法",
        "怎么办",
        "如何处理",
        "怎么处理",
    ];
    let rest = rest.trim_ascii_end();
    if rest.ends_with(b"?") || rest.ends_with("？".as_bytes()) {
        return true;
    }
    let Ok(rest) = std::str::from_utf8(rest) else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '"', '”', '」']);
    let rest = ["报错", "错误", "的"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    HOW_TO.contains(&rest)
}

/// `… error: XYZ.1234: message` — a code-shaped token right after an error word and followed by
/// a colon.
fn follows_error_word(bytes: &[u8], start: usize, end: usize) -> bool {
    let after = bytes.get(end..).unwrap_or_default();
    let after = after.strip_prefix(b" ").unwrap_or(after);
    if !after.starts_with(b":") && !after.starts_with(b" -") {
        return false;
    }
    let before = String::from_utf8_lossy(&bytes[start.saturating_sub(48)..start]).to_lowercase();
    ERROR_WORDS.iter().any(|w| before.contains(w))
}

/// `returns with XYZ.1234 error`, `XYZ.1234错误`: a token an error word names as an error.
fn named_an_error(bytes: &[u8], end: usize) -> bool {
    let after = bytes.get(end..).unwrap_or_default();
    let after = after.strip_prefix(b" ").unwrap_or(after);
    let word = |w: &[u8]| {
        after.len() >= w.len()
            && after[..w.len()].eq_ignore_ascii_case(w)
            && !after.get(w.len()).is_some_and(u8::is_ascii_alphabetic)
    };
    word(b"error") || word(b"exception") || after.starts_with("错误".as_bytes())
}

/// `错误码：XYZ.1234` — a code-shaped token right after a Chinese label of an error code and a
/// colon (full-width or not) or an equals sign.
fn after_label(bytes: &[u8], start: usize) -> bool {
    let before = bytes[..start].trim_ascii_end();
    let Some(before) = before
        .strip_suffix("：".as_bytes())
        .or_else(|| before.strip_suffix(b":"))
        .or_else(|| before.strip_suffix(b"="))
    else {
        return false;
    };
    let before = before.trim_ascii_end();
    CODE_LABELS.iter().any(|l| before.ends_with(l.as_bytes()))
}

/// Whether the token at `start` lies in the string value of a key of recognised text
/// (`"words": "… AIS.0104 …"`).
fn in_content(bytes: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(256);
    let Some(open) = memchr::memrchr(b'"', &bytes[from..start]).map(|i| from + i) else {
        return false;
    };
    let before = bytes[..open].trim_ascii_end();
    let Some(before) = before.strip_suffix(b":") else {
        return false;
    };
    let before = before.trim_ascii_end();
    let Some(key_end) = before.strip_suffix(b"\"") else {
        return false;
    };
    CONTENT_KEYS.iter().any(|k| key_end.ends_with(k))
}

/// Whether the token is a quoted literal that source code compares, lists or explains:
/// `"AIS.0101".equals(code)`, `case 'AIS.0103':`, `code == "AIS.0103"`, `in ("APIG.0308", …)`, `` MustCompile(`CDM.5090`) ``, `// "OMS.0063" means …`.
fn compared_in_code(bytes: &[u8], start: usize, end: usize) -> bool {
    // A call's only argument, unquoted or its backticks read as spaces (Markdown's code
    // marks): `MustCompile(CDM.5090)`, not prose's `failed (APIG.0301)`.
    let pad = usize::from(start >= 1 && bytes[start - 1] == b' ');
    if start >= 2 + pad
        && bytes[start - 1 - pad] == b'('
        && (bytes[start - 2 - pad].is_ascii_alphanumeric() || bytes[start - 2 - pad] == b'_')
        && bytes.get(end + pad) == Some(&b')')
        && (pad == 0 || bytes[end] == b' ')
    {
        return true;
    }
    let Some(quote @ (b'"' | b'\'' | b'`')) = start.checked_sub(1).map(|i| bytes[i]) else {
        return false;
    };
    if bytes.get(end) != Some(&quote) {
        return false;
    }
    let before = bytes[..start - 1].trim_ascii_end();
    let after = &bytes[end + 1..];
    let word_before = |w: &[u8]| {
        before.ends_with(w)
            && before
                .len()
                .checked_sub(w.len() + 1)
                .is_none_or(|i| !before[i].is_ascii_alphanumeric())
    };
    word_before(b"case")
        || [b"==".as_slice(), b"!=", b"(", b"[", b"{", b","]
            .iter()
            .any(|w| before.ends_with(w))
        || after.starts_with(b".equals")
        // A comment saying what a code means (`// ErrorCode "OMS.0063" means the task is …`).
        || [b"means".as_slice(), b"indicates", "表示".as_bytes(), "代表".as_bytes()]
            .iter()
            .any(|w| after.trim_ascii_start().starts_with(w))
        || after.trim_ascii_start().starts_with(b")")
        || after.starts_with(b":")
            && after[1..]
                .trim_ascii_start()
                .first()
                .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'"')
}

#[cfg(test)]
mod tests {
    use super::tokens;

    fn codes(text: &str, prefixes: &[&str]) -> Vec<String> {
        tokens(text.as_bytes(), prefixes)
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn a_how_to_title_talks_about_a_code_and_three_digits_need_brackets() {
        for title in [
            "APIG.0301报错处理方法",
            "ModelArts.4204怎么办",
            "APIG.0201错误解决方法",
        ] {
            assert!(codes(title, &["APIG", "ModelArts"]).is_empty(), "{title}");
        }
        assert_eq!(
            codes("调用时出现APIG.0301报错，请检查token", &["APIG"]),
            ["APIG.0301"]
        );
        assert_eq!(
            codes("(MRS.201) Failed due to an ECS error.", &["MRS"]),
            ["MRS.201"]
        );
        assert!(codes("MRS.201 and (XYZ.201) and v1.201", &["MRS"]).is_empty());
    }

    #[test]
    fn a_prefix_is_known_in_another_case_and_a_code_an_error_word_names_is_one() {
        assert_eq!(
            codes("the system returns with CES.0014 error.", &["ces"]),
            ["CES.0014"]
        );
        assert_eq!(codes("it failed: ECS.0114 again", &["Ecs"]), ["ECS.0114"]);
        // Two letters, or a capitals prefix in small letters, are matched only as spelt.
        assert!(codes("see as.1234 here", &["AS"]).is_empty());
        assert!(codes("认证失败 (apigw.0301)", &["APIGW"]).is_empty());
        // An unknown prefix, named an error by the word after it.
        assert_eq!(codes("returns with XYZ.0014 error", &[]), ["XYZ.0014"]);
        assert_eq!(codes("接口返回XYZ.0014错误", &[]), ["XYZ.0014"]);
        assert!(codes("XYZ.0014 errors were fixed", &[]).is_empty());
        assert_eq!(codes("request failed (ECS.0114)", &["Ecs"]), ["ECS.0114"]);
        // Source code naming codes: an argument, a pattern, a comment saying what one means.
        for text in [
            r#"if hasErrorCode(err, "OMS.0063") {"#,
            "ExpectError: regexp.MustCompile(`CDM.5090`),",
            "ExpectError: regexp.MustCompile(CDM.5090),",
            "ExpectError: regexp.MustCompile( CDM.5090 ),",
            r#"// ErrorCode "OMS.0063" means the task is in progress."#,
        ] {
            assert!(codes(text, &["OMS", "Cdm"]).is_empty(), "{text}");
        }
        assert!(codes("version XYZ.0014 released", &[]).is_empty());
    }
}
