//! Test harness: starts the real application on 127.0.0.1:0 against a fresh database
//! (a SQLite file in a temporary directory, or a fresh PostgreSQL schema when
//! `TOWNHALL_TEST_POSTGRES_URL` is set) and talks HTTP to it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::oneshot;
use townhall::config::Config;
use townhall::db::Db;

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
                // The application name marks this test's connections, so that dropping the schema
                // can end them first (see Drop).
                let url = format!("{admin_url}{sep}options=-c%20search_path%3D{schema}&application_name={schema}");
                (url, Some((admin_url.clone(), schema)))
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
        let (base, tx) = serve(db.clone(), config.clone()).await;
        let client =
            reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap();
        TestApp { base, client, db, db_url, config, dir, shutdown: Some(tx), pg_schema }
    }

    /// The same database, served again with a changed configuration.
    pub async fn restart_with(mut self, change: impl FnOnce(&mut Config)) -> TestApp {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let mut config = self.config.clone();
        change(&mut config);
        let (base, shutdown) = serve(self.db.clone(), config.clone()).await;
        self.base = base;
        self.shutdown = Some(shutdown);
        self.config = config;
        self
    }

    /// A second server process on the same database, with its own data directory (and so
    /// its own search index). Returns its base URL; it stops when the sender is dropped.
    pub async fn second_process(&self) -> (String, oneshot::Sender<()>, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = Config { data_dir: dir.path().to_path_buf(), ..self.config.clone() };
        let db = Db::connect(&self.db_url).await.expect("connect");
        let (base, tx) = serve(db, config).await;
        (base, tx, dir)
    }

    /// Another operating-system process, the `townhall` binary itself, serving the same database
    /// with its own data directory and the given TOML configuration. Returns its base URL; it is
    /// stopped when the returned value is dropped.
    pub async fn other_os_process(&self, toml: &str) -> OtherProcess {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("townhall.toml"), toml).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
            .arg("serve")
            .env("TOWNHALL_DATABASE_URL", &self.db_url)
            .env("TOWNHALL_DATA_DIR", dir.path())
            .env("TOWNHALL_ADDR", format!("127.0.0.1:{port}"))
            .env("TOWNHALL_CONFIG", dir.path().join("townhall.toml"))
            .env("TOWNHALL_MAIL_WORKER", "false")
            .env("RUST_LOG", "error")
            .spawn()
            .expect("start townhall");
        let other = OtherProcess { base: format!("http://127.0.0.1:{port}"), child, _dir: dir };
        for _ in 0..200 {
            if reqwest::get(format!("{}/healthz", other.base)).await.is_ok_and(|r| r.status().is_success()) {
                return other;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the other process did not start");
    }

    /// A fresh app with the demo city loaded.
    pub async fn spawn_demo(backend: &Backend) -> TestApp {
        let app = TestApp::spawn(backend).await;
        townhall::services::demo::load(&app.db).await.expect("demo loads");
        app
    }

    /// A fresh app with the demo city and the participation in it (people, organisations,
    /// consultations, comments, responses, flags, assessments) loaded.
    pub async fn spawn_full_demo(backend: &Backend) -> TestApp {
        let app = TestApp::spawn(backend).await;
        townhall::services::demo::load_full(&app.db).await.expect("full demo loads");
        app
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }

    /// The CSRF token of the current browser session (read from the login form).
    pub async fn csrf(&self) -> String {
        let (_, body) = self.page("/en/login").await;
        extract_after(&body, r#"name="csrf_token" value=""#, 64).expect("a csrf token on the login page")
    }

    /// POSTs a form with this browser's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.client.post(self.url(path)).form(&all).send().await.expect("request")
    }

    /// POSTs exactly these fields (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url(path)).form(fields).send().await.expect("request")
    }

    /// A second browser on the same server (its own cookies).
    pub fn new_browser(&self) -> reqwest::Client {
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap()
    }

    /// Waits until this server's search index holds every change in the database (its
    /// `/metrics` lag is 0); panics after 15 s.
    pub async fn wait_for_index(&self) {
        let started = std::time::Instant::now();
        loop {
            let metrics = self.get("/metrics").await.text().await.unwrap();
            if metrics.lines().any(|l| l == "townhall_search_index_lag 0") {
                return;
            }
            assert!(started.elapsed() < std::time::Duration::from_secs(15), "the index did not catch up:\n{metrics}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// Runs SQL that moves stored times back, as if time had passed: the page cache drops what
    /// it holds at the moment a page would change by the clock, which SQL cannot move, so the
    /// statement also says that everything changed.
    pub async fn as_if_time_passed(&self, sql: &str) {
        let mut tx = self.db.begin().await.unwrap();
        townhall::on_tx!(&mut tx, |c| sqlx::query(sql).execute(c).await.map(|_| ())).unwrap();
        townhall::db::changes::record(&mut tx, "site", 0, "upsert").await.unwrap();
        tx.commit().await.unwrap();
    }

    /// GET and return (status, body).
    pub async fn page(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }
}

/// A `townhall serve` child process (see `TestApp::other_os_process`).
pub struct OtherProcess {
    pub base: String,
    child: std::process::Child,
    _dir: tempfile::TempDir,
}

impl Drop for OtherProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some((admin_url, schema)) = self.pg_schema.take() {
            // Drop the test schema from a thread of its own: Drop cannot await. That thread blocks
            // the test's runtime, which also runs the server: a server task left inside a
            // transaction would hold its locks for ever and DROP SCHEMA would wait for ever (a CI
            // run hung so). So the server's connections are ended first, and the drop gives up
            // after a while rather than hang.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                rt.block_on(async {
                    if let Ok(Db::Postgres(pool)) = Db::connect(&admin_url).await {
                        let _ = sqlx::query(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                             WHERE application_name = $1 AND pid <> pg_backend_pid()",
                        )
                        .bind(&schema)
                        .execute(&pool)
                        .await;
                        let mut conn = match pool.acquire().await {
                            Ok(conn) => conn,
                            Err(_) => return,
                        };
                        let _ = sqlx::query("SET lock_timeout = '20s'").execute(&mut *conn).await;
                        let _ = sqlx::query(&format!("DROP SCHEMA {schema} CASCADE")).execute(&mut *conn).await;
                        drop(conn);
                        pool.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// Serves the application on a free port through `server::launch_on`, as `main` does; returns its
/// base URL and a shutdown trigger. The tests drive the mail outbox themselves, so this process
/// runs no mail worker.
pub async fn serve(db: Db, config: Config) -> (String, oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let (tx, rx) = oneshot::channel::<()>();
    let config = Config { mail_worker: false, ..config };
    let running = townhall::server::launch_on(db, config, listener, async {
        let _ = rx.await;
    })
    .await
    .expect("server starts");
    (format!("http://{}", running.addr), tx)
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

/// The `len` characters after `marker` in `text`.
pub fn extract_after(text: &str, marker: &str, len: usize) -> Option<String> {
    let start = text.find(marker)? + marker.len();
    text.get(start..start + len).map(str::to_string)
}

/// The token in the newest mail to `to` that contains `marker` (e.g. `verify-email?token=`).
pub async fn token_from_mail(db: &townhall::db::Db, to: &str, marker: &str) -> String {
    let mail = townhall::db::outbox::latest_to(db, to).await.unwrap().expect("a mail was queued");
    extract_after(&mail.body_text, marker, 64).unwrap_or_else(|| panic!("no {marker} in mail"))
}

pub const PASSWORD: &str = "lanterns-over-the-harbour";

/// Registers, verifies and logs in a person in this app's browser. Returns their user id.
pub async fn sign_up(app: &TestApp, email: &str, name: &str) -> i64 {
    let r = app
        .post(
            "/en/register",
            &[("email", email), ("display_name", name), ("password", PASSWORD), ("password_confirm", PASSWORD)],
        )
        .await;
    assert_eq!(r.status(), 303, "registration of {email}");
    let token = token_from_mail(&app.db, email, "verify-email?token=").await;
    assert_eq!(app.get(&format!("/en/verify-email?token={token}")).await.status(), 200);
    log_in(app, email, PASSWORD).await;
    townhall::db::users::by_email(&app.db, email).await.unwrap().unwrap().id
}

pub async fn log_in(app: &TestApp, email: &str, password: &str) {
    let r = app.post("/en/login", &[("email", email), ("password", password)]).await;
    assert_eq!(r.status(), 303, "login of {email}");
}

/// Another browser (own cookies) on the same server.
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        Browser { base: app.base.clone(), client: app.new_browser() }
    }
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request")
    }
    pub async fn csrf(&self) -> String {
        let body = self.get("/en/login").await.text().await.unwrap();
        extract_after(&body, r#"name="csrf_token" value=""#, 64).expect("csrf token")
    }
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf_token", &token));
        self.client.post(self.url(path)).form(&all).send().await.expect("request")
    }
}

/// Creates a verified account directly and logs it in from a new browser.
pub async fn person(app: &TestApp, email: &str, name: &str) -> (Browser, i64) {
    let hash = townhall::services::accounts::hash_password(PASSWORD.to_string()).await.unwrap();
    let mut tx = app.db.begin().await.unwrap();
    let id = townhall::db::users::insert(&mut tx, email, name, &hash, "en", 0).await.unwrap();
    townhall::db::users::mark_verified(&mut tx, id, 1).await.unwrap();
    tx.commit().await.unwrap();
    let browser = Browser::new(app);
    let r = browser.post("/en/login", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 303, "login of {email}");
    (browser, id)
}
