//! Questionnaires of consultations: residents' answers, the results page (HTML, CSV, JSON),
//! and the staff pages that build the questionnaire, enter offline answers and moderate
//! free-text answers.

use super::extract::{ClientIp, ItemPath, ItemScope, Moderator, Publisher, Staff};
use super::forms::{field_errors, invalid, translated, translated_values, CsrfForm};
use super::pages::{self, admin_page, city_page, questionnaire_section, DiscussionQuery};
use super::session::CurrentUser;
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::consultations::{self, Consultation};
use crate::db::questionnaires as qdb;
use crate::domain::feedback::{Channel, HideReason};
use crate::domain::questionnaires::{parse_copies, AnswerProblems, QuestionKind};
use crate::domain::Locale;
use crate::error::{AppError, AppResult};
use crate::limits::Action;
use crate::services::questionnaires::{self as service, AnswerError, QuestionInput, Results};
use crate::state::AppState;
use crate::views::admin::LocaleSection;
use crate::views::forms::FormState;
use crate::views::questionnaires::*;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// `POST /{locale}/{city}/consultations/{number}/answers`: one response per person, replaced
/// when they answer again while the consultation is open.
pub async fn answer(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    CurrentUser(user): CurrentUser,
    item: ItemPath,
    form: CsrfForm,
) -> AppResult<Response> {
    let ItemScope { city, target } = item.resolve(&state).await?;
    state.limits.check(Action::CommentIp, &ip.0.to_string()).await?;
    state.limits.check(Action::CommentAccount, &user.id.to_string()).await?;
    let k = consultations::by_id(&state.db, target.id).await?.ok_or(AppError::NotFound)?;
    match service::answer(&state.db, &k, &user, ctx.locale, &form.pairs).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("{}?answered=1#questionnaire", target.path))).into_response()),
        Err(AnswerError::Other(e)) => Err(e),
        Err(AnswerError::Problems(problems)) => {
            let pairs = form.redisplay();
            let q = DiscussionQuery::default();
            let submitted = Some((pairs.as_slice(), &problems));
            let mut response =
                pages::consultation_page(&ctx, &state, &city, &target, &q, FormState::default(), submitted).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// Channels shown as results columns: online first, then the offline ones that were used.
fn channel_columns(results: &Results) -> Vec<Channel> {
    let mut channels: Vec<Channel> = results.by_channel.keys().copied().collect();
    if channels.is_empty() {
        channels.push(Channel::Web);
    }
    channels
}

/// `GET /{locale}/{city}/consultations/{number}/results` (`format=csv|json`).
pub async fn results(
    ctx: Ctx,
    State(state): State<AppState>,
    item: ItemPath,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let ItemScope { city, target } = item.resolve(&state).await?;
    let k = consultations::by_id(&state.db, target.id).await?.ok_or(AppError::NotFound)?;
    let format = query.get("format").map(String::as_str).unwrap_or("html");
    if !matches!(format, "html" | "csv" | "json") {
        return Err(AppError::BadParameter("format"));
    }
    let viewer = ctx.viewer(&state, &city).await?;
    let staff = viewer.perms.publish || viewer.perms.moderate;
    let can_moderate = viewer.perms.moderate;
    let visible = staff || service::results_are_public(&state.db, &k).await?;
    let default = city.default_locale();
    let title = Shown::of(&k.title(), ctx.locale, default);
    let results = service::results(&state.db, k.id).await?;
    if results.questions.is_empty() {
        return Err(AppError::NotFound);
    }
    if !visible && format != "html" {
        return Err(AppError::Forbidden);
    }
    let reference = format!("K-{}", k.ref_no);
    match format {
        "json" => Ok(axum::Json(results_json(&ctx, &city, &k, &results, can_moderate)).into_response()),
        "csv" => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"townhall-{}-{reference}-results.csv\"", city.slug),
                ),
            ],
            results_csv(&ctx, &city, &results),
        )
            .into_response()),
        _ => {
            let page =
                city_page(&ctx, &state, &city, ctx.i18n.ts("results-title", "title", &title.text), "consultations")
                    .await;
            let channels = channel_columns(&results);
            let questions =
                if visible { question_results(&ctx, &city, &results, &channels, can_moderate) } else { vec![] };
            render(&ResultsView {
                page,
                ref_no: k.ref_no,
                title,
                phase: k.phase(crate::domain::now_ts()).id(),
                visible,
                closes: pages::local(k.closes_at, &city.time_zone),
                respondents: results.respondents,
                by_channel: results.by_channel.iter().map(|(c, n)| (c.id(), *n)).collect(),
                channels: channels.iter().map(|c| c.id()).collect(),
                questions,
                can_moderate,
                hide_reasons: HideReason::ALL.iter().map(|r| r.id()).collect(),
            })
        }
    }
}

