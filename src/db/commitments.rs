use super::{Db, Tx};
use crate::domain::{Theme, Translated};
use crate::{on_pool, on_tx};
use std::collections::HashMap;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommitmentRow {
    pub id: i64,
    pub city_id: i64,
    pub ref_no: i64,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub department: String,
    pub baseline: String,
    pub target: String,
    pub due_date: Option<String>,
    pub kpis: String,
    pub status: String,
    pub progress: i64,
    pub last_update_at: Option<i64>,
    pub created_at: i64,
}

/// A commitment with its thematic areas and SDGs.
#[derive(Debug, Clone)]
pub struct Commitment {
    pub row: CommitmentRow,
    pub themes: Vec<String>,
    pub sdgs: Vec<i64>,
}

impl Commitment {
    pub fn title(&self) -> Translated {
        Translated::from_json(&self.row.title)
    }
    pub fn reference(&self) -> String {
        crate::domain::commitment_ref(self.row.ref_no)
    }
    pub fn kpis(&self) -> Vec<String> {
        serde_json::from_str(&self.row.kpis).unwrap_or_default()
    }
    /// Past its due date and neither completed nor cancelled.
    pub fn is_overdue(&self, today: &str) -> bool {
        matches!(&self.row.due_date, Some(d) if d.as_str() < today)
            && !matches!(self.row.status.as_str(), "completed" | "cancelled")
    }
}

const COLUMNS: &str = "c.id, c.city_id, c.ref_no, c.title, c.summary, c.body, c.department, c.baseline, \
     c.target, c.due_date, c.kpis, c.status, c.progress, c.last_update_at, c.created_at";

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub status: Option<String>,
    pub theme: Option<String>,
    pub sdg: Option<i64>,
}

pub async fn list(db: &Db, city_id: i64, filter: &Filter) -> sqlx::Result<Vec<Commitment>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM commitments c
         WHERE c.city_id = $1
           AND ($2 IS NULL OR c.status = $2)
           AND ($3 IS NULL OR EXISTS (SELECT 1 FROM commitment_themes t WHERE t.commitment_id = c.id AND t.theme = $3))
           AND ($4 IS NULL OR EXISTS (SELECT 1 FROM commitment_sdgs s WHERE s.commitment_id = c.id AND s.sdg = $4))
         ORDER BY c.ref_no"
    );
    let rows = on_pool!(db, |p| sqlx::query_as::<_, CommitmentRow>(&sql)
        .bind(city_id)
        .bind(filter.status.as_deref())
        .bind(filter.theme.as_deref())
        .bind(filter.sdg)
        .fetch_all(p)
        .await)?;
    attach_tags(db, TagScope::City(city_id), rows).await
}

pub async fn by_ref(db: &Db, city_id: i64, ref_no: i64) -> sqlx::Result<Option<Commitment>> {
    let sql = format!("SELECT {COLUMNS} FROM commitments c WHERE c.city_id = $1 AND c.ref_no = $2");
    let row =
        on_pool!(db, |p| sqlx::query_as::<_, CommitmentRow>(&sql).bind(city_id).bind(ref_no).fetch_optional(p).await)?;
    match row {
        Some(row) => Ok(attach_tags(db, TagScope::One(row.id), vec![row]).await?.pop()),
        None => Ok(None),
    }
}

/// The id of commitment `C-{ref_no}` of a city.
pub async fn id_by_ref(db: &Db, city_id: i64, ref_no: i64) -> sqlx::Result<Option<i64>> {
    let sql = "SELECT id FROM commitments WHERE city_id = $1 AND ref_no = $2";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(city_id).bind(ref_no).fetch_optional(p).await)
}

/// Commitments linked to a project.
pub async fn for_project(db: &Db, project_id: i64) -> sqlx::Result<Vec<CommitmentRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM commitments c JOIN project_commitments pc ON pc.commitment_id = c.id
         WHERE pc.project_id = $1 ORDER BY c.ref_no"
    );
    on_pool!(db, |p| sqlx::query_as::<_, CommitmentRow>(&sql).bind(project_id).fetch_all(p).await)
}

/// (status, count) for a city.
pub async fn status_counts(db: &Db, city_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = "SELECT status, COUNT(*) FROM commitments WHERE city_id = $1 GROUP BY status";
    on_pool!(db, |p| sqlx::query_as::<_, (String, i64)>(sql).bind(city_id).fetch_all(p).await)
}

/// Commitments of a city with a due date that are neither completed nor cancelled, soonest
/// due first: the overdue ones, then those due next (the city overview splits them at today).
pub async fn open_by_due_date(db: &Db, city_id: i64) -> sqlx::Result<Vec<CommitmentRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM commitments c
         WHERE c.city_id = $1 AND c.due_date IS NOT NULL AND c.due_date <> ''
           AND c.status NOT IN ('completed', 'cancelled')
         ORDER BY c.due_date, c.ref_no"
    );
    on_pool!(db, |p| sqlx::query_as::<_, CommitmentRow>(&sql).bind(city_id).fetch_all(p).await)
}

