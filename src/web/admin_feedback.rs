//! Staff work on feedback: moderation queue, "awaiting response" queue, offline entries,
//! consultations. Roles are checked first, as everywhere under `/admin/`.

use super::admin::{admin_page, require, translated, Staff};
use super::auth::field_errors;
use super::comments::resolve;
use super::session::CsrfForm;
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::comments::{self, Comment};
use crate::db::{audit, commitments, consultations, projects};
use crate::domain::feedback::{Channel, HideReason, Stance, TargetType};
use crate::domain::{now_ts, Locale, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::feedback::{self, Decision, OfflineInput};
use crate::services::publishing::{self, ConsultationInput, Target as UpdateTarget};
use crate::state::AppState;
use crate::views::admin::*;
use crate::views::forms::FormState;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// Item names and page paths for every commitment, project and consultation of a city,
/// keyed by (target type, id), to label queue entries without a query per comment.
async fn item_index(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
) -> AppResult<HashMap<(String, i64), (String, String, String)>> {
    let default = city.default_locale();
    let mut index = HashMap::new();
    for c in commitments::list(&state.db, city.id, &Default::default()).await? {
        let label = format!("{} {}", c.reference(), Shown::of(&c.title(), ctx.locale, default).text);
        index.insert(
            ("commitment".to_string(), c.row.id),
            (label, format!("/{}/commitments/{}", city.slug, c.reference()), c.row.department.clone()),
        );
    }
    for p in projects::list(&state.db, city.id, None).await? {
        let label = format!("P-{} {}", p.ref_no, Shown::of(&p.title(), ctx.locale, default).text);
        index.insert(
            ("project".to_string(), p.id),
            (label, format!("/{}/projects/{}", city.slug, p.ref_no), String::new()),
        );
    }
    for k in consultations::list(&state.db, city.id).await? {
        let label = format!("K-{} {}", k.ref_no, Shown::of(&k.title(), ctx.locale, default).text);
        index.insert(
            ("consultation".to_string(), k.id),
            (label, format!("/{}/consultations/{}", city.slug, k.ref_no), String::new()),
        );
    }
    Ok(index)
}

fn queue_item(
    ctx: &Ctx,
    c: &Comment,
    index: &HashMap<(String, i64), (String, String, String)>,
    flags: i64,
    reason: &str,
) -> QueueItem {
    let (item, path, department) = index.get(&(c.target_type.clone(), c.target_id)).cloned().unwrap_or_default();
    let excerpt: String = c.body.chars().take(280).collect();
    QueueItem {
        id: c.id,
        author: c.author_name.clone().or(c.offline_name.clone()).unwrap_or_else(|| ctx.i18n.t("deleted-account")),
        excerpt,
        lang: c.language.clone(),
        state: c.state.clone(),
        waited_days: (now_ts() - c.created_at).max(0) / 86_400,
        flags,
        reason: reason.to_string(),
        href: ctx.link(&format!("{path}#comment-{}", c.id)),
        item,
        department,
    }
}

pub async fn moderation(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.moderate).await?;
    let index = item_index(&ctx, &state, &staff.city).await?;
    let mut flagged = Vec::new();
    for f in comments::flag_queue(&state.db, staff.city.id).await? {
        if let Some(c) = comments::by_id(&state.db, f.comment_id).await? {
            flagged.push(queue_item(&ctx, &c, &index, f.flags, &f.reasons));
        }
    }
    let pending =
        comments::pending(&state.db, staff.city.id).await?.iter().map(|c| queue_item(&ctx, c, &index, 0, "")).collect();
    let mut page = admin_page(&ctx, &staff.city, ctx.i18n.t("moderation-title"));
    if ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("admin-done"));
    }
    render(&ModerationView { page, flagged, pending })
}

pub async fn moderate(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.moderate).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let comment =
        comments::by_id(&state.db, id).await?.filter(|c| c.city_id == staff.city.id).ok_or(AppError::NotFound)?;
    let decision = match form.get("decision") {
        "hide" => Decision::Hide(HideReason::parse(form.get("reason")).ok_or(AppError::BadRequest)?),
        "restore" => Decision::Restore,
        "approve" => Decision::Approve,
        "dismiss" => Decision::Dismiss,
        _ => return Err(AppError::BadRequest),
    };
    feedback::moderate(&state.db, &comment, &decision).await?;
    let action = match &decision {
        Decision::Hide(r) => format!("comment.hide.{}", r.id()),
        Decision::Restore => "comment.restore".into(),
        Decision::Approve => "comment.approve".into(),
        Decision::Dismiss => "comment.dismiss_flags".into(),
    };
    audit::record(&state.db, Some(staff.city.id), staff.user_id, &action, &format!("#{}", comment.id)).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{}/admin/moderation?done=1", staff.city.slug))).into_response())
}