fn question_results(
    ctx: &Ctx,
    city: &City,
    results: &Results,
    channels: &[Channel],
    can_moderate: bool,
) -> Vec<QuestionResult> {
    let default = city.default_locale();
    results
        .questions
        .iter()
        .enumerate()
        .map(|(i, (question, tally))| {
            let prompt = Shown::of(&question.prompt(), ctx.locale, default);
            let labels = question.option_labels(ctx.locale, default);
            let options: Vec<OptionResult> = tally
                .options
                .iter()
                .map(|o| OptionResult {
                    label: labels.get(o.number as usize - 1).cloned().unwrap_or_else(|| o.number.to_string()),
                    count: o.count,
                    share: format!("{:.1}", o.share),
                    by_channel: channels.iter().map(|c| o.by_channel.get(c).copied().unwrap_or(0)).collect(),
                })
                .collect();
            let chart = if options.is_empty() {
                String::new()
            } else {
                results_chart(&format!("chart-q{}", question.id), &prompt.text, &options, ctx.locale.is_rtl())
            };
            let texts = results
                .texts
                .iter()
                .filter(|t| t.question_id == question.id)
                .map(|t| TextResult {
                    id: t.id,
                    body: if t.hidden_reason.is_some() && !can_moderate { String::new() } else { t.body.clone() },
                    lang: t.language.clone(),
                    channel: t.channel.clone(),
                    hidden_reason: t.hidden_reason.clone(),
                })
                .collect();
            QuestionResult {
                id: question.id,
                number: i as i64 + 1,
                kind: question.kind.id(),
                prompt,
                respondents: tally.respondents,
                options,
                mean: tally.mean.map(|m| format!("{m:.2}")),
                chart,
                texts,
            }
        })
        .collect()
}

fn results_json(ctx: &Ctx, city: &City, k: &Consultation, results: &Results, can_moderate: bool) -> serde_json::Value {
    use serde_json::json;
    let default = city.default_locale();
    let by_channel = |m: &std::collections::BTreeMap<Channel, i64>| -> serde_json::Map<String, serde_json::Value> {
        m.iter().map(|(c, n)| (c.id().to_string(), json!(n))).collect()
    };
    let questions: Vec<serde_json::Value> = results
        .questions
        .iter()
        .enumerate()
        .map(|(i, (question, tally))| {
            let labels = question.option_labels(ctx.locale, default);
            let options: Vec<serde_json::Value> = tally
                .options
                .iter()
                .map(|o| {
                    json!({
                        "number": o.number,
                        "label": labels.get(o.number as usize - 1).cloned().unwrap_or_default(),
                        "count": o.count,
                        "share_percent": o.share,
                        "by_channel": by_channel(&o.by_channel),
                    })
                })
                .collect();
            let answers: Vec<serde_json::Value> = results
                .texts
                .iter()
                .filter(|t| t.question_id == question.id)
                .map(|t| match &t.hidden_reason {
                    Some(reason) if !can_moderate => json!({ "id": t.id, "hidden_reason": reason }),
                    reason => json!({ "id": t.id, "text": t.body, "language": t.language, "channel": t.channel,
                                      "hidden_reason": reason }),
                })
                .collect();
            json!({
                "id": question.id,
                "number": i + 1,
                "kind": question.kind.id(),
                "prompt": Shown::of(&question.prompt(), ctx.locale, default).text,
                "required": question.required,
                "respondents": tally.respondents,
                "respondents_by_channel": by_channel(&tally.respondents_by_channel),
                "options": options,
                "mean": tally.mean,
                "answers": answers,
            })
        })
        .collect();
    json!({
        "city": city.slug,
        "consultation": format!("K-{}", k.ref_no),
        "title": Shown::of(&k.title(), ctx.locale, default).text,
        "phase": k.phase(crate::domain::now_ts()).id(),
        "language": ctx.locale.id(),
        "respondents": results.respondents,
        "respondents_by_channel": by_channel(&results.by_channel),
        "questions": questions,
    })
}

