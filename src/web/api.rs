//! `/api/v1/…`: open data as JSON. Lists are paginated with a stable keyset cursor
//! (`?after=…&limit=…`, `next` in the answer), every answer has an ETag (a matching
//! `If-None-Match` gets 304), and GETs are open to any origin (CORS).

use super::extract::load_city;
use crate::db::{cities, commitments, consultations, projects, updates};
use crate::domain::filters::{self, Types};
use crate::domain::now_ts;
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::open_data;
use crate::state::AppState;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

pub const DEFAULT_LIMIT: i64 = 100;
pub const MAX_LIMIT: i64 = 1000;
const OPENAPI: &str = include_str!("openapi.json");

#[derive(Deserialize, Default)]
pub struct Page {
    after: Option<String>,
    limit: Option<String>,
}

impl Page {
    /// Checks `after` (a key from a previous page, 0 or more) and `limit` (1 to `MAX_LIMIT`);
    /// anything else answers 400 naming the parameter, never a silently different page.
    fn checked(&self) -> AppResult<(i64, i64)> {
        // A parameter given but empty is as unusable as a wrong one.
        let after = match self.after.as_deref().map(str::trim) {
            None => 0,
            Some(a) => a.parse::<i64>().ok().filter(|n| *n >= 0).ok_or(AppError::BadParameter("after"))?,
        };
        let limit = match self.limit.as_deref().map(str::trim) {
            None => DEFAULT_LIMIT,
            Some(l) => {
                l.parse::<i64>().ok().filter(|n| (1..=MAX_LIMIT).contains(n)).ok_or(AppError::BadParameter("limit"))?
            }
        };
        Ok((after, limit))
    }
}

/// `{"items": [...], "next": "…?after=N&limit=L" | null}`.
fn paginated(path: &str, items: Vec<Value>, last_key: Option<i64>, limit: i64) -> Value {
    let next = match last_key {
        Some(k) if items.len() as i64 == limit => Value::String(format!("{path}?after={k}&limit={limit}")),
        _ => Value::Null,
    };
    json!({ "items": items, "next": next })
}

/// JSON with a strong ETag over its bytes; 304 when the client already has it.
fn json_with_etag(request_etag: Option<&HeaderValue>, value: &Value) -> Response {
    let body = serde_json::to_vec(value).expect("JSON values serialise");
    let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&body)[..16]));
    if request_etag
        .and_then(|v| v.to_str().ok())
        // If-None-Match compares weakly (RFC 9110 13.1.2): `W/"x"` matches `"x"`.
        .is_some_and(|v| v.split(',').any(|t| t.trim().trim_start_matches("W/") == etag || t.trim() == "*"))
    {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    ([(header::CONTENT_TYPE, "application/json".to_string()), (header::ETAG, etag)], body).into_response()
}

/// CORS for the open data: any origin may read.
pub async fn cors(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    if is_api {
        let h = response.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
        h.insert(header::ACCESS_CONTROL_EXPOSE_HEADERS, HeaderValue::from_static("ETag"));
        h.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    response
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

pub async fn cities_list(State(state): State<AppState>, headers: axum::http::HeaderMap) -> AppResult<Response> {
    let list: Vec<Value> = cities::list(&state.db).await?.iter().map(open_data::city).collect();
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &json!({ "items": list, "next": null })))
}

pub async fn city_commitments(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
    Query(p): Query<Page>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let (after, limit) = p.checked()?;
    let rows: Vec<_> = commitments::list(&state.db, city.id, &Default::default())
        .await?
        .into_iter()
        .filter(|c| c.row.ref_no > after)
        .take(limit as usize)
        .collect();
    let last = rows.last().map(|c| c.row.ref_no);
    let items = rows.iter().map(open_data::commitment).collect();
    Ok(json_with_etag(
        headers.get(header::IF_NONE_MATCH),
        &paginated(&format!("/api/v1/cities/{slug}/commitments"), items, last, limit),
    ))
}

