//! townhall: a multilingual participation and accountability server for cities.

pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod limits;
pub mod mail;
pub mod metrics;
pub mod page_cache;
pub mod search;
pub mod server;
pub mod services;
pub mod state;
pub mod validators;
pub mod views;
pub mod web;

use state::AppState;

/// The whole HTTP application, shared by `main` and the tests.
pub fn app(state: AppState) -> axum::Router {
    web::router(state)
}

/// Opens the configured database (creating the data directory and SQLite file as needed)
/// and applies migrations.
pub async fn open_database(config: &config::Config) -> anyhow::Result<db::Db> {
    if config.database_url.is_none() {
        std::fs::create_dir_all(&config.data_dir)?;
    }
    let db = db::Db::connect_with(&config.database_url(), config.db_connections).await?;
    db.migrate().await?;
    Ok(db)
}

/// Runs CPU-heavy work (an index commit, compressing a page) without stalling the other tasks
/// of this worker thread, on the multi-threaded runtime the server uses; inline elsewhere.
pub fn off_the_workers<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current().map(|h| h.runtime_flavor()) {
        Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(work),
        _ => work(),
    }
}
