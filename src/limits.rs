//! Per-IP and per-account rate limits, answered with 429. On SQLite (one process) they are
//! governor's keyed GCRA limiters in memory; on PostgreSQL, where several processes may serve
//! one city behind one address, every process counts the same attempts in the database over a
//! sliding window, so two processes never double an attacker's budget.

use crate::config::Limits;
use crate::db::Db;
use crate::error::AppError;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;

#[derive(Debug, Clone, Copy)]
pub enum Action {
    LoginIp,
    LoginAccount,
    RegisterIp,
    ResetIp,
    ResetAccount,
    CommentIp,
    CommentAccount,
    FlagIp,
    FlagAccount,
}

pub struct RateLimits {
    limiters: Vec<DefaultKeyedRateLimiter<String>>,
    /// (attempts, window in seconds) per action, for the shared count.
    windows: Vec<(u32, i64)>,
    /// The database the processes share, when there is one (PostgreSQL).
    shared: Option<Db>,
}

/// The longest window: older attempts are forgotten.
const LONGEST_WINDOW: i64 = 3600;

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).expect("at least one"))
}

fn per_hour(n: u32) -> Quota {
    Quota::per_hour(NonZeroU32::new(n.max(1)).expect("at least one"))
}

impl RateLimits {
    /// Limits kept in this process (`shared` None) or counted in the shared PostgreSQL database.
    pub fn new(l: &Limits, db: &Db) -> Self {
        // Order matches `Action as usize`.
        let windows = [
            (l.login_per_ip_per_minute, 60),
            (l.login_per_account_per_minute, 60),
            (l.register_per_ip_per_hour, 3600),
            (l.reset_per_ip_per_hour, 3600),
            (l.reset_per_account_per_hour, 3600),
            (l.comment_per_ip_per_minute, 60),
            (l.comment_per_account_per_minute, 60),
            (l.flag_per_ip_per_minute, 60),
            (l.flag_per_account_per_minute, 60),
        ];
        let quota = |(n, window): (u32, i64)| if window == 60 { per_minute(n) } else { per_hour(n) };
        RateLimits {
            limiters: windows.iter().map(|w| RateLimiter::keyed(quota(*w))).collect(),
            windows: windows.to_vec(),
            shared: matches!(db, Db::Postgres(_)).then(|| db.clone()),
        }
    }

    pub async fn check(&self, action: Action, key: &str) -> Result<(), AppError> {
        let Some(db) = &self.shared else {
            return self.limiters[action as usize].check_key(&key.to_string()).map_err(|_| AppError::TooManyRequests);
        };
        let (limit, window) = self.windows[action as usize];
        let name = format!("{action:?}");
        let allowed =
            crate::db::rate_limits::try_hit(db, &name, key, crate::domain::now_ts(), window, limit.max(1) as i64)
                .await
                .map_err(|e| AppError::Internal(e.into()))?;
        if allowed {
            Ok(())
        } else {
            Err(AppError::TooManyRequests)
        }
    }

    /// Forgets keys that are back to full allowance, and shared attempts older than any
    /// window (called periodically).
    pub async fn shrink(&self) {
        for l in &self.limiters {
            l.retain_recent();
        }
        if let Some(db) = &self.shared {
            if let Err(e) =
                crate::db::rate_limits::forget_before(db, crate::domain::now_ts() - 2 * LONGEST_WINDOW).await
            {
                tracing::warn!(error = %e, "old rate-limit attempts could not be deleted");
            }
        }
    }
}
