//! From pairs to reports: grouping a unit's pairs into errors (wrappers lending their status and
//! request id, twins merged), the shape each was printed in, and the other fields of a JSON error
//! object.

use super::pairs::{Field, Pair, Quoting, floor_char_boundary, key_index};

/// The printed shape a report came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// A JSON body (`error_code`/`error_msg`, `code`/`message`, nested `error`), possibly
    /// pretty-printed over several lines.
    Json,
    /// A JSON body escaped inside another JSON string.
    EscapedJson,
    /// The Go SDK's JSON (`error_message`).
    GoSdk,
    /// The Python SDK's `…Exception - {status_code:…,error_msg:… }`.
    PythonSdk,
    /// The Java SDK's multi-line `toString()` block.
    JavaSdk,
    /// The Node.js SDK's `console.log` object with single quotes.
    NodeSdk,
    /// A body as Python prints a dict (`{'error_code': 'AIS.0101', …}`: `print(r.json())`).
    PythonDict,
    /// The .NET SDK's exception text (`HuaweiCloud.SDK.Core.…Exception: …`).
    DotnetSdk,
    /// An exception's name and message, from no SDK in particular.
    Exception,
    /// `key=value` pairs in a log line.
    KeyValue,
    /// A bare code-shaped token, the last resort.
    Token,
    /// An HTTP response with a failing status and no code in its body.
    Http,
    /// An HTTP client's message that an answer failed, with its status and no code
    /// (`400 Client Error: Bad Request for url: …`).
    HttpClient,
    /// A failing status stated in a sentence near a Huawei Cloud host or SDK (`上传文件返回状态码
    /// 403`), with no code.
    Prose,
    /// An SDK's exception printed with the service's message only (`ClientRequestException: The
    /// input parameter is invalid.`): the code is the one the catalog documents with it.
    SdkMessage,
    /// An XML error answer (OBS's `<Error><Code>NoSuchKey</Code>…`).
    Xml,
    /// A transport failure printed without an exception's name (`Read timed out.`,
    /// `getaddrinfo ENOTFOUND …`), reported as the SDK exception that means the same.
    Network,
}

impl Shape {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Json => "json",
            Shape::EscapedJson => "escaped-json",
            Shape::GoSdk => "go-sdk",
            Shape::PythonSdk => "python-sdk",
            Shape::JavaSdk => "java-sdk",
            Shape::NodeSdk => "node-sdk",
            Shape::PythonDict => "python-dict",
            Shape::DotnetSdk => "dotnet-sdk",
            Shape::Exception => "exception",
            Shape::KeyValue => "key-value",
            Shape::Token => "token",
            Shape::Http => "http",
            Shape::HttpClient => "http-client",
            Shape::Prose => "prose",
            Shape::SdkMessage => "sdk-message",
            Shape::Xml => "xml",
            Shape::Network => "network",
        }
    }
}

pub(super) fn shape_of(code: &Pair, pairs: &[Pair]) -> Shape {
    let camel = |p: &Pair| !p.key.contains('_');
    match code.quoting {
        Quoting::Escaped => Shape::EscapedJson,
        Quoting::Json if pairs.iter().any(|p| p.key == "error_message") => Shape::GoSdk,
        Quoting::Json => Shape::Json,
        Quoting::Single => Shape::NodeSdk,
        Quoting::Python => Shape::PythonDict,
        Quoting::Equals => Shape::KeyValue,
        // Go's `%+v` of the SDK's error struct: `&{StatusCode:400 … ErrorMessage:…}`.
        Quoting::Bare if pairs.iter().any(|p| p.key == "ErrorMessage") => Shape::GoSdk,
        Quoting::Bare if camel(code) => Shape::JavaSdk,
        Quoting::Bare => Shape::PythonSdk,
    }
}

/// An error report found in a unit, before the HTTP context is applied.
#[derive(Debug, Clone)]
pub(in crate::scan) struct Report {
    /// Byte offset in the unit where the report starts.
    pub at: usize,
    pub code: String,
    pub message: Option<String>,
    pub status: Option<u16>,
    pub request_id: Option<String>,
    pub shape: Shape,
    /// A per-item status (`status` in an array of results) rather than a response's error.
    pub item: bool,
    /// The key the code came under (empty for a bare token).
    pub key: &'static str,
}

