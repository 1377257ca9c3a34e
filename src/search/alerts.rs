//! Saved-search alerts, matched where the documents are indexed: after each batch, the
//! indexer hands the new documents here; they are indexed again in a small in-memory index
//! with the same schema and analyzers, and every saved search runs against that index only.
//! The cost grows with the number of saved searches and the batch, never with the size of
//! the city's feedback, and the words match exactly as they do on the search page.

use super::query::{build_query, SearchRequest};
use super::schema::{self, Fields};
use crate::db::saved_searches::{AlertDocument, Hits, SavedSearch};
use crate::domain::Locale;
use std::collections::HashMap;
use std::sync::Arc;
use tantivy::collector::DocSetCollector;
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::{Index, TantivyDocument};

/// Kinds of documents people are alerted to: things that happen, not the items themselves.
pub const ALERT_KINDS: [&str; 4] = ["comment", "update", "challenge", "value"];

/// Whether people are alerted to this document (by its kind).
pub fn is_alertable(fields: Fields, doc: &TantivyDocument) -> bool {
    ALERT_KINDS.contains(&text_of(doc, fields.kind).as_str())
}

/// Longest snippet kept with a match (mails and feeds show it abridged).
const SNIPPET_CHARS: usize = 280;

/// A saved search parsed once: the query of its words and filters, and the date from which
/// documents count (those dated before it was saved never match it).
pub struct Prepared {
    pub id: i64,
    pub since: i64,
    /// The stored query string it was parsed from (a changed row is parsed again).
    source: String,
    query: Box<dyn Query>,
}

impl Prepared {
    /// Parses a saved search against an index with the search schema and analyzers.
    pub fn parse(index: &Index, fields: Fields, s: &SavedSearch) -> Prepared {
        let request = SearchRequest::from_query(&s.query);
        let lang = request.lang.as_deref().map(str::trim).and_then(Locale::parse);
        let (_, query, _) = build_query(index, fields, &request, lang);
        Prepared { id: s.id, since: s.created_at, source: s.query.clone(), query: Box::new(query) }
    }
}

/// Parsed saved searches by id, kept between batches: parsing costs as much as matching.
#[derive(Default)]
pub struct QueryCache {
    entries: HashMap<i64, Arc<Prepared>>,
}

impl QueryCache {
    /// The parsed form of every saved search in `rows` (parsing only new or changed ones);
    /// deleted saved searches leave the cache.
    pub fn refresh(&mut self, index: &Index, fields: Fields, rows: &[SavedSearch]) -> Vec<Arc<Prepared>> {
        let mut fresh = HashMap::with_capacity(rows.len());
        for row in rows {
            let prepared = match self.entries.remove(&row.id) {
                Some(p) if p.source == row.query && p.since == row.created_at => p,
                _ => Arc::new(Prepared::parse(index, fields, row)),
            };
            fresh.insert(row.id, prepared);
        }
        self.entries = fresh;
        let mut all: Vec<Arc<Prepared>> = self.entries.values().cloned().collect();
        all.sort_by_key(|p| p.id);
        all
    }
}

fn text_of(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string()
}

/// The document's own words, abridged: the first text field that has any.
fn snippet(f: &Fields, doc: &TantivyDocument) -> String {
    let text = Locale::ALL.iter().map(|l| text_of(doc, f.text(*l))).find(|t| !t.trim().is_empty()).unwrap_or_default();
    let mut words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() > SNIPPET_CHARS {
        words = words.chars().take(SNIPPET_CHARS).collect::<String>() + "…";
    }
    words
}

/// A saved search's id and the positions of the candidates it matched.
type SearchHits = (i64, Vec<usize>);

/// What a batch found: the documents that matched anything, and per saved search its keys.
#[derive(Default)]
pub struct Found {
    pub documents: Vec<AlertDocument>,
    pub hits: Vec<Hits>,
}

fn alert_document(fields: &Fields, key: &str, doc: &TantivyDocument, now: i64) -> AlertDocument {
    AlertDocument {
        doc_key: key.to_string(),
        kind: text_of(doc, fields.kind),
        city: text_of(doc, fields.city),
        link: text_of(doc, fields.link),
        titles: text_of(doc, fields.titles),
        snippet: snippet(fields, doc),
        lang: text_of(doc, fields.lang),
        date: doc.get_first(fields.date).and_then(|v| v.as_i64()).unwrap_or(now),
    }
}

/// Matches `searches` against `docs` (key, document). Documents of other kinds, and documents
/// dated before a saved search was made, never match it.
pub fn match_documents(
    fields: Fields,
    docs: &[(String, TantivyDocument)],
    searches: &[Arc<Prepared>],
    now: i64,
) -> anyhow::Result<Found> {
    let candidates: Vec<&(String, TantivyDocument)> =
        docs.iter().filter(|(_, d)| ALERT_KINDS.contains(&text_of(d, fields.kind).as_str())).collect();
    if candidates.is_empty() || searches.is_empty() {
        return Ok(Found::default());
    }
    let (schema, _) = schema::build();
    let index = Index::create_in_ram(schema);
    schema::register_tokenizers(&index);
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
    for (_, doc) in &candidates {
        writer.add_document((*doc).clone())?;
    }
    writer.commit()?;
    let searcher = index.reader()?.searcher();
    let mut by_address = HashMap::new();
    for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
        let store = segment.get_store_reader(1)?;
        for doc_id in 0..segment.max_doc() {
            let stored: TantivyDocument = store.get(doc_id)?;
            let key = text_of(&stored, fields.key);
            if let Some(position) = candidates.iter().position(|(k, _)| *k == key) {
                by_address.insert((ordinal as u32, doc_id), position);
            }
        }
    }
    let dates: Vec<i64> =
        candidates.iter().map(|(_, d)| d.get_first(fields.date).and_then(|v| v.as_i64()).unwrap_or(now)).collect();
    // Two threads share the saved searches: matching is the only CPU-heavy step of a batch.
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 2);
    let chunk = searches.len().div_ceil(threads).max(1);
    let per_thread: Vec<anyhow::Result<Vec<SearchHits>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = searches
            .chunks(chunk)
            .map(|part| {
                let (searcher, by_address, dates) = (&searcher, &by_address, &dates);
                scope.spawn(move || -> anyhow::Result<Vec<SearchHits>> {
                    let mut out = Vec::new();
                    for s in part {
                        let mut positions: Vec<usize> = searcher
                            .search(s.query.as_ref(), &DocSetCollector)?
                            .into_iter()
                            .filter_map(|a| by_address.get(&(a.segment_ord, a.doc_id)).copied())
                            .filter(|p| dates[*p] >= s.since)
                            .collect();
                        if !positions.is_empty() {
                            positions.sort_unstable();
                            out.push((s.id, positions));
                        }
                    }
                    Ok(out)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|_| Err(anyhow::anyhow!("matching thread panicked"))))
            .collect()
    });
    let mut matched = vec![false; candidates.len()];
    let mut found = Found::default();
    for part in per_thread {
        for (id, positions) in part? {
            for p in &positions {
                matched[*p] = true;
            }
            let doc_keys = positions.iter().map(|p| candidates[*p].0.clone()).collect();
            found.hits.push(Hits { saved_search_id: id, doc_keys });
        }
    }
    for (position, (key, doc)) in candidates.iter().enumerate() {
        if matched[position] {
            found.documents.push(alert_document(&fields, key, doc, now));
        }
    }
    Ok(found)
}
