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
            limits.shrink().await;
        }
    });
    let timeouts = Timeouts {
        header_read: Duration::from_secs(state.config.header_read_timeout_secs.max(1)),
        idle: Duration::from_secs(state.config.idle_timeout_secs.max(1)),
    };
    let app = crate::app(state);
    let task = tokio::spawn(async move {
        let served = serve(listener, app, timeouts, shutdown).await;
        if let Some(w) = mail_worker {
            w.abort();
        }
        indexer.abort();
        janitor.abort();
        served.context("the HTTP server failed")
    });
    Ok(Running { addr, task })
}

/// How long a client may take: to send a request's headers (slow-loris connections are
/// closed), and to stay silent on a connection.
#[derive(Clone, Copy)]
struct Timeouts {
    header_read: Duration,
    idle: Duration,
}

/// HTTP/1.1 on `listener` with a header-read timeout (axum's `serve` sets no timer, so it has
/// none) and an idle timeout, the peer address for `ConnectInfo`, and graceful shutdown: open
/// connections finish their requests when `shutdown` completes.
async fn serve(
    listener: TcpListener,
    app: axum::Router,
    timeouts: Timeouts,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::extract::connect_info::ConnectInfo;
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto::Builder;
    use tower::ServiceExt;

    let mut builder = Builder::new(TokioExecutor::new());
    builder.http1().timer(TokioTimer::new()).header_read_timeout(timeouts.header_read).keep_alive(true);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait a moment rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = app.clone().map_request(move |mut request: axum::http::Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.map(axum::body::Body::new)
        });
        let service = hyper_util::service::TowerToHyperService::new(service);
        let connection = builder
            .serve_connection_with_upgrades(TokioIo::new(IdleTimeout::new(stream, timeouts.idle)), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    drop(listener);
    // Requests under way finish; idle connections close.
    tokio::select! {
        _ = graceful.shutdown() => {},
        _ = tokio::time::sleep(Duration::from_secs(30)) => tracing::warn!("connections still open after 30 s"),
    }
    Ok(())
}

/// A connection that fails once nothing was read or written for `idle`: a client that opens a
/// connection and says nothing (or stops mid-way) does not hold it forever.
struct IdleTimeout<T> {
    inner: T,
    idle: Duration,
    deadline: std::pin::Pin<Box<tokio::time::Sleep>>,
}

impl<T> IdleTimeout<T> {
    fn new(inner: T, idle: Duration) -> Self {
        IdleTimeout { inner, idle, deadline: Box::pin(tokio::time::sleep(idle)) }
    }

    fn active(&mut self) {
        let next = tokio::time::Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }

    /// Pending I/O: an error once the deadline has passed, else keep waiting (the deadline's
    /// waker is registered too).
    fn check<R>(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<R>> {
        match self.deadline.as_mut().poll(cx) {
            std::task::Poll::Ready(()) => {
                std::task::Poll::Ready(Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "idle connection")))
            }
            std::task::Poll::Pending => std::task::Poll::Pending,
        }
    }
}

impl<T: tokio::io::AsyncRead + Unpin> tokio::io::AsyncRead for IdleTimeout<T> {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        match std::pin::Pin::new(&mut self.inner).poll_read(cx, buf) {
            std::task::Poll::Ready(result) => {
                if buf.filled().len() > before {
                    self.active();
                }
                std::task::Poll::Ready(result)
            }
            std::task::Poll::Pending => self.check(cx),
        }
    }
}

impl<T: tokio::io::AsyncWrite + Unpin> tokio::io::AsyncWrite for IdleTimeout<T> {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        data: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        match std::pin::Pin::new(&mut self.inner).poll_write(cx, data) {
            std::task::Poll::Ready(result) => {
                self.active();
                std::task::Poll::Ready(result)
            }
            std::task::Poll::Pending => self.check(cx),
        }
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
