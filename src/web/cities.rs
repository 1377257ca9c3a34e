//! Cities: the site admin creates one; its city admin sets it up (settings, departments);
//! everyone reads its "about" and privacy pages.

use super::extract::{CityScope, PeopleManager, SiteAdmin, Staff};
use super::forms::{csrf_multipart, field_errors, translated, translated_values, CsrfForm};
use super::pages::{admin_page, city_page};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::departments;
use crate::domain::identity::{self, ColourProblem, LogoKind};
use crate::domain::{Locale, ModerationMode};
use crate::error::{AppError, AppResult};
use crate::services::cities::{self, CityInput, SettingsInput};
use crate::state::AppState;
use crate::views::admin::LocaleSection;
use crate::views::cities::*;
use crate::views::forms::FormState;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::http::header;
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

fn settings_page(ctx: &Ctx, city: &City, form: FormState, logo_form: FormState) -> AppResult<Response> {
    let has_errors = form.has_errors() || logo_form.has_errors();
    let mut page = admin_page(ctx, city, ctx.i18n.t("settings-title"));
    if !has_errors && ctx.path_rest.contains("done=") {
        page.notice = Some(ctx.i18n.t("admin-done"));
    }
    let logo = page.city.as_ref().and_then(|c| c.logo.clone());
    let view = SettingsView { page, form, sections: LocaleSection::all(city.default_locale()), logo, logo_form };
    render_form(&view, has_errors)
}

pub async fn settings_form(ctx: Ctx, staff: Staff<PeopleManager>) -> AppResult<Response> {
    let values = current_settings(&staff.city);
    settings_page(&ctx, &staff.city, FormState::with_values(values), FormState::default())
}

/// The settings form filled in with the city's current values.
fn current_settings(c: &City) -> Vec<(String, String)> {
    let mut values = vec![
        ("contact".to_string(), c.contact.clone()),
        ("response_days".to_string(), c.response_days.to_string()),
        ("default_locale".to_string(), c.default_locale.clone()),
        ("timezone".to_string(), c.time_zone.clone()),
        ("moderation".to_string(), c.moderation.clone()),
        ("brand_colour".to_string(), c.brand_colour.clone()),
    ];
    values.extend(c.locales().into_iter().map(|l| ("locales".to_string(), l.id().to_string())));
    translated_values(&mut values, "name", &c.name());
    translated_values(&mut values, "tagline", &c.tagline());
    translated_values(&mut values, "privacy_notice", &c.privacy_notice());
    translated_values(&mut values, "verification_policy", &c.verification_policy());
    values
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
        brand_colour: form.get("brand_colour").to_string(),
    };
    match cities::save_settings(&state.db, &staff.city, &input, staff.user_id).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/{}/admin/settings?done=1", staff.city.slug))).into_response()),
        Err(e) => {
            let mut shown = FormState::new(form.redisplay(), field_errors(e)?);
            // A colour too light for white text: the message names the contrast measured.
            if let Err(ColourProblem::Contrast(ratio)) = identity::check_colour(&input.brand_colour) {
                shown.args.push(("value", ctx.i18n.decimal(&identity::ratio_text(ratio))));
            }
            settings_page(&ctx, &staff.city, shown, FormState::default())
        }
    }
}

/// `POST …/admin/settings/logo` (multipart: `csrf_token`, `logo`): a small PNG, JPEG or WebP.
pub async fn upload_logo(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    headers: axum::http::HeaderMap,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let fields = csrf_multipart(&headers, multipart, &ctx.session.csrf).await?;
    let logo = fields.into_iter().find(|(k, _)| k == "logo").map(|(_, v)| v).unwrap_or_default();
    match cities::set_logo(&state.db, &staff.city, &logo, staff.user_id).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("/{}/admin/settings?done=1", staff.city.slug))).into_response()),
        Err(e) => {
            let values = current_settings(&staff.city);
            settings_page(&ctx, &staff.city, FormState::with_values(values), FormState::new(vec![], field_errors(e)?))
        }
    }
}

/// `POST …/admin/settings/logo/remove`.
pub async fn remove_logo(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    _form: CsrfForm,
) -> AppResult<Response> {
    cities::remove_logo(&state.db, &staff.city, staff.user_id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{}/admin/settings?done=1", staff.city.slug))).into_response())
}

/// A city's stylesheet: its colour as `--brand`, which the site's stylesheet uses for the
/// city's band and buttons. Its address carries the colour, so a cache may keep it a year.
pub async fn theme_css(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    let city = find_city(&state, &slug).await?;
    let colour = city.brand_colour.trim_start_matches('#');
    let body = if colour.is_empty() { String::new() } else { format!(":root {{ --brand: #{colour}; }}\n") };
    let current = q.iter().any(|(k, v)| k == "v" && v == colour);
    Ok(([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, asset_cache(current))], body)
        .into_response())
}

/// A city's logo, as uploaded (its type checked by its first bytes when it was stored).
pub async fn logo(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(q): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    let city = find_city(&state, &slug).await?;
    let logo = crate::db::cities::logo(&state.db, city.id).await?.ok_or(AppError::NotFound)?;
    let kind = LogoKind::from_content_type(&logo.content_type).ok_or(AppError::NotFound)?;
    let current = q.iter().any(|(k, v)| k == "v" && *v == city.logo_version.to_string());
    Ok(([(header::CONTENT_TYPE, kind.content_type()), (header::CACHE_CONTROL, asset_cache(current))], logo.bytes)
        .into_response())
}

async fn find_city(state: &AppState, slug: &str) -> AppResult<City> {
    if !crate::domain::valid_slug(slug) {
        return Err(AppError::NotFound);
    }
    crate::db::cities::by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

/// A year for the address of the current version; a minute for any other.
fn asset_cache(current: bool) -> &'static str {
    if current {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=60"
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
