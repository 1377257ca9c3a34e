//! Questionnaires: staff build them, residents answer online, staff enter paper, in-person and
//! phone answers, moderators hide free-text answers, and results are counted. Each use case is
//! one transaction with its change-log (search) and audit rows.

use crate::db::cities::City;
use crate::db::consultations::{Consultation, Phase};
use crate::db::questionnaires::{self as q, NewResponse, Question, QuestionText};
use crate::db::{audit, changes, users, Db, Tx};
use crate::domain::feedback::{Channel, HideReason};
use crate::domain::questionnaires::*;
use crate::domain::{now_ts, Locale, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::publishing::check_translated;
use std::collections::BTreeMap;

const MAX_PROMPT_CHARS: usize = 500;
const MAX_OPTIONS_CHARS: usize = 4000;

/// A question as staff wrote it.
pub struct QuestionInput {
    pub kind: Option<QuestionKind>,
    pub prompt: Translated,
    /// One option per line, per language.
    pub options: Translated,
    pub required: bool,
}

fn reference(k: &Consultation) -> String {
    format!("K-{}", k.ref_no)
}

/// Checks a question; `locked` is the question as it stands once answers exist: then only the
/// wording (translations) may change, not the kind, the options' number or whether it is required.
fn check_question(input: &QuestionInput, default: Locale, locked: Option<&Question>) -> AppResult<QuestionKind> {
    let mut errors = FieldErrors::default();
    let Some(kind) = input.kind else {
        errors.add("kind", "form-invalid-choice");
        return Err(AppError::Invalid(errors));
    };
    check_translated(&mut errors, "prompt", &input.prompt, true, MAX_PROMPT_CHARS);
    if input.prompt.raw(default).is_none_or(|t| t.trim().is_empty()) && !input.prompt.is_empty() {
        errors.add("prompt", "question-default-language");
    }
    let counts: Vec<usize> = input.options.0.values().map(|t| option_lines(t).len()).collect();
    if kind.has_options() {
        if input.options.raw(default).is_none_or(|t| option_lines(t).len() < 2) {
            errors.add("options", "question-options-needed");
        } else if counts.iter().any(|n| *n != counts[0]) {
            errors.add("options", "question-options-mismatch");
        } else if counts[0] > MAX_OPTIONS || input.options.0.values().any(|t| t.chars().count() > MAX_OPTIONS_CHARS) {
            errors.add("options", "question-options-too-many");
        }
    } else if !input.options.is_empty() {
        errors.add("options", "question-options-unused");
    }
    if let Some(old) = locked {
        let same_count = !kind.has_options() || counts.first().copied().unwrap_or(0) == old.option_count();
        if kind != old.kind || input.required != old.required || !same_count {
            errors.add("kind", "question-locked");
        }
    }
    errors.into_result()?;
    Ok(kind)
}

/// Option lines cleaned up for storage (blank lines dropped), per language.
fn clean_options(options: &Translated) -> Translated {
    let mut out = Translated::default();
    for (l, t) in &options.0 {
        out.0.insert(l.clone(), option_lines(t).join("\n"));
    }
    out
}

pub async fn add_question(db: &Db, city: &City, k: &Consultation, input: &QuestionInput, actor: i64) -> AppResult<i64> {
    let kind = check_question(input, city.default_locale(), None)?;
    if q::response_count(db, k.id).await? > 0 {
        return Err(single_error("kind", "question-answers-exist"));
    }
    if q::questions(db, k.id).await?.len() >= MAX_QUESTIONS {
        return Err(single_error("kind", "question-too-many"));
    }
    let options = clean_options(&input.options);
    let text = QuestionText { kind, prompt: &input.prompt, options: &options, required: input.required };
    let mut tx = db.begin().await?;
    let id = q::insert_question(&mut tx, k.id, &text, now_ts()).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "question.add", &reference(k)).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn edit_question(
    db: &Db,
    city: &City,
    k: &Consultation,
    question: &Question,
    input: &QuestionInput,
    actor: i64,
) -> AppResult<()> {
    let answered = q::response_count(db, k.id).await? > 0;
    let kind = check_question(input, city.default_locale(), answered.then_some(question))?;
    let options = clean_options(&input.options);
    let text = QuestionText { kind, prompt: &input.prompt, options: &options, required: input.required };
    let mut tx = db.begin().await?;
    q::update_question(&mut tx, question.id, &text).await?;
    // The text answers carry the question's prompt in the index.
    changes::record_answers_of(&mut tx, k.id).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "question.edit", &reference(k)).await?;
    tx.commit().await?;
    Ok(())
}

