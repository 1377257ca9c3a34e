//! Who follows what, notification preferences, and the daily digest queue.

use super::{Db, Tx};
use crate::{on_pool, on_tx};

pub async fn follow(db: &Db, user_id: i64, target_type: &str, target_id: i64, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO follows (user_id, target_type, target_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
    on_pool!(db, |p| sqlx::query(sql)
        .bind(user_id)
        .bind(target_type)
        .bind(target_id)
        .bind(now)
        .execute(p)
        .await
        .map(|_| ()))
}

pub async fn unfollow(db: &Db, user_id: i64, target_type: &str, target_id: i64) -> sqlx::Result<()> {
    let sql = "DELETE FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3";
    on_pool!(db, |p| sqlx::query(sql).bind(user_id).bind(target_type).bind(target_id).execute(p).await.map(|_| ()))
}

pub async fn is_following(db: &Db, user_id: i64, target_type: &str, target_id: i64) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM follows WHERE user_id = $1 AND target_type = $2 AND target_id = $3";
    let n = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(user_id)
        .bind(target_type)
        .bind(target_id)
        .fetch_one(p)
        .await)?;
    Ok(n > 0)
}

/// Someone to notify: (user id, email, display name, locale, notify mode, unsubscribe token).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub locale: String,
    pub notify_mode: String,
    pub unsubscribe_token: Option<String>,
}

pub async fn followers(tx: &mut Tx, target_type: &str, target_id: i64) -> sqlx::Result<Vec<Recipient>> {
    let sql = "SELECT u.id, u.email, u.display_name, u.locale, u.notify_mode, u.unsubscribe_token
               FROM follows f JOIN users u ON u.id = f.user_id
               WHERE f.target_type = $1 AND f.target_id = $2 AND u.email_verified_at IS NOT NULL";
    on_tx!(tx, |c| sqlx::query_as::<_, Recipient>(sql).bind(target_type).bind(target_id).fetch_all(c).await)
}

pub async fn recipient(tx: &mut Tx, user_id: i64) -> sqlx::Result<Option<Recipient>> {
    let sql = "SELECT id, email, display_name, locale, notify_mode, unsubscribe_token FROM users
               WHERE id = $1 AND email_verified_at IS NOT NULL";
    on_tx!(tx, |c| sqlx::query_as::<_, Recipient>(sql).bind(user_id).fetch_optional(c).await)
}

pub async fn set_unsubscribe_token(tx: &mut Tx, user_id: i64, token: &str) -> sqlx::Result<()> {
    let sql = "UPDATE users SET unsubscribe_token = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(sql).bind(token).bind(user_id).execute(c).await.map(|_| ()))
}

/// One click in a mail: stop all notifications for the holder of this token.
pub async fn unsubscribe(db: &Db, token: &str) -> sqlx::Result<bool> {
    let sql = "SELECT id FROM users WHERE unsubscribe_token = $1";
    let Some(id) = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(token).fetch_optional(p).await)? else {
        return Ok(false);
    };
    on_pool!(db, |p| sqlx::query("DELETE FROM follows WHERE user_id = $1").bind(id).execute(p).await.map(|_| ()))?;
    on_pool!(db, |p| sqlx::query("UPDATE users SET notify_mode = 'none' WHERE id = $1")
        .bind(id)
        .execute(p)
        .await
        .map(|_| ()))?;
    Ok(true)
}

/// One click in a follower's mail: stop following one item (other notifications go on).
pub async fn unfollow_by_token(db: &Db, token: &str, target_type: &str, target_id: i64) -> sqlx::Result<bool> {
    let sql = "SELECT id FROM users WHERE unsubscribe_token = $1";
    let Some(id) = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(token).fetch_optional(p).await)? else {
        return Ok(false);
    };
    unfollow(db, id, target_type, target_id).await?;
    Ok(true)
}

pub async fn set_notify_mode(db: &Db, user_id: i64, mode: &str) -> sqlx::Result<()> {
    on_pool!(db, |p| sqlx::query("UPDATE users SET notify_mode = $1 WHERE id = $2")
        .bind(mode)
        .bind(user_id)
        .execute(p)
        .await
        .map(|_| ()))
}

pub async fn notify_mode(db: &Db, user_id: i64) -> sqlx::Result<String> {
    on_pool!(db, |p| sqlx::query_scalar::<_, String>("SELECT notify_mode FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(p)
        .await)
}

pub async fn add_digest_item(tx: &mut Tx, user_id: i64, line: &str, link: &str, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO digest_items (user_id, line, link, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, |c| sqlx::query(sql).bind(user_id).bind(line).bind(link).bind(now).execute(c).await.map(|_| ()))
}

/// People with digest items older than `before`: their ids.
pub async fn digest_due(db: &Db, before: i64) -> sqlx::Result<Vec<i64>> {
    let sql = "SELECT DISTINCT user_id FROM digest_items WHERE created_at <= $1";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(before).fetch_all(p).await)
}

/// Takes (and removes) a person's digest items, in the caller's transaction.
pub async fn take_digest(tx: &mut Tx, user_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    let sql = "SELECT line, link FROM digest_items WHERE user_id = $1 ORDER BY id";
    let items = on_tx!(tx, |c| sqlx::query_as::<_, (String, String)>(sql).bind(user_id).fetch_all(c).await)?;
    on_tx!(tx, |c| sqlx::query("DELETE FROM digest_items WHERE user_id = $1")
        .bind(user_id)
        .execute(c)
        .await
        .map(|_| ()))?;
    Ok(items)
}

/// (target type, target id, since) of everything a person follows, newest first.
pub async fn of_user(db: &Db, user_id: i64) -> sqlx::Result<Vec<(String, i64, i64)>> {
    let sql = "SELECT target_type, target_id, created_at FROM follows WHERE user_id = $1 ORDER BY created_at DESC";
    crate::on_pool!(db, |p| sqlx::query_as::<_, (String, i64, i64)>(sql).bind(user_id).fetch_all(p).await)
}
