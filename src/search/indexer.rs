//! The indexer: follows the change log in order, applies changes in batches and commits at
//! most about once a second, storing the last applied sequence inside the commit. After a
//! crash it resumes from that sequence, so nothing is lost; re-applying a change is harmless
//! (every change deletes the document by key and re-adds it from the database).

use super::alerts;
use super::docs::{self, Catalog};
use super::Search;
use crate::db::changes::{self, Change, LogMark};
use crate::db::{challenges, cities, comments, commitments, consultations, projects, saved_searches, updates, Db};
use crate::domain::feedback::TargetType;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tantivy::{IndexWriter, TantivyDocument, Term};
use tokio::sync::Notify;

const BATCH: i64 = 2000;

/// One indexing thread with a small budget (`DEFAULT_INDEX_WRITER_MB` unless configured): the steady flow of
/// changes needs no more, and the memory stays small beside the server (a bulk rebuild takes
/// longer; it is rare).
pub fn writer(search: &Search) -> anyhow::Result<IndexWriter<TantivyDocument>> {
    // tantivy refuses less than 15 MB (its `MEMORY_BUDGET_NUM_BYTES_MIN`, not exported).
    let budget = search.writer_budget.max(15_000_000);
    Ok(search.index.writer_with_num_threads(1, budget)?)
}

/// How far the change log is final. PostgreSQL hands out sequence numbers before commit, so a
/// missing number may be a transaction still running (however long) or one rolled back: the
/// indexer applies changes only up to a number no running transaction can still fill in,
/// proven by transaction ids (`LogMark`), never by a timeout. SQLite has no such gaps.
#[derive(Default)]
pub struct Horizon {
    safe: i64,
    marks: VecDeque<LogMark>,
}

impl Horizon {
    /// The highest sequence number that can be applied now (None: no limit).
    pub async fn advance(&mut self, db: &Db) -> sqlx::Result<Option<i64>> {
        let Some(mark) = changes::mark(db).await? else { return Ok(None) };
        if self.marks.back().is_none_or(|m| m.seq < mark.seq) && mark.seq > self.safe {
            // While a long transaction holds the horizon back, later marks merge into the last
            // one (a later mark only waits longer), so the queue stays small.
            if self.marks.len() >= 64 {
                self.marks.pop_back();
            }
            self.marks.push_back(mark);
        }
        let oldest = changes::oldest_running(db).await?;
        while let Some(m) = self.marks.front().copied().filter(|m| m.xmax <= oldest) {
            self.safe = self.safe.max(m.seq);
            self.marks.pop_front();
        }
        Ok(Some(self.safe))
    }

