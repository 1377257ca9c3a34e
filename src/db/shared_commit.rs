//! Write use cases that arrive together commit together (group commit).
//!
//! Under load, comment posts spent most of their time holding SQLite's single write lock while
//! each statement of their transaction waited for an async worker among dozens of busy
//! requests, and every post paid its own `BEGIN` and `COMMIT` (and on PostgreSQL its own WAL
//! flush). Here one writer, on a thread of its own, takes every use case waiting, runs each in
//! a savepoint of one transaction and commits once: a use case that fails is rolled back to its
//! savepoint alone and gets its error; the others commit. A use case's result is handed back
//! only after the commit, so a caller never sees a write that could still be lost. Each use
//! case stays whole (its own rows, audit, outbox and change-log rows all inside its savepoint).

use super::{Db, Tx};
use crate::error::{AppError, AppResult};
use tokio::sync::{mpsc, oneshot};

/// A use case's future, borrowing the shared transaction.
pub type BoxFuture<'t, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 't>>;
/// Hands a committed use case's result to its caller.
type Deliver = Box<dyn FnOnce() + Send>;
/// A use case with its result channel: `None` when it failed (its error is already sent).
type Job = Box<dyn for<'t> FnOnce(&'t mut Tx) -> BoxFuture<'t, Option<Deliver>> + Send>;

/// The most use cases one transaction takes: enough to amortise the commit, small enough that
/// the first in line does not wait long for the last.
const BATCH: usize = 64;

/// Queue to the writer; cheap to clone. The writer stops when every handle is gone.
#[derive(Clone)]
pub struct SharedCommits {
    jobs: mpsc::UnboundedSender<Job>,
    db: Db,
}

impl SharedCommits {
    /// Starts the writer on its own thread, driving its futures with the current runtime's
    /// I/O and timers (so its database round trips never queue behind request handlers).
    pub fn start(db: Db) -> SharedCommits {
        let (jobs, receiver) = mpsc::unbounded_channel();
        let runtime = tokio::runtime::Handle::current();
        let writer_db = db.clone();
        std::thread::Builder::new()
            .name("th-writer".into())
            .spawn(move || runtime.block_on(write_batches(writer_db, receiver)))
            .expect("the writer thread starts");
        SharedCommits { jobs, db }
    }

    /// The database it writes to, for the reads a use case makes before writing.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Runs `use_case` in the next shared transaction and returns its result once committed.
    pub async fn run<T, F>(&self, use_case: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: for<'t> FnOnce(&'t mut Tx) -> BoxFuture<'t, AppResult<T>> + Send + 'static,
    {
        let (send, receive) = oneshot::channel();
        let job: Job = Box::new(move |tx| {
            Box::pin(async move {
                match use_case(tx).await {
                    Ok(value) => Some(Box::new(move || {
                        let _ = send.send(Ok(value));
                    }) as Deliver),
                    Err(e) => {
                        let _ = send.send(Err(e));
                        None
                    }
                }
            })
        });
        self.jobs.send(job).map_err(|_| AppError::Internal(anyhow::anyhow!("the writer has stopped")))?;
        receive.await.map_err(|_| AppError::Internal(anyhow::anyhow!("the shared transaction did not commit")))?
    }
}

async fn write_batches(db: Db, mut receiver: mpsc::UnboundedReceiver<Job>) {
    while let Some(first) = receiver.recv().await {
        let mut jobs = vec![first];
        while jobs.len() < BATCH {
            match receiver.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        // Dropping a job (or its delivery) tells its caller that nothing was committed.
        let Ok(mut tx) = db.begin().await else {
            tracing::warn!(use_cases = jobs.len(), "the shared transaction could not begin");
            continue;
        };
        let mut delivered = Vec::with_capacity(jobs.len());
        for job in jobs {
            if savepoint(&mut tx, "SAVEPOINT use_case").await.is_err() {
                continue;
            }
            match job(&mut tx).await {
                Some(deliver) => {
                    if savepoint(&mut tx, "RELEASE SAVEPOINT use_case").await.is_ok() {
                        delivered.push(deliver);
                    }
                }
                None => {
                    let _ = savepoint(&mut tx, "ROLLBACK TO SAVEPOINT use_case").await;
                    let _ = savepoint(&mut tx, "RELEASE SAVEPOINT use_case").await;
                }
            }
        }
        match tx.commit().await {
            Ok(()) => delivered.into_iter().for_each(|deliver| deliver()),
            Err(e) => tracing::warn!(error = %e, use_cases = delivered.len(), "the shared transaction did not commit"),
        }
    }
}

async fn savepoint(tx: &mut Tx, statement: &str) -> sqlx::Result<()> {
    crate::on_tx!(tx, |c| sqlx::query(statement).execute(c).await.map(|_| ()))
}
