//! Running a search: query syntax (words, "phrases", -exclusions), filters, facet counts
//! (tantivy aggregations, one pass) and highlighted snippets.

use super::Search;
use crate::domain::feedback::escape_html;
use crate::domain::Locale;
use std::collections::HashMap;
use std::ops::Bound;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, TantivyDocument, Term};

pub const PAGE_SIZE: usize = 20;
pub const MAX_PAGE: usize = 50;
pub use crate::domain::filters::MAX_QUERY_CHARS;

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
pub struct SearchRequest {
    #[serde(default)]
    pub q: String,
    pub city: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub theme: Option<String>,
    pub sdg: Option<String>,
    pub stance: Option<String>,
    pub lang: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub page: Option<String>,
}

fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl SearchRequest {
    pub fn page(&self) -> usize {
        self.page.as_deref().and_then(|p| p.parse().ok()).unwrap_or(1).clamp(1, MAX_PAGE)
    }
    /// Whether anything was asked: words or a filter.
    pub fn is_asked(&self) -> bool {
        !self.q.trim().is_empty()
            || [&self.city, &self.kind, &self.theme, &self.sdg, &self.stance, &self.lang, &self.from, &self.to]
                .iter()
                .any(|v| non_empty(v).is_some())
    }

    /// The request from filter pairs that were checked (empty values mean "any").
    pub fn from_pairs(pairs: &[(String, String)]) -> SearchRequest {
        let get = |n: &str| pairs.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
        SearchRequest {
            // Only this much of a query is searched, so only this much is repeated in a page.
            q: get("q").map(|q| q.chars().take(MAX_QUERY_CHARS).collect()).unwrap_or_default(),
            city: get("city"),
            kind: get("type"),
            theme: get("theme"),
            sdg: get("sdg"),
            stance: get("stance"),
            lang: get("lang"),
            from: get("from"),
            to: get("to"),
            page: get("page"),
        }
    }

    /// A stored query string (a saved search), read like the search page reads its own.
    pub fn from_query(query: &str) -> SearchRequest {
        SearchRequest::from_pairs(&serde_urlencoded::from_str::<Vec<(String, String)>>(query).unwrap_or_default())
    }

    /// Query string of the filters (without `page`), to build links.
    pub fn filters_query(&self) -> String {
        let mut copy = self.clone();
        copy.page = None;
        serde_urlencoded::to_string(&copy).unwrap_or_default()
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    pub kind: String,
    pub title: String,
    /// The title's language when it is not the reader's (no translation yet).
    pub title_lang: Option<String>,
    /// Path after `/{locale}`, to the exact anchor.
    pub link: String,
    /// Escaped HTML with `<b>` around the matches.
    pub snippet_html: String,
    pub lang: String,
    pub date: i64,
    pub city: String,
    pub stance: Option<String>,
    pub organisation: Option<String>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SearchResults {
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    pub hits: Vec<Hit>,
    /// facet name → (value, count), largest first.
    pub facets: HashMap<String, Vec<(String, u64)>>,
    /// The query could not be parsed as written and was read as plain words.
    pub relaxed: bool,
}

fn date_bound(s: Option<&str>, end_of_day: bool) -> Option<i64> {
    let d = chrono::NaiveDate::parse_from_str(s?, "%Y-%m-%d").ok()?;
    let t = if end_of_day { d.and_hms_opt(23, 59, 59)? } else { d.and_hms_opt(0, 0, 0)? };
    Some(t.and_utc().timestamp())
}

/// Removes the query syntax characters, keeping words, for a malformed query.
fn plain_words(q: &str) -> String {
    q.chars().map(|c| if c.is_alphanumeric() || c.is_whitespace() { c } else { ' ' }).collect()
}

/// The query a request asks for: (the words alone, for snippets; the words with every
/// filter; whether the words had to be read as plain words).
/// With a language filter, the words are looked for in that language's text only, so that a
/// document counts in the language it matched in.
pub fn filter_query(search: &Search, req: &SearchRequest) -> (Box<dyn Query>, BooleanQuery, bool) {
    let lang = non_empty(&req.lang).and_then(Locale::parse);
    filter_query_in(search, req, lang)
}

fn filter_query_in(search: &Search, req: &SearchRequest, lang: Option<Locale>) -> (Box<dyn Query>, BooleanQuery, bool) {
    build_query(&search.index, search.fields, req, lang)
}

/// The query for a request against any index with the search schema (the main index, or the
/// small one saved searches are matched against).
pub fn build_query(
    index: &tantivy::Index,
    f: super::schema::Fields,
    req: &SearchRequest,
    lang: Option<Locale>,
) -> (Box<dyn Query>, BooleanQuery, bool) {
    let q: String = req.q.chars().take(MAX_QUERY_CHARS).collect();
    let mut relaxed = false;
    let text_query: Box<dyn Query> = if q.trim().is_empty() {
        Box::new(AllQuery)
    } else {
        let fields = match lang {
            Some(l) => f.text_in(l),
            None => f.all_text(),
        };
        let mut parser = QueryParser::for_index(index, fields);
        parser.set_conjunction_by_default();
        match parser.parse_query(&q) {
            Ok(query) => query,
            Err(_) => {
                relaxed = true;
                let words = plain_words(&q);
                if words.trim().is_empty() {
                    Box::new(AllQuery)
                } else {
                    parser.parse_query_lenient(&words).0
                }
            }
        }
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
    let term = |field, value: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(Term::from_field_text(field, value), IndexRecordOption::Basic))
    };
    for (field, value) in [(f.city, &req.city), (f.kind, &req.kind), (f.themes, &req.theme), (f.stance, &req.stance)] {
        if let Some(v) = non_empty(value) {
            clauses.push((Occur::Must, term(field, v)));
        }
    }
    if let Some(l) = lang {
        clauses.push((Occur::Must, term(f.lang, l.id())));
    }
    if let Some(sdg) = non_empty(&req.sdg).and_then(|s| s.parse::<u64>().ok()) {
        clauses
            .push((Occur::Must, Box::new(TermQuery::new(Term::from_field_u64(f.sdgs, sdg), IndexRecordOption::Basic))));
    }
    let from = date_bound(non_empty(&req.from), false);
    let to = date_bound(non_empty(&req.to), true);
    if from.is_some() || to.is_some() {
        let lower = from.map(|t| Bound::Included(Term::from_field_i64(f.date, t))).unwrap_or(Bound::Unbounded);
        let upper = to.map(|t| Bound::Included(Term::from_field_i64(f.date, t))).unwrap_or(Bound::Unbounded);
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    // Written answers whose results are not yet public are never found.
    let now = Term::from_field_i64(f.embargo, crate::domain::now_ts());
    clauses.push((Occur::MustNot, Box::new(RangeQuery::new(Bound::Excluded(now), Bound::Unbounded))));
    (text_query, BooleanQuery::new(clauses), relaxed)
}

pub fn run(search: &Search, req: &SearchRequest, reader_locale: Locale) -> anyhow::Result<SearchResults> {
    let f = search.fields;
    let searcher = search.reader.searcher();
    let (text_query, query, relaxed) = filter_query(search, req);
    let q = req.q.trim();

    let page = req.page();
    let offset = (page - 1) * PAGE_SIZE;
    let aggs: Aggregations = serde_json::from_value(serde_json::json!({
        "type": {"terms": {"field": "kind", "size": 10}},
        "lang": {"terms": {"field": "lang", "size": 10}},
        "stance": {"terms": {"field": "stance", "size": 10}},
        "theme": {"terms": {"field": "themes", "size": 10}},
        "city": {"terms": {"field": "city", "size": 20}},
        "sdg": {"terms": {"field": "sdgs", "size": 17}},
    }))?;
    let aggregation = AggregationCollector::from_aggs(aggs, Default::default());
    // Without words to rank by, newest first.
    let (addresses, total, aggregated): (Vec<DocAddress>, usize, _) = if q.is_empty() {
        let top = TopDocs::with_limit(PAGE_SIZE).and_offset(offset).order_by_fast_field::<i64>("date", Order::Desc);
        let (docs, total, aggs) = searcher.search(&query, &(top, Count, aggregation))?;
        (docs.into_iter().map(|(_, a)| a).collect(), total, aggs)
    } else {
        let top = TopDocs::with_limit(PAGE_SIZE).and_offset(offset);
        let (docs, total, aggs) = searcher.search(&query, &(top, Count, aggregation))?;
        (docs.into_iter().map(|(_, a)| a).collect(), total, aggs)
    };

    let mut facets = HashMap::new();
    if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(&aggregated) {
        for (name, value) in map {
            let buckets = value["buckets"].as_array().cloned().unwrap_or_default();
            let list: Vec<(String, u64)> = buckets
                .iter()
                .filter_map(|b| {
                    let key = match &b["key"] {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Number(n) => n.as_f64().map(|v| (v as i64).to_string())?,
                        _ => return None,
                    };
                    Some((key, b["doc_count"].as_u64().unwrap_or(0)))
                })
                .collect();
            facets.insert(name, list);
        }
    }

    // The language facet counts each document in the languages its words matched in, not
    // every language it has a translation in.
    if !q.is_empty() {
        let mut by_lang = Vec::new();
        for l in Locale::ALL {
            let (_, in_lang, _) = filter_query_in(search, req, Some(*l));
            let n = searcher.search(&in_lang, &Count)?;
            if n > 0 {
                by_lang.push((l.id().to_string(), n as u64));
            }
        }
        by_lang.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        facets.insert("lang".to_string(), by_lang);
    }

    let requested_lang = non_empty(&req.lang).and_then(Locale::parse);
    let mut generators: HashMap<u32, SnippetGenerator> = HashMap::new();
    let mut hits = Vec::new();
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(address)?;
        let text_of = |field| doc.get_first(field).and_then(|v| v.as_str()).map(str::to_string);
        // The language the reader asked for, else theirs when the document has it, else its first.
        let has = |l: Locale| text_of(f.text(l)).is_some();
        let lang = requested_lang
            .filter(|l| has(*l))
            .or_else(|| has(reader_locale).then_some(reader_locale))
            .or_else(|| Locale::ALL.iter().copied().find(|l| has(*l)))
            .unwrap_or(reader_locale);
        let field = f.text(lang);
        let snippet_html = match text_of(field) {
            Some(text) => {
                let generator = match generators.entry(field.field_id()) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let mut g = SnippetGenerator::create(&searcher, &text_query, field)?;
                        g.set_max_num_chars(240);
                        e.insert(g)
                    }
                };
                let snippet = generator.snippet_from_doc(&doc);
                if snippet.fragment().is_empty() {
                    escape_html(&text.chars().take(240).collect::<String>())
                } else {
                    // to_html escapes the text; only the <b> highlights are markup.
                    snippet.to_html()
                }
            }
            None => String::new(),
        };
        let titles = text_of(f.titles).map(|t| crate::domain::Translated::from_json(&t)).unwrap_or_default();
        let shown = titles.show(reader_locale, Locale::En);
        let (title, title_lang) = if shown.text.is_empty() {
            (text_of(f.display_title).unwrap_or_default(), None)
        } else {
            (shown.text, shown.fallback.map(|l| l.id().to_string()))
        };
        hits.push(Hit {
            kind: text_of(f.kind).unwrap_or_default(),
            title,
            title_lang,
            link: text_of(f.link).unwrap_or_default(),
            snippet_html,
            lang: lang.id().to_string(),
            date: doc.get_first(f.date).and_then(|v| v.as_i64()).unwrap_or(0),
            city: text_of(f.city).unwrap_or_default(),
            stance: text_of(f.stance),
            organisation: text_of(f.organisation),
        });
    }
    let pages = total.div_ceil(PAGE_SIZE).clamp(1, MAX_PAGE);
    Ok(SearchResults { total, page, pages, hits, facets, relaxed })
}
