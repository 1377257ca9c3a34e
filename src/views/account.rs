//! Account and authentication pages.

use super::forms::FormState;
use super::Page;
use crate::domain::Locale;
use askama::Template;

#[derive(Template)]
#[template(path = "auth/register.html")]
pub struct RegisterView {
    pub page: Page,
    pub form: FormState,
    /// (slug, name) of each city, to link its privacy notice.
    pub privacy_links: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "auth/login.html")]
pub struct LoginView {
    pub page: Page,
    pub form: FormState,
    /// Where to go after logging in (a local path).
    pub next: String,
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
pub struct ForgotView {
    pub page: Page,
    pub form: FormState,
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
pub struct ResetView {
    pub page: Page,
    pub form: FormState,
    pub token: String,
}

/// A page that only says something (mail sent, link expired, account deleted).
#[derive(Template)]
#[template(path = "auth/message.html")]
pub struct MessageView {
    pub page: Page,
    pub heading: String,
    pub message: String,
    pub link: Option<(String, String)>,
}

pub struct OrganisationLine {
    pub city: String,
    pub id: i64,
    pub name: String,
    pub verified: bool,
    pub admin: bool,
}

#[derive(Template)]
#[template(path = "auth/account.html")]
pub struct AccountView {
    pub page: Page,
    pub email: String,
    pub verified: bool,
    pub profile: FormState,
    pub password: FormState,
    pub delete: FormState,
    pub roles: Vec<(String, String)>,
    pub organisations: Vec<OrganisationLine>,
}

impl AccountView {
    pub fn locales(&self) -> &'static [Locale] {
        Locale::ALL
    }
    pub fn mode_is(&self, mode: &str) -> bool {
        self.profile.value("notify_mode") == mode
    }
    pub fn notify_modes(&self) -> [&'static str; 3] {
        crate::services::accounts::NOTIFY_MODES
    }
}

/// One thing a person follows.
pub struct FollowedItem {
    pub city: String,
    pub reference: String,
    pub title: super::Shown,
    /// Link to its page (with the locale).
    pub href: String,
    /// Where the unfollow button posts.
    pub follow_action: String,
    pub since: String,
}

#[derive(Template)]
#[template(path = "auth/following.html")]
pub struct FollowingView {
    pub page: Page,
    pub items: Vec<FollowedItem>,
}

/// One saved search in the person's list.
pub struct SavedSearchLine {
    pub id: i64,
    pub description: String,
    pub frequency: String,
    pub created: String,
    /// The search page with the same words and filters.
    pub search_href: String,
    /// The private Atom feed (absolute: it is pasted into feed readers).
    pub feed_href: String,
}

#[derive(Template)]
#[template(path = "auth/saved_searches.html")]
pub struct SavedSearchesView {
    pub page: Page,
    pub searches: Vec<SavedSearchLine>,
    /// The "new saved search" form, with errors after a refused POST.
    pub form: FormState,
    /// (slug, name) of every city.
    pub cities: Vec<(String, String)>,
    pub limit: i64,
}

impl SavedSearchesView {
    pub fn kinds(&self) -> [&'static str; 4] {
        crate::search::alerts::ALERT_KINDS
    }
    pub fn frequencies(&self) -> &'static [crate::domain::feedback::AlertFrequency] {
        crate::domain::feedback::AlertFrequency::ALL
    }
    pub fn frequency_checked(&self, f: &crate::domain::feedback::AlertFrequency) -> bool {
        let chosen = self.form.value("frequency");
        chosen == f.id() || (chosen.is_empty() && *f == crate::domain::feedback::AlertFrequency::Daily)
    }
}