/// One row per option (or scale value) of each choice question, with counts per channel.
fn results_csv(ctx: &Ctx, city: &City, results: &Results) -> String {
    let default = city.default_locale();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["question", "kind", "prompt", "respondents", "option", "label", "count", "share_percent"];
    header.extend(Channel::ALL.iter().map(|c| c.id()));
    header.push("mean");
    let _ = w.write_record(&header);
    for (i, (question, tally)) in results.questions.iter().enumerate() {
        let labels = question.option_labels(ctx.locale, default);
        let prompt = Shown::of(&question.prompt(), ctx.locale, default).text;
        for o in &tally.options {
            let mut row = vec![
                (i + 1).to_string(),
                question.kind.id().to_string(),
                prompt.clone(),
                tally.respondents.to_string(),
                o.number.to_string(),
                labels.get(o.number as usize - 1).cloned().unwrap_or_default(),
                o.count.to_string(),
                format!("{:.1}", o.share),
            ];
            row.extend(Channel::ALL.iter().map(|c| o.by_channel.get(c).copied().unwrap_or(0).to_string()));
            row.push(tally.mean.map(|m| format!("{m:.2}")).unwrap_or_default());
            let _ = w.write_record(&row);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

// --- staff: building the questionnaire ---

async fn staff_consultation(state: &AppState, staff_city: &City, number: &str) -> AppResult<Consultation> {
    let n: i64 = number.parse().map_err(|_| AppError::NotFound)?;
    consultations::by_ref(&state.db, staff_city.id, n).await?.ok_or(AppError::NotFound)
}

fn kinds() -> Vec<&'static str> {
    QuestionKind::ALL.iter().map(|k| k.id()).collect()
}

async fn questions_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    k: &Consultation,
    form: FormState,
) -> AppResult<Response> {
    let default = city.default_locale();
    let questions = qdb::questions(&state.db, k.id)
        .await?
        .iter()
        .enumerate()
        .map(|(i, question)| QuestionAdmin {
            id: question.id,
            number: i as i64 + 1,
            kind: question.kind.id(),
            prompt: Shown::of(&question.prompt(), ctx.locale, default),
            required: question.required,
            options: question.option_labels(ctx.locale, default),
        })
        .collect();
    let responses = qdb::response_count(&state.db, k.id).await?;
    let title = Shown::of(&k.title(), ctx.locale, default);
    let has_errors = form.has_errors();
    let view = QuestionsAdminView {
        page: admin_page(ctx, city, ctx.i18n.ts("questions-title", "title", &title.text)),
        ref_no: k.ref_no,
        title,
        questions,
        locked: responses > 0,
        responses,
        live_results: qdb::live_results(&state.db, k.id).await?,
        form,
        sections: LocaleSection::all(default),
        kinds: kinds(),
    };
    render_form(&view, has_errors)
}

pub async fn questions(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let defaults = vec![("kind".to_string(), "single".to_string())];
    questions_page(&ctx, &state, &staff.city, &k, FormState::with_values(defaults)).await
}

fn question_input(form: &CsrfForm) -> QuestionInput {
    QuestionInput {
        kind: QuestionKind::parse(form.get("kind")),
        prompt: translated(form, "prompt"),
        options: translated(form, "options"),
        required: form.get("required") == "on",
    }
}

/// After a staff change: the questionnaire's page.
fn back_to_questions(ctx: &Ctx, city: &City, k: &Consultation) -> Response {
    Redirect::to(&ctx.link(&format!("/{}/admin/consultations/{}/questions", city.slug, k.ref_no))).into_response()
}

/// The form shown again with the use case's field errors.
fn form_state(form: &CsrfForm, e: AppError) -> AppResult<FormState> {
    Ok(FormState::new(form.redisplay(), field_errors(e)?))
}

pub async fn add_question(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    match service::add_question(&state.db, &staff.city, &k, &question_input(&form), staff.user_id).await {
        Ok(_) => Ok(back_to_questions(&ctx, &staff.city, &k)),
        Err(e) => questions_page(&ctx, &state, &staff.city, &k, form_state(&form, e)?).await,
    }
}

async fn staff_question(state: &AppState, k: &Consultation, id: &str) -> AppResult<qdb::Question> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    qdb::question(&state.db, k.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    k: &Consultation,
    question_id: i64,
    form: FormState,
) -> AppResult<Response> {
    let has_errors = form.has_errors();
    let view = QuestionEditView {
        page: admin_page(ctx, city, ctx.i18n.t("question-edit-title")),
        ref_no: k.ref_no,
        question_id,
        locked: qdb::response_count(&state.db, k.id).await? > 0,
        form,
        sections: LocaleSection::all(city.default_locale()),
        kinds: kinds(),
    };
    render_form(&view, has_errors)
}

pub async fn edit_question_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number, id)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let question = staff_question(&state, &k, &id).await?;
    let mut values = vec![("kind".to_string(), question.kind.id().to_string())];
    if question.required {
        values.push(("required".into(), "on".into()));
    }
    translated_values(&mut values, "prompt", &question.prompt());
    translated_values(&mut values, "options", &question.options());
    edit_page(&ctx, &state, &staff.city, &k, question.id, FormState::with_values(values)).await
}

pub async fn edit_question(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number, id)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let question = staff_question(&state, &k, &id).await?;
    match service::edit_question(&state.db, &staff.city, &k, &question, &question_input(&form), staff.user_id).await {
        Ok(()) => Ok(back_to_questions(&ctx, &staff.city, &k)),
        Err(e) => edit_page(&ctx, &state, &staff.city, &k, question.id, form_state(&form, e)?).await,
    }
}

