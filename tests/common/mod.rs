//! Test harness: starts the real application on 127.0.0.1:0 against a fresh database
//! (a SQLite file in a temporary directory, or a fresh PostgreSQL schema when
//! `TOWNHALL_TEST_POSTGRES_URL` is set) and talks HTTP to it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::oneshot;
use townhall::config::Config;
use townhall::db::Db;
use townhall::state::AppState;

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// SQLite always; PostgreSQL too when `TOWNHALL_TEST_POSTGRES_URL` is set.
pub fn backends() -> Vec<Backend> {
    let mut all = vec![Backend::Sqlite];
    if let Ok(url) = std::env::var("TOWNHALL_TEST_POSTGRES_URL") {
        if !url.is_empty() {
            all.push(Backend::Postgres(url));
        }
    }
    all
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub db_url: String,
    pub config: Config,
    pub dir: tempfile::TempDir,
    shutdown: Option<oneshot::Sender<()>>,
    pg_schema: Option<(String, String)>,
}

impl TestApp {
    pub async fn spawn(backend: &Backend) -> TestApp {
        let dir = tempfile::tempdir().expect("temp dir");
        let (db_url, pg_schema) = match backend {
            Backend::Sqlite => (format!("sqlite://{}", dir.path().join("townhall.db").display()), None),
            Backend::Postgres(admin_url) => {
                let schema = format!(
                    "th_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    chrono::Utc::now().timestamp_micros() % 1_000_000
                );
                let admin = Db::connect(admin_url).await.expect("connect to PostgreSQL");
                if let Db::Postgres(pool) = &admin {
                    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(pool).await.expect("create schema");
                }
                admin.close().await;
                let sep = if admin_url.contains('?') { '&' } else { '?' };
                (format!("{admin_url}{sep}options=-c%20search_path%3D{schema}"), Some((admin_url.clone(), schema)))
            }
        };
        let config = Config {
            data_dir: dir.path().to_path_buf(),
            database_url: Some(db_url.clone()),
            base_url: "http://127.0.0.1".into(),
            ..Config::default()
        };
        let db = Db::connect(&db_url).await.expect("connect");
        db.migrate().await.expect("migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        let state = AppState { db: db.clone(), config: Arc::new(config.clone()) };
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(async move {
            axum::serve(
                listener,
                townhall::app(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await
            .expect("server");
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        TestApp {
            base: format!("http://{addr}"),
            client,
            db,
            db_url,
            config,
            dir,
            shutdown: Some(tx),
            pg_schema,
        }
    }

    /// A fresh app with the demo city loaded.
    pub async fn spawn_demo(backend: &Backend) -> TestApp {
        let app = TestApp::spawn(backend).await;
        townhall::services::demo::load(&app.db).await.expect("demo loads");
        app
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// GET and return (status, body).
    pub async fn page(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some((admin_url, schema)) = self.pg_schema.take() {
            // Drop the test schema from a thread of its own: Drop cannot await.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    if let Ok(Db::Postgres(pool)) = Db::connect(&admin_url).await {
                        let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE")).execute(&pool).await;
                        pool.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// Runs a test body once per backend, naming the backend when it fails.
#[macro_export]
macro_rules! on_each_backend {
    (|$backend:ident| $body:block) => {
        for $backend in common::backends() {
            eprintln!("-- backend: {:?}", $backend);
            let $backend = &$backend;
            $body
        }
    };
}
