//! Public read-only pages: cities, commitments, projects.

use super::comments::{self, DiscussionQuery};
use super::{preferred_locale, render, render_form, Ctx};
use crate::db::cities::{self, City};
use crate::db::commitments::{self, Filter};
use crate::db::{assessments, organisations, projects, updates};
use crate::domain::feedback::TargetType;
use crate::domain::{parse_commitment_ref, parse_sdg, today_utc, Status, Theme};
use crate::error::{AppError, AppResult};
use crate::services::feedback::Target;
use crate::state::AppState;
use crate::views::feedback::AssessmentView;
use crate::views::forms::FormState;
use crate::views::pages::*;
use crate::views::{CityNav, Page, Shown};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{Redirect, Response};
use serde::Deserialize;

/// `GET /`: send the visitor to their language.
pub async fn root(headers: HeaderMap) -> Redirect {
    Redirect::to(&format!("/{}/", preferred_locale(&headers).id()))
}

pub async fn locale_without_slash(ctx: Ctx) -> Redirect {
    Redirect::permanent(&format!("/{}/", ctx.locale.id()))
}

pub async fn city_without_slash(ctx: Ctx, Path((_, city)): Path<(String, String)>) -> AppResult<Redirect> {
    if !crate::domain::valid_slug(&city) {
        return Err(AppError::CityNotFound(city));
    }
    Ok(Redirect::permanent(&format!("/{}/{}/", ctx.locale.id(), city)))
}

pub async fn home(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let counts = cities::commitment_counts(&state.db).await?;
    let cities = cities::list(&state.db)
        .await?
        .iter()
        .map(|c| CityCard {
            slug: c.slug.clone(),
            name: Shown::of(&c.name(), ctx.locale, c.default_locale()),
            commitments: counts.iter().find(|(id, _)| *id == c.id).map(|(_, n)| *n).unwrap_or(0),
        })
        .collect();
    let page = ctx.page(ctx.i18n.t("home-title"));
    render(&HomeView { page, cities })
}

/// Loads the city named in the path or answers a translated 404 naming it.
pub async fn load_city(state: &AppState, slug: &str) -> AppResult<City> {
    cities::by_slug(&state.db, slug).await?.ok_or_else(|| AppError::CityNotFound(slug.to_string()))
}

pub async fn city_page(ctx: &Ctx, state: &AppState, city: &City, title: String, section: &'static str) -> Page {
    let mut page = ctx.page(title);
    page.city = Some(CityNav::new(city, ctx.locale));
    page.section = section;
    page.can_admin = super::admin::can_admin(state, &ctx.session, city.id).await;
    page
}

pub async fn admin_without_slash(ctx: Ctx, Path((_, city)): Path<(String, String)>) -> AppResult<Redirect> {
    if !crate::domain::valid_slug(&city) {
        return Err(AppError::CityNotFound(city));
    }
    Ok(Redirect::permanent(&format!("/{}/{}/admin/", ctx.locale.id(), city)))
}

pub async fn city(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let counts = commitments::status_counts(&state.db, city.id).await?;
    let status_counts: Vec<StatusCount> = Status::ALL
        .iter()
        .map(|s| StatusCount {
            status: s.id().to_string(),
            count: counts.iter().find(|(st, _)| st == s.id()).map(|(_, n)| *n).unwrap_or(0),
        })
        .collect();
    let total = status_counts.iter().map(|s| s.count).sum();
    let latest = updates::latest_for_city(&state.db, city.id, 10)
        .await?
        .iter()
        .map(|u| UpdateView::new(u, ctx.locale, city.default_locale(), &city.time_zone))
        .collect();
    let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale());
    let page = city_page(&ctx, &state, &city, city_name.text.clone(), "overview").await;
    let consultations = super::consultations::open_cards(&ctx, &state, &city).await?;
    render(&CityView { page, city_name, status_counts, total, latest, consultations })
}

/// Query of the commitment list. Strings, so that a bad value is ignored rather than a 400.
#[derive(Deserialize, Default)]
pub struct CommitmentQuery {
    status: Option<String>,
    theme: Option<String>,
    sdg: Option<String>,
}

pub async fn commitments(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<CommitmentQuery>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let status = q.status.as_deref().and_then(Status::parse);
    let theme = q.theme.as_deref().and_then(Theme::parse);
    let sdg = q.sdg.as_deref().and_then(parse_sdg);
    let filter = Filter { status: status.map(|s| s.id().to_string()), theme: theme.map(|t| t.id().to_string()), sdg };
    let today = today_utc();
    let items = commitments::list(&state.db, city.id, &filter)
        .await?
        .iter()
        .map(|c| CommitmentCard::new(c, ctx.locale, city.default_locale(), &today))
        .collect();
    let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale());
    let title = format!("{} · {}", ctx.i18n.t("commitments-title"), city_name.text);
    let page = city_page(&ctx, &state, &city, title, "commitments").await;
    let filter = FilterForm { status: filter.status.unwrap_or_default(), theme: filter.theme.unwrap_or_default(), sdg };
    render(&CommitmentsView { page, city_name, filter, items })
}

