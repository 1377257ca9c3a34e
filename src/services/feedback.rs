//! Comments, replies, official responses, moderation, offline feedback and assessments.

use super::notify::{self, Event};
use crate::db::cities::City;
use crate::db::comments::{self, Comment, NewComment};
use crate::db::consultations::Phase;
use crate::db::follows;
use crate::db::shared_commit::SharedCommits;
use crate::db::{assessments, audit, changes, organisations, users, Db, Tx};
use crate::domain::accounts::Permissions;
use crate::domain::feedback::*;
use crate::domain::{now_ts, valid_http_url, EvidenceLink, Locale, ModerationMode};
use crate::error::{AppError, AppResult, FieldErrors};

/// The item a comment is about, resolved from the URL.
#[derive(Debug, Clone)]
pub struct Target {
    pub kind: TargetType,
    pub id: i64,
    /// `C-3`, `P-2`, `K-1`: how people and mails name it.
    pub label: String,
    /// Path of its page after `/{locale}`, e.g. `/port-amani/commitments/C-3`.
    pub path: String,
    /// Consultations take comments only while open.
    pub phase: Option<Phase>,
}

pub struct CommentInput {
    pub body: String,
    pub stance: Option<Stance>,
    pub parent_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub language: Locale,
    /// A staff reply marked as the city's official response, naming the department.
    pub official_department: Option<String>,
}

/// The item, as notification mails name it (city, reference and translated title).
pub async fn about(db: &Db, city: &City, target: &Target) -> AppResult<notify::About> {
    let catalog = crate::db::items::ItemCatalog::for_city(db, city).await?;
    let title = catalog.get(target.kind, target.id).map(|e| e.title.clone()).unwrap_or_default();
    Ok(notify::About::new(city, target.label.clone(), title))
}

/// Posts a comment or reply.
pub async fn post_comment(
    commits: &SharedCommits,
    base_url: &str,
    city: &City,
    target: &Target,
    author: &users::User,
    perms: Permissions,
    input: &CommentInput,
) -> AppResult<Posted> {
    let db = commits.db();
    let mut errors = FieldErrors::default();
    let body = clean_body(&input.body);
    if let Some(problem) = comment_body_problem(&body) {
        errors.add("body", problem);
    }
    if author.email_verified_at.is_none() {
        errors.add("body", "form-verify-first");
    }
    if target.phase.is_some_and(|p| p != Phase::Open) {
        errors.add("body", "form-consultation-closed");
    }
    let parent = match input.parent_id {
        Some(id) => {
            let parent = comments::by_id(db, id).await?;
            match parent {
                Some(p)
                    if p.target_type == target.kind.id()
                        && p.target_id == target.id
                        && p.parent_id.is_none()
                        && p.state == CommentState::Visible =>
                {
                    Some(p)
                }
                _ => {
                    errors.add("parent_id", "form-invalid-parent");
                    None
                }
            }
        }
        None => None,
    };
    if let Some(org_id) = input.organisation_id {
        let member = organisations::membership(db, org_id, author.id).await?.is_some();
        let org = organisations::by_id(db, city.id, org_id).await?;
        if !member || !org.is_some_and(|o| o.is_verified()) {
            errors.add("organisation_id", "form-invalid-organisation");
        }
    }
    let official = input.official_department.as_deref().map(str::trim);
    if official.is_some() {
        if !perms.publish {
            return Err(AppError::Forbidden);
        }
        if parent.is_none() {
            errors.add("official", "form-official-needs-parent");
        }
        if official.is_some_and(|d| d.is_empty() || d.chars().count() > 200) {
            errors.add("department", "form-required");
        }
    }
    errors.into_result()?;

    let held = city.moderation() == ModerationMode::Pre && !(perms.publish || perms.moderate);
    // The parent's author hears of the reply: the mail names the item by its title.
    let about = match &parent {
        Some(p) if !held && p.author_id.is_some_and(|a| a != author.id) => Some(about(db, city, target).await?),
        _ => None,
    };
    // Everything the transaction needs is owned: it runs on the shared writer (see
    // `shared_commit`), in one transaction with the other posts that arrived meanwhile.
    let mails = about.is_some();
    let job = PostJob {
        city_id: city.id,
        target: target.clone(),
        author_id: author.id,
        organisation_id: input.organisation_id,
        parent,
        body,
        stance: input.stance.map(|s| s.id()),
        language: input.language.id(),
        held,
        official: official.map(str::to_owned),
        about,
        base_url: base_url.to_owned(),
        now: now_ts(),
    };
    let job = std::sync::Arc::new(job);
    let id = commits
        .run(move |tx| {
            let job = job.clone();
            Box::pin(async move { job.store(tx).await })
        })
        .await?;
    Ok(Posted { id, held, mails })
}

