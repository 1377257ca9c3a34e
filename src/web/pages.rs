//! The page library handlers share: city and admin page frames, the pages of commitments,
//! projects and consultations with their discussion (also shown again with form errors),
//! consultation cards and item choices for staff forms.

use super::{render_form, Ctx};
use crate::db::cities::City;
use crate::db::comments;
use crate::db::consultations::{self, Phase};
use crate::db::{assessments, commitments, follows, projects, updates};
use crate::domain::feedback::TargetType;
use crate::domain::items::ItemRef;
use crate::domain::questionnaires::{AnswerProblems, QuestionKind};
use crate::domain::{now_ts, today_utc, Translated};
use crate::error::{AppError, AppResult};
use crate::services::feedback::Target;
use crate::services::items::ItemCatalog;
use crate::state::AppState;
use crate::views::feedback::{AssessmentView, CommentView, CommentsSection};
use crate::views::forms::FormState;
use crate::views::pages::*;
use crate::views::questionnaires::{OptionView, QuestionView, QuestionnaireSection};
use crate::views::{CityNav, Page, Shown};
use axum::response::Response;
use serde::Deserialize;

/// The challenges to an item's status, and the link to contest it for members of a verified
/// organisation of the city.
pub async fn challenges_of(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
) -> AppResult<(Vec<ChallengeCard>, Option<String>)> {
    let now = now_ts();
    let href = ctx.link(&target.path);
    let mut cards: Vec<ChallengeCard> = crate::db::challenges::for_item(&state.db, target.kind.id(), target.id)
        .await?
        .iter()
        .map(|c| ChallengeCard::new(c, city, now, target.label.clone(), href.clone()))
        .collect();
    // Open ones first: they are what the status is contested by now.
    cards.sort_by_key(|c| !matches!(c.state, "open" | "overdue"));
    let can = !ctx.viewer(state, city).await?.organisations.is_empty();
    Ok((cards, can.then(|| ctx.link(&format!("{}/challenges/new", target.path)))))
}

/// Top-level comments per page of a discussion.
pub const PAGE_SIZE: i64 = 20;

pub async fn city_page(ctx: &Ctx, state: &AppState, city: &City, title: String, section: &'static str) -> Page {
    let mut page = ctx.page(title);
    page.city = Some(CityNav::new(city, ctx.locale));
    page.section = section;
    page.can_admin = ctx.viewer(state, city).await.map(|v| v.perms.any()).unwrap_or(false);
    page
}

/// The page of a commitment, project or consultation, with its discussion (and the comment
/// form in the given state).
pub async fn item_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    match target.kind {
        TargetType::Commitment => commitment_page(ctx, state, city, target, q, form, FormState::default()).await,
        TargetType::Project => project_page(ctx, state, city, target, q, form).await,
        TargetType::Indicator => indicator_page(ctx, state, city, target, q, form).await,
        _ => consultation_page(ctx, state, city, target, q, form, None).await,
    }
}

/// (slug, name in the reader's language) of every city, for city selects and links.
pub async fn city_names(ctx: &Ctx, state: &AppState) -> AppResult<Vec<(String, String)>> {
    Ok(crate::db::cities::list(&state.db)
        .await?
        .iter()
        .map(|c| (c.slug.clone(), Shown::of(&c.name(), ctx.locale, c.default_locale()).text))
        .collect())
}

