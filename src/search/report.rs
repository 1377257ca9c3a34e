//! Feedback figures for the transparency report, aggregated inside the index: one pass over
//! the fast fields of the matching comments (no stored document is read, no row is loaded),
//! so a report over a million comments takes tens of milliseconds, and any search query and
//! filter can scope it ("all feedback about flooding in 2026" is one link).
//!
//! Only visible comments are in the index, so these figures count visible feedback; official
//! responses are matched but counted apart (they are the city's answers, not feedback).

use super::query::{filter_query, SearchRequest};
use super::schema::{target_key, TARGET_KIND_SHIFT};
use super::Search;
use crate::domain::feedback::TargetType;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// A hasher for u64 keys that are already well spread (participant hashes) or few (targets):
/// one multiplication instead of SipHash, on a path that runs once per matching comment.
#[derive(Default, Clone, Copy)]
pub struct SpreadHasher(u64);

impl std::hash::Hasher for SpreadHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Fibonacci hashing: the multiplication carries the low bits into the high ones,
        // which the hash table uses for its control bytes.
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type FastBuild = std::hash::BuildHasherDefault<SpreadHasher>;
pub type FastMap<V> = HashMap<u64, V, FastBuild>;
pub type FastSet = HashSet<u64, FastBuild>;

/// Figures of one commented item.
#[derive(Debug, Clone, Copy, Default)]
pub struct TargetFigures {
    pub comments: i64,
    pub top_level: i64,
    pub responded: i64,
    /// Sum of the response times of the responded top-level comments, in seconds.
    pub response_secs_sum: i64,
}

/// Aggregates the comments that `req` matches (its `kind` is forced to comments), only those
/// on items of `item_kind` when given. `bounds` are ascending bucket edges for the per-period
/// counts.
pub fn aggregate(
    search: &Search,
    req: &SearchRequest,
    item_kind: Option<TargetType>,
    bounds: &[i64],
) -> anyhow::Result<FeedbackAggregate> {
    let mut req = req.clone();
    req.kind = Some("comment".into());
    let (_, query, _) = filter_query(search, &req);
    let searcher = search.reader.searcher();
    let collector = FeedbackCollector {
        bounds: bounds.to_vec(),
        item_kind: item_kind.map(|k| target_key(k.id(), 0) >> TARGET_KIND_SHIFT),
    };
    let scoring = tantivy::query::EnableScoring::disabled_from_searcher(&searcher);
    Ok(searcher.search_with_executor(&query, &collector, &search.report_executor, scoring)?)
}

struct FeedbackCollector {
    bounds: Vec<i64>,
    /// The kind code of `schema::target_key` to keep, if any.
    item_kind: Option<u64>,
}

/// Everything the report says about feedback, before it is labelled: what one segment
/// found, and after merging what all of them found.
#[derive(Debug, Default)]
pub struct FeedbackAggregate {
    pub comments: i64,
    /// Distinct participant hashes (see `search::docs`).
    pub participants: FastSet,
    /// Distinct organisations speaking.
    pub organisations: FastSet,
    /// Stance, language, channel and theme counts; a comment without a stance counts as `none`.
    pub by_stance: HashMap<String, i64>,
    pub by_language: HashMap<String, i64>,
    pub by_channel: HashMap<String, i64>,
    pub by_theme: HashMap<String, i64>,
    /// Comments per bucket of the `bounds` given (bucket i is `[bounds[i], bounds[i+1])`).
    pub per_bucket: Vec<i64>,
    /// Keyed by `schema::target_key`.
    pub by_target: FastMap<TargetFigures>,
    pub top_level: i64,
    /// Response times (seconds) of the responded top-level comments, unsorted.
    pub response_secs: Vec<i64>,
}

fn add_all(into: &mut HashMap<String, i64>, from: HashMap<String, i64>) {
    for (k, v) in from {
        *into.entry(k).or_default() += v;
    }
}

impl FeedbackAggregate {
    fn merge(&mut self, other: FeedbackAggregate) {
        self.comments += other.comments;
        self.participants.extend(other.participants);
        self.organisations.extend(other.organisations);
        add_all(&mut self.by_stance, other.by_stance);
        add_all(&mut self.by_language, other.by_language);
        add_all(&mut self.by_channel, other.by_channel);
        add_all(&mut self.by_theme, other.by_theme);
        if self.per_bucket.len() < other.per_bucket.len() {
            self.per_bucket.resize(other.per_bucket.len(), 0);
        }
        for (i, n) in other.per_bucket.into_iter().enumerate() {
            self.per_bucket[i] += n;
        }
        for (k, t) in other.by_target {
            let e = self.by_target.entry(k).or_default();
            e.comments += t.comments;
            e.top_level += t.top_level;
            e.responded += t.responded;
            e.response_secs_sum += t.response_secs_sum;
        }
        self.top_level += other.top_level;
        self.response_secs.extend(other.response_secs);
    }
}

/// Counts per term ordinal of one string column, named at harvest.
struct OrdCounts {
    column: Option<StrColumn>,
    counts: Vec<i64>,
    /// Documents without a value (only kept for stance, as `none`).
    missing: i64,
}

impl OrdCounts {
    fn new(column: Option<StrColumn>) -> OrdCounts {
        let terms = column.as_ref().map(|c| c.num_terms()).unwrap_or(0);
        OrdCounts { column, counts: vec![0; terms], missing: 0 }
    }

    fn count_first(&mut self, doc: DocId) {
        match self.column.as_ref().and_then(|c| c.ords().first(doc)) {
            Some(ord) => self.counts[ord as usize] += 1,
            None => self.missing += 1,
        }
    }

