//! Register, verify, log in and out, forgotten password.

use super::extract::ClientIp;
use super::forms::{field_errors, invalid, is_bot, CsrfForm};
use super::session::session_cookie;
use super::{render, Ctx};
use crate::db::users;
use crate::domain::accounts::normalise_email;
use crate::domain::now_ts;
use crate::error::{AppResult, FieldErrors};
use crate::limits::Action;
use crate::services::accounts::{self, hash_token, new_token, LoginOutcome, Registration};
use crate::state::AppState;
use crate::views::account::*;
use crate::views::forms::FormState;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use std::collections::HashMap;

/// Only same-origin paths are followed after login: `/` then anything but a second slash or
/// backslash, and no whitespace or control characters anywhere (browsers drop tabs and
/// newlines, so `/\t/evil.example` would become `//evil.example`; a CR/LF cannot be a header).
fn safe_next(next: &str, fallback: String) -> String {
    let path_only = next.starts_with('/') && !matches!(next.as_bytes().get(1), Some(b'/' | b'\\'));
    let clean = !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if path_only && clean && !next.contains("://") && next.len() <= 2000 {
        next.to_string()
    } else {
        fallback
    }
}

/// The privacy notice of each city, linked from the registration form.
async fn privacy_links(ctx: &Ctx, state: &AppState) -> AppResult<Vec<(String, String)>> {
    super::pages::city_names(ctx, state).await
}

pub async fn register_form(ctx: Ctx, State(state): State<AppState>) -> AppResult<Response> {
    let page = ctx.page(ctx.i18n.t("register-title"));
    render(&RegisterView { page, form: FormState::default(), privacy_links: privacy_links(&ctx, &state).await? })
}

pub async fn register(ctx: Ctx, State(state): State<AppState>, ip: ClientIp, form: CsrfForm) -> AppResult<Response> {
    state.limits.check(Action::RegisterIp, &ip.0.to_string()).await?;
    let done = Redirect::to(&ctx.link("/register/done")).into_response();
    if is_bot(&form) {
        return Ok(done);
    }
    let registration = Registration {
        email: form.get("email").to_string(),
        password: form.get("password").to_string(),
        password_confirm: form.opt("password_confirm").map(str::to_string),
        display_name: form.get("display_name").to_string(),
        locale: ctx.locale,
    };
    match accounts::register(&state.db, &state.config.base_url, &registration).await {
        Ok(()) => Ok(done),
        Err(e) => {
            let errors = field_errors(e)?;
            let page = ctx.page(ctx.i18n.t("register-title"));
            let privacy_links = privacy_links(&ctx, &state).await?;
            invalid(&RegisterView { page, form: FormState::new(form.redisplay(), errors), privacy_links })
        }
    }
}

fn message(ctx: &Ctx, heading: &str, body: &str, link: Option<(String, String)>) -> AppResult<Response> {
    let heading = ctx.i18n.t(heading);
    render(&MessageView { page: ctx.page(heading.clone()), heading, message: ctx.i18n.t(body), link })
}

