use super::{Db, Tx};
use crate::domain::Translated;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Project {
    pub id: i64,
    pub city_id: i64,
    pub ref_no: i64,
    pub title: String,
    pub body: String,
    pub status: String,
    pub progress: i64,
    pub budget_planned: i64,
    pub budget_spent: i64,
    pub currency: String,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub place_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub last_update_at: Option<i64>,
    pub created_at: i64,
}

impl Project {
    pub fn title(&self) -> Translated {
        Translated::from_json(&self.title)
    }
    /// Share of the planned budget already spent, in whole percent.
    pub fn spent_percent(&self) -> i64 {
        if self.budget_planned <= 0 {
            0
        } else {
            self.budget_spent.saturating_mul(100) / self.budget_planned
        }
    }
}

const COLUMNS: &str = "p.id, p.city_id, p.ref_no, p.title, p.body, p.status, p.progress, p.budget_planned, \
     p.budget_spent, p.currency, p.start_date, p.end_date, p.place_name, p.lat, p.lon, p.last_update_at, p.created_at";

pub async fn list(db: &Db, city_id: i64, status: Option<&str>) -> sqlx::Result<Vec<Project>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM projects p WHERE p.city_id = $1 AND ($2 IS NULL OR p.status = $2) ORDER BY p.ref_no"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Project>(&sql).bind(city_id).bind(status).fetch_all(p).await)
}

pub async fn by_ref(db: &Db, city_id: i64, ref_no: i64) -> sqlx::Result<Option<Project>> {
    let sql = format!("SELECT {COLUMNS} FROM projects p WHERE p.city_id = $1 AND p.ref_no = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Project>(&sql).bind(city_id).bind(ref_no).fetch_optional(p).await)
}

pub async fn for_commitment(db: &Db, commitment_id: i64) -> sqlx::Result<Vec<Project>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM projects p JOIN project_commitments pc ON pc.project_id = p.id
         WHERE pc.commitment_id = $1 ORDER BY p.ref_no"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Project>(&sql).bind(commitment_id).fetch_all(p).await)
}

pub struct NewProject<'a> {
    pub city_id: i64,
    pub ref_no: i64,
    pub title: &'a Translated,
    pub body: &'a Translated,
    pub budget_planned: i64,
    pub budget_spent: i64,
    pub currency: &'a str,
    pub start_date: Option<&'a str>,
    pub end_date: Option<&'a str>,
    pub place_name: Option<&'a str>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub commitment_ids: &'a [i64],
    pub created_at: i64,
}

/// Inserts a project: the row with its number, then its fields and links as `update` writes
/// them (one list of columns for both).
pub async fn insert(tx: &mut Tx, p: &NewProject<'_>) -> sqlx::Result<i64> {
    let sql =
        "INSERT INTO projects (city_id, ref_no, title, body, created_at) VALUES ($1, $2, '', '', $3) RETURNING id";
    let id = on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(p.city_id)
        .bind(p.ref_no)
        .bind(p.created_at)
        .fetch_one(c)
        .await)?;
    update(tx, id, p).await?;
    Ok(id)
}

/// (project id, commitment id) of every link in a city.
pub async fn commitment_links(db: &Db, city_id: i64) -> sqlx::Result<Vec<(i64, i64)>> {
    let sql = "SELECT pc.project_id, pc.commitment_id FROM project_commitments pc
               JOIN projects p ON p.id = pc.project_id WHERE p.city_id = $1";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(city_id).fetch_all(p).await)
}

pub async fn set_current(tx: &mut Tx, id: i64, status: &str, progress: i64, at: i64) -> sqlx::Result<()> {
    let sql = "UPDATE projects SET status = $1, progress = $2, last_update_at = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql).bind(status).bind(progress).bind(at).bind(id).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Replaces the descriptive fields and commitment links of a project.
pub async fn update(tx: &mut Tx, id: i64, p: &NewProject<'_>) -> sqlx::Result<()> {
    let sql = "UPDATE projects SET title = $1, body = $2, budget_planned = $3, budget_spent = $4, currency = $5,
                   start_date = $6, end_date = $7, place_name = $8, lat = $9, lon = $10 WHERE id = $11";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(p.title.to_json())
        .bind(p.body.to_json())
        .bind(p.budget_planned)
        .bind(p.budget_spent)
        .bind(p.currency)
        .bind(p.start_date)
        .bind(p.end_date)
        .bind(p.place_name)
        .bind(p.lat)
        .bind(p.lon)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query("DELETE FROM project_commitments WHERE project_id = $1")
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))?;
    for commitment_id in p.commitment_ids {
        let sql = "INSERT INTO project_commitments (project_id, commitment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        on_tx!(tx, |c| sqlx::query(sql).bind(id).bind(commitment_id).execute(c).await.map(|_| ()))?;
    }
    Ok(())
}
