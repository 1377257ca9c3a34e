//! HTTP layer: routing, extractors and middleware. Handlers stay thin: parse, call db/services, render.

// Handler modules: each serves its routes and imports only from the shared rooms below,
// never from another handler module (a test checks this).
pub mod account;
pub mod admin;
pub mod admin_feedback;
pub mod alerts;
pub mod api;
pub mod auth;
pub mod challenges;
pub mod cities;
pub mod comments;
pub mod consultations;
pub mod feeds;
pub mod indicators;
pub mod ops;
pub mod organisations;
pub mod public;
pub mod questionnaires;
pub mod report;
pub mod search;

// Shared rooms: extractors, forms, the page library, sessions, HTTP caching (middleware).
pub mod extract;
pub mod forms;
pub mod http_cache;
pub mod pages;
pub mod session;
pub mod shared_parts;

use crate::domain::Locale;
use crate::error::{AppError, ErrorKind, ErrorPage};
use crate::i18n::{negotiate, I18n};
use crate::state::AppState;
use crate::views::pages::ErrorView;
use crate::views::Page;
use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use session::Session;
use tower_http::set_header::SetResponseHeaderLayer;

const CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

pub fn router(state: AppState) -> Router {
    router_with(state, Router::new())
}

/// The application with `extra` routes inside all its layers (tests add a route that panics).
pub fn router_with(state: AppState, extra: Router<AppState>) -> Router {
    let sessions = middleware::from_fn_with_state(state.clone(), session::load);
    let measured = middleware::from_fn_with_state(state.clone(), ops::record);
    let wake = middleware::from_fn_with_state(state.clone(), wake_after_writes);
    let validators = middleware::from_fn_with_state(state.clone(), http_cache::layer);
    let state_for_pages = state.clone();
    let state_for_residents = state.clone();
    let metrics = state.metrics.clone();
    // A panic anywhere becomes a translated 500 page (rendered by `render_errors`), counted.
    let catch_panic = tower_http::catch_panic::CatchPanicLayer::custom(move |_: Box<dyn std::any::Any + Send>| {
        metrics.count_panic();
        axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
    });
    Router::new()
        .route("/", get(public::root))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/static/style.css", get(ops::stylesheet))
        .route("/static/city/{city}/theme.css", get(cities::theme_css))
        .route("/static/city/{city}/logo", get(cities::logo))
        .route("/{locale}", get(public::locale_without_slash))
        .route("/{locale}/", get(public::home))
        .route("/{locale}/{city}", get(public::city_without_slash))
        .route("/{locale}/{city}/", get(public::city))
        .route("/{locale}/{city}/commitments", get(public::commitments))
        .route("/{locale}/{city}/commitments/{reference}", get(public::item))
        .route("/{locale}/{city}/projects", get(public::projects))
        .route("/{locale}/{city}/projects/{number}", get(public::item))
        .route("/{locale}/search", get(search::page))
        .route("/api/v1/search", get(search::api))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/cities", get(api::cities_list))
        .route("/api/v1/cities/{city}/commitments", get(api::city_commitments))
        .route("/api/v1/cities/{city}/projects", get(api::city_projects))
        .route("/api/v1/cities/{city}/updates", get(api::city_updates))
        .route("/api/v1/cities/{city}/comments", get(api::city_comments))
        .route("/api/v1/cities/{city}/consultations", get(api::city_consultations))
        .route("/api/v1/cities/{city}/report", get(api::city_report))
        .route("/api/v1/cities/{city}/challenges", get(api::city_challenges))
        .route("/api/v1/cities/{city}/indicators", get(api::city_indicators))
        .route("/api/v1/cities/{city}/indicators/{code}/values", get(api::indicator_values))
        .route("/{locale}/register", get(auth::register_form).post(auth::register))
        .route("/{locale}/register/done", get(auth::register_done))
        .route("/{locale}/verify-email", get(auth::verify_email))
        .route("/{locale}/login", get(auth::login_form).post(auth::login))
        .route("/{locale}/logout", post(auth::logout))
        .route("/{locale}/password/forgot", get(auth::forgot_form).post(auth::forgot))
        .route("/{locale}/password/reset", get(auth::reset_form).post(auth::reset))
        .route("/{locale}/account", get(account::show).post(account::save_profile))
        .route("/{locale}/account/password", post(account::change_password))
        .route("/{locale}/account/export", get(account::export))
        .route("/{locale}/account/following", get(account::following))
        .route("/{locale}/account/saved-searches", get(account::saved_searches).post(account::save_search))
        .route("/{locale}/account/saved-searches/{id}/delete", post(account::delete_saved_search))
        .route("/{locale}/alerts/{token}/feed.atom", get(alerts::feed))
        .route("/{locale}/alerts/{token}/unsubscribe", get(alerts::unsubscribe_page).post(alerts::unsubscribe))
        .route("/{locale}/account/delete", post(account::delete))
        .route("/{locale}/account/deleted", get(account::deleted))
        .route("/{locale}/{city}/feed.atom", get(feeds::city_feed))
        .route("/{locale}/{city}/report", get(report::report))
        .route("/{locale}/{city}/commitments/{reference}/feed.atom", get(feeds::commitment_feed))
        .route("/{locale}/{city}/projects/{number}/feed.atom", get(feeds::project_feed))
        .route("/{locale}/{city}/consultations/{number}/feed.atom", get(feeds::consultation_feed))
        .route("/{locale}/{city}/consultations", get(consultations::list))
        .route("/{locale}/{city}/consultations/{number}", get(public::item))
        .route("/{locale}/{city}/commitments/{reference}/comments", post(comments::post))
        .route("/{locale}/{city}/projects/{number}/comments", post(comments::post))
        .route("/{locale}/{city}/consultations/{number}/comments", post(comments::post))
        .route("/{locale}/{city}/consultations/{number}/answers", post(questionnaires::answer))
        .route("/{locale}/{city}/consultations/{number}/results", get(questionnaires::results))
        .route(
            "/{locale}/{city}/admin/consultations/{number}/questions",
            get(questionnaires::questions).post(questionnaires::add_question),
        )
        .route(
            "/{locale}/{city}/admin/consultations/{number}/questions/{id}",
            get(questionnaires::edit_question_form).post(questionnaires::edit_question),
        )
        .route(
            "/{locale}/{city}/admin/consultations/{number}/questions/{id}/{action}",
            post(questionnaires::change_question),
        )
        .route("/{locale}/{city}/admin/consultations/{number}/live-results", post(questionnaires::live_results))
        .route(
            "/{locale}/{city}/admin/consultations/{number}/offline-answers",
            get(questionnaires::offline_form).post(questionnaires::offline),
        )
        .route("/{locale}/{city}/admin/answers/{id}", post(questionnaires::moderate))
        .route("/{locale}/{city}/commitments/{reference}/follow", post(comments::follow))
        .route("/{locale}/{city}/projects/{number}/follow", post(comments::follow))
        .route("/{locale}/{city}/consultations/{number}/follow", post(comments::follow))
        .route("/{locale}/{city}/commitments/{reference}/assessments", post(comments::assess))
        .route("/{locale}/{city}/commitments/{reference}/challenges", post(challenges::open))
        .route("/{locale}/{city}/commitments/{reference}/challenges/new", get(challenges::new_form))
        .route("/{locale}/{city}/projects/{number}/challenges", post(challenges::open))
        .route("/{locale}/{city}/projects/{number}/challenges/new", get(challenges::new_form))
        .route("/{locale}/{city}/challenges", get(challenges::list))
        .route("/{locale}/{city}/indicators", get(indicators::list))
        .route("/{locale}/{city}/indicators/feed.atom", get(indicators::feed))
        .route("/{locale}/{city}/indicators/{code}", get(indicators::show))
        .route("/{locale}/{city}/indicators/{code}/comments", post(comments::post))
        .route("/{locale}/{city}/indicators/{code}/follow", post(comments::follow))
        .route("/{locale}/{city}/admin/indicators/new", get(indicators::new_form).post(indicators::create))
        .route(
            "/{locale}/{city}/admin/indicators/{code}/values",
            get(indicators::value_form).post(indicators::publish_value),
        )
        .route("/{locale}/{city}/admin/challenges/{id}/answer", get(challenges::answer_form).post(challenges::answer))
        .route("/{locale}/comments/{id}/flag", post(comments::flag))
        .route("/{locale}/comments/{id}/edit", get(comments::edit_form).post(comments::edit))
        .route("/{locale}/unsubscribe", get(comments::unsubscribe_page).post(comments::unsubscribe))
        .route("/{locale}/{city}/organisations", get(organisations::directory))
        .route("/{locale}/{city}/organisations/new", get(organisations::request_form).post(organisations::request))
        .route("/{locale}/{city}/organisations/{id}", get(organisations::show))
        .route("/{locale}/{city}/organisations/{id}/members", post(organisations::add_member))
        .route("/{locale}/{city}/organisations/{id}/invitation", post(organisations::answer_invitation))
        .route("/{locale}/{city}/organisations/{id}/leave", post(organisations::leave))
        .route("/{locale}/admin/cities/new", get(cities::new_city_form).post(cities::create_city))
        .route("/{locale}/{city}/about", get(cities::about))
        .route("/{locale}/{city}/privacy", get(cities::privacy))
        .route("/{locale}/{city}/admin/settings", get(cities::settings_form).post(cities::save_settings))
        .route("/{locale}/{city}/admin/settings/logo", post(cities::upload_logo))
        .route("/{locale}/{city}/admin/settings/logo/remove", post(cities::remove_logo))
        .route(
            "/{locale}/{city}/admin/import",
            // A city's whole list of commitments fits in 16 MB of CSV many times over.
            get(admin::import_form).post(admin::import).layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024)),
        )
        .route("/{locale}/{city}/admin/departments", get(cities::departments).post(cities::add_department))
        .route("/{locale}/{city}/admin/departments/{id}/remove", post(cities::remove_department))
        .route("/{locale}/{city}/admin", get(public::admin_without_slash))
        .route("/{locale}/{city}/admin/", get(admin::dashboard))
        .route("/{locale}/{city}/admin/people", get(admin::people).post(admin::grant))
        .route("/{locale}/{city}/admin/people/revoke", post(admin::revoke))
        .route(
            "/{locale}/{city}/admin/commitments/new",
            get(admin::new_commitment_form).post(admin::create::<admin::CommitmentItem>),
        )
        .route(
            "/{locale}/{city}/admin/commitments/{reference}/edit",
            get(admin::edit_commitment_form).post(admin::edit::<admin::CommitmentItem>),
        )
        .route(
            "/{locale}/{city}/admin/projects/new",
            get(admin::new_project_form).post(admin::create::<admin::ProjectItem>),
        )
        .route(
            "/{locale}/{city}/admin/projects/{number}/edit",
            get(admin::edit_project_form).post(admin::edit::<admin::ProjectItem>),
        )
        .route("/{locale}/{city}/admin/updates/new", get(admin::new_update_form).post(admin::publish_update))
        .route("/{locale}/{city}/admin/organisations", get(admin::organisations_admin))
        .route("/{locale}/{city}/admin/organisations/{id}/verify", post(admin::verify_organisation))
        .route("/{locale}/{city}/admin/audit", get(admin::audit_log))
        .route("/{locale}/{city}/admin/moderation", get(admin_feedback::moderation))
        .route("/{locale}/{city}/admin/moderation/{id}", post(admin_feedback::moderate))
        .route("/{locale}/{city}/admin/moderation/{id}/restore", post(admin_feedback::restore))
        .route("/{locale}/{city}/admin/awaiting", get(admin_feedback::awaiting))
        .route("/{locale}/{city}/admin/offline", get(admin_feedback::offline_form).post(admin_feedback::offline))
        .route(
            "/{locale}/{city}/admin/consultations/new",
            get(admin_feedback::new_consultation_form).post(admin_feedback::create_consultation),
        )
        .route(
            "/{locale}/{city}/admin/consultations/{number}/edit",
            get(admin_feedback::edit_consultation_form).post(admin_feedback::edit_consultation),
        )
        .merge(extra)
        .fallback(|| async { AppError::NotFound })
        .with_state(state)
        .layer(catch_panic)
        .layer(wake)
        .layer(middleware::from_fn(flash))
        .layer(middleware::from_fn(private_pages))
        .layer(middleware::from_fn(refuse_nul))
        .layer(middleware::from_fn(render_errors))
        .layer(validators)
        .layer(middleware::from_fn_with_state(state_for_residents, shared_parts::for_residents))
        .layer(sessions)
        // Outside the sessions: a page from memory needs no session; the language cookie is
        // set around it, as it depends on the visitor, not the page.
        .layer(middleware::from_fn_with_state(state_for_pages, http_cache::from_memory))
        .layer(middleware::from_fn(remember_language))
        .layer(measured)
        .layer(middleware::from_fn(api::cors))
        // No form or query needs more; larger bodies get 413 before any handler runs.
        .layer(axum::extract::DefaultBodyLimit::max(session::MAX_FORM_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("geolocation=(), camera=(), microphone=()"),
        ))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(tower_http::trace::TraceLayer::new_for_http())
}

