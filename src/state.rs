use crate::config::Config;
use crate::db::Db;
use crate::limits::RateLimits;
use crate::metrics::Metrics;
use std::sync::Arc;
use tokio::sync::Notify;

/// Shared by every handler; one pointer to clone (every extractor and layer clones it, and
/// cloning each field's handle showed in profiles of the comment post).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// What `AppState` points to.
pub struct Shared {
    pub db: Db,
    pub config: Arc<Config>,
    /// Key for CSRF tokens, shared by all processes through the database.
    pub secret: Arc<Vec<u8>>,
    pub limits: Arc<RateLimits>,
    /// Dates for `Last-Modified` of what anonymous visitors read.
    pub first_served: Arc<crate::validators::FirstServed>,
    /// Wakes the mail worker when something was queued.
    pub mail_wake: Arc<Notify>,
    pub search: crate::search::Search,
    /// Wakes the indexer after a change that should become searchable.
    pub search_wake: Arc<Notify>,
    pub metrics: Arc<Metrics>,
    /// Rendered public pages, dropped as the change log says (see `page_cache`).
    pub pages: Arc<crate::page_cache::PageCache>,
    /// The writer that commits concurrent comment posts together.
    pub commits: crate::db::shared_commit::SharedCommits,
}

impl AppState {
    /// Builds the state, loading (or creating once) the shared secret.
    pub async fn new(db: Db, config: Config) -> anyhow::Result<AppState> {
        let secret = crate::db::settings::secret(&db).await?;
        let search = crate::search::Search::open(&config.index_dir())?.with_writer_budget(config.index_writer_mb);
        Ok(AppState(Arc::new(Shared {
            search,
            search_wake: Arc::new(Notify::new()),
            metrics: Arc::new(Default::default()),
            limits: Arc::new(RateLimits::new(&config.limits, &db)),
            pages: Arc::new(crate::page_cache::PageCache::new(config.page_cache_mb * 1024 * 1024)),
            first_served: Default::default(),
            commits: crate::db::shared_commit::SharedCommits::start(db.clone()),
            db,
            config: Arc::new(config),
            secret: Arc::new(secret),
            mail_wake: Arc::new(Notify::new()),
        })))
    }
}