/// Moves a question one place up (`-1`) or down (`1`); allowed at any time.
pub async fn move_question(db: &Db, city: &City, k: &Consultation, id: i64, step: i64, actor: i64) -> AppResult<()> {
    let mut list = q::questions(db, k.id).await?;
    let Some(at) = list.iter().position(|x| x.id == id) else { return Err(AppError::NotFound) };
    let to = at as i64 + step;
    if to < 0 || to >= list.len() as i64 {
        return Ok(());
    }
    list.swap(at, to as usize);
    let mut tx = db.begin().await?;
    for (i, question) in list.iter().enumerate() {
        q::set_position(&mut tx, question.id, i as i64 + 1).await?;
    }
    audit::record(&mut tx, Some(city.id), Some(actor), "question.move", &reference(k)).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete_question(db: &Db, city: &City, k: &Consultation, id: i64, actor: i64) -> AppResult<()> {
    if q::response_count(db, k.id).await? > 0 {
        return Err(single_error("kind", "question-answers-exist"));
    }
    let mut tx = db.begin().await?;
    q::delete_question(&mut tx, id).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), "question.delete", &reference(k)).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_live_results(db: &Db, city: &City, k: &Consultation, live: bool, actor: i64) -> AppResult<()> {
    let mut tx = db.begin().await?;
    q::set_live_results(&mut tx, k.id, live).await?;
    // Whether written answers can be found before the consultation closes changes with it.
    changes::record_answers_of(&mut tx, k.id).await?;
    let action = if live { "questionnaire.live-results.on" } else { "questionnaire.live-results.off" };
    audit::record(&mut tx, Some(city.id), Some(actor), action, &reference(k)).await?;
    tx.commit().await?;
    Ok(())
}

fn single_error(field: &'static str, key: &'static str) -> AppError {
    let mut errors = FieldErrors::default();
    errors.add(field, key);
    AppError::Invalid(errors)
}

/// Why an answer is refused: per question, or for the whole form.
#[derive(Debug)]
pub enum AnswerError {
    Problems(AnswerProblems),
    Other(AppError),
}

impl<E: Into<AppError>> From<E> for AnswerError {
    fn from(e: E) -> Self {
        AnswerError::Other(e.into())
    }
}

fn form_problem(key: &'static str) -> AnswerError {
    AnswerError::Problems(AnswerProblems { questions: vec![], form: vec![key] })
}

/// Stores a checked response's answers; returns the ids of its text answers.
async fn insert_answers(tx: &mut Tx, response_id: i64, answers: &[(i64, Answer)]) -> sqlx::Result<Vec<i64>> {
    let mut texts = Vec::new();
    for (question_id, answer) in answers {
        match answer {
            Answer::Choices(numbers) => {
                for n in numbers {
                    q::insert_answer(tx, response_id, *question_id, Some(*n), None).await?;
                }
            }
            Answer::Text(text) => texts.push(q::insert_answer(tx, response_id, *question_id, None, Some(text)).await?),
        }
    }
    Ok(texts)
}

/// A resident answers (or replaces their answer) while the consultation is open. Returns true
/// when an earlier answer was replaced.
pub async fn answer(
    db: &Db,
    k: &Consultation,
    person: &users::User,
    language: Locale,
    pairs: &[(String, String)],
) -> Result<bool, AnswerError> {
    if k.phase(now_ts()) != Phase::Open {
        return Err(form_problem("answer-closed"));
    }
    if person.email_verified_at.is_none() {
        return Err(form_problem("form-verify-first"));
    }
    let questions = q::questions(db, k.id).await?;
    if questions.is_empty() {
        return Err(AnswerError::Other(AppError::NotFound));
    }
    let shapes: Vec<QuestionShape> = questions.iter().map(Question::shape).collect();
    let answers = check_answers(&shapes, pairs).map_err(AnswerError::Problems)?;
    let now = now_ts();
    let mut tx = db.begin().await?;
    let existing = q::response_of(db, k.id, person.id).await?;
    let response_id = match existing {
        Some(id) => {
            for old in q::clear_response(&mut tx, id, language.id(), now).await? {
                changes::record(&mut tx, "answer", old, "delete").await?;
            }
            id
        }
        None => {
            let new = NewResponse {
                consultation_id: k.id,
                user_id: Some(person.id),
                channel: Channel::Web,
                language: language.id(),
                entered_by: None,
            };
            q::insert_response(&mut tx, &new, now).await?
        }
    };
    for id in insert_answers(&mut tx, response_id, &answers).await? {
        changes::record(&mut tx, "answer", id, "upsert").await?;
    }
    // The counts on the consultation's pages change even when no answer is written text.
    changes::record(&mut tx, "responses", k.id, "upsert").await?;
    tx.commit().await?;
    Ok(existing.is_some())
}

