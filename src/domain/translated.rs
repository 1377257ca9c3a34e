//! A text with one value per locale, stored as a JSON object (`{"en": "...", "fr": "..."}`).

use super::Locale;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translated(pub BTreeMap<String, String>);

/// A resolved translation: the text, and the locale it really is in when that is not the one asked for.
#[derive(Debug, Clone)]
pub struct Shown {
    pub text: String,
    pub fallback: Option<Locale>,
}

impl Shown {
    /// The `lang` attribute value for the element showing the text, when it differs from the page.
    pub fn lang(&self) -> &'static str {
        self.fallback.map(|l| l.id()).unwrap_or("")
    }
}

impl Translated {
    pub fn from_json(s: &str) -> Self {
        serde_json::from_str(s).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).expect("a string map always serialises")
    }

    pub fn single(locale: Locale, text: impl Into<String>) -> Self {
        let mut map = BTreeMap::new();
        map.insert(locale.id().to_string(), text.into());
        Translated(map)
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.trim().is_empty())
    }

    pub fn raw(&self, locale: Locale) -> Option<&str> {
        self.0.get(locale.id()).map(String::as_str).filter(|v| !v.trim().is_empty())
    }

    /// The text in `locale`, else the city's default locale, else English, else any.
    pub fn show(&self, locale: Locale, city_default: Locale) -> Shown {
        if let Some(t) = self.raw(locale) {
            return Shown { text: t.to_string(), fallback: None };
        }
        for candidate in [city_default, Locale::En].into_iter().chain(Locale::ALL.iter().copied()) {
            if let Some(t) = self.raw(candidate) {
                return Shown { text: t.to_string(), fallback: Some(candidate) };
            }
        }
        Shown { text: String::new(), fallback: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_city_default_then_english() {
        let mut t = Translated::single(Locale::En, "Bus lanes");
        t.0.insert("sw".into(), "Njia za basi".into());
        assert_eq!(t.show(Locale::Fr, Locale::Sw).text, "Njia za basi");
        assert_eq!(t.show(Locale::Fr, Locale::Sw).fallback, Some(Locale::Sw));
        assert_eq!(t.show(Locale::Fr, Locale::Ru).fallback, Some(Locale::En));
        assert!(t.show(Locale::En, Locale::Sw).fallback.is_none());
    }
}
