//! Signed-in residents' public pages from one render kept in memory.
//!
//! Most signed-in readers are residents with no role and no organisation: a page differs
//! between them only by their name, their CSRF token, the controls on their own comments and
//! their follow button. Such a page is rendered once for a stand-in resident with those parts
//! marked (`views::personal`), kept in the page cache beside the anonymous pages (dropped by
//! the same change log), and each resident gets a copy with their own parts filled in: no
//! handler, query or template runs for it but, on item pages, one query for their follow (their
//! standing comes with their session).

use super::http_cache::{depends_on, is_html, sends_only_cookies, MAX_BUFFERED};
use super::session::Session;
use super::SharedRender;
use crate::db::{follows, users};
use crate::page_cache::Depends;
use crate::state::AppState;
use crate::views::personal::{self, Reader};
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

pub async fn for_residents(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let Some(session) = request.extensions().get::<Session>().cloned() else { return next.run(request).await };
    let Some(user) = session.user.clone() else { return next.run(request).await };
    let index_seq = state.search.applied_seq();
    let depends = (request.method() == Method::GET && state.config.page_cache_mb > 0 && shared_by_residents(&request))
        .then(|| depends_on(request.uri().path(), index_seq))
        .flatten()
        .filter(|d| !matches!(d, Depends::Item { page, .. } if page.starts_with("consultations/")));
    let Some(depends) = depends else { return next.run(request).await };
    // Staff, site administrators and organisation members see more than residents do.
    if !session.is_plain_resident() {
        return next.run(request).await;
    }
    let epoch = match state.pages.catch_up(&state.db).await {
        Ok(Some(epoch)) => epoch,
        Ok(None) => return next.run(request).await,
        Err(e) => {
            tracing::warn!(error = %e, "the change log could not be read; rendering without the page cache");
            return next.run(request).await;
        }
    };
    // Residents with an unverified address are told to verify before they may comment.
    let key = format!("resident:{}:{}", user.email_verified_at.is_some(), request.uri());
    let skeleton = match state.pages.get_shared_render(&key, index_seq) {
        Some(entry) => entry,
        None => {
            let stand_in = users::User {
                id: 0,
                email: String::new(),
                display_name: personal::name_placeholder(),
                password_hash: String::new(),
                locale: user.locale.clone(),
                email_verified_at: user.email_verified_at,
                is_site_admin: false,
                created_at: user.created_at,
            };
            let extensions = request.extensions_mut();
            extensions.insert(Session {
                token: session.token.clone(),
                csrf: personal::csrf_placeholder(),
                user: Some(Arc::new(stand_in)),
                standing: session.standing,
            });
            extensions.insert(SharedRender);
            let response = next.run(request).await;
            // Feeds and API answers are the same for every reader and carry no marks.
            if !is_html(response.headers()) {
                return response;
            }
            let storable = response.status() == StatusCode::OK
                && !response.headers().contains_key(header::SET_COOKIE)
                && !response.headers().contains_key(header::CONTENT_ENCODING);
            let (mut parts, body) = response.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, MAX_BUFFERED).await else {
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            };
            // The reader's page is not the skeleton's length.
            parts.headers.remove(header::CONTENT_LENGTH);
            if !storable {
                // Not kept (an error page, say), but still only this reader's.
                let page = fill(&state, &bytes, &session, &user).await;
                return Response::from_parts(parts, Body::from(page));
            }
            let empty = Bytes::new();
            state.pages.put(key, epoch, depends, parts.status, parts.headers, bytes, empty.clone(), empty)
        }
    };
    let page = fill(&state, &skeleton.identity, &session, &user).await;
    let mut response = Response::new(Body::from(page));
    *response.status_mut() = skeleton.status;
    *response.headers_mut() = skeleton.headers.clone();
    response
}

/// The reader's page from a skeleton (or, if it cannot be read as text, the skeleton refused).
async fn fill(state: &AppState, skeleton: &[u8], session: &Session, user: &users::User) -> Bytes {
    let Ok(text) = std::str::from_utf8(skeleton) else { return Bytes::copy_from_slice(skeleton) };
    let mut follows = std::collections::HashSet::new();
    for (kind, id) in personal::followable_items(text) {
        match follows::is_following(&state.db, user.id, &kind, id).await {
            Ok(true) => {
                follows.insert((kind, id));
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "a follow could not be read; the page offers to follow"),
        }
    }
    let reader = Reader {
        user_id: user.id,
        csrf: &session.csrf,
        name: &user.display_name,
        now: crate::domain::now_ts(),
        follows,
    };
    Bytes::from(personal::personalise(text, &reader))
}

/// A request whose page may come from the residents' shared render: it sends no cookie but the
/// session and the language (a one-time notice, say, belongs to this reader alone), and does
/// not confirm a comment just posted, nor show an organisation.
fn shared_by_residents(request: &Request) -> bool {
    let only_known_cookies = sends_only_cookies(request.headers(), &["lang", super::session::COOKIE]);
    let confirms_a_post = request.uri().query().is_some_and(|q| q.contains("posted="));
    // An organisation's page speaks to its members and to the people it invited.
    let organisation_page = request.uri().path().contains("/organisations");
    only_known_cookies && !confirms_a_post && !organisation_page
}
