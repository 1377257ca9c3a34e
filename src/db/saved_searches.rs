//! Saved searches and what the indexer found for them.

use super::{json_list, Db, Tx, POSTGRES_ONE_OF, SQLITE_ONE_OF};
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

/// A document that matched at least one saved search, as mails and feeds show it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AlertDocument {
    pub doc_key: String,
    pub kind: String,
    pub city: String,
    pub link: String,
    pub titles: String,
    pub snippet: String,
    pub lang: String,
    pub date: i64,
}

/// What one batch found for one saved search.
#[derive(Debug, Clone)]
pub struct Hits {
    pub saved_search_id: i64,
    pub doc_keys: Vec<String>,
}

const COLUMNS: &str = "id, user_id, query, frequency, feed_token, unsubscribe_token, created_at, last_mailed_at";
const DOCUMENT_COLUMNS: &str = "doc_key, kind, city, link, titles, snippet, lang, date";

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
        sqlx::query("DELETE FROM saved_search_hits WHERE saved_search_id = $1 AND saved_search_id IN (SELECT id FROM saved_searches WHERE user_id = $2)")
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
        "DELETE FROM saved_search_hits WHERE saved_search_id IN (SELECT id FROM saved_searches WHERE user_id = $1)"
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

/// Placeholders `$from..$from+n` for a list.
fn placeholders(from: usize, n: usize) -> String {
    (from..from + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// Which of `keys` have matched before (a document is alerted once, whatever re-indexes it).
pub async fn known_documents(db: &Db, keys: &[String]) -> sqlx::Result<std::collections::HashSet<String>> {
    if keys.is_empty() {
        return Ok(Default::default());
    }
    let found: Vec<String> = on_pool!(
        db,
        sqlite
            | p
            | sqlx::query_scalar(&format!("SELECT doc_key FROM alert_documents WHERE doc_key {SQLITE_ONE_OF}"))
                .bind(json_list(keys)?)
                .fetch_all(p)
                .await,
        postgres
            | p
            | sqlx::query_scalar(&format!("SELECT doc_key FROM alert_documents WHERE doc_key {POSTGRES_ONE_OF}"))
                .bind(keys)
                .fetch_all(p)
                .await
    )?;
    Ok(found.into_iter().collect())
}

/// Stores what a batch found, in one transaction: the matched documents and one row of
/// document keys per saved search, in multi-row inserts (a batch can match thousands).
pub async fn store_batch(db: &Db, documents: &[AlertDocument], hits: &[Hits], now: i64) -> sqlx::Result<()> {
    if hits.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for chunk in documents.chunks(100) {
        let rows = (0..chunk.len()).map(|i| format!("({})", placeholders(i * 9 + 1, 9))).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "INSERT INTO alert_documents ({DOCUMENT_COLUMNS}, matched_at) VALUES {rows} ON CONFLICT (doc_key) DO NOTHING"
        );
        on_tx!(&mut tx, |c| {
            // As many rows as the batch found: not kept in the statement cache.
            let mut q = sqlx::query(&sql).persistent(false);
            for d in chunk {
                q = q.bind(&d.doc_key).bind(&d.kind).bind(&d.city).bind(&d.link).bind(&d.titles);
                q = q.bind(&d.snippet).bind(&d.lang).bind(d.date).bind(now);
            }
            q.execute(c).await.map(|_| ())
        })?;
    }
    for chunk in hits.chunks(500) {
        let rows = (0..chunk.len()).map(|i| format!("({})", placeholders(i * 3 + 1, 3))).collect::<Vec<_>>().join(", ");
        let sql = format!("INSERT INTO saved_search_hits (saved_search_id, doc_keys, matched_at) VALUES {rows}");
        on_tx!(&mut tx, |c| {
            let mut q = sqlx::query(&sql).persistent(false);
            for h in chunk {
                q = q.bind(h.saved_search_id).bind(h.doc_keys.join(" ")).bind(now);
            }
            q.execute(c).await.map(|_| ())
        })?;
    }
    tx.commit().await
}

/// Forgets documents that left the index (a hidden comment is neither mailed nor kept in a
/// feed); the keys left in hit rows then find nothing.
pub async fn forget_documents(db: &Db, keys: &[String]) -> sqlx::Result<()> {
    if keys.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for key in keys {
        on_tx!(&mut tx, |c| sqlx::query("DELETE FROM alert_documents WHERE doc_key = $1")
            .bind(key)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    tx.commit().await
}

/// Saved searches with hits waiting whose frequency makes them due at `now`.
pub async fn due(db: &Db, now: i64) -> sqlx::Result<Vec<SavedSearch>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM saved_searches s
         WHERE EXISTS (SELECT 1 FROM saved_search_hits h WHERE h.saved_search_id = s.id AND h.mailed_at IS NULL)
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

fn keys_of(rows: Vec<String>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for row in rows {
        for key in row.split(' ').filter(|k| !k.is_empty()) {
            if !keys.iter().any(|k| k == key) {
                keys.push(key.to_string());
            }
        }
    }
    keys
}

/// The documents with these keys that are still shown, oldest first.
pub async fn documents(tx: &mut Tx, keys: &[String]) -> sqlx::Result<Vec<AlertDocument>> {
    if keys.is_empty() {
        return Ok(vec![]);
    }
    let mut found: Vec<AlertDocument> = match tx {
        Tx::Sqlite(t, _) => {
            let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM alert_documents WHERE doc_key {SQLITE_ONE_OF}");
            sqlx::query_as(&sql).bind(json_list(keys)?).fetch_all(&mut **t).await?
        }
        Tx::Postgres(t) => {
            let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM alert_documents WHERE doc_key {POSTGRES_ONE_OF}");
            sqlx::query_as(&sql).bind(keys).fetch_all(&mut **t).await?
        }
    };
    found.sort_by(|a, b| a.date.cmp(&b.date).then(a.doc_key.cmp(&b.doc_key)));
    Ok(found)
}

/// Takes the documents waiting for one saved search and marks them (and it) mailed, in the
/// caller's transaction; empty when another process took them first or all were hidden.
pub async fn take_waiting(tx: &mut Tx, id: i64, now: i64) -> sqlx::Result<Vec<AlertDocument>> {
    let sql = "UPDATE saved_search_hits SET mailed_at = $1 WHERE saved_search_id = $2 AND mailed_at IS NULL
               RETURNING doc_keys";
    let rows = on_tx!(tx, |c| sqlx::query_scalar::<_, String>(sql).bind(now).bind(id).fetch_all(c).await)?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    on_tx!(tx, |c| sqlx::query("UPDATE saved_searches SET last_mailed_at = $1 WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    documents(tx, &keys_of(rows)).await
}

/// The latest documents found for a saved search, newest first (its feed).
pub async fn recent_documents(db: &Db, id: i64, limit: usize) -> sqlx::Result<Vec<AlertDocument>> {
    let sql = "SELECT doc_keys FROM saved_search_hits WHERE saved_search_id = $1 ORDER BY id DESC LIMIT 50";
    let rows = on_pool!(db, |p| sqlx::query_scalar::<_, String>(sql).bind(id).fetch_all(p).await)?;
    let mut tx = db.begin().await?;
    let mut found = documents(&mut tx, &keys_of(rows)).await?;
    tx.commit().await?;
    found.reverse();
    found.truncate(limit);
    Ok(found)
}
