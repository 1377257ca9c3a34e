//! HTTP caching of what anonymous visitors read: a validator on every public page, feed and API
//! answer (`ETag`, `Last-Modified`), `304 Not Modified` when the client already has those bytes,
//! and `Cache-Control` that lets a proxy in front (nginx, a CDN) keep them for a few seconds.
//! Personal pages (signed in, `/account`, `/admin`, private alert feeds) stay `private, no-store`.
//!
//! It also tells the session layer whether the page carries the visitor's CSRF token: only then
//! does a new visitor get a session cookie, so the pages most people read set no cookie and can
//! be shared by a proxy.

use super::session::Session;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Marker on a response whose body holds the session's CSRF token (a form to post).
#[derive(Clone, Copy)]
pub struct UsesCsrf;

/// How long a shared cache may serve a public page without asking again.
const SHARED_MAX_AGE: &str = "public, max-age=0, s-maxage=5, must-revalidate";
/// Pages larger than this are passed through untouched (none is, by far).
const MAX_BUFFERED: usize = 8 * 1024 * 1024;
fn cacheable_kind(headers: &HeaderMap) -> bool {
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    ["text/html", "application/json", "application/atom+xml", "text/csv"].iter().any(|k| kind.starts_with(k))
}

fn is_html(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"))
}

/// Whether `If-None-Match` names this entity tag (weak comparison, RFC 9110 §13.1.2).
fn none_match(headers: &HeaderMap, etag: &str) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == "*" || opaque(t) == opaque(etag))
}

fn http_date(ts: i64) -> String {
    chrono::DateTime::from_timestamp(ts, 0)
        .map(|d| d.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
        .unwrap_or_default()
}

fn parse_http_date(s: &str) -> Option<i64> {
    chrono::NaiveDateTime::parse_from_str(s.trim(), "%a, %d %b %Y %H:%M:%S GMT").ok().map(|d| d.and_utc().timestamp())
}

pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let csrf = request.extensions().get::<Session>().map(|s| s.csrf.clone()).unwrap_or_default();
    let anonymous = request.extensions().get::<Session>().is_none_or(|s| s.user.is_none());
    let readable = matches!(*request.method(), Method::GET | Method::HEAD);
    let key = request.uri().to_string();
    // Only the two conditional headers are needed after the handler has the request.
    let mut conditions = HeaderMap::new();
    for name in [header::IF_NONE_MATCH, header::IF_MODIFIED_SINCE] {
        for value in request.headers().get_all(&name) {
            conditions.append(name.clone(), value.clone());
        }
    }
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    let private = parts.headers.get(header::CACHE_CONTROL).is_some();
    let inspect =
        is_html(&parts.headers) || (readable && parts.status == StatusCode::OK && cacheable_kind(&parts.headers));
    if !inspect {
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BUFFERED).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if is_html(&parts.headers) && !csrf.is_empty() && memchr::memmem::find(&bytes, csrf.as_bytes()).is_some() {
        parts.extensions.insert(UsesCsrf);
    }
    let shareable = readable && anonymous && !private && parts.status == StatusCode::OK;
    if shareable && parts.extensions.get::<UsesCsrf>().is_none() {
        let hash = hex::encode(&Sha256::digest(&bytes)[..16]);
        // Weak: the compression layer in front changes the bytes, not what they mean.
        let etag = format!("W/\"{hash}\"");
        let modified = state.first_served.at(&key, &hash, crate::domain::now_ts());
        let headers = &mut parts.headers;
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(SHARED_MAX_AGE));
        headers.append(header::VARY, HeaderValue::from_static("Cookie"));
        if let Ok(v) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, v);
        }
        if let Ok(v) = HeaderValue::from_str(&http_date(modified)) {
            headers.insert(header::LAST_MODIFIED, v);
        }
        // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
        let not_modified = if conditions.contains_key(header::IF_NONE_MATCH) {
            none_match(&conditions, &etag)
        } else {
            conditions
                .get(header::IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_http_date)
                .is_some_and(|since| modified <= since)
        };
        if not_modified {
            parts.status = StatusCode::NOT_MODIFIED;
            parts.headers.remove(header::CONTENT_TYPE);
            parts.headers.remove(header::CONTENT_LENGTH);
            return Response::from_parts(parts, Body::empty());
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_tags_compare_weakly_and_in_lists() {
        let mut h = HeaderMap::new();
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_static("\"abc\", W/\"def\""));
        assert!(none_match(&h, "W/\"def\""));
        assert!(none_match(&h, "W/\"abc\""));
        assert!(!none_match(&h, "W/\"xyz\""));
        h.insert(header::IF_NONE_MATCH, HeaderValue::from_static("*"));
        assert!(none_match(&h, "W/\"xyz\""));
    }

    #[test]
    fn http_dates_round_trip() {
        let s = http_date(1_764_979_200);
        assert_eq!(s, "Sat, 06 Dec 2025 00:00:00 GMT");
        assert_eq!(parse_http_date(&s), Some(1_764_979_200));
        assert_eq!(parse_http_date("yesterday"), None);
    }
}
