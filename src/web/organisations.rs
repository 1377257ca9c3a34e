//! Civil-society organisations: a resident asks for a profile, a city admin verifies it,
//! the organisation's admin adds members.

use super::extract::load_city;
use super::forms::CsrfForm;
use super::session::CurrentUser;
use super::{render_form, Ctx};
use crate::db::organisations;
use crate::domain::accounts::normalise_email;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services;
use crate::state::AppState;
use crate::views::admin::{OrganisationRequestView, OrganisationView};
use crate::views::forms::FormState;
use crate::views::CityNav;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// The request form, with the city's verification policy.
fn request_page(ctx: &Ctx, city: &crate::db::cities::City, form: FormState) -> AppResult<Response> {
    let mut page = ctx.page(ctx.i18n.t("org-request-title"));
    page.city = Some(CityNav::new(city, ctx.locale));
    let policy = crate::views::Shown::of(&city.verification_policy(), ctx.locale, city.default_locale());
    let has_errors = form.has_errors();
    render_form(&OrganisationRequestView { page, form, policy }, has_errors)
}

pub async fn request_form(
    ctx: Ctx,
    State(state): State<AppState>,
    _user: CurrentUser,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    request_page(&ctx, &city, FormState::default())
}

pub async fn request(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    if super::forms::is_bot(&form) {
        return Ok(Redirect::to(&ctx.link(&format!("/{slug}/"))).into_response());
    }
    let request = services::organisations::OrganisationRequest {
        name: form.get("name").to_string(),
        website: form.get("website").to_string(),
        description: form.get("description").to_string(),
    };
    let id = match services::organisations::request(&state.db, &state.config.base_url, &city, user.id, &request).await {
        Ok(id) => id,
        Err(e) => {
            let errors = super::forms::field_errors(e)?;
            return request_page(&ctx, &city, FormState::new(form.redisplay(), errors));
        }
    };
    Ok(Redirect::to(&ctx.link(&format!("/{slug}/organisations/{id}?requested=1"))).into_response())
}

async fn show_page(ctx: &Ctx, state: &AppState, slug: &str, id: &str, form: FormState) -> AppResult<Response> {
    let (city, org) = city_and_organisation(state, slug, id).await?;
    let members = organisations::member_names(&state.db, org.id).await?;
    let (membership, invited) = match ctx.session.user() {
        Some(u) => (
            organisations::membership(&state.db, org.id, u.id).await?,
            organisations::is_invited(&state.db, org.id, u.id).await?,
        ),
        None => (None, false),
    };
    let is_org_admin = membership == Some(true);
    let is_member = membership.is_some();
    let mut page = ctx.page(org.name.clone());
    page.city = Some(CityNav::new(&city, ctx.locale));
    if ctx.path_rest.contains("requested=1") {
        page.notice = Some(ctx.i18n.t("org-requested"));
    } else {
        for (flag, key) in [
            ("invited=1", "org-invited"),
            ("joined=1", "org-joined"),
            ("declined=1", "org-declined"),
            ("left=1", "org-left"),
        ] {
            if ctx.path_rest.contains(flag) {
                page.notice = Some(ctx.i18n.t(key));
            }
        }
    }
    let activity = activity(ctx, state, &city, org.id).await?;
    let has_errors = form.has_errors();
    let view = OrganisationView { page, org, members, is_org_admin, is_member, invited, form, activity };
    render_form(&view, has_errors)
}

pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, id)): Path<(String, String, String)>,
    Query(_q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    show_page(&ctx, &state, &slug, &id, FormState::default()).await
}

/// The organisation's admin invites a person by address; the answer does not tell whether
/// the address has an account.
pub async fn add_member(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let (city, org) = city_and_organisation(&state, &slug, &id).await?;
    let email = form.get("email").trim();
    if !crate::domain::accounts::valid_email(&normalise_email(email)) {
        if organisations::membership(&state.db, org.id, user.id).await? != Some(true) {
            return Err(AppError::Forbidden);
        }
        let mut errors = FieldErrors::default();
        errors.add("email", "form-invalid-email");
        return show_page(&ctx, &state, &slug, &id, FormState::new(form.redisplay(), errors)).await;
    }
    services::organisations::invite(&state.db, &state.config.base_url, &city.slug, &org, user.id, email).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{slug}/organisations/{}?invited=1", org.id))).into_response())
}

/// How many lines of activity an organisation's page shows.
const ACTIVITY_LINES: usize = 60;

