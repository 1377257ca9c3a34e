//! Creating a city, its settings and departments, and its public "about" and privacy pages.

use super::admin::LocaleSection;
use super::forms::FormState;
use super::{Page, Shown};
use crate::domain::{Locale, ModerationMode};
use askama::Template;

/// The choices every city form offers.
pub trait CityChoices {
    fn all_locales(&self) -> &'static [Locale] {
        Locale::ALL
    }
    fn moderation_modes(&self) -> &'static [ModerationMode] {
        ModerationMode::ALL
    }
}

#[derive(Template)]
#[template(path = "admin/city_new.html")]
pub struct NewCityView {
    pub page: Page,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
}

impl CityChoices for NewCityView {}

impl NewCityView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("name", false)]
    }
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
pub struct SettingsView {
    pub page: Page,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    /// The current logo's address, if the city has one.
    pub logo: Option<String>,
    /// The logo upload form (its error, if the last upload was refused).
    pub logo_form: FormState,
}

impl CityChoices for SettingsView {}

impl SettingsView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("name", false), ("tagline", false), ("privacy_notice", true), ("verification_policy", true)]
    }
}

#[derive(Template)]
#[template(path = "admin/departments.html")]
pub struct DepartmentsView {
    pub page: Page,
    pub form: FormState,
    pub departments: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutView {
    pub page: Page,
    pub city_name: Shown,
    pub tagline: Shown,
    pub contact: String,
    pub response_days: i64,
    pub verification_policy: Shown,
    pub departments: Vec<String>,
}

#[derive(Template)]
#[template(path = "privacy.html")]
pub struct PrivacyView {
    pub page: Page,
    pub city_name: Shown,
    pub notice: Shown,
}