/// An indicator's page: chart, series, sources and corrections, and its discussion.
pub async fn indicator_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    use crate::db::indicators as db;
    use crate::domain::indicators::Dimension;
    use crate::views::indicators::{IndicatorView, ValueRow};
    use crate::views::line_chart::{ChartLabels, ChartPoint, LineChart};
    let indicator = db::by_id(&state.db, city.id, target.id).await?.ok_or(AppError::NotFound)?;
    let discussion = discussion(ctx, state, city, target, q, form).await?;
    let has_errors = discussion.form.has_errors();
    let values = db::values_of(&state.db, indicator.id).await?;
    let card = indicator_card(ctx, city, &indicator, &values);
    let shown = db::current(&values);
    let i18n = &ctx.i18n;
    let (baseline, target) = (indicator.baseline(), indicator.target());
    let chart = match (baseline, target) {
        (Some(b), Some(t)) => {
            let points: Vec<ChartPoint> = shown.iter().filter_map(|v| v.point()).map(chart_point).collect();
            let description = i18n.targs(
                "indicator-chart-description",
                &[
                    ("baseline", &format!("{} {}", indicator.baseline_value, indicator.unit)),
                    ("baseline_date", &indicator.baseline_date),
                    ("target", &format!("{} {}", indicator.target_value, indicator.unit)),
                    ("target_date", &indicator.target_date),
                    (
                        "latest",
                        &card
                            .latest
                            .as_ref()
                            .map(|(v, d)| format!("{v} {} ({d})", indicator.unit))
                            .unwrap_or_else(|| i18n.t("trend-no_data")),
                    ),
                ],
            );
            let format = |v: f64| {
                let text = format!("{v:.2}");
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            };
            LineChart {
                id: "series",
                title: &i18n.ts("indicator-chart-title", "name", &card.name.text),
                description: &description,
                values: &points,
                baseline: chart_point(b),
                target: chart_point(t),
                unit: &indicator.unit,
                rtl: ctx.locale.is_rtl(),
                labels: ChartLabels {
                    values: &i18n.t("indicator-values"),
                    baseline: &i18n.t("indicator-baseline"),
                    target: &i18n.t("indicator-target"),
                    trajectory: &i18n.t("indicator-trajectory"),
                },
                format_value: &format,
            }
            .svg()
        }
        _ => String::new(),
    };
    let mut rows: Vec<ValueRow> = values
        .iter()
        .map(|v| ValueRow {
            seq: v.seq,
            date: v.date.clone(),
            value: v.value.clone(),
            source_is_link: crate::domain::valid_http_url(&v.source),
            source: v.source.clone(),
            note: v.note.clone(),
            publisher: v.publisher.clone(),
            corrects: v.corrects_seq,
            corrected_by: values.iter().find(|w| w.corrects_seq == Some(v.seq)).map(|w| w.seq),
            hash: v.hash.clone(),
        })
        .collect();
    rows.sort_by(|a, b| b.date.cmp(&a.date).then(b.seq.cmp(&a.seq)));
    let commitments = db::commitments_of(&state.db, indicator.id)
        .await?
        .into_iter()
        .map(|(_, n)| {
            let r = ItemRef::Commitment(n);
            (r.to_string(), ctx.link(&r.path(&city.slug)))
        })
        .collect();
    let page = city_page(ctx, state, city, card.name.text.clone(), "indicators").await;
    let view = IndicatorView {
        dimension: Dimension::parse(&indicator.dimension).map(|d| d.id()).unwrap_or("economy"),
        direction: indicator.direction().id(),
        baseline: (indicator.baseline_value.clone(), indicator.baseline_date.clone()),
        target: (indicator.target_value.clone(), indicator.target_date.clone()),
        department: indicator.department.clone(),
        commitments,
        chart,
        rows,
        can_publish: can_publish_in(ctx, state, city).await,
        discussion,
        value_form_href: ctx.link(&format!("/{}/admin/indicators/{}/values", city.slug, indicator.code)),
        feed_href: ctx.link(&format!("/{}/indicators/feed.atom", city.slug)),
        page,
        card,
    };
    render_form(&view, has_errors)
}