/// The locale named by the first path segment, if any.
fn path_locale(path: &str) -> Option<Locale> {
    path.trim_start_matches('/').split('/').next().and_then(Locale::parse)
}

/// Reads a cookie value from the request headers.
pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The language a visitor prefers: `lang` cookie, then Accept-Language, then English.
pub fn preferred_locale(headers: &axum::http::HeaderMap) -> Locale {
    cookie(headers, "lang")
        .and_then(Locale::parse)
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(negotiate))
        .unwrap_or(Locale::En)
}

/// Longest query string repeated in a page's links (the search form keeps the words).
const MAX_ECHOED_QUERY: usize = 2048;

/// The locale and location of the current page, taken from `/{locale}/...`, and the session.
pub struct Ctx {
    pub locale: Locale,
    pub i18n: I18n,
    /// Path after the locale segment, with the query string.
    pub path_rest: String,
    pub session: Session,
    /// The viewer of the city this request is about, once computed.
    viewer: tokio::sync::OnceCell<extract::Viewer>,
    /// A staff action just succeeded: confirm it.
    flash: bool,
    /// Rendered once for every signed-in resident, with marks (see `views::personal`).
    pub shared_render: bool,
}

/// Request extension: render the page for every signed-in resident (see `shared_parts`).
#[derive(Clone, Copy)]
pub struct SharedRender;

