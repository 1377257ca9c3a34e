//! Per-IP and per-account rate limits (governor's keyed GCRA limiters), answered with 429.
//! Limits are per process; behind a load balancer each process allows its share.

use crate::config::Limits;
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
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).expect("at least one"))
}

fn per_hour(n: u32) -> Quota {
    Quota::per_hour(NonZeroU32::new(n.max(1)).expect("at least one"))
}

impl RateLimits {
    pub fn new(l: &Limits) -> Self {
        // Order matches `Action as usize`.
        let quotas = [
            per_minute(l.login_per_ip_per_minute),
            per_minute(l.login_per_account_per_minute),
            per_hour(l.register_per_ip_per_hour),
            per_hour(l.reset_per_ip_per_hour),
            per_hour(l.reset_per_account_per_hour),
            per_minute(l.comment_per_ip_per_minute),
            per_minute(l.comment_per_account_per_minute),
            per_minute(l.flag_per_ip_per_minute),
            per_minute(l.flag_per_account_per_minute),
        ];
        RateLimits { limiters: quotas.into_iter().map(RateLimiter::keyed).collect() }
    }

    pub fn check(&self, action: Action, key: &str) -> Result<(), AppError> {
        self.limiters[action as usize].check_key(&key.to_string()).map_err(|_| AppError::TooManyRequests)
    }

    /// Forgets keys that are back to full allowance (called periodically).
    pub fn shrink(&self) {
        for l in &self.limiters {
            l.retain_recent();
        }
    }
}
