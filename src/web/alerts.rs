//! What a saved search's token opens without signing in: its private Atom feed and the
//! one-click unsubscribe link of its mails.

use super::{render, Ctx};
use crate::db::saved_searches;
use crate::domain::{Locale, Translated};
use crate::error::{AppError, AppResult};
use crate::services::alerts;
use crate::state::AppState;
use crate::views::account::MessageView;
use crate::views::atom::Entry;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;

/// How many of the latest matches a feed carries.
const FEED_ENTRIES: usize = 50;

/// `GET /{locale}/alerts/{token}/feed.atom`: what the saved search found, newest first.
pub async fn feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> AppResult<Response> {
    if !crate::services::accounts::well_formed_token(&token) {
        return Err(AppError::NotFound);
    }
    let saved = saved_searches::by_feed_token(&state.db, &token).await?.ok_or(AppError::NotFound)?;
    let base = &state.config.base_url;
    let found = saved_searches::recent_documents(&state.db, saved.id, FEED_ENTRIES).await?;
    let mut entries: Vec<Entry> = found
        .iter()
        .map(|m| {
            let link = format!("{base}{}", ctx.link(&m.link));
            Entry {
                id: format!("{link}#{}", m.doc_key),
                title: format!(
                    "{} · {}",
                    ctx.i18n.tp("kind-", &m.kind),
                    Translated::from_json(&m.titles).show(ctx.locale, Locale::En).text
                ),
                link,
                updated: m.date,
                author: m.city.clone(),
                content: m.snippet.clone(),
            }
        })
        .collect();
    let description = alerts::describe(&ctx.i18n, &saved.query);
    let self_link = format!("{base}{}", ctx.link(&format!("/alerts/{token}/feed.atom")));
    let alternate = format!("{base}{}", ctx.link(&format!("/search?{}", saved.query)));
    let title = ctx.i18n.ts("saved-feed-title", "search", &description);
    let mut response = crate::views::atom::response(&self_link, &title, &self_link, &alternate, &mut entries);
    // The address is the secret: keep it out of shared caches and search engines.
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    response.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex"));
    Ok(response)
}

#[derive(askama::Template)]
#[template(path = "comments/alert_unsubscribe.html")]
pub struct AlertUnsubscribeView {
    pub page: crate::views::Page,
    pub description: String,
}

/// `GET /{locale}/alerts/{token}/unsubscribe`: one button (mail scanners follow links, so a
/// GET changes nothing).
pub async fn unsubscribe_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> AppResult<Response> {
    let found = match crate::services::accounts::well_formed_token(&token) {
        true => saved_searches::by_unsubscribe_token(&state.db, &token).await?,
        false => None,
    };
    let Some(saved) = found else { return bad_link(&ctx) };
    let description = alerts::describe(&ctx.i18n, &saved.query);
    render(&AlertUnsubscribeView { page: ctx.page(ctx.i18n.t("saved-unsubscribe-title")), description })
}

/// `POST /{locale}/alerts/{token}/unsubscribe`: the token is the authority (RFC 8058 one-click
/// works without a session); deletes that saved search only.
pub async fn unsubscribe(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
) -> AppResult<Response> {
    if !crate::services::accounts::well_formed_token(&token) || !alerts::unsubscribe(&state.db, &token).await? {
        return bad_link(&ctx);
    }
    let heading = ctx.i18n.t("saved-unsubscribed-title");
    let link = Some((ctx.link("/account/saved-searches"), ctx.i18n.t("saved-title")));
    render(&MessageView {
        page: ctx.page(heading.clone()),
        heading,
        message: ctx.i18n.t("saved-unsubscribed-body"),
        link,
    })
}

fn bad_link(ctx: &Ctx) -> AppResult<Response> {
    let heading = ctx.i18n.t("unsubscribe-bad-title");
    let mut response = render(&MessageView {
        page: ctx.page(heading.clone()),
        heading,
        message: ctx.i18n.t("unsubscribe-bad-body"),
        link: None,
    })?;
    *response.status_mut() = StatusCode::NOT_FOUND;
    Ok(response)
}
