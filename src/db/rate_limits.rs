//! Attempts counted across processes (PostgreSQL), for the shared rate limits.

use super::Db;
use crate::on_pool;

/// Counts an attempt in its window of `window` seconds and tells whether it is allowed: the
/// attempts of this window, plus those of the previous one weighed by how much of it the sliding
/// window still covers, may not exceed `limit`. One statement per attempt whatever the limit;
/// refused attempts count too, so persisting only keeps one refused.
pub async fn try_hit(db: &Db, action: &str, key: &str, now: i64, window: i64, limit: i64) -> sqlx::Result<bool> {
    let start = now - now.rem_euclid(window);
    let sql = "INSERT INTO rate_limit_windows (action, key, window_start, hits) VALUES ($1, $2, $3, 1)
               ON CONFLICT (action, key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
               RETURNING hits, COALESCE((SELECT p.hits FROM rate_limit_windows p
                   WHERE p.action = $1 AND p.key = $2 AND p.window_start = $3 - $4), 0)";
    let (current, previous): (i64, i64) =
        on_pool!(db, |p| sqlx::query_as(sql).bind(action).bind(key).bind(start).bind(window).fetch_one(p).await)?;
    Ok(allowed(current, previous, now - start, window, limit))
}

/// The sliding-window estimate: the previous window counts for the part still inside the window.
fn allowed(current: i64, previous: i64, elapsed: i64, window: i64, limit: i64) -> bool {
    let still_covered = (window - elapsed) as f64 / window as f64;
    current as f64 + previous as f64 * still_covered <= limit as f64
}

/// Forgets windows that started before `before`.
pub async fn forget_before(db: &Db, before: i64) -> sqlx::Result<()> {
    let sql = "DELETE FROM rate_limit_windows WHERE window_start < $1";
    on_pool!(db, |p| sqlx::query(sql).bind(before).execute(p).await.map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::allowed;

    #[test]
    fn the_previous_window_fades_out() {
        assert!(allowed(6, 0, 10, 60, 6) && !allowed(7, 0, 10, 60, 6));
        assert!(!allowed(1, 6, 0, 60, 6), "right after a full window, nothing more");
        assert!(allowed(3, 6, 30, 60, 6), "half-way, half of it still counts");
        assert!(!allowed(4, 6, 30, 60, 6));
        assert!(!allowed(6, 6, 59, 60, 6), "a sixtieth of the old window still counts");
        assert!(allowed(5, 6, 59, 60, 6));
    }
}
