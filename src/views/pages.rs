//! Template structs for the public pages, and the view models they display.

use super::isolate;
use super::{format_date, format_datetime_iso, Page, Shown};
use crate::db::commitments::{Commitment, CommitmentRow};
use crate::db::projects::Project;
use crate::db::updates::Update;
use crate::domain::{commitment_ref, EvidenceLink, Locale, Status, Theme, Translated};
use crate::i18n::I18n;
use askama::Template;

pub struct CityCard {
    pub slug: String,
    pub name: Shown,
    pub commitments: i64,
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomeView {
    pub page: Page,
    pub cities: Vec<CityCard>,
}

pub struct CommitmentCard {
    pub reference: String,
    pub title: Shown,
    pub summary: Shown,
    pub status: String,
    pub progress: i64,
    pub due_date: Option<String>,
    pub overdue: bool,
    pub department: String,
    pub themes: Vec<String>,
    pub sdgs: Vec<i64>,
    /// Top-level comments shown on its page (lists fill it in from one query).
    pub comments: i64,
}

impl CommitmentCard {
    pub fn new(c: &Commitment, locale: Locale, city_default: Locale, today: &str) -> Self {
        CommitmentCard {
            reference: c.reference(),
            title: Shown::of(&c.title(), locale, city_default),
            summary: Shown::of(&Translated::from_json(&c.row.summary), locale, city_default),
            status: c.row.status.clone(),
            progress: c.row.progress,
            due_date: c.row.due_date.clone(),
            overdue: c.is_overdue(today),
            department: c.row.department.clone(),
            themes: c.themes.clone(),
            sdgs: c.sdgs.clone(),
            comments: 0,
        }
    }
}

/// A link to a commitment, as listed on a project page.
pub struct CommitmentLink {
    pub reference: String,
    pub title: Shown,
    pub status: String,
}

impl CommitmentLink {
    pub fn new(c: &CommitmentRow, locale: Locale, city_default: Locale) -> Self {
        CommitmentLink {
            reference: commitment_ref(c.ref_no),
            title: Shown::of(&Translated::from_json(&c.title), locale, city_default),
            status: c.status.clone(),
        }
    }
}

pub struct ProjectCard {
    pub ref_no: i64,
    pub title: Shown,
    pub status: String,
    pub progress: i64,
    pub budget_planned: i64,
    pub budget_spent: i64,
    pub currency: String,
    pub spent_percent: i64,
    pub place_name: Option<String>,
}

impl ProjectCard {
    pub fn new(p: &Project, locale: Locale, city_default: Locale) -> Self {
        ProjectCard {
            ref_no: p.ref_no,
            title: Shown::of(&p.title(), locale, city_default),
            status: p.status.clone(),
            progress: p.progress,
            budget_planned: p.budget_planned,
            budget_spent: p.budget_spent,
            currency: p.currency.clone(),
            spent_percent: p.spent_percent(),
            place_name: p.place_name.clone(),
        }
    }
}

pub struct UpdateView {
    pub seq: i64,
    pub target: String,
    /// Link to the commitment or project page, relative to the city.
    pub target_href: String,
    pub status: String,
    pub progress: i64,
    pub text: Shown,
    pub evidence: Vec<EvidenceLink>,
    pub publisher: String,
    pub date: String,
    pub datetime: String,
    pub hash: String,
    pub prev_hash: String,
    pub corrects: Option<i64>,
    /// The later update that corrects this one, when there is one.
    pub corrected_by: Option<i64>,
}

impl UpdateView {
    /// Marks each update that a later one in `timeline` corrects, so it reads as corrected.
    pub fn mark_corrections(timeline: &mut [UpdateView]) {
        let corrections: Vec<(i64, i64)> = timeline.iter().filter_map(|u| u.corrects.map(|c| (c, u.seq))).collect();
        for u in timeline.iter_mut() {
            u.corrected_by = corrections.iter().filter(|(c, _)| *c == u.seq).map(|(_, by)| *by).max();
        }
    }

    pub fn published_line(&self, i18n: &I18n) -> String {
        i18n.targs("update-published", &[("date", &isolate(&i18n.date(&self.date))), ("publisher", &self.publisher)])
    }

