//! Staff publishing: cities, commitments, projects and ledger updates.
//! Inputs are validated here so that every entry point (forms, CLI, demo) obeys the same rules.

use crate::db::cities::{self, Counter, NewCity};
use crate::db::commitments::{self, NewCommitment};
use crate::db::projects::{self, NewProject};
use crate::db::updates::{self, NewUpdate};
use crate::db::{is_unique_violation, Db};
use crate::domain::ledger::LedgerEntry;
use crate::domain::{
    commitment_ref, now_ts, valid_date, valid_http_url, valid_slug, EvidenceLink, Locale,
    ModerationMode, Status, Theme, Translated,
};
use crate::error::{AppError, AppResult, FieldErrors};

const MAX_SHORT: usize = 300;
const MAX_LONG: usize = 20_000;

pub struct CityInput {
    pub slug: String,
    pub name: Translated,
    pub default_locale: Locale,
    pub locales: Vec<Locale>,
    pub time_zone: String,
    pub moderation: ModerationMode,
}

pub async fn create_city(db: &Db, input: &CityInput) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    if !valid_slug(&input.slug) {
        errors.add("slug", "form-invalid-slug");
    }
    if input.name.is_empty() {
        errors.add("name", "form-required");
    }
    if input.time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.add("time_zone", "form-invalid-time-zone");
    }
    errors.into_result()?;
    let mut tx = db.begin().await?;
    let new = NewCity {
        slug: &input.slug,
        name: &input.name,
        default_locale: input.default_locale,
        locales: &input.locales,
        time_zone: &input.time_zone,
        moderation: input.moderation,
        created_at: now_ts(),
    };
    let id = match cities::insert(&mut tx, &new).await {
        Err(e) if is_unique_violation(&e) => {
            let mut errors = FieldErrors::default();
            errors.add("slug", "form-slug-taken");
            return Err(AppError::Invalid(errors));
        }
        other => other?,
    };
    tx.commit().await?;
    Ok(id)
}

#[derive(Debug, Clone, Default)]
pub struct CommitmentInput {
    pub title: Translated,
    pub summary: Translated,
    pub body: Translated,
    pub department: String,
    pub baseline: String,
    pub target: String,
    pub due_date: Option<String>,
    pub kpis: Vec<String>,
    pub themes: Vec<Theme>,
    pub sdgs: Vec<i64>,
}

fn check_translated(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &Translated,
    required: bool,
    max: usize,
) {
    if required && value.is_empty() {
        errors.add(field, "form-required");
    }
    if value.0.values().any(|v| v.chars().count() > max) {
        errors.add(field, "form-too-long");
    }
}

fn check_text(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    required: bool,
    max: usize,
) {
    if required && value.trim().is_empty() {
        errors.add(field, "form-required");
    } else if value.chars().count() > max {
        errors.add(field, "form-too-long");
    }
}

fn check_optional_date(errors: &mut FieldErrors, field: &'static str, value: &Option<String>) {
    if matches!(value, Some(d) if !valid_date(d)) {
        errors.add(field, "form-invalid-date");
    }
}

impl CommitmentInput {
    pub fn validate(&self) -> AppResult<()> {
        let mut errors = FieldErrors::default();
        check_translated(&mut errors, "title", &self.title, true, MAX_SHORT);
        check_translated(&mut errors, "summary", &self.summary, false, MAX_LONG);
        check_translated(&mut errors, "body", &self.body, false, MAX_LONG);
        check_text(&mut errors, "department", &self.department, true, MAX_SHORT);
        check_text(&mut errors, "baseline", &self.baseline, false, MAX_SHORT);
        check_text(&mut errors, "target", &self.target, false, MAX_SHORT);
        check_optional_date(&mut errors, "due_date", &self.due_date);
        if self.sdgs.iter().any(|n| !(1..=17).contains(n)) {
            errors.add("sdgs", "form-invalid-sdg");
        }
        if self.kpis.len() > 50 || self.kpis.iter().any(|k| k.chars().count() > MAX_SHORT) {
            errors.add("kpis", "form-too-long");
        }
        errors.into_result()
    }
}

