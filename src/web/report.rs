//! `/{locale}/{city}/report`: the transparency report as HTML, CSV or JSON.

use super::extract::CityScope;
use super::forms::checked_filters;
use super::pages::city_page;
use super::{render, Ctx};
use crate::domain::feedback::Stance;
use crate::domain::filters::Types;
use crate::domain::{Locale, Theme};
use crate::error::{AppError, AppResult};
use crate::services::report::{self, Report, ReportRequest};
use crate::state::AppState;
use crate::views::report::{Bar, Chart, Choice, ReportOptions, ReportView};
use crate::views::Shown;
use axum::extract::State;
use axum::http::header;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

fn charts(ctx: &Ctx, r: &Report) -> Vec<Chart> {
    let i18n = &ctx.i18n;
    let make = |id: &str, title_key: &str, list: &[report::Count], label: &dyn Fn(&str) -> String| Chart {
        id: id.to_string(),
        title: i18n.t(title_key),
        bars: list.iter().map(|c| Bar { label: label(&c.key), count: c.count }).collect(),
    };
    vec![
        make("c-stance", "report-by-stance", &r.feedback.by_stance, &|k| {
            if k == "none" {
                i18n.t("stance-none")
            } else {
                i18n.tp("stance-", k)
            }
        }),
        make("c-theme", "report-by-theme", &r.feedback.by_theme, &|k| i18n.theme(k)),
        make("c-language", "report-by-language", &r.feedback.by_language, &|k| {
            crate::domain::Locale::parse(k).map(|l| i18n.language_name(l)).unwrap_or_else(|| k.to_string())
        }),
        make("c-channel", "report-by-channel", &r.feedback.by_channel, &|k| i18n.tp("channel-", k)),
        make("c-month", "report-per-month", &r.feedback.per_month, &|k| k.to_string()),
    ]
}

/// A labelled choice of a filter's `<select>`.
fn options(ctx: &Ctx, r: &Report) -> ReportOptions {
    let i18n = &ctx.i18n;
    let choice = |value: String, label: String, current: Option<&str>| Choice {
        selected: current == Some(value.as_str()),
        value,
        label,
    };
    let sdg = r.sdg.map(|n| n.to_string());
    ReportOptions {
        themes: Theme::ALL.iter().map(|t| choice(t.id().to_string(), i18n.theme(t.id()), r.theme.as_deref())).collect(),
        sdgs: (1..=17).map(|n: i64| choice(n.to_string(), format!("{n}. {}", i18n.sdg(n)), sdg.as_deref())).collect(),
        stances: Stance::ALL
            .iter()
            .map(|s| choice(s.id().to_string(), i18n.tp("stance-", s.id()), r.stance.as_deref()))
            .collect(),
        languages: Locale::ALL
            .iter()
            .map(|l| choice(l.id().to_string(), i18n.language_name(*l), r.lang.as_deref()))
            .collect(),
        item_types: ["commitment", "project", "consultation"]
            .iter()
            .map(|k| choice(k.to_string(), i18n.tp("kind-", k), r.item_type.as_deref()))
            .collect(),
    }
}

/// The filters the report applied, labelled, so the page states exactly what it counts.
fn applied_filters(ctx: &Ctx, r: &Report) -> Vec<(String, String)> {
    let i18n = &ctx.i18n;
    let mut out = Vec::new();
    if !r.q.trim().is_empty() {
        out.push((i18n.t("search-words"), r.q.clone()));
    }
    if let Some(t) = &r.theme {
        out.push((i18n.t("filter-theme"), i18n.theme(t)));
    }
    if let Some(n) = r.sdg {
        out.push((i18n.t("filter-sdg"), format!("{n}. {}", i18n.sdg(n))));
    }
    if let Some(s) = &r.stance {
        out.push((i18n.t("filter-stance"), i18n.tp("stance-", s)));
    }
    if let Some(l) = r.lang.as_deref().and_then(Locale::parse) {
        out.push((i18n.t("search-language"), i18n.language_name(l)));
    }
    if let Some(k) = &r.item_type {
        out.push((i18n.t("report-item-type"), i18n.tp("kind-", k)));
    }
    out
}

/// Builds the report a request asks for (shared with the API).
pub async fn build_report(
    state: &AppState,
    city: &crate::db::cities::City,
    req: &ReportRequest,
    locale: Locale,
) -> AppResult<Report> {
    report::build(&state.db, &state.search, city, req, locale).await.map_err(AppError::Internal)
}

pub async fn report(
    ctx: Ctx,
    State(state): State<AppState>,
    CityScope(city): CityScope,
    uri: Uri,
) -> AppResult<Response> {
    let title = ctx.i18n.ts("report-title", "city", &Shown::of(&city.name(), ctx.locale, city.default_locale()).text);
    let frame = city_page(&ctx, &state, &city, title, "report").await;
    let q: HashMap<String, String> = match checked_filters(frame, uri.query(), Types::Report, "report") {
        Ok(pairs) => pairs.into_iter().collect(),
        Err(response) => return Ok(*response),
    };
    let req = ReportRequest::from_params(&q);
    let r = build_report(&state, &city, &req, ctx.locale).await?;
    let filters = serde_urlencoded::to_string(req.params()).unwrap_or_default();
    match q.get("format").map(String::as_str) {
        Some("csv") => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"townhall-{}-{}-{}.csv\"", r.city, r.from, r.to),
                ),
            ],
            report::to_csv(&r, &ctx.i18n),
        )
            .into_response()),
        Some("json") => Ok(axum::Json(r).into_response()),
        _ => {
            let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale()).text;
            let page = city_page(&ctx, &state, &city, ctx.i18n.ts("report-title", "city", &city_name), "report").await;
            render(&ReportView {
                page,
                charts: charts(&ctx, &r),
                csv_link: format!("report?{filters}&format=csv"),
                json_link: format!("report?{filters}&format=json"),
                city_name,
                options: options(&ctx, &r),
                applied: applied_filters(&ctx, &r),
                r,
            })
        }
    }
}
