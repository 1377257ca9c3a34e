//! Transparency-report figures, aggregated in SQL (portable between SQLite and PostgreSQL:
//! months are bucketed with CASE over boundaries computed in Rust, percentiles with
//! ORDER BY … LIMIT 1 OFFSET k), so no row is loaded into memory.

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

pub async fn commitment_statuses(db: &Db, city_id: i64) -> sqlx::Result<Vec<(String, i64, f64)>> {
    let sql = "SELECT status, COUNT(*), CAST(AVG(progress) AS DOUBLE PRECISION) FROM commitments WHERE city_id = $1 GROUP BY status ORDER BY status";
    on_pool!(db, |p| sqlx::query_as::<_, (String, i64, f64)>(sql).bind(city_id).fetch_all(p).await)
}

/// (overdue, stale) commitments: past due and not done; no update for 90 days and not done.
pub async fn overdue_and_stale(db: &Db, city_id: i64, today: &str, now: i64) -> sqlx::Result<(i64, i64)> {
    let sql = "SELECT
        COALESCE(SUM(CASE WHEN due_date IS NOT NULL AND due_date < $2 AND status NOT IN ('completed', 'cancelled') THEN 1 ELSE 0 END), 0),
        COALESCE(SUM(CASE WHEN (last_update_at IS NULL OR last_update_at < $3) AND status NOT IN ('completed', 'cancelled') THEN 1 ELSE 0 END), 0)
        FROM commitments WHERE city_id = $1";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql)
        .bind(city_id)
        .bind(today)
        .bind(now - 90 * 86_400)
        .fetch_one(p)
        .await)
}

pub async fn updates_in_period(db: &Db, s: &Scope) -> sqlx::Result<i64> {
    let sql = "SELECT COUNT(*) FROM updates WHERE city_id = $1 AND created_at >= $2 AND created_at < $3";
    on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).bind(s.city_id).bind(s.from).bind(s.to).fetch_one(p).await)
}

/// Visible feedback counted by one column (`stance`, `language`, `channel`).
pub async fn feedback_by(db: &Db, s: &Scope, column: &str) -> sqlx::Result<Vec<(String, i64)>> {
    let column = match column {
        "stance" => "c.stance",
        "language" => "c.language",
        _ => "c.channel",
    };
    let sql = format!(
        "SELECT COALESCE({column}, 'none'), COUNT(*) FROM comments c WHERE c.state = 'visible' AND {} GROUP BY {column} ORDER BY COUNT(*) DESC",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (String, i64)>(&sql), s).fetch_all(p).await)
}

/// Visible feedback on commitments, by the commitments' thematic areas.
pub async fn feedback_by_theme(db: &Db, s: &Scope) -> sqlx::Result<Vec<(String, i64)>> {
    let sql = format!(
        "SELECT t.theme, COUNT(*) FROM comments c JOIN commitment_themes t ON c.target_type = 'commitment' AND t.commitment_id = c.target_id
         WHERE c.state = 'visible' AND {} GROUP BY t.theme ORDER BY COUNT(*) DESC",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (String, i64)>(&sql), s).fetch_all(p).await)
}

/// Visible feedback per month; `bounds` are the month starts plus the end.
pub async fn feedback_per_month(db: &Db, s: &Scope, bounds: &[i64]) -> sqlx::Result<Vec<i64>> {
    if bounds.len() < 2 {
        return Ok(vec![]);
    }
    let cases: Vec<String> = bounds
        .windows(2)
        .map(|w| {
            format!(
                "COALESCE(SUM(CASE WHEN c.created_at >= {} AND c.created_at < {} THEN 1 ELSE 0 END), 0)",
                w[0], w[1]
            )
        })
        .collect();
    let sql =
        format!("SELECT {} FROM comments c WHERE c.state = 'visible' AND {}", cases.join(", "), feedback_where(1));
    use sqlx::Row;
    let months = bounds.len() - 1;
    on_pool!(db, |p| {
        let row = scoped!(sqlx::query(&sql), s).fetch_one(p).await?;
        Ok((0..months).map(|i| row.try_get::<i64, _>(i).unwrap_or(0)).collect())
    })
}

/// (comments, distinct participants, organisations taking part).
pub async fn participation(db: &Db, s: &Scope) -> sqlx::Result<(i64, i64, i64)> {
    let sql = format!(
        "SELECT COUNT(*), COUNT(DISTINCT COALESCE(CAST(c.author_id AS TEXT), 'offline:' || c.offline_name, 'c' || CAST(c.id AS TEXT))),
                COUNT(DISTINCT c.organisation_id)
         FROM comments c WHERE c.state = 'visible' AND {}",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (i64, i64, i64)>(&sql), s).fetch_one(p).await)
}

/// The most-discussed items: (target type, target id, comments).
pub async fn most_discussed(db: &Db, s: &Scope, limit: i64) -> sqlx::Result<Vec<(String, i64, i64)>> {
    let sql = format!(
        "SELECT c.target_type, c.target_id, COUNT(*) FROM comments c WHERE c.state = 'visible' AND {}
         GROUP BY c.target_type, c.target_id ORDER BY COUNT(*) DESC, c.target_id LIMIT $5",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (String, i64, i64)>(&sql), s).bind(limit).fetch_all(p).await)
}

/// (top-level comments, of which with an official response).
pub async fn response_rate(db: &Db, s: &Scope) -> sqlx::Result<(i64, i64)> {
    let sql = format!(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN c.responded_at IS NOT NULL THEN 1 ELSE 0 END), 0)
         FROM comments c WHERE c.state = 'visible' AND c.parent_id IS NULL AND {}",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (i64, i64)>(&sql), s).fetch_one(p).await)
}

/// The response time (seconds) at quantile `q` among responded top-level comments.
pub async fn response_time_quantile(db: &Db, s: &Scope, responded: i64, q: f64) -> sqlx::Result<Option<i64>> {
    if responded == 0 {
        return Ok(None);
    }
    // Nearest-rank percentile: the ceil(q·n)-th smallest value.
    let k = ((q * responded as f64).ceil() as i64).clamp(1, responded) - 1;
    let sql = format!(
        "SELECT c.responded_at - c.created_at AS d FROM comments c
         WHERE c.state = 'visible' AND c.parent_id IS NULL AND c.responded_at IS NOT NULL AND {}
         ORDER BY d LIMIT 1 OFFSET $5",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_scalar::<_, i64>(&sql), s).bind(k).fetch_optional(p).await)
}

/// Per responsible department (of the commitment commented on): (department, comments, responded, average seconds).
pub async fn response_by_department(db: &Db, s: &Scope) -> sqlx::Result<Vec<(String, i64, i64, Option<f64>)>> {
    let sql = format!(
        "SELECT m.department, COUNT(*), COALESCE(SUM(CASE WHEN c.responded_at IS NOT NULL THEN 1 ELSE 0 END), 0),
                CAST(AVG(c.responded_at - c.created_at) AS DOUBLE PRECISION)
         FROM comments c JOIN commitments m ON c.target_type = 'commitment' AND m.id = c.target_id
         WHERE c.state = 'visible' AND c.parent_id IS NULL AND {}
         GROUP BY m.department ORDER BY m.department",
        feedback_where(1)
    );
    on_pool!(db, |p| scoped!(sqlx::query_as::<_, (String, i64, i64, Option<f64>)>(&sql), s).fetch_all(p).await)
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
               FROM flags f JOIN comments c ON c.id = f.comment_id
               WHERE c.city_id = $1 AND f.created_at >= $2 AND f.created_at < $3";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(s.city_id).bind(s.from).bind(s.to).fetch_one(p).await)
}
