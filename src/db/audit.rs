use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub actor: Option<String>,
    pub action: String,
    pub subject: String,
    pub created_at: i64,
}

/// Records a staff or admin action in the transaction of the action itself, so that the two
/// commit together. `subject` names what was acted on (e.g. `C-3`, a person's address);
/// `actor_id` is None for the command line.
pub async fn record(
    tx: &mut Tx,
    city_id: Option<i64>,
    actor_id: Option<i64>,
    action: &str,
    subject: &str,
) -> sqlx::Result<()> {
    let sql = "INSERT INTO audit_log (city_id, actor_id, action, subject, created_at) VALUES ($1, $2, $3, $4, $5)";
    on_tx!(tx, |p| sqlx::query(sql)
        .bind(city_id)
        .bind(actor_id)
        .bind(action)
        .bind(subject)
        .bind(crate::domain::now_ts())
        .execute(p)
        .await
        .map(|_| ()))?;
    // Staff actions are few and may show anywhere on the city's pages: each one drops them all
    // from the page cache (a city-less action, such as a new site admin, drops every page).
    match city_id {
        Some(id) => super::changes::record(tx, "city", id, "upsert").await,
        None => super::changes::record(tx, "site", 0, "upsert").await,
    }
}

/// Which entries of a city's log to show.
#[derive(Default)]
pub struct AuditFilter {
    pub actor_id: Option<i64>,
    /// An action (`comment.hide`) matches itself and its detailed forms (`comment.hide.spam`).
    pub action: Option<String>,
    /// UTC seconds, inclusive start and exclusive end.
    pub from: Option<i64>,
    pub until: Option<i64>,
}

pub async fn for_city(db: &Db, city_id: i64, filter: &AuditFilter, limit: i64) -> sqlx::Result<Vec<AuditEntry>> {
    let sql = "SELECT a.id, u.display_name AS actor, a.action, a.subject, a.created_at
               FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
               WHERE a.city_id = $1
                 AND ($2 IS NULL OR a.actor_id = $2)
                 AND ($3 IS NULL OR a.action = $3 OR a.action LIKE $4)
                 AND ($5 IS NULL OR a.created_at >= $5)
                 AND ($6 IS NULL OR a.created_at < $6)
               ORDER BY a.id DESC LIMIT $7";
    let prefix = filter.action.as_ref().map(|a| format!("{a}.%"));
    on_pool!(db, |p| sqlx::query_as::<_, AuditEntry>(sql)
        .bind(city_id)
        .bind(filter.actor_id)
        .bind(filter.action.as_deref())
        .bind(prefix.as_deref())
        .bind(filter.from)
        .bind(filter.until)
        .bind(limit)
        .fetch_all(p)
        .await)
}

/// (id, display name) of everyone who acted in a city, for the filter.
pub async fn actors(db: &Db, city_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    let sql = "SELECT DISTINCT u.id, u.display_name FROM audit_log a JOIN users u ON u.id = a.actor_id
               WHERE a.city_id = $1 ORDER BY u.display_name";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, String)>(sql).bind(city_id).fetch_all(p).await)
}

/// (action, subject, created_at) done by one person, for their data export.
pub async fn by_actor(db: &Db, user_id: i64) -> sqlx::Result<Vec<(String, String, i64)>> {
    let sql = "SELECT action, subject, created_at FROM audit_log WHERE actor_id = $1 ORDER BY id";
    on_pool!(db, |p| sqlx::query_as::<_, (String, String, i64)>(sql).bind(user_id).fetch_all(p).await)
}
