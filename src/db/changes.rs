//! The ordered log of changes that affect search. Written in the same transaction as the
//! change itself; the search indexer follows it by sequence number.

use super::Tx;
use crate::on_tx;

pub async fn record(tx: &mut Tx, entity_type: &str, entity_id: i64, op: &str) -> sqlx::Result<()> {
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(entity_type)
        .bind(entity_id)
        .bind(op)
        .bind(crate::domain::now_ts())
        .execute(c)
        .await
        .map(|_| ()))
}

/// Queues the visible comments on an item, and on the items that inherit its thematic areas
/// and SDGs (a commitment's projects and consultations; a project's consultations), for
/// re-indexing: their index documents carry those tags.
pub async fn record_comments_under(tx: &mut Tx, target_type: &str, target_id: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at)
        SELECT 'comment', c.id, 'upsert', $1 FROM comments c
        WHERE c.state = 'visible' AND (
            (c.target_type = $2 AND c.target_id = $3)
            OR ($2 = 'commitment' AND c.target_type = 'project' AND c.target_id IN
                (SELECT project_id FROM project_commitments WHERE commitment_id = $3))
            OR (c.target_type = 'consultation' AND c.target_id IN
                (SELECT k.id FROM consultations k WHERE ($2 = 'commitment' AND k.commitment_id = $3)
                                                      OR ($2 = 'project' AND k.project_id = $3))))
        ORDER BY c.id";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(crate::domain::now_ts())
        .bind(target_type)
        .bind(target_id)
        .execute(c)
        .await
        .map(|_| ()))
}

/// Queues a person's visible comments for re-indexing (before their account goes).
pub async fn record_comments_by(tx: &mut Tx, user_id: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at)
        SELECT 'comment', id, 'upsert', $1 FROM comments WHERE author_id = $2 AND state = 'visible' ORDER BY id";
    on_tx!(tx, |c| sqlx::query(sql).bind(crate::domain::now_ts()).bind(user_id).execute(c).await.map(|_| ()))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Change {
    pub seq: i64,
    pub entity_type: String,
    pub entity_id: i64,
    pub op: String,
    pub created_at: i64,
}

pub async fn after(db: &super::Db, seq: i64, limit: i64) -> sqlx::Result<Vec<Change>> {
    let sql =
        "SELECT seq, entity_type, entity_id, op, created_at FROM search_changes WHERE seq > $1 ORDER BY seq LIMIT $2";
    crate::on_pool!(db, |p| sqlx::query_as::<_, Change>(sql).bind(seq).bind(limit).fetch_all(p).await)
}

pub async fn latest_seq(db: &super::Db) -> sqlx::Result<i64> {
    crate::on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COALESCE(MAX(seq), 0) FROM search_changes")
        .fetch_one(p)
        .await)
}
