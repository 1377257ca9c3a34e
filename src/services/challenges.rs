//! Civil society contests an official status: a member of a verified organisation opens a
//! challenge with a claimed status and evidence; the city answers within its `response_days`,
//! upholding it (naming the update that corrects the status) or rejecting it with a reason and
//! a department. The organisation's members and the item's followers are told at each step.

use super::feedback::Target;
use super::notify::{self, Event};
use crate::db::challenges::{self, Challenge, NewChallenge};
use crate::db::cities::City;
use crate::db::{audit, commitments, organisations, projects, updates, Db};
use crate::domain::feedback::{ChallengeState, TargetType};
use crate::domain::{now_ts, valid_http_url, EvidenceLink, Status};
use crate::error::{AppError, AppResult, FieldErrors};

pub struct ChallengeInput {
    pub organisation_id: Option<i64>,
    pub claimed_status: Option<Status>,
    pub body: String,
    pub evidence: Vec<EvidenceLink>,
}

/// The item's current official status.
pub async fn official_status(db: &Db, city: &City, target: &Target) -> AppResult<String> {
    let n = crate::domain::items::ItemRef::parse(&target.label).map(|r| r.number()).ok_or(AppError::NotFound)?;
    Ok(match target.kind {
        TargetType::Commitment => commitments::by_ref(db, city.id, n).await?.ok_or(AppError::NotFound)?.row.status,
        TargetType::Project => projects::by_ref(db, city.id, n).await?.ok_or(AppError::NotFound)?.status,
        _ => return Err(AppError::NotFound),
    })
}

pub async fn open(
    db: &Db,
    base_url: &str,
    city: &City,
    target: &Target,
    author_id: i64,
    input: &ChallengeInput,
) -> AppResult<i64> {
    if !matches!(target.kind, TargetType::Commitment | TargetType::Project) {
        return Err(AppError::NotFound);
    }
    // Only a member of a verified organisation of this city may challenge.
    let Some(organisation_id) = input.organisation_id else { return Err(AppError::Forbidden) };
    let org = organisations::by_id(db, city.id, organisation_id).await?;
    let member = organisations::membership(db, organisation_id, author_id).await?.is_some();
    let Some(org) = org.filter(|o| o.is_verified() && member) else { return Err(AppError::Forbidden) };
    let official = official_status(db, city, target).await?;
    let mut errors = FieldErrors::default();
    match input.claimed_status {
        None => errors.add("claimed_status", "form-invalid-choice"),
        Some(s) if s.id() == official => errors.add("claimed_status", "form-challenge-same-status"),
        _ => {}
    }
    let body = crate::domain::feedback::clean_body(&input.body);
    if let Some(problem) = crate::domain::feedback::comment_body_problem(&body) {
        errors.add("body", problem);
    }
    if input.evidence.is_empty() {
        errors.add("evidence", "form-challenge-evidence");
    } else if input.evidence.len() > 10
        || input
            .evidence
            .iter()
            .any(|e| e.label.trim().is_empty() || e.label.chars().count() > 300 || !valid_http_url(&e.url))
    {
        errors.add("evidence", "form-invalid-url");
    }
    let open_already = challenges::for_item(db, target.kind.id(), target.id)
        .await?
        .iter()
        .any(|c| c.organisation_id == org.id && c.state == ChallengeState::Open);
    if open_already {
        errors.add("organisation_id", "form-challenge-open");
    }
    let Some(claimed) = input.claimed_status else { return Err(AppError::Invalid(errors)) };
    errors.into_result()?;
    let evidence = serde_json::to_string(&input.evidence).map_err(anyhow::Error::from)?;
    let about = super::feedback::about(db, city, target).await?;
    let mut tx = db.begin().await?;
    let new = NewChallenge {
        city_id: city.id,
        target_type: target.kind.id(),
        target_id: target.id,
        organisation_id: org.id,
        author_id,
        official_status: &official,
        claimed_status: claimed.id(),
        body: &body,
        evidence: &evidence,
        created_at: now_ts(),
    };
    let id = match challenges::insert(&mut tx, &new).await {
        // Two members of the organisation raced: the unique index keeps one open challenge.
        Err(e) if crate::db::is_unique_violation(&e) => {
            let mut errors = FieldErrors::default();
            errors.add("organisation_id", "form-challenge-open");
            return Err(AppError::Invalid(errors));
        }
        other => other?,
    };
    crate::db::changes::record(&mut tx, "challenge", id, "insert").await?;
    let members = organisations::member_ids(db, org.id).await?;
    let event = Event::ChallengeOpened { about: &about, organisation: &org.name, text: &body };
    let path = format!("{}#challenge-{id}", target.path);
    notify::followers_and(&mut tx, base_url, target.kind.id(), target.id, &members, &event, &path).await?;
    tx.commit().await?;
    Ok(id)
}

