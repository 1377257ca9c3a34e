//! Staff pages: dashboard, people and roles, publishing forms, organisations, audit log.

use super::forms::FormState;
use super::Page;
use crate::db::audit::AuditEntry;
use crate::db::organisations::Organisation;
use crate::db::roles::RoleHolder;
use crate::domain::accounts::{Permissions, Role};
use crate::domain::{Locale, Status, Theme};
use askama::Template;

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardView {
    pub page: Page,
    pub perms: Permissions,
    pub commitments: Vec<(String, String)>,
    pub projects: Vec<(i64, String)>,
    pub consultations: Vec<ConsultationRow>,
    pub counts: DashboardCounts,
    /// Open challenges to official statuses, overdue first.
    pub challenges: Vec<super::pages::ChallengeCard>,
    /// Indicators without a value in the last year, the longest silent first.
    pub stale_indicators: Vec<StaleIndicator>,
}

/// The work waiting, at a glance.
pub struct DashboardCounts {
    /// Comments waiting for an official response.
    pub awaiting: i64,
    /// Comments with open flags.
    pub flags: i64,
    /// Comments held for a moderator (pre-moderation).
    pub held: i64,
    /// Challenges waiting for the city's answer, and those of them past the city's deadline.
    pub open_challenges: i64,
    pub overdue_challenges: i64,
    /// Closed consultations without a published outcome.
    pub needs_outcome: i64,
    pub stale_indicators: i64,
    pub open_consultations: i64,
    /// Commitments past their due date, neither completed nor cancelled.
    pub overdue: i64,
}

/// An indicator whose latest value is old (or that has none).
pub struct StaleIndicator {
    pub code: String,
    pub name: String,
    /// The date of its latest value (`YYYY-MM-DD`), if any.
    pub latest: Option<String>,
}

/// A consultation in the staff list.
pub struct ConsultationRow {
    pub number: i64,
    pub title: String,
    pub phase: &'static str,
    /// Closed without a published outcome yet.
    pub needs_outcome: bool,
}

#[derive(Template)]
#[template(path = "admin/people.html")]
pub struct PeopleView {
    pub page: Page,
    pub holders: Vec<RoleHolder>,
    pub form: FormState,
}

impl PeopleView {
    pub fn roles(&self) -> [Role; 3] {
        Role::ALL
    }
}

/// The languages of a translated-field form, the city's default first.
pub struct LocaleSection {
    pub locale: Locale,
    pub is_default: bool,
}

impl LocaleSection {
    pub fn all(default: Locale) -> Vec<LocaleSection> {
        std::iter::once(default)
            .chain(Locale::ALL.iter().copied().filter(|l| *l != default))
            .map(|locale| LocaleSection { locale, is_default: locale == default })
            .collect()
    }
    /// The input id: the default language's input carries the field's own id, so that an
    /// error about the field (e.g. "title is required") links to it.
    pub fn id(&self, field: &str) -> String {
        if self.is_default {
            field.to_string()
        } else {
            format!("{field}_{}", self.locale.id())
        }
    }
    pub fn name(&self, field: &str) -> String {
        format!("{field}_{}", self.locale.id())
    }
}

#[derive(Template)]
#[template(path = "admin/commitment_form.html")]
pub struct CommitmentFormView {
    pub page: Page,
    pub heading: String,
    pub action: String,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    /// The city's departments, offered as choices for `department`.
    pub departments: Vec<String>,
}

impl CommitmentFormView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("title", false), ("summary", true), ("body", true)]
    }
    pub fn themes(&self) -> &'static [Theme] {
        Theme::ALL
    }
    pub fn sdgs(&self) -> Vec<i64> {
        (1..=17).collect()
    }
}

#[derive(Template)]
#[template(path = "admin/project_form.html")]
pub struct ProjectFormView {
    pub page: Page,
    pub heading: String,
    pub action: String,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    /// (number, "C-n title") of the city's commitments, for the links.
    pub commitments: Vec<(i64, String)>,
}

impl ProjectFormView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("title", false), ("body", true)]
    }
}

#[derive(Template)]
#[template(path = "admin/update_form.html")]
pub struct UpdateFormView {
    pub page: Page,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    /// (value, label) of every commitment and project.
    pub targets: Vec<(String, String)>,
}

impl UpdateFormView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("text", true)]
    }
    pub fn statuses(&self) -> &'static [Status] {
        Status::ALL
    }
    pub fn evidence_rows(&self) -> [usize; 3] {
        [1, 2, 3]
    }
}