    /// Waits until everything handed out so far is final; returns that number.
    pub async fn settle(&mut self, db: &Db) -> sqlx::Result<Option<i64>> {
        let Some(target) = changes::mark(db).await?.map(|m| m.seq) else { return Ok(None) };
        loop {
            let safe = self.advance(db).await?.unwrap_or(i64::MAX);
            if safe >= target {
                return Ok(Some(safe));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The document a change other than a comment's leads to (comments are built from the
/// batch's comments read beforehand, see `run_once`).
async fn document(db: &Db, search: &Search, cat: &Catalog, c: &Change) -> anyhow::Result<Option<TantivyDocument>> {
    let f = &search.fields;
    Ok(match c.entity_type.as_str() {
        "commitment" => {
            let Some(e) = cat.get(TargetType::Commitment, c.entity_id) else { return Ok(None) };
            commitments::by_ref(db, e.city_id, e.item.number()).await?.and_then(|x| docs::commitment(f, cat, &x))
        }
        "project" => {
            let Some(e) = cat.get(TargetType::Project, c.entity_id) else { return Ok(None) };
            projects::by_ref(db, e.city_id, e.item.number()).await?.and_then(|x| docs::project(f, cat, &x))
        }
        "consultation" => consultations::by_id(db, c.entity_id).await?.and_then(|x| docs::consultation(f, cat, &x)),
        "update" => updates::by_id(db, c.entity_id).await?.and_then(|x| docs::update(f, cat, &x)),
        "challenge" => challenge_document(db, search, cat, c.entity_id).await?,
        "indicator_value" => value_document(db, search, cat, c.entity_id).await?,
        "answer" => answer_document(db, search, cat, c.entity_id).await?,
        _ => None,
    })
}

/// A comment's document, from the batch's comments read beforehand (none if it is not visible).
fn comment_document(
    search: &Search,
    cat: &Catalog,
    comments_read: &HashMap<i64, comments::Comment>,
    id: i64,
) -> Option<TantivyDocument> {
    comments_read
        .get(&id)
        .filter(|x| x.state == crate::domain::feedback::CommentState::Visible)
        .and_then(|x| docs::comment(&search.fields, cat, x))
}

async fn challenge_document(
    db: &Db,
    search: &Search,
    cat: &Catalog,
    id: i64,
) -> anyhow::Result<Option<TantivyDocument>> {
    let Some(c) = challenges::by_id_any_city(db, id).await? else { return Ok(None) };
    let lang =
        cities::by_id(db, c.city_id).await?.map(|city| city.default_locale()).unwrap_or(crate::domain::Locale::En);
    Ok(docs::challenge(&search.fields, cat, &c, lang))
}

async fn value_document(db: &Db, search: &Search, cat: &Catalog, id: i64) -> anyhow::Result<Option<TantivyDocument>> {
    let Some(v) = crate::db::indicators::value_by_id(db, id).await? else { return Ok(None) };
    let Some(city) = cities::by_id(db, v.city_id).await? else { return Ok(None) };
    let unit = crate::db::indicators::by_id(db, city.id, v.indicator_id).await?.map(|i| i.unit).unwrap_or_default();
    Ok(docs::indicator_value(&search.fields, cat, &v, &unit, city.default_locale()))
}

async fn answer_document(db: &Db, search: &Search, cat: &Catalog, id: i64) -> anyhow::Result<Option<TantivyDocument>> {
    use crate::db::questionnaires as q;
    let Some(a) = q::text_answer(db, id).await?.filter(|a| a.hidden_reason.is_none()) else { return Ok(None) };
    let Some(k) = consultations::by_id(db, a.consultation_id).await? else { return Ok(None) };
    let prompt = q::question(db, k.id, a.question_id).await?.map(|x| x.prompt()).unwrap_or_default();
    let public_from = if q::live_results(db, k.id).await? { 0 } else { k.closes_at };
    Ok(docs::answer(&search.fields, cat, &a, &prompt, public_from))
}

/// Applies one batch of changes and commits it. Returns how many changes were applied.
pub async fn run_once(
    db: &Db,
    search: &Search,
    writer: &mut IndexWriter<TantivyDocument>,
    horizon: &mut Horizon,
) -> anyhow::Result<usize> {
    let from = search.applied_seq();
    let limit = horizon.advance(db).await?;
    // Numbers missing below the horizon were rolled back: skipping them loses nothing.
    let batch: Vec<Change> =
        changes::after(db, from, BATCH).await?.into_iter().filter(|c| limit.is_none_or(|l| c.seq <= l)).collect();
    let Some(last) = batch.last().map(|c| c.seq) else { return Ok(0) };
    let cat = Catalog::load(db).await?;
    let comment_ids: Vec<i64> =
        batch.iter().filter(|c| c.entity_type == "comment" && c.op != "delete").map(|c| c.entity_id).collect();
    let comments_read: HashMap<i64, comments::Comment> =
        comments::by_ids(db, &comment_ids).await?.into_iter().map(|c| (c.id, c)).collect();
    let mut applied = Applied::default();
    let is_comment = |c: &&Change| c.entity_type == "comment";
    for c in batch.iter().filter(|c| !is_comment(c)) {
        let doc = if c.op != "delete" { document(db, search, &cat, c).await? } else { None };
        applied.apply(writer, search, c, doc)?;
    }
    // Comments are most of a busy batch, and their documents need no more reads: they are
    // built off the async workers, which would otherwise stall requests for several
    // milliseconds a batch (the slowest comment posts under load).
    crate::off_the_workers(|| -> anyhow::Result<()> {
        for c in batch.iter().filter(is_comment) {
            let doc = if c.op != "delete" { comment_document(search, &cat, &comments_read, c.entity_id) } else { None };
            applied.apply(writer, search, c, doc)?;
        }
        commit(writer, last)?;
        Ok(search.reader.reload()?)
    })?;
    let Applied { added, removed } = applied;
    // Alerts follow what was applied (a failure here never holds the index back); the batch
    // counts as applied once its alerts are stored, so a caught-up index has its alerts too.
    // A crash between the commit and this step loses that batch's alerts, never its documents.
    if let Err(e) = alert_saved_searches(db, search, added, removed).await {
        tracing::warn!(error = %e, "saved searches could not be matched for this batch");
    }
    search.applied.store(last, Ordering::SeqCst);
    Ok(batch.len())
}

/// What a batch changed in the index, by document key: for the saved-search alerts.
#[derive(Default)]
struct Applied {
    added: Vec<(String, TantivyDocument)>,
    removed: Vec<String>,
}

impl Applied {
    /// Replaces the change's document in the index with `doc` (or removes it).
    fn apply(
        &mut self,
        writer: &mut IndexWriter<TantivyDocument>,
        search: &Search,
        c: &Change,
        doc: Option<TantivyDocument>,
    ) -> anyhow::Result<()> {
        let key = format!("{}:{}", c.entity_type, c.entity_id);
        writer.delete_term(Term::from_field_text(search.fields.key, &key));
        match doc {
            Some(doc) => {
                writer.add_document(doc.clone())?;
                self.added.push((key, doc));
            }
            None => self.removed.push(key),
        }
        Ok(())
    }
}

/// Matches a batch's new documents against every saved search and stores what matched (the
/// mail worker sends it); a document is alerted once, and documents that leave the index
/// leave the alerts too.
pub async fn alert_saved_searches(
    db: &Db,
    search: &Search,
    added: Vec<(String, TantivyDocument)>,
    removed: Vec<String>,
) -> anyhow::Result<usize> {
    saved_searches::forget_documents(db, &removed).await?;
    // Only what happens is alerted (comments, updates, challenges, values), by document kind.
    let added: Vec<(String, TantivyDocument)> =
        added.into_iter().filter(|(_, doc)| alerts::is_alertable(search.fields, doc)).collect();
    let alertable: Vec<String> = added.iter().map(|(key, _)| key.clone()).collect();
    if alertable.is_empty() {
        return Ok(0);
    }
    let known = saved_searches::known_documents(db, &alertable).await?;
    let fresh: Vec<(String, TantivyDocument)> = added.into_iter().filter(|(key, _)| !known.contains(key)).collect();
    let rows = saved_searches::all(db).await?;
    if rows.is_empty() || fresh.is_empty() {
        return Ok(0);
    }
    let now = crate::domain::now_ts();
    let search = search.clone();
    // Parsing and matching are CPU work: off the async threads that serve requests.
    let found = tokio::task::spawn_blocking(move || {
        let searches = match search.alert_queries.lock() {
            Ok(mut cache) => cache.refresh(&search.index, search.fields, &rows),
            Err(poisoned) => poisoned.into_inner().refresh(&search.index, search.fields, &rows),
        };
        alerts::match_documents(search.fields, &fresh, &searches, now)
    })
    .await??;
    saved_searches::store_batch(db, &found.documents, &found.hits, now).await?;
    Ok(found.hits.len())
}

/// Commits with the last applied sequence as the commit's payload.
pub fn commit(writer: &mut IndexWriter<TantivyDocument>, seq: i64) -> anyhow::Result<()> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&seq.to_string());
    prepared.commit()?;
    Ok(())
}

/// Runs until the process stops; wakes on notification or twice a second, and commits at
/// most about once a second under load.
pub fn spawn(db: Db, search: Search, wake: Arc<Notify>) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    Ok(tokio::spawn(async move {
        // The directory's writer lock may still be held by a previous owner for a moment.
        let mut writer = loop {
            match writer(&search) {
                Ok(w) => break w,
                Err(e) => {
                    tracing::warn!(error = %e, "index writer unavailable; retrying");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
            }
        };
        // A new (or schema-upgraded) index is filled in bulk rather than by replaying the log.
        let mut horizon = Horizon::default();
        if search.applied_seq() == 0 {
            match fill(&db, &search, &mut writer, |_, _| {}).await {
                Ok(n) => tracing::info!(comments = n, "search index built from the database"),
                Err(e) => tracing::warn!(error = %e, "bulk indexing failed; following the change log instead"),
            }
        }
        loop {
            let started = std::time::Instant::now();
            match run_once(&db, &search, &mut writer, &mut horizon).await {
                Ok(n) if n > 0 => tracing::debug!(changes = n, seq = search.applied_seq(), "index updated"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "indexing failed; will retry"),
            }
            let rest = Duration::from_millis(1000).saturating_sub(started.elapsed());
            tokio::select! {
                _ = wake.notified() => tokio::time::sleep(rest.min(Duration::from_millis(200))).await,
                _ = tokio::time::sleep(Duration::from_millis(500)) => {},
            }
        }
    }))
}

/// Builds a fresh index from the database in `dir` with a writer buffer of `writer_mb`
/// (reporting progress), for `townhall reindex`.
pub async fn rebuild(
    db: &Db,
    dir: &std::path::Path,
    writer_mb: usize,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<u64> {
    let search = Search::open(dir)?.with_writer_budget(writer_mb);
    let mut writer = writer(&search)?;
    let done = fill(db, &search, &mut writer, progress).await?;
    writer.wait_merging_threads()?;
    Ok(done)
}

/// Replaces everything in the index with the database's current content, in bulk (much
/// faster than replaying the change log), and commits at the change-log position it read.
pub async fn fill(
    db: &Db,
    search: &Search,
    writer: &mut IndexWriter<TantivyDocument>,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<u64> {
    writer.delete_all_documents()?;
    // Everything up to here is final and in the database (on PostgreSQL, after waiting for
    // transactions that hold earlier numbers); later changes are applied by the indexer.
    let seq = match Horizon::default().settle(db).await? {
        Some(safe) => safe,
        None => changes::latest_seq(db).await?,
    };
    let cat = Catalog::load(db).await?;
    let f = &search.fields;
    let total = comments::count_visible(db).await? as u64;
    let mut done = 0u64;
    for (city_id, _) in cat.city_slugs.iter() {
        for c in commitments::list(db, *city_id, &Default::default()).await? {
            if let Some(d) = docs::commitment(f, &cat, &c) {
                writer.add_document(d)?;
            }
        }
        for p in projects::list(db, *city_id, None).await? {
            if let Some(d) = docs::project(f, &cat, &p) {
                writer.add_document(d)?;
            }
        }
        for k in consultations::list(db, *city_id).await? {
            if let Some(d) = docs::consultation(f, &cat, &k) {
                writer.add_document(d)?;
            }
        }
        let lang = cities::by_id(db, *city_id).await?.map(|c| c.default_locale()).unwrap_or(crate::domain::Locale::En);
        for c in challenges::for_city(db, *city_id).await? {
            if let Some(d) = docs::challenge(f, &cat, &c, lang) {
                writer.add_document(d)?;
            }
        }
        let units: std::collections::HashMap<i64, String> =
            crate::db::indicators::for_city(db, *city_id).await?.into_iter().map(|i| (i.id, i.unit)).collect();
        for v in crate::db::indicators::values_of_city(db, *city_id).await? {
            let unit = units.get(&v.indicator_id).map(String::as_str).unwrap_or("");
            if let Some(d) = docs::indicator_value(f, &cat, &v, unit, lang) {
                writer.add_document(d)?;
            }
        }
        for u in updates::ledger_for_city(db, *city_id).await? {
            if let Some(d) = docs::update(f, &cat, &u) {
                writer.add_document(d)?;
            }
        }
    }
    let mut after = 0;
    loop {
        let batch = comments::visible_after(db, after, 5000).await?;
        let Some(last) = batch.last().map(|c| c.id) else { break };
        for c in &batch {
            if let Some(d) = docs::comment(f, &cat, c) {
                writer.add_document(d)?;
            }
        }
        done += batch.len() as u64;
        progress(done, total);
        after = last;
    }
    commit(writer, seq)?;
    search.reader.reload()?;
    search.applied.store(seq, Ordering::SeqCst);
    Ok(done)
}
