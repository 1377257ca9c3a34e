//! Importing what a city already has from CSV: commitments or projects. Every row is checked
//! before anything is written; one bad row means nothing is stored, and the answer names each
//! bad line and column. Then all rows go in one transaction (with one audit row).
//!
//! Columns (header row required, any order; unknown columns are refused so a typo is not
//! silently ignored). Translated fields take a `_{locale}` suffix (`title_en`, `title_fr`, …);
//! lists are `;`-separated.
//! - commitments: `title_*` (required in at least one language), `summary_*`, `body_*`,
//!   `department` (required), `baseline`, `target`, `due_date` (YYYY-MM-DD), `kpis`, `themes`, `sdgs`.
//! - projects: `title_*`, `body_*`, `budget_planned`, `budget_spent`, `currency` (default USD),
//!   `start_date`, `end_date`, `place_name`, `lat`, `lon`, `commitments` (`C-1;C-4`).

use super::publishing::{CommitmentInput, ProjectInput};
use crate::db::cities::{self, City, Counter};
use crate::db::{audit, changes, commitments, departments, projects, Db};
use crate::domain::items::ItemRef;
use crate::domain::{now_ts, Locale, Theme, Translated};
use crate::error::AppError;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Commitments,
    Projects,
    /// Values of existing indicators: `indicator,date,value,source,note`.
    IndicatorValues,
}

impl ImportKind {
    pub fn parse(s: &str) -> Option<ImportKind> {
        match s {
            "commitments" => Some(ImportKind::Commitments),
            "projects" => Some(ImportKind::Projects),
            "indicator-values" => Some(ImportKind::IndicatorValues),
            _ => None,
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            ImportKind::Commitments => "commitments",
            ImportKind::Projects => "projects",
            ImportKind::IndicatorValues => "indicator-values",
        }
    }
}

/// One problem: the file's line (the header is line 1), the column, and a message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub column: String,
    pub key: &'static str,
}

#[derive(Debug)]
pub enum ImportError {
    /// Nothing was stored; every problem found.
    Rows(Vec<RowError>),
    Failed(AppError),
}

impl From<AppError> for ImportError {
    fn from(e: AppError) -> Self {
        ImportError::Failed(e)
    }
}

impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> Self {
        ImportError::Failed(e.into())
    }
}

const COMMITMENT_COLUMNS: &[&str] = &["department", "baseline", "target", "due_date", "kpis", "themes", "sdgs"];
const COMMITMENT_TRANSLATED: &[&str] = &["title", "summary", "body"];
const PROJECT_COLUMNS: &[&str] = &[
    "budget_planned",
    "budget_spent",
    "currency",
    "start_date",
    "end_date",
    "place_name",
    "lat",
    "lon",
    "commitments",
];
const PROJECT_TRANSLATED: &[&str] = &["title", "body"];

fn list(v: &str) -> Vec<String> {
    v.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

struct Row<'a> {
    line: usize,
    values: HashMap<&'a str, String>,
}

impl Row<'_> {
    fn get(&self, name: &str) -> &str {
        self.values.get(name).map(|v| v.trim()).unwrap_or("")
    }
    fn translated(&self, field: &str) -> Translated {
        let mut t = Translated::default();
        for l in Locale::ALL {
            let v = self.get(&format!("{field}_{}", l.id()));
            if !v.is_empty() {
                t.0.insert(l.id().to_string(), v.to_string());
            }
        }
        t
    }
}

