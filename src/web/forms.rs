//! Forms: the CSRF-checked form extractor, typed forms deserialized once, and the helpers
//! every form handler shares (errors shown again with 422, translated fields, honeypot).

use super::render;
use super::session::{Session, MAX_FORM_BYTES};
use crate::domain::{strip_invalid_chars, Locale, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use axum::response::Response;
use serde::de::DeserializeOwned;

/// A POSTed urlencoded form whose `csrf_token` matched the session. Fields are kept as
/// ordered pairs: repeated names (checkbox groups) and re-display on error need them.
pub struct CsrfForm {
    pub session: Session,
    pub pairs: Vec<(String, String)>,
}

impl CsrfForm {
    /// The first value of a field, or "".
    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }
    pub fn opt(&self, name: &str) -> Option<&str> {
        Some(self.get(name)).filter(|v| !v.trim().is_empty())
    }
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }
    /// The evidence rows of a form (`evidence_label_N` / `evidence_url_N`, N = 1–3); rows left
    /// entirely empty are skipped, half-filled ones kept so that validation can explain them.
    pub fn evidence_links(&self) -> Vec<crate::domain::EvidenceLink> {
        (1..=3)
            .filter_map(|i| {
                let label = self.get(&format!("evidence_label_{i}")).trim();
                let url = self.get(&format!("evidence_url_{i}")).trim();
                (!label.is_empty() || !url.is_empty())
                    .then(|| crate::domain::EvidenceLink { label: label.into(), url: url.into() })
            })
            .collect()
    }

    /// The pairs without secrets, for showing the form again.
    pub fn redisplay(&self) -> Vec<(String, String)> {
        self.pairs.iter().filter(|(k, _)| !k.contains("password") && k != "csrf_token").cloned().collect()
    }
}

/// Whether a submitted CSRF token is the session's (for forms read another way, e.g. uploads).
pub fn csrf_matches(submitted: &str, expected: &str) -> bool {
    constant_time_eq(submitted.as_bytes(), expected.as_bytes())
}

/// The fields of a POSTed multipart form (an upload) as (name, bytes), once its `csrf_token`
/// matched the session and the browser did not say it came from another site: 403 otherwise.
pub async fn csrf_multipart(
    headers: &axum::http::HeaderMap,
    mut multipart: axum::extract::Multipart,
    session_csrf: &str,
) -> AppResult<Vec<(String, Vec<u8>)>> {
    if headers.get("sec-fetch-site").is_some_and(|v| v == "cross-site") {
        return Err(AppError::Csrf);
    }
    let mut fields = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        let name = field.name().unwrap_or_default().to_string();
        fields.push((name, field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?.to_vec()));
    }
    let token = fields.iter().find(|(k, _)| k == "csrf_token").map(|(_, v)| v.as_slice()).unwrap_or_default();
    if !constant_time_eq(token, session_csrf.as_bytes()) {
        return Err(AppError::Csrf);
    }
    Ok(fields)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl<S: Send + Sync> FromRequest<S> for CsrfForm {
    type Rejection = AppError;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let session = request.extensions().get::<Session>().cloned().ok_or(AppError::Csrf)?;
        // Second line of defence: browsers say when a request comes from another site.
        if request.headers().get("sec-fetch-site").is_some_and(|v| v == "cross-site") {
            return Err(AppError::Csrf);
        }
        let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !content_type.starts_with("application/x-www-form-urlencoded") {
            return Err(AppError::BadRequest);
        }
        let bytes =
            axum::body::to_bytes(request.into_body(), MAX_FORM_BYTES).await.map_err(|_| AppError::PayloadTooLarge)?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::BadRequest)?;
        // The boundary for every text field: control characters that would break Atom feeds
        // (or that PostgreSQL refuses, NUL) never reach a use case.
        let pairs = pairs
            .into_iter()
            .map(|(k, v)| (strip_invalid_chars(&k).into_owned(), strip_invalid_chars(&v).into_owned()))
            .collect();
        let form = CsrfForm { session, pairs };
        if !constant_time_eq(form.get("csrf_token").as_bytes(), form.session.csrf.as_bytes()) {
            return Err(AppError::Csrf);
        }
        Ok(form)
    }
}

