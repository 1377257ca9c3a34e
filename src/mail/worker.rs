//! Sends queued mail, retrying with backoff. Several processes may run a worker on one
//! database: each message is claimed before it is sent, and marked sent right after.

use super::Mailer;
use crate::db::{outbox, Db};
use crate::domain::now_ts;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How long a claimed message is reserved for the worker that claimed it.
const LEASE_SECONDS: i64 = 120;

/// Delay before attempt `n + 1`: 30 s, 1 min, 2 min … capped at one hour. Never given up:
/// an unreachable server delays mail, it does not lose it.
pub fn backoff(attempts: i64) -> i64 {
    (30i64 << attempts.clamp(0, 7)).min(3600)
}

/// Sends everything due now; returns how many were sent.
pub async fn run_once(db: &Db, mailer: &Mailer) -> anyhow::Result<usize> {
    let mut sent = 0;
    for id in outbox::due(db, now_ts(), 50).await? {
        let Some(mail) = outbox::claim(db, id, now_ts(), LEASE_SECONDS).await? else { continue };
        match mailer.send(&mail).await {
            Ok(()) => {
                outbox::mark_sent(db, mail.id, now_ts()).await?;
                sent += 1;
                tracing::info!(mail_id = mail.id, "mail sent");
            }
            Err(e) => {
                let next = now_ts() + backoff(mail.attempts);
                // Only the id and the transport error: never addresses or bodies in logs.
                tracing::warn!(mail_id = mail.id, attempts = mail.attempts + 1, error = %e, "mail not sent, will retry");
                outbox::mark_failed(db, mail.id, next, &e.to_string()).await?;
            }
        }
    }
    Ok(sent)
}

/// Runs until the process stops: wakes when notified of new mail, or every few seconds.
/// Daily digests are assembled here too, at most once a minute.
pub fn spawn(db: Db, mailer: Arc<Mailer>, wake: Arc<Notify>, base_url: String) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut last_digest = std::time::Instant::now() - Duration::from_secs(120);
        loop {
            if last_digest.elapsed() > Duration::from_secs(60) {
                last_digest = std::time::Instant::now();
                if let Err(e) = crate::services::notify::send_digests(&db, &base_url).await {
                    tracing::warn!(error = %e, "daily digests failed");
                }
            }
            if let Err(e) = crate::services::alerts::deliver_due(&db, &base_url, now_ts()).await {
                tracing::warn!(error = %e, "saved-search alerts failed");
            }
            if let Err(e) = run_once(&db, &mailer).await {
                tracing::warn!(error = %e, "mail worker could not read the outbox");
            }
            tokio::select! {
                _ = wake.notified() => {},
                _ = tokio::time::sleep(Duration::from_secs(3)) => {},
            }
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(super::backoff(0), 30);
        assert_eq!(super::backoff(1), 60);
        assert_eq!(super::backoff(20), 3600);
    }
}
