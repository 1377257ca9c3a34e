//! A city's managed list of departments.

use super::{Db, Tx};
use crate::{on_pool, on_tx};

pub async fn list(db: &Db, city_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    let sql = "SELECT id, name FROM departments WHERE city_id = $1 ORDER BY name";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, String)>(sql).bind(city_id).fetch_all(p).await)
}

/// Adds a department; true when it was new.
pub async fn add(tx: &mut Tx, city_id: i64, name: &str, now: i64) -> sqlx::Result<bool> {
    let sql = "INSERT INTO departments (city_id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(city_id)
        .bind(name)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// Removes a department from the list (what already names it keeps the name); its name.
pub async fn remove(tx: &mut Tx, city_id: i64, id: i64) -> sqlx::Result<Option<String>> {
    let sql = "DELETE FROM departments WHERE city_id = $1 AND id = $2 RETURNING name";
    on_tx!(tx, |c| sqlx::query_scalar::<_, String>(sql).bind(city_id).bind(id).fetch_optional(c).await)
}
