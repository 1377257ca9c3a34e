//! Consultations: upcoming, open or closed (derived from their times in the city's zone).

use super::comments::{self, DiscussionQuery};
use super::public::{city_page, load_city};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::{comments as comment_rows, commitments, consultations, projects};
use crate::domain::feedback::TargetType;
use crate::domain::{now_ts, Translated};
use crate::error::{AppError, AppResult};
use crate::services::feedback::Target;
use crate::state::AppState;
use crate::views::forms::FormState;
use crate::views::pages::{ConsultationCard, ConsultationView, ConsultationsView};
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::response::Response;

/// Local date and time in the city's zone, e.g. `2026-12-01 09:00`.
fn local(ts: i64, tz: &str) -> String {
    use chrono::TimeZone;
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::UTC);
    tz.timestamp_opt(ts, 0).single().map(|d| d.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
}

fn card(k: &consultations::Consultation, ctx: &Ctx, city: &City, now: i64) -> ConsultationCard {
    ConsultationCard {
        ref_no: k.ref_no,
        title: Shown::of(&k.title(), ctx.locale, city.default_locale()),
        phase: k.phase(now).id(),
        opens: local(k.opens_at, &city.time_zone),
        closes: local(k.closes_at, &city.time_zone),
    }
}

/// Consultations open now, for the city overview.
pub async fn open_cards(ctx: &Ctx, state: &AppState, city: &City) -> AppResult<Vec<ConsultationCard>> {
    let now = now_ts();
    Ok(consultations::open_now(&state.db, city.id, now).await?.iter().map(|k| card(k, ctx, city, now)).collect())
}

pub async fn list(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let now = now_ts();
    let items = consultations::list(&state.db, city.id).await?.iter().map(|k| card(k, &ctx, &city, now)).collect();
    let page = city_page(&ctx, &state, &city, ctx.i18n.t("consultations-title"), "consultations").await;
    render(&ConsultationsView { page, items })
}

pub async fn show(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
    Query(q): Query<DiscussionQuery>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = comments::resolve(&state, &city, TargetType::Consultation, &number).await?;
    consultation_page(&ctx, &state, &city, &target, &q, FormState::default()).await
}

pub async fn consultation_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    let k = consultations::by_id(&state.db, target.id).await?.ok_or(AppError::NotFound)?;
    let default = city.default_locale();
    let now = now_ts();
    let questions = Shown::of(&Translated::from_json(&k.questions), ctx.locale, default)
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let about = match (k.commitment_id, k.project_id) {
        (Some(id), _) => {
            commitments::list(&state.db, city.id, &Default::default()).await?.into_iter().find(|c| c.row.id == id).map(
                |c| {
                    (
                        format!("commitments/{}", c.reference()),
                        format!("{} {}", c.reference(), Shown::of(&c.title(), ctx.locale, default).text),
                    )
                },
            )
        }
        (_, Some(id)) => projects::list(&state.db, city.id, None)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .map(|p| (format!("projects/{}", p.ref_no), Shown::of(&p.title(), ctx.locale, default).text)),
        _ => None,
    };
    let participation = comment_rows::participation(&state.db, TargetType::Consultation.id(), k.id).await?;
    let k_card = card(&k, ctx, city, now);
    let page = city_page(ctx, state, city, k_card.title.text.clone(), "consultations").await;
    let discussion = comments::discussion(ctx, state, city, target, q, form).await?;
    let has_errors = discussion.form.has_errors();
    let view = ConsultationView {
        page,
        body: Shown::of(&Translated::from_json(&k.body), ctx.locale, default),
        questions,
        about,
        outcome_heard: Shown::of(&Translated::from_json(&k.outcome_heard), ctx.locale, default),
        outcome_actions: Shown::of(&Translated::from_json(&k.outcome_actions), ctx.locale, default),
        participation,
        k: k_card,
        discussion,
    };
    render_form(&view, has_errors)
}
