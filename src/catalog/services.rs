//! The services whose codes carry a prefix: found by prefix or by name (`list --service`, a
//! search that names one), and where each explains its codes.

use serde::Serialize;

use super::model::{self, Service};
use crate::normalize;

/// Every service whose codes carry a prefix, in the table's order (several services share some
/// prefixes).
pub fn services() -> &'static [Service] {
    &model::SERVICES
}

/// The services whose codes carry this prefix: spelt exactly so if any (`Ecs`), else ignoring
/// case (`ecs`, `ECS`).
pub fn services_of(prefix: &str) -> Vec<&'static Service> {
    let exact: Vec<_> = model::SERVICES
        .iter()
        .filter(|s| s.prefix == prefix)
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    model::SERVICES
        .iter()
        .filter(|s| s.prefix.eq_ignore_ascii_case(prefix))
        .collect()
}

/// The services `list --service` names: by prefix (`ais`, any case), as a search names them ([`find_services`]), or by one whole word of a name in either language,
/// any case (`ocr`, `moderation`, `OBS`).
///
/// ```
/// use ocr_err::catalog::services_named;
/// assert_eq!(services_named("ocr")[0].prefix, "AIS");
/// assert_eq!(services_named("文字识别")[0].prefix, "AIS");
/// assert!(services_named("cloud").is_empty());
/// ```
pub fn services_named(name: &str) -> Vec<&'static Service> {
    let found = find_services(name);
    if !found.is_empty() {
        return found;
    }
    let q = normalize::message_key(name);
    if q.is_empty() || is_generic_word(&q) {
        return Vec::new();
    }
    let has_word = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(&q))
    };
    model::SERVICES
        .iter()
        .filter(|s| has_word(s.name.en) || has_word(s.name.zh))
        .collect()
}

/// The prefixes and name words nearest to a name that names no service, best first.
pub fn nearest_service_names(name: &str) -> Vec<String> {
    let q = normalize::message_key(name).to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for s in &model::SERVICES {
        let names = s.name.en.split(|c: char| !c.is_alphanumeric());
        for w in std::iter::once(s.prefix).chain(names) {
            if w.chars().count() >= 2 && !is_generic_word(w) && !words.iter().any(|k| k == w) {
                words.push(w.to_owned());
            }
        }
    }
    // A slip of a key or two (`orc`, `moderaton`): one edit in four characters, at least one.
    let most = (q.chars().count() / 4).max(1);
    let mut near: Vec<(usize, String)> = words
        .into_iter()
        .map(|w| (strsim::damerau_levenshtein(&q, &w.to_lowercase()), w))
        .filter(|(edits, _)| *edits <= most)
        .collect();
    near.sort();
    near.into_iter().take(4).map(|(_, w)| w).collect()
}

/// Whether a word or phrase is in many services' names (or joins their words), which names none
/// of them (`服务`, `cloud`, `and`).
fn is_generic_word(word: &str) -> bool {
    const GENERIC: &[&str] = &[
        "服务",
        "云服务",
        "华为云",
        "service",
        "services",
        "cloud",
        "huawei",
        "huawei cloud",
        "and",
        "the",
        "of",
        "for",
    ];
    GENERIC.iter().any(|g| g.eq_ignore_ascii_case(word))
}

/// The services a query names: by prefix (`dns`, any case), or by a part of a name in either
/// language (`云解析`, `domain name`): two Chinese characters or more, two English words or
/// more, and not a word in every name (`服务`, `cloud`).
///
/// ```
/// use ocr_err::catalog::find_services;
/// assert_eq!(find_services("云解析")[0].prefix, "DNS");
/// assert_eq!(find_services("ecs")[0].prefix, "Ecs");
/// assert!(find_services("x").is_empty());
/// assert!(find_services("token").is_empty());
/// ```
pub fn find_services(query: &str) -> Vec<&'static Service> {
    let q = normalize::message_key(query);
    let ascii = q.is_ascii();
    let by_prefix: Vec<_> = model::SERVICES
        .iter()
        .filter(|s| s.prefix.eq_ignore_ascii_case(&q))
        .collect();
    // A name is matched by Chinese of two characters or more, or English of two words or more
    // (one English word, such as `token`, is a word of the errors rather than a service's name).
    if !by_prefix.is_empty()
        || q.chars().count() < 2
        || is_generic_word(&q)
        || ascii && !q.contains(' ')
    {
        return by_prefix;
    }
    // The names are plain text (no full-width forms): compared as they are, any case.
    let first = q.as_bytes()[0].to_ascii_lowercase();
    let in_name = |name: &str| {
        name.as_bytes().windows(q.len()).any(|w| {
            // The first byte alone rules out nearly every place: tested before the rest.
            w[0].to_ascii_lowercase() == first && w.eq_ignore_ascii_case(q.as_bytes())
        })
    };
    model::SERVICES
        .iter()
        .filter(|s| in_name(s.name.zh) || ascii && in_name(s.name.en))
        .collect()
}

/// Where to read more about a code not in the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MoreKind {
    /// The service's own error-code page (seen at that address).
    ServicePage,
    /// The API Error Center's search for the code (the service's page is not known, or its
    /// address was not seen).
    ErrorCenter,
}

/// The services a code's prefix names, and where to read more.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceInfo {
    /// The services whose codes carry the prefix (several share some prefixes).
    pub services: Vec<&'static Service>,
    /// Where to read more.
    pub url: String,
    /// What that address is.
    pub kind: MoreKind,
}

/// The services a code belongs to by its prefix (`DNS.0302` → DNS, `SVCSTG.SWR.4001016` → SWR),
/// with the service's error-code page where its address was seen, else the API Error Center's
/// search for the code. `None` when no service uses the prefix.
pub fn service_info(code: &str) -> Option<ServiceInfo> {
    let folded = normalize::fold(code);
    let code = folded.trim();
    let (prefix, number) = code.rsplit_once(['.', '-', '_'])?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let services = services_of(prefix);
    let first = services.first()?;
    let canonical = format!("{}.{number}", first.prefix);
    let (url, kind) = services
        .iter()
        .find(|s| s.url_verified)
        .and_then(|s| s.url)
        .map_or_else(
            || (error_center_url(&canonical), MoreKind::ErrorCenter),
            |u| (u.to_owned(), MoreKind::ServicePage),
        );
    Some(ServiceInfo {
        services,
        url,
        kind,
    })
}

impl Service {
    /// Where to read about the service's codes: its own error-code page where its address was
    /// seen, else the API Error Center's search for its prefix. A value of the service, so that
    /// what prints it looks nothing up.
    pub fn where_explained(&self) -> (String, MoreKind) {
        match self.url.filter(|_| self.url_verified) {
            Some(url) => (url.to_owned(), MoreKind::ServicePage),
            None => (error_center_url(self.prefix), MoreKind::ErrorCenter),
        }
    }
}

/// The API Error Center's search for a code: the offline fallback for a service whose own
/// error-code page is not known.
pub fn error_center_url(code: &str) -> String {
    model::ERROR_CENTER.replace("{code}", code)
}
