//! Full-text search with tantivy. The database is the source of truth; the index under
//! `data/index/` follows the database's change log (`search_changes`) by sequence number and
//! stores the last applied number in each commit, so it can always be resumed or rebuilt.

pub mod docs;
pub mod indexer;
pub mod query;
pub mod report;
pub mod schema;

use anyhow::Context;
use schema::Fields;
use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use tantivy::{Index, IndexReader, ReloadPolicy};

/// The read side of the index, shared by every request. The single writer lives in the
/// indexer task (tantivy allows one writer per directory).
#[derive(Clone)]
pub struct Search {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// Last change-log sequence applied and committed.
    pub applied: Arc<AtomicI64>,
}

impl Search {
    /// Opens the index in `dir`, creating it when absent.
    pub fn open(dir: &Path) -> anyhow::Result<Search> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let (schema, fields) = schema::build();
        let existing = if dir.join("meta.json").exists() {
            Some(Index::open_in_dir(dir).with_context(|| format!("cannot open the index in {}", dir.display()))?)
        } else {
            None
        };
        let index = match existing {
            Some(index) if index.schema() == schema => index,
            other => {
                if other.is_some() {
                    // An index written by an older version: start afresh; the indexer refills
                    // it from the database (the source of truth) on its first run.
                    tracing::warn!(dir = %dir.display(), "search index schema changed; rebuilding the index");
                    std::fs::remove_dir_all(dir)?;
                    std::fs::create_dir_all(dir)?;
                }
                Index::create_in_dir(dir, schema)
                    .with_context(|| format!("cannot create the index in {}", dir.display()))?
            }
        };
        schema::register_tokenizers(&index);
        // Manual reloads: the indexer reloads right after each commit (read-your-writes).
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let applied = committed_seq(&index);
        Ok(Search { index, reader, fields, applied: Arc::new(AtomicI64::new(applied)) })
    }

    pub fn applied_seq(&self) -> i64 {
        self.applied.load(Ordering::SeqCst)
    }

    /// Number of documents searchable now.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// The change-log sequence stored with the last commit (0 for a new index).
pub fn committed_seq(index: &Index) -> i64 {
    index.load_metas().ok().and_then(|m| m.payload).and_then(|p| p.parse().ok()).unwrap_or(0)
}