/// An indicator as lists show it: latest value in force, trend and performance to target.
pub fn indicator_card(
    ctx: &Ctx,
    city: &City,
    i: &crate::db::indicators::Indicator,
    values: &[crate::db::indicators::Value],
) -> crate::views::indicators::IndicatorCard {
    use crate::db::indicators as db;
    use crate::domain::indicators as domain;
    let latest = db::latest(values);
    let performance = latest.and_then(|v| {
        let target = domain::parse_decimal(&i.target_value)?.1;
        let p = domain::performance(i.direction(), target, domain::parse_decimal(&v.value)?.1)?;
        Some((format!("{p:.0}"), domain::band(p).id()))
    });
    crate::views::indicators::IndicatorCard {
        code: i.code.clone(),
        name: Shown::of(&i.name(), ctx.locale, city.default_locale()),
        unit: i.unit.clone(),
        href: ctx.link(&format!("/{}/indicators/{}", city.slug, i.code)),
        latest: latest.map(|v| (v.value.clone(), v.date.clone())),
        trend: i.trend(values).id(),
        performance,
        kpi: domain::kpi(&i.u4ssc_kpi),
    }
}

/// Whether the viewer may publish in this city (staff links on public pages).
pub async fn can_publish_in(ctx: &Ctx, state: &AppState, city: &City) -> bool {
    ctx.viewer(state, city).await.map(|v| v.perms.publish).unwrap_or(false)
}

fn chart_point(p: crate::domain::indicators::Point) -> crate::views::line_chart::ChartPoint {
    crate::views::line_chart::ChartPoint {
        date: chrono::NaiveDate::default() + chrono::Duration::days(p.day),
        value: p.value,
    }
}

pub async fn item_page_with_assessment_errors(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    assess: FormState,
) -> AppResult<Response> {
    commitment_page(ctx, state, city, target, &DiscussionQuery::default(), FormState::default(), assess).await
}

pub async fn commitment_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
    assess_form: FormState,
) -> AppResult<Response> {
    let ref_no = ItemRef::parse(&target.label).map(ItemRef::number).ok_or(AppError::NotFound)?;
    let c = commitments::by_ref(&state.db, city.id, ref_no).await?.ok_or(AppError::NotFound)?;
    let default = city.default_locale();
    let mut timeline: Vec<UpdateView> = updates::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|u| UpdateView::new(u, ctx.locale, default, &city.time_zone))
        .collect();
    UpdateView::mark_corrections(&mut timeline);
    let projects = projects::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|p| ProjectCard::new(p, ctx.locale, default))
        .collect();
    let assessments = assessments::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|a| AssessmentView::new(a, &city.time_zone))
        .collect();
    // Members of a verified organisation of this city may publish an assessment.
    let assess_as = ctx.viewer(state, city).await?.organisations.clone();
    let card = CommitmentCard::new(&c, ctx.locale, default, &today_utc());
    let title = format!("{} {}", card.reference, card.title.text);
    let page = city_page(ctx, state, city, title, "commitments").await;
    let discussion = discussion(ctx, state, city, target, q, form).await?;
    let (challenges, challenge_link) = challenges_of(ctx, state, city, target).await?;
    let has_errors = discussion.form.has_errors() || assess_form.has_errors();
    let mut indicators = Vec::new();
    for i in crate::db::indicators::for_commitment(&state.db, c.row.id).await? {
        let values = crate::db::indicators::values_of(&state.db, i.id).await?;
        let latest =
            crate::db::indicators::latest(&values).map(|v| (format!("{} {}", v.value, i.unit), v.date.clone()));
        indicators.push(crate::views::pages::LinkedIndicator {
            name: Shown::of(&i.name(), ctx.locale, default),
            href: ctx.link(&format!("/{}/indicators/{}", city.slug, i.code)),
            latest,
            trend: i.trend(&values).id(),
            code: i.code,
        });
    }
    let view = CommitmentView {
        page,
        indicators,
        body: Shown::of(&crate::domain::Translated::from_json(&c.row.body), ctx.locale, default),
        baseline: c.row.baseline.clone(),
        target: c.row.target.clone(),
        kpis: c.kpis(),
        c: card,
        timeline,
        projects,
        assessments,
        assess_as,
        assess_form,
        challenges,
        challenge_link,
        discussion,
    };
    render_form(&view, has_errors)
}

