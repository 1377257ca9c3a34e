//! Database access. One `Db` enum over the two pools; every query is written once in the SQL
//! subset both engines understand and run on either pool through `on_pool!`.

pub mod assessments;
pub mod audit;
pub mod challenges;
pub mod changes;
pub mod cities;
pub mod comments;
pub mod commitments;
pub mod consultations;
pub mod departments;
pub mod follows;
pub mod indicators;
pub mod items;
pub mod organisations;
pub mod outbox;
pub mod projects;
pub mod questionnaires;
pub mod rate_limits;
pub mod report;
pub mod roles;
pub mod saved_searches;
pub mod settings;
pub mod shared_commit;
pub mod updates;
pub mod users;

use anyhow::Context;
use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Runs the same expression against whichever pool (or connection) `$db` holds.
/// The body is type-checked once per backend, so it must only use the common SQL subset.
#[macro_export]
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite($pool) => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
    // Engine-specific SQL where it pays: one arm per backend.
    ($db:expr, sqlite |$sp:ident| $sbody:expr, postgres |$pp:ident| $pbody:expr) => {
        match $db {
            $crate::db::Db::Sqlite($sp) => $sbody,
            $crate::db::Db::Postgres($pp) => $pbody,
        }
    };
}

/// A transaction on either backend.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>, SqliteWrite),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Like `on_pool!`, for a transaction: `$conn` is `&mut SqliteConnection` or `&mut PgConnection`.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t, _) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

/// A list bound as one parameter, so that any number of values is one prepared statement (a
/// statement per length of list fills each connection's statement cache): SQLite has no array
/// parameters and reads a JSON array (`json_list`); PostgreSQL takes an array.
pub const SQLITE_ONE_OF: &str = "IN (SELECT value FROM json_each($1))";
pub const POSTGRES_ONE_OF: &str = "= ANY($1)";

/// The JSON array that `SQLITE_ONE_OF` (or `json_each`) reads.
pub fn json_list<T: serde::Serialize>(values: &[T]) -> sqlx::Result<String> {
    serde_json::to_string(values).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

/// What a SQLite write transaction holds besides the transaction itself.
pub struct SqliteWrite {
    /// This process's turn to write (see `sqlite_writer_turn`), when it could be had; held until
    /// the transaction ends.
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
    /// Change-log rows, written together just before the commit (see `changes::record`).
    changes: Vec<changes::Pending>,
}

impl SqliteWrite {
    pub fn record(&mut self, change: changes::Pending) {
        self.changes.push(change);
    }
}

impl Tx {
    pub async fn commit(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(mut t, write) => {
                let committed = match changes::write_pending(&mut t, &write.changes).await {
                    Ok(()) => t.commit().await,
                    Err(e) => Err(e),
                };
                drop(write);
                committed
            }
            Tx::Postgres(t) => t.commit().await,
        }
    }

    /// Rolls back now (dropping a transaction rolls it back only when its connection is next
    /// used), before this process's turn to write goes to the next transaction.
    pub async fn rollback(self) -> sqlx::Result<()> {
        match self {
            Tx::Sqlite(t, write) => {
                let rolled_back = t.rollback().await;
                drop(write);
                rolled_back
            }
            Tx::Postgres(t) => t.rollback().await,
        }
    }
}

/// SQLite lets one transaction write at a time, and a writer that finds the database locked
/// sleeps in growing steps (up to 100 ms) before it tries again: under load, that made the
/// slowest comment posts wait 100–150 ms. This process's write transactions instead queue
/// here for their turn. A turn not had within two seconds (a transaction opened inside
/// another) goes ahead without one, relying on SQLite's own lock as before.
async fn sqlite_writer_turn() -> Option<tokio::sync::OwnedMutexGuard<()>> {
    static TURN: std::sync::LazyLock<std::sync::Arc<tokio::sync::Mutex<()>>> =
        std::sync::LazyLock::new(Default::default);
    tokio::time::timeout(Duration::from_secs(2), TURN.clone().lock_owned()).await.ok()
}

/// A connection idle this long is checked before use (the database may have restarted).
const PING_AFTER_IDLE: Duration = Duration::from_secs(10);

/// sqlx checks every connection it hands out by default: one more round trip per query, which
/// under load doubled the round trips of a comment post on PostgreSQL. A connection in steady
/// use is live; only one that sat idle a while is checked (a failed check replaces it).
async fn ping_if_idle_long<C: sqlx::Connection>(
    conn: &mut C,
    meta: sqlx::pool::PoolConnectionMetadata,
) -> sqlx::Result<bool> {
    if meta.idle_for >= PING_AFTER_IDLE {
        conn.ping().await?;
    }
    Ok(true)
}

/// The pool settings of both backends.
fn pool_options<DB: sqlx::Database>(connections: u32) -> sqlx::pool::PoolOptions<DB> {
    sqlx::pool::PoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| Box::pin(ping_if_idle_long(conn, meta)))
}

impl Db {
    /// A pool of its own, of at most `connections`, on the same database with the same options
    /// (connected on first use): the shared writers take their connections here, not in a queue
    /// behind the requests' reads.
    pub fn separate_pool(&self, connections: u32) -> Db {
        match self {
            Db::Sqlite(p) => {
                Db::Sqlite(pool_options::<sqlx::Sqlite>(connections).connect_lazy_with((*p.connect_options()).clone()))
            }
            Db::Postgres(p) => Db::Postgres(
                pool_options::<sqlx::Postgres>(connections).connect_lazy_with((*p.connect_options()).clone()),
            ),
        }
    }

    /// Connects to `url` (`sqlite:` path or `postgres://`), creating the SQLite file if needed.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        Db::connect_with(url, None).await
    }

    /// As `connect`, with at most `connections` in the pool (8 on SQLite, 16 on PostgreSQL if None).
    pub async fn connect_with(url: &str, connections: Option<u32>) -> anyhow::Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url).context("invalid PostgreSQL URL")?;
            let pool = pool_options::<sqlx::Postgres>(connections.unwrap_or(16))
                .connect_with(options)
                .await
                .context("could not connect to PostgreSQL")?;
            Ok(Db::Postgres(pool))
        } else {
            let options = SqliteConnectOptions::from_str(url)
                .context("invalid SQLite URL")?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = pool_options::<sqlx::Sqlite>(connections.unwrap_or(8))
                .connect_with(options)
                .await
                .context("could not open the SQLite database")?;
            Ok(Db::Sqlite(pool))
        }
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(p) => sqlx::migrate!("./migrations/sqlite").run(p).await?,
            Db::Postgres(p) => sqlx::migrate!("./migrations/postgres").run(p).await?,
        }
        Ok(())
    }

    pub async fn begin(&self) -> sqlx::Result<Tx> {
        Ok(match self {
            Db::Sqlite(p) => {
                let turn = sqlite_writer_turn().await;
                Tx::Sqlite(p.begin().await?, SqliteWrite { _turn: turn, changes: Vec::new() })
            }
            Db::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// Readiness: the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        on_pool!(self, |p| sqlx::query("SELECT 1").execute(p).await.is_ok())
    }

    pub async fn close(&self) {
        on_pool!(self, |p| p.close().await)
    }
}

/// True when the error is a unique-constraint violation (on either backend).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(e) if e.is_unique_violation())
}
