//! Questions, responses and answers of consultation questionnaires.

use super::{Db, Tx};
use crate::domain::feedback::Channel;
use crate::domain::questionnaires::{QuestionKind, QuestionShape};
use crate::domain::Translated;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Question {
    pub id: i64,
    pub consultation_id: i64,
    pub position: i64,
    #[sqlx(try_from = "String")]
    pub kind: QuestionKind,
    pub prompt: String,
    pub options: String,
    pub required: bool,
}

impl Question {
    pub fn prompt(&self) -> Translated {
        Translated::from_json(&self.prompt)
    }
    pub fn options(&self) -> Translated {
        Translated::from_json(&self.options)
    }
    /// Options in one language (one per line); every language has the same number.
    pub fn option_count(&self) -> usize {
        self.options().0.values().next().map(|t| crate::domain::questionnaires::option_lines(t).len()).unwrap_or(0)
    }
    /// What each answer is called in `locale`, in order: option labels, or the scale's numbers
    /// (none for written answers).
    pub fn option_labels(&self, locale: crate::domain::Locale, city_default: crate::domain::Locale) -> Vec<String> {
        use crate::domain::questionnaires::{SCALE_MAX, SCALE_MIN};
        match self.kind {
            QuestionKind::Scale => (SCALE_MIN..=SCALE_MAX).map(|n| n.to_string()).collect(),
            QuestionKind::Text => vec![],
            _ => crate::domain::questionnaires::option_lines(&self.options().show(locale, city_default).text),
        }
    }
    pub fn shape(&self) -> QuestionShape {
        QuestionShape { id: self.id, kind: self.kind, options: self.option_count(), required: self.required }
    }
}

const QUESTION_COLUMNS: &str = "id, consultation_id, position, kind, prompt, options, required";

pub async fn questions(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<Question>> {
    let sql = format!("SELECT {QUESTION_COLUMNS} FROM questions WHERE consultation_id = $1 ORDER BY position, id");
    on_pool!(db, |p| sqlx::query_as::<_, Question>(&sql).bind(consultation_id).fetch_all(p).await)
}

pub async fn question(db: &Db, consultation_id: i64, id: i64) -> sqlx::Result<Option<Question>> {
    let sql = format!("SELECT {QUESTION_COLUMNS} FROM questions WHERE consultation_id = $1 AND id = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Question>(&sql).bind(consultation_id).bind(id).fetch_optional(p).await)
}

pub struct QuestionText<'a> {
    pub kind: QuestionKind,
    pub prompt: &'a Translated,
    pub options: &'a Translated,
    pub required: bool,
}

pub async fn insert_question(tx: &mut Tx, consultation_id: i64, q: &QuestionText<'_>, now: i64) -> sqlx::Result<i64> {
    let sql = "INSERT INTO questions (consultation_id, position, kind, prompt, options, required, created_at)
               VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM questions WHERE consultation_id = $1),
                       $2, $3, $4, $5, $6) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(consultation_id)
        .bind(q.kind.id())
        .bind(q.prompt.to_json())
        .bind(q.options.to_json())
        .bind(q.required)
        .bind(now)
        .fetch_one(c)
        .await)
}

pub async fn update_question(tx: &mut Tx, id: i64, q: &QuestionText<'_>) -> sqlx::Result<()> {
    let sql = "UPDATE questions SET kind = $1, prompt = $2, options = $3, required = $4 WHERE id = $5";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(q.kind.id())
        .bind(q.prompt.to_json())
        .bind(q.options.to_json())
        .bind(q.required)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))
}

pub async fn set_position(tx: &mut Tx, id: i64, position: i64) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query("UPDATE questions SET position = $1 WHERE id = $2")
        .bind(position)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))
}

pub async fn delete_question(tx: &mut Tx, id: i64) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM questions WHERE id = $1").bind(id).execute(c).await.map(|_| ()))
}

pub async fn set_live_results(tx: &mut Tx, consultation_id: i64, live: bool) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query("UPDATE consultations SET live_results = $1 WHERE id = $2")
        .bind(live)
        .bind(consultation_id)
        .execute(c)
        .await
        .map(|_| ()))
}

pub async fn live_results(db: &Db, consultation_id: i64) -> sqlx::Result<bool> {
    let sql = "SELECT live_results FROM consultations WHERE id = $1";
    on_pool!(db, |p| sqlx::query_scalar::<_, bool>(sql).bind(consultation_id).fetch_optional(p).await)
        .map(|v| v.unwrap_or(false))
}

