use super::{Db, Tx};
use crate::domain::accounts::Role;
use crate::{on_pool, on_tx};

pub async fn for_user_in_city(db: &Db, user_id: i64, city_id: i64) -> sqlx::Result<Vec<Role>> {
    let sql = "SELECT role FROM roles WHERE user_id = $1 AND city_id = $2";
    let rows = on_pool!(db, |p| sqlx::query_scalar::<_, String>(sql).bind(user_id).bind(city_id).fetch_all(p).await)?;
    Ok(rows.iter().filter_map(|r| Role::parse(r)).collect())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleHolder {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub granted_at: i64,
}

pub async fn holders(db: &Db, city_id: i64) -> sqlx::Result<Vec<RoleHolder>> {
    let sql = "SELECT r.user_id, u.email, u.display_name, r.role, r.granted_at
               FROM roles r JOIN users u ON u.id = r.user_id WHERE r.city_id = $1 ORDER BY u.email, r.role";
    on_pool!(db, |p| sqlx::query_as::<_, RoleHolder>(sql).bind(city_id).fetch_all(p).await)
}

/// Every (city slug, role) a person holds, for their data export.
pub async fn all_for_user(db: &Db, user_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    let sql =
        "SELECT c.slug, r.role FROM roles r JOIN cities c ON c.id = r.city_id WHERE r.user_id = $1 ORDER BY c.slug";
    on_pool!(db, |p| sqlx::query_as::<_, (String, String)>(sql).bind(user_id).fetch_all(p).await)
}

pub async fn grant(db: &Db, user_id: i64, city_id: i64, role: Role, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO roles (user_id, city_id, role, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
    on_pool!(db, |p| sqlx::query(sql)
        .bind(user_id)
        .bind(city_id)
        .bind(role.id())
        .bind(now)
        .execute(p)
        .await
        .map(|_| ()))
}

pub async fn revoke(db: &Db, user_id: i64, city_id: i64, role: Role) -> sqlx::Result<bool> {
    let sql = "DELETE FROM roles WHERE user_id = $1 AND city_id = $2 AND role = $3";
    let r = on_pool!(db, |p| sqlx::query(sql)
        .bind(user_id)
        .bind(city_id)
        .bind(role.id())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(r > 0)
}

/// `grant` inside a use case's transaction.
pub async fn grant_in(tx: &mut Tx, user_id: i64, city_id: i64, role: Role, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO roles (user_id, city_id, role, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
    on_tx!(tx, |c| sqlx::query(sql).bind(user_id).bind(city_id).bind(role.id()).bind(now).execute(c).await.map(|_| ()))
}

/// `revoke` inside a use case's transaction; true when the person held the role.
pub async fn revoke_in(tx: &mut Tx, user_id: i64, city_id: i64, role: Role) -> sqlx::Result<bool> {
    let sql = "DELETE FROM roles WHERE user_id = $1 AND city_id = $2 AND role = $3";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(user_id)
        .bind(city_id)
        .bind(role.id())
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}