/// Answers collected on paper, in person or by phone, typed in by staff: `copies` identical
/// forms at once (a tally of the same answers). Returns how many responses were stored.
#[allow(clippy::too_many_arguments)]
pub async fn enter_offline(
    db: &Db,
    city: &City,
    k: &Consultation,
    staff_id: i64,
    channel: Option<Channel>,
    language: Option<Locale>,
    copies: Option<i64>,
    pairs: &[(String, String)],
) -> Result<i64, AnswerError> {
    let questions = q::questions(db, k.id).await?;
    let shapes: Vec<QuestionShape> = questions.iter().map(Question::shape).collect();
    let checked = check_answers(&shapes, pairs);
    let mut problems = match &checked {
        Ok(_) => AnswerProblems::default(),
        Err(p) => p.clone(),
    };
    if channel.is_none_or(|c| c == Channel::Web) {
        problems.form.push("answer-invalid-channel");
    }
    if copies.is_none() {
        problems.form.push("answer-invalid-copies");
    }
    if language.is_none() {
        problems.form.push("answer-invalid-language");
    }
    if k.phase(now_ts()) == Phase::Upcoming {
        problems.form.push("answer-not-open");
    }
    let (Ok(answers), true, Some(channel), Some(copies), Some(language)) =
        (checked, problems.is_empty(), channel, copies, language)
    else {
        return Err(AnswerError::Problems(problems));
    };
    let now = now_ts();
    let mut tx = db.begin().await?;
    for _ in 0..copies {
        let new = NewResponse {
            consultation_id: k.id,
            user_id: None,
            channel,
            language: language.id(),
            entered_by: Some(staff_id),
        };
        let response_id = q::insert_response(&mut tx, &new, now).await?;
        for id in insert_answers(&mut tx, response_id, &answers).await? {
            changes::record(&mut tx, "answer", id, "upsert").await?;
        }
    }
    let subject = format!("{} ({} × {copies})", reference(k), channel.id());
    audit::record(&mut tx, Some(city.id), Some(staff_id), "questionnaire.offline", &subject).await?;
    tx.commit().await?;
    Ok(copies)
}

/// A moderator hides a free-text answer with a public reason, or shows it again (`None`).
pub async fn moderate_answer(
    db: &Db,
    city: &City,
    answer: &q::TextAnswer,
    reason: Option<HideReason>,
    moderator: i64,
) -> AppResult<()> {
    let mut tx = db.begin().await?;
    q::set_hidden(&mut tx, answer.id, reason.map(HideReason::id), moderator, now_ts()).await?;
    let (op, action) = match reason {
        Some(_) => ("delete", "answer.hide"),
        None => ("upsert", "answer.restore"),
    };
    changes::record(&mut tx, "answer", answer.id, op).await?;
    let subject = match reason {
        Some(r) => format!("#{} ({})", answer.id, r.id()),
        None => format!("#{}", answer.id),
    };
    audit::record(&mut tx, Some(city.id), Some(moderator), action, &subject).await?;
    tx.commit().await?;
    Ok(())
}

// --- results ---

/// A consultation's results: each question's tally, the free-text answers, respondents by channel.
pub struct Results {
    pub questions: Vec<(Question, QuestionTally)>,
    pub texts: Vec<q::TextAnswer>,
    pub respondents: i64,
    pub by_channel: BTreeMap<Channel, i64>,
}

pub async fn results(db: &Db, consultation_id: i64) -> AppResult<Results> {
    let questions = q::questions(db, consultation_id).await?;
    let choices = q::choice_counts(db, consultation_id).await?;
    let answered = q::question_respondents(db, consultation_id).await?;
    let by_channel: BTreeMap<Channel, i64> = q::respondents_by_channel(db, consultation_id)
        .await?
        .into_iter()
        .filter_map(|(c, n)| Channel::parse(&c).map(|c| (c, n)))
        .collect();
    let tallies = questions
        .into_iter()
        .map(|question| {
            let own: Vec<(i64, Channel, i64)> = choices
                .iter()
                .filter(|(qid, ..)| *qid == question.id)
                .filter_map(|(_, n, c, count)| Channel::parse(c).map(|c| (*n, c, *count)))
                .collect();
            let people: Vec<(Channel, i64)> = answered
                .iter()
                .filter(|(qid, ..)| *qid == question.id)
                .filter_map(|(_, c, n)| Channel::parse(c).map(|c| (c, *n)))
                .collect();
            let t = tally(&question.shape(), &own, &people);
            (question, t)
        })
        .collect();
    Ok(Results {
        questions: tallies,
        texts: q::text_answers(db, consultation_id).await?,
        respondents: by_channel.values().sum(),
        by_channel,
    })
}

/// Results are public once the consultation closes, or while it runs when staff chose live results.
pub async fn results_are_public(db: &Db, k: &Consultation) -> AppResult<bool> {
    Ok(k.phase(now_ts()) == Phase::Closed || q::live_results(db, k.id).await?)
}

/// Queues the outcome mail to everyone who answered or commented, once per consultation:
/// called in the transaction that saves a closed consultation's outcome.
pub async fn queue_outcome_mail(
    tx: &mut Tx,
    db: &Db,
    base_url: &str,
    city: &City,
    k: &Consultation,
    heard: &Translated,
    actions: &Translated,
) -> sqlx::Result<usize> {
    use crate::services::notify::{self, About, Event};
    if heard.is_empty() && actions.is_empty() || !q::claim_outcome_mail(tx, k.id, now_ts()).await? {
        return Ok(0);
    }
    let about = About::new(city, reference(k), k.title());
    let event = Event::Outcome { about: &about, heard, actions };
    let path = format!("/{}/consultations/{}#outcome", city.slug, k.ref_no);
    let mut sent = 0;
    for id in q::participants(db, k.id).await? {
        if let Some(r) = crate::db::follows::recipient(tx, id).await? {
            notify::notify(tx, base_url, &r, &event, &path, None).await?;
            sent += 1;
        }
    }
    Ok(sent)
}
