//! The ordered log of changes that affect search. Written in the same transaction as the
//! change itself; the search indexer follows it by sequence number.

use super::Tx;
use crate::on_tx;

/// On PostgreSQL, gives the transaction its id before it takes a sequence number, so that
/// every holder of a number up to a `LogMark` has an id below the mark's `xmax`.
async fn take_xid_first(tx: &mut Tx) -> sqlx::Result<()> {
    if let Tx::Postgres(t) = tx {
        sqlx::query("SELECT pg_current_xact_id()").execute(&mut **t).await?;
    }
    Ok(())
}

pub async fn record(tx: &mut Tx, entity_type: &str, entity_id: i64, op: &str) -> sqlx::Result<()> {
    take_xid_first(tx).await?;
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
    take_xid_first(tx).await?;
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

/// Queues a consultation's visible written answers for re-indexing: their documents carry its
/// question prompts and the time its results become public.
pub async fn record_answers_of(tx: &mut Tx, consultation_id: i64) -> sqlx::Result<()> {
    take_xid_first(tx).await?;
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at)
        SELECT 'answer', a.id, 'upsert', $1 FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE r.consultation_id = $2 AND a.body IS NOT NULL AND a.hidden_reason IS NULL ORDER BY a.id";
    on_tx!(tx, |c| sqlx::query(sql).bind(crate::domain::now_ts()).bind(consultation_id).execute(c).await.map(|_| ()))
}

/// Queues a person's visible comments for re-indexing (before their account goes).
pub async fn record_comments_by(tx: &mut Tx, user_id: i64) -> sqlx::Result<()> {
    take_xid_first(tx).await?;
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

/// A point in PostgreSQL's change log: the last sequence number handed out, and the first
/// transaction id not yet assigned when it was read. Every transaction that holds a number up
/// to `seq` took its id first (see `take_xid_first`), so its id is below `xmax`: once every
/// transaction below `xmax` has ended, no change up to `seq` can still appear.
#[derive(Debug, Clone, Copy)]
pub struct LogMark {
    pub seq: i64,
    pub xmax: u64,
}

fn parse_xid(s: &str) -> sqlx::Result<u64> {
    s.parse().map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// The current mark (None on SQLite, where one writer at a time leaves no gap behind).
pub async fn mark(db: &super::Db) -> sqlx::Result<Option<LogMark>> {
    let super::Db::Postgres(p) = db else { return Ok(None) };
    // The number first, then a new snapshot: its xmax is above every id taken before.
    let seq: i64 =
        sqlx::query_scalar("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM search_changes_seq_seq")
            .fetch_one(p)
            .await?;
    let xmax: String = sqlx::query_scalar("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").fetch_one(p).await?;
    Ok(Some(LogMark { seq, xmax: parse_xid(&xmax)? }))
}

/// The oldest transaction id still running (PostgreSQL).
pub async fn oldest_running(db: &super::Db) -> sqlx::Result<u64> {
    match db {
        super::Db::Postgres(p) => {
            let xmin: String =
                sqlx::query_scalar("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetch_one(p).await?;
            parse_xid(&xmin)
        }
        super::Db::Sqlite(_) => Ok(u64::MAX),
    }
}
