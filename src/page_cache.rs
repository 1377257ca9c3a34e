//! Public pages from memory, never stale: the rendered bytes of what anonymous visitors read,
//! with their gzip and brotli forms, kept until the change log says something they show has
//! changed.
//!
//! Before a cached page is served, the cache reads the change log (`sync`); a read that started
//! after the request arrived is enough, so concurrent requests share one. Every change since
//! the last read is mapped to the pages it touches (`changes::page_scope`) and marks them with
//! a new epoch. A page is stored with the epoch read before it was rendered, and is served only
//! while nothing it depends on has a later mark. So a change committed before a request
//! arrived is always seen, whichever process on the database committed it; a render that raced
//! with a change is simply dropped at its next lookup.

use crate::db::changes::{self, PageScope};
use crate::db::Db;
use crate::search::indexer::Horizon;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// What a cached page shows, and so which changes make it stale.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Depends {
    /// Pages outside any city (the home page, the list of cities).
    Site,
    /// A city's lists, overview, report, feeds and API answers.
    City(String),
    /// One item's pages: changes to that item, and any change to the city's items or settings.
    Item { city: String, page: String },
    /// Search results: any change, and any batch the search index applies after the one it held
    /// when the page was rendered (the index follows the log a moment later).
    Search { index_seq: i64 },
}

/// One stored page.
pub struct Entry {
    epoch: u64,
    depends: Depends,
    pub status: StatusCode,
    /// The headers the application sent (content type, validators, cache control, links).
    pub headers: HeaderMap,
    pub identity: Bytes,
    pub gzip: Bytes,
    pub brotli: Bytes,
}

impl Entry {
    fn size(&self) -> usize {
        self.identity.len() + self.gzip.len() + self.brotli.len() + 512
    }
}

#[derive(Default)]
struct Marks {
    epoch: u64,
    /// The last epoch at which each kind of dependency changed.
    everything: u64,
    anywhere: u64,
    city_any: HashMap<String, u64>,
    city_items: HashMap<String, u64>,
    items: HashMap<(String, String), u64>,
    entries: HashMap<String, Arc<Entry>>,
    bytes: usize,
    /// The search index's last applied change, as last seen.
    index_seq: i64,
}

impl Marks {
    fn changed_since(&self, depends: &Depends, index_seq: i64) -> u64 {
        let at = |m: &HashMap<String, u64>, k: &str| m.get(k).copied().unwrap_or(0);
        let specific = match depends {
            Depends::Site => self.anywhere,
            Depends::Search { index_seq: then } if *then == index_seq => self.anywhere,
            Depends::Search { .. } => u64::MAX,
            Depends::City(city) => at(&self.city_any, city),
            Depends::Item { city, page } => {
                at(&self.city_items, city).max(self.items.get(&(city.clone(), page.clone())).copied().unwrap_or(0))
            }
        };
        specific.max(self.everything)
    }

    fn fresh(&self, entry: &Entry, index_seq: i64) -> bool {
        self.changed_since(&entry.depends, index_seq) <= entry.epoch
    }

    fn apply(&mut self, scope: PageScope) {
        let e = self.epoch;
        self.anywhere = e;
        match scope {
            PageScope::Everything => self.everything = e,
            PageScope::City(city) => {
                self.city_items.insert(city.clone(), e);
                self.city_any.insert(city, e);
            }
            PageScope::Item { city, page } => {
                self.city_any.insert(city.clone(), e);
                self.items.insert((city, page), e);
            }
        }
    }

    /// Keeps the store under its budget: stale pages go first, then any.
    fn make_room(&mut self, budget: usize, keep: &str) {
        if self.bytes <= budget {
            return;
        }
        let stale: Vec<String> =
            self.entries.iter().filter(|(_, e)| !self.fresh(e, self.index_seq)).map(|(k, _)| k.clone()).collect();
        for key in stale {
            self.remove(&key);
        }
        let keys: Vec<String> = self.entries.keys().filter(|k| *k != keep).cloned().collect();
        for key in keys {
            if self.bytes <= budget * 3 / 4 {
                break;
            }
            self.remove(&key);
        }
        // The marks of items are few (one per item that changed) but bounded all the same.
        if self.items.len() > 100_000 {
            self.items.clear();
            self.everything = self.epoch;
        }
    }

    fn remove(&mut self, key: &str) {
        if let Some(old) = self.entries.remove(key) {
            self.bytes -= old.size();
        }
    }
}

