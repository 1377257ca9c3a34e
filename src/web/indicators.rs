//! Measured indicators: `/{city}/indicators` (by dimension, with trends), one indicator with
//! its chart, series, sources and corrections, its Atom feed of new values, and the staff
//! forms to create an indicator and publish a value.

use super::extract::{load_city, Publisher, Staff};
use super::forms::{field_errors, translated, CsrfForm};
use super::pages::{self, admin_page, city_page, DiscussionQuery};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::indicators::{self as db, Indicator};
use crate::domain::indicators::{self as domain, Dimension, Direction};
use crate::domain::items::ItemRef;
use crate::error::{AppError, AppResult};
use crate::services::indicators::{self as service, IndicatorInput, ValueInput};
use crate::state::AppState;
use crate::views::atom::Entry;
use crate::views::forms::FormState;
use crate::views::indicators::{DimensionGroup, IndicatorsView, NewIndicatorView, ValueFormView};
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};

/// `GET /{locale}/{city}/indicators`.
pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let all = db::for_city(&state.db, city.id).await?;
    let mut groups: Vec<DimensionGroup> =
        Dimension::ALL.iter().map(|d| DimensionGroup { dimension: d.id(), indicators: vec![] }).collect();
    let mut by_indicator = db::values_by_indicator(&state.db, city.id).await?;
    for i in &all {
        let values = by_indicator.remove(&i.id).unwrap_or_default();
        if let Some(g) = groups.iter_mut().find(|g| g.dimension == i.dimension) {
            g.indicators.push(pages::indicator_card(&ctx, &city, i, &values));
        }
    }
    groups.retain(|g| !g.indicators.is_empty());
    let page = city_page(&ctx, &state, &city, ctx.i18n.t("indicators-title"), "indicators").await;
    let can_publish = pages::can_publish_in(&ctx, &state, &city).await;
    let feed_href = ctx.link(&format!("/{}/indicators/feed.atom", city.slug));
    render(&IndicatorsView { page, groups, feed_href, can_publish })
}

async fn find(state: &AppState, city: &City, code: &str) -> AppResult<Indicator> {
    if !service::valid_code(code) {
        return Err(AppError::NotFound);
    }
    db::by_code(&state.db, city.id, code).await?.ok_or(AppError::NotFound)
}

/// `GET /{locale}/{city}/indicators/{code}` (also `I-n`, which redirects to the code).
pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, code)): Path<(String, String, String)>,
    Query(q): Query<DiscussionQuery>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    if let Some(ItemRef::Indicator(id)) = ItemRef::parse(&code) {
        let found = db::by_id(&state.db, city.id, id).await?.ok_or(AppError::NotFound)?;
        let to = format!("/{}/indicators/{}", city.slug, found.code);
        return Ok(Redirect::permanent(&ctx.link(&to)).into_response());
    }
    let indicator = find(&state, &city, &code).await?;
    let target = crate::services::items::find(&state.db, &city, ItemRef::Indicator(indicator.id))
        .await?
        .ok_or(AppError::NotFound)?;
    pages::indicator_page(&ctx, &state, &city, &target, &q, FormState::default()).await
}

/// `GET /{locale}/{city}/indicators/feed.atom`: the newest values, corrections included.
pub async fn feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let base = &state.config.base_url;
    let names: std::collections::HashMap<i64, (String, Indicator)> = db::for_city(&state.db, city.id)
        .await?
        .into_iter()
        .map(|i| (i.id, (Shown::of(&i.name(), ctx.locale, city.default_locale()).text, i)))
        .collect();
    let mut values = db::values_of_city(&state.db, city.id).await?;
    values.reverse();
    values.truncate(50);
    let mut entries: Vec<Entry> = values
        .iter()
        .filter_map(|v| {
            let (name, i) = names.get(&v.indicator_id)?;
            let link = format!("{base}{}", ctx.link(&format!("/{}/indicators/{}#value-{}", city.slug, i.code, v.seq)));
            let mut content =
                format!("{} {} ({})\n{}: {}", v.value, i.unit, v.date, ctx.i18n.t("indicator-source"), v.source);
            if let Some(c) = v.corrects_seq {
                content.push_str(&format!("\n{}", ctx.i18n.tn("indicator-corrects", "number", c)));
            }
            content.push_str(&format!("\n{}: {}", ctx.i18n.t("update-hash"), v.hash));
            Some(Entry {
                id: link.clone(),
                title: format!("{} · {name}: {} {}", i.code, v.value, i.unit),
                link,
                updated: v.created_at,
                author: v.publisher.clone(),
                content,
            })
        })
        .collect();
    let self_link = format!("{base}{}", ctx.link(&format!("/{}/indicators/feed.atom", city.slug)));
    let alternate = format!("{base}{}", ctx.link(&format!("/{}/indicators", city.slug)));
    let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale()).text;
    let title = ctx.i18n.ts("indicators-feed-title", "city", &city_name);
    Ok(crate::views::atom::response(&self_link, &title, &self_link, &alternate, &mut entries))
}

