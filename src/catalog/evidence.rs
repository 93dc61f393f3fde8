//! What shows that a failure without a Huawei Cloud code came from a Huawei Cloud call
//! (`codes/evidence.json`): hosts, SDK packages, the gateway's and OBS's headers, names, and the
//! exception classes only the Huawei Cloud SDKs raise.

use std::sync::OnceLock;

/// The evidence lists, as `codes/evidence.json` holds them.
#[derive(Debug, serde::Deserialize)]
struct Lists {
    hosts: Vec<String>,
    packages: Vec<String>,
    headers: Vec<String>,
    words: Vec<String>,
    /// What only the Huawei Cloud SDKs print of their exceptions: the SDKs' own field
    /// `encoded_authorization_message` in each language's spelling, the Node.js SDK's
    /// classes as `JSON.stringify(err)` names them, and its classes before axios's sentence for
    /// an answer without a code (`ServerResponseException: Request failed with status code 500`).
    fields: Vec<String>,
    exceptions: Vec<String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        serde_json::from_str(include_str!("../../codes/evidence.json"))
            .expect("codes/evidence.json is checked by the tests")
    })
}

fn leaked(items: impl Iterator<Item = &'static String>) -> Vec<&'static str> {
    items.map(String::as_str).collect()
}

/// Text that, in a line near a failure without a code, shows it is a Huawei Cloud call.
pub fn evidence_needles() -> &'static [&'static str] {
    static NEEDLES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NEEDLES.get_or_init(|| {
        let l = lists();
        leaked(
            l.hosts
                .iter()
                .chain(&l.packages)
                .chain(&l.headers)
                .chain(&l.words)
                .chain(&l.fields),
        )
    })
}

/// Exception classes only the Huawei Cloud SDKs raise: their name is evidence of its own.
pub fn own_exceptions() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| leaked(lists().exceptions.iter()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_evidence_lists_load_and_hold_no_empty_or_repeated_needle() {
        let needles = super::evidence_needles();
        assert!(needles.contains(&"myhuaweicloud.com"));
        assert!(needles.iter().all(|n| n.len() >= 4), "{needles:?}");
        let mut sorted = needles.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), needles.len(), "a needle listed twice");
        assert!(super::own_exceptions().contains(&"HostUnreachableException"));
    }
}