/// Creates a commitment with the next reference of its city; returns its number (`C-{n}`).
pub async fn create_commitment(db: &Db, city_id: i64, input: &CommitmentInput) -> AppResult<i64> {
    input.validate()?;
    let mut tx = db.begin().await?;
    let ref_no = cities::take_next_number(&mut tx, city_id, Counter::Commitment).await?;
    let new = NewCommitment {
        city_id,
        ref_no,
        title: &input.title,
        summary: &input.summary,
        body: &input.body,
        department: input.department.trim(),
        baseline: input.baseline.trim(),
        target: input.target.trim(),
        due_date: input.due_date.as_deref(),
        kpis: &input.kpis,
        themes: &input.themes,
        sdgs: &input.sdgs,
        created_at: now_ts(),
    };
    commitments::insert(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(ref_no)
}

#[derive(Debug, Clone, Default)]
pub struct ProjectInput {
    pub title: Translated,
    pub body: Translated,
    pub budget_planned: i64,
    pub budget_spent: i64,
    pub currency: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub place_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Commitment numbers (the `n` of `C-n`) this project delivers.
    pub commitments: Vec<i64>,
}

impl ProjectInput {
    pub fn validate(&self) -> AppResult<()> {
        let mut errors = FieldErrors::default();
        check_translated(&mut errors, "title", &self.title, true, MAX_SHORT);
        check_translated(&mut errors, "body", &self.body, false, MAX_LONG);
        if self.budget_planned < 0 {
            errors.add("budget_planned", "form-invalid-number");
        }
        if self.budget_spent < 0 {
            errors.add("budget_spent", "form-invalid-number");
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add("currency", "form-invalid-currency");
        }
        check_optional_date(&mut errors, "start_date", &self.start_date);
        check_optional_date(&mut errors, "end_date", &self.end_date);
        if matches!(self.lat, Some(l) if !(-90.0..=90.0).contains(&l)) {
            errors.add("lat", "form-invalid-number");
        }
        if matches!(self.lon, Some(l) if !(-180.0..=180.0).contains(&l)) {
            errors.add("lon", "form-invalid-number");
        }
        errors.into_result()
    }
}

pub async fn create_project(db: &Db, city_id: i64, input: &ProjectInput) -> AppResult<i64> {
    input.validate()?;
    let mut commitment_ids = Vec::new();
    for n in &input.commitments {
        match commitments::by_ref(db, city_id, *n).await? {
            Some(c) => commitment_ids.push(c.row.id),
            None => {
                let mut errors = FieldErrors::default();
                errors.add("commitments", "form-unknown-commitment");
                return Err(AppError::Invalid(errors));
            }
        }
    }
    let mut tx = db.begin().await?;
    let ref_no = cities::take_next_number(&mut tx, city_id, Counter::Project).await?;
    let new = NewProject {
        city_id,
        ref_no,
        title: &input.title,
        body: &input.body,
        budget_planned: input.budget_planned,
        budget_spent: input.budget_spent,
        currency: &input.currency,
        start_date: input.start_date.as_deref(),
        end_date: input.end_date.as_deref(),
        place_name: input.place_name.as_deref(),
        lat: input.lat,
        lon: input.lon,
        commitment_ids: &commitment_ids,
        created_at: now_ts(),
    };
    projects::insert(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(ref_no)
}

/// What an update is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Commitment(i64),
    Project(i64),
}

impl Target {
    pub fn label(self) -> String {
        match self {
            Target::Commitment(n) => commitment_ref(n),
            Target::Project(n) => format!("P-{n}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct UpdateInput {
    pub target: Target,
    pub status: Status,
    pub progress: i64,
    pub text: Translated,
    pub evidence: Vec<EvidenceLink>,
    pub publisher: String,
    pub corrects_seq: Option<i64>,
    /// Publication time; `None` means now. Set only by the demo loader and importers.
    pub at: Option<i64>,
}

/// Appends an update to the city's ledger and makes its status/progress current.
/// Returns the ledger sequence number.
pub async fn publish_update(
    db: &Db,
    city_id: i64,
    city_slug: &str,
    input: &UpdateInput,
) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    if !(0..=100).contains(&input.progress) {
        errors.add("progress", "form-invalid-progress");
    }
    check_translated(&mut errors, "text", &input.text, true, MAX_LONG);
    check_text(&mut errors, "publisher", &input.publisher, true, MAX_SHORT);
    if input.evidence.len() > 20
        || input.evidence.iter().any(|e| {
            e.label.trim().is_empty()
                || e.label.chars().count() > MAX_SHORT
                || !valid_http_url(&e.url)
        })
    {
        errors.add("evidence", "form-invalid-url");
    }
    if let Some(seq) = input.corrects_seq {
        let corrected = updates::by_seq(db, city_id, seq).await?;
        if corrected
            .map(|u| u.target != input.target.label())
            .unwrap_or(true)
        {
            errors.add("corrects", "form-unknown-update");
        }
    }
    let (commitment_id, project_id) = match input.target {
        Target::Commitment(n) => match commitments::by_ref(db, city_id, n).await? {
            Some(c) => (Some(c.row.id), None),
            None => {
                return Err(AppError::CommitmentNotFound(
                    city_slug.to_string(),
                    commitment_ref(n),
                ))
            }
        },
        Target::Project(n) => match projects::by_ref(db, city_id, n).await? {
            Some(p) => (None, Some(p.id)),
            None => return Err(AppError::ProjectNotFound(city_slug.to_string())),
        },
    };
    errors.into_result()?;

    let created_at = input.at.unwrap_or_else(now_ts);
    let target = input.target.label();
    let mut tx = db.begin().await?;
    // Taking the sequence number first locks the city's ledger until commit.
    let seq = cities::take_next_number(&mut tx, city_id, Counter::Ledger).await?;
    let prev_hash = updates::hash_of(&mut tx, city_id, seq - 1).await?;
    let hash = LedgerEntry {
        city: city_slug,
        seq,
        target: &target,
        status: input.status.id(),
        progress: input.progress,
        text: &input.text,
        evidence: &input.evidence,
        publisher: input.publisher.trim(),
        corrects: input.corrects_seq,
        created_at,
        prev_hash: &prev_hash,
    }
    .hash();
    let new = NewUpdate {
        city_id,
        seq,
        commitment_id,
        project_id,
        target: &target,
        status: input.status.id(),
        progress: input.progress,
        text: &input.text,
        evidence: &input.evidence,
        publisher: input.publisher.trim(),
        corrects_seq: input.corrects_seq,
        created_at,
        prev_hash: &prev_hash,
        hash: &hash,
    };
    updates::insert(&mut tx, &new).await?;
    match (commitment_id, project_id) {
        (Some(id), _) => {
            commitments::set_current(&mut tx, id, input.status.id(), input.progress, created_at)
                .await?
        }
        (_, Some(id)) => {
            projects::set_current(&mut tx, id, input.status.id(), input.progress, created_at)
                .await?
        }
        _ => unreachable!("an update always has exactly one target"),
    }
    tx.commit().await?;
    Ok(seq)
}
