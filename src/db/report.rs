//! The transparency report's figures that stay in SQL: they concern few rows (staff updates,
//! hidden comments, flags), which the indexes below reach directly. Feedback figures over
//! what may be millions of visible comments are aggregated in the search index instead
//! (`search::report`).

use super::Db;
use crate::on_pool;

/// The period and filter a report covers: comments created in [from, to).
#[derive(Debug, Clone)]
pub struct Scope {
    pub city_id: i64,
    pub from: i64,
    pub to: i64,
    /// Only comments on commitments in this thematic area.
    pub theme: Option<String>,
}

/// The SQL condition selecting the scope's feedback (top-level or reply), aliased `c`.
fn feedback_where(first_param: usize) -> String {
    let (a, b, c, d) = (first_param, first_param + 1, first_param + 2, first_param + 3);
    format!(
        "c.city_id = ${a} AND c.created_at >= ${b} AND c.created_at < ${c} AND c.is_official = FALSE
         AND ($d IS NULL OR (c.target_type = 'commitment' AND EXISTS (
             SELECT 1 FROM commitment_themes t WHERE t.commitment_id = c.target_id AND t.theme = $d)))"
    )
    .replace("$d", &format!("${d}"))
}

macro_rules! scoped {
    ($q:expr, $s:expr) => {
        $q.bind($s.city_id).bind($s.from).bind($s.to).bind($s.theme.as_deref())
    };
}

/// Updates published in the period, per commitment (`None`: updates of projects).
pub async fn updates_by_commitment(db: &Db, s: &Scope) -> sqlx::Result<Vec<(Option<i64>, i64)>> {
    let sql = "SELECT commitment_id, COUNT(*) FROM updates WHERE city_id = $1 AND created_at >= $2 AND created_at < $3
               GROUP BY commitment_id";
    on_pool!(db, |p| sqlx::query_as::<_, (Option<i64>, i64)>(sql)
        .bind(s.city_id)
        .bind(s.from)
        .bind(s.to)
        .fetch_all(p)
        .await)
}

pub async fn hidden_by_reason(db: &Db, s: &Scope) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = format!(
        "SELECT COALESCE(c.hidden_reason, 'none'), COUNT(*) FROM comments c WHERE c.state = 'hidden' AND {}
         GROUP BY c.hidden_reason ORDER BY COUNT(*) DESC",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (String, i64)>(&sql), s).fetch_all(p).await)
}

/// (flags received in the period, of which handled).
pub async fn flags(db: &Db, s: &Scope) -> sqlx::Result<(i64, i64)> {
    let sql = "SELECT COUNT(*), COALESCE(SUM(CASE WHEN f.handled_at IS NOT NULL THEN 1 ELSE 0 END), 0)
               FROM flags f WHERE f.city_id = $1 AND f.created_at >= $2 AND f.created_at < $3";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(s.city_id).bind(s.from).bind(s.to).fetch_one(p).await)
}