pub async fn commitment(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, reference)): Path<(String, String, String)>,
    Query(q): Query<DiscussionQuery>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = comments::resolve(&state, &city, TargetType::Commitment, &reference).await?;
    item_page(&ctx, &state, &city, &target, &q, FormState::default()).await
}

/// The page of a commitment, project or consultation, with its discussion (and the comment
/// form in the given state).
pub async fn item_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    match target.kind {
        TargetType::Commitment => commitment_page(ctx, state, city, target, q, form, FormState::default()).await,
        TargetType::Project => project_page(ctx, state, city, target, q, form).await,
        _ => super::consultations::consultation_page(ctx, state, city, target, q, form).await,
    }
}

pub async fn item_page_with_assessment_errors(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    assess: FormState,
) -> AppResult<Response> {
    commitment_page(ctx, state, city, target, &DiscussionQuery::default(), FormState::default(), assess).await
}

async fn commitment_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
    assess_form: FormState,
) -> AppResult<Response> {
    let ref_no = parse_commitment_ref(&target.label).ok_or(AppError::NotFound)?;
    let c = commitments::by_ref(&state.db, city.id, ref_no).await?.ok_or(AppError::NotFound)?;
    let default = city.default_locale();
    let timeline = updates::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|u| UpdateView::new(u, ctx.locale, default, &city.time_zone))
        .collect();
    let projects = projects::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|p| ProjectCard::new(p, ctx.locale, default))
        .collect();
    let assessments = assessments::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|a| AssessmentView::new(a, &city.time_zone))
        .collect();
    // Members of a verified organisation of this city may publish an assessment.
    let assess_as: Vec<(i64, String)> = match ctx.session.user() {
        Some(u) => organisations::of_member(&state.db, u.id)
            .await?
            .into_iter()
            .filter(|(o, _)| o.city_id == city.id && o.is_verified())
            .map(|(o, _)| (o.id, o.name))
            .collect(),
        None => vec![],
    };
    let card = CommitmentCard::new(&c, ctx.locale, default, &today_utc());
    let title = format!("{} {}", card.reference, card.title.text);
    let page = city_page(ctx, state, city, title, "commitments").await;
    let discussion = comments::discussion(ctx, state, city, target, q, form).await?;
    let has_errors = discussion.form.has_errors() || assess_form.has_errors();
    let view = CommitmentView {
        page,
        body: Shown::of(&crate::domain::Translated::from_json(&c.row.body), ctx.locale, default),
        baseline: c.row.baseline.clone(),
        target: c.row.target.clone(),
        kpis: c.kpis(),
        c: card,
        timeline,
        projects,
        assessments,
        assess_as,
        assess_form,
        discussion,
    };
    render_form(&view, has_errors)
}

pub async fn projects(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let items = projects::list(&state.db, city.id, None)
        .await?
        .iter()
        .map(|p| ProjectCard::new(p, ctx.locale, city.default_locale()))
        .collect();
    let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale());
    let title = format!("{} · {}", ctx.i18n.t("projects-title"), city_name.text);
    let page = city_page(&ctx, &state, &city, title, "projects").await;
    render(&ProjectsView { page, city_name, items })
}

pub async fn project(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
    Query(q): Query<DiscussionQuery>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = comments::resolve(&state, &city, TargetType::Project, &number).await?;
    item_page(&ctx, &state, &city, &target, &q, FormState::default()).await
}

async fn project_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    let ref_no: i64 = target.label.trim_start_matches("P-").parse().map_err(|_| AppError::NotFound)?;
    let p = projects::by_ref(&state.db, city.id, ref_no).await?.ok_or(AppError::NotFound)?;
    let default = city.default_locale();
    let timeline = updates::for_project(&state.db, p.id)
        .await?
        .iter()
        .map(|u| UpdateView::new(u, ctx.locale, default, &city.time_zone))
        .collect();
    let commitments = commitments::for_project(&state.db, p.id)
        .await?
        .iter()
        .map(|c| CommitmentLink::new(c, ctx.locale, default))
        .collect();
    let card = ProjectCard::new(&p, ctx.locale, default);
    let page = city_page(ctx, state, city, card.title.text.clone(), "projects").await;
    let discussion = comments::discussion(ctx, state, city, target, q, form).await?;
    let has_errors = discussion.form.has_errors();
    let view = ProjectView {
        page,
        body: Shown::of(&crate::domain::Translated::from_json(&p.body), ctx.locale, default),
        start_date: p.start_date.clone(),
        end_date: p.end_date.clone(),
        coordinates: p.lat.zip(p.lon).map(|(lat, lon)| format!("{lat:.4}, {lon:.4}")),
        p: card,
        commitments,
        timeline,
        discussion,
    };
    render_form(&view, has_errors)
}
