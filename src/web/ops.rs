//! Operational endpoints and static assets.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

/// The stylesheet as written (commented, one rule a line) is served without its comments and
/// spaces: every page loads it, and the page-weight budget counts it.
static STYLESHEET: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| minify_css(include_str!("../../templates/static/style.css")));

/// Drops comments and the whitespace CSS does not need. Spaces that separate words are kept
/// (descendant combinators, `calc(1rem - 2px)`, `0 0 0 / 0.2`), and a space is never removed
/// before a colon (`.card :is(h2)` is not `.card:is(h2)`).
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let words: Vec<char> = text.split_whitespace().collect::<Vec<_>>().join(" ").chars().collect();
    let tight = |c: Option<&char>| matches!(c, Some('{' | '}' | ';' | ','));
    let mut out = String::with_capacity(words.len());
    for (i, &c) in words.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|j| words.get(j));
        if c == ' ' && (tight(words.get(i + 1)) || tight(before) || before == Some(&':')) {
            continue;
        }
        out.push(c);
    }
    out.replace(";}", "}")
}

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
    let css: &'static str = &STYLESHEET;
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], css)
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
    let mut text = state.metrics.render(&state.db, &state.search).await;
    text.push_str(&state.pages.render_metrics());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], text)
}

#[cfg(test)]
mod tests {
    use super::minify_css;

    #[test]
    fn the_stylesheet_loses_comments_and_spaces_but_not_meaning() {
        let css = "/* note */\n.card :is(h2, h3) a:hover { color: red; }\n@media (min-width: 60rem) {\n  .a > .b { width: calc(100% - 2rem); background: rgb(0 0 0 / 0.2); }\n}\n.c::after { content: \":\"; }";
        assert_eq!(
            minify_css(css),
            ".card :is(h2,h3) a:hover{color:red}@media (min-width:60rem){.a > .b{width:calc(100% - 2rem);background:rgb(0 0 0 / 0.2)}}.c::after{content:\":\"}"
        );
        let served = minify_css(include_str!("../../templates/static/style.css"));
        assert!(!served.contains("/*") && served.len() < include_str!("../../templates/static/style.css").len());
        assert_eq!(served.matches('{').count(), served.matches('}').count());
    }
}