async fn new_page(ctx: &Ctx, state: &AppState, city: &City, form: FormState) -> AppResult<Response> {
    let catalog = crate::services::items::ItemCatalog::for_city(&state.db, city).await?;
    let commitments = super::pages::item_options(ctx, city, &catalog, false)
        .into_iter()
        .filter(|(value, _)| value.starts_with("C-"))
        .collect();
    let departments = crate::db::departments::list(&state.db, city.id).await?.into_iter().map(|(_, n)| n).collect();
    let page = admin_page(ctx, city, ctx.i18n.t("indicator-new-title"));
    let has_errors = form.has_errors();
    let view = NewIndicatorView { page, form, kpis: &domain::U4SSC_KPIS, commitments, departments };
    render_form(&view, has_errors)
}

pub async fn new_form(ctx: Ctx, State(state): State<AppState>, staff: Staff<Publisher>) -> AppResult<Response> {
    new_page(&ctx, &state, &staff.city, FormState::default()).await
}

/// `POST /{locale}/{city}/admin/indicators/new`.
pub async fn create(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    form: CsrfForm,
) -> AppResult<Response> {
    let input = IndicatorInput {
        code: form.get("code").to_string(),
        name: translated(&form, "name"),
        dimension: Dimension::parse(form.get("dimension")),
        u4ssc_kpi: form.get("u4ssc_kpi").to_string(),
        unit: form.get("unit").to_string(),
        direction: Direction::parse(form.get("direction")),
        baseline_value: form.get("baseline_value").to_string(),
        baseline_date: form.get("baseline_date").to_string(),
        target_value: form.get("target_value").to_string(),
        target_date: form.get("target_date").to_string(),
        department: form.get("department").to_string(),
        commitments: form.all("commitments").into_iter().map(str::to_string).collect(),
    };
    match service::create(&state.db, &staff.city, Some(staff.user_id), &input).await {
        Ok(_) => {
            let to = format!("/{}/indicators/{}", staff.city.slug, input.code.trim());
            Ok(Redirect::to(&ctx.link(&to)).into_response())
        }
        Err(e) => new_page(&ctx, &state, &staff.city, FormState::new(form.redisplay(), field_errors(e)?)).await,
    }
}

async fn value_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    indicator: &Indicator,
    form: FormState,
) -> AppResult<Response> {
    let values = db::values_of(&state.db, indicator.id).await?;
    let correctable =
        db::current(&values).iter().map(|v| (v.seq, format!("{}: {} {}", v.date, v.value, indicator.unit))).collect();
    let name = Shown::of(&indicator.name(), ctx.locale, city.default_locale());
    let page = admin_page(ctx, city, ctx.i18n.ts("indicator-value-title", "name", &name.text));
    let has_errors = form.has_errors();
    let view =
        ValueFormView { page, code: indicator.code.clone(), name, unit: indicator.unit.clone(), form, correctable };
    render_form(&view, has_errors)
}

pub async fn value_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, code)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let indicator = find(&state, &staff.city, &code).await?;
    let user = ctx.session.user().map(|u| u.display_name.clone()).unwrap_or_default();
    let defaults = FormState::with_values(vec![("publisher".into(), user)]);
    value_page(&ctx, &state, &staff.city, &indicator, defaults).await
}

/// `POST /{locale}/{city}/admin/indicators/{code}/values`.
pub async fn publish_value(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, code)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let indicator = find(&state, &staff.city, &code).await?;
    let corrects = form.get("corrects").trim();
    let corrects_seq = match corrects {
        "" => None,
        n => match n.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => Some(-1),
        },
    };
    let input = ValueInput {
        date: form.get("date").to_string(),
        value: form.get("value").to_string(),
        source: form.get("source").to_string(),
        note: form.get("note").to_string(),
        publisher: form.get("publisher").to_string(),
        corrects_seq,
    };
    match service::publish_value(
        &state.db,
        &state.config.base_url,
        &staff.city,
        &indicator,
        Some(staff.user_id),
        &input,
    )
    .await
    {
        Ok(seq) => {
            let to = format!("/{}/indicators/{}#value-{seq}", staff.city.slug, indicator.code);
            Ok(Redirect::to(&ctx.link(&to)).into_response())
        }
        Err(e) => {
            value_page(&ctx, &state, &staff.city, &indicator, FormState::new(form.redisplay(), field_errors(e)?)).await
        }
    }
}
