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
    let now = crate::domain::now_ts();
    match tx {
        // Kept until the commit, where all of the transaction's rows are one statement: a
        // shared batch of comment posts wrote one row per post, a round trip each on the
        // writer's one connection. SQLite commits one writer at a time, so the numbers are
        // still in commit order.
        Tx::Sqlite(_, write) => {
            write.record((entity_type.to_owned(), entity_id, op.to_owned(), now));
            Ok(())
        }
        // One round trip on PostgreSQL too: the row (and so its sequence number, a default of
        // the insert's projection) is made only from what the materialised CTE returns, so the
        // transaction has its id first, as `take_xid_first` ensures elsewhere.
        Tx::Postgres(t) => {
            let sql = "WITH xid AS MATERIALIZED (SELECT pg_current_xact_id() AS id)
                       INSERT INTO search_changes (entity_type, entity_id, op, created_at)
                       SELECT $1, $2, $3, $4 FROM xid WHERE xid.id IS NOT NULL";
            sqlx::query(sql).bind(entity_type).bind(entity_id).bind(op).bind(now).execute(&mut **t).await.map(|_| ())
        }
    }
}

/// A change-log row waiting for its SQLite transaction's commit: entity type, id, operation, time.
pub type Pending = (String, i64, String, i64);

/// Writes a SQLite transaction's waiting change-log rows, in the order they were recorded, in
/// one statement (one prepared statement whatever their number: a JSON array).
pub async fn write_pending(tx: &mut sqlx::SqliteConnection, rows: &[Pending]) -> sqlx::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at)
               SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($1) ORDER BY key";
    sqlx::query(sql).bind(super::json_list(rows)?).execute(tx).await.map(|_| ())
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

/// What a change touches among the pages anonymous visitors read (see `page_cache`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageScope {
    /// Anything may show it (a person's name, or a change this list does not know).
    Everything,
    /// The city's pages, its item pages included (an item's own fields, a city setting).
    City(String),
    /// One item's pages (`commitments/C-3` under the city), and the city's lists and overview
    /// that count or quote it; other items' pages stay as they are. Comments and answers.
    Item { city: String, page: String },
}

/// Change-log rows after `seq`, in order (at most `limit`).
pub async fn page_changes_after(db: &super::Db, seq: i64, limit: i64) -> sqlx::Result<Vec<(i64, String, i64)>> {
    let sql = "SELECT seq, entity_type, entity_id FROM search_changes WHERE seq > $1 ORDER BY seq LIMIT $2";
    crate::on_pool!(db, |p| sqlx::query_as::<_, (i64, String, i64)>(sql).bind(seq).bind(limit).fetch_all(p).await)
}

/// The page of the item a comment is on, by its kind and per-city number or code.
fn item_page(kind: &str, number: Option<i64>) -> Option<String> {
    let n = number?;
    match kind {
        "commitment" => Some(format!("commitments/C-{n}")),
        "project" => Some(format!("projects/{n}")),
        "consultation" => Some(format!("consultations/{n}")),
        _ => None,
    }
}

/// Which pages a change-log row touches. A row whose entity is gone, or of a kind not listed
/// here, touches everything: the cache may only ever drop too much.
pub async fn page_scope(db: &super::Db, entity_type: &str, entity_id: i64) -> sqlx::Result<PageScope> {
    type Found = Option<(String, String, Option<i64>)>;
    let item: Found = match entity_type {
        "comment" => {
            let sql = "SELECT ci.slug, c.target_type, COALESCE(cm.ref_no, p.ref_no, k.ref_no)
                FROM comments c JOIN cities ci ON ci.id = c.city_id
                LEFT JOIN commitments cm ON c.target_type = 'commitment' AND cm.id = c.target_id
                LEFT JOIN projects p ON c.target_type = 'project' AND p.id = c.target_id
                LEFT JOIN consultations k ON c.target_type = 'consultation' AND k.id = c.target_id
                WHERE c.id = $1";
            crate::on_pool!(db, |p| sqlx::query_as(sql).bind(entity_id).fetch_optional(p).await)?
        }
        "answer" => {
            let sql = "SELECT ci.slug, 'consultation', k.ref_no FROM answers a
                JOIN responses r ON r.id = a.response_id JOIN consultations k ON k.id = r.consultation_id
                JOIN cities ci ON ci.id = k.city_id WHERE a.id = $1";
            crate::on_pool!(db, |p| sqlx::query_as(sql).bind(entity_id).fetch_optional(p).await)?
        }
        "responses" => {
            let sql = "SELECT ci.slug, 'consultation', k.ref_no FROM consultations k
                JOIN cities ci ON ci.id = k.city_id WHERE k.id = $1";
            crate::on_pool!(db, |p| sqlx::query_as(sql).bind(entity_id).fetch_optional(p).await)?
        }
        _ => None,
    };
    if let Some((city, kind, number)) = item {
        return Ok(match item_page(&kind, number) {
            Some(page) => PageScope::Item { city, page },
            None => PageScope::City(city),
        });
    }
    let table = match entity_type {
        "city" => "cities",
        "commitment" => "commitments",
        "project" => "projects",
        "consultation" => "consultations",
        "update" => "updates",
        "challenge" => "challenges",
        "indicator" => "indicators",
        "indicator_value" => "indicator_values",
        "organisation" => "organisations",
        "assessment" => "assessments",
        _ => return Ok(PageScope::Everything),
    };
    let city_of = if table == "cities" { "t.id" } else { "t.city_id" };
    let sql = format!("SELECT ci.slug FROM {table} t JOIN cities ci ON ci.id = {city_of} WHERE t.id = $1");
    let slug: Option<String> =
        crate::on_pool!(db, |p| sqlx::query_scalar(&sql).bind(entity_id).fetch_optional(p).await)?;
    Ok(slug.map_or(PageScope::Everything, PageScope::City))
}

/// The coming moments at which pages change without a change in the log: consultations that
/// open or close, challenges that become overdue.
pub async fn page_time_boundaries(db: &super::Db, now: i64) -> sqlx::Result<Vec<i64>> {
    let sql = "SELECT opens_at FROM consultations WHERE opens_at > $1
        UNION SELECT closes_at FROM consultations WHERE closes_at > $1
        UNION SELECT c.created_at + ci.response_days * 86400 FROM challenges c JOIN cities ci ON ci.id = c.city_id
            WHERE c.state = 'open' AND c.created_at + ci.response_days * 86400 > $1";
    crate::on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(now).fetch_all(p).await)
}