impl Ctx {
    pub fn page(&self, title: String) -> Page {
        Page {
            i18n: self.i18n,
            title,
            path_rest: self.path_rest.clone(),
            city: None,
            section: "",
            csrf: self.session.csrf.clone(),
            user_name: self.session.user().map(|u| u.display_name.clone()),
            can_admin: false,
            notice: self.flash.then(|| self.i18n.t("admin-done")),
        }
    }

    /// The person's permissions and organisations in `city`, loaded once per request.
    pub async fn viewer(&self, state: &AppState, city: &crate::db::cities::City) -> Result<&extract::Viewer, AppError> {
        self.viewer.get_or_try_init(|| extract::Viewer::load(state, &self.session, city)).await
    }

    /// `/{locale}` followed by `path`.
    pub fn link(&self, path: &str) -> String {
        format!("/{}{}", self.locale.id(), path)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let path = parts.uri.path();
        let locale = path_locale(path).ok_or(AppError::NotFound)?;
        let after = &path[1 + locale.id().len()..];
        // The language switcher repeats this in seven links: a huge query is not worth echoing.
        let path_rest = match parts.uri.query() {
            Some(q) if q.len() <= MAX_ECHOED_QUERY => format!("{after}?{q}"),
            _ => after.to_string(),
        };
        let session = parts.extensions.get::<Session>().cloned().ok_or(AppError::NotFound)?;
        let flash = parts.extensions.get::<Flash>().is_some();
        let shared_render = parts.extensions.get::<SharedRender>().is_some();
        Ok(Ctx {
            locale,
            i18n: I18n::new(locale),
            path_rest,
            session,
            viewer: Default::default(),
            flash,
            shared_render,
        })
    }
}