/// `POST …/questions/{id}/move` with `direction` (`up` or `down`), and `…/delete`.
pub async fn change_question(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number, id, action)): Path<(String, String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let question = staff_question(&state, &k, &id).await?;
    let result = match (action.as_str(), form.get("direction")) {
        ("move", "up") => service::move_question(&state.db, &staff.city, &k, question.id, -1, staff.user_id).await,
        ("move", "down") => service::move_question(&state.db, &staff.city, &k, question.id, 1, staff.user_id).await,
        ("move", _) => return Err(AppError::BadParameter("direction")),
        ("delete", _) => service::delete_question(&state.db, &staff.city, &k, question.id, staff.user_id).await,
        _ => return Err(AppError::NotFound),
    };
    match result {
        Ok(()) => Ok(back_to_questions(&ctx, &staff.city, &k)),
        Err(e) => {
            let errors = field_errors(e)?;
            let mut response = questions_page(&ctx, &state, &staff.city, &k, FormState::new(vec![], errors)).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// `POST …/admin/consultations/{number}/live-results` with `live` (`on` or empty).
pub async fn live_results(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    service::set_live_results(&state.db, &staff.city, &k, form.get("live") == "on", staff.user_id).await?;
    Ok(back_to_questions(&ctx, &staff.city, &k))
}

// --- staff: offline answers ---

#[allow(clippy::too_many_arguments)]
async fn offline_page(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    k: &Consultation,
    submitted: Option<(&[(String, String)], &AnswerProblems)>,
    values: (&str, &str, &str),
    entered: Option<i64>,
) -> AppResult<Response> {
    let questionnaire = questionnaire_section(ctx, state, city, k, submitted, false).await?;
    if questionnaire.is_empty() {
        return Err(AppError::NotFound);
    }
    let has_errors = questionnaire.has_errors();
    let title = Shown::of(&k.title(), ctx.locale, city.default_locale());
    let view = OfflineAnswersView {
        page: admin_page(ctx, city, ctx.i18n.ts("offline-answers-title", "title", &title.text)),
        ref_no: k.ref_no,
        title,
        questionnaire,
        channel: values.0.to_string(),
        language: values.1.to_string(),
        copies: values.2.to_string(),
        channels: Channel::ALL.iter().filter(|c| **c != Channel::Web).map(|c| c.id()).collect(),
        languages: Locale::ALL.to_vec(),
        entered,
    };
    if has_errors {
        invalid(&view)
    } else {
        render(&view)
    }
}

pub async fn offline_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
    Query(query): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let entered = query.get("entered").and_then(|n| n.parse().ok());
    let language = staff.city.default_locale().id();
    offline_page(&ctx, &state, &staff.city, &k, None, ("paper", language, "1"), entered).await
}

pub async fn offline(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, _, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let k = staff_consultation(&state, &staff.city, &number).await?;
    let channel = Channel::parse(form.get("channel"));
    let language = Locale::parse(form.get("language"));
    let copies = parse_copies(form.get("copies"));
    let result =
        service::enter_offline(&state.db, &staff.city, &k, staff.user_id, channel, language, copies, &form.pairs).await;
    match result {
        Ok(n) => Ok(Redirect::to(
            &ctx.link(&format!("/{}/admin/consultations/{}/offline-answers?entered={n}", staff.city.slug, k.ref_no)),
        )
        .into_response()),
        Err(AnswerError::Other(e)) => Err(e),
        Err(AnswerError::Problems(problems)) => {
            let pairs = form.redisplay();
            let values = (form.get("channel"), form.get("language"), form.get("copies"));
            offline_page(&ctx, &state, &staff.city, &k, Some((pairs.as_slice(), &problems)), values, None).await
        }
    }
}

// --- moderators: free-text answers ---

/// `POST /{locale}/{city}/admin/answers/{id}` with `decision` (`hide` with a `reason`, or `restore`).
pub async fn moderate(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Moderator>,
    Path((_, _, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let answer = qdb::text_answer(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let k = consultations::by_id(&state.db, answer.consultation_id)
        .await?
        .filter(|k| k.city_id == staff.city.id)
        .ok_or(AppError::NotFound)?;
    let reason = match form.get("decision") {
        "hide" => Some(HideReason::parse(form.get("reason")).ok_or(AppError::BadParameter("reason"))?),
        "restore" => None,
        _ => return Err(AppError::BadParameter("decision")),
    };
    service::moderate_answer(&state.db, &staff.city, &answer, reason, staff.user_id).await?;
    Ok(Redirect::to(&ctx.link(&format!("/{}/consultations/{}/results#answer-{id}", staff.city.slug, k.ref_no)))
        .into_response())
}
