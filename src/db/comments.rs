//! Comments, replies, official responses, flags and the moderation queue.

use super::{json_list, Db, Tx, POSTGRES_ONE_OF, SQLITE_ONE_OF};
use crate::domain::feedback::CommentState;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Comment {
    pub id: i64,
    pub city_id: i64,
    pub target_type: String,
    pub target_id: i64,
    pub author_id: Option<i64>,
    /// Display name of the author (NULL when the account was deleted).
    pub author_name: Option<String>,
    pub offline_name: Option<String>,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub organisation_verified: Option<String>,
    pub parent_id: Option<i64>,
    pub body: String,
    pub stance: Option<String>,
    pub language: String,
    pub channel: String,
    #[sqlx(try_from = "String")]
    pub state: CommentState,
    pub hidden_reason: Option<String>,
    pub is_official: bool,
    pub department: Option<String>,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub responded_at: Option<i64>,
}

const SELECT: &str = "SELECT c.id, c.city_id, c.target_type, c.target_id, c.author_id, u.display_name AS author_name,
        c.offline_name, c.organisation_id, o.name AS organisation_name, o.status AS organisation_verified,
        c.parent_id, c.body, c.stance, c.language, c.channel, c.state, c.hidden_reason, c.is_official,
        c.department, c.created_at, c.edited_at, c.responded_at
    FROM comments c
    LEFT JOIN users u ON u.id = c.author_id
    LEFT JOIN organisations o ON o.id = c.organisation_id";

pub struct NewComment<'a> {
    pub city_id: i64,
    pub target_type: &'a str,
    pub target_id: i64,
    pub author_id: Option<i64>,
    pub offline_name: Option<&'a str>,
    pub organisation_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub body: &'a str,
    pub stance: Option<&'a str>,
    pub language: &'a str,
    pub channel: &'a str,
    pub state: CommentState,
    pub is_official: bool,
    pub department: Option<&'a str>,
    pub entered_by: Option<i64>,
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, c: &NewComment<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO comments (city_id, target_type, target_id, author_id, offline_name, organisation_id,
                   parent_id, body, stance, language, channel, state, is_official, department, entered_by, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id";
    on_tx!(tx, |conn| sqlx::query_scalar::<_, i64>(sql)
        .bind(c.city_id)
        .bind(c.target_type)
        .bind(c.target_id)
        .bind(c.author_id)
        .bind(c.offline_name)
        .bind(c.organisation_id)
        .bind(c.parent_id)
        .bind(c.body)
        .bind(c.stance)
        .bind(c.language)
        .bind(c.channel)
        .bind(c.state.id())
        .bind(c.is_official)
        .bind(c.department)
        .bind(c.entered_by)
        .bind(c.created_at)
        .fetch_one(conn)
        .await)
}

pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Comment>> {
    let sql = format!("{SELECT} WHERE c.id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(id).fetch_optional(p).await)
}

/// Top-level comments shown on an item's page, one page of them. Pending ones are not
/// shown; hidden ones are, as a placeholder with the reason.
pub async fn top_level_page(
    db: &Db,
    target_type: &str,
    target_id: i64,
    newest_first: bool,
    limit: i64,
    offset: i64,
) -> sqlx::Result<Vec<Comment>> {
    let order = if newest_first { "DESC" } else { "ASC" };
    let sql = format!(
        "{SELECT} WHERE c.target_type = $1 AND c.target_id = $2 AND c.parent_id IS NULL AND c.state <> 'pending'
         ORDER BY c.created_at {order}, c.id {order} LIMIT $3 OFFSET $4"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql)
        .bind(target_type)
        .bind(target_id)
        .bind(limit)
        .bind(offset)
        .fetch_all(p)
        .await)
}

pub async fn count_top_level(db: &Db, target_type: &str, target_id: i64) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM comments WHERE target_type = $1 AND target_id = $2 AND parent_id IS NULL AND state <> 'pending'";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(target_type).bind(target_id).fetch_one(p).await)
}

/// `count_top_level` for every item of one kind in a city, in one query: item id → count.
pub async fn count_top_level_by_item(
    db: &Db,
    city_id: i64,
    target_type: &str,
) -> sqlx::Result<std::collections::HashMap<i64, i64>> {
    let sql = "SELECT target_id, COUNT(*) FROM comments
               WHERE city_id = $1 AND target_type = $2 AND parent_id IS NULL AND state <> 'pending'
               GROUP BY target_id";
    let rows =
        on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(city_id).bind(target_type).fetch_all(p).await)?;
    Ok(rows.into_iter().collect())
}

/// Replies to the given comments, oldest first.
pub async fn replies_to(db: &Db, parent_ids: &[i64]) -> sqlx::Result<Vec<Comment>> {
    with_column_in(db, "c.parent_id", parent_ids, "AND c.state <> 'pending' ORDER BY c.created_at, c.id").await
}

/// The comments with these ids (the indexer reads a batch's comments at once).
pub async fn by_ids(db: &Db, ids: &[i64]) -> sqlx::Result<Vec<Comment>> {
    with_column_in(db, "c.id", ids, "").await
}

