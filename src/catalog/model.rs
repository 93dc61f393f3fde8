//! The catalog's data types. The values live in `static`s generated at build time from
//! `codes/*.json` by `codes/build.rs`; the schema is documented in the README (section "The catalog").
//!
//! The same structs are serialised for `--format json`, so key order is the declaration order.

// The generated data spells character masks as plain decimal numbers.
#![allow(clippy::unreadable_literal)]

use serde::Serialize;

use super::pool::{List, Pooled, Str};

/// A language of the catalog's prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

/// A piece of prose in both languages.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Text {
    /// English.
    pub en: Str,
    /// Chinese.
    pub zh: Str,
    /// Which side (if any) is a translation made for this catalog rather than the source's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translated: Option<Lang>,
}

impl Text {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en.as_str(),
            Lang::Zh => self.zh.as_str(),
        }
    }
    /// The text in one language as shown to a person: the source's own slips of punctuation,
    /// kept verbatim in the data, tidied (a doubled full stop, `不可用。。`, made one; a colon
    /// left dangling at the end, `信息不正确：`, dropped).
    pub fn shown(&self, lang: Lang) -> std::borrow::Cow<'static, str> {
        let t = self.get(lang);
        let trimmed = t.trim_end_matches(['：', ':']);
        if trimmed.len() == t.len() && !t.contains("。。") {
            return std::borrow::Cow::Borrowed(t);
        }
        let mut out = trimmed.to_string();
        while out.contains("。。") {
            out = out.replace("。。", "。");
        }
        std::borrow::Cow::Owned(out)
    }
}

/// Ordered steps in both languages; `en[i]` and `zh[i]` say the same thing.
#[derive(Debug, Serialize)]
pub struct Steps {
    /// English steps.
    pub en: List<Str>,
    /// Chinese steps.
    pub zh: List<Str>,
    /// Which side (if any) is a translation made for this catalog.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translated: Option<Lang>,
}

impl Steps {
    /// The steps in one language.
    pub fn get(&self, lang: Lang) -> &'static [Str] {
        match lang {
            Lang::En => self.en.as_slice(),
            Lang::Zh => self.zh.as_slice(),
        }
    }
}

/// The module (service area) a code belongs to, as the source table groups it.
#[derive(Debug, Serialize)]
pub struct Module {
    /// Stable identifier, used by `--module`.
    pub id: Str,
    /// English name.
    pub en: Str,
    /// Chinese name.
    pub zh: Str,
}

impl Module {
    /// The name in one language.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en.as_str(),
            Lang::Zh => self.zh.as_str(),
        }
    }
}

/// A documentation link.
#[derive(Debug, Serialize)]
pub struct Link {
    /// What the page is.
    pub title: Text,
    /// Absolute URL.
    pub url: Str,
}

/// An HTTP status as a source states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum HttpStatus {
    /// An exact status, such as 401.
    Code(u16),
    /// Only a class is documented, such as `4xx`.
    Class(Str),
}

impl std::fmt::Display for HttpStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpStatus::Code(n) => write!(f, "{n}"),
            HttpStatus::Class(s) => f.write_str(s),
        }
    }
}

/// One specific cause a message can name after its main text (`…: decrypt token fail`).
#[derive(Debug, Serialize)]
pub struct Cause {
    /// The words in the received message that identify this cause.
    #[serde(rename = "match")]
    pub pattern: Str,
    /// What the cause means.
    pub description: Text,
    /// Indexes into the variant's `fix` steps that address this cause.
    pub steps: List<u8>,
}

/// One documented form of a code: a message with its status, meaning and fix. Most codes have
/// one; a gateway code can have several (`APIGW.0201` has six, each with its own status).
#[derive(Debug, Serialize)]
pub struct Variant {
    /// HTTP status, where the source states one; never guessed.
    pub http_status: Option<HttpStatus>,
    /// Qualifies the status (for instance, where it appears inside a 200 response).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_note: Option<Text>,
    /// The message exactly as the API returns it (`error_msg`). `XX`, `XXX` and `{xxx}` stand for
    /// values that vary.
    pub message: Str,
    /// Other wordings the same error is known to arrive with.
    pub alt_messages: List<Str>,
    /// The message and then its other wordings as compared ([`crate::normalize::message_key`]),
    /// made when the catalog is built.
    #[serde(skip)]
    pub message_keys: List<Str>,
    /// What the error means.
    pub description: Text,
    /// What to do, step by step.
    pub fix: Steps,
    /// The specific causes the message can name.
    pub causes: List<Cause>,
    /// Anything else worth knowing about this variant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What an entry's key is. Most entries are a service's error code; the others explain failures
/// that arrive without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A service's error code (`AIS.0104`).
    Code,
    /// A message that arrives without a code (the IAM token endpoint's Keystone-style answers).
    Message,
    /// An SDK's client-side exception class (`ConnectionException`).
    Exception,
    /// An HTTP status whose answer holds no code (`HTTP 413`, or a class: `HTTP 5xx`).
    Status,
}