    fn count_all(&mut self, doc: DocId) {
        if let Some(c) = &self.column {
            for ord in c.ords().values_for_doc(doc) {
                self.counts[ord as usize] += 1;
            }
        }
    }

    fn named(self, missing_as: Option<&str>) -> HashMap<String, i64> {
        let mut out = HashMap::new();
        if let Some(c) = &self.column {
            let mut name = String::new();
            for (ord, n) in self.counts.iter().enumerate().filter(|(_, n)| **n > 0) {
                name.clear();
                if c.ord_to_str(ord as u64, &mut name).unwrap_or(false) {
                    out.insert(name.clone(), *n);
                }
            }
        }
        if let (Some(key), true) = (missing_as, self.missing > 0) {
            out.insert(key.to_string(), self.missing);
        }
        out
    }
}

pub struct FeedbackSegment {
    bounds: Vec<i64>,
    item_kind: Option<u64>,
    date: Column<i64>,
    target: Column<u64>,
    top_level: Column<u64>,
    official: Column<u64>,
    response_secs: Column<i64>,
    participant: Column<u64>,
    organisation: Column<u64>,
    stance: OrdCounts,
    language: OrdCounts,
    channel: OrdCounts,
    themes: OrdCounts,
    out: FeedbackAggregate,
}

fn column<T>(reader: &SegmentReader, name: &str) -> tantivy::Result<Column<T>>
where
    T: tantivy::columnar::HasAssociatedColumnType
        + PartialOrd
        + Copy
        + Default
        + Send
        + Sync
        + std::fmt::Debug
        + 'static,
    tantivy::columnar::DynamicColumn: Into<Option<Column<T>>>,
{
    // A segment holding no comment has no such column: every document reads as "no value".
    Ok(reader.fast_fields().column_opt(name)?.unwrap_or_else(|| Column::build_empty_column(reader.max_doc())))
}

impl Collector for FeedbackCollector {
    type Fruit = FeedbackAggregate;
    type Child = FeedbackSegment;

    fn for_segment(&self, _: SegmentOrdinal, reader: &SegmentReader) -> tantivy::Result<FeedbackSegment> {
        let ff = reader.fast_fields();
        Ok(FeedbackSegment {
            bounds: self.bounds.clone(),
            item_kind: self.item_kind,
            date: column(reader, "date")?,
            target: column(reader, "target")?,
            top_level: column(reader, "top_level")?,
            official: column(reader, "official")?,
            response_secs: column(reader, "response_secs")?,
            participant: column(reader, "participant")?,
            organisation: column(reader, "organisation_id")?,
            stance: OrdCounts::new(ff.str("stance")?),
            language: OrdCounts::new(ff.str("lang")?),
            channel: OrdCounts::new(ff.str("channel")?),
            themes: OrdCounts::new(ff.str("themes")?),
            out: FeedbackAggregate { per_bucket: vec![0; self.bounds.len().saturating_sub(1)], ..Default::default() },
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FeedbackAggregate>) -> tantivy::Result<FeedbackAggregate> {
        let mut all = FeedbackAggregate::default();
        for f in fruits {
            all.merge(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for FeedbackSegment {
    type Fruit = FeedbackAggregate;

    fn collect(&mut self, doc: DocId, _: Score) {
        if self.official.first(doc) == Some(1) {
            return;
        }
        let target_key = self.target.first(doc).unwrap_or(0);
        if self.item_kind.is_some_and(|k| target_key >> TARGET_KIND_SHIFT != k) {
            return;
        }
        let out = &mut self.out;
        out.comments += 1;
        self.stance.count_first(doc);
        self.language.count_first(doc);
        self.channel.count_first(doc);
        self.themes.count_all(doc);
        if let Some(date) = self.date.first(doc) {
            // The bucket whose start is the last one at or before the date.
            let i = self.bounds.partition_point(|b| *b <= date);
            if i > 0 && i < self.bounds.len() {
                out.per_bucket[i - 1] += 1;
            }
        }
        if let Some(p) = self.participant.first(doc) {
            out.participants.insert(p);
        }
        if let Some(o) = self.organisation.first(doc).filter(|o| *o != 0) {
            out.organisations.insert(o);
        }
        let target = out.by_target.entry(target_key).or_default();
        target.comments += 1;
        if self.top_level.first(doc) == Some(1) {
            out.top_level += 1;
            target.top_level += 1;
            if let Some(secs) = self.response_secs.first(doc).filter(|s| *s >= 0) {
                target.responded += 1;
                target.response_secs_sum += secs;
                out.response_secs.push(secs);
            }
        }
    }

    fn harvest(self) -> FeedbackAggregate {
        let mut out = self.out;
        out.by_stance = self.stance.named(Some("none"));
        out.by_language = self.language.named(None);
        out.by_channel = self.channel.named(None);
        out.by_theme = self.themes.named(None);
        out
    }
}

/// The nearest-rank quantile `q` (0–1] of `values`: the ⌈q·n⌉-th smallest. Reorders `values`.
pub fn nearest_rank(values: &mut [i64], q: f64) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let k = ((q * n as f64).ceil() as usize).clamp(1, n) - 1;
    Some(*values.select_nth_unstable(k).1)
}

#[cfg(test)]
mod tests {
    use super::nearest_rank;

    #[test]
    fn nearest_rank_picks_the_ceiling_rank() {
        let mut v = vec![13, 1, 8, 2, 5, 3];
        assert_eq!(nearest_rank(&mut v, 0.5), Some(3));
        assert_eq!(nearest_rank(&mut v, 0.9), Some(13));
        assert_eq!(nearest_rank(&mut v, 1.0), Some(13));
        assert_eq!(nearest_rank(&mut [7], 0.5), Some(7));
        assert_eq!(nearest_rank(&mut [], 0.5), None);
    }
}
