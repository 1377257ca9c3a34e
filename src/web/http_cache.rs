//! HTTP caching of what anonymous visitors read: a validator on every public page, feed and API
//! answer (`ETag`, `Last-Modified`), `304 Not Modified` when the client already has those bytes,
//! and `Cache-Control` that lets a proxy in front (nginx, a CDN) keep them for a few seconds.
//! Personal pages (signed in, `/account`, `/admin`, private alert feeds) stay `private, no-store`.
//!
//! In front of that, `from_memory` serves the same anonymous pages from the in-process page
//! cache (`crate::page_cache`), already compressed, after reading the change log.
//!
//! It also tells the session layer whether the page carries the visitor's CSRF token: only then
//! does a new visitor get a session cookie, so the pages most people read set no cookie and can
//! be shared by a proxy.

use super::session::Session;
use crate::page_cache::{Depends, Entry};
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
pub(super) const MAX_BUFFERED: usize = 8 * 1024 * 1024;
fn cacheable_kind(headers: &HeaderMap) -> bool {
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    ["text/html", "application/json", "application/atom+xml", "text/csv"].iter().any(|k| kind.starts_with(k))
}

pub(super) fn is_html(headers: &HeaderMap) -> bool {
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

/// Whether the client already has these bytes. If-None-Match wins over If-Modified-Since when
/// both are sent (RFC 9110 §13.2.2).
fn not_modified(conditions: &HeaderMap, etag: &str, modified: Option<i64>) -> bool {
    if conditions.contains_key(header::IF_NONE_MATCH) {
        return none_match(conditions, etag);
    }
    let since = conditions.get(header::IF_MODIFIED_SINCE).and_then(|v| v.to_str().ok()).and_then(parse_http_date);
    since.zip(modified).is_some_and(|(since, modified)| modified <= since)
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
        if not_modified(&conditions, &etag, Some(modified)) {
            parts.status = StatusCode::NOT_MODIFIED;
            parts.headers.remove(header::CONTENT_TYPE);
            parts.headers.remove(header::CONTENT_LENGTH);
            return Response::from_parts(parts, Body::empty());
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// City pages that may be kept in memory (search results are matched apart, in `depends_on`).
const CITY_SECTIONS: &[&str] = &[
    "",
    "commitments",
    "projects",
    "consultations",
    "indicators",
    "challenges",
    "report",
    "feed.atom",
    "organisations",
    "about",
    "privacy",
];

/// The item page an address belongs to, when it names the item the way the log does
/// (`commitments/C-3`, `projects/2`); other spellings count as city pages.
fn item_page(section: &str, key: &str) -> Option<String> {
    let canonical = match section {
        "commitments" => crate::domain::items::ItemRef::parse(key).is_some_and(|r| r.to_string() == key),
        "projects" | "consultations" => key.parse::<i64>().is_ok_and(|n| n > 0 && n.to_string() == key),
        _ => false,
    };
    canonical.then(|| format!("{section}/{key}"))
}

/// What an anonymous GET shows, if it may come from memory (`index_seq`: where the search
/// index is now).
pub(super) fn depends_on(path: &str, index_seq: i64) -> Option<Depends> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match segments.as_slice() {
        ["api", "v1", "search"] => Some(Depends::Search { index_seq }),
        [locale, "search"] if crate::domain::Locale::parse(locale).is_some() => Some(Depends::Search { index_seq }),
        ["api", "v1", "cities"] | ["api", "v1", "openapi.json"] => Some(Depends::Site),
        ["api", "v1", "cities", city, ..] => Some(Depends::City(city.to_string())),
        [locale, ""] if crate::domain::Locale::parse(locale).is_some() => Some(Depends::Site),
        [locale, city, section, rest @ ..]
            if crate::domain::Locale::parse(locale).is_some()
                && CITY_SECTIONS.contains(section)
                && *city != "search" =>
        {
            let item = rest.first().filter(|k| **k != "feed.atom").and_then(|key| item_page(section, key));
            Some(match item {
                Some(page) => Depends::Item { city: city.to_string(), page },
                None => Depends::City(city.to_string()),
            })
        }
        _ => None,
    }
}

/// Only visitors who send no cookie but their language choice share pages.
fn shares_pages(headers: &HeaderMap) -> bool {
    !headers.contains_key(header::AUTHORIZATION) && sends_only_cookies(headers, &["lang"])
}

/// Whether every cookie the request sends is one of `names`.
pub(super) fn sends_only_cookies(headers: &HeaderMap, names: &[&str]) -> bool {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .all(|c| c.is_empty() || c.split_once('=').is_some_and(|(name, _)| names.contains(&name)))
}

#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

/// The best encoding the client accepts (`q=0` refuses one).
fn encoding(headers: &HeaderMap) -> Encoding {
    let accepted = |name: &str| {
        let items = headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok());
        items.flat_map(|v| v.split(',')).any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let refused = |p: &str| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()) == Some(0.0);
            parts.next().is_some_and(|coding| coding.eq_ignore_ascii_case(name)) && !parts.any(refused)
        })
    };
    if accepted("br") {
        Encoding::Brotli
    } else if accepted("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn compress(bytes: &[u8]) -> (Vec<u8>, Vec<u8>) {
    use std::io::Write;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let _ = gzip.write_all(bytes);
    let gzip = gzip.finish().unwrap_or_default();
    let mut brotli = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 5, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params);
    (gzip, brotli)
}