/// A posted comment: its id, whether it waits for a moderator, and whether a mail was queued.
pub struct Posted {
    pub id: i64,
    pub held: bool,
    pub mails: bool,
}

/// The transaction of `post_comment`, with owned data.
struct PostJob {
    city_id: i64,
    target: Target,
    author_id: i64,
    organisation_id: Option<i64>,
    parent: Option<Comment>,
    body: String,
    stance: Option<&'static str>,
    language: &'static str,
    held: bool,
    official: Option<String>,
    about: Option<notify::About>,
    base_url: String,
    now: i64,
}

impl PostJob {
    async fn store(&self, tx: &mut Tx) -> AppResult<i64> {
        let official = self.official.as_deref();
        let id = comments::insert(
            tx,
            &NewComment {
                city_id: self.city_id,
                target_type: self.target.kind.id(),
                target_id: self.target.id,
                author_id: Some(self.author_id),
                offline_name: None,
                organisation_id: self.organisation_id,
                parent_id: self.parent.as_ref().map(|p| p.id),
                body: &self.body,
                stance: self.stance,
                language: self.language,
                channel: Channel::Web.id(),
                state: if self.held { CommentState::Pending } else { CommentState::Visible },
                is_official: official.is_some(),
                department: official,
                entered_by: None,
                created_at: self.now,
            },
        )
        .await?;
        if !self.held {
            changes::record(tx, "comment", id, "upsert").await?;
        }
        if let Some(parent) = &self.parent {
            let path = format!("{}#comment-{id}", self.target.path);
            if let Some(department) = official {
                comments::mark_responded(tx, parent.id, self.now).await?;
                // The report's response times are read from the index.
                changes::record(tx, "comment", parent.id, "upsert").await?;
                let subject = format!("#{id} {} ({department})", self.target.label);
                audit::record(tx, Some(self.city_id), Some(self.author_id), "comment.official_response", &subject)
                    .await?;
            }
            if let (Some(parent_author), Some(about)) = (parent.author_id, &self.about) {
                if let Some(r) = follows::recipient(tx, parent_author).await? {
                    let event = match official {
                        Some(department) => Event::OfficialResponse { about, department, text: &self.body },
                        None => Event::Reply { about, text: &self.body },
                    };
                    notify::notify(tx, &self.base_url, &r, &event, &path, None).await?;
                }
            }
        }
        Ok(id)
    }
}

/// Corrects one's own comment within the edit window.
pub async fn edit_comment(
    db: &Db,
    comment: &Comment,
    author_id: i64,
    body: &str,
    stance: Option<Stance>,
) -> AppResult<()> {
    if comment.author_id != Some(author_id) || comment.state == CommentState::Hidden {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::default();
    if now_ts() - comment.created_at > EDIT_WINDOW_SECONDS {
        errors.add("body", "form-edit-window-over");
    }
    let body = clean_body(body);
    if let Some(problem) = comment_body_problem(&body) {
        errors.add("body", problem);
    }
    errors.into_result()?;
    let mut tx = db.begin().await?;
    comments::edit_body(&mut tx, comment.id, &body, stance.map(|s| s.id()), now_ts()).await?;
    changes::record(&mut tx, "comment", comment.id, "upsert").await?;
    tx.commit().await?;
    Ok(())
}

pub async fn flag(db: &Db, comment: &Comment, user_id: i64, reason: Option<HideReason>, note: &str) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    if reason.is_none() {
        errors.add("reason", "form-invalid-choice");
    }
    if note.chars().count() > 1000 || note.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
        errors.add("note", "form-too-long");
    }
    let Some(reason) = reason else { return Err(AppError::Invalid(errors)) };
    errors.into_result()?;
    comments::insert_flag(db, comment.id, user_id, reason.id(), note.trim(), now_ts()).await?;
    Ok(())
}