pub fn render<T: Template>(view: &T) -> Result<Response, AppError> {
    Ok(Html(view.render()?).into_response())
}

/// A form page: 422 when it is shown again with errors, 200 otherwise.
pub fn render_form<T: Template>(view: &T, has_errors: bool) -> Result<Response, AppError> {
    if has_errors {
        forms::invalid(view)
    } else {
        render(view)
    }
}

/// Pages for a signed-in person, and account and staff pages, hold personal data: no cache
/// (browser history, shared proxy) may keep them.
async fn private_pages(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let personal_path = path.contains("/account") || path.contains("/admin");
    let signed_in = request.extensions().get::<Session>().is_some_and(|s| s.user.is_some());
    let mut response = next.run(request).await;
    if (personal_path || signed_in) && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    response
}

/// A NUL byte in the path or query is never meaningful and PostgreSQL refuses it in text:
/// 400 before any handler reads it.
async fn refuse_nul(request: Request, next: Next) -> Response {
    let uri = request.uri().to_string();
    if uri.contains("%00") {
        return AppError::BadRequest.into_response();
    }
    next.run(request).await
}

/// After a write that succeeded (its transaction committed), the search indexer and the mail
/// worker look for new work: the one place that wakes them.
async fn wake_after_writes(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_write = request.method() == axum::http::Method::POST;
    let staff_action = request.uri().path().contains("/admin/");
    let mut response = next.run(request).await;
    if is_write && response.status().as_u16() < 400 {
        state.search_wake.notify_one();
        if response.extensions().get::<QueuedNoMail>().is_none() {
            state.mail_wake.notify_one();
        }
        // Every staff action that succeeded is confirmed on the page it leads to.
        if staff_action && response.status() == axum::http::StatusCode::SEE_OTHER {
            response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_static(FLASH_SET));
        }
    }
    response
}

