//! Staff publishing: cities, commitments, projects and ledger updates.
//! Inputs are validated here so that every entry point (forms, CLI, demo) obeys the same rules.

use crate::db::cities::{self, Counter};
use crate::db::commitments::{self, NewCommitment};
use crate::db::projects::{self, NewProject};
use crate::db::updates::{self, NewUpdate};
use crate::db::{audit, changes, departments, Db};
use crate::domain::ledger::LedgerEntry;
use crate::domain::{commitment_ref, now_ts, valid_date, valid_http_url, EvidenceLink, Status, Theme, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::notify::{self, Event};

pub(crate) const MAX_SHORT: usize = 300;
pub(crate) const MAX_LONG: usize = 20_000;

pub use super::cities::{create_city, CityInput};

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

pub(crate) fn check_translated(
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

pub(crate) fn check_text(errors: &mut FieldErrors, field: &'static str, value: &str, required: bool, max: usize) {
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

impl CommitmentInput {
    /// The row to insert or update, with the city's number for it.
    pub(crate) fn record(&self, city_id: i64, ref_no: i64, created_at: i64) -> NewCommitment<'_> {
        NewCommitment {
            city_id,
            ref_no,
            title: &self.title,
            summary: &self.summary,
            body: &self.body,
            department: self.department.trim(),
            baseline: self.baseline.trim(),
            target: self.target.trim(),
            due_date: self.due_date.as_deref(),
            kpis: &self.kpis,
            themes: &self.themes,
            sdgs: &self.sdgs,
            created_at,
        }
    }
}

/// Creates a commitment with the next reference of its city; returns its number (`C-{n}`).
pub async fn create_commitment(db: &Db, city_id: i64, input: &CommitmentInput, actor: Option<i64>) -> AppResult<i64> {
    input.validate()?;
    let mut tx = db.begin().await?;
    let ref_no = cities::take_next_number(&mut tx, city_id, Counter::Commitment).await?;
    let new = input.record(city_id, ref_no, now_ts());
    let id = commitments::insert(&mut tx, &new).await?;
    departments::add(&mut tx, city_id, input.department.trim(), now_ts()).await?;
    changes::record(&mut tx, "commitment", id, "upsert").await?;
    audit::record(&mut tx, Some(city_id), actor, "commitment.create", &commitment_ref(ref_no)).await?;
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

impl ProjectInput {
    /// The row to insert or update, with the city's number and the linked commitments' ids.
    pub(crate) fn record<'a>(
        &'a self,
        city_id: i64,
        ref_no: i64,
        commitment_ids: &'a [i64],
        created_at: i64,
    ) -> NewProject<'a> {
        NewProject {
            city_id,
            ref_no,
            title: &self.title,
            body: &self.body,
            budget_planned: self.budget_planned,
            budget_spent: self.budget_spent,
            currency: &self.currency,
            start_date: self.start_date.as_deref(),
            end_date: self.end_date.as_deref(),
            place_name: self.place_name.as_deref(),
            lat: self.lat,
            lon: self.lon,
            commitment_ids,
            created_at,
        }
    }
}

pub async fn create_project(db: &Db, city_id: i64, input: &ProjectInput, actor: Option<i64>) -> AppResult<i64> {
    input.validate()?;
    let commitment_ids = commitment_ids(db, city_id, &input.commitments).await?;
    let mut tx = db.begin().await?;
    let ref_no = cities::take_next_number(&mut tx, city_id, Counter::Project).await?;
    let new = input.record(city_id, ref_no, &commitment_ids, now_ts());
    let id = projects::insert(&mut tx, &new).await?;
    changes::record(&mut tx, "project", id, "upsert").await?;
    audit::record(&mut tx, Some(city_id), actor, "project.create", &format!("P-{ref_no}")).await?;
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
/// Followers of the item are notified (in the same transaction) with links under `base_url`.
pub async fn publish_update(
    db: &Db,
    base_url: &str,
    city_id: i64,
    city_slug: &str,
    input: &UpdateInput,
    actor: Option<i64>,
) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    if !(0..=100).contains(&input.progress) {
        errors.add("progress", "form-invalid-progress");
    }
    check_translated(&mut errors, "text", &input.text, true, MAX_LONG);
    check_text(&mut errors, "publisher", &input.publisher, true, MAX_SHORT);
    if input.evidence.len() > 20
        || input
            .evidence
            .iter()
            .any(|e| e.label.trim().is_empty() || e.label.chars().count() > MAX_SHORT || !valid_http_url(&e.url))
    {
        errors.add("evidence", "form-invalid-url");
    }
    if let Some(seq) = input.corrects_seq {
        let corrected = updates::by_seq(db, city_id, seq).await?;
        if corrected.map(|u| u.target != input.target.label()).unwrap_or(true) {
            errors.add("corrects", "form-unknown-update");
        }
    }
    let (commitment_id, project_id, title) = match input.target {
        Target::Commitment(n) => match commitments::by_ref(db, city_id, n).await? {
            Some(c) => (Some(c.row.id), None, c.title()),
            None => return Err(AppError::CommitmentNotFound(city_slug.to_string(), commitment_ref(n))),
        },
        Target::Project(n) => match projects::by_ref(db, city_id, n).await? {
            Some(p) => (None, Some(p.id), p.title()),
            None => return Err(AppError::ProjectNotFound(city_slug.to_string())),
        },
    };
    errors.into_result()?;
    let city = cities::by_id(db, city_id).await?.ok_or(AppError::NotFound)?;

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
    let update_id = updates::insert(&mut tx, &new).await?;
    changes::record(&mut tx, "update", update_id, "upsert").await?;
    let (follow_type, follow_id, path) = match (commitment_id, project_id, input.target) {
        (Some(id), _, Target::Commitment(n)) => {
            ("commitment", id, format!("/{city_slug}/commitments/C-{n}#update-{seq}"))
        }
        (_, Some(id), Target::Project(n)) => ("project", id, format!("/{city_slug}/projects/{n}#update-{seq}")),
        _ => unreachable!("an update always has exactly one target"),
    };
    let about = notify::About::new(&city, target.clone(), title);
    let event =
        Event::NewUpdate { about: &about, status: input.status.id(), progress: input.progress, text: &input.text };
    notify::followers_of(&mut tx, base_url, follow_type, follow_id, None, &event, &path).await?;
    match (commitment_id, project_id) {
        (Some(id), _) => commitments::set_current(&mut tx, id, input.status.id(), input.progress, created_at).await?,
        (_, Some(id)) => projects::set_current(&mut tx, id, input.status.id(), input.progress, created_at).await?,
        _ => unreachable!("an update always has exactly one target"),
    }
    audit::record(&mut tx, Some(city_id), actor, "update.publish", &format!("#{seq} {target}")).await?;
    tx.commit().await?;
    Ok(seq)
}

/// Edits a commitment's description; returns false when it does not exist.
pub async fn edit_commitment(
    db: &Db,
    city_id: i64,
    ref_no: i64,
    input: &CommitmentInput,
    actor: Option<i64>,
) -> AppResult<bool> {
    input.validate()?;
    let Some(existing) = commitments::by_ref(db, city_id, ref_no).await? else { return Ok(false) };
    let mut tx = db.begin().await?;
    let new = input.record(city_id, ref_no, existing.row.created_at);
    commitments::update(&mut tx, existing.row.id, &new).await?;
    departments::add(&mut tx, city_id, input.department.trim(), now_ts()).await?;
    changes::record(&mut tx, "commitment", existing.row.id, "upsert").await?;
    let mut themes: Vec<String> = input.themes.iter().map(|t| t.id().to_string()).collect();
    let (mut old_themes, mut sdgs, mut old_sdgs) = (existing.themes.clone(), input.sdgs.clone(), existing.sdgs.clone());
    themes.sort();
    old_themes.sort();
    sdgs.sort_unstable();
    old_sdgs.sort_unstable();
    if themes != old_themes || sdgs != old_sdgs {
        // Search filters and report figures by thematic area read the comments' documents.
        changes::record_comments_under(&mut tx, "commitment", existing.row.id).await?;
    }
    audit::record(&mut tx, Some(city_id), actor, "commitment.edit", &commitment_ref(ref_no)).await?;
    tx.commit().await?;
    Ok(true)
}

async fn commitment_ids(db: &Db, city_id: i64, numbers: &[i64]) -> AppResult<Vec<i64>> {
    let mut ids = Vec::new();
    for n in numbers {
        match commitments::by_ref(db, city_id, *n).await? {
            Some(c) => ids.push(c.row.id),
            None => {
                let mut errors = FieldErrors::default();
                errors.add("commitments", "form-unknown-commitment");
                return Err(AppError::Invalid(errors));
            }
        }
    }
    Ok(ids)
}

/// Edits a project's description and links; returns false when it does not exist.
pub async fn edit_project(
    db: &Db,
    city_id: i64,
    ref_no: i64,
    input: &ProjectInput,
    actor: Option<i64>,
) -> AppResult<bool> {
    input.validate()?;
    let Some(existing) = projects::by_ref(db, city_id, ref_no).await? else { return Ok(false) };
    let commitment_ids = commitment_ids(db, city_id, &input.commitments).await?;
    let mut tx = db.begin().await?;
    let new = input.record(city_id, ref_no, &commitment_ids, existing.created_at);
    let mut linked_before: Vec<i64> = commitments::for_project(db, existing.id).await?.iter().map(|c| c.id).collect();
    let mut linked_now = commitment_ids.clone();
    linked_before.sort_unstable();
    linked_now.sort_unstable();
    projects::update(&mut tx, existing.id, &new).await?;
    changes::record(&mut tx, "project", existing.id, "upsert").await?;
    if linked_before != linked_now {
        // The project's comments inherit the thematic areas of the commitments it serves.
        changes::record_comments_under(&mut tx, "project", existing.id).await?;
    }
    audit::record(&mut tx, Some(city_id), actor, "project.edit", &format!("P-{ref_no}")).await?;
    tx.commit().await?;
    Ok(true)
}

#[derive(Debug, Clone, Default)]
pub struct ConsultationInput {
    pub title: Translated,
    pub body: Translated,
    /// One guiding question per line, per language.
    pub questions: Translated,
    /// `C-n` or `P-n` it is about, if any.
    pub about: Option<Target>,
    /// Local date-times in the city's time zone: `YYYY-MM-DDTHH:MM`.
    pub opens: String,
    pub closes: String,
    pub outcome_heard: Translated,
    pub outcome_actions: Translated,
}

/// A local `YYYY-MM-DDTHH:MM` (as `<input type="datetime-local">` sends it) in `tz`, as UTC seconds.
pub fn parse_local_time(s: &str, tz: &str) -> Option<i64> {
    use chrono::TimeZone;
    let tz: chrono_tz::Tz = tz.parse().ok()?;
    let naive = chrono::NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%d %H:%M"))
        .ok()?;
    tz.from_local_datetime(&naive).earliest().map(|d| d.timestamp())
}

/// Validates and saves a consultation (new when `ref_no` is None); returns its number.
pub async fn save_consultation(
    db: &Db,
    base_url: &str,
    city: &crate::db::cities::City,
    ref_no: Option<i64>,
    input: &ConsultationInput,
    actor: Option<i64>,
) -> AppResult<i64> {
    use crate::db::consultations::{self, NewConsultation};
    let mut errors = FieldErrors::default();
    check_translated(&mut errors, "title", &input.title, true, MAX_SHORT);
    check_translated(&mut errors, "body", &input.body, false, MAX_LONG);
    check_translated(&mut errors, "questions", &input.questions, false, MAX_LONG);
    check_translated(&mut errors, "outcome_heard", &input.outcome_heard, false, MAX_LONG);
    check_translated(&mut errors, "outcome_actions", &input.outcome_actions, false, MAX_LONG);
    let opens = parse_local_time(&input.opens, &city.time_zone);
    let closes = parse_local_time(&input.closes, &city.time_zone);
    let times = match (opens, closes) {
        (Some(o), Some(c)) if c > o => Some((o, c)),
        (Some(_), Some(_)) => {
            errors.add("closes", "form-closes-before-opens");
            None
        }
        (o, c) => {
            if o.is_none() {
                errors.add("opens", "form-invalid-datetime");
            }
            if c.is_none() {
                errors.add("closes", "form-invalid-datetime");
            }
            None
        }
    };
    let (mut commitment_id, mut project_id) = (None, None);
    match input.about {
        Some(Target::Commitment(n)) => match commitments::by_ref(db, city.id, n).await? {
            Some(c) => commitment_id = Some(c.row.id),
            None => errors.add("about", "form-invalid-choice"),
        },
        Some(Target::Project(n)) => match projects::by_ref(db, city.id, n).await? {
            Some(p) => project_id = Some(p.id),
            None => errors.add("about", "form-invalid-choice"),
        },
        None => {}
    }
    let Some((opens, closes)) = times else { return Err(AppError::Invalid(errors)) };
    errors.into_result()?;
    let new = NewConsultation {
        city_id: city.id,
        title: &input.title,
        body: &input.body,
        questions: &input.questions,
        commitment_id,
        project_id,
        opens_at: opens,
        closes_at: closes,
        outcome_heard: &input.outcome_heard,
        outcome_actions: &input.outcome_actions,
    };
    let mut tx = db.begin().await?;
    let (n, id) = match ref_no {
        Some(n) => {
            let existing = consultations::by_ref(db, city.id, n).await?.ok_or(AppError::NotFound)?;
            consultations::update(&mut tx, existing.id, &new).await?;
            if (existing.commitment_id, existing.project_id) != (commitment_id, project_id) {
                // Its comments inherit the thematic areas of the item it is about.
                changes::record_comments_under(&mut tx, "consultation", existing.id).await?;
            }
            // Written answers are found by search from the closing time on: a new time re-dates them.
            if existing.closes_at != closes {
                changes::record_answers_of(&mut tx, existing.id).await?;
            }
            // The outcome of a closed consultation goes to everyone who took part, once.
            if closes <= now_ts() {
                let saved =
                    consultations::Consultation { title: input.title.to_json(), closes_at: closes, ..existing.clone() };
                crate::services::questionnaires::queue_outcome_mail(
                    &mut tx,
                    db,
                    base_url,
                    city,
                    &saved,
                    &input.outcome_heard,
                    &input.outcome_actions,
                )
                .await?;
            }
            (n, existing.id)
        }
        None => {
            let n = cities::take_next_number(&mut tx, city.id, Counter::Consultation).await?;
            (n, consultations::insert(&mut tx, n, &new, now_ts()).await?)
        }
    };
    changes::record(&mut tx, "consultation", id, "upsert").await?;
    audit::record(&mut tx, Some(city.id), actor, "consultation.save", &format!("K-{n}")).await?;
    tx.commit().await?;
    Ok(n)
}