/// The organisation's assessments, challenges and comments in the city, newest first.
async fn activity(
    ctx: &Ctx,
    state: &AppState,
    city: &crate::db::cities::City,
    organisation_id: i64,
) -> AppResult<Vec<crate::views::admin::ActivityLine>> {
    use crate::views::admin::ActivityLine;
    let catalog = crate::services::items::ItemCatalog::for_city(&state.db, city).await?;
    let tz = &city.time_zone;
    let line = |kind: &str, target: &str, id: i64, anchor: String, at: i64, detail: String| {
        let e = catalog.get_by_name(target, id)?;
        Some(ActivityLine {
            kind: ctx.i18n.t(kind),
            reference: e.item.to_string(),
            title: crate::views::Shown::of(&e.title, ctx.locale, city.default_locale()).text,
            href: ctx.link(&format!("{}{anchor}", e.path)),
            date: crate::views::format_date(at, tz),
            detail,
            at,
        })
    };
    let mut lines = Vec::new();
    for a in crate::db::assessments::for_organisation(&state.db, organisation_id).await? {
        let detail = ctx.i18n.tp("rating-", &a.assessment.rating);
        let anchor = format!("#assessment-{}", a.assessment.id);
        lines.extend(line(
            "org-activity-assessment",
            "commitment",
            a.commitment_id,
            anchor,
            a.assessment.created_at,
            detail,
        ));
    }
    let now = crate::domain::now_ts();
    for c in crate::db::challenges::for_organisation(&state.db, organisation_id).await? {
        let state_id = if c.is_overdue(now, city.response_days) { "overdue" } else { c.state.id() };
        let detail = format!(
            "{} → {} · {}",
            ctx.i18n.status(&c.official_status),
            ctx.i18n.status(&c.claimed_status),
            ctx.i18n.tp("challenge-state-", state_id)
        );
        let anchor = format!("#challenge-{}", c.id);
        lines.extend(line("org-activity-challenge", &c.target_type, c.target_id, anchor, c.created_at, detail));
    }
    for c in crate::db::comments::visible_by_organisation(&state.db, organisation_id, ACTIVITY_LINES as i64).await? {
        let mut detail: String = c.body.chars().take(160).collect();
        if c.body.chars().count() > 160 {
            detail.push('…');
        }
        let anchor = format!("#comment-{}", c.id);
        lines.extend(line("org-activity-comment", &c.target_type, c.target_id, anchor, c.created_at, detail));
    }
    lines.sort_by_key(|l| std::cmp::Reverse(l.at));
    lines.truncate(ACTIVITY_LINES);
    Ok(lines)
}

/// The city and the organisation named in the path, or 404.
async fn city_and_organisation(
    state: &AppState,
    slug: &str,
    id: &str,
) -> AppResult<(crate::db::cities::City, organisations::Organisation)> {
    let city = load_city(state, slug).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = organisations::by_id(&state.db, city.id, id).await?.ok_or(AppError::NotFound)?;
    Ok((city, org))
}

/// The invited person accepts (`decision=accept`) or declines.
pub async fn answer_invitation(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let (_, org) = city_and_organisation(&state, &slug, &id).await?;
    let accept = match form.get("decision") {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    services::organisations::answer(&state.db, &org, user.id, accept).await?;
    let done = if accept { "joined=1" } else { "declined=1" };
    Ok(Redirect::to(&ctx.link(&format!("/{slug}/organisations/{}?{done}", org.id))).into_response())
}

/// A member leaves the organisation.
pub async fn leave(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, slug, id)): Path<(String, String, String)>,
    _form: CsrfForm,
) -> AppResult<Response> {
    let (_, org) = city_and_organisation(&state, &slug, &id).await?;
    services::organisations::leave(&state.db, &org, user.id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{slug}/organisations/{}?left=1", org.id))).into_response())
}

/// `GET /{locale}/{city}/organisations`: the public directory of verified organisations.
pub async fn directory(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let mut organisations = Vec::new();
    for o in organisations::for_city(&state.db, city.id).await?.into_iter().filter(|o| o.is_verified()) {
        let members = organisations::member_names(&state.db, o.id).await?.len();
        let assessments = crate::db::assessments::for_organisation(&state.db, o.id).await?.len();
        let challenges = crate::db::challenges::for_organisation(&state.db, o.id).await?.len();
        organisations.push(crate::views::admin::DirectoryEntry {
            id: o.id,
            name: o.name,
            website: o.website,
            description: o.description.chars().take(300).collect(),
            members,
            assessments,
            challenges,
        });
    }
    let mut page = ctx.page(ctx.i18n.t("orgs-title"));
    page.city = Some(CityNav::new(&city, ctx.locale));
    render_form(&crate::views::admin::DirectoryView { page, organisations }, false)
}