/// Whose tags to read: a whole city's (lists) or one commitment's (a single row).
enum TagScope {
    City(i64),
    One(i64),
}

async fn attach_tags(db: &Db, scope: TagScope, rows: Vec<CommitmentRow>) -> sqlx::Result<Vec<Commitment>> {
    let (filter, key) = match scope {
        TagScope::City(id) => ("c.city_id = $1", id),
        TagScope::One(id) => ("c.id = $1", id),
    };
    let theme_sql = format!(
        "SELECT t.commitment_id, t.theme FROM commitment_themes t JOIN commitments c ON c.id = t.commitment_id WHERE {filter}"
    );
    let sdg_sql = format!(
        "SELECT s.commitment_id, s.sdg FROM commitment_sdgs s JOIN commitments c ON c.id = s.commitment_id WHERE {filter}"
    );
    let themes = on_pool!(db, |p| sqlx::query_as::<_, (i64, String)>(&theme_sql).bind(key).fetch_all(p).await)?;
    let sdgs = on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(&sdg_sql).bind(key).fetch_all(p).await)?;
    let mut themes_by: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, theme) in themes {
        themes_by.entry(id).or_default().push(theme);
    }
    let mut sdgs_by: HashMap<i64, Vec<i64>> = HashMap::new();
    for (id, sdg) in sdgs {
        sdgs_by.entry(id).or_default().push(sdg);
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut themes = themes_by.remove(&row.id).unwrap_or_default();
            // Keep the SPEC's order of thematic areas, not alphabetical.
            themes.sort_by_key(|t| Theme::parse(t).map(|t| t as usize).unwrap_or(usize::MAX));
            let mut sdgs = sdgs_by.remove(&row.id).unwrap_or_default();
            sdgs.sort_unstable();
            Commitment { row, themes, sdgs }
        })
        .collect())
}

pub struct NewCommitment<'a> {
    pub city_id: i64,
    pub ref_no: i64,
    pub title: &'a Translated,
    pub summary: &'a Translated,
    pub body: &'a Translated,
    pub department: &'a str,
    pub baseline: &'a str,
    pub target: &'a str,
    pub due_date: Option<&'a str>,
    pub kpis: &'a [String],
    pub themes: &'a [Theme],
    pub sdgs: &'a [i64],
    pub created_at: i64,
}

/// Inserts a commitment: the row with its number, then its fields and tags as `update` writes
/// them (one list of columns for both).
pub async fn insert(tx: &mut Tx, c: &NewCommitment<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO commitments (city_id, ref_no, title, summary, body, department, baseline, target,
                   kpis, created_at)
               VALUES ($1, $2, '', '', '', '', '', '', '[]', $3) RETURNING id";
    let id = on_tx!(tx, |conn| sqlx::query_scalar::<_, i64>(sql)
        .bind(c.city_id)
        .bind(c.ref_no)
        .bind(c.created_at)
        .fetch_one(conn)
        .await)?;
    update(tx, id, c).await?;
    Ok(id)
}

/// The current status and progress are those of the latest update.
pub async fn set_current(tx: &mut Tx, id: i64, status: &str, progress: i64, at: i64) -> sqlx::Result<()> {
    let sql = "UPDATE commitments SET status = $1, progress = $2, last_update_at = $3 WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(sql).bind(status).bind(progress).bind(at).bind(id).execute(c).await.map(|_| ()))?;
    Ok(())
}

/// Replaces the descriptive fields of a commitment (status and progress change only through updates).
pub async fn update(tx: &mut Tx, id: i64, c: &NewCommitment<'_>) -> sqlx::Result<()> {
    let sql = "UPDATE commitments SET title = $1, summary = $2, body = $3, department = $4, baseline = $5,
                   target = $6, due_date = $7, kpis = $8 WHERE id = $9";
    let kpis = serde_json::to_string(c.kpis).expect("strings serialise");
    on_tx!(tx, |conn| sqlx::query(sql)
        .bind(c.title.to_json())
        .bind(c.summary.to_json())
        .bind(c.body.to_json())
        .bind(c.department)
        .bind(c.baseline)
        .bind(c.target)
        .bind(c.due_date)
        .bind(&kpis)
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |conn| sqlx::query("DELETE FROM commitment_themes WHERE commitment_id = $1")
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |conn| sqlx::query("DELETE FROM commitment_sdgs WHERE commitment_id = $1")
        .bind(id)
        .execute(conn)
        .await
        .map(|_| ()))?;
    for theme in c.themes {
        let sql = "INSERT INTO commitment_themes (commitment_id, theme) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        on_tx!(tx, |conn| sqlx::query(sql).bind(id).bind(theme.id()).execute(conn).await.map(|_| ()))?;
    }
    for sdg in c.sdgs {
        let sql = "INSERT INTO commitment_sdgs (commitment_id, sdg) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        on_tx!(tx, |conn| sqlx::query(sql).bind(id).bind(sdg).execute(conn).await.map(|_| ()))?;
    }
    Ok(())
}