    pub fn new(u: &Update, locale: Locale, city_default: Locale, time_zone: &str) -> Self {
        // Relative to the city's pages: `commitments/C-3`, `projects/2`.
        let target_href = crate::domain::items::ItemRef::parse(&u.target)
            .map(crate::domain::items::ItemRef::city_path)
            .unwrap_or_default();
        UpdateView {
            seq: u.seq,
            target: u.target.clone(),
            target_href,
            status: u.status.clone(),
            progress: u.progress,
            text: Shown::of(&u.text(), locale, city_default),
            evidence: u.evidence(),
            publisher: u.publisher.clone(),
            date: format_date(u.created_at, time_zone),
            datetime: format_datetime_iso(u.created_at),
            hash: u.hash.clone(),
            prev_hash: u.prev_hash.clone(),
            corrects: u.corrects_seq,
            corrected_by: None,
        }
    }
}

pub struct StatusCount {
    pub status: String,
    pub count: i64,
}

/// An update in a short list (the city overview), with the title of its item.
pub struct LatestUpdate {
    pub u: UpdateView,
    pub title: Shown,
}

/// A commitment in the overview's "overdue" and "due next" lists.
pub struct DueCommitment {
    pub reference: String,
    pub title: Shown,
    pub status: String,
    pub due_date: String,
}

impl DueCommitment {
    pub fn new(c: &CommitmentRow, locale: Locale, city_default: Locale) -> Self {
        DueCommitment {
            reference: commitment_ref(c.ref_no),
            title: Shown::of(&Translated::from_json(&c.title), locale, city_default),
            status: c.status.clone(),
            due_date: c.due_date.clone().unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "city.html")]
pub struct CityView {
    pub page: Page,
    pub city_name: Shown,
    pub status_counts: Vec<StatusCount>,
    pub total: i64,
    pub latest: Vec<LatestUpdate>,
    /// Where every update of the city is listed, newest first.
    pub all_updates: String,
    /// The first few overdue commitments (longest overdue first) and how many there are.
    pub overdue: Vec<DueCommitment>,
    pub overdue_total: usize,
    /// The next few commitments due.
    pub due_next: Vec<DueCommitment>,
    pub consultations: Vec<ConsultationCard>,
}

/// The state of the filter form, so it shows what is applied.
pub struct FilterForm {
    pub status: String,
    pub theme: String,
    pub sdg: Option<i64>,
}

impl FilterForm {
    pub fn is_active(&self) -> bool {
        !self.status.is_empty() || !self.theme.is_empty() || self.sdg.is_some()
    }
    pub fn statuses(&self) -> &'static [Status] {
        Status::ALL
    }
    pub fn themes(&self) -> &'static [Theme] {
        Theme::ALL
    }
    pub fn sdg_numbers(&self) -> Vec<i64> {
        (1..=17).collect()
    }
    pub fn sdg_selected(&self, n: &i64) -> bool {
        self.sdg == Some(*n)
    }
}

#[derive(Template)]
#[template(path = "commitments.html")]
pub struct CommitmentsView {
    pub page: Page,
    pub city_name: Shown,
    pub filter: FilterForm,
    pub items: Vec<CommitmentCard>,
}

#[derive(Template)]
#[template(path = "commitment.html")]
pub struct CommitmentView {
    pub page: Page,
    pub c: CommitmentCard,
    pub body: Shown,
    pub baseline: String,
    pub target: String,
    pub kpis: Vec<String>,
    /// Measured indicators linked to the commitment, with their latest value and trend.
    pub indicators: Vec<LinkedIndicator>,
    pub timeline: Vec<UpdateView>,
    pub projects: Vec<ProjectCard>,
    pub assessments: Vec<crate::views::feedback::AssessmentView>,
    /// Verified organisations the viewer may assess for (empty: no form).
    pub assess_as: Vec<(i64, String)>,
    pub assess_form: crate::views::forms::FormState,
    pub challenges: Vec<ChallengeCard>,
    /// Where a member of a verified organisation contests the status (None: not offered).
    pub challenge_link: Option<String>,
    pub discussion: crate::views::feedback::CommentsSection,
}

impl CommitmentView {
    pub fn ratings(&self) -> &'static [crate::domain::feedback::Rating] {
        crate::domain::feedback::Rating::ALL
    }
    pub fn evidence_rows(&self) -> [usize; 3] {
        [1, 2, 3]
    }
    /// The first evidence row carries `f-evidence`, where the error summary's "Evidence" leads.
    pub fn evidence_label_id(&self, row: &usize) -> String {
        if *row == 1 {
            "f-evidence".to_string()
        } else {
            format!("f-a-evidence_label_{row}")
        }
    }
}

/// An indicator on a commitment's page.
pub struct LinkedIndicator {
    pub code: String,
    pub name: Shown,
    pub href: String,
    /// "12.5 %" and its date.
    pub latest: Option<(String, String)>,
    pub trend: &'static str,
}

#[derive(Template)]
#[template(path = "projects.html")]
pub struct ProjectsView {
    pub page: Page,
    pub city_name: Shown,
    pub items: Vec<ProjectCard>,
}

