use super::{Db, Tx};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Organisation {
    pub id: i64,
    pub city_id: i64,
    pub name: String,
    pub website: String,
    pub description: String,
    pub status: String,
    pub created_at: i64,
}

impl Organisation {
    pub fn is_verified(&self) -> bool {
        self.status == "verified"
    }
}

const COLUMNS: &str = "o.id, o.city_id, o.name, o.website, o.description, o.status, o.created_at";

pub async fn insert(
    db: &Db,
    city_id: i64,
    name: &str,
    website: &str,
    description: &str,
    requested_by: i64,
    now: i64,
) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    let id = insert_in(&mut tx, city_id, name, website, description, requested_by, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Who asked for the organisation's profile (None once their account is gone).
pub async fn requester(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    let sql = "SELECT requested_by FROM organisations WHERE id = $1";
    Ok(on_pool!(db, |p| sqlx::query_scalar::<_, Option<i64>>(sql).bind(id).fetch_optional(p).await)?.flatten())
}

/// `insert` inside a use case's transaction (the requester becomes its admin member).
pub async fn insert_in(
    tx: &mut Tx,
    city_id: i64,
    name: &str,
    website: &str,
    description: &str,
    requested_by: i64,
    now: i64,
) -> sqlx::Result<i64> {
    let sql = "INSERT INTO organisations (city_id, name, website, description, requested_by, created_at)
               VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
    let id = on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(city_id)
        .bind(name)
        .bind(website)
        .bind(description)
        .bind(requested_by)
        .bind(now)
        .fetch_one(c)
        .await)?;
    let sql = "INSERT INTO organisation_members (organisation_id, user_id, is_admin, added_at)
               VALUES ($1, $2, TRUE, $3) ON CONFLICT (organisation_id, user_id) DO NOTHING";
    on_tx!(tx, |c| sqlx::query(sql).bind(id).bind(requested_by).bind(now).execute(c).await.map(|_| ()))?;
    Ok(id)
}

pub async fn by_id(db: &Db, city_id: i64, id: i64) -> sqlx::Result<Option<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations o WHERE o.city_id = $1 AND o.id = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Organisation>(&sql).bind(city_id).bind(id).fetch_optional(p).await)
}

pub async fn for_city(db: &Db, city_id: i64) -> sqlx::Result<Vec<Organisation>> {
    let sql = format!("SELECT {COLUMNS} FROM organisations o WHERE o.city_id = $1 ORDER BY o.status DESC, o.name");
    on_pool!(db, |p| sqlx::query_as::<_, Organisation>(&sql).bind(city_id).fetch_all(p).await)
}

/// Organisations a person belongs to in a city, with whether they administer it.
pub async fn of_member(db: &Db, user_id: i64) -> sqlx::Result<Vec<(Organisation, bool)>> {
    let sql = format!(
        "SELECT {COLUMNS}, m.is_admin FROM organisations o JOIN organisation_members m ON m.organisation_id = o.id
         WHERE m.user_id = $1 ORDER BY o.name"
    );
    let rows = on_pool!(db, |p| sqlx::query_as::<_, MemberRow>(&sql).bind(user_id).fetch_all(p).await)?;
    Ok(rows.into_iter().map(|r| (r.org, r.is_admin)).collect())
}

#[derive(sqlx::FromRow)]
struct MemberRow {
    #[sqlx(flatten)]
    org: Organisation,
    is_admin: bool,
}

pub async fn set_status(db: &Db, id: i64, status: &str, verified_by: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE organisations SET status = $1, verified_by = $2, verified_at = $3 WHERE id = $4";
    on_pool!(db, |p| sqlx::query(sql).bind(status).bind(verified_by).bind(now).bind(id).execute(p).await.map(|_| ()))
}

/// `set_status` inside a use case's transaction.
pub async fn set_status_in(tx: &mut Tx, id: i64, status: &str, verified_by: i64, now: i64) -> sqlx::Result<()> {
    let sql = "UPDATE organisations SET status = $1, verified_by = $2, verified_at = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql).bind(status).bind(verified_by).bind(now).bind(id).execute(c).await.map(|_| ()))
}

