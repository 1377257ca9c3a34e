//! Write use cases that arrive together commit together (group commit).
//!
//! Under load, comment posts spent most of their time holding SQLite's single write lock while
//! each statement of their transaction waited for an async worker among dozens of busy
//! requests, and every post paid its own `BEGIN` and `COMMIT` (and on PostgreSQL its own WAL
//! flush). Here a writer, on a thread of its own, takes every use case waiting, runs them one
//! after another in one transaction and commits once. Each use case stays whole (its own rows,
//! audit, outbox and change-log rows), and its result is handed back only after the commit, so
//! a caller never sees a write that could still be lost.
//!
//! A use case that fails makes the writer roll the whole batch back and run each of its use
//! cases again in a transaction of its own: the failing one gets its error, the others commit.
//! Failures are rare (the checks run before a use case is queued), so no use case pays for a
//! savepoint round trip. SQLite has one writer (it has one write lock); PostgreSQL, where
//! writers do not wait for one another, has several, since one writer is bound by the time of
//! its round trips to the database, not by the database.

use super::{Db, Tx};
use crate::error::{AppError, AppResult};
use tokio::sync::{mpsc, oneshot};

/// A use case's future, borrowing the shared transaction.
pub type BoxFuture<'t, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 't>>;

/// A queued use case, its last result kept until the transaction it ran in is over.
trait Queued: Send {
    /// Runs the use case in `tx`; false if it failed.
    fn run<'t>(&'t mut self, tx: &'t mut Tx) -> BoxFuture<'t, bool>;
    /// Hands its result to the caller (a value only once committed).
    fn deliver(self: Box<Self>);
}

struct UseCase<T, F> {
    run: F,
    result: Option<AppResult<T>>,
    send: oneshot::Sender<AppResult<T>>,
}

impl<T, F> Queued for UseCase<T, F>
where
    T: Send + 'static,
    F: for<'t> Fn(&'t mut Tx) -> BoxFuture<'t, AppResult<T>> + Send + 'static,
{
    fn run<'t>(&'t mut self, tx: &'t mut Tx) -> BoxFuture<'t, bool> {
        Box::pin(async move {
            let result = (self.run)(tx).await;
            let ok = result.is_ok();
            self.result = Some(result);
            ok
        })
    }

    fn deliver(self: Box<Self>) {
        if let Some(result) = self.result {
            let _ = self.send.send(result);
        }
    }
}

type Job = Box<dyn Queued>;

/// The most use cases one transaction takes: enough to amortise the commit, small enough that
/// the first in line does not wait long for the last.
const BATCH: usize = 64;

/// Writers on PostgreSQL: enough to keep the database busy while each waits on its round trips.
const POSTGRES_WRITERS: usize = 4;

/// Queue to the writers; cheap to clone. The writers stop when every handle is gone.
#[derive(Clone)]
pub struct SharedCommits {
    jobs: mpsc::UnboundedSender<Job>,
    db: Db,
}

impl SharedCommits {
    /// Starts the writers on a thread of their own, driving their futures with the current
    /// runtime's I/O and timers (so their database round trips never queue behind request
    /// handlers).
    pub fn start(db: Db) -> SharedCommits {
        let (jobs, receiver) = mpsc::unbounded_channel();
        let runtime = tokio::runtime::Handle::current();
        let writers = match db {
            Db::Sqlite(_) => 1,
            Db::Postgres(_) => POSTGRES_WRITERS,
        };
        let writer_db = db.separate_pool(writers as u32);
        std::thread::Builder::new()
            .name("th-writer".into())
            .spawn(move || {
                let receiver = std::sync::Arc::new(tokio::sync::Mutex::new(receiver));
                let local = tokio::task::LocalSet::new();
                for _ in 0..writers {
                    local.spawn_local(write_batches(writer_db.clone(), receiver.clone()));
                }
                runtime.block_on(local)
            })
            .expect("the writer thread starts");
        SharedCommits { jobs, db }
    }

    /// The database it writes to, for the reads a use case makes before writing.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Runs `use_case` in a shared transaction and returns its result once committed. The use
    /// case may run more than once (after a batch is rolled back), so it must only write
    /// through the transaction it is given.
    pub async fn run<T, F>(&self, use_case: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: for<'t> Fn(&'t mut Tx) -> BoxFuture<'t, AppResult<T>> + Send + 'static,
    {
        let (send, receive) = oneshot::channel();
        let job: Job = Box::new(UseCase { run: use_case, result: None, send });
        self.jobs.send(job).map_err(|_| AppError::Internal(anyhow::anyhow!("the writer has stopped")))?;
        receive.await.map_err(|_| AppError::Internal(anyhow::anyhow!("the shared transaction did not commit")))?
    }
}

type Receiver = std::sync::Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<Job>>>;

async fn write_batches(db: Db, receiver: Receiver) {
    loop {
        let mut jobs = {
            let mut receiver = receiver.lock().await;
            let Some(first) = receiver.recv().await else { return };
            let mut jobs = vec![first];
            while jobs.len() < BATCH {
                match receiver.try_recv() {
                    Ok(job) => jobs.push(job),
                    Err(_) => break,
                }
            }
            jobs
        };
        // Dropping a job tells its caller that nothing was committed.
        let Ok(mut tx) = db.begin().await else {
            tracing::warn!(use_cases = jobs.len(), "the shared transaction could not begin");
            continue;
        };
        let mut all_ran = true;
        for job in jobs.iter_mut() {
            if !job.run(&mut tx).await {
                all_ran = false;
                break;
            }
        }
        if all_ran {
            match tx.commit().await {
                Ok(()) => jobs.into_iter().for_each(|job| job.deliver()),
                Err(e) => tracing::warn!(error = %e, use_cases = jobs.len(), "the shared transaction did not commit"),
            }
            continue;
        }
        let _ = tx.rollback().await;
        // One at a time: each commits, or gets its own error.
        for mut job in jobs {
            let Ok(mut tx) = db.begin().await else { continue };
            if job.run(&mut tx).await {
                if tx.commit().await.is_ok() {
                    job.deliver();
                }
            } else {
                let _ = tx.rollback().await;
                job.deliver();
            }
        }
    }
}