/// Comments whose `column` is one of `ids`, then `rest` (more conditions, an order). The ids
/// are one parameter, so this is one prepared statement whatever their number: a statement per
/// list (ids written into the SQL) filled each connection's statement cache with large
/// statements, and the memory of a server taking comments grew with every indexed batch.
async fn with_column_in(db: &Db, column: &str, ids: &[i64], rest: &str) -> sqlx::Result<Vec<Comment>> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    on_pool!(
        db,
        sqlite | p | {
            let sql = format!("{SELECT} WHERE {column} {SQLITE_ONE_OF} {rest}");
            sqlx::query_as::<_, Comment>(&sql).bind(json_list(ids)?).fetch_all(p).await
        },
        postgres | p | {
            let sql = format!("{SELECT} WHERE {column} {POSTGRES_ONE_OF} {rest}");
            sqlx::query_as::<_, Comment>(&sql).bind(ids).fetch_all(p).await
        }
    )
}

/// (visible comments, distinct participants, organisations) on an item.
pub async fn participation(db: &Db, target_type: &str, target_id: i64) -> sqlx::Result<(i64, i64, i64)> {
    let sql = "SELECT COUNT(*), COUNT(DISTINCT COALESCE(CAST(author_id AS TEXT), 'offline:' || offline_name, 'c' || CAST(id AS TEXT))),
                      COUNT(DISTINCT organisation_id)
               FROM comments WHERE target_type = $1 AND target_id = $2 AND state = 'visible' AND is_official = FALSE";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64, i64)>(sql).bind(target_type).bind(target_id).fetch_one(p).await)
}

pub async fn set_state(tx: &mut Tx, id: i64, state: CommentState, reason: Option<&str>) -> sqlx::Result<()> {
    let sql = "UPDATE comments SET state = $1, hidden_reason = $2 WHERE id = $3";
    on_tx!(tx, |c| sqlx::query(sql).bind(state.id()).bind(reason).bind(id).execute(c).await.map(|_| ()))
}

pub async fn edit_body(tx: &mut Tx, id: i64, body: &str, stance: Option<&str>, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE comments SET body = $1, stance = $2, edited_at = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql).bind(body).bind(stance).bind(now).bind(id).execute(c).await.map(|_| ()))
}

/// Records the first official response to a top-level comment.
pub async fn mark_responded(tx: &mut Tx, id: i64, at: i64) -> sqlx::Result<()> {
    let sql = "UPDATE comments SET responded_at = $1 WHERE id = $2 AND responded_at IS NULL";
    on_tx!(tx, |c| sqlx::query(sql).bind(at).bind(id).execute(c).await.map(|_| ()))
}