/// Response extension: the write queued no mail, so the mail worker need not look (it looks
/// every few seconds anyway). Plain comments, the most frequent write, queue none.
#[derive(Clone, Copy)]
pub struct QueuedNoMail;

/// A one-time confirmation after a staff action, shown on the next page (no JavaScript, and
/// the redirect's address stays the page's own).
const FLASH_COOKIE: &str = "townhall_done";
const FLASH_SET: &str = "townhall_done=1; Path=/; Max-Age=60; HttpOnly; SameSite=Lax";
const FLASH_CLEAR: &str = "townhall_done=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";

/// Marker put on a request that carries the confirmation.
#[derive(Clone, Copy)]
pub struct Flash;

/// Hands the confirmation to the next HTML page and clears it.
async fn flash(mut request: Request, next: Next) -> Response {
    let present = request.method() == axum::http::Method::GET && cookie(request.headers(), FLASH_COOKIE).is_some();
    if present {
        request.extensions_mut().insert(Flash);
    }
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if present && is_html {
        response.headers_mut().append(header::SET_COOKIE, HeaderValue::from_static(FLASH_CLEAR));
    }
    response
}

/// Remembers the language of the last localised page visited, for `GET /`.
async fn remember_language(request: Request, next: Next) -> Response {
    let locale = path_locale(request.uri().path());
    let current = cookie(request.headers(), "lang").map(str::to_owned);
    let mut response = next.run(request).await;
    if let Some(locale) = locale {
        if current.as_deref() != Some(locale.id()) && response.status().is_success() {
            let value = format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax", locale.id());
            if let Ok(v) = HeaderValue::from_str(&value) {
                response.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }
    response
}

/// Turns every error response into a translated page (or JSON under `/api/`), including
/// axum's own rejections, so no visitor ever sees a bare status or an English-only message.
async fn render_errors(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
    let locale = path_locale(&path).unwrap_or_else(|| preferred_locale(request.headers()));
    let session = request.extensions().get::<Session>().cloned();
    let response = next.run(request).await;
    let status = response.status();
    let operational = matches!(path.as_str(), "/healthz" | "/readyz" | "/metrics");
    if operational || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let page = response.extensions().get::<ErrorPage>().cloned();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if page.is_none() && is_html {
        // Already a full page (a form shown again with its errors).
        return response;
    }
    let page = page.unwrap_or(ErrorPage {
        kind: match status.as_u16() {
            404 | 405 => ErrorKind::NotFound,
            403 => ErrorKind::Forbidden,
            429 => ErrorKind::TooManyRequests,
            413 => ErrorKind::PayloadTooLarge,
            s if s >= 500 => ErrorKind::Internal,
            _ => ErrorKind::BadRequest,
        },
        city: None,
        reference: None,
    });
    let i18n = I18n::new(locale);
    let (heading, message) = error_text(&i18n, &page);
    if path.starts_with("/api/") {
        let body = serde_json::json!({ "error": { "status": status.as_u16(), "message": message } });
        return (status, axum::Json(body)).into_response();
    }
    let mut links = Vec::new();
    if let Some(city) = &page.city {
        if page.kind != ErrorKind::CityNotFound {
            links.push((format!("/{}/{}/", locale.id(), city), i18n.ts("error-go-city", "city", city)));
        }
    }
    links.push((format!("/{}/", locale.id()), i18n.t("error-go-home")));
    let path_rest = match path_locale(&path) {
        Some(l) => format!("{}{}", &path[1 + l.id().len()..], query),
        None => "/".to_string(),
    };
    let view = ErrorView {
        page: Page {
            i18n,
            title: heading.clone(),
            path_rest,
            city: None,
            section: "",
            csrf: session.as_ref().map(|s| s.csrf.clone()).unwrap_or_default(),
            user_name: session.and_then(|s| s.user().map(|u| u.display_name.clone())),
            can_admin: false,
            notice: None,
        },
        heading,
        message,
        links,
    };
    let body = view.render().unwrap_or_else(|_| "error".to_string());
    let mut out = (status, Html(body)).into_response();
    // Keep headers such as Retry-After that explain the error.
    if let Some(v) = response.headers().get(header::RETRY_AFTER) {
        out.headers_mut().insert(header::RETRY_AFTER, v.clone());
    }
    out
}

fn error_text(i18n: &I18n, page: &ErrorPage) -> (String, String) {
    let city = page.city.as_deref().unwrap_or_default();
    match page.kind {
        ErrorKind::NotFound => (i18n.t("error-not-found-title"), i18n.t("error-not-found-body")),
        ErrorKind::CityNotFound => (i18n.t("error-not-found-title"), i18n.ts("error-city-not-found", "city", city)),
        ErrorKind::CommitmentNotFound => (
            i18n.t("error-not-found-title"),
            i18n.targs(
                "error-commitment-not-found",
                &[("city", city), ("reference", page.reference.as_deref().unwrap_or_default())],
            ),
        ),
        ErrorKind::ProjectNotFound => {
            (i18n.t("error-not-found-title"), i18n.ts("error-project-not-found", "city", city))
        }
        ErrorKind::BadRequest => (i18n.t("error-bad-request-title"), i18n.t("error-bad-request-body")),
        ErrorKind::BadParameter => (
            i18n.t("error-bad-request-title"),
            i18n.ts("error-bad-parameter", "name", page.reference.as_deref().unwrap_or_default()),
        ),
        ErrorKind::Forbidden => (i18n.t("error-forbidden-title"), i18n.t("error-forbidden-body")),
        ErrorKind::Csrf => (i18n.t("error-forbidden-title"), i18n.t("error-csrf-body")),
        ErrorKind::TooManyRequests => (i18n.t("error-too-many-title"), i18n.t("error-too-many-body")),
        ErrorKind::PayloadTooLarge => (i18n.t("error-bad-request-title"), i18n.t("error-too-large-body")),
        ErrorKind::Internal => (i18n.t("error-server-title"), i18n.t("error-server-body")),
    }
}