/// A stored page as this request asks for it: compressed as it accepts, 304 when it already
/// has these bytes, headers only for HEAD.
fn respond(entry: &Entry, request_headers: &HeaderMap, head: bool) -> Response {
    let mut headers = entry.headers.clone();
    let etag = headers.get(header::ETAG).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let modified = headers.get(header::LAST_MODIFIED).and_then(|v| v.to_str().ok()).and_then(parse_http_date);
    headers.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if not_modified(request_headers, &etag, modified) {
        headers.remove(header::CONTENT_TYPE);
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        *response.headers_mut() = headers;
        return response;
    }
    let (body, coding) = match encoding(request_headers) {
        Encoding::Brotli if !entry.brotli.is_empty() => (entry.brotli.clone(), Some("br")),
        Encoding::Brotli | Encoding::Gzip if !entry.gzip.is_empty() => (entry.gzip.clone(), Some("gzip")),
        _ => (entry.identity.clone(), None),
    };
    if let Some(coding) = coding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    let mut response = Response::new(if head { Body::empty() } else { Body::from(body) });
    *response.status_mut() = entry.status;
    *response.headers_mut() = headers;
    response
}

/// Serves anonymous public pages from memory when nothing they show has changed since they
/// were rendered, and keeps what it renders for the next visitor.
pub async fn from_memory(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let cacheable = matches!(method, Method::GET | Method::HEAD) && shares_pages(request.headers());
    // Read before rendering: a batch applied meanwhile makes the stored page stale.
    let index_seq = state.search.applied_seq();
    let depends = if cacheable { depends_on(request.uri().path(), index_seq) } else { None };
    let Some(depends) = depends.filter(|_| state.config.page_cache_mb > 0) else {
        return next.run(request).await;
    };
    // Without the change log read, the cache cannot vouch for its pages: render instead.
    let epoch = match state.pages.catch_up(&state.db).await {
        Ok(epoch) => epoch,
        Err(e) => {
            tracing::warn!(error = %e, "the change log could not be read; rendering without the page cache");
            None
        }
    };
    let Some(epoch) = epoch else { return next.run(request).await };
    let key = request.uri().to_string();
    let request_headers = request.headers().clone();
    if let Some(entry) = state.pages.get(&key, index_seq) {
        return respond(&entry, &request_headers, method == Method::HEAD);
    }
    let response = next.run(request).await;
    let storable = method == Method::GET
        && response.status() == StatusCode::OK
        && response.headers().get(header::CACHE_CONTROL).is_some_and(|v| v == SHARED_MAX_AGE)
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING);
    if !storable {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BUFFERED).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let (gzip, brotli) = crate::off_the_workers(|| compress(&bytes));
    let mut headers = parts.headers;
    headers.remove(header::CONTENT_LENGTH);
    let entry = state.pages.put(key, epoch, depends, parts.status, headers, bytes, gzip.into(), brotli.into());
    respond(&entry, &request_headers, false)
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
    fn addresses_map_to_what_they_show() {
        let item = |page: &str| Some(Depends::Item { city: "a".into(), page: page.into() });
        assert_eq!(depends_on("/en/a/commitments/C-3", 0), item("commitments/C-3"));
        assert_eq!(depends_on("/en/a/commitments/C-3/feed.atom", 0), item("commitments/C-3"));
        assert_eq!(depends_on("/ar/a/consultations/2/results", 0), item("consultations/2"));
        assert_eq!(depends_on("/en/a/commitments/c-3", 0), Some(Depends::City("a".into())), "another spelling");
        assert_eq!(depends_on("/en/a/projects/02", 0), Some(Depends::City("a".into())));
        assert_eq!(depends_on("/en/a/indicators/feed.atom", 0), Some(Depends::City("a".into())));
        assert_eq!(depends_on("/en/a/", 0), Some(Depends::City("a".into())));
        assert_eq!(depends_on("/api/v1/cities/a/report", 0), Some(Depends::City("a".into())));
        assert_eq!(depends_on("/en/", 0), Some(Depends::Site));
        assert_eq!(depends_on("/en/search", 7), Some(Depends::Search { index_seq: 7 }));
        assert_eq!(depends_on("/api/v1/search", 7), Some(Depends::Search { index_seq: 7 }));
        for personal in ["/en/a/admin/", "/en/account", "/xx/search", "/static/style.css", "/xx/a/"] {
            assert_eq!(depends_on(personal, 0), None, "{personal}");
        }
    }

    #[test]
    fn encodings_follow_accept_encoding() {
        let with = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(v));
            encoding(&h)
        };
        assert!(with("gzip, deflate, br") == Encoding::Brotli);
        assert!(with("gzip, br;q=0") == Encoding::Gzip);
        assert!(with("br;q=0.5") == Encoding::Brotli);
        assert!(with("identity") == Encoding::Identity);
        assert!(encoding(&HeaderMap::new()) == Encoding::Identity);
    }

    #[test]
    fn only_cookie_free_visitors_share_pages() {
        let with = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::COOKIE, HeaderValue::from_static(v));
            shares_pages(&h)
        };
        assert!(shares_pages(&HeaderMap::new()));
        assert!(with("lang=ar"));
        assert!(!with("lang=ar; townhall_session=x"));
        assert!(!with("flash=1"));
    }

    #[test]
    fn http_dates_round_trip() {
        let s = http_date(1_764_979_200);
        assert_eq!(s, "Sat, 06 Dec 2025 00:00:00 GMT");
        assert_eq!(parse_http_date(&s), Some(1_764_979_200));
        assert_eq!(parse_http_date("yesterday"), None);
    }
}