/// Where this process is in the change log.
struct Follower {
    /// Every row up to here is final (committed or never to be) and applied.
    low: i64,
    /// Rows above `low` already applied (PostgreSQL may commit them out of order).
    seen: BTreeSet<i64>,
    horizon: Horizon,
    horizon_read: Option<Instant>,
    /// On PostgreSQL, transactions running when the process started may still add rows below
    /// `low`: nothing is stored until they are over.
    ready: bool,
    started_at: i64,
}

/// Change-log kinds that never move a moment at which pages change by the clock.
const CLOCKLESS_KINDS: &[&str] = &["comment", "answer", "responses"];

/// The first moment after `now` at which a page may change by the clock alone: a consultation
/// opening or closing, a challenge falling overdue, or a quarter hour (every city's midnight is
/// one, for what is due or overdue by date).
fn next_boundary(boundaries: &BTreeSet<i64>, now: i64) -> i64 {
    let quarter = (now.div_euclid(900) + 1) * 900;
    boundaries.range(now + 1..).next().copied().unwrap_or(quarter).min(quarter)
}

/// The change log rows read at once; a longer backlog drops every page instead of mapping each row.
const ROWS_PER_READ: i64 = 2_000;

pub struct PageCache {
    marks: RwLock<Marks>,
    follower: tokio::sync::Mutex<Option<Follower>>,
    reads_started: AtomicU64,
    /// When the clock alone next changes a page (Unix seconds).
    clock_boundary: AtomicI64,
    budget: usize,
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    pub shared_render_hits: AtomicU64,
    pub shared_render_misses: AtomicU64,
}

impl PageCache {
    pub fn new(budget_bytes: usize) -> PageCache {
        PageCache {
            marks: RwLock::new(Marks::default()),
            follower: tokio::sync::Mutex::new(None),
            reads_started: AtomicU64::new(0),
            clock_boundary: AtomicI64::new(0),
            budget: budget_bytes,
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            shared_render_hits: AtomicU64::new(0),
            shared_render_misses: AtomicU64::new(0),
        }
    }