/// Visible top-level resident comments of a city without an official response, oldest first.
pub async fn awaiting_response(
    db: &Db,
    city_id: i64,
    target_type: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<Comment>> {
    let sql = format!(
        "{SELECT} WHERE c.city_id = $1 AND c.parent_id IS NULL AND c.state = 'visible' AND c.is_official = FALSE
           AND c.responded_at IS NULL AND ($2 IS NULL OR c.target_type = $2)
         ORDER BY c.created_at, c.id LIMIT $3"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(city_id).bind(target_type).bind(limit).fetch_all(p).await)
}

/// The staff's and moderators' work waiting in a city, counted in one query.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct WorkCounts {
    /// Visible top-level resident comments without an official response.
    pub awaiting: i64,
    /// Comments with unhandled flags.
    pub flagged: i64,
    /// Comments held for a moderator (pre-moderation).
    pub held: i64,
}

pub async fn work_counts(db: &Db, city_id: i64) -> sqlx::Result<WorkCounts> {
    let sql = "SELECT
          (SELECT COUNT(*) FROM comments c WHERE c.city_id = $1 AND c.parent_id IS NULL AND c.state = 'visible'
             AND c.is_official = FALSE AND c.responded_at IS NULL) AS awaiting,
          (SELECT COUNT(DISTINCT f.comment_id) FROM flags f JOIN comments c ON c.id = f.comment_id
             WHERE c.city_id = $1 AND f.handled_at IS NULL) AS flagged,
          (SELECT COUNT(*) FROM comments c WHERE c.city_id = $1 AND c.state = 'pending') AS held";
    on_pool!(db, |p| sqlx::query_as::<_, WorkCounts>(sql).bind(city_id).fetch_one(p).await)
}

/// Comments waiting for approval (pre-moderation) in a city, oldest first.
pub async fn pending(db: &Db, city_id: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.city_id = $1 AND c.state = 'pending' ORDER BY c.created_at, c.id LIMIT 200");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(city_id).fetch_all(p).await)
}

/// Official responses of a city (optionally to one commitment's comments), newest first, for feeds.
pub async fn official_responses(
    db: &Db,
    city_id: i64,
    target: Option<(&str, i64)>,
    limit: i64,
) -> sqlx::Result<Vec<Comment>> {
    let (target_type, target_id) = target.map(|(t, i)| (Some(t), Some(i))).unwrap_or((None, None));
    let sql = format!(
        "{SELECT} WHERE c.city_id = $1 AND c.is_official = TRUE AND c.state = 'visible'
           AND ($2 IS NULL OR c.target_type = $2) AND ($3 IS NULL OR c.target_id = $3)
         ORDER BY c.created_at DESC, c.id DESC LIMIT $4"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql)
        .bind(city_id)
        .bind(target_type)
        .bind(target_id)
        .bind(limit)
        .fetch_all(p)
        .await)
}

/// Every comment a person wrote, for their data export.
pub async fn by_author(db: &Db, user_id: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.author_id = $1 ORDER BY c.id");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(user_id).fetch_all(p).await)
}

/// The latest visible comments posted on behalf of an organisation.
pub async fn visible_by_organisation(db: &Db, organisation_id: i64, limit: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.organisation_id = $1 AND c.state = 'visible' ORDER BY c.id DESC LIMIT $2");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(organisation_id).bind(limit).fetch_all(p).await)
}

// --- flags ---

/// A second flag by the same person on the same comment changes nothing.
pub async fn insert_flag(
    db: &Db,
    comment_id: i64,
    user_id: i64,
    reason: &str,
    note: &str,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    insert_flag_in(&mut tx, comment_id, user_id, reason, note, now).await?;
    tx.commit().await
}

/// `insert_flag` inside a use case's transaction.
pub async fn insert_flag_in(
    tx: &mut Tx,
    comment_id: i64,
    user_id: i64,
    reason: &str,
    note: &str,
    now: i64,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO flags (comment_id, city_id, user_id, reason, note, created_at)
               VALUES ($1, (SELECT city_id FROM comments WHERE id = $1), $2, $3, $4, $5)
               ON CONFLICT (comment_id, user_id) DO NOTHING";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(comment_id)
        .bind(user_id)
        .bind(reason)
        .bind(note)
        .bind(now)
        .execute(c)
        .await
        .map(|_| ()))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FlaggedComment {
    pub comment_id: i64,
    pub flags: i64,
    pub reasons: String,
    pub first_flag_at: i64,
}

/// Comments of a city with unhandled flags, most-flagged first.
pub async fn flag_queue(db: &Db, city_id: i64) -> sqlx::Result<Vec<FlaggedComment>> {
    let sql = "SELECT f.comment_id, COUNT(*) AS flags, MIN(f.reason) AS reasons, MIN(f.created_at) AS first_flag_at
               FROM flags f JOIN comments c ON c.id = f.comment_id
               WHERE c.city_id = $1 AND f.handled_at IS NULL
               GROUP BY f.comment_id ORDER BY COUNT(*) DESC, MIN(f.created_at) LIMIT 200";
    on_pool!(db, |p| sqlx::query_as::<_, FlaggedComment>(sql).bind(city_id).fetch_all(p).await)
}

pub async fn handle_flags(tx: &mut Tx, comment_id: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE flags SET handled_at = $1 WHERE comment_id = $2 AND handled_at IS NULL";
    on_tx!(tx, |c| sqlx::query(sql).bind(now).bind(comment_id).execute(c).await.map(|_| ()))
}

/// Visible comments with id above `after`, in id order: the bulk path of a reindex.
pub async fn visible_after(db: &Db, after: i64, limit: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.state = 'visible' AND c.id > $1 ORDER BY c.id LIMIT $2");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(after).bind(limit).fetch_all(p).await)
}

pub async fn count_visible(db: &Db) -> sqlx::Result<i64> {
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM comments WHERE state = 'visible'")
        .fetch_one(p)
        .await)
}

/// Visible comments of a city after `after` (id order), for the open data API and export.
pub async fn visible_in_city_after(db: &Db, city_id: i64, after: i64, limit: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.city_id = $1 AND c.state = 'visible' AND c.id > $2 ORDER BY c.id LIMIT $3");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(city_id).bind(after).bind(limit).fetch_all(p).await)
}

/// (reason, note) of the unhandled flags on a comment, oldest first: what reporters said.
pub async fn flag_notes(db: &Db, comment_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    let sql = "SELECT reason, note FROM flags WHERE comment_id = $1 AND handled_at IS NULL ORDER BY id";
    on_pool!(db, |p| sqlx::query_as::<_, (String, String)>(sql).bind(comment_id).fetch_all(p).await)
}

/// A city's hidden comments, most recent first, so that a decision can be undone.
pub async fn hidden(db: &Db, city_id: i64, limit: i64) -> sqlx::Result<Vec<Comment>> {
    let sql = format!("{SELECT} WHERE c.city_id = $1 AND c.state = 'hidden' ORDER BY c.id DESC LIMIT $2");
    on_pool!(db, |p| sqlx::query_as::<_, Comment>(&sql).bind(city_id).bind(limit).fetch_all(p).await)
}

/// (comment id, reason, note, created at, handled at) of the flags a person sent.
pub async fn flags_by(db: &Db, user_id: i64) -> sqlx::Result<Vec<(i64, String, String, i64, Option<i64>)>> {
    let sql = "SELECT comment_id, reason, note, created_at, handled_at FROM flags WHERE user_id = $1 ORDER BY id";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, String, String, i64, Option<i64>)>(sql).bind(user_id).fetch_all(p).await)
}