impl Kind {
    /// What the key is, in a few words, for people.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Code, Lang::En) => "error code",
            (Kind::Code, Lang::Zh) => "错误码",
            (Kind::Message, Lang::En) => "message without a code",
            (Kind::Message, Lang::Zh) => "无错误码的消息",
            (Kind::Exception, Lang::En) => "SDK exception (no service code)",
            (Kind::Exception, Lang::Zh) => "SDK异常（无服务错误码）",
            (Kind::Status, Lang::En) => "HTTP status without a code",
            (Kind::Status, Lang::Zh) => "无错误码的HTTP状态",
        }
    }
}

/// One entry of one table.
#[derive(Debug, Serialize)]
pub struct Entry {
    /// The key as documented: a code such as `AIS.0104`; for the other kinds, the message, the
    /// exception's class name or `HTTP 413`.
    pub code: Str,
    /// What the key is.
    pub kind: Kind,
    /// The id of the table it comes from (see [`Table`]).
    pub table: Str,
    /// That table's title, which a card names its source by.
    #[serde(skip)]
    pub table_title: Text,
    /// Its module.
    pub module: Module,
    /// False for a status that reports success (`AIS.0000` "Succeeded." inside a 200 response).
    pub is_error: bool,
    /// Where this entry's facts come from (its table's source unless it has its own).
    pub source: Source,
    /// Its documented forms; at least one.
    pub variants: List<Variant>,
    /// Pages that help.
    pub links: List<Link>,
}

/// Where a table's facts come from.
#[derive(Debug, Serialize)]
pub struct Source {
    /// The page.
    pub url: Str,
    /// The date the source reflects.
    pub date: Str,
    /// How the data was taken from it.
    pub note: Str,
}

/// One source table.
#[derive(Debug, Serialize)]
pub struct Table {
    /// Stable identifier.
    pub id: Str,
    /// What the table is.
    pub title: Text,
    /// Where it comes from.
    pub source: Source,
    /// Its codes, in the source's order.
    pub entries: List<Entry>,
}

/// What a code prefix tells about a code, even one not in the catalog.
#[derive(Debug, Serialize)]
pub struct Family {
    /// The prefix before the dot, as documented (`ModelArts`).
    pub prefix: Str,
    /// What the family is.
    pub name: Text,
    /// A rule or caveat about the family.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Where the family's own table lives, if elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Str>,
}

/// The advice for codes nobody documents.
#[derive(Debug, Serialize)]
pub struct Fallback {
    /// What to do.
    pub text: Text,
    /// Where to go.
    pub url: Str,
}

/// The rules around the tables.
#[derive(Debug, Serialize)]
pub struct Rules {
    /// The "其他" row: what to do about any other code.
    pub fallback: Fallback,
    /// Known prefixes.
    pub families: List<Family>,
}

/// A pair of names, in plain static strings (for the small tables outside the pools).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Names {
    /// English.
    pub en: &'static str,
    /// Chinese.
    pub zh: &'static str,
    /// Which side (if any) is a translation made for this catalog.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translated: Option<Lang>,
}

impl Names {
    /// The name in one language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Zh => self.zh,
        }
    }
}

/// A Huawei Cloud service and the prefix of its error codes (`Ecs` for ECS, `DNS`, `AIS`).
#[derive(Debug, Serialize)]
pub struct Service {
    /// The prefix before the dot, as the service spells it (case matters: `Ecs`, `ces`).
    pub prefix: &'static str,
    /// The service's name.
    pub name: Names,
    /// Its error-code page.
    pub url: Option<&'static str>,
    /// Whether that page was seen at that address (else the address is inferred and not linked).
    pub url_verified: bool,
    /// What to know about the prefix (shared by several services, say).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Names>,
}

/// Which part of an entry a searchable text is. Serialised by its [`name`](FieldKind::name), the
/// spelling plain output and README use too (`description.en`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// The code itself.
    Code,
    /// The module's English name.
    ModuleEn,
    /// The module's Chinese name.
    ModuleZh,
    /// The message as returned.
    Message,
    /// Another known wording of the message.
    AltMessage,
    /// The English description.
    DescriptionEn,
    /// The Chinese description.
    DescriptionZh,
    /// An English fix step.
    FixEn,
    /// A Chinese fix step.
    FixZh,
    /// The English note: what the source adds beside its row (the API a code is met in).
    NoteEn,
    /// The Chinese note.
    NoteZh,
    /// The words that name a cause.
    Cause,
    /// A cause's English description.
    CauseEn,
    /// A cause's Chinese description.
    CauseZh,
}

