//! Full-text search with tantivy. The database is the source of truth; the index under
//! `data/index/` follows the database's change log (`search_changes`) by sequence number and
//! stores the last applied number in each commit, so it can always be resumed or rebuilt.

pub mod alerts;
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
    /// Saved searches parsed once and kept between indexing batches.
    pub alert_queries: Arc<std::sync::Mutex<alerts::QueryCache>>,
    /// Threads that aggregate a report's segments in parallel (searches stay on one thread:
    /// they are short, and many run at once).
    pub report_executor: Arc<tantivy::Executor>,
    /// Bytes the index writer buffers before it writes a segment.
    pub writer_budget: usize,
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
        let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
        let report_executor = Arc::new(tantivy::Executor::multi_thread(threads, "th-report-")?);
        Ok(Search {
            index,
            reader,
            fields,
            applied: Arc::new(AtomicI64::new(applied)),
            alert_queries: Default::default(),
            report_executor,
            writer_budget: crate::config::DEFAULT_INDEX_WRITER_MB * 1024 * 1024,
        })
    }

    /// The index writer's buffer, in megabytes (at least 15).
    pub fn with_writer_budget(self, megabytes: usize) -> Search {
        Search { writer_budget: megabytes * 1024 * 1024, ..self }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_reopens_as_it_was_and_a_foreign_schema_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let search = Search::open(dir.path()).unwrap();
        let mut writer = indexer::writer(&search).unwrap();
        indexer::commit(&mut writer, 42).unwrap();
        drop(writer);
        assert_eq!(Search::open(dir.path()).unwrap().applied_seq(), 42, "same schema: kept");

        let other = tempfile::tempdir().unwrap();
        let mut builder = tantivy::schema::Schema::builder();
        builder.add_text_field("key", tantivy::schema::STRING);
        let index = Index::create_in_dir(other.path(), builder.build()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload("42");
        prepared.commit().unwrap();
        drop(writer);
        let reopened = Search::open(other.path()).unwrap();
        assert_eq!(reopened.applied_seq(), 0, "another schema: started afresh");
        assert_eq!(reopened.index.schema(), schema::build().0);
    }
}
