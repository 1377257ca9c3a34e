//! The indexer: follows the change log in order, applies changes in batches and commits at
//! most about once a second, storing the last applied sequence inside the commit. After a
//! crash it resumes from that sequence, so nothing is lost; re-applying a change is harmless
//! (every change deletes the document by key and re-adds it from the database).

use super::docs::{self, Catalog};
use super::Search;
use crate::db::changes::{self, Change};
use crate::db::{comments, commitments, consultations, projects, updates, Db};
use crate::domain::feedback::TargetType;
use crate::domain::now_ts;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;
use tantivy::{IndexWriter, TantivyDocument, Term};
use tokio::sync::Notify;

const BATCH: i64 = 2000;
/// A gap in the sequence younger than this may be a transaction still committing
/// (PostgreSQL hands out sequence numbers before commit); older gaps are rollbacks.
const GAP_PATIENCE_SECONDS: i64 = 5;

pub fn writer(search: &Search) -> anyhow::Result<IndexWriter<TantivyDocument>> {
    Ok(search.index.writer(64 * 1024 * 1024)?)
}

/// The changes after `from` that can be applied now, stopping at a young gap.
fn contiguous(from: i64, batch: Vec<Change>, now: i64) -> Vec<Change> {
    let mut expected = from + 1;
    let mut out = Vec::new();
    for c in batch {
        if c.seq != expected && now - c.created_at < GAP_PATIENCE_SECONDS {
            break;
        }
        expected = c.seq + 1;
        out.push(c);
    }
    out
}

async fn document(db: &Db, search: &Search, cat: &Catalog, c: &Change) -> anyhow::Result<Option<TantivyDocument>> {
    let f = &search.fields;
    Ok(match c.entity_type.as_str() {
        "comment" => comments::by_id(db, c.entity_id)
            .await?
            .filter(|x| x.state == crate::domain::feedback::CommentState::Visible)
            .and_then(|x| docs::comment(f, cat, &x)),
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
        _ => None,
    })
}

/// Applies one batch of changes and commits it. Returns how many changes were applied.
pub async fn run_once(db: &Db, search: &Search, writer: &mut IndexWriter<TantivyDocument>) -> anyhow::Result<usize> {
    let from = search.applied_seq();
    let batch = contiguous(from, changes::after(db, from, BATCH).await?, now_ts());
    let Some(last) = batch.last().map(|c| c.seq) else { return Ok(0) };
    let cat = Catalog::load(db).await?;
    for c in &batch {
        writer.delete_term(Term::from_field_text(search.fields.key, &format!("{}:{}", c.entity_type, c.entity_id)));
        if c.op != "delete" {
            if let Some(doc) = document(db, search, &cat, c).await? {
                writer.add_document(doc)?;
            }
        }
    }
    commit(writer, last)?;
    search.reader.reload()?;
    search.applied.store(last, Ordering::SeqCst);
    Ok(batch.len())
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
        if search.applied_seq() == 0 {
            match fill(&db, &search, &mut writer, |_, _| {}).await {
                Ok(n) => tracing::info!(comments = n, "search index built from the database"),
                Err(e) => tracing::warn!(error = %e, "bulk indexing failed; following the change log instead"),
            }
        }
        loop {
            let started = std::time::Instant::now();
            match run_once(&db, &search, &mut writer).await {
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

/// Builds a fresh index from the database in `dir` (reporting progress), for `townhall reindex`.
pub async fn rebuild(db: &Db, dir: &std::path::Path, progress: impl Fn(u64, u64)) -> anyhow::Result<u64> {
    let search = Search::open(dir)?;
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
    // Everything up to here is in the database; later changes are applied by the indexer.
    let seq = changes::latest_seq(db).await?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn change(seq: i64, created_at: i64) -> Change {
        Change { seq, entity_type: "comment".into(), entity_id: seq, op: "upsert".into(), created_at }
    }

    #[test]
    fn waits_for_young_gaps_and_skips_old_ones() {
        let now = 1_000;
        let young_gap = vec![change(1, now), change(3, now)];
        assert_eq!(contiguous(0, young_gap, now).len(), 1);
        let old_gap = vec![change(1, now - 60), change(3, now - 60)];
        assert_eq!(contiguous(0, old_gap, now).len(), 2);
    }
}
