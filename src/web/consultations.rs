//! Consultations: upcoming, open or closed (derived from their times in the city's zone).
//! A consultation's own page is an item page (see `public::item`).

use super::extract::CityScope;
use super::pages::{card, city_page};
use super::{render, Ctx};
use crate::db::consultations;
use crate::domain::now_ts;
use crate::error::AppResult;
use crate::state::AppState;
use crate::views::pages::ConsultationsView;
use axum::extract::State;
use axum::response::Response;

pub async fn list(ctx: Ctx, State(state): State<AppState>, CityScope(city): CityScope) -> AppResult<Response> {
    let now = now_ts();
    let items = consultations::list(&state.db, city.id).await?.iter().map(|k| card(k, &ctx, &city, now)).collect();
    let page = city_page(&ctx, &state, &city, ctx.i18n.t("consultations-title"), "consultations").await;
    render(&ConsultationsView { page, items })
}
