//! Extractors every handler shares: the city and the item named in the path, staff with a
//! role in that city, and the client address. Handlers get rows, not slugs to look up.

use super::session::{login_required, permissions, Session};
use crate::db::cities::{self, City};
use crate::db::organisations;
use crate::domain::accounts::Permissions;
use crate::domain::feedback::TargetType;
use crate::domain::items::ItemRef;
use crate::error::{AppError, AppResult};
use crate::services::feedback::Target;
use crate::services::items;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use std::marker::PhantomData;
use std::net::{IpAddr, SocketAddr};

/// The `n`th segment of the request path (0 is the locale).
fn segment(parts: &Parts, n: usize) -> Option<&str> {
    parts.uri.path().trim_start_matches('/').split('/').nth(n)
}

/// Loads the city named in the path or answers a translated 404 naming it.
pub async fn load_city(state: &AppState, slug: &str) -> AppResult<City> {
    if !crate::domain::valid_slug(slug) {
        return Err(AppError::CityNotFound(slug.to_string()));
    }
    cities::by_slug(&state.db, slug).await?.ok_or_else(|| AppError::CityNotFound(slug.to_string()))
}

/// The city of `/{locale}/{city}/…`.
pub struct CityScope(pub City);

impl FromRequestParts<AppState> for CityScope {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let slug = segment(parts, 1).ok_or(AppError::NotFound)?.to_string();
        Ok(CityScope(load_city(state, &slug).await?))
    }
}

/// The commitment, project or consultation of `/{locale}/{city}/{commitments|projects|consultations}/{key}/…`.
pub struct ItemScope {
    pub city: City,
    pub target: Target,
}

/// The same path, not yet looked up: form handlers check the CSRF token before they look
/// anything up, so a forged POST gets 403 whatever it names.
pub struct ItemPath {
    slug: String,
    kind: TargetType,
    key: String,
}

impl ItemPath {
    pub async fn resolve(&self, state: &AppState) -> AppResult<ItemScope> {
        if !crate::domain::valid_slug(&self.slug) {
            return Err(AppError::CityNotFound(self.slug.clone()));
        }
        let not_found = || match self.kind {
            TargetType::Commitment => AppError::CommitmentNotFound(self.slug.clone(), self.key.clone()),
            TargetType::Project => AppError::ProjectNotFound(self.slug.clone()),
            _ => AppError::NotFound,
        };
        let (city, target) = match self.kind {
            // An indicator's address holds its code.
            TargetType::Indicator => {
                let city = load_city(state, &self.slug).await?;
                let found = crate::db::indicators::by_code(&state.db, city.id, &self.key).await?;
                let item = ItemRef::Indicator(found.ok_or_else(not_found)?.id);
                let target = items::find(&state.db, &city, item).await?;
                (city, target)
            }
            kind => {
                let item = ItemRef::from_url_key(kind, &self.key);
                // The city is looked up even for a malformed key: an unknown city is named as such.
                let Some(item) = item else {
                    load_city(state, &self.slug).await?;
                    return Err(not_found());
                };
                items::find_with_city(&state.db, &self.slug, item)
                    .await?
                    .ok_or_else(|| AppError::CityNotFound(self.slug.clone()))?
            }
        };
        Ok(ItemScope { city, target: target.ok_or_else(not_found)? })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ItemPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let kind = match segment(parts, 2) {
            Some("commitments") => TargetType::Commitment,
            Some("projects") => TargetType::Project,
            Some("consultations") => TargetType::Consultation,
            Some("indicators") => TargetType::Indicator,
            _ => return Err(AppError::NotFound),
        };
        Ok(ItemPath {
            slug: segment(parts, 1).unwrap_or_default().to_string(),
            kind,
            key: segment(parts, 3).unwrap_or_default().to_string(),
        })
    }
}

impl FromRequestParts<AppState> for ItemScope {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        ItemPath::from_request_parts(parts, state).await?.resolve(state).await
    }
}

