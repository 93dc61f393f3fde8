//! What `check` prints: the input, the API it was checked against, the request as read (its
//! secrets masked), and each problem with what the catalog says of the code it would draw.

use serde::Serialize;

use crate::catalog;

/// A problem `check` found in a request: a diagnosis, with what the catalog says of the code
/// the service would answer with.
#[derive(Debug, Serialize)]
pub struct Problem {
    /// The diagnosis.
    #[serde(flatten)]
    pub diagnosis: crate::diagnose::Diagnosis,
    /// The code's documented message, when the catalog knows the code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<&'static str>,
    /// What the code means, when the catalog knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<&'static catalog::Text>,
}

impl Problem {
    /// A diagnosis with what the catalog says of its code.
    pub fn new(diagnosis: crate::diagnose::Diagnosis) -> Problem {
        let variant = diagnosis.code.and_then(|code| match catalog::lookup(code) {
            catalog::Lookup::Found(entries) => entries.first().and_then(|e| e.variants.first()),
            _ => None,
        });
        Problem {
            diagnosis,
            message: variant.map(|v| v.message.as_str()),
            description: variant.map(|v| &v.description),
        }
    }
}

/// What `check` prints: the input, the API it was checked against, the request as read (its
/// secrets masked), and the problems found.
#[derive(Debug, Serialize)]
pub struct Checked {
    /// `curl`, the file's path, or `-`.
    pub input: String,
    /// The OCR API checked against, when one is known.
    pub api: Option<&'static str>,
    /// The request as read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<RequestShown>,
    /// The problems found, in the rules' order.
    pub problems: Vec<Problem>,
}

/// A request as `check` shows it: secrets (a token, a signature, cookies) shown as their first
/// six characters and their length.
#[derive(Debug, Serialize)]
pub struct RequestShown {
    /// The method.
    pub method: String,
    /// The host.
    pub host: Option<String>,
    /// The path.
    pub path: String,
    /// The query, without its `?`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub query: String,
    /// The headers, in order, secrets masked.
    pub headers: Vec<HeaderShown>,
    /// The body's length in bytes, when shown.
    pub body_bytes: Option<usize>,
}

impl RequestShown {
    /// A request, its secrets masked.
    pub fn of(r: &crate::request::Request) -> RequestShown {
        let headers = r
            .headers
            .iter()
            .map(|(name, value)| HeaderShown {
                name: name.clone(),
                value: crate::request::masked_header(name, value),
            })
            .collect();
        RequestShown {
            method: r.method.clone(),
            host: r.host.clone(),
            path: r.path.clone(),
            query: r.query.clone(),
            headers,
            body_bytes: r.body.as_ref().map(Vec::len),
        }
    }
}

/// A header of a request as shown.
#[derive(Debug, Serialize)]
pub struct HeaderShown {
    /// Its name, as spelt.
    pub name: String,
    /// Its value, masked if it is a secret.
    pub value: String,
}