/// Responses of a consultation (online and offline).
pub async fn response_count(db: &Db, consultation_id: i64) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM responses WHERE consultation_id = $1";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(consultation_id).fetch_one(p).await)
}

// --- responses ---

/// A person's online response, if they answered.
pub async fn response_of(db: &Db, consultation_id: i64, user_id: i64) -> sqlx::Result<Option<i64>> {
    let sql = "SELECT id FROM responses WHERE consultation_id = $1 AND user_id = $2";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(consultation_id).bind(user_id).fetch_optional(p).await)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AnswerRow {
    pub id: i64,
    pub question_id: i64,
    pub choice: Option<i64>,
    pub body: Option<String>,
}

pub async fn answers_of(db: &Db, response_id: i64) -> sqlx::Result<Vec<AnswerRow>> {
    let sql = "SELECT id, question_id, choice, body FROM answers WHERE response_id = $1 ORDER BY id";
    on_pool!(db, |p| sqlx::query_as::<_, AnswerRow>(sql).bind(response_id).fetch_all(p).await)
}

pub struct NewResponse<'a> {
    pub consultation_id: i64,
    pub user_id: Option<i64>,
    pub channel: Channel,
    pub language: &'a str,
    pub entered_by: Option<i64>,
}

pub async fn insert_response(tx: &mut Tx, r: &NewResponse<'_>, now: i64) -> sqlx::Result<i64> {
    let sql = "INSERT INTO responses (consultation_id, user_id, channel, language, entered_by, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(r.consultation_id)
        .bind(r.user_id)
        .bind(r.channel.id())
        .bind(r.language)
        .bind(r.entered_by)
        .bind(now)
        .fetch_one(c)
        .await)
}

