//! Cities: creation (command line and site admin), settings and departments (city admin).
//! Each change is one transaction with its audit row.

use super::publishing::{check_text, check_translated, MAX_LONG, MAX_SHORT};
use crate::db::cities::{self, City, CitySettings, NewCity};
use crate::db::{audit, departments, is_unique_violation, Db};
use crate::domain::identity::{self, ColourProblem, LogoProblem};
use crate::domain::{now_ts, valid_slug, Locale, ModerationMode, Translated};
use crate::error::{AppError, AppResult, FieldErrors};

pub struct CityInput {
    pub slug: String,
    pub name: Translated,
    pub default_locale: Locale,
    pub locales: Vec<Locale>,
    pub time_zone: String,
    pub moderation: ModerationMode,
}

/// The checks every way of setting up a city shares: a known time zone, at least one
/// enabled language, and the default language among them.
fn check_languages_and_zone(errors: &mut FieldErrors, default: Locale, locales: &[Locale], time_zone: &str) {
    if time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.add("timezone", "form-invalid-time-zone");
    }
    if locales.is_empty() {
        errors.add("locales", "form-required");
    } else if !locales.contains(&default) {
        errors.add("default_locale", "form-default-locale-not-enabled");
    }
}

pub async fn create_city(db: &Db, input: &CityInput) -> AppResult<i64> {
    create_city_as(db, input, None).await
}

/// Creates a city; `actor` is the site admin (None from the command line).
pub async fn create_city_as(db: &Db, input: &CityInput, actor: Option<i64>) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    if !valid_slug(&input.slug) {
        errors.add("slug", "form-invalid-slug");
    }
    if input.name.is_empty() {
        errors.add("name", "form-required");
    }
    check_translated(&mut errors, "name", &input.name, false, MAX_SHORT);
    check_languages_and_zone(&mut errors, input.default_locale, &input.locales, &input.time_zone);
    errors.into_result()?;
    let mut tx = db.begin().await?;
    let new = NewCity {
        slug: &input.slug,
        name: &input.name,
        default_locale: input.default_locale,
        locales: &input.locales,
        time_zone: &input.time_zone,
        moderation: input.moderation,
        created_at: now_ts(),
    };
    let id = match cities::insert(&mut tx, &new).await {
        Err(e) if is_unique_violation(&e) => {
            let mut errors = FieldErrors::default();
            errors.add("slug", "form-slug-taken");
            return Err(AppError::Invalid(errors));
        }
        other => other?,
    };
    audit::record(&mut tx, Some(id), actor, "city.create", &input.slug).await?;
    tx.commit().await?;
    Ok(id)
}

pub struct SettingsInput {
    pub name: Translated,
    pub tagline: Translated,
    pub contact: String,
    pub default_locale: Option<Locale>,
    pub locales: Vec<Locale>,
    pub time_zone: String,
    pub moderation: Option<ModerationMode>,
    pub response_days: Option<i64>,
    pub privacy_notice: Translated,
    pub verification_policy: Translated,
    /// `#rrggbb` as typed; empty keeps the site's own colour.
    pub brand_colour: String,
}

pub async fn save_settings(db: &Db, city: &City, input: &SettingsInput, actor: i64) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    check_translated(&mut errors, "name", &input.name, true, MAX_SHORT);
    check_translated(&mut errors, "tagline", &input.tagline, false, MAX_SHORT);
    check_text(&mut errors, "contact", &input.contact, false, MAX_SHORT);
    check_translated(&mut errors, "privacy_notice", &input.privacy_notice, false, MAX_LONG);
    check_translated(&mut errors, "verification_policy", &input.verification_policy, false, MAX_LONG);
    let default_locale = input.default_locale.unwrap_or_else(|| {
        errors.add("default_locale", "form-invalid-choice");
        Locale::En
    });
    check_languages_and_zone(&mut errors, default_locale, &input.locales, &input.time_zone);
    if input.moderation.is_none() {
        errors.add("moderation", "form-invalid-choice");
    }
    // The colour is the background of white text (the city's band and buttons): it must be
    // dark enough to read on.
    let brand_colour = match identity::check_colour(&input.brand_colour) {
        Ok(colour) => colour.map(|c| c.hex()).unwrap_or_default(),
        Err(ColourProblem::Format) => {
            errors.add("brand_colour", "form-invalid-colour");
            String::new()
        }
        Err(ColourProblem::Contrast(_)) => {
            errors.add("brand_colour", "form-colour-contrast");
            String::new()
        }
    };
    let response_days = input.response_days.filter(|d| (1..=365).contains(d));
    if response_days.is_none() {
        errors.add("response_days", "form-invalid-response-days");
    }
    let (Some(moderation), Some(response_days)) = (input.moderation, response_days) else {
        return Err(AppError::Invalid(errors));
    };
    errors.into_result()?;
    let settings = CitySettings {
        name: &input.name,
        tagline: &input.tagline,
        contact: input.contact.trim(),
        default_locale,
        locales: &input.locales,
        time_zone: input.time_zone.trim(),
        moderation,
        response_days,
        privacy_notice: &input.privacy_notice,
        verification_policy: &input.verification_policy,
        brand_colour: &brand_colour,
    };
    let mut tx = db.begin().await?;
    cities::update_settings(&mut tx, city.id, &settings).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "city.settings", &city.slug).await?;
    tx.commit().await?;
    Ok(())
}

/// Stores an uploaded logo (checked: at most 64 KB, PNG, JPEG or WebP) with its audit row.
pub async fn set_logo(db: &Db, city: &City, bytes: &[u8], actor: i64) -> AppResult<()> {
    let kind = identity::check_logo(bytes).map_err(|problem| {
        let mut errors = FieldErrors::default();
        let key = match problem {
            LogoProblem::Empty => "form-required",
            LogoProblem::TooLarge => "form-logo-too-large",
            LogoProblem::NotAnImage => "form-logo-type",
        };
        errors.add("logo", key);
        AppError::Invalid(errors)
    })?;
    let mut tx = db.begin().await?;
    cities::set_logo(&mut tx, city.id, kind.content_type(), bytes, now_ts()).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "city.logo", &city.slug).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes the city's logo (nothing is recorded when there was none).
pub async fn remove_logo(db: &Db, city: &City, actor: i64) -> AppResult<()> {
    let mut tx = db.begin().await?;
    if cities::remove_logo(&mut tx, city.id).await? {
        audit::record(&mut tx, Some(city.id), Some(actor), "city.logo", &city.slug).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn add_department(db: &Db, city: &City, name: &str, actor: i64) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    check_text(&mut errors, "department", name, true, MAX_SHORT);
    errors.into_result()?;
    let mut tx = db.begin().await?;
    if departments::add(&mut tx, city.id, name.trim(), now_ts()).await? {
        audit::record(&mut tx, Some(city.id), Some(actor), "department.add", name.trim()).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn remove_department(db: &Db, city: &City, id: i64, actor: i64) -> AppResult<()> {
    let mut tx = db.begin().await?;
    let name = departments::remove(&mut tx, city.id, id).await?.ok_or(AppError::NotFound)?;
    audit::record(&mut tx, Some(city.id), Some(actor), "department.remove", &name).await?;
    tx.commit().await?;
    Ok(())
}
