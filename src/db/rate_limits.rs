//! Attempts counted across processes (PostgreSQL), for the shared rate limits.

use super::Db;
use crate::on_pool;

/// Records an attempt unless `limit` attempts were already made within `window` seconds before
/// `now`; true when it was allowed (and recorded). One statement, so two processes cannot both
/// take the last place unnoticed for long.
pub async fn try_hit(db: &Db, action: &str, key: &str, now: i64, window: i64, limit: i64) -> sqlx::Result<bool> {
    let sql = "INSERT INTO rate_limit_hits (action, key, at)
               SELECT $1, $2, $3 WHERE (SELECT COUNT(*) FROM rate_limit_hits
                                        WHERE action = $1 AND key = $2 AND at > $3 - $4) < $5
               RETURNING at";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(action)
        .bind(key)
        .bind(now)
        .bind(window)
        .bind(limit)
        .fetch_optional(p)
        .await
        .map(|row| row.is_some()))
}

/// Forgets attempts older than `before`.
pub async fn forget_before(db: &Db, before: i64) -> sqlx::Result<()> {
    on_pool!(db, |p| sqlx::query("DELETE FROM rate_limit_hits WHERE at < $1").bind(before).execute(p).await.map(|_| ()))
}