pub async fn city_projects(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
    Query(p): Query<Page>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let (after, limit) = p.checked()?;
    let rows: Vec<_> = projects::list(&state.db, city.id, None)
        .await?
        .into_iter()
        .filter(|x| x.ref_no > after)
        .take(limit as usize)
        .collect();
    let mut items = Vec::new();
    for x in &rows {
        let linked: Vec<String> = commitments::for_project(&state.db, x.id)
            .await?
            .iter()
            .map(|c| crate::domain::commitment_ref(c.ref_no))
            .collect();
        items.push(open_data::project(x, &linked));
    }
    let last = rows.last().map(|x| x.ref_no);
    Ok(json_with_etag(
        headers.get(header::IF_NONE_MATCH),
        &paginated(&format!("/api/v1/cities/{slug}/projects"), items, last, limit),
    ))
}

pub async fn city_updates(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
    Query(p): Query<Page>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let (after, limit) = p.checked()?;
    let rows = updates::after_seq(&state.db, city.id, after, limit).await?;
    let last = rows.last().map(|u| u.seq);
    let items = rows.iter().map(|u| open_data::update(u, &city.slug)).collect();
    Ok(json_with_etag(
        headers.get(header::IF_NONE_MATCH),
        &paginated(&format!("/api/v1/cities/{slug}/updates"), items, last, limit),
    ))
}

pub async fn city_comments(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
    Query(p): Query<Page>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let (after, limit) = p.checked()?;
    let rows = crate::db::comments::visible_in_city_after(&state.db, city.id, after, limit).await?;
    let labels = open_data::target_labels(&state.db, &city).await?;
    let last = rows.last().map(|c| c.id);
    let items = rows
        .iter()
        .map(|c| {
            open_data::comment(c, labels.get(&(c.target_type.clone(), c.target_id)).map(String::as_str).unwrap_or(""))
        })
        .collect();
    Ok(json_with_etag(
        headers.get(header::IF_NONE_MATCH),
        &paginated(&format!("/api/v1/cities/{slug}/comments"), items, last, limit),
    ))
}

pub async fn city_consultations(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let now = now_ts();
    let items: Vec<Value> =
        consultations::list(&state.db, city.id).await?.iter().map(|k| open_data::consultation(k, now)).collect();
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &json!({ "items": items, "next": null })))
}

pub async fn city_report(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
    uri: axum::http::Uri,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let pairs = filters::checked(uri.query(), Types::Report).map_err(FieldErrors::into_bad_parameter)?;
    let q: HashMap<String, String> = pairs.into_iter().collect();
    let req = crate::services::report::ReportRequest::from_params(&q);
    let r = crate::services::report::build(&state.db, &state.search, &city, &req, crate::domain::Locale::En)
        .await
        .map_err(AppError::Internal)?;
    let mut value = serde_json::to_value(&r).map_err(anyhow::Error::from)?;
    // The generation time would change the ETag on every request.
    value.as_object_mut().map(|o| o.remove("generated_at"));
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &value))
}

/// `GET /api/v1/cities/{city}/challenges`: every challenge to an official status, newest first.
pub async fn city_challenges(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let catalog = crate::services::items::ItemCatalog::for_city(&state.db, &city).await?;
    let now = now_ts();
    let items: Vec<Value> = crate::db::challenges::for_city(&state.db, city.id)
        .await?
        .iter()
        .filter_map(|c| {
            let e = catalog.get_by_name(&c.target_type, c.target_id)?;
            Some(open_data::challenge(c, &e.item.to_string(), now, city.response_days))
        })
        .collect();
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &json!({ "items": items, "next": null })))
}

/// `GET /api/v1/cities/{city}/indicators`: every indicator with its latest value and trend.
pub async fn city_indicators(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let items = open_data::indicators(&state.db, city.id).await?;
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &json!({ "items": items, "next": null })))
}

/// `GET /api/v1/cities/{city}/indicators/{code}/values`: every value ever published, in ledger
/// order, corrections included, with the hashes that chain them.
pub async fn indicator_values(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((slug, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    if !crate::services::indicators::valid_code(&code) {
        return Err(AppError::NotFound);
    }
    let indicator = crate::db::indicators::by_code(&state.db, city.id, &code).await?.ok_or(AppError::NotFound)?;
    let items: Vec<Value> = crate::db::indicators::values_of(&state.db, indicator.id)
        .await?
        .iter()
        .map(open_data::indicator_value)
        .collect();
    Ok(json_with_etag(headers.get(header::IF_NONE_MATCH), &json!({ "items": items, "next": null })))
}
