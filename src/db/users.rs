//! People, their sessions, their single-use tokens and failed-login counters.

use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub locale: String,
    pub email_verified_at: Option<i64>,
    pub is_site_admin: bool,
    pub created_at: i64,
}

const COLUMNS: &str = "id, email, display_name, password_hash, locale, email_verified_at, is_site_admin, created_at";

pub async fn insert(
    tx: &mut Tx,
    email: &str,
    display_name: &str,
    password_hash: &str,
    locale: &str,
    now: i64,
) -> sqlx::Result<i64> {
    let sql = "INSERT INTO users (email, display_name, password_hash, locale, created_at)
               VALUES ($1, $2, $3, $4, $5) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(email)
        .bind(display_name)
        .bind(password_hash)
        .bind(locale)
        .bind(now)
        .fetch_one(c)
        .await)
}

pub async fn by_email(db: &Db, email: &str) -> sqlx::Result<Option<User>> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE email = $1");
    on_pool!(db, |p| sqlx::query_as::<_, User>(&sql).bind(email).fetch_optional(p).await)
}

pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<User>> {
    let sql = format!("SELECT {COLUMNS} FROM users WHERE id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, User>(&sql).bind(id).fetch_optional(p).await)
}

pub async fn set_profile(
    tx: &mut Tx,
    id: i64,
    display_name: &str,
    locale: &str,
    notify_mode: &str,
) -> sqlx::Result<()> {
    let sql = "UPDATE users SET display_name = $1, locale = $2, notify_mode = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(display_name)
        .bind(locale)
        .bind(notify_mode)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))
}

pub async fn set_password(tx: &mut Tx, id: i64, password_hash: &str) -> sqlx::Result<()> {
    let sql = "UPDATE users SET password_hash = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(sql).bind(password_hash).bind(id).execute(c).await.map(|_| ()))
}

pub async fn mark_verified(tx: &mut Tx, id: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL";
    on_tx!(tx, |c| sqlx::query(sql).bind(now).bind(id).execute(c).await.map(|_| ()))
}

pub async fn set_site_admin(db: &Db, id: i64) -> sqlx::Result<()> {
    let sql =
        "UPDATE users SET is_site_admin = TRUE, email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2";
    on_pool!(db, |p| sqlx::query(sql).bind(crate::domain::now_ts()).bind(id).execute(p).await.map(|_| ()))
}

/// Deletes the person; sessions, tokens, roles, memberships and queued mail go with them
/// (ON DELETE CASCADE), audit entries keep the action with no actor.
pub async fn delete(tx: &mut Tx, id: i64) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM users WHERE id = $1").bind(id).execute(c).await.map(|_| ()))
}

// --- sessions ---

pub async fn insert_session(db: &Db, token_hash: &str, user_id: i64, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)";
    on_pool!(db, |p| sqlx::query(sql).bind(token_hash).bind(user_id).bind(now).execute(p).await.map(|_| ()))
}

/// What a signed-in person is besides a resident, read with their session: most people are
/// plain residents, and knowing it spares a query for their roles and organisations.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct Standing {
    /// Holds a role in some city.
    pub holds_role: bool,
    /// Belongs to an organisation.
    pub in_organisation: bool,
    /// Was invited into an organisation.
    pub invited: bool,
}

/// The user of a live session (seen within `idle` seconds and younger than `max_age`), when it
/// was last seen, and their standing.
pub async fn session_user(
    db: &Db,
    token_hash: &str,
    now: i64,
    idle: i64,
    max_age: i64,
) -> sqlx::Result<Option<(User, i64, Standing)>> {
    let sql = "SELECT u.id, u.email, u.display_name, u.password_hash, u.locale, u.email_verified_at,
                      u.is_site_admin, u.created_at, s.last_seen_at,
                      EXISTS (SELECT 1 FROM roles r WHERE r.user_id = u.id) AS holds_role,
                      EXISTS (SELECT 1 FROM organisation_members m WHERE m.user_id = u.id) AS in_organisation,
                      EXISTS (SELECT 1 FROM organisation_invitations i WHERE i.user_id = u.id) AS invited
               FROM sessions s JOIN users u ON u.id = s.user_id
               WHERE s.token_hash = $1 AND s.last_seen_at > $2 AND s.created_at > $3";
    let row = on_pool!(db, |p| sqlx::query_as::<_, SessionRow>(sql)
        .bind(token_hash)
        .bind(now - idle)
        .bind(now - max_age)
        .fetch_optional(p)
        .await)?;
    Ok(row.map(|r| (r.user, r.last_seen_at, r.standing)))
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    #[sqlx(flatten)]
    user: User,
    last_seen_at: i64,
    #[sqlx(flatten)]
    standing: Standing,
}

pub async fn touch_session(db: &Db, token_hash: &str, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2";
    on_pool!(db, |p| sqlx::query(sql).bind(now).bind(token_hash).execute(p).await.map(|_| ()))
}

pub async fn delete_session(db: &Db, token_hash: &str) -> sqlx::Result<()> {
    on_pool!(db, |p| sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(p)
        .await
        .map(|_| ()))
}

/// Logs a person out everywhere (after a password change or reset).
pub async fn delete_sessions_of(tx: &mut Tx, user_id: i64) -> sqlx::Result<()> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(c).await.map(|_| ()))
}

pub async fn count_sessions_of(db: &Db, user_id: i64) -> sqlx::Result<i64> {
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(p)
        .await)
}

// --- single-use tokens ---

pub async fn insert_token(
    tx: &mut Tx,
    token_hash: &str,
    user_id: i64,
    purpose: &str,
    expires_at: i64,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO user_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(token_hash)
        .bind(user_id)
        .bind(purpose)
        .bind(expires_at)
        .execute(c)
        .await
        .map(|_| ()))
}

/// Marks a valid token used and returns its user; `None` when unknown, expired, used or for another purpose.
/// The conditional UPDATE makes a token single-use even under concurrent requests.
pub async fn consume_token(tx: &mut Tx, token_hash: &str, purpose: &str, now: i64) -> sqlx::Result<Option<i64>> {
    let sql = "UPDATE user_tokens SET used_at = $1
               WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
               RETURNING user_id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql).bind(now).bind(token_hash).bind(purpose).fetch_optional(c).await)
}

/// Whether a token is still usable, without using it (to show the reset form only for live links).
pub async fn token_is_live(db: &Db, token_hash: &str, purpose: &str, now: i64) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM user_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3";
    let n = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql)
        .bind(token_hash)
        .bind(purpose)
        .bind(now)
        .fetch_one(p)
        .await)?;
    Ok(n > 0)
}

// --- failed logins ---

/// (failures, locked_until) for an address.
pub async fn login_failures(db: &Db, email: &str) -> sqlx::Result<(i64, i64)> {
    let sql = "SELECT failures, locked_until FROM login_failures WHERE email = $1";
    let row = on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(email).fetch_optional(p).await)?;
    Ok(row.unwrap_or((0, 0)))
}

pub async fn record_login_failure(db: &Db, email: &str, failures: i64, locked_until: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO login_failures (email, failures, locked_until) VALUES ($1, $2, $3)
               ON CONFLICT (email) DO UPDATE SET failures = $2, locked_until = $3";
    on_pool!(db, |p| sqlx::query(sql).bind(email).bind(failures).bind(locked_until).execute(p).await.map(|_| ()))
}

pub async fn clear_login_failures(db: &Db, email: &str) -> sqlx::Result<()> {
    on_pool!(db, |p| sqlx::query("DELETE FROM login_failures WHERE email = $1")
        .bind(email)
        .execute(p)
        .await
        .map(|_| ()))
}
