//! Saved-search alerts, matched where the documents are indexed: after each batch, the
//! indexer hands the new documents here; they are indexed again in a small in-memory index
//! with the same schema and analyzers, and every saved search runs against that index only.
//! The cost grows with the number of saved searches and the batch, never with the size of
//! the city's feedback, and the words match exactly as they do on the search page.

use super::query::{build_query, SearchRequest};
use super::schema::{self, Fields};
use crate::db::saved_searches::{Match, SavedSearch};
use crate::domain::Locale;
use std::collections::HashMap;
use std::ops::Bound;
use tantivy::collector::DocSetCollector;
use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery};
use tantivy::schema::Value;
use tantivy::{Index, TantivyDocument, Term};

/// Kinds of documents people are alerted to: things that happen, not the items themselves.
pub const ALERT_KINDS: &[&str] = &["comment", "update", "challenge"];

/// Longest snippet kept with a match (mails and feeds show it abridged).
const SNIPPET_CHARS: usize = 280;

/// A saved search read once: its request and the language its words are looked for in.
pub struct Prepared {
    pub id: i64,
    pub since: i64,
    pub request: SearchRequest,
}

impl Prepared {
    pub fn of(s: &SavedSearch) -> Prepared {
        Prepared { id: s.id, since: s.created_at, request: SearchRequest::from_query(&s.query) }
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

/// The matches of `searches` among `docs` (key, document). Documents of other kinds, and
/// documents dated before a saved search was made, never match it.
pub fn match_documents(
    fields: Fields,
    docs: &[(String, TantivyDocument)],
    searches: &[Prepared],
    now: i64,
) -> anyhow::Result<Vec<Match>> {
    let candidates: Vec<&(String, TantivyDocument)> =
        docs.iter().filter(|(_, d)| ALERT_KINDS.contains(&text_of(d, fields.kind).as_str())).collect();
    if candidates.is_empty() || searches.is_empty() {
        return Ok(vec![]);
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
    let mut matches = Vec::new();
    for s in searches {
        let lang = s.request.lang.as_deref().map(str::trim).and_then(Locale::parse);
        let (_, filtered, _) = build_query(&index, fields, &s.request, lang);
        let since: Box<dyn Query> =
            Box::new(RangeQuery::new(Bound::Included(Term::from_field_i64(fields.date, s.since)), Bound::Unbounded));
        let query = BooleanQuery::new(vec![(Occur::Must, Box::new(filtered)), (Occur::Must, since)]);
        for address in searcher.search(&query, &DocSetCollector)? {
            let Some(&position) = by_address.get(&(address.segment_ord, address.doc_id)) else { continue };
            let (key, doc) = candidates[position];
            matches.push(Match {
                saved_search_id: s.id,
                doc_key: key.clone(),
                kind: text_of(doc, fields.kind),
                city: text_of(doc, fields.city),
                link: text_of(doc, fields.link),
                titles: text_of(doc, fields.titles),
                snippet: snippet(&fields, doc),
                lang: text_of(doc, fields.lang),
                date: doc.get_first(fields.date).and_then(|v| v.as_i64()).unwrap_or(now),
                matched_at: now,
            });
        }
    }
    Ok(matches)
}
