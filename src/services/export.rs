//! `townhall export`: a city's open data as files (JSON or CSV), the same records as the API.

use super::open_data;
use crate::db::cities::City;
use crate::db::{comments, commitments, consultations, projects, updates, Db};
use crate::domain::now_ts;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

fn csv_field(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        // Translated texts: the English (or first) value keeps the CSV flat.
        Value::Object(map) => map
            .get("en")
            .or_else(|| map.values().next())
            .map(|v| v.as_str().unwrap_or_default().to_string())
            .unwrap_or_default(),
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string()))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Writes records to `dir/name.json` (an array) or `dir/name.csv` (the given columns).
struct Sink {
    file: std::io::BufWriter<std::fs::File>,
    format: Format,
    columns: &'static [&'static str],
    first: bool,
}

impl Sink {
    fn create(dir: &Path, name: &str, format: Format, columns: &'static [&'static str]) -> anyhow::Result<Sink> {
        let ext = if format == Format::Json { "json" } else { "csv" };
        let mut file = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{name}.{ext}")))?);
        match format {
            Format::Json => file.write_all(b"[\n")?,
            Format::Csv => writeln!(file, "{}", columns.join(","))?,
        }
        Ok(Sink { file, format, columns, first: true })
    }
    fn write(&mut self, record: &Value) -> anyhow::Result<()> {
        match self.format {
            Format::Json => {
                if !self.first {
                    self.file.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut self.file, record)?;
            }
            Format::Csv => {
                let row: Vec<String> = self.columns.iter().map(|c| csv_field(&record[*c])).collect();
                writeln!(self.file, "{}", row.join(","))?;
            }
        }
        self.first = false;
        Ok(())
    }
    fn finish(mut self) -> anyhow::Result<()> {
        if self.format == Format::Json {
            self.file.write_all(b"\n]\n")?;
        }
        self.file.flush()?;
        Ok(())
    }
}

/// Exports a city into `dir`; `progress(done, total)` is called as comments are written.
pub async fn export(
    db: &Db,
    city: &City,
    dir: &Path,
    format: Format,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut s = Sink::create(
        dir,
        "commitments",
        format,
        &["reference", "title", "status", "progress", "due_date", "department", "themes", "sdgs", "baseline", "target"],
    )?;
    for c in commitments::list(db, city.id, &Default::default()).await? {
        s.write(&open_data::commitment(&c))?;
    }
    s.finish()?;
    let mut s = Sink::create(
        dir,
        "projects",
        format,
        &[
            "number",
            "title",
            "status",
            "progress",
            "budget_planned",
            "budget_spent",
            "currency",
            "start_date",
            "end_date",
            "place_name",
            "commitments",
        ],
    )?;
    for p in projects::list(db, city.id, None).await? {
        let linked: Vec<String> =
            commitments::for_project(db, p.id).await?.iter().map(|c| crate::domain::commitment_ref(c.ref_no)).collect();
        s.write(&open_data::project(&p, &linked))?;
    }
    s.finish()?;
    let mut s = Sink::create(
        dir,
        "updates",
        format,
        &["seq", "target", "status", "progress", "text", "publisher", "corrects", "created_at", "prev_hash", "hash"],
    )?;
    for u in updates::ledger_for_city(db, city.id).await? {
        s.write(&open_data::update(&u, &city.slug))?;
    }
    s.finish()?;
    let mut s = Sink::create(
        dir,
        "consultations",
        format,
        &["number", "title", "phase", "opens_at", "closes_at", "outcome_heard", "outcome_actions"],
    )?;
    let now = now_ts();
    for k in consultations::list(db, city.id).await? {
        s.write(&open_data::consultation(&k, now))?;
    }
    s.finish()?;
    let labels = open_data::target_labels(db, city).await?;
    let mut s = Sink::create(
        dir,
        "challenges",
        format,
        &[
            "id",
            "item",
            "organisation",
            "official_status",
            "claimed_status",
            "state",
            "opened_at",
            "answered_at",
            "department",
            "correcting_update",
            "body",
            "answer",
        ],
    )?;
    for c in crate::db::challenges::for_city(db, city.id).await? {
        let item = labels.get(&(c.target_type.clone(), c.target_id)).map(String::as_str).unwrap_or("");
        s.write(&open_data::challenge(&c, item, now, city.response_days))?;
    }
    s.finish()?;
    let mut s = Sink::create(
        dir,
        "indicators",
        format,
        &[
            "code",
            "name",
            "dimension",
            "u4ssc_kpi",
            "unit",
            "direction",
            "baseline",
            "target",
            "commitments",
            "latest",
            "trend",
        ],
    )?;
    for record in open_data::indicators(db, city.id).await? {
        s.write(&record)?;
    }
    s.finish()?;
    let mut s = Sink::create(
        dir,
        "indicator_values",
        format,
        &[
            "seq",
            "indicator",
            "date",
            "value",
            "source",
            "note",
            "publisher",
            "corrects",
            "created_at",
            "prev_hash",
            "hash",
        ],
    )?;
    for v in crate::db::indicators::values_of_city(db, city.id).await? {
        s.write(&open_data::indicator_value(&v))?;
    }
    s.finish()?;
    // Comments can be millions: streamed in id order, a batch at a time.
    let total = comments::count_visible(db).await? as u64;
    let mut s = Sink::create(
        dir,
        "comments",
        format,
        &[
            "id",
            "target",
            "parent_id",
            "language",
            "stance",
            "channel",
            "organisation",
            "official_response",
            "department",
            "created_at",
            "body",
        ],
    )?;
    let (mut after, mut done) = (0, 0u64);
    loop {
        let batch = comments::visible_in_city_after(db, city.id, after, 5000).await?;
        let Some(last) = batch.last().map(|c| c.id) else { break };
        for c in &batch {
            s.write(&open_data::comment(
                c,
                labels.get(&(c.target_type.clone(), c.target_id)).map(String::as_str).unwrap_or(""),
            ))?;
        }
        done += batch.len() as u64;
        progress(done, total);
        after = last;
    }
    s.finish()?;
    let ext = if format == Format::Json { "json" } else { "csv" };
    Ok([
        "commitments",
        "projects",
        "updates",
        "consultations",
        "challenges",
        "indicators",
        "indicator_values",
        "comments",
    ]
    .iter()
    .map(|n| dir.join(format!("{n}.{ext}")))
    .collect())
}