/// Moderation decisions. Hidden comments stay in place with their public reason.
pub enum Decision {
    Hide(HideReason),
    Restore,
    Approve,
    /// The flags were unfounded: close them, keep the comment.
    Dismiss,
}

/// Tells the author of a comment (in their language) that a moderator hid or restored it,
/// and why; queued in the decision's transaction.
async fn mail_author(
    tx: &mut crate::db::Tx,
    db: &Db,
    base_url: &str,
    comment: &Comment,
    hidden: bool,
    reason: &str,
) -> AppResult<()> {
    let Some(author) = comment.author_id else { return Ok(()) };
    let Some(person) = users::by_id(db, author).await? else { return Ok(()) };
    let Some(city) = crate::db::cities::by_id(db, comment.city_id).await? else { return Ok(()) };
    let catalog = crate::db::items::ItemCatalog::for_city(db, &city).await?;
    let path = catalog.get_by_name(&comment.target_type, comment.target_id).map(|e| e.path.clone()).unwrap_or_default();
    let i18n = crate::i18n::I18n::new(Locale::parse(&person.locale).unwrap_or(Locale::En));
    let link = format!("{base_url}/{}{path}#comment-{}", i18n.locale.id(), comment.id);
    crate::mail::compose::moderation_decision(&i18n, &person.display_name, hidden, reason, link)
        .enqueue(tx, Some(person.id), &person.email)
        .await?;
    Ok(())
}

/// A moderator's decision on a comment, with its audit row; a hidden comment's author is told
/// the public reason.
pub async fn moderate(
    db: &Db,
    base_url: &str,
    comment: &Comment,
    decision: &Decision,
    moderator_id: i64,
) -> AppResult<()> {
    let mut tx = db.begin().await?;
    if let Decision::Hide(reason) = decision {
        mail_author(&mut tx, db, base_url, comment, true, reason.id()).await?;
    }
    match decision {
        Decision::Hide(reason) => {
            comments::set_state(&mut tx, comment.id, CommentState::Hidden, Some(reason.id())).await?;
            changes::record(&mut tx, "comment", comment.id, "delete").await?;
        }
        Decision::Restore | Decision::Approve => {
            comments::set_state(&mut tx, comment.id, CommentState::Visible, None).await?;
            changes::record(&mut tx, "comment", comment.id, "upsert").await?;
        }
        Decision::Dismiss => {}
    }
    comments::handle_flags(&mut tx, comment.id, now_ts()).await?;
    let action = match decision {
        Decision::Hide(r) => format!("comment.hide.{}", r.id()),
        Decision::Restore => "comment.restore".into(),
        Decision::Approve => "comment.approve".into(),
        Decision::Dismiss => "comment.dismiss_flags".into(),
    };
    audit::record(&mut tx, Some(comment.city_id), Some(moderator_id), &action, &format!("#{}", comment.id)).await?;
    tx.commit().await?;
    Ok(())
}

/// Puts a hidden comment back, with the moderator's reason (audited, and told to its author).
pub async fn restore(db: &Db, base_url: &str, comment: &Comment, moderator_id: i64, reason: &str) -> AppResult<()> {
    let reason = reason.trim();
    let mut errors = FieldErrors::default();
    if reason.is_empty() {
        errors.add("reason", "form-required");
    } else if reason.chars().count() > 500 {
        errors.add("reason", "form-too-long");
    }
    if comment.state != CommentState::Hidden {
        errors.add("reason", "form-not-hidden");
    }
    errors.into_result()?;
    let mut tx = db.begin().await?;
    comments::set_state(&mut tx, comment.id, CommentState::Visible, None).await?;
    changes::record(&mut tx, "comment", comment.id, "upsert").await?;
    comments::handle_flags(&mut tx, comment.id, now_ts()).await?;
    let subject = format!("#{}: {reason}", comment.id);
    audit::record(&mut tx, Some(comment.city_id), Some(moderator_id), "comment.restore", &subject).await?;
    mail_author(&mut tx, db, base_url, comment, false, reason).await?;
    tx.commit().await?;
    Ok(())
}

/// Feedback gathered offline, typed in by staff.
pub struct OfflineInput {
    pub channel: Option<Channel>,
    pub date: String,
    pub name: String,
    pub organisation: String,
    pub consent: bool,
    pub body: String,
    pub stance: Option<Stance>,
    pub language: Option<Locale>,
}