/// Groups a unit's pairs into reports. A field seen twice starts a new report; pairs before the
/// first code belong to it (`{"error_msg": …, "error_code": …}`: keys in any order).
/// Returns the reports and the pairs that belong to none.
pub(in crate::scan) fn reports(mut pairs: Vec<Pair>) -> (Vec<Report>, Vec<Pair>) {
    let mut found = Vec::new();
    let loose = reports_into(&mut pairs, &mut found);
    (found, loose)
}

/// [`reports`], appending to `found` and leaving `pairs` empty, so that a scanner reuses both
/// vectors for every unit; returns the pairs that belong to no report.
pub(in crate::scan) fn reports_into(pairs: &mut Vec<Pair>, found: &mut Vec<Report>) -> Vec<Pair> {
    let mut loose = Vec::new();
    // One group (the usual unit: one error object) has no neighbour to lend to, and is read
    // where it is.
    if one_group(pairs) {
        match report_of(pairs, (None, None)) {
            Some(report) => push_report(found, report),
            None => loose.append(pairs),
        }
        pairs.clear();
        return loose;
    }
    let groups = groups(std::mem::take(pairs));
    let lent = lend(&groups);
    for (mut group, lent) in groups.into_iter().zip(lent) {
        match report_of(&mut group, lent) {
            Some(report) => push_report(found, report),
            None => loose.append(&mut group),
        }
    }
    loose
}

/// The report a group of pairs makes, given the status and request id lent to it; `None`
/// without a code. The values it takes are left empty in the group.
fn report_of(group: &mut [Pair], lent: (Option<String>, Option<String>)) -> Option<Report> {
    let (lent_status, lent_id) = lent;
    let code_at = group
        .iter()
        .position(|p| matches!(p.field, Field::Code | Field::ItemStatus))?;
    let at = group
        .iter()
        .map(|p| p.at)
        .min()
        .unwrap_or(group[code_at].at);
    let shape = shape_of(&group[code_at], group);
    let item = group[code_at].field == Field::ItemStatus;
    let key = group[code_at].key;
    let mut take = |f: Field| {
        group
            .iter_mut()
            .find(|p| p.field == f)
            .map(|p| std::mem::take(&mut p.value))
    };
    let code = take(group_field(item)).unwrap_or_default();
    Some(Report {
        key,
        at,
        code,
        message: take(Field::Message),
        status: take(Field::Status)
            .or(lent_status)
            .and_then(|s| s.parse().ok()),
        request_id: take(Field::RequestId).or(lent_id),
        shape,
        item,
    })
}

/// What a unit's reports say of each other, when it holds several: the fields one object's two
/// codes share ([`share_object_fields`]), and an error an exception restates ([`merge_restated`]).
pub(in crate::scan) fn several(text: &str, reports: &mut Vec<Report>) {
    if reports.len() > 1 {
        share_object_fields(text, reports);
        merge_restated(text, reports);
    }
}

/// Reports of one JSON object under two code keys (`errorCode` and `error_code`, each its own
/// error): each takes the status and request id the other's group holds. Two reports are of
/// one object when no brace stands between them in `text`.
fn share_object_fields(text: &str, reports: &mut [Report]) {
    for i in 1..reports.len() {
        let (before, after) = reports.split_at_mut(i);
        let (a, b) = (&mut before[i - 1], &mut after[0]);
        let between = text.as_bytes().get(a.at..b.at).unwrap_or(b"{");
        if a.item || b.item || a.key == b.key || between.iter().any(|c| matches!(c, b'{' | b'}')) {
            continue;
        }
        b.status = b.status.or(a.status);
        a.status = a.status.or(b.status);
        if b.request_id.is_none() {
            b.request_id.clone_from(&a.request_id);
        } else if a.request_id.is_none() {
            a.request_id.clone_from(&b.request_id);
        }
    }
}