/// A form shown again with its errors: 422, input kept (passwords never echoed).
pub fn invalid<T: askama::Template>(view: &T) -> AppResult<Response> {
    let mut response = render(view)?;
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

/// Splits an `Invalid` error from the others, which propagate.
pub fn field_errors(e: AppError) -> AppResult<FieldErrors> {
    match e {
        AppError::Invalid(errors) => Ok(errors),
        other => Err(other),
    }
}

/// Bots fill every field; people never see this one.
pub fn is_bot(form: &CsrfForm) -> bool {
    !form.get("fax_number").is_empty()
}

/// All `{field}_{locale}` values of a translated field.
pub fn translated(form: &CsrfForm, field: &str) -> Translated {
    let mut t = Translated::default();
    for l in Locale::ALL {
        let v = form.get(&format!("{field}_{}", l.id())).trim();
        if !v.is_empty() {
            t.0.insert(l.id().to_string(), v.to_string());
        }
    }
    t
}

/// Form values for a translated field, to fill the form.
pub fn translated_values(values: &mut Vec<(String, String)>, field: &str, t: &Translated) {
    for (locale, text) in &t.0 {
        values.push((format!("{field}_{locale}"), text.clone()));
    }
}

/// Runs a service call and merges its field errors with the form's own parse errors.
pub fn merge<T>(parse: FieldErrors, result: AppResult<T>) -> AppResult<Result<T, FieldErrors>> {
    match result {
        Ok(v) if parse.is_empty() => Ok(Ok(v)),
        Ok(_) => Ok(Err(parse)),
        Err(e) => {
            let mut errors = field_errors(e)?;
            errors.0.extend(parse.0);
            Ok(Err(errors))
        }
    }
}

pub fn parse_number<T: std::str::FromStr>(form: &CsrfForm, field: &'static str, errors: &mut FieldErrors) -> Option<T> {
    let raw = form.get(field).trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<T>() {
        Ok(v) => Some(v),
        Err(_) => {
            errors.add(field, "form-invalid-number");
            None
        }
    }
}

/// A CSRF-checked form deserialized into `T` (repeated names become `Vec`s). The raw pairs are
/// kept to show the form again after an error. Fields a person types stay strings in `T` and are
/// checked by the use case, so a bad value becomes a field error rather than a 400.
pub struct Form<T> {
    pub data: T,
    pub raw: CsrfForm,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let raw = CsrfForm::from_request(request, state).await?;
        let encoded = serde_urlencoded::to_string(&raw.pairs).map_err(|_| AppError::BadRequest)?;
        let data = serde_html_form::from_str(&encoded).map_err(|_| AppError::BadRequest)?;
        Ok(Form { data, raw })
    }
}

/// Treats an empty form value as absent (`<select>` with an empty first option, blank inputs).
pub fn blank_as_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v: Option<String> = serde::Deserialize::deserialize(d)?;
    Ok(v.filter(|s| !s.trim().is_empty()))
}

/// The filters of a search or report page, checked: the pairs to use, or the page showing
/// the filters again with what is wrong with each (422, nothing searched).
pub fn checked_filters(
    page: crate::views::Page,
    query: Option<&str>,
    types: crate::domain::filters::Types,
    action: &'static str,
) -> Result<Vec<(String, String)>, Box<Response>> {
    use crate::domain::filters;
    let raw: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or("")).unwrap_or_default();
    let errors = match filters::checked(query, types) {
        Ok(pairs) => return Ok(pairs),
        Err(errors) => errors,
    };
    const FIELDS: [&str; 11] = ["q", "city", "type", "status", "theme", "sdg", "stance", "lang", "from", "to", "page"];
    // The search's words and period always; other filters when they were sent.
    let always: &[&str] = if action == "commitments" { &[] } else { &["q", "from", "to"] };
    let fields = FIELDS.into_iter().filter(|f| always.contains(f) || raw.iter().any(|(n, _)| n == f)).collect();
    let heading = page.title.clone();
    let view = crate::views::search::InvalidFiltersView {
        page,
        heading,
        action,
        form: crate::views::forms::FormState::new(raw, errors),
        fields,
    };
    Err(Box::new(invalid(&view).unwrap_or_else(axum::response::IntoResponse::into_response)))
}
