//! Sessions and CSRF.
//!
//! Every browser gets a random `townhall_session` token (HttpOnly, SameSite=Lax). Only a
//! logged-in session has a database row (keyed by the token's SHA-256), so any server
//! process can serve any request. The CSRF token is an HMAC of the session token under a
//! secret kept in the database: it needs no storage and changes when the session rotates.

use crate::db::{roles, users, Db};
use crate::domain::accounts::{Permissions, Role};
use crate::domain::now_ts;
use crate::error::{AppError, AppResult};
use crate::services::accounts::{hash_token, new_token};
use crate::state::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::Arc;

pub const COOKIE: &str = "townhall_session";
/// A session ends after a week without activity, and after 30 days in any case.
const IDLE_SECONDS: i64 = 7 * 86_400;
const MAX_AGE_SECONDS: i64 = 30 * 86_400;
/// `last_seen_at` is written at most this often, to keep reads cheap.
const TOUCH_EVERY: i64 = 300;
/// Largest form body accepted (a long comment in any script fits many times over).
pub const MAX_FORM_BYTES: usize = 256 * 1024;

#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub csrf: String,
    pub user: Option<Arc<users::User>>,
    /// The signed-in person's roles and organisations in short (all false when anonymous).
    pub standing: users::Standing,
}

impl Session {
    pub fn user(&self) -> Option<&users::User> {
        self.user.as_deref()
    }

    /// A signed-in resident with no role, no organisation, no invitation to one, and not a site
    /// administrator: every public page looks the same to all of them but for their own parts.
    pub fn is_plain_resident(&self) -> bool {
        let s = self.standing;
        self.user().is_some_and(|u| !u.is_site_admin) && !s.holds_role && !s.in_organisation && !s.invited
    }
}

pub fn csrf_for(secret: &[u8], token: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(token.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={MAX_AGE_SECONDS}{secure}"
    ))
    .expect("token is hex")
}

async fn lookup(db: &Db, token: &str) -> Option<(Arc<users::User>, users::Standing)> {
    let hash = hash_token(token);
    let now = now_ts();
    match users::session_user(db, &hash, now, IDLE_SECONDS, MAX_AGE_SECONDS).await {
        Ok(Some((user, last_seen, standing))) => {
            if now - last_seen > TOUCH_EVERY {
                let _ = users::touch_session(db, &hash, now).await;
            }
            Some((Arc::new(user), standing))
        }
        Ok(None) => None,
        Err(e) => {
            tracing::warn!(error = %e, "session lookup failed");
            None
        }
    }
}

/// Middleware: attaches a `Session` to every request, issuing a token to new browsers.
pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = super::cookie(request.headers(), COOKIE)
        .filter(|t| crate::services::accounts::well_formed_token(t))
        .map(str::to_owned);
    let (token, is_new) = match existing {
        Some(t) => (t, false),
        None => (new_token().0, true),
    };
    let found = if is_new { None } else { lookup(&state.db, &token).await };
    let (user, standing) = found.map_or((None, users::Standing::default()), |(u, s)| (Some(u), s));
    let csrf = csrf_for(&state.secret, &token);
    request.extensions_mut().insert(Session { token: token.clone(), csrf, user, standing });
    let mut response = next.run(request).await;
    // A handler that rotated the session set its own cookie.
    let rotated =
        response.headers().get_all(header::SET_COOKIE).iter().any(|v| v.as_bytes().starts_with(COOKIE.as_bytes()));
    // A new visitor gets a session only with a page that holds a form to post (its CSRF token
    // is in it): the pages most people only read set no cookie, so a proxy can share them.
    let needs_session = response.extensions().get::<super::http_cache::UsesCsrf>().is_some();
    if is_new && !rotated && needs_session {
        response.headers_mut().append(header::SET_COOKIE, session_cookie(&token, state.config.secure_cookies));
    }
    response
}

impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Session>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("session layer missing")))
    }
}

/// A logged-in person; anonymous visitors are sent to the login page.
pub struct CurrentUser(pub Arc<users::User>);

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<Session>().and_then(|s| s.user.clone()) {
            return Ok(CurrentUser(user));
        }
        Err(login_required(parts))
    }
}

/// Sends an anonymous visitor to the login page of the page's language, coming back here after.
pub fn login_required(parts: &Parts) -> AppError {
    let locale = parts
        .uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(crate::domain::Locale::parse)
        .unwrap_or(crate::domain::Locale::En);
    let back = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let next = serde_urlencoded::to_string([("next", back)]).unwrap_or_default();
    AppError::LoginRequired(format!("/{}/login?{next}", locale.id()))
}

/// What the current person may do in a city.
pub async fn permissions(db: &Db, session: &Session, city_id: i64) -> Result<Permissions, AppError> {
    let Some(user) = session.user() else { return Ok(Permissions::default()) };
    // Most people hold no role anywhere: their session says so, and no query is needed.
    if !session.standing.holds_role {
        return Ok(Permissions::from_roles(&[], user.is_site_admin));
    }
    let roles: Vec<Role> = roles::for_user_in_city(db, user.id, city_id).await?;
    Ok(Permissions::from_roles(&roles, user.is_site_admin))
}

/// Starts a signed-in session for `user_id` (a new token: no fixation) and sets its cookie.
pub async fn start_session(state: &AppState, user_id: i64, response: &mut Response) -> AppResult<()> {
    let (token, token_hash) = new_token();
    users::insert_session(&state.db, &token_hash, user_id, now_ts()).await?;
    response.headers_mut().append(header::SET_COOKIE, session_cookie(&token, state.config.secure_cookies));
    Ok(())
}
