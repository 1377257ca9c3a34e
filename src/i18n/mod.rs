//! Fluent translations (compiled in from `locales/{lang}/*.ftl`) and locale negotiation.

pub mod format;

use crate::domain::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Unicode isolation marks would show up inside HTML attributes and URLs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static MISSING: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn langid(locale: Locale) -> LanguageIdentifier {
    locale.id().parse().expect("locale ids are valid language identifiers")
}

/// Templates hand values over by reference (sometimes twice); this takes them in any form.
pub trait Val<T> {
    fn val(self) -> T;
}
impl<T: Copy> Val<T> for T {
    fn val(self) -> T {
        self
    }
}
impl<T: Copy> Val<T> for &T {
    fn val(self) -> T {
        *self
    }
}
impl<T: Copy> Val<T> for &&T {
    fn val(self) -> T {
        **self
    }
}
impl<T: Copy> Val<T> for &&&T {
    fn val(self) -> T {
        ***self
    }
}

/// The translator handed to every template: `{{ i18n.t("key") }}`.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        I18n { locale }
    }

    /// How many lookups of a message that does not exist this process has made.
    pub fn missing_lookups() -> u64 {
        MISSING.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn lookup(&self, key: &str, args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>) -> String {
        let id = langid(self.locale);
        let found = match args {
            Some(args) => LOCALES.try_lookup_with_args(&id, key, args),
            None => LOCALES.try_lookup(&id, key),
        };
        // A missing key is a bug (tests/messages.rs renders every page to catch it): count it,
        // name it in the log, and show the key rather than nothing.
        found.unwrap_or_else(|| {
            MISSING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            tracing::warn!(key, locale = self.locale.id(), "missing message");
            key.to_string()
        })
    }

    pub fn t(&self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// One numeric argument.
    pub fn tn(&self, key: &str, name: &'static str, value: impl Val<i64>) -> String {
        let value = value.val();
        let mut args = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(value));
        self.lookup(key, Some(&args))
    }

    /// One string argument.
    pub fn ts(&self, key: &str, name: &'static str, value: &str) -> String {
        let mut args = HashMap::new();
        args.insert(Cow::Borrowed(name), FluentValue::from(value.to_string()));
        self.lookup(key, Some(&args))
    }

    /// Several string arguments.
    pub fn targs(&self, key: &str, pairs: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            pairs.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.to_string()))).collect();
        self.lookup(key, Some(&args))
    }

    /// `2026-11-25` (or a longer ISO timestamp) as the reader writes a date: `25 nov. 2026`.
    pub fn date(&self, iso: &str) -> String {
        format::date(self.locale, iso)
    }

    /// A local `2026-11-25 09:00` as the reader writes a date and time.
    pub fn date_time(&self, local: &str) -> String {
        format::date_time(self.locale, local)
    }

    /// `2026-03` as the reader names the month: `mars 2026`.
    pub fn month(&self, year_month: &str) -> String {
        format::month(self.locale, year_month)
    }

    /// A whole number with the reader's digit grouping.
    pub fn number(&self, n: impl Val<i64>) -> String {
        format::integer(self.locale, n.val())
    }

    /// A decimal as published (`22.5`) with the reader's separators (`22,5`).
    pub fn decimal(&self, value: &str) -> String {
        format::decimal(self.locale, value)
    }

    /// The name of a language in that language (for the switcher and fallback notices).
    pub fn language_name(&self, locale: impl Val<Locale>) -> String {
        let locale = locale.val();
        self.t(&format!("lang-{}", locale.id()))
    }

    /// The label of a form field: message `field-{name}`.
    pub fn field(&self, name: &str) -> String {
        self.t(&format!("field-{name}"))
    }

    /// A message whose id is a prefix and a vocabulary identifier, e.g. `org-status-` + `pending`.
    pub fn tp(&self, prefix: &str, id: &str) -> String {
        self.t(&format!("{prefix}{id}"))
    }

    pub fn role(&self, role: &str) -> String {
        self.t(&format!("role-{role}"))
    }

    pub fn status(&self, status: &str) -> String {
        self.t(&format!("status-{status}"))
    }

    pub fn theme(&self, theme: &str) -> String {
        self.t(&format!("theme-{theme}"))
    }

    pub fn sdg(&self, n: impl Val<i64>) -> String {
        let n = n.val();
        format!("{} · {}", self.tn("sdg-label", "number", n), self.t(&format!("sdg-{n}")))
    }
}

/// Picks the first supported language from an Accept-Language header, honouring q-values.
pub fn negotiate(accept_language: &str) -> Option<Locale> {
    let mut candidates: Vec<(f32, usize, Locale)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            let primary = tag.split('-').next()?;
            Locale::parse(primary).filter(|_| q > 0.0).map(|l| (q, i, l))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
    candidates.first().map(|c| c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_honours_quality() {
        assert_eq!(negotiate("fr-CA,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
        assert_eq!(negotiate("de,sw;q=0.5,ar;q=0.7"), Some(Locale::Ar));
        assert_eq!(negotiate("de, it"), None);
        assert_eq!(negotiate("zh-Hans-CN"), Some(Locale::Zh));
        assert_eq!(negotiate("en;q=0"), None);
    }

    #[test]
    fn translates_with_arguments() {
        let en = I18n::new(Locale::En);
        assert_eq!(en.tn("progress-text", "percent", 40), "40% complete");
        assert_eq!(en.tn("home-city-commitments", "count", 1), "1 commitment");
        assert_eq!(en.t("no-such-key"), "no-such-key");
    }
}
