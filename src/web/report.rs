//! `/{locale}/{city}/report`: the transparency report as HTML, CSV or JSON.

use super::public::{city_page, load_city};
use super::{render, Ctx};
use crate::domain::Theme;
use crate::error::{AppError, AppResult};
use crate::services::report::{self, Report};
use crate::state::AppState;
use crate::views::report::{Bar, Chart, ReportView};
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::http::header;
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

pub async fn report(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let (from, to) = report::period(q.get("from").map(String::as_str), q.get("to").map(String::as_str));
    let theme = q.get("theme").and_then(|t| Theme::parse(t));
    let r = report::build(&state.db, &city, from, to, theme, ctx.locale).await.map_err(AppError::Internal)?;
    let filters = serde_urlencoded::to_string([
        ("from", r.from.as_str()),
        ("to", r.to.as_str()),
        ("theme", r.theme.as_deref().unwrap_or("")),
    ])
    .unwrap_or_default();
    match q.get("format").map(String::as_str) {
        Some("csv") => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"townhall-{}-{}-{}.csv\"", r.city, r.from, r.to),
                ),
            ],
            report::to_csv(&r),
        )
            .into_response()),
        Some("json") => Ok(axum::Json(r).into_response()),
        _ => {
            let city_name = Shown::of(&city.name(), ctx.locale, city.default_locale()).text;
            let page = city_page(&ctx, &state, &city, ctx.i18n.ts("report-title", "city", &city_name), "report").await;
            let theme_options = Theme::ALL.iter().map(|t| (t.id().to_string(), ctx.i18n.theme(t.id()))).collect();
            render(&ReportView {
                page,
                charts: charts(&ctx, &r),
                csv_link: format!("report?{filters}&format=csv"),
                json_link: format!("report?{filters}&format=json"),
                city_name,
                theme_options,
                r,
            })
        }
    }
}
