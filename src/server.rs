//! Starting the whole server: database, state, background workers and HTTP on a listener.
//! `main`, the tests and the benchmarks all start townhall through `launch`, so what is tested
//! is what runs.

use crate::config::Config;
use crate::mail::Mailer;
use crate::state::AppState;
use anyhow::Context;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A running server: its address, and the task that ends when it has stopped.
pub struct Running {
    pub addr: SocketAddr,
    pub task: JoinHandle<anyhow::Result<()>>,
}

/// Opens the database (migrating it), then serves as `launch_on` does.
pub async fn launch(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Running> {
    let db = crate::open_database(&config).await?;
    let running = launch_on(db.clone(), config, listener, shutdown).await?;
    let task = tokio::spawn(async move {
        let served = running.task.await;
        db.close().await;
        served.context("the server task failed")?
    });
    Ok(Running { addr: running.addr, task })
}

/// Starts the indexer, the mail worker (unless the configuration turns it off) and a janitor
/// for rate-limit memory on an open, migrated database, and serves HTTP on `listener` until
/// `shutdown` completes. The pool stays open for the caller (tests read from it too).
pub async fn launch_on(
    db: crate::db::Db,
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<Running> {
    let addr = listener.local_addr()?;
    let mailer = Arc::new(Mailer::from_config(&config)?);
    tracing::info!(%addr, database = db.backend_name(), transport = mailer.describe(), "townhall is listening");
    let state = AppState::new(db.clone(), config).await?;
    let mail_worker = state.config.mail_worker.then(|| {
        crate::mail::worker::spawn(db.clone(), mailer, state.mail_wake.clone(), state.config.base_url.clone())
    });
    let indexer = crate::search::indexer::spawn(db.clone(), state.search.clone(), state.search_wake.clone())
        .context("cannot start the search indexer")?;
    let limits = state.limits.clone();
    let janitor = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(300)).await;
            limits.shrink();
        }
    });
    let app = crate::app(state).into_make_service_with_connect_info::<SocketAddr>();
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
        if let Some(w) = mail_worker {
            w.abort();
        }
        indexer.abort();
        janitor.abort();
        served.context("the HTTP server failed")
    });
    Ok(Running { addr, task })
}