pub async fn awaiting(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let kind = q.get("kind").and_then(|k| TargetType::parse(k)).map(|k| k.id().to_string()).unwrap_or_default();
    let department = q.get("department").cloned().unwrap_or_default();
    let index = item_index(&ctx, &state, &staff.city).await?;
    let mut departments: Vec<String> = index.values().map(|(_, _, d)| d.clone()).filter(|d| !d.is_empty()).collect();
    departments.sort();
    departments.dedup();
    let kind_filter = (!kind.is_empty()).then_some(kind.as_str());
    let items = comments::awaiting_response(&state.db, staff.city.id, kind_filter, 500)
        .await?
        .iter()
        .map(|c| queue_item(&ctx, c, &index, 0, ""))
        .filter(|i| department.is_empty() || i.department == department)
        .collect();
    let page = admin_page(&ctx, &staff.city, ctx.i18n.t("awaiting-title"));
    render(&AwaitingView { page, items, kind, department, departments })
}

/// (value, label) of every commitment and project (and consultation) of a city, for selects.
pub async fn targets(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    with_consultations: bool,
) -> AppResult<Vec<(String, String)>> {
    let default = city.default_locale();
    let mut out: Vec<(String, String)> = commitments::list(&state.db, city.id, &Default::default())
        .await?
        .iter()
        .map(|c| (c.reference(), format!("{} {}", c.reference(), Shown::of(&c.title(), ctx.locale, default).text)))
        .collect();
    for p in projects::list(&state.db, city.id, None).await? {
        out.push((
            format!("P-{}", p.ref_no),
            format!("P-{} {}", p.ref_no, Shown::of(&p.title(), ctx.locale, default).text),
        ));
    }
    if with_consultations {
        for k in consultations::list(&state.db, city.id).await? {
            out.push((
                format!("K-{}", k.ref_no),
                format!("K-{} {}", k.ref_no, Shown::of(&k.title(), ctx.locale, default).text),
            ));
        }
    }
    Ok(out)
}

/// `C-3`, `P-2` or `K-1` to a comment target.
async fn target_of(state: &AppState, city: &City, value: &str) -> Option<crate::services::feedback::Target> {
    let (kind, key) = match value.split_at_checked(2)? {
        ("C-", _) => (TargetType::Commitment, value),
        ("P-", n) => (TargetType::Project, n),
        ("K-", n) => (TargetType::Consultation, n),
        _ => return None,
    };
    resolve(state, city, kind, key).await.ok()
}

async fn offline_page(ctx: &Ctx, state: &AppState, staff: &Staff, form: FormState) -> AppResult<Response> {
    let targets = targets(ctx, state, &staff.city, true).await?;
    let has_errors = form.has_errors();
    let mut page = admin_page(ctx, &staff.city, ctx.i18n.t("offline-title"));
    if !has_errors && ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("offline-done"));
    }
    let view = OfflineView { page, form, targets };
    render_form(&view, has_errors)
}

pub async fn offline_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let defaults =
        vec![("date".into(), crate::domain::today_utc()), ("language".into(), staff.city.default_locale().id().into())];
    offline_page(&ctx, &state, &staff, FormState::with_values(defaults)).await
}

pub async fn offline(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let Some(target) = target_of(&state, &staff.city, form.get("item")).await else {
        let mut errors = FieldErrors::default();
        errors.add("item", "form-invalid-choice");
        return offline_page(&ctx, &state, &staff, FormState::new(form.redisplay(), errors)).await;
    };
    let input = OfflineInput {
        channel: Channel::parse(form.get("channel")),
        date: form.get("date").to_string(),
        name: form.get("name").to_string(),
        organisation: form.get("organisation").to_string(),
        consent: form.get("consent") == "1",
        body: form.get("body").to_string(),
        stance: form.opt("stance").and_then(Stance::parse),
        language: Locale::parse(form.get("language")),
    };
    match feedback::enter_offline(&state.db, &staff.city, &target, staff.user_id, &input).await {
        Ok(id) => {
            audit::record(
                &state.db,
                Some(staff.city.id),
                staff.user_id,
                "comment.offline",
                &format!("#{id} {}", target.label),
            )
            .await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/admin/offline?done=1", staff.city.slug))).into_response())
        }
        Err(e) => offline_page(&ctx, &state, &staff, FormState::new(form.redisplay(), field_errors(e)?)).await,
    }
}

