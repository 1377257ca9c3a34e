use super::{Db, Tx};
use crate::domain::Translated;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Consultation {
    pub id: i64,
    pub city_id: i64,
    pub ref_no: i64,
    pub title: String,
    pub body: String,
    pub questions: String,
    pub commitment_id: Option<i64>,
    pub project_id: Option<i64>,
    pub opens_at: i64,
    pub closes_at: i64,
    pub outcome_heard: String,
    pub outcome_actions: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Upcoming,
    Open,
    Closed,
}

impl Phase {
    /// The phase at `now` of a consultation open from `opens_at` until `closes_at`.
    pub fn at(opens_at: i64, closes_at: i64, now: i64) -> Phase {
        if now < opens_at {
            Phase::Upcoming
        } else if now < closes_at {
            Phase::Open
        } else {
            Phase::Closed
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Phase::Upcoming => "upcoming",
            Phase::Open => "open",
            Phase::Closed => "closed",
        }
    }
}

impl Consultation {
    pub fn title(&self) -> Translated {
        Translated::from_json(&self.title)
    }
    /// Derived from the times, never stored.
    pub fn phase(&self, now: i64) -> Phase {
        Phase::at(self.opens_at, self.closes_at, now)
    }
}

const COLUMNS: &str = "id, city_id, ref_no, title, body, questions, commitment_id, project_id, opens_at, closes_at, \
     outcome_heard, outcome_actions, created_at";

pub async fn list(db: &Db, city_id: i64) -> sqlx::Result<Vec<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE city_id = $1 ORDER BY opens_at DESC, id DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Consultation>(&sql).bind(city_id).fetch_all(p).await)
}

pub async fn open_now(db: &Db, city_id: i64, now: i64) -> sqlx::Result<Vec<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE city_id = $1 AND opens_at <= $2 AND closes_at > $2 ORDER BY closes_at");
    on_pool!(db, |p| sqlx::query_as::<_, Consultation>(&sql).bind(city_id).bind(now).fetch_all(p).await)
}

pub async fn by_ref(db: &Db, city_id: i64, ref_no: i64) -> sqlx::Result<Option<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE city_id = $1 AND ref_no = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Consultation>(&sql).bind(city_id).bind(ref_no).fetch_optional(p).await)
}

pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, Consultation>(&sql).bind(id).fetch_optional(p).await)
}

pub struct NewConsultation<'a> {
    pub city_id: i64,
    pub title: &'a Translated,
    pub body: &'a Translated,
    pub questions: &'a Translated,
    pub commitment_id: Option<i64>,
    pub project_id: Option<i64>,
    pub opens_at: i64,
    pub closes_at: i64,
    pub outcome_heard: &'a Translated,
    pub outcome_actions: &'a Translated,
}

pub async fn insert(tx: &mut Tx, ref_no: i64, c: &NewConsultation<'_>, now: i64) -> sqlx::Result<i64> {
    let sql = "INSERT INTO consultations (city_id, ref_no, title, body, questions, commitment_id, project_id, opens_at,
                   closes_at, outcome_heard, outcome_actions, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";
    on_tx!(tx, |conn| sqlx::query_scalar::<_, i64>(sql)
        .bind(c.city_id)
        .bind(ref_no)
        .bind(c.title.to_json())
        .bind(c.body.to_json())
        .bind(c.questions.to_json())
        .bind(c.commitment_id)
        .bind(c.project_id)
        .bind(c.opens_at)
        .bind(c.closes_at)
        .bind(c.outcome_heard.to_json())
        .bind(c.outcome_actions.to_json())
        .bind(now)
        .fetch_one(conn)
        .await)
}

pub async fn update(tx: &mut Tx, id: i64, c: &NewConsultation<'_>) -> sqlx::Result<()> {
    let sql = "UPDATE consultations SET title = $1, body = $2, questions = $3, commitment_id = $4, project_id = $5,
                   opens_at = $6, closes_at = $7, outcome_heard = $8, outcome_actions = $9 WHERE id = $10";
    on_tx!(tx, |conn| sqlx::query(sql)
        .bind(c.title.to_json())
        .bind(c.body.to_json())
        .bind(c.questions.to_json())
        .bind(c.commitment_id)
        .bind(c.project_id)
        .bind(c.opens_at)
        .bind(c.closes_at)
        .bind(c.outcome_heard.to_json())
        .bind(c.outcome_actions.to_json())
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))
}