/// Folds a report into the one before it when it is the same error restated by the exception
/// that wrapped it: .NET prints an exception and its inner one on one line, joined by ` ---> `
/// (`ClientResultException: Request failed with status code 400: {…} ---> HttpRequestException:
/// Request failed with status code 400: {…}`). Two errors of one code with different messages,
/// or without the marker between them (a batch's items), stay two.
fn merge_restated(text: &str, reports: &mut Vec<Report>) {
    const INNER: &[u8] = b" ---> ";
    let mut i = 1;
    while i < reports.len() {
        let (a, b) = (&reports[i - 1], &reports[i]);
        let between = text.as_bytes().get(a.at..b.at).unwrap_or_default();
        let restated = a.code == b.code
            && a.message == b.message
            && !a.item
            && !b.item
            && (a.status.is_none() || b.status.is_none() || a.status == b.status)
            && memchr::memmem::find(between, INNER).is_some();
        if restated {
            let b = reports.remove(i);
            let a = &mut reports[i - 1];
            a.status = a.status.or(b.status);
            a.request_id = a.request_id.take().or(b.request_id);
        } else {
            i += 1;
        }
    }
}

/// Adds a report to those found, unless it restates the last ([`merge_twin`]).
fn push_report(found: &mut Vec<Report>, report: Report) {
    if let Some(report) = merge_twin(found, report) {
        found.push(report);
    }
}
/// Gives a report the status, request id and message of the unit's pairs that belong to no
/// report.
pub(in crate::scan) fn lend_loose(report: &mut Report, loose: &[Pair]) {
    for p in loose {
        match p.field {
            Field::Status => report.status = report.status.or(p.value.parse().ok()),
            Field::RequestId => {
                report.request_id.get_or_insert_with(|| p.value.clone());
            }
            // Not read in a summary (empty then).
            Field::Message if !p.value.is_empty() => {
                report.message.get_or_insert_with(|| p.value.clone());
            }
            _ => {}
        }
    }
}

/// A bit per field; a per-item status is the item's code.
fn field_bit(f: Field) -> u8 {
    match f {
        Field::Code | Field::ItemStatus => 1,
        Field::Message => 2,
        Field::Status => 4,
        Field::RequestId => 8,
    }
}

/// Whether the pairs make one group: no field twice (the usual unit, one error object).
fn one_group(pairs: &[Pair]) -> bool {
    let mut seen = 0u8;
    pairs.iter().all(|p| {
        let first = seen & field_bit(p.field) == 0;
        seen |= field_bit(p.field);
        first
    })
}

/// The pairs cut into groups: a field seen twice starts a new group.
fn groups(pairs: Vec<Pair>) -> Vec<Vec<Pair>> {
    let mut groups: Vec<Vec<Pair>> = vec![Vec::with_capacity(8)];
    let mut fields = 0u8;
    for p in pairs {
        if fields & field_bit(p.field) != 0 {
            // Room for a report's fields, so a group is allocated once.
            groups.push(Vec::with_capacity(4));
            fields = 0;
        }
        fields |= field_bit(p.field);
        groups.last_mut().expect("never empty").push(p);
    }
    groups
}

/// What each group borrows: a group without a code (an SDK's or tool's wrapper around the
/// service's error: its status and request id, an empty or numeric `error_code`, the error as
/// text in its message) lends its status and request id to the nearest report, the next first.
fn lend(groups: &[Vec<Pair>]) -> Vec<(Option<String>, Option<String>)> {
    let has_code = |g: &[Pair]| {
        g.iter()
            .any(|p| matches!(p.field, Field::Code | Field::ItemStatus))
    };
    let coded: Vec<usize> = (0..groups.len())
        .filter(|&i| has_code(&groups[i]))
        .collect();
    let mut lent: Vec<(Option<String>, Option<String>)> = vec![(None, None); groups.len()];
    for i in (0..groups.len()).filter(|&i| !has_code(&groups[i])) {
        // `coded` is sorted: the first report after the group, else the last before it.
        let next = coded.partition_point(|&c| c < i);
        let Some(&to) = coded
            .get(next)
            .or_else(|| next.checked_sub(1).map(|p| &coded[p]))
        else {
            continue;
        };
        let value = |f: Field| {
            groups[i]
                .iter()
                .find(|p| p.field == f)
                .map(|p| p.value.clone())
        };
        let l = &mut lent[to];
        if l.0.is_none() {
            l.0 = value(Field::Status);
        }
        if l.1.is_none() {
            l.1 = value(Field::RequestId);
        }
    }
    lent
}