pub struct AnswerInput {
    pub decision: Option<ChallengeState>,
    pub body: String,
    pub department: String,
    /// Upheld: the ledger number of the update that corrects the status.
    pub correcting_seq: Option<i64>,
}

/// The city's answer, audited; the organisation and the followers are told.
pub async fn answer(
    db: &Db,
    base_url: &str,
    city: &City,
    challenge: &Challenge,
    staff_id: i64,
    input: &AnswerInput,
) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    if challenge.state != ChallengeState::Open {
        errors.add("decision", "form-challenge-answered");
    }
    let decision = input.decision.filter(|d| *d != ChallengeState::Open);
    if decision.is_none() {
        errors.add("decision", "form-invalid-choice");
    }
    let body = input.body.trim();
    if body.is_empty() {
        errors.add("body", "form-required");
    } else if body.chars().count() > 5000 {
        errors.add("body", "form-too-long");
    }
    let department = input.department.trim();
    if department.is_empty() || department.chars().count() > 300 {
        errors.add("department", "form-required");
    }
    let catalog = crate::db::items::ItemCatalog::for_city(db, city).await?;
    let item = catalog.get_by_name(&challenge.target_type, challenge.target_id).ok_or(AppError::NotFound)?;
    if decision == Some(ChallengeState::Upheld) {
        // An upheld challenge names the update, published since, that corrects the status.
        let correcting = match input.correcting_seq {
            Some(seq) => updates::by_seq(db, city.id, seq).await?,
            None => None,
        };
        let fits =
            correcting.is_some_and(|u| u.target == item.item.to_string() && u.created_at >= challenge.created_at);
        if !fits {
            errors.add("correcting_seq", "form-challenge-correction");
        }
    }
    let Some(decision) = decision else { return Err(AppError::Invalid(errors)) };
    errors.into_result()?;
    let correcting = (decision == ChallengeState::Upheld).then_some(input.correcting_seq).flatten();
    let mut tx = db.begin().await?;
    if !challenges::answer(&mut tx, challenge.id, decision, body, department, correcting, staff_id, now_ts()).await? {
        let mut errors = FieldErrors::default();
        errors.add("decision", "form-challenge-answered");
        return Err(AppError::Invalid(errors));
    }
    crate::db::changes::record(&mut tx, "challenge", challenge.id, "update").await?;
    let label = item.item.to_string();
    let subject = format!("#{} {label} ({department})", challenge.id);
    audit::record(&mut tx, Some(city.id), Some(staff_id), &format!("challenge.{}", decision.id()), &subject).await?;
    let members = organisations::member_ids(db, challenge.organisation_id).await?;
    let about = notify::About::new(city, label, item.title.clone());
    let event = Event::ChallengeAnswered {
        about: &about,
        organisation: &challenge.organisation_name,
        upheld: decision == ChallengeState::Upheld,
        text: body,
    };
    let path = format!("{}#challenge-{}", item.path, challenge.id);
    notify::followers_and(&mut tx, base_url, &challenge.target_type, challenge.target_id, &members, &event, &path)
        .await?;
    crate::db::departments::add(&mut tx, city.id, department, now_ts()).await?;
    tx.commit().await?;
    Ok(())
}