/// Reads the CSV: headers checked against the kind, then each row as name → value.
fn read(csv_text: &str, kind: ImportKind, errors: &mut Vec<RowError>) -> Vec<(usize, Vec<(String, String)>)> {
    let (plain, translated) = match kind {
        ImportKind::Commitments => (COMMITMENT_COLUMNS, COMMITMENT_TRANSLATED),
        ImportKind::Projects => (PROJECT_COLUMNS, PROJECT_TRANSLATED),
        ImportKind::IndicatorValues => (&[] as &[&str], &[] as &[&str]),
    };
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::None).from_reader(csv_text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect(),
        Err(_) => {
            errors.push(RowError { line: 1, column: String::new(), key: "import-unreadable" });
            return vec![];
        }
    };
    let known = |h: &str| {
        plain.contains(&h)
            || translated.iter().any(|t| {
                h.strip_prefix(t).and_then(|r| r.strip_prefix('_')).is_some_and(|l| Locale::parse(l).is_some())
            })
    };
    for h in &headers {
        if !known(h) {
            errors.push(RowError { line: 1, column: h.clone(), key: "import-unknown-column" });
        }
    }
    if !headers.iter().any(|h| h.starts_with("title_")) {
        errors.push(RowError { line: 1, column: "title_…".into(), key: "import-missing-title" });
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        match record {
            Ok(r) => {
                let values = headers
                    .iter()
                    .cloned()
                    .zip(r.iter().map(|v| crate::domain::strip_invalid_chars(v).into_owned()))
                    .collect();
                rows.push((line, values));
            }
            Err(_) => errors.push(RowError { line, column: String::new(), key: "import-bad-row" }),
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError { line: 2, column: String::new(), key: "import-empty" });
    }
    rows
}

/// The use case's own field names, as the file's columns.
fn column_of(field: &str, row: &Row<'_>) -> String {
    match field {
        "title" | "summary" | "body" => {
            // The translated column that holds the problem, else the first one of that field.
            Locale::ALL
                .iter()
                .map(|l| format!("{field}_{}", l.id()))
                .find(|c| row.values.contains_key(c.as_str()))
                .unwrap_or_else(|| format!("{field}_en"))
        }
        "evidence" => "evidence".into(),
        other => other.to_string(),
    }
}

fn check_commitment(row: &Row<'_>, errors: &mut Vec<RowError>) -> Option<CommitmentInput> {
    let line = row.line;
    let mut ok = true;
    let themes: Vec<Theme> = list(row.get("themes")).iter().filter_map(|t| Theme::parse(t)).collect();
    if themes.len() != list(row.get("themes")).len() {
        errors.push(RowError { line, column: "themes".into(), key: "form-invalid-choice" });
        ok = false;
    }
    let sdgs: Vec<i64> = list(row.get("sdgs")).iter().filter_map(|s| s.parse().ok()).collect();
    if sdgs.len() != list(row.get("sdgs")).len() {
        errors.push(RowError { line, column: "sdgs".into(), key: "form-invalid-sdg" });
        ok = false;
    }
    let input = CommitmentInput {
        title: row.translated("title"),
        summary: row.translated("summary"),
        body: row.translated("body"),
        department: row.get("department").to_string(),
        baseline: row.get("baseline").to_string(),
        target: row.get("target").to_string(),
        due_date: Some(row.get("due_date").to_string()).filter(|d| !d.is_empty()),
        kpis: list(row.get("kpis")),
        themes,
        sdgs,
    };
    if let Err(AppError::Invalid(e)) = input.validate() {
        for fe in e.0 {
            errors.push(RowError { line, column: column_of(fe.field, row), key: fe.key });
        }
        ok = false;
    }
    ok.then_some(input)
}

fn check_project(row: &Row<'_>, existing: &[i64], errors: &mut Vec<RowError>) -> Option<ProjectInput> {
    let line = row.line;
    let mut ok = true;
    let mut number = |column: &str| -> Option<f64> {
        let v = row.get(column);
        if v.is_empty() {
            return None;
        }
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                errors.push(RowError { line, column: column.into(), key: "form-invalid-number" });
                ok = false;
                None
            }
        }
    };
    let budget_planned = number("budget_planned");
    let budget_spent = number("budget_spent");
    let lat = number("lat");
    let lon = number("lon");
    let whole = |v: Option<f64>| v.filter(|n| n.fract() == 0.0 && n.abs() < 1e15).map(|n| n as i64);
    let mut linked = Vec::new();
    for r in list(row.get("commitments")) {
        match ItemRef::parse(&r).or_else(|| r.parse::<i64>().ok().map(ItemRef::Commitment)) {
            Some(ItemRef::Commitment(n)) if existing.contains(&n) => linked.push(n),
            _ => {
                errors.push(RowError { line, column: "commitments".into(), key: "form-unknown-commitment" });
                ok = false;
            }
        }
    }
    let currency = match row.get("currency") {
        "" => "USD".to_string(),
        c => c.to_uppercase(),
    };
    let input = ProjectInput {
        title: row.translated("title"),
        body: row.translated("body"),
        budget_planned: whole(budget_planned).unwrap_or(0),
        budget_spent: whole(budget_spent).unwrap_or(0),
        currency,
        start_date: Some(row.get("start_date").to_string()).filter(|d| !d.is_empty()),
        end_date: Some(row.get("end_date").to_string()).filter(|d| !d.is_empty()),
        place_name: Some(row.get("place_name").to_string()).filter(|d| !d.is_empty()),
        lat,
        lon,
        commitments: linked,
    };
    for (column, value) in [("budget_planned", budget_planned), ("budget_spent", budget_spent)] {
        if value.is_some() && whole(value).is_none() {
            errors.push(RowError { line, column: column.into(), key: "form-invalid-number" });
            ok = false;
        }
    }
    if let Err(AppError::Invalid(e)) = input.validate() {
        for fe in e.0 {
            errors.push(RowError { line, column: column_of(fe.field, row), key: fe.key });
        }
        ok = false;
    }
    ok.then_some(input)
}

