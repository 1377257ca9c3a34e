//! Indicators, their links to commitments, and their values (in the city's hash chain).

use super::{Db, Tx};
use crate::domain::indicators::{self, Direction, Point, Trend};
use crate::domain::Translated;
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Indicator {
    pub id: i64,
    pub city_id: i64,
    pub code: String,
    pub name: String,
    pub dimension: String,
    pub u4ssc_kpi: String,
    pub unit: String,
    pub direction: String,
    pub baseline_value: String,
    pub baseline_date: String,
    pub target_value: String,
    pub target_date: String,
    pub department: String,
    pub created_at: i64,
}

fn point(date: &str, value: &str) -> Option<Point> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(Point::new(d, indicators::parse_decimal(value)?.1))
}

impl Indicator {
    pub fn name(&self) -> Translated {
        Translated::from_json(&self.name)
    }
    pub fn direction(&self) -> Direction {
        Direction::parse(&self.direction).unwrap_or(Direction::Increase)
    }
    pub fn baseline(&self) -> Option<Point> {
        point(&self.baseline_date, &self.baseline_value)
    }
    pub fn target(&self) -> Option<Point> {
        point(&self.target_date, &self.target_value)
    }
    /// The trend of the latest value among `values` (corrected values left out).
    pub fn trend(&self, values: &[Value]) -> Trend {
        let (Some(b), Some(t)) = (self.baseline(), self.target()) else { return Trend::NoData };
        indicators::trend(self.direction(), b, t, latest(values).and_then(Value::point))
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Value {
    pub id: i64,
    pub city_id: i64,
    pub indicator_id: i64,
    pub code: String,
    pub seq: i64,
    pub date: String,
    pub value: String,
    pub source: String,
    pub note: String,
    pub publisher: String,
    pub corrects_seq: Option<i64>,
    pub created_at: i64,
    pub prev_hash: String,
    pub hash: String,
}

impl Value {
    pub fn point(&self) -> Option<Point> {
        point(&self.date, &self.value)
    }
    /// Recomputes this row's hash from its stored content.
    pub fn recompute_hash(&self, city_slug: &str) -> String {
        indicators::ValueEntry {
            city: city_slug,
            seq: self.seq,
            indicator: &self.code,
            date: &self.date,
            value: &self.value,
            source: &self.source,
            note: &self.note,
            publisher: &self.publisher,
            corrects: self.corrects_seq,
            created_at: self.created_at,
            prev_hash: &self.prev_hash,
        }
        .hash()
    }
}

/// The values in force: those no later value corrects, by date.
pub fn current(values: &[Value]) -> Vec<&Value> {
    let corrected: Vec<i64> = values.iter().filter_map(|v| v.corrects_seq).collect();
    let mut shown: Vec<&Value> = values.iter().filter(|v| !corrected.contains(&v.seq)).collect();
    shown.sort_by(|a, b| a.date.cmp(&b.date).then(a.seq.cmp(&b.seq)));
    shown
}

/// The latest value in force.
pub fn latest(values: &[Value]) -> Option<&Value> {
    current(values).into_iter().next_back()
}

const COLUMNS: &str = "id, city_id, code, name, dimension, u4ssc_kpi, unit, direction, baseline_value, baseline_date, \
     target_value, target_date, department, created_at";
const VALUE_COLUMNS: &str = "v.id, v.city_id, v.indicator_id, i.code, v.seq, v.date, v.value, v.source, v.note, \
     v.publisher, v.corrects_seq, v.created_at, v.prev_hash, v.hash";

pub async fn for_city(db: &Db, city_id: i64) -> sqlx::Result<Vec<Indicator>> {
    let sql = format!("SELECT {COLUMNS} FROM indicators WHERE city_id = $1 ORDER BY dimension, code");
    on_pool!(db, |p| sqlx::query_as::<_, Indicator>(&sql).bind(city_id).fetch_all(p).await)
}

pub async fn by_code(db: &Db, city_id: i64, code: &str) -> sqlx::Result<Option<Indicator>> {
    let sql = format!("SELECT {COLUMNS} FROM indicators WHERE city_id = $1 AND code = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Indicator>(&sql).bind(city_id).bind(code).fetch_optional(p).await)
}

pub async fn by_id(db: &Db, city_id: i64, id: i64) -> sqlx::Result<Option<Indicator>> {
    let sql = format!("SELECT {COLUMNS} FROM indicators WHERE city_id = $1 AND id = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Indicator>(&sql).bind(city_id).bind(id).fetch_optional(p).await)
}

/// (code, translated name, date of the latest value) of each indicator of a city, by code; the
/// date is None before the first value.
pub async fn latest_value_dates(db: &Db, city_id: i64) -> sqlx::Result<Vec<(String, String, Option<String>)>> {
    let sql = "SELECT i.code, i.name, MAX(v.date) FROM indicators i
               LEFT JOIN indicator_values v ON v.indicator_id = i.id
               WHERE i.city_id = $1 GROUP BY i.id, i.code, i.name ORDER BY i.code";
    on_pool!(db, |p| sqlx::query_as::<_, (String, String, Option<String>)>(sql).bind(city_id).fetch_all(p).await)
}

/// Indicators linked to a commitment.
pub async fn for_commitment(db: &Db, commitment_id: i64) -> sqlx::Result<Vec<Indicator>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM indicators WHERE id IN
           (SELECT indicator_id FROM indicator_commitments WHERE commitment_id = $1) ORDER BY code"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Indicator>(&sql).bind(commitment_id).fetch_all(p).await)
}

/// (commitment id, `C-n`) of the commitments an indicator is linked to.
pub async fn commitments_of(db: &Db, indicator_id: i64) -> sqlx::Result<Vec<(i64, i64)>> {
    let sql = "SELECT c.id, c.ref_no FROM indicator_commitments l JOIN commitments c ON c.id = l.commitment_id
               WHERE l.indicator_id = $1 ORDER BY c.ref_no";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).bind(indicator_id).fetch_all(p).await)
}

pub struct NewIndicator<'a> {
    pub city_id: i64,
    pub code: &'a str,
    pub name: &'a Translated,
    pub dimension: &'a str,
    pub u4ssc_kpi: &'a str,
    pub unit: &'a str,
    pub direction: &'a str,
    pub baseline_value: &'a str,
    pub baseline_date: &'a str,
    pub target_value: &'a str,
    pub target_date: &'a str,
    pub department: &'a str,
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, i: &NewIndicator<'_>, commitments: &[i64]) -> sqlx::Result<i64> {
    let sql = "INSERT INTO indicators (city_id, code, name, dimension, u4ssc_kpi, unit, direction, baseline_value,
                   baseline_date, target_value, target_date, department, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
    let id = on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(i.city_id)
        .bind(i.code)
        .bind(i.name.to_json())
        .bind(i.dimension)
        .bind(i.u4ssc_kpi)
        .bind(i.unit)
        .bind(i.direction)
        .bind(i.baseline_value)
        .bind(i.baseline_date)
        .bind(i.target_value)
        .bind(i.target_date)
        .bind(i.department)
        .bind(i.created_at)
        .fetch_one(c)
        .await)?;
    for commitment in commitments {
        on_tx!(tx, |c| sqlx::query("INSERT INTO indicator_commitments (indicator_id, commitment_id) VALUES ($1, $2)")
            .bind(id)
            .bind(commitment)
            .execute(c)
            .await
            .map(|_| ()))?;
    }
    Ok(id)
}

pub async fn values_of(db: &Db, indicator_id: i64) -> sqlx::Result<Vec<Value>> {
    let sql = format!(
        "SELECT {VALUE_COLUMNS} FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
         WHERE v.indicator_id = $1 ORDER BY v.seq"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Value>(&sql).bind(indicator_id).fetch_all(p).await)
}

pub async fn value_by_id(db: &Db, id: i64) -> sqlx::Result<Option<Value>> {
    let sql = format!(
        "SELECT {VALUE_COLUMNS} FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.id = $1"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Value>(&sql).bind(id).fetch_optional(p).await)
}

/// Every value of a city, in ledger order (for `verify-ledger`, feeds and reports).
pub async fn values_of_city(db: &Db, city_id: i64) -> sqlx::Result<Vec<Value>> {
    let sql = format!(
        "SELECT {VALUE_COLUMNS} FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
         WHERE v.city_id = $1 ORDER BY v.seq"
    );
    on_pool!(db, |p| sqlx::query_as::<_, Value>(&sql).bind(city_id).fetch_all(p).await)
}

/// Every value of a city grouped by indicator id, each list in ledger order: one query for
/// pages, reports and open data that show every indicator.
pub async fn values_by_indicator(db: &Db, city_id: i64) -> sqlx::Result<std::collections::HashMap<i64, Vec<Value>>> {
    let mut grouped: std::collections::HashMap<i64, Vec<Value>> = std::collections::HashMap::new();
    for v in values_of_city(db, city_id).await? {
        grouped.entry(v.indicator_id).or_default().push(v);
    }
    Ok(grouped)
}

pub struct NewValue<'a> {
    pub city_id: i64,
    pub indicator_id: i64,
    pub seq: i64,
    pub date: &'a str,
    pub value: &'a str,
    pub source: &'a str,
    pub note: &'a str,
    pub publisher: &'a str,
    pub corrects_seq: Option<i64>,
    pub created_at: i64,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

pub async fn insert_value(tx: &mut Tx, v: &NewValue<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO indicator_values (city_id, indicator_id, seq, date, value, source, note, publisher,
                   corrects_seq, created_at, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(v.city_id)
        .bind(v.indicator_id)
        .bind(v.seq)
        .bind(v.date)
        .bind(v.value)
        .bind(v.source)
        .bind(v.note)
        .bind(v.publisher)
        .bind(v.corrects_seq)
        .bind(v.created_at)
        .bind(v.prev_hash)
        .bind(v.hash)
        .fetch_one(c)
        .await)
}

/// The hash of a value at ledger number `seq`, if that number is a value.
pub async fn hash_at(tx: &mut Tx, city_id: i64, seq: i64) -> sqlx::Result<Option<String>> {
    let sql = "SELECT hash FROM indicator_values WHERE city_id = $1 AND seq = $2";
    on_tx!(tx, |c| sqlx::query_scalar::<_, String>(sql).bind(city_id).bind(seq).fetch_optional(c).await)
}

/// Links an indicator to a commitment (the demo links after publishing its history, so that
/// loading it mails nobody).
pub async fn link_commitment(tx: &mut Tx, indicator_id: i64, commitment_id: i64) -> sqlx::Result<()> {
    let sql = "INSERT INTO indicator_commitments (indicator_id, commitment_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
    on_tx!(tx, |c| sqlx::query(sql).bind(indicator_id).bind(commitment_id).execute(c).await.map(|_| ()))
}
