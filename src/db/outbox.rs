//! The mail outbox. Rows are claimed with a conditional UPDATE so that several server
//! processes never send the same message twice.

use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxMail {
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    /// One-click unsubscribe URL for `List-Unsubscribe` (notifications and alerts).
    pub list_unsubscribe: Option<String>,
    pub attempts: i64,
}

pub struct NewMail<'a> {
    pub user_id: Option<i64>,
    pub to_addr: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
    pub list_unsubscribe: Option<&'a str>,
}

pub async fn enqueue(tx: &mut Tx, mail: &NewMail<'_>, now: i64) -> sqlx::Result<i64> {
    let sql = "INSERT INTO outbox (user_id, to_addr, subject, body_text, body_html, list_unsubscribe, created_at, next_attempt_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(mail.user_id)
        .bind(mail.to_addr)
        .bind(mail.subject)
        .bind(mail.body_text)
        .bind(mail.body_html)
        .bind(mail.list_unsubscribe)
        .bind(now)
        .fetch_one(c)
        .await)
}

/// Ids of unsent mail due now, oldest first.
pub async fn due(db: &Db, now: i64, limit: i64) -> sqlx::Result<Vec<i64>> {
    let sql = "SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1
               AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT $2";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(now).bind(limit).fetch_all(p).await)
}

/// Claims one message for `lease` seconds; `None` when another worker has it.
pub async fn claim(db: &Db, id: i64, now: i64, lease: i64) -> sqlx::Result<Option<OutboxMail>> {
    let sql = "UPDATE outbox SET claimed_until = $1
               WHERE id = $2 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)
               RETURNING id, to_addr, subject, body_text, body_html, list_unsubscribe, attempts";
    on_pool!(db, |p| sqlx::query_as::<_, OutboxMail>(sql).bind(now + lease).bind(id).bind(now).fetch_optional(p).await)
}

pub async fn mark_sent(db: &Db, id: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE outbox SET sent_at = $1, claimed_until = NULL, attempts = attempts + 1, last_error = NULL WHERE id = $2";
    on_pool!(db, |p| sqlx::query(sql).bind(now).bind(id).execute(p).await.map(|_| ()))
}

pub async fn mark_failed(db: &Db, id: i64, next_attempt_at: i64, error: &str) -> sqlx::Result<()> {
    let sql = "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_error = $2 WHERE id = $3";
    on_pool!(db, |p| sqlx::query(sql).bind(next_attempt_at).bind(error).bind(id).execute(p).await.map(|_| ()))
}

/// Unsent messages, for `/metrics` and tests.
pub async fn pending_count(db: &Db) -> sqlx::Result<i64> {
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
        .fetch_one(p)
        .await)
}

/// The newest message to an address (tests and the development mail view use it).
pub async fn latest_to(db: &Db, to_addr: &str) -> sqlx::Result<Option<OutboxMail>> {
    let sql = "SELECT id, to_addr, subject, body_text, body_html, list_unsubscribe, attempts FROM outbox WHERE to_addr = $1 ORDER BY id DESC LIMIT 1";
    on_pool!(db, |p| sqlx::query_as::<_, OutboxMail>(sql).bind(to_addr).fetch_optional(p).await)
}

/// Every message to an address, oldest first (tests count them).
pub async fn all_to(db: &Db, to_addr: &str) -> sqlx::Result<Vec<OutboxMail>> {
    let sql = "SELECT id, to_addr, subject, body_text, body_html, list_unsubscribe, attempts FROM outbox WHERE to_addr = $1 ORDER BY id";
    on_pool!(db, |p| sqlx::query_as::<_, OutboxMail>(sql).bind(to_addr).fetch_all(p).await)
}