    fn marks(&self) -> std::sync::RwLockReadGuard<'_, Marks> {
        self.marks.read().unwrap_or_else(|e| e.into_inner())
    }

    fn marks_mut(&self) -> std::sync::RwLockWriteGuard<'_, Marks> {
        self.marks.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Brings the marks up to every change committed before this call; returns the epoch a page
    /// rendered now may be stored with, or None while the cache cannot vouch for its pages yet.
    pub async fn catch_up(&self, db: &Db) -> sqlx::Result<Option<u64>> {
        let arrived = self.reads_started.load(Ordering::SeqCst);
        let mut follower = self.follower.lock().await;
        // A read that started after this request arrived has finished: it saw every change
        // committed before the request, so this request need not read again.
        if self.reads_started.load(Ordering::SeqCst) == arrived {
            self.reads_started.fetch_add(1, Ordering::SeqCst);
            self.read_log(db, &mut follower).await?;
        }
        let now = crate::domain::now_ts();
        if follower.is_some() && now >= self.clock_boundary.load(Ordering::SeqCst) {
            {
                let mut marks = self.marks_mut();
                marks.epoch += 1;
                marks.apply(PageScope::Everything);
            }
            self.set_clock_boundary(db, now).await?;
        }
        let ready = follower.as_ref().is_some_and(|f| f.ready);
        Ok(ready.then(|| self.marks().epoch))
    }

    async fn read_log(&self, db: &Db, follower: &mut Option<Follower>) -> sqlx::Result<()> {
        let f = match follower {
            Some(f) => f,
            None => {
                // Rows before now concern no stored page (there is none yet).
                let low = changes::latest_seq(db).await?;
                follower.insert(Follower {
                    low,
                    seen: BTreeSet::new(),
                    horizon: Horizon::default(),
                    horizon_read: None,
                    ready: matches!(db, Db::Sqlite(_)),
                    started_at: low,
                })
            }
        };
        // How far the log is final, read before the rows (so those rows are all visible below).
        // Only how much is read again depends on it, so it is read now and then.
        let mut final_up_to = None;
        // Until the cache is ready it stores nothing, so it asks at every read, not now and then.
        let due = f.horizon_read.is_none_or(|t| t.elapsed() > Duration::from_millis(100));
        if due || !f.ready || f.seen.len() > 1_000 {
            final_up_to = f.horizon.advance(db).await?;
            f.horizon_read = Some(Instant::now());
            if let Some(safe) = final_up_to {
                f.ready |= safe >= f.started_at;
            }
        }
        let mut from = f.low;
        loop {
            let rows = changes::page_changes_after(db, from, ROWS_PER_READ).await?;
            let Some(last) = rows.last().map(|r| r.0) else { break };
            let new: Vec<&(i64, String, i64)> = rows.iter().filter(|r| !f.seen.contains(&r.0)).collect();
            if !new.is_empty() {
                let mut scopes = Vec::with_capacity(new.len());
                if rows.len() as i64 == ROWS_PER_READ {
                    scopes.push(PageScope::Everything);
                } else {
                    for (_, kind, id) in &new {
                        scopes.push(changes::page_scope(db, kind, *id).await?);
                    }
                }
                {
                    let mut marks = self.marks_mut();
                    marks.epoch += 1;
                    for scope in scopes {
                        marks.apply(scope);
                    }
                }
                // A change may move a consultation's dates, open a challenge or change the city's
                // days to answer one; comments and answers cannot, and are most of the log.
                if new.iter().any(|(_, kind, _)| !CLOCKLESS_KINDS.contains(&kind.as_str())) {
                    self.set_clock_boundary(db, crate::domain::now_ts()).await?;
                }
            }
            f.seen.extend(new.iter().map(|r| r.0));
            from = last;
            if (rows.len() as i64) < ROWS_PER_READ {
                break;
            }
        }
        // SQLite commits one writer at a time, in log order: what was read is final.
        let safe = if matches!(db, Db::Sqlite(_)) { Some(from) } else { final_up_to };
        if let Some(safe) = safe {
            // Every row up to `safe` was visible to the reads above, so all of them are applied.
            f.low = f.low.max(safe);
            let low = f.low;
            f.seen.retain(|s| *s > low);
        }
        Ok(())
    }

    /// Reads when the clock alone next changes a page.
    async fn set_clock_boundary(&self, db: &Db, now: i64) -> sqlx::Result<()> {
        // A challenge is overdue strictly after its moment: that second counts too.
        let moments: BTreeSet<i64> =
            changes::page_time_boundaries(db, now).await?.into_iter().flat_map(|b| [b, b + 1]).collect();
        self.clock_boundary.store(next_boundary(&moments, now), Ordering::SeqCst);
        Ok(())
    }

    /// The stored page for this address, if nothing it shows has changed (`index_seq`: the
    /// search index's last applied change now).
    pub fn get(&self, key: &str, index_seq: i64) -> Option<Arc<Entry>> {
        self.counted(key, index_seq, &self.hits, &self.misses)
    }

    /// A signed-in residents' page skeleton (see `views::personal`), stored like a page.
    pub fn get_shared_render(&self, key: &str, index_seq: i64) -> Option<Arc<Entry>> {
        self.counted(key, index_seq, &self.shared_render_hits, &self.shared_render_misses)
    }

    fn counted(&self, key: &str, index_seq: i64, hits: &AtomicU64, misses: &AtomicU64) -> Option<Arc<Entry>> {
        let marks = self.marks();
        let entry = marks.entries.get(key).filter(|e| marks.fresh(e, index_seq)).cloned();
        match entry {
            Some(_) => hits.fetch_add(1, Ordering::Relaxed),
            None => misses.fetch_add(1, Ordering::Relaxed),
        };
        entry
    }

    /// Stores a page rendered after `catch_up` returned `epoch`.
    #[allow(clippy::too_many_arguments)]
    pub fn put(
        &self,
        key: String,
        epoch: u64,
        depends: Depends,
        status: StatusCode,
        headers: HeaderMap,
        identity: Bytes,
        gzip: Bytes,
        brotli: Bytes,
    ) -> Arc<Entry> {
        let entry = Arc::new(Entry { epoch, depends, status, headers, identity, gzip, brotli });
        let mut marks = self.marks_mut();
        if let Depends::Search { index_seq } = entry.depends {
            marks.index_seq = marks.index_seq.max(index_seq);
        }
        if entry.size() <= self.budget / 8 {
            marks.remove(&key);
            marks.bytes += entry.size();
            marks.entries.insert(key.clone(), entry.clone());
            let budget = self.budget;
            marks.make_room(budget, &key);
        }
        entry
    }

    pub fn stored_bytes(&self) -> usize {
        self.marks().bytes
    }

    /// Prometheus lines: pages served from memory, rendered, and the bytes held.
    pub fn render_metrics(&self) -> String {
        let (hits, misses) = (self.hits.load(Ordering::Relaxed), self.misses.load(Ordering::Relaxed));
        let resident_hits = self.shared_render_hits.load(Ordering::Relaxed);
        let resident_misses = self.shared_render_misses.load(Ordering::Relaxed);
        let (pages, bytes) = {
            let marks = self.marks();
            (marks.entries.len(), marks.bytes)
        };
        format!(
            "# HELP townhall_page_cache_hits_total Anonymous pages served from memory.\n\
             # TYPE townhall_page_cache_hits_total counter\n\
             townhall_page_cache_hits_total {hits}\n\
             # HELP townhall_page_cache_misses_total Anonymous pages rendered because memory held none still fresh.\n\
             # TYPE townhall_page_cache_misses_total counter\n\
             townhall_page_cache_misses_total {misses}\n\
             # HELP townhall_page_cache_resident_hits_total Signed-in residents' pages made from a render kept in memory.\n\
             # TYPE townhall_page_cache_resident_hits_total counter\n\
             townhall_page_cache_resident_hits_total {resident_hits}\n\
             # HELP townhall_page_cache_resident_misses_total Signed-in residents' pages rendered for all residents because memory held none still fresh.\n\
             # TYPE townhall_page_cache_resident_misses_total counter\n\
             townhall_page_cache_resident_misses_total {resident_misses}\n\
             # HELP townhall_page_cache_pages Pages held in memory.\n\
             # TYPE townhall_page_cache_pages gauge\n\
             townhall_page_cache_pages {pages}\n\
             # HELP townhall_page_cache_bytes Bytes held in memory (with their compressed forms).\n\
             # TYPE townhall_page_cache_bytes gauge\n\
             townhall_page_cache_bytes {bytes}\n"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(epoch: u64, depends: Depends) -> Entry {
        Entry {
            epoch,
            depends,
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            identity: Bytes::new(),
            gzip: Bytes::new(),
            brotli: Bytes::new(),
        }
    }

    #[test]
    fn a_comment_drops_its_item_and_the_city_lists_but_not_other_items() {
        let mut m = Marks::default();
        let item = |page: &str| Depends::Item { city: "a".into(), page: page.into() };
        let (c3, c5, list, other_city) = (
            entry(0, item("commitments/C-3")),
            entry(0, item("commitments/C-5")),
            entry(0, Depends::City("a".into())),
            entry(0, Depends::City("b".into())),
        );
        m.epoch = 1;
        m.apply(PageScope::Item { city: "a".into(), page: "commitments/C-3".into() });
        assert!(!m.fresh(&c3, 0) && !m.fresh(&list, 0) && !m.fresh(&entry(0, Depends::Site), 0));
        assert!(m.fresh(&c5, 0) && m.fresh(&other_city, 0));
        assert!(m.fresh(&entry(1, item("commitments/C-3")), 0), "rendered after the change");
        m.epoch = 2;
        m.apply(PageScope::City("a".into()));
        assert!(!m.fresh(&entry(1, item("commitments/C-5")), 0), "a city change drops every item page");
        assert!(m.fresh(&entry(1, Depends::City("b".into())), 0));
        m.epoch = 3;
        m.apply(PageScope::Everything);
        assert!(!m.fresh(&entry(2, Depends::City("b".into())), 0));
        let search = entry(3, Depends::Search { index_seq: 40 });
        assert!(m.fresh(&search, 40) && !m.fresh(&search, 41), "the index moved on");
    }

    #[test]
    fn the_clock_boundary_is_the_next_event_or_quarter_hour() {
        let events: BTreeSet<i64> = [1_000, 1_001, 5_000].into();
        assert_eq!(next_boundary(&events, 950), 1_000);
        assert_eq!(next_boundary(&events, 1_000), 1_001);
        assert_eq!(next_boundary(&events, 1_001), 1_800, "the quarter hour comes before 5,000");
        assert_eq!(next_boundary(&BTreeSet::new(), 1_800), 2_700);
    }

    #[test]
    fn the_store_keeps_to_its_budget() {
        let cache = PageCache::new(64 * 1024);
        for i in 0..100 {
            let body = Bytes::from(vec![b'x'; 4096]);
            cache.put(
                format!("/p{i}"),
                0,
                Depends::Site,
                StatusCode::OK,
                HeaderMap::new(),
                body,
                Bytes::new(),
                Bytes::new(),
            );
        }
        assert!(cache.stored_bytes() <= 64 * 1024, "{}", cache.stored_bytes());
        assert!(cache.get("/p99", 0).is_some(), "the newest page is kept");
    }
}