#[derive(Template)]
#[template(path = "admin/organisations.html")]
pub struct OrganisationsAdminView {
    pub page: Page,
    pub organisations: Vec<Organisation>,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditView {
    pub page: Page,
    pub entries: Vec<AuditRow>,
    /// The filter form: values and errors.
    pub form: FormState,
    pub actors: Vec<(i64, String)>,
    /// (action, translated name) for the action filter.
    pub actions: Vec<(String, String)>,
}

/// One line of the audit log as shown.
pub struct AuditRow {
    pub entry: AuditEntry,
    /// ISO 8601 for `datetime`, and the city's local date and time.
    pub iso: String,
    pub local: String,
    pub action: String,
}

#[derive(Template)]
#[template(path = "organisations/new.html")]
pub struct OrganisationRequestView {
    pub page: Page,
    pub form: FormState,
    /// How the city verifies organisations (its own words, or empty for the general text).
    pub policy: super::Shown,
}

#[derive(Template)]
#[template(path = "organisations/show.html")]
pub struct OrganisationView {
    pub page: Page,
    pub org: Organisation,
    pub members: Vec<(String, bool)>,
    /// The viewer administers this organisation and may add members.
    pub is_org_admin: bool,
    pub form: FormState,
    /// The viewer belongs to it (may leave).
    pub is_member: bool,
    /// An invitation waits for the viewer.
    pub invited: bool,
    /// What the organisation did in the city: assessments, challenges, comments; newest first.
    pub activity: Vec<ActivityLine>,
}

/// A comment as listed in a staff queue.
pub struct QueueItem {
    pub id: i64,
    pub author: String,
    pub excerpt: String,
    pub lang: String,
    pub state: String,
    pub waited_days: i64,
    pub flags: i64,
    pub reason: String,
    /// Link to the comment on its page.
    pub href: String,
    pub item: String,
    pub department: String,
    /// (reason, note) of each open flag: what the reporters said.
    pub notes: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/moderation.html")]
pub struct ModerationView {
    pub page: Page,
    pub flagged: Vec<QueueItem>,
    pub pending: Vec<QueueItem>,
    /// Recently hidden comments, with their reason, to restore.
    pub hidden: Vec<QueueItem>,
}

impl ModerationView {
    pub fn reasons(&self) -> &'static [crate::domain::feedback::HideReason] {
        crate::domain::feedback::HideReason::ALL
    }
}

#[derive(Template)]
#[template(path = "admin/awaiting.html")]
pub struct AwaitingView {
    pub page: Page,
    pub items: Vec<QueueItem>,
    pub kind: String,
    pub department: String,
    pub departments: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/offline.html")]
pub struct OfflineView {
    pub page: Page,
    pub form: FormState,
    pub targets: Vec<(String, String)>,
}

impl OfflineView {
    pub fn channels(&self) -> Vec<crate::domain::feedback::Channel> {
        crate::domain::feedback::Channel::ALL
            .iter()
            .copied()
            .filter(|c| *c != crate::domain::feedback::Channel::Web)
            .collect()
    }
    pub fn stances(&self) -> &'static [crate::domain::feedback::Stance] {
        crate::domain::feedback::Stance::ALL
    }
    pub fn locales(&self) -> &'static [Locale] {
        Locale::ALL
    }
}

#[derive(Template)]
#[template(path = "admin/consultation_form.html")]
pub struct ConsultationFormView {
    pub page: Page,
    pub heading: String,
    pub action: String,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    pub targets: Vec<(String, String)>,
}

impl ConsultationFormView {
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        vec![("title", false), ("body", true), ("questions", true), ("outcome_heard", true), ("outcome_actions", true)]
    }
}

#[derive(Template)]
#[template(path = "admin/import.html")]
pub struct ImportView {
    pub page: Page,
    pub kind: String,
    /// (line, column, message) of every problem; nothing was stored.
    pub problems: Vec<(usize, String, String)>,
}

/// A verified organisation in the public directory.
pub struct DirectoryEntry {
    pub id: i64,
    pub name: String,
    pub website: String,
    pub description: String,
    pub members: usize,
    pub assessments: usize,
    pub challenges: usize,
}

/// One thing an organisation did, on its public page.
pub struct ActivityLine {
    /// Translated: assessment, challenge, comment.
    pub kind: String,
    /// `C-3`, `P-2`, `K-1`.
    pub reference: String,
    pub title: String,
    pub href: String,
    pub date: String,
    /// Translated rating, claimed status and state, or the comment's start.
    pub detail: String,
    pub at: i64,
}

#[derive(Template)]
#[template(path = "organisations/directory.html")]
pub struct DirectoryView {
    pub page: Page,
    pub organisations: Vec<DirectoryEntry>,
}
