//! Query handling: cutting a query into words, and what each word may match as — itself, its
//! stem, its synonyms and, for Chinese, its character pairs.

use memchr::memmem;

use crate::catalog::IndexField;
use crate::normalize;

/// Words people use for what the catalog says in other words.
pub(super) const SYNONYMS: &[(&str, &[&str])] = &[
    (
        "missing",
        &["not exist", "not found", "empty", "不存在", "没有"],
    ),
    ("expired", &["expires", "expire", "过期", "超时"]),
    (
        "throttled",
        &["throttling", "ratelimit", "rate limit", "限流", "流控"],
    ),
    ("ratelimit", &["throttling", "rate limit", "限流", "流控"]),
    ("429", &["throttling", "限流", "流控"]),
    (
        "denied",
        &[
            "not allowed",
            "not authorized",
            "permission",
            "不允许",
            "权限",
        ],
    ),
    (
        "forbidden",
        &[
            "not allowed",
            "not authorized",
            "permission",
            "不允许",
            "禁用",
        ],
    ),
    (
        "unauthorized",
        &["authentication", "not authorized", "认证"],
    ),
    ("timeout", &["timed out", "timeout", "超时"]),
    ("blurry", &["quality", "质量"]),
    ("subscribed", &["subscribe", "订阅"]),
    ("concurrency", &["concurrent", "并发"]),
    (
        "big",
        &["too large", "oversized", "exceeds", "过大", "超限"],
    ),
    (
        "invalid",
        &[
            "incorrect",
            "not valid",
            "not well-formed",
            "不合法",
            "非法",
            "不对",
        ],
    ),
    ("wrong", &["incorrect", "invalid", "错误", "不对"]),
    (
        "large",
        &["too large", "oversized", "exceeds", "过大", "超限"],
    ),
];

/// English words too common to tell codes apart.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "be", "for", "has", "have", "i", "in", "is", "it", "my", "of", "on",
    "or", "the", "this", "to", "with",
];

/// English endings stripped to find a word's stem.
pub(super) const SUFFIXES: &[&str] = &["ing", "ed", "es", "s", "ion", "ly", "er"];

/// A string to look for, prepared once per search and tried against every field.
#[derive(Debug)]
pub(super) struct Needle {
    pub(super) finder: memmem::Finder<'static>,
    pub(super) mask: u64,
    pub(super) pairs: u128,
}

impl Needle {
    /// Whether the field's masks allow it to hold the needle at all (cheap; most fields fail).
    #[inline]
    pub(super) fn may_be_in(&self, field: &IndexField) -> bool {
        self.mask & !field.mask == 0 && self.pairs & !field.pairs == 0
    }

    pub(super) fn new(s: &str) -> Self {
        Needle {
            finder: memmem::Finder::new(s.as_bytes()).into_owned(),
            mask: normalize::char_mask(s),
            pairs: normalize::pair_mask(s),
        }
    }
}

/// A query word, with everything it may match as: itself, its stem, its synonyms and, for
/// Chinese, its character pairs.
#[derive(Debug)]
pub(super) struct Word {
    pub(super) text: String,
    pub(super) mask: u64,
    pub(super) cjk: bool,
    pub(super) exact: Needle,
    pub(super) stem: Option<Needle>,
    pub(super) synonyms: Vec<Needle>,
    pub(super) pairs: Vec<Needle>,
}

impl Word {
    pub(super) fn new(text: &str, cjk: bool) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let pairs = if cjk && chars.len() >= 3 {
            chars
                .windows(2)
                .map(|p| Needle::new(&p.iter().collect::<String>()))
                .collect()
        } else {
            Vec::new()
        };
        let synonyms = SYNONYMS
            .iter()
            .find(|(k, _)| *k == text)
            .map_or(&[][..], |(_, alts)| alts);
        Word {
            text: text.to_owned(),
            mask: normalize::char_mask(text),
            cjk,
            exact: Needle::new(text),
            stem: if cjk {
                None
            } else {
                stem(text).map(Needle::new)
            },
            synonyms: synonyms.iter().map(|a| Needle::new(a)).collect(),
            pairs,
        }
    }
}

/// Cuts a folded query into words: runs of ASCII letters, digits and code punctuation, and runs of
/// other letters. Everything else separates words.
/// Also returns the words left out as too common (stop words, single letters), in order.
pub(super) fn words(folded: &str) -> (Vec<Word>, Vec<String>) {
    let mut out: Vec<Word> = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_cjk = false;
    let mut flush = |current: &mut String, cjk: bool| {
        let w = current.trim_matches(['.', '-', '_']);
        // One character, or a stop word, would match nearly every text.
        let too_common = w.chars().count() < 2 || STOP_WORDS.contains(&w);
        if too_common {
            if !w.is_empty() && !ignored.iter().any(|i| i == w) {
                ignored.push(w.to_owned());
            }
        } else if !out.iter().any(|o| o.text == w) {
            out.push(Word::new(w, cjk));
        }
        current.clear();
    };
    for c in folded.chars() {
        let ascii = c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        let other = !c.is_ascii() && c.is_alphanumeric();
        if (ascii || other) && !current.is_empty() && other != current_cjk {
            flush(&mut current, current_cjk);
        }
        if ascii || other {
            current_cjk = other;
            current.push(c);
        } else {
            flush(&mut current, current_cjk);
        }
    }
    flush(&mut current, current_cjk);
    (out, ignored)
}

/// The stem of an English word, if stripping an ending leaves at least four letters.
pub(super) fn stem(word: &str) -> Option<&str> {
    SUFFIXES
        .iter()
        .filter_map(|s| word.strip_suffix(s))
        .find(|s| s.len() >= 4)
}