// --- consultations ---

async fn consultation_form(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    heading: String,
    action: &str,
    form: FormState,
) -> AppResult<Response> {
    let targets = targets(ctx, state, city, false).await?;
    let has_errors = form.has_errors();
    let view = ConsultationFormView {
        page: admin_page(ctx, city, heading.clone()),
        heading,
        action: action.to_string(),
        form,
        sections: LocaleSection::all(city.default_locale()),
        targets,
    };
    render_form(&view, has_errors)
}

pub async fn new_consultation_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    consultation_form(&ctx, &state, &staff.city, ctx.i18n.t("admin-new-consultation"), "new", FormState::default())
        .await
}

fn consultation_input(form: &CsrfForm) -> ConsultationInput {
    let about = match form.get("about") {
        v if v.starts_with("P-") => v[2..].parse().ok().map(UpdateTarget::Project),
        v => crate::domain::parse_commitment_ref(v).map(UpdateTarget::Commitment),
    };
    ConsultationInput {
        title: translated(form, "title"),
        body: translated(form, "body"),
        questions: translated(form, "questions"),
        about,
        opens: form.get("opens").to_string(),
        closes: form.get("closes").to_string(),
        outcome_heard: translated(form, "outcome_heard"),
        outcome_actions: translated(form, "outcome_actions"),
    }
}

async fn save(ctx: Ctx, state: AppState, staff: Staff, n: Option<i64>, form: CsrfForm) -> AppResult<Response> {
    let input = consultation_input(&form);
    match publishing::save_consultation(&state.db, &staff.city, n, &input).await {
        Ok(n) => {
            audit::record(&state.db, Some(staff.city.id), staff.user_id, "consultation.save", &format!("K-{n}"))
                .await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/consultations/{n}", staff.city.slug))).into_response())
        }
        Err(e) => {
            let errors = field_errors(e)?;
            let heading = ctx.i18n.t(if n.is_some() { "admin-edit-consultation" } else { "admin-new-consultation" });
            let action = if n.is_some() { "edit" } else { "new" };
            consultation_form(&ctx, &state, &staff.city, heading, action, FormState::new(form.redisplay(), errors))
                .await
        }
    }
}

pub async fn create_consultation(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    save(ctx, state, staff, None, form).await
}

pub async fn edit_consultation_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let n: i64 = number.parse().map_err(|_| AppError::NotFound)?;
    let k = consultations::by_ref(&state.db, staff.city.id, n).await?.ok_or(AppError::NotFound)?;
    let local = |ts: i64| {
        use chrono::TimeZone;
        let tz: chrono_tz::Tz = staff.city.time_zone.parse().unwrap_or(chrono_tz::UTC);
        tz.timestamp_opt(ts, 0).single().map(|d| d.format("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default()
    };
    let mut values = vec![("opens".to_string(), local(k.opens_at)), ("closes".to_string(), local(k.closes_at))];
    for (field, json) in [
        ("title", &k.title),
        ("body", &k.body),
        ("questions", &k.questions),
        ("outcome_heard", &k.outcome_heard),
        ("outcome_actions", &k.outcome_actions),
    ] {
        for (locale, text) in Translated::from_json(json).0 {
            values.push((format!("{field}_{locale}"), text));
        }
    }
    if let Some(id) = k.commitment_id {
        if let Some(c) =
            commitments::list(&state.db, staff.city.id, &Default::default()).await?.into_iter().find(|c| c.row.id == id)
        {
            values.push(("about".into(), c.reference()));
        }
    }
    if let Some(id) = k.project_id {
        if let Some(p) = projects::list(&state.db, staff.city.id, None).await?.into_iter().find(|p| p.id == id) {
            values.push(("about".into(), format!("P-{}", p.ref_no)));
        }
    }
    consultation_form(
        &ctx,
        &state,
        &staff.city,
        ctx.i18n.t("admin-edit-consultation"),
        "edit",
        FormState::with_values(values),
    )
    .await
}

pub async fn edit_consultation(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let n: i64 = number.parse().map_err(|_| AppError::NotFound)?;
    save(ctx, state, staff, Some(n), form).await
}
