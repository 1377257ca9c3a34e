//! One error type for the whole application. Handlers return `Result<_, AppError>`; the
//! response carries an `ErrorPage` marker that the `render_errors` middleware turns into a
//! translated HTML page (or JSON under `/api/`), because only it knows the request's locale.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// A form field and the Fluent key of the message explaining what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub key: &'static str,
}

#[derive(Debug, Default, Clone)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(FieldError { field, key });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The first problem as an API answer: 400 naming the parameter.
    pub fn into_bad_parameter(self) -> AppError {
        AppError::BadParameter(self.0.first().map(|e| e.field).unwrap_or("query"))
    }
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.key)
    }
    /// `Ok(())` when nothing was added, else the errors as an `AppError`.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}

/// What went wrong, from the visitor's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    CityNotFound,
    CommitmentNotFound,
    ProjectNotFound,
    BadRequest,
    Forbidden,
    Csrf,
    TooManyRequests,
    PayloadTooLarge,
    /// A named query parameter cannot be used (`reference` names it).
    BadParameter,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::NotFound
            | ErrorKind::CityNotFound
            | ErrorKind::CommitmentNotFound
            | ErrorKind::ProjectNotFound => StatusCode::NOT_FOUND,
            ErrorKind::BadRequest | ErrorKind::BadParameter => StatusCode::BAD_REQUEST,
            ErrorKind::Forbidden | ErrorKind::Csrf => StatusCode::FORBIDDEN,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Carried in response extensions to the error-page middleware.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    pub kind: ErrorKind,
    /// Extra context for the message: the city slug and the reference asked for.
    pub city: Option<String>,
    pub reference: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("city {0} not found")]
    CityNotFound(String),
    #[error("commitment {1} not found in {0}")]
    CommitmentNotFound(String, String),
    #[error("project not found in {0}")]
    ProjectNotFound(String),
    #[error("bad request")]
    BadRequest,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid CSRF token")]
    Csrf,
    #[error("rate limited")]
    TooManyRequests,
    /// An API parameter (named) whose value cannot be used: 400 with the name.
    #[error("bad parameter {0}")]
    BadParameter(&'static str),
    #[error("request body too large")]
    PayloadTooLarge,
    /// Anonymous visitor on a page that needs a login: 303 to this login URL.
    #[error("login required")]
    LoginRequired(String),
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("template error: {0}")]
    Template(#[from] askama::Error),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    fn page(&self) -> ErrorPage {
        let (kind, city, reference) = match self {
            AppError::NotFound => (ErrorKind::NotFound, None, None),
            AppError::CityNotFound(c) => (ErrorKind::CityNotFound, Some(c.clone()), None),
            AppError::CommitmentNotFound(c, r) => (ErrorKind::CommitmentNotFound, Some(c.clone()), Some(r.clone())),
            AppError::ProjectNotFound(c) => (ErrorKind::ProjectNotFound, Some(c.clone()), None),
            // A form error that reaches here was not handled by a form page: treat it as bad input.
            AppError::BadRequest | AppError::Invalid(_) | AppError::LoginRequired(_) => {
                (ErrorKind::BadRequest, None, None)
            }
            AppError::Forbidden => (ErrorKind::Forbidden, None, None),
            AppError::Csrf => (ErrorKind::Csrf, None, None),
            AppError::TooManyRequests => (ErrorKind::TooManyRequests, None, None),
            AppError::BadParameter(name) => (ErrorKind::BadParameter, None, Some(name.to_string())),
            AppError::PayloadTooLarge => (ErrorKind::PayloadTooLarge, None, None),
            AppError::Db(_) | AppError::Template(_) | AppError::Internal(_) => (ErrorKind::Internal, None, None),
        };
        ErrorPage { kind, city, reference }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::LoginRequired(to) = &self {
            return axum::response::Redirect::to(to).into_response();
        }
        let page = self.page();
        if page.kind == ErrorKind::Internal {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = page.kind.status().into_response();
        if page.kind == ErrorKind::TooManyRequests {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("60"));
        }
        response.extensions_mut().insert(page);
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