/// Folds a report into the one it restates, if any; returns it when it stands on its own.
/// One error restated under another key right after (an OpenAI-compatible body's `error.code`
/// and `error_code`) is one report; so is one response's error printed twice in an event (a tool
/// logging its description and its message, each holding the same body: the request id says so).
fn merge_twin(found: &mut [Report], report: Report) -> Option<Report> {
    if let Some(last) = found.last_mut().filter(|r| {
        r.code == report.code
            && r.key != report.key
            && !r.item
            && (r.request_id.is_none()
                || report.request_id.is_none()
                || r.request_id == report.request_id)
    }) {
        last.status = last.status.or(report.status);
        last.request_id = last.request_id.take().or(report.request_id);
        if last.message.as_deref().is_none_or(|m| m.contains('{')) && report.message.is_some() {
            last.message = report.message;
        }
        // A twin is one restatement: the next report under this key is an error of its own.
        last.key = report.key;
        return None;
    }
    if report.request_id.is_none() {
        return Some(report);
    }
    // Looked for among the last few only: twins stand side by side, and a unit of many reports
    // stays linear.
    let recent = found.len().saturating_sub(8);
    match found[recent..].iter_mut().find(|r| {
        r.code == report.code && r.item == report.item && r.request_id == report.request_id
    }) {
        Some(r) => {
            r.status = r.status.or(report.status);
            if r.message.is_none() {
                r.message = report.message;
            }
            None
        }
        None => Some(report),
    }
}

/// The field that holds a report's code.
fn group_field(item: bool) -> Field {
    if item { Field::ItemStatus } else { Field::Code }
}

/// How far back from a code the start of its JSON object is looked for (an error object's fields
/// sit close together), and the largest object read for its other fields. Both bounds keep many
/// reports inside one huge object from each re-reading all of it.
const MAX_OBJECT_BACK: usize = 4 << 10;
const MAX_OBJECT: usize = 64 << 10;
/// The most other fields kept, and the longest value kept of each.
const MAX_EXTRA: usize = 16;
const MAX_EXTRA_VALUE: usize = 200;

/// The fields of the JSON object around byte `at` that are not among the keys read anyway: the
/// `{` that opens it is found by counting braces back from `at`, then the object is parsed.
/// Empty when there is no well-formed object there.
pub(in crate::scan) fn other_fields(text: &str, at: usize) -> Vec<(String, String)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let lowest = at.saturating_sub(MAX_OBJECT_BACK);
    let Some(open) = (lowest..at.min(bytes.len()))
        .rev()
        .find(|&i| match bytes[i] {
            b'}' => {
                depth += 1;
                false
            }
            b'{' if depth == 0 => true,
            b'{' => {
                depth -= 1;
                false
            }
            _ => false,
        })
    else {
        return Vec::new();
    };
    let object_text = &text[open..floor_char_boundary(text, open + MAX_OBJECT)];
    // Most error objects hold only the keys read anyway: nothing to parse.
    if only_known_keys(object_text.as_bytes()) {
        return Vec::new();
    }
    parsed_other_fields(object_text)
}

/// [`other_fields`] of the object `object_text` starts with, parsed.
fn parsed_other_fields(object_text: &str) -> Vec<(String, String)> {
    let mut objects = serde_json::Deserializer::from_str(object_text).into_iter::<OtherFields>();
    match objects.next() {
        Some(Ok(OtherFields(fields))) => fields,
        _ => Vec::new(),
    }
}

