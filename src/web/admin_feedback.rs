//! Staff work on feedback: moderation queue, "awaiting response" queue, offline entries,
//! consultations. Roles are checked first, as everywhere under `/admin/`.

use super::extract::{Moderator, Publisher, Staff};
use super::forms::{field_errors, translated, CsrfForm};
use super::pages::{admin_page, item_options};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::comments::{self, Comment};
use crate::db::consultations;
use crate::domain::feedback::{Channel, HideReason, Stance, TargetType};
use crate::domain::items::ItemRef;
use crate::domain::{now_ts, Locale, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::feedback::{self, Decision, OfflineInput};
use crate::services::items::{self, ItemCatalog};
use crate::services::publishing::{self, ConsultationInput, Target as UpdateTarget};
use crate::state::AppState;
use crate::views::admin::*;
use crate::views::forms::FormState;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

fn queue_item(ctx: &Ctx, c: &Comment, catalog: &ItemCatalog, city: &City, flags: i64, reason: &str) -> QueueItem {
    let (item, path, department) = match catalog.get_by_name(&c.target_type, c.target_id) {
        Some(e) => {
            let title = Shown::of(&e.title, ctx.locale, city.default_locale()).text;
            (format!("{} {title}", e.item), e.path.clone(), e.department.clone())
        }
        None => Default::default(),
    };
    let excerpt: String = c.body.chars().take(280).collect();
    QueueItem {
        id: c.id,
        author: c.author_name.clone().or(c.offline_name.clone()).unwrap_or_else(|| ctx.i18n.t("deleted-account")),
        excerpt,
        lang: c.language.clone(),
        state: c.state.id().to_string(),
        waited_days: (now_ts() - c.created_at).max(0) / 86_400,
        flags,
        reason: reason.to_string(),
        href: ctx.link(&format!("{path}#comment-{}", c.id)),
        item,
        department,
        notes: vec![],
    }
}

pub async fn moderation(ctx: Ctx, State(state): State<AppState>, staff: Staff<Moderator>) -> AppResult<Response> {
    let notice = ctx.path_rest.contains("done=").then(|| ctx.i18n.t("admin-done"));
    moderation_page(&ctx, &state, &staff, notice).await
}

/// The queues; `notice` confirms a decision or explains why one was refused.
async fn moderation_page(
    ctx: &Ctx,
    state: &AppState,
    staff: &Staff<Moderator>,
    notice: Option<String>,
) -> AppResult<Response> {
    let catalog = ItemCatalog::for_city(&state.db, &staff.city).await?;
    let mut flagged = Vec::new();
    for f in comments::flag_queue(&state.db, staff.city.id).await? {
        if let Some(c) = comments::by_id(&state.db, f.comment_id).await? {
            let mut item = queue_item(ctx, &c, &catalog, &staff.city, f.flags, &f.reasons);
            item.notes = comments::flag_notes(&state.db, c.id).await?;
            flagged.push(item);
        }
    }
    let pending = comments::pending(&state.db, staff.city.id)
        .await?
        .iter()
        .map(|c| queue_item(ctx, c, &catalog, &staff.city, 0, ""))
        .collect();
    let hidden = comments::hidden(&state.db, staff.city.id, 50)
        .await?
        .iter()
        .map(|c| queue_item(ctx, c, &catalog, &staff.city, 0, c.hidden_reason.as_deref().unwrap_or_default()))
        .collect();
    let mut page = admin_page(ctx, &staff.city, ctx.i18n.t("moderation-title"));
    page.notice = notice;
    render(&ModerationView { page, flagged, pending, hidden })
}

/// A comment of the moderator's city named in the path, or 404.
async fn city_comment(state: &AppState, staff: &Staff<Moderator>, id: &str) -> AppResult<Comment> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    comments::by_id(&state.db, id).await?.filter(|c| c.city_id == staff.city.id).ok_or(AppError::NotFound)
}