pub async fn add_member(db: &Db, organisation_id: i64, user_id: i64, is_admin: bool, now: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO organisation_members (organisation_id, user_id, is_admin, added_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (organisation_id, user_id) DO NOTHING";
    on_pool!(db, |p| sqlx::query(sql)
        .bind(organisation_id)
        .bind(user_id)
        .bind(is_admin)
        .bind(now)
        .execute(p)
        .await
        .map(|_| ()))
}

/// Member names (display names only: addresses are private).
pub async fn member_names(db: &Db, organisation_id: i64) -> sqlx::Result<Vec<(String, bool)>> {
    let sql = "SELECT u.display_name, m.is_admin FROM organisation_members m JOIN users u ON u.id = m.user_id
               WHERE m.organisation_id = $1 ORDER BY u.display_name";
    on_pool!(db, |p| sqlx::query_as::<_, (String, bool)>(sql).bind(organisation_id).fetch_all(p).await)
}

pub async fn membership(db: &Db, organisation_id: i64, user_id: i64) -> sqlx::Result<Option<bool>> {
    let sql = "SELECT is_admin FROM organisation_members WHERE organisation_id = $1 AND user_id = $2";
    on_pool!(db, |p| sqlx::query_scalar::<_, bool>(sql).bind(organisation_id).bind(user_id).fetch_optional(p).await)
}

/// Invites a person (again: nothing changes when an invitation is already waiting).
pub async fn invite(tx: &mut Tx, organisation_id: i64, user_id: i64, invited_by: i64, now: i64) -> sqlx::Result<bool> {
    let sql = "INSERT INTO organisation_invitations (organisation_id, user_id, invited_by, created_at)
               VALUES ($1, $2, $3, $4) ON CONFLICT (organisation_id, user_id) DO NOTHING";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(organisation_id)
        .bind(user_id)
        .bind(invited_by)
        .bind(now)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

pub async fn is_invited(db: &Db, organisation_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let sql = "SELECT COUNT(*) FROM organisation_invitations WHERE organisation_id = $1 AND user_id = $2";
    let n = on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(organisation_id).bind(user_id).fetch_one(p).await)?;
    Ok(n > 0)
}

/// Removes a waiting invitation; true when there was one.
pub async fn take_invitation(tx: &mut Tx, organisation_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let sql = "DELETE FROM organisation_invitations WHERE organisation_id = $1 AND user_id = $2";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(organisation_id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// Makes the person a (non-admin) member.
pub async fn add_member_in(tx: &mut Tx, organisation_id: i64, user_id: i64, now: i64) -> sqlx::Result<()> {
    let sql =
        "INSERT INTO organisation_members (organisation_id, user_id, is_admin, added_at) VALUES ($1, $2, FALSE, $3)
               ON CONFLICT (organisation_id, user_id) DO NOTHING";
    on_tx!(tx, |c| sqlx::query(sql).bind(organisation_id).bind(user_id).bind(now).execute(c).await.map(|_| ()))
}

/// Ends a membership; true when the person was a member.
pub async fn remove_member(tx: &mut Tx, organisation_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let sql = "DELETE FROM organisation_members WHERE organisation_id = $1 AND user_id = $2";
    let n = on_tx!(tx, |c| sqlx::query(sql)
        .bind(organisation_id)
        .bind(user_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
    Ok(n > 0)
}

/// How many admins an organisation has (the last one may not leave).
pub async fn admin_count(db: &Db, organisation_id: i64) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM organisation_members WHERE organisation_id = $1 AND is_admin = TRUE";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(organisation_id).fetch_one(p).await)
}

/// The ids of an organisation's members.
pub async fn member_ids(db: &Db, organisation_id: i64) -> sqlx::Result<Vec<i64>> {
    let sql = "SELECT user_id FROM organisation_members WHERE organisation_id = $1 ORDER BY user_id";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(organisation_id).fetch_all(p).await)
}
