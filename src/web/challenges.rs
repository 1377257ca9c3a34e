//! Formal challenges to an official status: members of a verified organisation open them from
//! the item, everyone reads them (`/{city}/challenges`), staff answer them.

use super::extract::{ItemPath, ItemScope, Publisher, Staff};
use super::forms::{field_errors, CsrfForm};
use super::pages::{admin_page, city_page};
use super::session::CurrentUser;
use super::{render, render_form, Ctx};
use crate::db::challenges;
use crate::domain::feedback::ChallengeState;
use crate::domain::{now_ts, Status};
use crate::error::{AppError, AppResult};
use crate::services::challenges::{self as service, AnswerInput, ChallengeInput};
use crate::services::feedback::Target;
use crate::services::items::ItemCatalog;
use crate::state::AppState;
use crate::views::forms::FormState;
use crate::views::pages::{ChallengeAnswerView, ChallengeCard, ChallengeFormView, ChallengesView};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

async fn form_page(
    ctx: &Ctx,
    state: &AppState,
    city: &crate::db::cities::City,
    target: &Target,
    form: FormState,
) -> AppResult<Response> {
    let organisations = ctx.viewer(state, city).await?.organisations.clone();
    if organisations.is_empty() {
        return Err(AppError::Forbidden);
    }
    let official_status = service::official_status(&state.db, city, target).await?;
    let title = ctx.i18n.ts("challenge-new-title", "item", &target.label);
    let page = city_page(ctx, state, city, title, "challenges").await;
    let has_errors = form.has_errors();
    let view = ChallengeFormView {
        page,
        item: target.label.clone(),
        action: ctx.link(&format!("{}/challenges", target.path)),
        official_status,
        response_days: city.response_days,
        organisations,
        form,
    };
    render_form(&view, has_errors)
}

pub async fn new_form(
    ctx: Ctx,
    State(state): State<AppState>,
    _user: CurrentUser,
    ItemScope { city, target }: ItemScope,
) -> AppResult<Response> {
    form_page(&ctx, &state, &city, &target, FormState::default()).await
}

pub async fn open(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    item: ItemPath,
    form: CsrfForm,
) -> AppResult<Response> {
    let ItemScope { city, target } = item.resolve(&state).await?;
    let input = ChallengeInput {
        organisation_id: form.get("organisation_id").parse().ok(),
        claimed_status: Status::parse(form.get("claimed_status")),
        body: form.get("body").to_string(),
        evidence: form.evidence_links(),
    };
    match service::open(&state.db, &state.config.base_url, &city, &target, user.id, &input).await {
        Ok(id) => Ok(Redirect::to(&ctx.link(&format!("{}#challenge-{id}", target.path))).into_response()),
        Err(e) => {
            let errors = field_errors(e)?;
            form_page(&ctx, &state, &city, &target, FormState::new(form.redisplay(), errors)).await
        }
    }
}

/// `GET /{locale}/{city}/challenges?state=open|overdue|upheld|rejected`.
pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let city = super::extract::load_city(&state, &slug).await?;
    let wanted = q.get("state").map(|s| s.trim()).filter(|s| !s.is_empty()).unwrap_or("");
    if !["", "open", "overdue", "upheld", "rejected"].contains(&wanted) {
        return Err(AppError::BadParameter("state"));
    }
    let catalog = ItemCatalog::for_city(&state.db, &city).await?;
    let now = now_ts();
    let challenges = challenges::for_city(&state.db, city.id)
        .await?
        .iter()
        .filter_map(|c| {
            let e = catalog.get_by_name(&c.target_type, c.target_id)?;
            Some(ChallengeCard::new(c, &city, now, e.item.to_string(), ctx.link(&e.path)))
        })
        .filter(|c| wanted.is_empty() || c.state == wanted || (wanted == "open" && c.state == "overdue"))
        .collect();
    let page = city_page(&ctx, &state, &city, ctx.i18n.t("challenges-title"), "challenges").await;
    render(&ChallengesView { page, challenges, state: wanted.to_string() })
}

async fn answer_page(
    ctx: &Ctx,
    state: &AppState,
    staff: &Staff<Publisher>,
    challenge: &challenges::Challenge,
    form: FormState,
) -> AppResult<Response> {
    let catalog = ItemCatalog::for_city(&state.db, &staff.city).await?;
    let e = catalog.get_by_name(&challenge.target_type, challenge.target_id).ok_or(AppError::NotFound)?;
    let item = e.item.to_string();
    let ch = ChallengeCard::new(challenge, &staff.city, now_ts(), item.clone(), ctx.link(&e.path));
    let departments =
        crate::db::departments::list(&state.db, staff.city.id).await?.into_iter().map(|(_, n)| n).collect();
    let has_errors = form.has_errors();
    let page = admin_page(ctx, &staff.city, ctx.i18n.ts("challenge-answer-title", "item", &item));
    render_form(&ChallengeAnswerView { page, item, ch, departments, form }, has_errors)
}

async fn load(state: &AppState, staff: &Staff<Publisher>, id: &str) -> AppResult<challenges::Challenge> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    challenges::by_id(&state.db, staff.city.id, id).await?.ok_or(AppError::NotFound)
}

pub async fn answer_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let challenge = load(&state, &staff, &id).await?;
    answer_page(&ctx, &state, &staff, &challenge, FormState::default()).await
}

pub async fn answer(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let challenge = load(&state, &staff, &id).await?;
    let mut input = AnswerInput {
        decision: ChallengeState::parse(form.get("decision")),
        body: form.get("body").to_string(),
        department: form.get("department").to_string(),
        correcting_seq: None,
    };
    let mut parse_errors = crate::error::FieldErrors::default();
    if let Some(v) = form.opt("correcting_seq") {
        match v.trim().trim_start_matches('#').parse::<i64>() {
            Ok(n) => input.correcting_seq = Some(n),
            Err(_) => parse_errors.add("correcting_seq", "form-invalid-number"),
        }
    }
    let result =
        service::answer(&state.db, &state.config.base_url, &staff.city, &challenge, staff.user_id, &input).await;
    match super::forms::merge(parse_errors, result)? {
        Ok(()) => {
            let catalog = ItemCatalog::for_city(&state.db, &staff.city).await?;
            let path = catalog
                .get_by_name(&challenge.target_type, challenge.target_id)
                .map(|e| e.path.clone())
                .unwrap_or_default();
            Ok(Redirect::to(&ctx.link(&format!("{path}#challenge-{}", challenge.id))).into_response())
        }
        Err(errors) => answer_page(&ctx, &state, &staff, &challenge, FormState::new(form.redisplay(), errors)).await,
    }
}