impl Serialize for FieldKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl FieldKind {
    /// A short name for people and scripts (`description.zh`).
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::Code => "code",
            FieldKind::ModuleEn => "module.en",
            FieldKind::ModuleZh => "module.zh",
            FieldKind::Message => "message",
            FieldKind::AltMessage => "alt_message",
            FieldKind::DescriptionEn => "description.en",
            FieldKind::DescriptionZh => "description.zh",
            FieldKind::FixEn => "fix.en",
            FieldKind::FixZh => "fix.zh",
            FieldKind::NoteEn => "note.en",
            FieldKind::NoteZh => "note.zh",
            FieldKind::Cause => "cause",
            FieldKind::CauseEn => "cause.en",
            FieldKind::CauseZh => "cause.zh",
        }
    }

    /// Whether the text is Chinese prose.
    pub fn is_chinese(self) -> bool {
        matches!(
            self,
            FieldKind::ModuleZh
                | FieldKind::DescriptionZh
                | FieldKind::FixZh
                | FieldKind::NoteZh
                | FieldKind::CauseZh
        )
    }
}

/// One searchable text, prepared at build time.
#[derive(Debug)]
pub(crate) struct IndexField {
    /// Index into the entry pool.
    pub entry: u16,
    pub kind: FieldKind,
    /// The variant the text belongs to (0 for the code and module).
    pub variant: u8,
    /// The text as shown.
    pub text: Str,
    /// The text folded and lower-cased, character for character.
    pub folded: Str,
    /// [`crate::normalize::char_mask`] of `folded`.
    pub mask: u64,
    /// [`crate::normalize::pair_mask`] of `folded`.
    pub pairs: u128,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The words a search leaves out, and the groups of words people use for the same thing, from
/// `codes/vocabulary.json` (folded as queries are).
pub(crate) fn vocabulary_data() -> (&'static [&'static str], &'static [&'static [&'static str]]) {
    (STOP_WORDS, SYNONYM_GROUPS)
}

/// The vocabulary's Chinese terms (of its groups and its stop words), each once.
pub(crate) fn chinese_terms() -> &'static [&'static str] {
    CHINESE_TERMS
}

/// The search index and the English vocabulary with character masks.
pub(crate) fn index() -> (&'static [IndexField], &'static [(Str, u64)]) {
    (&INDEX, &VOCABULARY)
}

/// The entry at a pool index.
pub(crate) fn entry_at(i: u16) -> &'static Entry {
    &ENTRIES[usize::from(i)]
}

/// How many entries the pool holds (every pool index is below it).
pub(crate) fn entry_count() -> usize {
    ENTRIES.len()
}

/// The fields of the index that may hold a text with these pairs (see
/// [`crate::normalize::pair_mask`]), a bit per field in index order, set in `into` (which has
/// [`field_set_words`] words): those that have every one of its pairs' bits. A text without pairs
/// (one character) may be in any field.
pub(crate) fn fields_with_pairs(pairs: u128, into: &mut [u64]) {
    let mut set = [u64::MAX; FIELD_SET_WORDS];
    let mut bits = pairs;
    while bits != 0 {
        let bit = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let fields = &PAIR_FIELDS[bit * FIELD_SET_WORDS..][..FIELD_SET_WORDS];
        for (s, f) in set.iter_mut().zip(fields) {
            *s &= f;
        }
    }
    for (i, s) in into.iter_mut().zip(set) {
        *i |= s;
    }
}

/// How many `u64` words a set of the index's fields takes, a bit per field.
pub(crate) const fn field_set_words() -> usize {
    FIELD_SET_WORDS
}

/// How much a search word that matched `df` entries tells them apart: BM25's inverse document
/// frequency, `ln((N − df + ½) / (df + ½) + 1)` for the pool's N entries, computed when the
/// catalog is built.
pub(crate) fn rarity(df: usize) -> f64 {
    RARITY[df.min(ENTRIES.len())]
}

macro_rules! pooled {
    ($($ty:ty => $pool:ident),* $(,)?) => {
        $(impl Pooled for $ty {
            fn pool() -> &'static [Self] {
                &$pool
            }
        })*
    };
}

pooled!(
    Str => STRS,
    u8 => BYTES,
    Cause => CAUSES,
    Link => LINKS,
    Variant => VARIANTS,
    Entry => ENTRIES,
    Family => FAMILIES,
);
