//! Saved searches and what the indexer found for them.

use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: i64,
    /// The words and filters as a query string, read the way the search page reads it.
    pub query: String,
    pub frequency: String,
    pub feed_token: String,
    pub unsubscribe_token: String,
    pub created_at: i64,
    pub last_mailed_at: Option<i64>,
}

/// A document that matched a saved search.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Match {
    pub saved_search_id: i64,
    pub doc_key: String,
    pub kind: String,
    pub city: String,
    pub link: String,
    pub titles: String,
    pub snippet: String,
    pub lang: String,
    pub date: i64,
    pub matched_at: i64,
}

const COLUMNS: &str = "id, user_id, query, frequency, feed_token, unsubscribe_token, created_at, last_mailed_at";
const MATCH_COLUMNS: &str = "saved_search_id, doc_key, kind, city, link, titles, snippet, lang, date, matched_at";

pub struct NewSavedSearch<'a> {
    pub user_id: i64,
    pub query: &'a str,
    pub frequency: &'a str,
    pub feed_token: &'a str,
    pub unsubscribe_token: &'a str,
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, s: &NewSavedSearch<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO saved_searches (user_id, query, frequency, feed_token, unsubscribe_token, created_at)
               VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(s.user_id)
        .bind(s.query)
        .bind(s.frequency)
        .bind(s.feed_token)
        .bind(s.unsubscribe_token)
        .bind(s.created_at)
        .fetch_one(c)
        .await)
}

pub async fn count_of_user(tx: &mut Tx, user_id: i64) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM saved_searches WHERE user_id = $1";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql).bind(user_id).fetch_one(c).await)
}

pub async fn of_user(db: &Db, user_id: i64) -> sqlx::Result<Vec<SavedSearch>> {
    let sql = format!("SELECT {COLUMNS} FROM saved_searches WHERE user_id = $1 ORDER BY id");
    on_pool!(db, |p| sqlx::query_as::<_, SavedSearch>(&sql).bind(user_id).fetch_all(p).await)
}

/// Every saved search, for matching a batch of new documents.
pub async fn all(db: &Db) -> sqlx::Result<Vec<SavedSearch>> {
    let sql = format!("SELECT {COLUMNS} FROM saved_searches ORDER BY id");
    on_pool!(db, |p| sqlx::query_as::<_, SavedSearch>(&sql).fetch_all(p).await)
}

pub async fn by_feed_token(db: &Db, token: &str) -> sqlx::Result<Option<SavedSearch>> {
    let sql = format!("SELECT {COLUMNS} FROM saved_searches WHERE feed_token = $1");
    on_pool!(db, |p| sqlx::query_as::<_, SavedSearch>(&sql).bind(token).fetch_optional(p).await)
}

pub async fn by_unsubscribe_token(db: &Db, token: &str) -> sqlx::Result<Option<SavedSearch>> {
    let sql = format!("SELECT {COLUMNS} FROM saved_searches WHERE unsubscribe_token = $1");
    on_pool!(db, |p| sqlx::query_as::<_, SavedSearch>(&sql).bind(token).fetch_optional(p).await)
}

/// Deletes one of a person's saved searches (with its matches); false when it is not theirs.
pub async fn delete(tx: &mut Tx, user_id: i64, id: i64) -> sqlx::Result<bool> {
    on_tx!(tx, |c| {
        sqlx::query("DELETE FROM saved_search_matches WHERE saved_search_id = $1 AND saved_search_id IN (SELECT id FROM saved_searches WHERE user_id = $2)")
        .bind(id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ())
    })?;
    let done = on_tx!(tx, |c| sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(done > 0)
}

/// Deletes everything a person saved (account deletion).
pub async fn delete_all_of(tx: &mut Tx, user_id: i64) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query(
        "DELETE FROM saved_search_matches WHERE saved_search_id IN (SELECT id FROM saved_searches WHERE user_id = $1)"
    )
    .bind(user_id)
    .execute(c)
    .await
    .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query("DELETE FROM saved_searches WHERE user_id = $1")
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(())
}

/// Stores matches; a document already matched for a saved search is not stored twice.
pub async fn insert_matches(db: &Db, matches: &[Match]) -> sqlx::Result<()> {
    if matches.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let sql = format!(
        "INSERT INTO saved_search_matches ({MATCH_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT DO NOTHING"
    );
    for m in matches {
        on_tx!(&mut tx, |c| sqlx::query(&sql)
            .bind(m.saved_search_id)
            .bind(&m.doc_key)
            .bind(&m.kind)
            .bind(&m.city)
            .bind(&m.link)
            .bind(&m.titles)
            .bind(&m.snippet)
            .bind(&m.lang)
            .bind(m.date)
            .bind(m.matched_at)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    tx.commit().await
}

/// Forgets matches of documents that left the index (a hidden comment is neither mailed nor
/// kept in a feed).
pub async fn forget_documents(db: &Db, keys: &[String]) -> sqlx::Result<()> {
    if keys.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for key in keys {
        on_tx!(&mut tx, |c| sqlx::query("DELETE FROM saved_search_matches WHERE doc_key = $1")
            .bind(key)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    tx.commit().await
}

/// Saved searches with matches waiting whose frequency makes them due at `now`.
pub async fn due(db: &Db, now: i64) -> sqlx::Result<Vec<SavedSearch>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM saved_searches s
         WHERE EXISTS (SELECT 1 FROM saved_search_matches m WHERE m.saved_search_id = s.id AND m.mailed_at IS NULL)
           AND (frequency = 'immediate'
                OR (frequency = 'daily' AND COALESCE(last_mailed_at, created_at) <= $1)
                OR (frequency = 'weekly' AND COALESCE(last_mailed_at, created_at) <= $2))
         ORDER BY id"
    );
    on_pool!(db, |p| sqlx::query_as::<_, SavedSearch>(&sql)
        .bind(now - 86_400)
        .bind(now - 7 * 86_400)
        .fetch_all(p)
        .await)
}

/// Takes the matches waiting for one saved search and marks them (and it) mailed, in the
/// caller's transaction; empty when another process took them first.
pub async fn take_waiting(tx: &mut Tx, id: i64, now: i64) -> sqlx::Result<Vec<Match>> {
    let sql = format!(
        "UPDATE saved_search_matches SET mailed_at = $1 WHERE saved_search_id = $2 AND mailed_at IS NULL
         RETURNING {MATCH_COLUMNS}"
    );
    let mut taken = on_tx!(tx, |c| sqlx::query_as::<_, Match>(&sql).bind(now).bind(id).fetch_all(c).await)?;
    taken.sort_by(|a, b| a.date.cmp(&b.date).then(a.doc_key.cmp(&b.doc_key)));
    if !taken.is_empty() {
        on_tx!(tx, |c| sqlx::query("UPDATE saved_searches SET last_mailed_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    Ok(taken)
}

/// The latest matches of a saved search, newest first (its feed).
pub async fn recent_matches(db: &Db, id: i64, limit: i64) -> sqlx::Result<Vec<Match>> {
    let sql = format!(
        "SELECT {MATCH_COLUMNS} FROM saved_search_matches WHERE saved_search_id = $1
         ORDER BY date DESC, doc_key DESC LIMIT $2"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Match>(&sql).bind(id).bind(limit).fetch_all(p).await)
}
