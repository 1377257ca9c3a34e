//! Template structs (one per template) and the small display helpers they share.

pub mod account;
pub mod admin;
pub mod atom;
pub mod cities;
pub mod feedback;
pub mod forms;
pub mod indicators;
pub mod line_chart;
pub mod pages;
pub mod personal;
pub mod questionnaires;
pub mod report;
pub mod search;

use crate::db::cities::City;
use crate::domain::{Locale, Translated};
use crate::i18n::I18n;
use chrono::TimeZone;

/// What the layout needs on every page.
pub struct Page {
    pub i18n: I18n,
    pub title: String,
    /// The path after `/{locale}` (with query), so the language switcher keeps the page.
    pub path_rest: String,
    pub city: Option<CityNav>,
    /// Which city section is current, for `aria-current` in the city navigation.
    pub section: &'static str,
    /// The CSRF token for forms on this page (and the logout button).
    pub csrf: String,
    /// The logged-in person's display name.
    pub user_name: Option<String>,
    /// Whether to show the staff dashboard link for the current city.
    pub can_admin: bool,
    /// A one-line confirmation shown at the top of the page (after a redirect).
    pub notice: Option<String>,
}

impl Page {
    pub fn locale(&self) -> Locale {
        self.i18n.locale
    }
    pub fn locales(&self) -> &'static [Locale] {
        Locale::ALL
    }
    pub fn lang(&self) -> &'static str {
        self.i18n.locale.id()
    }
    pub fn dir(&self) -> &'static str {
        self.i18n.locale.dir()
    }
    /// "Not yet available in your language; shown in …" for a fallback value.
    pub fn fallback_notice(&self, value: &Shown) -> String {
        let language = value.fallback.map(|l| self.i18n.language_name(l)).unwrap_or_default();
        self.i18n.ts("fallback-notice", "language", &language)
    }

    pub fn city_slug(&self) -> &str {
        self.city.as_ref().map(|c| c.slug.as_str()).unwrap_or_default()
    }

    /// `/{locale}` prefix for links.
    pub fn base(&self) -> String {
        format!("/{}", self.i18n.locale.id())
    }
}

/// The city part of the header: its slug and name in the page language, and its identity.
pub struct CityNav {
    pub slug: String,
    pub name: Shown,
    /// The city's stylesheet (its colour), versioned by the colour, when it has one.
    pub theme: Option<String>,
    /// The city's logo, versioned, when it has one.
    pub logo: Option<String>,
}

impl CityNav {
    pub fn new(city: &City, locale: Locale) -> Self {
        let colour = city.brand_colour.trim_start_matches('#');
        CityNav {
            slug: city.slug.clone(),
            name: Shown::of(&city.name(), locale, city.default_locale()),
            theme: (!colour.is_empty()).then(|| format!("/static/city/{}/theme.css?v={colour}", city.slug)),
            logo: (city.logo_version > 0).then(|| format!("/static/city/{}/logo?v={}", city.slug, city.logo_version)),
        }
    }
}

/// A translated value ready for display, with the language it is really in.
#[derive(Clone)]
pub struct Shown {
    pub text: String,
    /// `Some(code)` when the text is a fallback in another language.
    pub fallback: Option<Locale>,
}

impl Shown {
    pub fn of(t: &Translated, locale: Locale, city_default: Locale) -> Self {
        let s = t.show(locale, city_default);
        Shown { text: s.text, fallback: s.fallback }
    }
    pub fn is_fallback(&self) -> bool {
        self.fallback.is_some()
    }
    pub fn lang(&self) -> &'static str {
        self.fallback.map(|l| l.id()).unwrap_or("")
    }
    pub fn dir(&self) -> &'static str {
        self.fallback.map(|l| l.dir()).unwrap_or("")
    }
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A calendar date in the city's time zone, ISO 8601 (read the same way in every language).
pub fn format_date(ts: i64, time_zone: &str) -> String {
    let tz: chrono_tz::Tz = time_zone.parse().unwrap_or(chrono_tz::UTC);
    match tz.timestamp_opt(ts, 0).single() {
        Some(dt) => dt.format("%Y-%m-%d").to_string(),
        None => String::new(),
    }
}

/// Wraps text written out in the reader's language (a date, a name) in FSI … PDI, so that inside
/// a sentence of the other direction it keeps its own order (Fluent's isolation marks are off).
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// Full timestamp for `<time datetime>`.
pub fn format_datetime_iso(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0).map(|d| d.to_rfc3339()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(format_date(0, "Africa/Dar_es_Salaam"), "1970-01-01");
    }
}
