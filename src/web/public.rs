//! Public read-only pages: cities, commitments, projects.

use super::extract::{CityScope, ItemScope};
use super::forms::checked_filters;
use super::pages::{self, city_page, DiscussionQuery};
use super::{preferred_locale, render, Ctx};
use crate::db::cities;
use crate::db::commitments::{self, Filter};
use crate::db::{comments, projects, updates};
use crate::domain::feedback::TargetType;
use crate::domain::filters::Types;
use crate::domain::{parse_sdg, today_utc, Status, Theme, Translated};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::views::forms::FormState;
use crate::views::pages::*;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::http::Uri;
use axum::response::{Redirect, Response};

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

pub async fn admin_without_slash(ctx: Ctx, Path((_, city)): Path<(String, String)>) -> AppResult<Redirect> {
    if !crate::domain::valid_slug(&city) {
        return Err(AppError::CityNotFound(city));
    }
    Ok(Redirect::permanent(&format!("/{}/{}/admin/", ctx.locale.id(), city)))
}

pub async fn city(ctx: Ctx, State(state): State<AppState>, CityScope(city): CityScope) -> AppResult<Response> {
    let counts = commitments::status_counts(&state.db, city.id).await?;
    let status_counts: Vec<StatusCount> = Status::ALL
        .iter()
        .map(|s| StatusCount {
            status: s.id().to_string(),
            count: counts.iter().find(|(st, _)| st == s.id()).map(|(_, n)| *n).unwrap_or(0),
        })
        .collect();
    let total = status_counts.iter().map(|s| s.count).sum();
    let default = city.default_locale();
    let latest = updates::latest_with_titles(&state.db, city.id, LATEST_UPDATES)
        .await?
        .iter()
        .map(|t| LatestUpdate {
            u: UpdateView::new(&t.update, ctx.locale, default, &city.time_zone),
            title: Shown::of(&Translated::from_json(&t.target_title), ctx.locale, default),
        })
        .collect();
    // Open commitments by due date: those past it first, then those due next.
    let today = today_utc();
    let (overdue, upcoming): (Vec<_>, Vec<_>) = commitments::open_by_due_date(&state.db, city.id)
        .await?
        .into_iter()
        .partition(|c| c.due_date.as_deref().is_some_and(|d| d < today.as_str()));
    let due = |rows: &[crate::db::commitments::CommitmentRow]| -> Vec<DueCommitment> {
        rows.iter().take(DUE_LISTED).map(|c| DueCommitment::new(c, ctx.locale, default)).collect()
    };
    let city_name = Shown::of(&city.name(), ctx.locale, default);
    let page = city_page(&ctx, &state, &city, city_name.text.clone(), "overview").await;
    let consultations = pages::open_cards(&ctx, &state, &city).await?;
    render(&CityView {
        page,
        city_name,
        status_counts,
        total,
        latest,
        all_updates: ctx.link(&format!("/search?city={}&type=update", city.slug)),
        overdue: due(&overdue),
        overdue_total: overdue.len(),
        due_next: due(&upcoming),
        consultations,
    })
}

/// Updates on the city overview (the rest are a link away).
const LATEST_UPDATES: i64 = 5;
/// Commitments in each of the overview's "overdue" and "due next" lists.
const DUE_LISTED: usize = 5;

/// Filters of the commitment list (checked before use).
#[derive(Default)]
struct CommitmentQuery {
    status: Option<String>,
    theme: Option<String>,
    sdg: Option<String>,
}

pub async fn commitments(
    ctx: Ctx,
    State(state): State<AppState>,
    CityScope(city): CityScope,
    uri: Uri,
) -> AppResult<Response> {
    let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale());
    let title = format!("{} · {}", ctx.i18n.t("commitments-title"), city_name.text);
    let frame = city_page(&ctx, &state, &city, title.clone(), "commitments").await;
    // A filter that cannot be used is explained, not silently dropped.
    let pairs = match checked_filters(frame, uri.query(), Types::Report, "commitments") {
        Ok(pairs) => pairs,
        Err(response) => return Ok(*response),
    };
    let get = |n: &str| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    let q = CommitmentQuery {
        status: get("status").map(str::to_string),
        theme: get("theme").map(str::to_string),
        sdg: get("sdg").map(str::to_string),
    };
    let status = q.status.as_deref().and_then(Status::parse);
    let theme = q.theme.as_deref().and_then(Theme::parse);
    let sdg = q.sdg.as_deref().and_then(parse_sdg);
    let filter = Filter { status: status.map(|s| s.id().to_string()), theme: theme.map(|t| t.id().to_string()), sdg };
    let today = today_utc();
    // Each card's comment count, from one query for the whole list.
    let counts = comments::count_top_level_by_item(&state.db, city.id, TargetType::Commitment.id()).await?;
    let items = commitments::list(&state.db, city.id, &filter)
        .await?
        .iter()
        .map(|c| CommitmentCard {
            comments: counts.get(&c.row.id).copied().unwrap_or(0),
            ..CommitmentCard::new(c, ctx.locale, city.default_locale(), &today)
        })
        .collect();
    let page = city_page(&ctx, &state, &city, title, "commitments").await;
    let filter = FilterForm { status: filter.status.unwrap_or_default(), theme: filter.theme.unwrap_or_default(), sdg };
    render(&CommitmentsView { page, city_name, filter, items })
}

/// The page of a commitment, project or consultation.
pub async fn item(
    ctx: Ctx,
    State(state): State<AppState>,
    ItemScope { city, target }: ItemScope,
    Query(q): Query<DiscussionQuery>,
) -> AppResult<Response> {
    pages::item_page(&ctx, &state, &city, &target, &q, FormState::default()).await
}

pub async fn projects(ctx: Ctx, State(state): State<AppState>, CityScope(city): CityScope) -> AppResult<Response> {
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