/// Any kind of file: indicator values go into the city's hash chain (published under
/// `publisher`, followers told with links under `base_url`); the rest as [`import`].
pub async fn import_file(
    db: &Db,
    base_url: &str,
    city: &City,
    kind: ImportKind,
    csv_text: &str,
    actor: Option<i64>,
    publisher: &str,
) -> Result<usize, ImportError> {
    match kind {
        ImportKind::IndicatorValues => {
            super::indicators::import_values(db, base_url, city, publisher, actor, csv_text).await
        }
        _ => import(db, city, kind, csv_text, actor).await,
    }
}

/// Checks every row, then stores them all (or nothing). Returns how many were imported.
pub async fn import(
    db: &Db,
    city: &City,
    kind: ImportKind,
    csv_text: &str,
    actor: Option<i64>,
) -> Result<usize, ImportError> {
    let mut errors = Vec::new();
    let rows = read(csv_text, kind, &mut errors);
    let existing: Vec<i64> = match kind {
        ImportKind::Projects => {
            commitments::list(db, city.id, &Default::default()).await?.iter().map(|c| c.row.ref_no).collect()
        }
        ImportKind::Commitments | ImportKind::IndicatorValues => vec![],
    };
    let mut commitment_rows = Vec::new();
    let mut project_rows = Vec::new();
    for (line, pairs) in &rows {
        let row = Row { line: *line, values: pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect() };
        match kind {
            ImportKind::Commitments => commitment_rows.extend(check_commitment(&row, &mut errors)),
            ImportKind::Projects => project_rows.extend(check_project(&row, &existing, &mut errors)),
            ImportKind::IndicatorValues => {}
        }
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let ids: HashMap<i64, i64> = match kind {
        ImportKind::Projects => commitments::list(db, city.id, &Default::default())
            .await?
            .iter()
            .map(|c| (c.row.ref_no, c.row.id))
            .collect(),
        ImportKind::Commitments | ImportKind::IndicatorValues => HashMap::new(),
    };
    let now = now_ts();
    let mut tx = db.begin().await?;
    let count = commitment_rows.len() + project_rows.len();
    for input in &commitment_rows {
        let ref_no = cities::take_next_number(&mut tx, city.id, Counter::Commitment).await?;
        let id = commitments::insert(&mut tx, &input.record(city.id, ref_no, now)).await?;
        departments::add(&mut tx, city.id, input.department.trim(), now).await?;
        changes::record(&mut tx, "commitment", id, "upsert").await?;
    }
    for input in &project_rows {
        let linked: Vec<i64> = input.commitments.iter().filter_map(|n| ids.get(n).copied()).collect();
        let ref_no = cities::take_next_number(&mut tx, city.id, Counter::Project).await?;
        let id = projects::insert(&mut tx, &input.record(city.id, ref_no, &linked, now)).await?;
        changes::record(&mut tx, "project", id, "upsert").await?;
    }
    let action = format!("import.{}", kind.id());
    audit::record(&mut tx, Some(city.id), actor, &action, &format!("{count} rows")).await?;
    tx.commit().await?;
    Ok(count)
}
