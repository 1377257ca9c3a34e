//! `/{locale}/search` and `/api/v1/search`: the same search as a page and as JSON.

use super::forms::checked_filters;
use super::{render, Ctx};
use crate::domain::filters::{self, Types};
use crate::error::FieldErrors;
use crate::error::{AppError, AppResult};
use crate::search::query::{self, SearchRequest, SearchResults};
use crate::state::AppState;
use crate::views::search::{FacetGroup, FacetLink, SearchView};
use axum::extract::State;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// Runs the search on the blocking pool: tantivy is CPU-bound.
async fn execute(state: &AppState, req: SearchRequest, locale: crate::domain::Locale) -> AppResult<SearchResults> {
    let search = state.search.clone();
    tokio::task::spawn_blocking(move || query::run(&search, &req, locale))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(AppError::Internal)
}

fn facet_groups(
    ctx: &Ctx,
    req: &SearchRequest,
    results: &SearchResults,
    city_names: &[(String, String)],
) -> Vec<FacetGroup> {
    let i18n = &ctx.i18n;
    let mut groups = Vec::new();
    for (facet, title_key) in [
        ("type", "search-type"),
        ("city", "search-city"),
        ("theme", "filter-theme"),
        ("sdg", "filter-sdg"),
        ("stance", "filter-stance"),
        ("lang", "search-language"),
    ] {
        let Some(values) = results.facets.get(facet) else { continue };
        if values.is_empty() {
            continue;
        }
        let current = match facet {
            "type" => &req.kind,
            "city" => &req.city,
            "theme" => &req.theme,
            "sdg" => &req.sdg,
            "stance" => &req.stance,
            _ => &req.lang,
        };
        let links = values
            .iter()
            .map(|(value, count)| {
                let mut next = req.clone();
                next.page = None;
                let slot = match facet {
                    "type" => &mut next.kind,
                    "city" => &mut next.city,
                    "theme" => &mut next.theme,
                    "sdg" => &mut next.sdg,
                    "stance" => &mut next.stance,
                    _ => &mut next.lang,
                };
                *slot = Some(value.clone());
                let label = match facet {
                    "type" => i18n.tp("kind-", value),
                    "theme" => i18n.theme(value),
                    "sdg" => value.parse::<i64>().map(|n| i18n.sdg(n)).unwrap_or_default(),
                    "stance" => i18n.tp("stance-", value),
                    "lang" => crate::domain::Locale::parse(value).map(|l| i18n.language_name(l)).unwrap_or_default(),
                    _ => city_names
                        .iter()
                        .find(|(s, _)| s == value)
                        .map(|(_, n)| n.clone())
                        .unwrap_or_else(|| value.clone()),
                };
                FacetLink {
                    label,
                    count: *count,
                    href: format!("?{}", next.filters_query()),
                    active: current.as_deref() == Some(value.as_str()),
                }
            })
            .collect();
        groups.push(FacetGroup { name: i18n.t(title_key), links });
    }
    groups
}

fn request(pairs: &[(String, String)]) -> SearchRequest {
    SearchRequest::from_pairs(pairs)
}

pub async fn page(ctx: Ctx, State(state): State<AppState>, uri: Uri) -> AppResult<Response> {
    let mut page = ctx.page(ctx.i18n.t("search-title"));
    page.section = "search";
    let pairs = match checked_filters(page, uri.query(), Types::Search, "search") {
        Ok(pairs) => pairs,
        Err(response) => return Ok(*response),
    };
    let req = request(&pairs);
    let city_names = super::pages::city_names(&ctx, &state).await?;
    let asked = req.is_asked();
    let results = execute(&state, req.clone(), ctx.locale).await?;
    let facets = if asked { facet_groups(&ctx, &req, &results, &city_names) } else { vec![] };
    let mut page = ctx.page(ctx.i18n.t("search-title"));
    page.section = "search";
    render(&SearchView { page, req, results, facets, cities: city_names, asked })
}

/// `GET /api/v1/search`: the same parameters; hits link to English pages. A parameter that
/// cannot be used (or is repeated) answers 400 naming it.
pub async fn api(State(state): State<AppState>, uri: Uri) -> AppResult<Response> {
    let pairs = filters::checked(uri.query(), Types::Search).map_err(FieldErrors::into_bad_parameter)?;
    let req = request(&pairs);
    let results = execute(&state, req, crate::domain::Locale::En).await?;
    Ok(Json(results).into_response())
}
