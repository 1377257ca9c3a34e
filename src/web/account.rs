//! `/account`: profile, password, personal data export and deletion.

use super::forms::{field_errors, CsrfForm};
use super::session::{session_cookie, start_session, CurrentUser};
use super::{render, render_form, Ctx};
use crate::db::{organisations, roles, users};
use crate::error::AppResult;
use crate::services::accounts;
use crate::state::AppState;
use crate::views::account::{AccountView, MessageView, OrganisationLine};
use crate::views::forms::FormState;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// Which of the three forms on the page is being shown again with errors.
enum Failed {
    None,
    Profile(FormState),
    Password(FormState),
    Delete(FormState),
}

async fn account_page(
    ctx: &Ctx,
    state: &AppState,
    user: &users::User,
    failed: Failed,
    notice: Option<String>,
) -> AppResult<Response> {
    let cities = crate::db::cities::list(&state.db).await?;
    let organisations = organisations::of_member(&state.db, user.id)
        .await?
        .into_iter()
        .map(|(o, admin)| OrganisationLine {
            city: cities.iter().find(|c| c.id == o.city_id).map(|c| c.slug.clone()).unwrap_or_default(),
            id: o.id,
            verified: o.is_verified(),
            name: o.name,
            admin,
        })
        .collect();
    let profile_defaults = FormState::with_values(vec![
        ("display_name".into(), user.display_name.clone()),
        ("locale".into(), user.locale.clone()),
        ("notify_mode".into(), crate::db::follows::notify_mode(&state.db, user.id).await?),
    ]);
    let (profile, password, delete, has_errors) = match failed {
        Failed::None => (profile_defaults, FormState::default(), FormState::default(), false),
        Failed::Profile(f) => (f, FormState::default(), FormState::default(), true),
        Failed::Password(f) => (profile_defaults, f, FormState::default(), true),
        Failed::Delete(f) => (profile_defaults, FormState::default(), f, true),
    };
    let mut page = ctx.page(ctx.i18n.t("account-title"));
    page.notice = notice;
    let view = AccountView {
        page,
        email: user.email.clone(),
        verified: user.email_verified_at.is_some(),
        profile,
        password,
        delete,
        roles: roles::all_for_user(&state.db, user.id).await?,
        organisations,
    };
    render_form(&view, has_errors)
}

pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let notice = q.get("saved").map(|_| ctx.i18n.t("account-saved"));
    account_page(&ctx, &state, &user, Failed::None, notice).await
}

pub async fn save_profile(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    form: CsrfForm,
) -> AppResult<Response> {
    match accounts::update_profile(
        &state.db,
        user.id,
        form.get("display_name"),
        form.get("locale"),
        form.get("notify_mode"),
    )
    .await
    {
        Ok(()) => Ok(Redirect::to(&ctx.link("/account?saved=1")).into_response()),
        Err(e) => {
            let failed = Failed::Profile(FormState::new(form.redisplay(), field_errors(e)?));
            account_page(&ctx, &state, &user, failed, None).await
        }
    }
}

pub async fn change_password(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    form: CsrfForm,
) -> AppResult<Response> {
    let result = accounts::change_password(
        &state.db,
        &user,
        form.get("current_password"),
        form.get("new_password"),
        form.opt("password_confirm"),
    )
    .await;
    match result {
        Ok(()) => {
            // Every session ended with the old password; this browser gets a new one.
            let mut response = Redirect::to(&ctx.link("/account?saved=1")).into_response();
            start_session(&state, user.id, &mut response).await?;
            Ok(response)
        }
        Err(e) => {
            let failed = Failed::Password(FormState::new(form.redisplay(), field_errors(e)?));
            account_page(&ctx, &state, &user, failed, None).await
        }
    }
}

