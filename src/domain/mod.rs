//! Types and rules with no I/O: the SPEC vocabulary, translated text and validation.

pub mod accounts;
pub mod feedback;
pub mod filters;
pub mod identity;
pub mod indicators;
pub mod items;
pub mod ledger;
pub mod questionnaires;
pub mod translated;

pub use translated::Translated;

use serde::{Deserialize, Serialize};

/// Generates a closed vocabulary enum whose identifiers are the stable strings of the SPEC.
macro_rules! vocabulary_impl {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.id()) }
        }

        /// Reads the column that stores the identifier (`#[sqlx(try_from = "String")]`).
        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                Self::parse(&s).ok_or_else(|| format!("unknown {} `{s}`", stringify!($name)))
            }
        }
    };
}

pub(crate) use vocabulary_impl as vocabulary;

vocabulary!(
    /// The interface and content languages.
    Locale { En => "en", Fr => "fr", Es => "es", Ar => "ar", Zh => "zh", Ru => "ru", Sw => "sw" }
);

impl Locale {
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

vocabulary!(
    /// Status of a commitment or project.
    Status {
        NotStarted => "not_started",
        InProgress => "in_progress",
        Delayed => "delayed",
        Completed => "completed",
        Cancelled => "cancelled",
    }
);

vocabulary!(
    /// IG-PCSC thematic areas.
    Theme {
        InclusionEquityHumanRights => "inclusion-equity-human-rights",
        CommunityParticipation => "community-participation",
        DigitalLiteracy => "digital-literacy",
        SharedProsperity => "shared-prosperity",
        EnvironmentalSustainability => "environmental-sustainability",
        DigitalGovernanceRegulations => "digital-governance-regulations",
        DigitalInfrastructureCityServices => "digital-infrastructure-city-services",
    }
);

vocabulary!(
    /// Whether comments appear at once or wait for a moderator.
    ModerationMode { Post => "post", Pre => "pre" }
);

/// A Sustainable Development Goal number, 1–17.
pub fn parse_sdg(s: &str) -> Option<i64> {
    s.trim().parse::<i64>().ok().filter(|n| (1..=17).contains(n))
}

/// Slugs that would collide with fixed routes under `/{locale}/`.
const RESERVED_SLUGS: &[&str] = &[
    "account",
    "admin",
    "api",
    "comments",
    "login",
    "logout",
    "register",
    "search",
    "static",
    "verify-email",
    "password",
    "organisations",
    "feed.atom",
];

/// City slug rule from the SPEC: `[a-z0-9-]{2,40}` and not a reserved route word.
pub fn valid_slug(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !RESERVED_SLUGS.contains(&slug)
}

/// Commitment reference as shown and used in URLs: `C-{n}`.
pub fn commitment_ref(n: i64) -> String {
    format!("C-{n}")
}

/// Parses `C-12` (case-insensitive) into 12.
pub fn parse_commitment_ref(s: &str) -> Option<i64> {
    let rest = s.strip_prefix("C-").or_else(|| s.strip_prefix("c-"))?;
    rest.parse::<i64>().ok().filter(|n| *n > 0)
}

/// A dated evidence link attached to an update or assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceLink {
    pub label: String,
    pub url: String,
}

/// Only http(s) links are accepted as evidence, so no `javascript:` ever reaches a page.
pub fn valid_http_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() <= 2000
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `YYYY-MM-DD`, a real calendar date.
/// Whether XML 1.0 (and so Atom, and PostgreSQL text for NUL) can carry the character.
pub fn is_xml_char(c: char) -> bool {
    !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// Text as it may be stored: without the control characters that break feeds for good
/// (updates are append-only) or that PostgreSQL refuses (NUL). Tabs and line breaks stay.
pub fn strip_invalid_chars(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(is_xml_char) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|c| is_xml_char(*c)).collect())
    }
}

/// Dates people and filters may name: wide enough for any plan or history, narrow enough
/// that date arithmetic can never overflow.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

/// A `YYYY-MM-DD` date between `MIN_YEAR` and `MAX_YEAR`.
pub fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    let s = s.trim();
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    (s.len() == 10 && (MIN_YEAR..=MAX_YEAR).contains(&d.year())).then_some(d)
}

pub fn valid_date(s: &str) -> bool {
    parse_date(s).is_some()
}

pub fn today_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

pub fn now_ts() -> i64 {
    chrono::Utc::now().timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_round_trips() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.id()), Some(*s));
        }
        assert_eq!(Theme::ALL.len(), 7);
        assert_eq!(Locale::parse("xx"), None);
        assert!(Locale::Ar.is_rtl() && !Locale::Zh.is_rtl());
    }

    #[test]
    fn slugs_follow_the_spec() {
        assert!(valid_slug("port-amani"));
        assert!(!valid_slug("a"));
        assert!(!valid_slug("Port"));
        assert!(!valid_slug("search"));
        assert!(!valid_slug("../etc"));
    }

    #[test]
    fn refs_and_urls() {
        assert_eq!(parse_commitment_ref("C-12"), Some(12));
        assert_eq!(parse_commitment_ref("C-0"), None);
        assert_eq!(parse_commitment_ref("12"), None);
        assert!(valid_http_url("https://example.org/a.pdf"));
        assert!(!valid_http_url("javascript:alert(1)"));
        assert!(valid_date("2026-02-28") && !valid_date("2026-02-30"));
        assert_eq!(parse_sdg("17"), Some(17));
        assert_eq!(parse_sdg("18"), None);
    }
}