/// Empties a response being replaced; returns the ids of its text answers (they leave the index).
pub async fn clear_response(tx: &mut Tx, response_id: i64, language: &str, now: i64) -> sqlx::Result<Vec<i64>> {
    let texts = "SELECT id FROM answers WHERE response_id = $1 AND body IS NOT NULL ORDER BY id";
    let ids = on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(texts).bind(response_id).fetch_all(c).await)?;
    on_tx!(tx, |c| sqlx::query("DELETE FROM answers WHERE response_id = $1")
        .bind(response_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query("UPDATE responses SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(language)
        .bind(now)
        .bind(response_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(ids)
}

/// Stores one answer row: an option number or scale value, or a text (returns its id).
pub async fn insert_answer(
    tx: &mut Tx,
    response_id: i64,
    question_id: i64,
    choice: Option<i64>,
    body: Option<&str>,
) -> sqlx::Result<i64> {
    let sql = "INSERT INTO answers (response_id, question_id, choice, body) VALUES ($1, $2, $3, $4) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(response_id)
        .bind(question_id)
        .bind(choice)
        .bind(body)
        .fetch_one(c)
        .await)
}

// --- results ---

/// (question, option or scale value, channel, answers) for every choice answer of a consultation.
pub async fn choice_counts(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<(i64, i64, String, i64)>> {
    let sql = "SELECT a.question_id, a.choice, r.channel, COUNT(*) FROM answers a
               JOIN responses r ON r.id = a.response_id
               WHERE r.consultation_id = $1 AND a.choice IS NOT NULL
               GROUP BY a.question_id, a.choice, r.channel ORDER BY a.question_id, a.choice, r.channel";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64, String, i64)>(sql).bind(consultation_id).fetch_all(p).await)
}

/// (question, channel, people who answered it).
pub async fn question_respondents(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<(i64, String, i64)>> {
    let sql = "SELECT a.question_id, r.channel, COUNT(DISTINCT a.response_id) FROM answers a
               JOIN responses r ON r.id = a.response_id
               WHERE r.consultation_id = $1 GROUP BY a.question_id, r.channel ORDER BY a.question_id, r.channel";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, String, i64)>(sql).bind(consultation_id).fetch_all(p).await)
}

/// (channel, responses).
pub async fn respondents_by_channel(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = "SELECT channel, COUNT(*) FROM responses WHERE consultation_id = $1 GROUP BY channel ORDER BY channel";
    on_pool!(db, |p| sqlx::query_as::<_, (String, i64)>(sql).bind(consultation_id).fetch_all(p).await)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TextAnswer {
    pub id: i64,
    pub question_id: i64,
    pub consultation_id: i64,
    pub body: String,
    pub language: String,
    pub channel: String,
    pub hidden_reason: Option<String>,
    pub updated_at: i64,
}

const TEXT_ANSWER: &str = "SELECT a.id, a.question_id, r.consultation_id, a.body, r.language, r.channel,
    a.hidden_reason, r.updated_at FROM answers a JOIN responses r ON r.id = a.response_id";

pub async fn text_answers(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<TextAnswer>> {
    let sql = format!("{TEXT_ANSWER} WHERE r.consultation_id = $1 AND a.body IS NOT NULL ORDER BY a.id");
    on_pool!(db, |p| sqlx::query_as::<_, TextAnswer>(&sql).bind(consultation_id).fetch_all(p).await)
}

pub async fn text_answer(db: &Db, id: i64) -> sqlx::Result<Option<TextAnswer>> {
    let sql = format!("{TEXT_ANSWER} WHERE a.id = $1 AND a.body IS NOT NULL");
    on_pool!(db, |p| sqlx::query_as::<_, TextAnswer>(&sql).bind(id).fetch_optional(p).await)
}

/// Hides (with a public reason) or shows again (`None`) a free-text answer.
pub async fn set_hidden(tx: &mut Tx, id: i64, reason: Option<&str>, by: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE answers SET hidden_reason = $1, hidden_by = $2, hidden_at = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql).bind(reason).bind(by).bind(now).bind(id).execute(c).await.map(|_| ()))
}

// --- people ---

/// Everyone with an account who answered or commented, once each: who hears of the outcome.
pub async fn participants(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<i64>> {
    let sql = "SELECT user_id FROM responses WHERE consultation_id = $1 AND user_id IS NOT NULL
               UNION
               SELECT author_id FROM comments WHERE target_type = 'consultation' AND target_id = $1
                   AND author_id IS NOT NULL AND state <> 'hidden'
               ORDER BY 1";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(consultation_id).fetch_all(p).await)
}

/// Marks the outcome as mailed; false when it already was (the mail goes once).
pub async fn claim_outcome_mail(tx: &mut Tx, consultation_id: i64, now: i64) -> sqlx::Result<bool> {
    let sql = "UPDATE consultations SET outcome_mailed_at = $1 WHERE id = $2 AND outcome_mailed_at IS NULL";
    on_tx!(tx, |c| sqlx::query(sql).bind(now).bind(consultation_id).execute(c).await.map(|r| r.rows_affected() == 1))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonAnswer {
    pub consultation_id: i64,
    pub question_id: i64,
    pub choice: Option<i64>,
    pub body: Option<String>,
    pub updated_at: i64,
}

/// Everything a person answered, for their data export.
pub async fn answers_by_person(db: &Db, user_id: i64) -> sqlx::Result<Vec<PersonAnswer>> {
    let sql = "SELECT r.consultation_id, a.question_id, a.choice, a.body, r.updated_at FROM answers a
               JOIN responses r ON r.id = a.response_id WHERE r.user_id = $1 ORDER BY r.consultation_id, a.id";
    on_pool!(db, |p| sqlx::query_as::<_, PersonAnswer>(sql).bind(user_id).fetch_all(p).await)
}

/// (language, channel, responses) and (language, channel, text answers) of a city, for reports.
pub async fn city_counts(db: &Db, city_id: i64, from: i64, to: i64) -> sqlx::Result<Vec<(String, String, i64, i64)>> {
    let sql = "SELECT r.language, r.channel, COUNT(DISTINCT r.id),
                      COUNT(a.id)
               FROM responses r JOIN consultations k ON k.id = r.consultation_id
               LEFT JOIN answers a ON a.response_id = r.id AND a.body IS NOT NULL AND a.hidden_reason IS NULL
               WHERE k.city_id = $1 AND r.created_at >= $2 AND r.created_at < $3
               GROUP BY r.language, r.channel ORDER BY r.language, r.channel";
    on_pool!(db, |p| sqlx::query_as::<_, (String, String, i64, i64)>(sql)
        .bind(city_id)
        .bind(from)
        .bind(to)
        .fetch_all(p)
        .await)
}
