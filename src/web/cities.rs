//! Cities: the site admin creates one; its city admin sets it up (settings, departments);
//! everyone reads its "about" and privacy pages.

use super::extract::{CityScope, PeopleManager, SiteAdmin, Staff};
use super::forms::{field_errors, translated, translated_values, CsrfForm};
use super::pages::{admin_page, city_page};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::departments;
use crate::domain::{Locale, ModerationMode};
use crate::error::{AppError, AppResult};
use crate::services::cities::{self, CityInput, SettingsInput};
use crate::state::AppState;
use crate::views::admin::LocaleSection;
use crate::views::cities::*;
use crate::views::forms::FormState;
use crate::views::Shown;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

/// The enabled languages a form sent (unknown values are dropped: checkboxes only offer known ones).
fn locales(form: &CsrfForm) -> Vec<Locale> {
    form.all("locales").into_iter().filter_map(Locale::parse).collect()
}

fn new_city_page(ctx: &Ctx, form: FormState) -> AppResult<Response> {
    let has_errors = form.has_errors();
    let default = Locale::parse(form.value("default_locale")).unwrap_or(ctx.locale);
    let view =
        NewCityView { page: ctx.page(ctx.i18n.t("city-new-title")), form, sections: LocaleSection::all(default) };
    render_form(&view, has_errors)
}

pub async fn new_city_form(ctx: Ctx, _admin: SiteAdmin) -> AppResult<Response> {
    let l = ctx.locale.id().to_string();
    let values = vec![
        ("default_locale".into(), l.clone()),
        ("locales".into(), l),
        ("timezone".into(), "UTC".into()),
        ("moderation".into(), "post".into()),
    ];
    new_city_page(&ctx, FormState::with_values(values))
}

pub async fn create_city(
    ctx: Ctx,
    State(state): State<AppState>,
    admin: SiteAdmin,
    form: CsrfForm,
) -> AppResult<Response> {
    let input = CityInput {
        slug: form.get("slug").trim().to_string(),
        name: translated(&form, "name"),
        default_locale: Locale::parse(form.get("default_locale")).unwrap_or(ctx.locale),
        locales: locales(&form),
        time_zone: form.get("timezone").trim().to_string(),
        moderation: ModerationMode::parse(form.get("moderation")).unwrap_or(ModerationMode::Post),
    };
    match cities::create_city_as(&state.db, &input, Some(admin.user_id)).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("/{}/", input.slug))).into_response()),
        Err(e) => new_city_page(&ctx, FormState::new(form.redisplay(), field_errors(e)?)),
    }
}

fn settings_page(ctx: &Ctx, city: &City, form: FormState) -> AppResult<Response> {
    let has_errors = form.has_errors();
    let mut page = admin_page(ctx, city, ctx.i18n.t("settings-title"));
    if !has_errors && ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("admin-done"));
    }
    let view = SettingsView { page, form, sections: LocaleSection::all(city.default_locale()) };
    render_form(&view, has_errors)
}

pub async fn settings_form(ctx: Ctx, staff: Staff<PeopleManager>) -> AppResult<Response> {
    let c = &staff.city;
    let mut values = vec![
        ("contact".to_string(), c.contact.clone()),
        ("response_days".to_string(), c.response_days.to_string()),
        ("default_locale".to_string(), c.default_locale.clone()),
        ("timezone".to_string(), c.time_zone.clone()),
        ("moderation".to_string(), c.moderation.clone()),
    ];
    values.extend(c.locales().into_iter().map(|l| ("locales".to_string(), l.id().to_string())));
    translated_values(&mut values, "name", &c.name());
    translated_values(&mut values, "tagline", &c.tagline());
    translated_values(&mut values, "privacy_notice", &c.privacy_notice());
    translated_values(&mut values, "verification_policy", &c.verification_policy());
    settings_page(&ctx, c, FormState::with_values(values))
}

pub async fn save_settings(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    form: CsrfForm,
) -> AppResult<Response> {
    let input = SettingsInput {
        name: translated(&form, "name"),
        tagline: translated(&form, "tagline"),
        contact: form.get("contact").to_string(),
        default_locale: Locale::parse(form.get("default_locale")),
        locales: locales(&form),
        time_zone: form.get("timezone").trim().to_string(),
        moderation: ModerationMode::parse(form.get("moderation")),
        response_days: form.get("response_days").trim().parse().ok(),
        privacy_notice: translated(&form, "privacy_notice"),
        verification_policy: translated(&form, "verification_policy"),
    };
    match cities::save_settings(&state.db, &staff.city, &input, staff.user_id).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/{}/admin/settings?done=1", staff.city.slug))).into_response()),
        Err(e) => settings_page(&ctx, &staff.city, FormState::new(form.redisplay(), field_errors(e)?)),
    }
}

async fn departments_page(ctx: &Ctx, state: &AppState, city: &City, form: FormState) -> AppResult<Response> {
    let has_errors = form.has_errors();
    let mut page = admin_page(ctx, city, ctx.i18n.t("departments-title"));
    if !has_errors && ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("admin-done"));
    }
    let view = DepartmentsView { page, form, departments: departments::list(&state.db, city.id).await? };
    render_form(&view, has_errors)
}

pub async fn departments(ctx: Ctx, State(state): State<AppState>, staff: Staff<PeopleManager>) -> AppResult<Response> {
    departments_page(&ctx, &state, &staff.city, FormState::default()).await
}

pub async fn add_department(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    form: CsrfForm,
) -> AppResult<Response> {
    match cities::add_department(&state.db, &staff.city, form.get("department"), staff.user_id).await {
        Ok(()) => {
            Ok(Redirect::to(&ctx.link(&format!("/{}/admin/departments?done=1", staff.city.slug))).into_response())
        }
        Err(e) => departments_page(&ctx, &state, &staff.city, FormState::new(form.redisplay(), field_errors(e)?)).await,
    }
}

pub async fn remove_department(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    Path((_, _, id)): Path<(String, String, String)>,
    _form: CsrfForm,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    cities::remove_department(&state.db, &staff.city, id, staff.user_id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{}/admin/departments?done=1", staff.city.slug))).into_response())
}

pub async fn about(ctx: Ctx, State(state): State<AppState>, CityScope(city): CityScope) -> AppResult<Response> {
    let default = city.default_locale();
    let city_name = Shown::of(&city.name(), ctx.locale, default);
    let page = city_page(&ctx, &state, &city, ctx.i18n.ts("about-title", "city", &city_name.text), "about").await;
    render(&AboutView {
        page,
        tagline: Shown::of(&city.tagline(), ctx.locale, default),
        contact: city.contact.clone(),
        response_days: city.response_days,
        verification_policy: Shown::of(&city.verification_policy(), ctx.locale, default),
        departments: departments::list(&state.db, city.id).await?.into_iter().map(|(_, n)| n).collect(),
        city_name,
    })
}

pub async fn privacy(ctx: Ctx, State(state): State<AppState>, CityScope(city): CityScope) -> AppResult<Response> {
    let default = city.default_locale();
    let city_name = Shown::of(&city.name(), ctx.locale, default);
    let title = ctx.i18n.ts("privacy-city-title", "city", &city_name.text);
    let page = city_page(&ctx, &state, &city, title, "about").await;
    render(&PrivacyView { page, notice: Shown::of(&city.privacy_notice(), ctx.locale, default), city_name })
}
