//! Operational endpoints and static assets.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

const STYLESHEET: &str = include_str!("../../templates/static/style.css");

pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready when the database answers and the index can be searched.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if !state.db.ping().await {
        return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable");
    }
    if state.search.reader.searcher().segment_readers().iter().any(|s| s.max_doc() == u32::MAX) {
        return (StatusCode::SERVICE_UNAVAILABLE, "index unavailable");
    }
    (StatusCode::OK, "ready")
}

pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], STYLESHEET)
}

/// Middleware: counts every answer by status class and latency.
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.observe(response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}

/// `/metrics` in the Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let text = state.metrics.render(&state.db, &state.search).await;
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text)
}