pub async fn export(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> AppResult<Response> {
    let data = accounts::export(&state.db, &user).await?;
    let body = serde_json::to_string_pretty(&data).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"townhall-my-data.json\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

pub async fn delete(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    form: CsrfForm,
) -> AppResult<Response> {
    match accounts::delete_account(&state.db, &user, form.get("password")).await {
        Ok(()) => {
            let mut response = Redirect::to(&ctx.link("/account/deleted")).into_response();
            let fresh = crate::services::accounts::new_token().0;
            response.headers_mut().append(header::SET_COOKIE, session_cookie(&fresh, state.config.secure_cookies));
            Ok(response)
        }
        Err(e) => {
            let failed = Failed::Delete(FormState::new(form.redisplay(), field_errors(e)?));
            account_page(&ctx, &state, &user, failed, None).await
        }
    }
}

pub async fn deleted(ctx: Ctx) -> AppResult<Response> {
    let heading = ctx.i18n.t("account-deleted-title");
    let link = Some((ctx.link("/"), ctx.i18n.t("error-go-home")));
    render(&MessageView { page: ctx.page(heading.clone()), heading, message: ctx.i18n.t("account-deleted-body"), link })
}

/// `GET /{locale}/account/following`: everything the person follows, each with its unfollow.
pub async fn following(ctx: Ctx, State(state): State<AppState>, CurrentUser(user): CurrentUser) -> AppResult<Response> {
    let followed = crate::db::follows::of_user(&state.db, user.id).await?;
    let catalog = crate::services::items::ItemCatalog::load(&state.db).await?;
    let cities: HashMap<i64, crate::db::cities::City> =
        crate::db::cities::list(&state.db).await?.into_iter().map(|c| (c.id, c)).collect();
    let items = followed
        .iter()
        .filter_map(|(kind, id, since)| {
            let e = catalog.get_by_name(kind, *id)?;
            let city = cities.get(&e.city_id)?;
            Some(crate::views::account::FollowedItem {
                city: crate::views::Shown::of(&city.name(), ctx.locale, city.default_locale()).text,
                reference: e.item.to_string(),
                title: crate::views::Shown::of(&e.title, ctx.locale, city.default_locale()),
                href: ctx.link(&e.path),
                follow_action: ctx.link(&format!("{}/follow", e.path)),
                since: crate::views::format_date(*since, &city.time_zone),
            })
        })
        .collect();
    let mut page = ctx.page(ctx.i18n.t("following-title"));
    if ctx.path_rest.contains("unfollowed=1") {
        page.notice = Some(ctx.i18n.t("following-unfollowed"));
    }
    render(&crate::views::account::FollowingView { page, items })
}

const FILTER_FIELDS: [&str; 9] = ["q", "city", "type", "theme", "sdg", "stance", "lang", "from", "to"];

async fn saved_searches_page(
    ctx: &Ctx,
    state: &AppState,
    user: &users::User,
    form: FormState,
    notice: Option<String>,
) -> AppResult<Response> {
    let cities = super::pages::city_names(ctx, state).await?;
    let searches = crate::db::saved_searches::of_user(&state.db, user.id)
        .await?
        .into_iter()
        .map(|s| crate::views::account::SavedSearchLine {
            id: s.id,
            description: crate::services::alerts::describe(&ctx.i18n, &s.query),
            frequency: ctx.i18n.tp("frequency-", &s.frequency),
            created: crate::views::format_date(s.created_at, "UTC"),
            search_href: ctx.link(&format!("/search?{}", s.query)),
            feed_href: format!("{}{}", state.config.base_url, ctx.link(&format!("/alerts/{}/feed.atom", s.feed_token))),
        })
        .collect();
    let mut page = ctx.page(ctx.i18n.t("saved-title"));
    page.notice = notice;
    let has_errors = form.has_errors();
    let view = crate::views::account::SavedSearchesView {
        page,
        searches,
        form,
        cities,
        limit: crate::services::alerts::MAX_PER_PERSON,
    };
    render_form(&view, has_errors)
}

/// `GET /{locale}/account/saved-searches`: the person's saved searches and a form for one more.
pub async fn saved_searches(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let notice = ctx.path_rest.contains("saved=1").then(|| ctx.i18n.t("saved-done"));
    let notice = notice.or_else(|| ctx.path_rest.contains("deleted=1").then(|| ctx.i18n.t("saved-deleted")));
    saved_searches_page(&ctx, &state, &user, FormState::default(), notice).await
}

/// `POST /{locale}/account/saved-searches`: words, filters and a frequency (from this page or
/// from the search page's "save this search").
pub async fn save_search(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    form: CsrfForm,
) -> AppResult<Response> {
    let pairs: Vec<(String, String)> = FILTER_FIELDS
        .iter()
        .filter_map(|name| form.opt(name).map(|v| (name.to_string(), v.to_string())))
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    let frequency = crate::services::alerts::frequency(form.get("frequency"));
    match crate::services::alerts::save(&state.db, user.id, &pairs, frequency).await {
        Ok(_) => Ok(Redirect::to(&ctx.link("/account/saved-searches?saved=1")).into_response()),
        Err(e) => {
            let failed = FormState::new(form.redisplay(), field_errors(e)?);
            saved_searches_page(&ctx, &state, &user, failed, None).await
        }
    }
}

/// `POST /{locale}/account/saved-searches/{id}/delete`.
pub async fn delete_saved_search(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    axum::extract::Path((_, id)): axum::extract::Path<(String, i64)>,
    _form: CsrfForm,
) -> AppResult<Response> {
    crate::services::alerts::delete(&state.db, user.id, id).await?;
    Ok(Redirect::to(&ctx.link("/account/saved-searches?deleted=1")).into_response())
}