/// Whether the JSON object `object` starts with has only known keys, each spelt without an
/// escape, or is no well-formed object: either way it has no other fields. A quick pass over its
/// strings and brackets; `false` (parse it) when a key at its top level is any other.
fn only_known_keys(object: &[u8]) -> bool {
    let mut depth = 0usize;
    // The next string is a key: just after the object's `{` or a `,` between its members.
    let mut key_next = false;
    let mut i = 0;
    while i < object.len() {
        match object[i] {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                loop {
                    let Some(at) = memchr::memchr2(b'"', b'\\', &object[end.min(object.len())..])
                    else {
                        // Unterminated: no well-formed object.
                        return true;
                    };
                    if object[end + at] == b'"' {
                        end += at;
                        break;
                    }
                    end += at + 2;
                }
                if key_next && key_index(&object[start..end]).is_none() {
                    return false;
                }
                key_next = false;
                i = end + 1;
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                key_next = depth == 1;
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return true;
                }
            }
            b',' => key_next = depth == 1,
            _ => {}
        }
        i += 1;
    }
    true
}

/// The fields of a JSON object that are not among the keys read anyway, in order (a key given
/// twice keeps its place and takes its last value), values of other types as compact JSON.
/// The known keys' values are skipped unread.
struct OtherFields(Vec<(String, String)>);

impl<'de> serde::Deserialize<'de> for OtherFields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(OtherFieldsVisitor)
    }
}

struct OtherFieldsVisitor;

impl<'de> serde::de::Visitor<'de> for OtherFieldsVisitor {
    type Value = OtherFields;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<OtherFields, A::Error> {
        let mut fields: Vec<(String, String)> = Vec::new();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key_index(key.as_bytes()).is_some() {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            }
            let mut v = match map.next_value::<serde_json::Value>()? {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            if v.len() > MAX_EXTRA_VALUE {
                let cut = (0..=MAX_EXTRA_VALUE)
                    .rev()
                    .find(|&i| v.is_char_boundary(i))
                    .unwrap_or(0);
                v.truncate(cut);
                v.push('…');
            }
            match fields.iter().position(|(k, _)| *k == key) {
                Some(i) => fields[i].1 = v,
                None if fields.len() < MAX_EXTRA => fields.push((key.into_owned(), v)),
                None => {}
            }
        }
        Ok(OtherFields(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Keys known and not, some spelt with an escape; values of every JSON type, strings with
    /// the characters that end or escape one, nested objects and arrays.
    fn object() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            proptest::sample::select(vec!["error_code", "error_msg", "request_id", "code"]),
            proptest::sample::select(vec!["trace", "n", "err\u{5f}code", "x\"y", "é"]),
        ];
        let leaf = prop_oneof![
            "[a-z\"\\\\{}\\[\\],:]{0,6}".prop_map(serde_json::Value::String),
            any::<i32>().prop_map(serde_json::Value::from),
            Just(serde_json::Value::Null),
        ];
        let value = leaf.prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::Array),
                proptest::collection::vec(("[a-z_]{1,10}", inner), 0..3)
                    .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
            ]
        });
        proptest::collection::vec((key, value), 0..5).prop_map(|members| {
            let members: Vec<String> = members
                .iter()
                .map(|(k, v)| format!("{}: {v}", serde_json::Value::from(*k)))
                .collect();
            format!("{{{}}}", members.join(", "))
        })
    }

    proptest! {
        #[test]
        fn an_object_passed_over_unparsed_has_no_other_fields(object in object(), cut in 0usize..200) {
            // Whole, and cut short (no well-formed object).
            for text in [object.as_str(), &object[..floor_char_boundary(&object, cut)]] {
                if only_known_keys(text.as_bytes()) {
                    prop_assert_eq!(parsed_other_fields(text), Vec::new(), "{}", text);
                }
            }
        }
    }

    #[test]
    fn an_object_of_known_keys_is_not_parsed_and_one_with_another_key_is() {
        assert!(only_known_keys(
            br#"{"error_code": "AIS.0101", "error_msg": "a \"b\" {c}"}"#
        ));
        assert!(!only_known_keys(
            br#"{"error_code": "AIS.0101", "trace": 1}"#
        ));
        // A known key's value may hold anything; only the top level's keys count.
        assert!(only_known_keys(
            br#"{"error_msg": {"trace": [1, {"x": 2}]}, "code": "A.1"}"#
        ));
        // A key spelt with an escape is parsed to be read.
        assert!(!only_known_keys(br#"{"error\u005fcode": "AIS.0101"}"#));
    }
}
