//! What the official Python SDK (`huaweicloudsdkocr`) says of every OCR API: its method and
//! path, its request body's fields and their documented limits, and the regions OCR is offered
//! in. Kept in `codes/apis.json` (written by `codes/sources/make_apis.py` from the installed
//! SDK) and read on first use: only the diagnoses need it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// The facts file.
#[derive(Debug, Deserialize)]
pub struct Facts {
    /// Where they were read.
    pub source: FactsSource,
    /// The regions OCR is offered in, with their endpoints.
    pub regions: Vec<Region>,
    /// The APIs, by path.
    pub apis: Vec<Api>,
}

/// The SDK the facts were read from.
#[derive(Debug, Deserialize)]
pub struct FactsSource {
    /// The package.
    pub package: String,
    /// Its version.
    pub version: String,
    /// Its page.
    pub url: String,
}

/// A region OCR is offered in.
#[derive(Debug, Deserialize)]
pub struct Region {
    /// `cn-north-4`.
    pub id: String,
    /// `https://ocr.cn-north-4.myhuaweicloud.com`, …
    pub endpoints: Vec<String>,
}

/// One OCR API.
#[derive(Debug, Deserialize)]
pub struct Api {
    /// The last segment of its path: `general-text`.
    pub id: String,
    /// The SDK's operation: `RecognizeGeneralText`.
    pub operation: String,
    /// `POST`.
    pub method: String,
    /// `/v2/{project_id}/ocr/general-text`.
    pub path: String,
    /// Its request body.
    pub body: Body,
}

/// An API's request body.
#[derive(Debug, Deserialize)]
pub struct Body {
    /// Fields of which exactly one is given (`image` or `url`).
    #[serde(default)]
    pub one_of: Vec<Vec<String>>,
    /// Its fields.
    pub fields: Vec<Field>,
}

/// A field of a request body.
#[derive(Debug, Deserialize)]
pub struct Field {
    /// Its JSON key.
    pub name: String,
    /// The SDK's type: `str`, `bool`, `int`, `float`, `list[str]`, …
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether the SDK requires it.
    pub required: bool,
    /// The limits its documentation states.
    #[serde(default)]
    pub limits: Option<Limits>,
}

/// The limits a field's documentation states, each with the sentence that states it.
#[derive(Debug, Deserialize)]
pub struct Limits {
    /// The most megabytes of the file's Base64.
    pub max_base64_mb: Option<u32>,
    /// The shortest side's fewest pixels.
    pub min_side_px: Option<u32>,
    /// The longest side's most pixels.
    pub max_side_px: Option<u32>,
    /// The formats accepted (upper case: `JPEG`, `PNG`, …).
    #[serde(default)]
    pub formats: Vec<String>,
    /// The documentation's sentence for each limit, by its key.
    #[serde(default)]
    pub stated: BTreeMap<String, String>,
}

static FACTS: OnceLock<Facts> = OnceLock::new();

/// The facts, read on first use.
///
/// # Panics
/// If the compiled-in file is malformed, which a test rules out.
pub fn facts() -> &'static Facts {
    FACTS.get_or_init(|| {
        serde_json::from_str(include_str!("../../codes/apis.json"))
            .expect("codes/apis.json is checked by the tests")
    })
}

impl Facts {
    /// The API of that id (`general-text`).
    pub fn api(&self, id: &str) -> Option<&Api> {
        self.apis.iter().find(|a| a.id == id)
    }

    /// The region of that id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The region ids, in the file's order.
    pub fn region_ids(&self) -> Vec<&str> {
        self.regions.iter().map(|r| r.id.as_str()).collect()
    }
}

impl Api {
    /// The field of that name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.body.fields.iter().find(|f| f.name == name)
    }

    /// The limits of its image: those of the first field that has any (`image`, `data`).
    pub fn image_limits(&self) -> Option<(&Field, &Limits)> {
        self.body
            .fields
            .iter()
            .find_map(|f| f.limits.as_ref().map(|l| (f, l)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_facts_file_is_well_formed() {
        let f = facts();
        assert!(f.source.package == "huaweicloudsdkocr" && !f.source.version.is_empty());
        assert!(f.apis.len() >= 50, "{} APIs", f.apis.len());
        let mut ids = std::collections::HashSet::new();
        for api in &f.apis {
            assert!(ids.insert(api.id.as_str()), "{} twice", api.id);
            assert_eq!(
                api.path,
                format!("/v2/{{project_id}}/ocr/{}", api.id),
                "{}",
                api.id
            );
            assert!(["GET", "POST", "PUT", "DELETE"].contains(&api.method.as_str()));
            for pair in &api.body.one_of {
                for name in pair {
                    assert!(api.field(name).is_some(), "{}: one_of names {name}", api.id);
                }
            }
            for field in &api.body.fields {
                if let Some(l) = &field.limits {
                    for (key, set) in [
                        ("max_base64_mb", l.max_base64_mb.is_some()),
                        ("min_side_px", l.min_side_px.is_some()),
                        ("max_side_px", l.max_side_px.is_some()),
                        ("formats", !l.formats.is_empty()),
                    ] {
                        assert_eq!(
                            set,
                            l.stated.contains_key(key),
                            "{}.{}: {key} without its sentence, or the reverse",
                            api.id,
                            field.name
                        );
                    }
                }
            }
        }
        let general = f.api("general-text").unwrap();
        let (_, limits) = general.image_limits().unwrap();
        assert_eq!(limits.max_base64_mb, Some(10));
        assert_eq!(limits.max_side_px, Some(30000));
        assert!(limits.formats.iter().any(|x| x == "PDF"));
        assert!(f.region("cn-north-4").is_some());
        for r in &f.regions {
            for e in &r.endpoints {
                assert!(e.starts_with(&format!("https://ocr.{}.", r.id)), "{e}");
            }
        }
    }
}