#[derive(Template)]
#[template(path = "project.html")]
pub struct ProjectView {
    pub page: Page,
    pub p: ProjectCard,
    pub body: Shown,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub coordinates: Option<String>,
    pub commitments: Vec<CommitmentLink>,
    pub timeline: Vec<UpdateView>,
    pub challenges: Vec<ChallengeCard>,
    pub challenge_link: Option<String>,
    pub discussion: crate::views::feedback::CommentsSection,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorView {
    pub page: Page,
    pub heading: String,
    pub message: String,
    /// (href, label) pairs that help the visitor on.
    pub links: Vec<(String, String)>,
}

pub struct ConsultationCard {
    pub ref_no: i64,
    pub title: Shown,
    pub phase: &'static str,
    pub opens: String,
    pub closes: String,
}

impl ConsultationCard {
    pub fn dates_line(&self, i18n: &I18n) -> String {
        let (opens, closes) = (isolate(&i18n.date_time(&self.opens)), isolate(&i18n.date_time(&self.closes)));
        i18n.targs("consultation-dates", &[("opens", &opens), ("closes", &closes)])
    }
}

#[derive(Template)]
#[template(path = "consultations.html")]
pub struct ConsultationsView {
    pub page: Page,
    pub items: Vec<ConsultationCard>,
}

#[derive(Template)]
#[template(path = "consultation.html")]
pub struct ConsultationView {
    pub page: Page,
    pub k: ConsultationCard,
    pub body: Shown,
    pub questions: Vec<String>,
    /// Link (relative to the city) and label of the commitment or project it is about.
    pub about: Option<(String, String)>,
    pub outcome_heard: Shown,
    pub outcome_actions: Shown,
    /// (comments, participants, organisations)
    pub participation: (i64, i64, i64),
    pub discussion: crate::views::feedback::CommentsSection,
    pub questionnaire: crate::views::questionnaires::QuestionnaireSection,
}

/// A formal challenge to an item's official status, as shown beside it and in the list.
pub struct ChallengeCard {
    pub id: i64,
    /// `C-3` and the link to the item (with the locale), for the city-wide list.
    pub item: String,
    pub item_href: String,
    pub organisation: String,
    pub official_status: String,
    pub claimed_status: String,
    pub body: String,
    pub evidence: Vec<EvidenceLink>,
    /// `open`, `overdue`, `upheld` or `rejected`.
    pub state: &'static str,
    /// ISO dates (`2026-11-25`), written out in the reader's language by `opened_line` and `due_line`.
    pub opened: String,
    /// The day the city's answer is due.
    pub due: String,
    pub answer: Option<String>,
    pub department: Option<String>,
    pub correcting_seq: Option<i64>,
}

impl ChallengeCard {
    pub fn new(
        c: &crate::db::challenges::Challenge,
        city: &crate::db::cities::City,
        now: i64,
        item: String,
        item_href: String,
    ) -> Self {
        let state = if c.is_overdue(now, city.response_days) { "overdue" } else { c.state.id() };
        ChallengeCard {
            id: c.id,
            item,
            item_href,
            organisation: c.organisation_name.clone(),
            official_status: c.official_status.clone(),
            claimed_status: c.claimed_status.clone(),
            body: c.body.clone(),
            evidence: c.evidence(),
            state,
            opened: format_date(c.created_at, &city.time_zone),
            due: format_date(c.created_at + city.response_days * 86_400, &city.time_zone),
            answer: c.answer.clone(),
            department: c.department.clone(),
            correcting_seq: c.correcting_seq,
        }
    }
}

impl ChallengeCard {
    pub fn opened_line(&self, i18n: &I18n) -> String {
        i18n.ts("challenge-opened", "date", &isolate(&i18n.date(&self.opened)))
    }
    pub fn due_line(&self, i18n: &I18n) -> String {
        i18n.ts("challenge-due", "date", &isolate(&i18n.date(&self.due)))
    }
}

#[derive(Template)]
#[template(path = "challenges.html")]
pub struct ChallengesView {
    pub page: Page,
    pub challenges: Vec<ChallengeCard>,
    /// The state filter (empty: all).
    pub state: String,
}

impl ChallengesView {
    pub fn is_state(&self, s: &str) -> bool {
        self.state == s
    }
    pub fn states(&self) -> &'static [&'static str] {
        &["open", "overdue", "upheld", "rejected"]
    }
}

#[derive(Template)]
#[template(path = "challenges/new.html")]
pub struct ChallengeFormView {
    pub page: Page,
    pub item: String,
    pub action: String,
    pub official_status: String,
    pub response_days: i64,
    pub organisations: Vec<(i64, String)>,
    pub form: crate::views::forms::FormState,
}

impl ChallengeFormView {
    pub fn statuses(&self) -> &'static [Status] {
        Status::ALL
    }
    pub fn rows(&self) -> [usize; 3] {
        [1, 2, 3]
    }
}

#[derive(Template)]
#[template(path = "admin/challenge_answer.html")]
pub struct ChallengeAnswerView {
    pub page: Page,
    pub item: String,
    pub ch: ChallengeCard,
    pub departments: Vec<String>,
    pub form: crate::views::forms::FormState,
}