pub async fn register_done(ctx: Ctx) -> AppResult<Response> {
    message(&ctx, "register-done-title", "register-done-body", None)
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

pub async fn verify_email(ctx: Ctx, State(state): State<AppState>, Query(q): Query<TokenQuery>) -> AppResult<Response> {
    let login = Some((ctx.link("/login"), ctx.i18n.t("nav-login")));
    if accounts::verify_email(&state.db, &q.token).await? {
        message(&ctx, "verify-ok-title", "verify-ok-body", login)
    } else {
        let mut response = message(&ctx, "verify-bad-title", "verify-bad-body", login)?;
        *response.status_mut() = StatusCode::BAD_REQUEST;
        Ok(response)
    }
}

pub async fn login_form(ctx: Ctx, Query(q): Query<HashMap<String, String>>) -> AppResult<Response> {
    let mut page = ctx.page(ctx.i18n.t("login-title"));
    if q.contains_key("reset") {
        page.notice = Some(ctx.i18n.t("reset-done"));
    }
    let next = safe_next(q.get("next").map(String::as_str).unwrap_or(""), ctx.link("/"));
    render(&LoginView { page, form: FormState::default(), next })
}

pub async fn login(ctx: Ctx, State(state): State<AppState>, ip: ClientIp, form: CsrfForm) -> AppResult<Response> {
    let email = normalise_email(form.get("email"));
    state.limits.check(Action::LoginIp, &ip.0.to_string()).await?;
    state.limits.check(Action::LoginAccount, &email).await?;
    let next = safe_next(form.get("next"), ctx.link("/"));
    let show_again = |key: &'static str| {
        let mut errors = FieldErrors::default();
        errors.add("email", key);
        let page = ctx.page(ctx.i18n.t("login-title"));
        invalid(&LoginView { page, form: FormState::new(form.redisplay(), errors), next: next.clone() })
    };
    if is_bot(&form) {
        return show_again("login-failed");
    }
    match accounts::login(&state.db, &email, form.get("password")).await? {
        LoginOutcome::Ok(user) => {
            // A new token at login: a token planted before login is worth nothing after.
            let (token, token_hash) = new_token();
            users::insert_session(&state.db, &token_hash, user.id, now_ts()).await?;
            let _ = users::delete_session(&state.db, &hash_token(&form.session.token)).await;
            let mut response = Redirect::to(&next).into_response();
            response.headers_mut().append(header::SET_COOKIE, session_cookie(&token, state.config.secure_cookies));
            Ok(response)
        }
        LoginOutcome::Invalid => show_again("login-failed"),
        LoginOutcome::Locked(seconds) => {
            // Like every other limit: 429 with the wait, and the form with the explanation.
            let mut response = show_again("login-locked")?;
            *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            if let Ok(v) = header::HeaderValue::from_str(&seconds.max(1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            Ok(response)
        }
    }
}

/// Ends the session and gives the browser a fresh anonymous token.
pub async fn logout(ctx: Ctx, State(state): State<AppState>, form: CsrfForm) -> AppResult<Response> {
    users::delete_session(&state.db, &hash_token(&form.session.token)).await?;
    let mut response = Redirect::to(&ctx.link("/")).into_response();
    response.headers_mut().append(header::SET_COOKIE, session_cookie(&new_token().0, state.config.secure_cookies));
    Ok(response)
}

/// Replaces the browser's session with a fresh logged-in one (after a password change).
pub async fn forgot_form(ctx: Ctx, Query(q): Query<HashMap<String, String>>) -> AppResult<Response> {
    let mut page = ctx.page(ctx.i18n.t("forgot-title"));
    if q.contains_key("sent") {
        page.notice = Some(ctx.i18n.t("forgot-sent"));
    }
    render(&ForgotView { page, form: FormState::default() })
}

pub async fn forgot(ctx: Ctx, State(state): State<AppState>, ip: ClientIp, form: CsrfForm) -> AppResult<Response> {
    let email = normalise_email(form.get("email"));
    state.limits.check(Action::ResetIp, &ip.0.to_string()).await?;
    if !crate::domain::accounts::valid_email(&email) {
        let mut errors = FieldErrors::default();
        errors.add("email", "form-invalid-email");
        let page = ctx.page(ctx.i18n.t("forgot-title"));
        return invalid(&ForgotView { page, form: FormState::new(form.redisplay(), errors) });
    }
    state.limits.check(Action::ResetAccount, &email).await?;
    if !is_bot(&form) {
        accounts::request_reset(&state.db, &state.config.base_url, &email).await?;
    }
    // The same answer whether or not the address has an account.
    Ok(Redirect::to(&ctx.link("/password/forgot?sent=1")).into_response())
}

pub async fn reset_form(ctx: Ctx, State(state): State<AppState>, Query(q): Query<TokenQuery>) -> AppResult<Response> {
    if !accounts::reset_link_is_live(&state.db, &q.token).await? {
        let link = Some((ctx.link("/password/forgot"), ctx.i18n.t("forgot-title")));
        let mut response = message(&ctx, "reset-bad-title", "reset-bad-body", link)?;
        *response.status_mut() = StatusCode::BAD_REQUEST;
        return Ok(response);
    }
    let page = ctx.page(ctx.i18n.t("reset-title"));
    render(&ResetView { page, form: FormState::default(), token: q.token })
}

pub async fn reset(ctx: Ctx, State(state): State<AppState>, form: CsrfForm) -> AppResult<Response> {
    let token = form.get("token").to_string();
    match accounts::reset_password(&state.db, &token, form.get("password"), form.opt("password_confirm")).await {
        Ok(true) => Ok(Redirect::to(&ctx.link("/login?reset=1")).into_response()),
        Ok(false) => {
            let link = Some((ctx.link("/password/forgot"), ctx.i18n.t("forgot-title")));
            let mut response = message(&ctx, "reset-bad-title", "reset-bad-body", link)?;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(e) => {
            let errors = field_errors(e)?;
            let page = ctx.page(ctx.i18n.t("reset-title"));
            invalid(&ResetView { page, form: FormState::new(form.redisplay(), errors), token })
        }
    }
}
