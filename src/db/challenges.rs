//! Formal challenges to the official status of a commitment or project.

use super::{Db, Tx};
use crate::domain::feedback::ChallengeState;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Challenge {
    pub id: i64,
    pub city_id: i64,
    pub target_type: String,
    pub target_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub official_status: String,
    pub claimed_status: String,
    pub body: String,
    pub evidence: String,
    #[sqlx(try_from = "String")]
    pub state: ChallengeState,
    pub created_at: i64,
    pub answered_at: Option<i64>,
    pub answer: Option<String>,
    pub department: Option<String>,
    pub correcting_seq: Option<i64>,
}

impl Challenge {
    pub fn evidence(&self) -> Vec<crate::domain::EvidenceLink> {
        serde_json::from_str(&self.evidence).unwrap_or_default()
    }
    /// Still open after the days the city gives itself to answer.
    pub fn is_overdue(&self, now: i64, response_days: i64) -> bool {
        self.state == ChallengeState::Open && now > self.created_at + response_days * 86_400
    }
}

const SELECT: &str =
    "SELECT c.id, c.city_id, c.target_type, c.target_id, c.organisation_id, o.name AS organisation_name,
        c.official_status, c.claimed_status, c.body, c.evidence, c.state, c.created_at, c.answered_at, c.answer,
        c.department, c.correcting_seq
    FROM challenges c JOIN organisations o ON o.id = c.organisation_id";

pub struct NewChallenge<'a> {
    pub city_id: i64,
    pub target_type: &'a str,
    pub target_id: i64,
    pub organisation_id: i64,
    pub author_id: i64,
    pub official_status: &'a str,
    pub claimed_status: &'a str,
    pub body: &'a str,
    pub evidence: &'a str,
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, c: &NewChallenge<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO challenges (city_id, target_type, target_id, organisation_id, author_id, official_status,
                   claimed_status, body, evidence, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id";
    on_tx!(tx, |conn| sqlx::query_scalar::<_, i64>(sql)
        .bind(c.city_id)
        .bind(c.target_type)
        .bind(c.target_id)
        .bind(c.organisation_id)
        .bind(c.author_id)
        .bind(c.official_status)
        .bind(c.claimed_status)
        .bind(c.body)
        .bind(c.evidence)
        .bind(c.created_at)
        .fetch_one(conn)
        .await)
}

/// Records the city's answer; false when the challenge was no longer open.
#[allow(clippy::too_many_arguments)]
pub async fn answer(
    tx: &mut Tx,
    id: i64,
    state: ChallengeState,
    answer: &str,
    department: &str,
    correcting_seq: Option<i64>,
    answered_by: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let sql = "UPDATE challenges SET state = $1, answer = $2, department = $3, correcting_seq = $4, answered_by = $5,
                   answered_at = $6 WHERE id = $7 AND state = 'open'";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(state.id())
        .bind(answer)
        .bind(department)
        .bind(correcting_seq)
        .bind(answered_by)
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

pub async fn by_id(db: &Db, city_id: i64, id: i64) -> sqlx::Result<Option<Challenge>> {
    let sql = format!("{SELECT} WHERE c.city_id = $1 AND c.id = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Challenge>(&sql).bind(city_id).bind(id).fetch_optional(p).await)
}

/// A challenge by its id alone (the indexer follows the log across cities).
pub async fn by_id_any_city(db: &Db, id: i64) -> sqlx::Result<Option<Challenge>> {
    let sql = format!("{SELECT} WHERE c.id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, Challenge>(&sql).bind(id).fetch_optional(p).await)
}

/// An organisation's challenges, newest first.
pub async fn for_organisation(db: &Db, organisation_id: i64) -> sqlx::Result<Vec<Challenge>> {
    let sql = format!("{SELECT} WHERE c.organisation_id = $1 ORDER BY c.id DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Challenge>(&sql).bind(organisation_id).fetch_all(p).await)
}

pub async fn for_city(db: &Db, city_id: i64) -> sqlx::Result<Vec<Challenge>> {
    let sql = format!("{SELECT} WHERE c.city_id = $1 ORDER BY c.id DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Challenge>(&sql).bind(city_id).fetch_all(p).await)
}

pub async fn for_item(db: &Db, target_type: &str, target_id: i64) -> sqlx::Result<Vec<Challenge>> {
    let sql = format!("{SELECT} WHERE c.target_type = $1 AND c.target_id = $2 ORDER BY c.id DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Challenge>(&sql).bind(target_type).bind(target_id).fetch_all(p).await)
}