pub async fn project_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<Response> {
    let ref_no = ItemRef::parse(&target.label).map(ItemRef::number).ok_or(AppError::NotFound)?;
    let p = projects::by_ref(&state.db, city.id, ref_no).await?.ok_or(AppError::NotFound)?;
    let default = city.default_locale();
    let mut timeline: Vec<UpdateView> = updates::for_project(&state.db, p.id)
        .await?
        .iter()
        .map(|u| UpdateView::new(u, ctx.locale, default, &city.time_zone))
        .collect();
    UpdateView::mark_corrections(&mut timeline);
    let commitments = commitments::for_project(&state.db, p.id)
        .await?
        .iter()
        .map(|c| CommitmentLink::new(c, ctx.locale, default))
        .collect();
    let card = ProjectCard::new(&p, ctx.locale, default);
    let page = city_page(ctx, state, city, card.title.text.clone(), "projects").await;
    let discussion = discussion(ctx, state, city, target, q, form).await?;
    let (challenges, challenge_link) = challenges_of(ctx, state, city, target).await?;
    let has_errors = discussion.form.has_errors();
    let view = ProjectView {
        page,
        body: Shown::of(&crate::domain::Translated::from_json(&p.body), ctx.locale, default),
        start_date: p.start_date.clone(),
        end_date: p.end_date.clone(),
        coordinates: p.lat.zip(p.lon).map(|(lat, lon)| format!("{lat:.4}, {lon:.4}")),
        p: card,
        commitments,
        timeline,
        challenges,
        challenge_link,
        discussion,
    };
    render_form(&view, has_errors)
}

/// Query of an item page: comment order and page, reply target, post confirmation.
#[derive(Deserialize, Default, Clone)]
pub struct DiscussionQuery {
    pub order: Option<String>,
    pub page: Option<String>,
    pub reply_to: Option<String>,
    pub posted: Option<String>,
    pub held: Option<String>,
    /// The questionnaire was just answered.
    pub answered: Option<String>,
}