pub async fn enter_offline(
    db: &Db,
    city: &City,
    target: &Target,
    staff_id: i64,
    input: &OfflineInput,
) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    let date = chrono::NaiveDate::parse_from_str(input.date.trim(), "%Y-%m-%d").ok();
    let created_at = date.and_then(|d| d.and_hms_opt(12, 0, 0)).map(|d| d.and_utc().timestamp());
    match created_at {
        None => errors.add("date", "form-invalid-date"),
        Some(t) if t > now_ts() + 86_400 => errors.add("date", "form-date-in-future"),
        _ => {}
    }
    let channel = input.channel.filter(|c| *c != Channel::Web);
    if !input.consent {
        errors.add("consent", "form-consent-required");
    }

    let body = clean_body(&input.body);
    if let Some(problem) = comment_body_problem(&body) {
        errors.add("body", problem);
    }
    if input.name.chars().count() > 120 || input.organisation.chars().count() > 200 {
        errors.add("name", "form-too-long");
    }
    if channel.is_none() {
        errors.add("channel", "form-invalid-choice");
    }
    if input.language.is_none() {
        errors.add("language", "form-invalid-choice");
    }
    let (Some(channel), Some(language), Some(created_at)) = (channel, input.language, created_at) else {
        return Err(AppError::Invalid(errors));
    };
    errors.into_result()?;
    let offline_name = match (input.name.trim(), input.organisation.trim()) {
        ("", "") => None,
        (n, "") => Some(n.to_string()),
        ("", o) => Some(o.to_string()),
        (n, o) => Some(format!("{n} — {o}")),
    };
    let mut tx = db.begin().await?;
    let id = comments::insert(
        &mut tx,
        &NewComment {
            city_id: city.id,
            target_type: target.kind.id(),
            target_id: target.id,
            author_id: None,
            offline_name: offline_name.as_deref(),
            organisation_id: None,
            parent_id: None,
            body: &body,
            stance: input.stance.map(|s| s.id()),
            language: language.id(),
            channel: channel.id(),
            state: CommentState::Visible,
            is_official: false,
            department: None,
            entered_by: Some(staff_id),
            created_at,
        },
    )
    .await?;
    changes::record(&mut tx, "comment", id, "upsert").await?;
    let subject = format!("#{id} {}", target.label);
    audit::record(&mut tx, Some(city.id), Some(staff_id), "comment.offline", &subject).await?;
    tx.commit().await?;
    Ok(id)
}

pub struct AssessmentInput {
    pub organisation_id: Option<i64>,
    pub rating: Option<Rating>,
    pub body: String,
    pub evidence: Vec<EvidenceLink>,
}

pub async fn publish_assessment(
    db: &Db,
    city: &City,
    commitment_id: i64,
    author_id: i64,
    input: &AssessmentInput,
) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    let Some(organisation_id) = input.organisation_id else { return Err(AppError::Forbidden) };
    let org = organisations::by_id(db, city.id, organisation_id).await?;
    let member = organisations::membership(db, organisation_id, author_id).await?.is_some();
    if !(member && org.is_some_and(|o| o.is_verified())) {
        return Err(AppError::Forbidden);
    }
    if input.rating.is_none() {
        errors.add("rating", "form-invalid-choice");
    }
    let body = clean_body(&input.body);
    // Named as on the assessment form, which shares its page with the comment form.
    if let Some(problem) = comment_body_problem(&body) {
        errors.add("assessment_body", problem);
    }
    if input.evidence.iter().any(|e| e.label.trim().is_empty() || !valid_http_url(&e.url)) {
        errors.add("evidence", "form-invalid-url");
    }
    let Some(rating) = input.rating else { return Err(AppError::Invalid(errors)) };
    errors.into_result()?;
    let evidence = serde_json::to_string(&input.evidence).map_err(anyhow::Error::from)?;
    let mut tx = db.begin().await?;
    let id = assessments::insert(
        &mut tx,
        city.id,
        commitment_id,
        organisation_id,
        author_id,
        rating.id(),
        &body,
        &evidence,
        now_ts(),
    )
    .await?;
    changes::record(&mut tx, "assessment", id, "insert").await?;
    tx.commit().await?;
    Ok(id)
}
