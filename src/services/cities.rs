//! Cities: creation (command line and site admin), settings and departments (city admin).
//! Each change is one transaction with its audit row.

use super::publishing::{check_text, check_translated, MAX_LONG, MAX_SHORT};
use crate::db::cities::{self, City, CitySettings, NewCity};
use crate::db::{audit, departments, is_unique_violation, Db};
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
    };
    let mut tx = db.begin().await?;
    cities::update_settings(&mut tx, city.id, &settings).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "city.settings", &city.slug).await?;
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