/// What a staff role allows; the marker types below name the checks routes need.
pub trait StaffRole: Send + Sync + 'static {
    fn allowed(p: &Permissions) -> bool;
}

/// Publishes commitments, projects, updates and consultations; answers feedback.
pub struct Publisher;
/// Works the moderation queue.
pub struct Moderator;
/// Manages roles and verifies organisations.
pub struct PeopleManager;
/// Any staff role (the dashboard).
pub struct AnyRole;

impl StaffRole for Publisher {
    fn allowed(p: &Permissions) -> bool {
        p.publish
    }
}
impl StaffRole for Moderator {
    fn allowed(p: &Permissions) -> bool {
        p.moderate
    }
}
impl StaffRole for PeopleManager {
    fn allowed(p: &Permissions) -> bool {
        p.manage_people
    }
}
impl StaffRole for AnyRole {
    fn allowed(p: &Permissions) -> bool {
        p.any()
    }
}

/// A person allowed into this city's admin area for `R`: anonymous visitors are sent to the
/// login page, people without the permission get 403, before the handler runs.
pub struct Staff<R> {
    pub city: City,
    pub user_id: i64,
    pub perms: Permissions,
    role: PhantomData<R>,
}

impl<R: StaffRole> FromRequestParts<AppState> for Staff<R> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let CityScope(city) = CityScope::from_request_parts(parts, state).await?;
        let session = parts.extensions.get::<Session>().cloned().ok_or(AppError::NotFound)?;
        let Some(user) = session.user() else { return Err(login_required(parts)) };
        let perms = permissions(&state.db, &session, city.id).await?;
        if !R::allowed(&perms) {
            return Err(AppError::Forbidden);
        }
        Ok(Staff { city, user_id: user.id, perms, role: PhantomData })
    }
}

/// Who is looking at a city's pages: their permissions there and the verified organisations
/// of the city they may speak for. Computed once per request (see `Ctx::viewer`).
#[derive(Clone, Default)]
pub struct Viewer {
    pub user_id: Option<i64>,
    pub perms: Permissions,
    /// (id, name) of verified organisations of this city the person belongs to.
    pub organisations: Vec<(i64, String)>,
}

impl Viewer {
    pub async fn load(state: &AppState, session: &Session, city: &City) -> AppResult<Viewer> {
        let Some(user) = session.user() else { return Ok(Viewer::default()) };
        let perms = permissions(&state.db, session, city.id).await?;
        let member_of = match session.standing.in_organisation {
            true => organisations::of_member(&state.db, user.id).await?,
            false => Vec::new(),
        };
        let organisations = member_of
            .into_iter()
            .filter(|(o, _)| o.city_id == city.id && o.is_verified())
            .map(|(o, _)| (o.id, o.name))
            .collect();
        Ok(Viewer { user_id: Some(user.id), perms, organisations })
    }
}

/// The client address: the socket peer, or the first `X-Forwarded-For` entry when the
/// server is configured to trust its reverse proxy.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if state.config.trust_proxy {
            let forwarded = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .and_then(|v| v.trim().parse::<IpAddr>().ok());
            if let Some(ip) = forwarded {
                return Ok(ClientIp(ip));
            }
        }
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(IpAddr::from([127, 0, 0, 1]));
        Ok(ClientIp(peer))
    }
}

/// A site administrator (creates cities): anonymous visitors go to the login page, others get 403.
pub struct SiteAdmin {
    pub user_id: i64,
}

impl<S: Send + Sync> FromRequestParts<S> for SiteAdmin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let session = parts.extensions.get::<Session>().cloned().ok_or(AppError::NotFound)?;
        match session.user() {
            Some(user) if user.is_site_admin => Ok(SiteAdmin { user_id: user.id }),
            Some(_) => Err(AppError::Forbidden),
            None => Err(login_required(parts)),
        }
    }
}