/// Builds the discussion block of an item page.
pub async fn discussion(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<CommentsSection> {
    let newest_first = q.order.as_deref() != Some("oldest");
    let total = comments::count_top_level(&state.db, target.kind.id(), target.id).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = q.page.as_deref().and_then(|p| p.parse::<i64>().ok()).unwrap_or(1).clamp(1, pages);
    let top = comments::top_level_page(
        &state.db,
        target.kind.id(),
        target.id,
        newest_first,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let replies = comments::replies_to(&state.db, &top.iter().map(|c| c.id).collect::<Vec<_>>()).await?;
    let viewer = ctx.session.user().map(|u| u.id);
    let now = now_ts();
    let mut views: Vec<CommentView> = top.iter().map(|c| CommentView::new(c, viewer, &city.time_zone, now)).collect();
    for r in &replies {
        if let Some(parent) = views.iter_mut().find(|v| Some(v.id) == r.parent_id) {
            parent.replies.push(CommentView::new(r, viewer, &city.time_zone, now));
        }
    }
    let reply_to = match q.reply_to.as_deref().and_then(|r| r.parse::<i64>().ok()) {
        Some(id) => comments::by_id(&state.db, id)
            .await?
            .filter(|c| c.target_type == target.kind.id() && c.target_id == target.id && c.parent_id.is_none())
            .map(|c| {
                let who = c.author_name.or(c.offline_name).unwrap_or_else(|| ctx.i18n.t("deleted-account"));
                (c.id, who)
            }),
        None => None,
    };
    let looking = ctx.viewer(state, city).await?;
    let following = match looking.user_id {
        Some(id) => follows::is_following(&state.db, id, target.kind.id(), target.id).await?,
        None => false,
    };
    let (organisations, is_staff) = (looking.organisations.clone(), looking.perms.publish);
    let moderate_base = looking.perms.moderate.then(|| ctx.link(&format!("/{}/admin/moderation", city.slug)));
    let closed = match target.phase {
        Some(Phase::Upcoming) => Some(ctx.i18n.t("consultation-not-open-yet")),
        Some(Phase::Closed) => Some(ctx.i18n.t("consultation-closed-no-comments")),
        _ => None,
    };
    let login_next =
        serde_urlencoded::to_string([("next", ctx.link(&format!("{}#comment-form", target.path)))]).unwrap_or_default();
    Ok(CommentsSection {
        // After a refused comment the page opens at its error summary, not at the top.
        action: ctx.link(&format!("{}/comments#error-summary", target.path)),
        follow_action: ctx.link(&format!("{}/follow", target.path)),
        page_path: ctx.link(&target.path),
        comments: views,
        total,
        page,
        pages,
        newest_first,
        logged_in: viewer.is_some(),
        closed,
        form,
        reply_to,
        organisations,
        is_staff,
        moderate_base,
        following,
        login_link: ctx.link(&format!("/login?{login_next}")),
        posted: q.posted.as_deref().and_then(|p| p.parse().ok()),
        held: q.held.is_some(),
        shared_render: ctx.shared_render.then_some((target.kind.id(), target.id)),
    })
}

/// Local date and time in the city's zone, e.g. `2026-12-01 09:00`.
pub fn local(ts: i64, tz: &str) -> String {
    use chrono::TimeZone;
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::UTC);
    tz.timestamp_opt(ts, 0).single().map(|d| d.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()
}

pub fn card(k: &consultations::Consultation, ctx: &Ctx, city: &City, now: i64) -> ConsultationCard {
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

/// Submitted questionnaire answers shown again with their problems.
pub type SubmittedAnswers<'a> = (&'a [(String, String)], &'a AnswerProblems);

/// The questionnaire of a consultation: the person's own answers filled in (or what they just
/// sent, with its problems), for the consultation page and the staff's offline form.
pub async fn questionnaire_section(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    k: &consultations::Consultation,
    submitted: Option<SubmittedAnswers<'_>>,
    own_answers: bool,
) -> AppResult<QuestionnaireSection> {
    use crate::db::questionnaires as qdb;
    let questions = qdb::questions(&state.db, k.id).await?;
    if questions.is_empty() {
        return Ok(QuestionnaireSection::default());
    }
    let user = ctx.session.user();
    let mut answered = false;
    let given: Vec<(String, String)> = match submitted {
        Some((pairs, _)) => pairs.to_vec(),
        None => match user.filter(|_| own_answers) {
            Some(u) => match qdb::response_of(&state.db, k.id, u.id).await? {
                Some(response) => {
                    answered = true;
                    qdb::answers_of(&state.db, response)
                        .await?
                        .into_iter()
                        .map(|a| match (a.choice, a.body) {
                            (Some(n), _) => (format!("q{}", a.question_id), n.to_string()),
                            (None, body) => (format!("q{}", a.question_id), body.unwrap_or_default()),
                        })
                        .collect()
                }
                None => vec![],
            },
            None => vec![],
        },
    };
    let has = |id: i64, value: &str| given.iter().any(|(k, v)| *k == format!("q{id}") && v.trim() == value);
    let default = city.default_locale();
    let problems = submitted.map(|(_, p)| p);
    let views = questions
        .iter()
        .enumerate()
        .map(|(i, question)| {
            // Answers are numbered from 1: option numbers, or the scale's values (which start at 1).
            let numbers: Vec<(i64, String)> = question
                .option_labels(ctx.locale, default)
                .into_iter()
                .enumerate()
                .map(|(i, label)| (i as i64 + 1, label))
                .collect();
            let text = match question.kind {
                QuestionKind::Text => given
                    .iter()
                    .find(|(k, _)| *k == format!("q{}", question.id))
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            QuestionView {
                id: question.id,
                number: i as i64 + 1,
                kind: question.kind.id(),
                prompt: Shown::of(&question.prompt(), ctx.locale, default),
                options: numbers
                    .into_iter()
                    .map(|(number, label)| OptionView { number, checked: has(question.id, &number.to_string()), label })
                    .collect(),
                required: question.required,
                text,
                error: problems.and_then(|p| p.for_question(question.id)).map(|key| ctx.i18n.t(key)),
            }
        })
        .collect();
    let now = now_ts();
    Ok(QuestionnaireSection {
        questions: views,
        open: k.phase(now) == Phase::Open,
        signed_in: user.is_some(),
        answered,
        saved: false,
        form_errors: problems.map(|p| p.form.iter().map(|key| ctx.i18n.t(key)).collect()).unwrap_or_default(),
        results_public: crate::services::questionnaires::results_are_public(&state.db, k).await?,
        respondents: qdb::response_count(&state.db, k.id).await?,
        login_link: {
            let back = ctx.link(&format!("/{}/consultations/{}#questionnaire", city.slug, k.ref_no));
            ctx.link(&format!("/login?{}", serde_urlencoded::to_string([("next", back)]).unwrap_or_default()))
        },
    })
}

pub async fn consultation_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
    answers: Option<SubmittedAnswers<'_>>,
) -> AppResult<Response> {
    let k = consultations::by_id(&state.db, target.id).await?.ok_or(AppError::NotFound)?;
    let mut questionnaire = questionnaire_section(ctx, state, city, &k, answers, true).await?;
    questionnaire.saved = q.answered.is_some() && answers.is_none();
    let default = city.default_locale();
    let now = now_ts();
    let questions = Shown::of(&Translated::from_json(&k.questions), ctx.locale, default)
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let about_item = match (k.commitment_id, k.project_id) {
        (Some(id), _) => Some((TargetType::Commitment, id)),
        (_, Some(id)) => Some((TargetType::Project, id)),
        _ => None,
    };
    let about = match about_item {
        Some((kind, id)) => ItemCatalog::for_city(&state.db, city).await?.get(kind, id).map(|e| {
            let title = Shown::of(&e.title, ctx.locale, default).text;
            // The link is relative to the city's pages.
            let link = e.path.trim_start_matches(&format!("/{}/", city.slug)).to_string();
            let label = if e.item.kind() == TargetType::Commitment { format!("{} {title}", e.item) } else { title };
            (link, label)
        }),
        None => None,
    };
    let participation = comments::participation(&state.db, TargetType::Consultation.id(), k.id).await?;
    let k_card = card(&k, ctx, city, now);
    let page = city_page(ctx, state, city, k_card.title.text.clone(), "consultations").await;
    let discussion = discussion(ctx, state, city, target, q, form).await?;
    let has_errors = discussion.form.has_errors() || questionnaire.has_errors();
    let view = ConsultationView {
        questionnaire,
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

pub fn admin_page(ctx: &Ctx, city: &City, title: String) -> Page {
    let mut page = ctx.page(title);
    page.city = Some(CityNav::new(city, ctx.locale));
    page.section = "admin";
    page.can_admin = true;
    page
}

/// (value, label) of every commitment and project (and consultation) of a city, for selects:
/// `C-3`, `P-2`, `K-1` with the title in the reader's language. Indicators are not offered:
/// updates, consultations and offline comments are about the other items.
pub fn item_options(ctx: &Ctx, city: &City, catalog: &ItemCatalog, with_consultations: bool) -> Vec<(String, String)> {
    catalog
        .entries()
        .filter(|e| e.item.kind() != TargetType::Indicator)
        .filter(|e| with_consultations || e.item.kind() != TargetType::Consultation)
        .map(|e| {
            let label = format!("{} {}", e.item, Shown::of(&e.title, ctx.locale, city.default_locale()).text);
            (e.item.to_string(), label)
        })
        .collect()
}
