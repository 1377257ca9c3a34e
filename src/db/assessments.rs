use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Assessment {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub rating: String,
    pub body: String,
    pub evidence: String,
    pub created_at: i64,
}

pub async fn for_commitment(db: &Db, commitment_id: i64) -> sqlx::Result<Vec<Assessment>> {
    let sql = "SELECT a.id, a.organisation_id, o.name AS organisation_name, a.rating, a.body, a.evidence, a.created_at
               FROM assessments a JOIN organisations o ON o.id = a.organisation_id
               WHERE a.commitment_id = $1 ORDER BY a.created_at DESC, a.id DESC";
    on_pool!(db, |p| sqlx::query_as::<_, Assessment>(sql).bind(commitment_id).fetch_all(p).await)
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    tx: &mut Tx,
    city_id: i64,
    commitment_id: i64,
    organisation_id: i64,
    author_id: i64,
    rating: &str,
    body: &str,
    evidence: &str,
    now: i64,
) -> sqlx::Result<i64> {
    let sql = "INSERT INTO assessments (city_id, commitment_id, organisation_id, author_id, rating, body, evidence, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(city_id)
        .bind(commitment_id)
        .bind(organisation_id)
        .bind(author_id)
        .bind(rating)
        .bind(body)
        .bind(evidence)
        .bind(now)
        .fetch_one(c)
        .await)
}

/// An assessment with the commitment it is about.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AssessmentOf {
    #[sqlx(flatten)]
    pub assessment: Assessment,
    pub commitment_id: i64,
}

/// An organisation's assessments, newest first.
pub async fn for_organisation(db: &Db, organisation_id: i64) -> sqlx::Result<Vec<AssessmentOf>> {
    let sql = "SELECT a.id, a.organisation_id, o.name AS organisation_name, a.rating, a.body, a.evidence, a.created_at,
                      a.commitment_id
               FROM assessments a JOIN organisations o ON o.id = a.organisation_id
               WHERE a.organisation_id = $1 ORDER BY a.created_at DESC, a.id DESC";
    on_pool!(db, |p| sqlx::query_as::<_, AssessmentOf>(sql).bind(organisation_id).fetch_all(p).await)
}
