//! Operational endpoints and static assets.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;

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