pub async fn moderate(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Moderator>,
    Path((_, _, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let comment = city_comment(&state, &staff, &id).await?;
    let decision = match form.get("decision") {
        "hide" => Decision::Hide(HideReason::parse(form.get("reason")).ok_or(AppError::BadRequest)?),
        "restore" => Decision::Restore,
        "approve" => Decision::Approve,
        "dismiss" => Decision::Dismiss,
        _ => return Err(AppError::BadRequest),
    };
    feedback::moderate(&state.db, &state.config.base_url, &comment, &decision, staff.user_id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{}/admin/moderation?done=1", staff.city.slug))).into_response())
}

/// `POST …/admin/moderation/{id}/restore` with `reason`: undoes a hide.
pub async fn restore(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Moderator>,
    Path((_, _, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let comment = city_comment(&state, &staff, &id).await?;
    match feedback::restore(&state.db, &state.config.base_url, &comment, staff.user_id, form.get("reason")).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/{}/admin/moderation?done=1", staff.city.slug))).into_response()),
        Err(AppError::Invalid(errors)) => {
            let why = errors.0.first().map(|e| ctx.i18n.t(e.key)).unwrap_or_default();
            let mut response = moderation_page(&ctx, &state, &staff, Some(why)).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
        Err(e) => Err(e),
    }
}

pub async fn awaiting(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let kind = q.get("kind").and_then(|k| TargetType::parse(k)).map(|k| k.id().to_string()).unwrap_or_default();
    let department = q.get("department").cloned().unwrap_or_default();
    let catalog = ItemCatalog::for_city(&state.db, &staff.city).await?;
    let mut departments: Vec<String> =
        catalog.entries().map(|e| e.department.clone()).filter(|d| !d.is_empty()).collect();
    departments.sort();
    departments.dedup();
    let kind_filter = (!kind.is_empty()).then_some(kind.as_str());
    let items = comments::awaiting_response(&state.db, staff.city.id, kind_filter, 500)
        .await?
        .iter()
        .map(|c| queue_item(&ctx, c, &catalog, &staff.city, 0, ""))
        .filter(|i| department.is_empty() || i.department == department)
        .collect();
    let page = admin_page(&ctx, &staff.city, ctx.i18n.t("awaiting-title"));
    render(&AwaitingView { page, items, kind, department, departments })
}

/// `C-3`, `P-2` or `K-1` to a comment target.
async fn target_of(state: &AppState, city: &City, value: &str) -> AppResult<Option<crate::services::feedback::Target>> {
    match ItemRef::parse(value) {
        Some(item) => Ok(items::find(&state.db, city, item).await?),
        None => Ok(None),
    }
}

async fn offline_page(ctx: &Ctx, state: &AppState, staff: &Staff<Publisher>, form: FormState) -> AppResult<Response> {
    let targets = item_options(ctx, &staff.city, &ItemCatalog::for_city(&state.db, &staff.city).await?, true);
    let has_errors = form.has_errors();
    let mut page = admin_page(ctx, &staff.city, ctx.i18n.t("offline-title"));
    if !has_errors && ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("offline-done"));
    }
    let view = OfflineView { page, form, targets };
    render_form(&view, has_errors)
}

pub async fn offline_form(ctx: Ctx, State(state): State<AppState>, staff: Staff<Publisher>) -> AppResult<Response> {
    let defaults =
        vec![("date".into(), crate::domain::today_utc()), ("language".into(), staff.city.default_locale().id().into())];
    offline_page(&ctx, &state, &staff, FormState::with_values(defaults)).await
}

pub async fn offline(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    form: CsrfForm,
) -> AppResult<Response> {
    let Some(target) = target_of(&state, &staff.city, form.get("item")).await? else {
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
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/{}/admin/offline?done=1", staff.city.slug))).into_response()),
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
    let targets = item_options(ctx, city, &ItemCatalog::for_city(&state.db, city).await?, false);
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
    staff: Staff<Publisher>,
) -> AppResult<Response> {
    consultation_form(&ctx, &state, &staff.city, ctx.i18n.t("admin-new-consultation"), "new", FormState::default())
        .await
}

fn consultation_input(form: &CsrfForm) -> ConsultationInput {
    let about = match ItemRef::parse(form.get("about")) {
        Some(ItemRef::Commitment(n)) => Some(UpdateTarget::Commitment(n)),
        Some(ItemRef::Project(n)) => Some(UpdateTarget::Project(n)),
        _ => None,
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

async fn save(
    ctx: Ctx,
    state: AppState,
    staff: Staff<Publisher>,
    n: Option<i64>,
    form: CsrfForm,
) -> AppResult<Response> {
    let input = consultation_input(&form);
    match publishing::save_consultation(&state.db, &state.config.base_url, &staff.city, n, &input, Some(staff.user_id))
        .await
    {
        Ok(n) => Ok(Redirect::to(&ctx.link(&format!("/{}/consultations/{n}", staff.city.slug))).into_response()),
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
    staff: Staff<Publisher>,
    form: CsrfForm,
) -> AppResult<Response> {
    save(ctx, state, staff, None, form).await
}

pub async fn edit_consultation_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
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
    let about = match (k.commitment_id, k.project_id) {
        (Some(id), _) => Some((TargetType::Commitment, id)),
        (_, Some(id)) => Some((TargetType::Project, id)),
        _ => None,
    };
    if let Some((kind, id)) = about {
        if let Some(e) = ItemCatalog::for_city(&state.db, &staff.city).await?.get(kind, id) {
            values.push(("about".into(), e.item.to_string()));
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
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let n: i64 = number.parse().map_err(|_| AppError::NotFound)?;
    save(ctx, state, staff, Some(n), form).await
}
