//! Measured indicators: creating one (from the U4SSC catalogue or the city's own), publishing
//! values into the city's hash chain (append-only; a correction names what it corrects), and
//! importing values from CSV (every row checked first; one bad row stores nothing).

use super::notify::{self, Event};
use crate::db::cities::{self, City, Counter};
use crate::db::indicators::{self as db, Indicator, NewIndicator, NewValue};
use crate::db::{audit, commitments, departments, updates, Db, Tx};
use crate::domain::indicators::{self as domain, Dimension, Direction, ValueEntry};
use crate::domain::items::ItemRef;
use crate::domain::{now_ts, parse_date, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::import::{ImportError, RowError};

const MAX_SOURCE: usize = 500;
const MAX_NOTE: usize = 2000;

/// Codes are short and URL-safe: `[A-Za-z0-9-]{2,40}`.
pub fn valid_code(code: &str) -> bool {
    (2..=40).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

pub struct IndicatorInput {
    pub code: String,
    pub name: Translated,
    pub dimension: Option<Dimension>,
    pub u4ssc_kpi: String,
    pub unit: String,
    pub direction: Option<Direction>,
    pub baseline_value: String,
    pub baseline_date: String,
    pub target_value: String,
    pub target_date: String,
    pub department: String,
    /// `C-n` references.
    pub commitments: Vec<String>,
}

fn check_date(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<chrono::NaiveDate> {
    let d = parse_date(value.trim());
    if d.is_none() {
        errors.add(field, "form-invalid-date");
    }
    d
}

fn check_decimal(errors: &mut FieldErrors, field: &'static str, value: &str) -> Option<String> {
    let d = domain::parse_decimal(value).map(|(text, _)| text);
    if d.is_none() {
        errors.add(field, "form-invalid-decimal");
    }
    d
}

/// Creates an indicator (audited); 422 with every problem, nothing stored.
pub async fn create(db: &Db, city: &City, actor: Option<i64>, input: &IndicatorInput) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    let code = input.code.trim();
    if !valid_code(code) {
        errors.add("code", "form-invalid-code");
    } else if db::by_code(db, city.id, code).await?.is_some() {
        errors.add("code", "form-code-taken");
    }
    if input.name.0.values().all(|v| v.trim().is_empty()) {
        errors.add("name", "form-required");
    } else if input.name.0.values().any(|v| v.chars().count() > 300) {
        errors.add("name", "form-too-long");
    }
    let Some(dimension) = input.dimension else {
        errors.add("dimension", "form-invalid-choice");
        return Err(AppError::Invalid(errors));
    };
    let kpi = input.u4ssc_kpi.trim();
    if !kpi.is_empty() && domain::kpi(kpi).is_none() {
        errors.add("u4ssc_kpi", "form-invalid-choice");
    }
    let unit = input.unit.trim();
    if unit.is_empty() || unit.chars().count() > 40 {
        errors.add("unit", "form-required");
    }
    if input.direction.is_none() {
        errors.add("direction", "form-invalid-choice");
    }
    let baseline_value = check_decimal(&mut errors, "baseline_value", &input.baseline_value);
    let target_value = check_decimal(&mut errors, "target_value", &input.target_value);
    let baseline_date = check_date(&mut errors, "baseline_date", &input.baseline_date);
    let target_date = check_date(&mut errors, "target_date", &input.target_date);
    if let (Some(b), Some(t)) = (baseline_date, target_date) {
        if t <= b {
            errors.add("target_date", "form-target-before-baseline");
        }
    }
    let department = input.department.trim();
    if department.chars().count() > 300 {
        errors.add("department", "form-too-long");
    }
    let mut linked = Vec::new();
    for r in input.commitments.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        let found = match ItemRef::parse(r).filter(|r| matches!(r, ItemRef::Commitment(_))) {
            Some(item) => commitments::by_ref(db, city.id, item.number()).await?,
            None => None,
        };
        match found {
            Some(c) if !linked.contains(&c.row.id) => linked.push(c.row.id),
            Some(_) => {}
            None => errors.add("commitments", "form-unknown-commitment"),
        }
    }
    errors.into_result()?;
    let (Some(direction), Some(bv), Some(tv), Some(bd), Some(td)) =
        (input.direction, baseline_value, target_value, baseline_date, target_date)
    else {
        return Err(AppError::Invalid(FieldErrors::default()));
    };
    let now = now_ts();
    let mut tx = db.begin().await?;
    let new = NewIndicator {
        city_id: city.id,
        code,
        name: &input.name,
        dimension: dimension.id(),
        u4ssc_kpi: kpi,
        unit,
        direction: direction.id(),
        baseline_value: &bv,
        baseline_date: &bd.to_string(),
        target_value: &tv,
        target_date: &td.to_string(),
        department,
        created_at: now,
    };
    let id = match db::insert(&mut tx, &new, &linked).await {
        Err(e) if crate::db::is_unique_violation(&e) => {
            let mut errors = FieldErrors::default();
            errors.add("code", "form-code-taken");
            return Err(AppError::Invalid(errors));
        }
        other => other?,
    };
    if !department.is_empty() {
        departments::add(&mut tx, city.id, department, now).await?;
    }
    audit::record(&mut tx, Some(city.id), actor, "indicator.create", code).await?;
    tx.commit().await?;
    Ok(id)
}

pub struct ValueInput {
    pub date: String,
    pub value: String,
    pub source: String,
    pub note: String,
    pub publisher: String,
    /// The ledger number of the value this one corrects.
    pub corrects_seq: Option<i64>,
}

/// A value checked and ready to enter the chain.
struct CheckedValue {
    date: String,
    value: String,
    source: String,
    note: String,
    corrects_seq: Option<i64>,
}

fn check_value(input: &ValueInput, values: &[db::Value], errors: &mut FieldErrors) -> Option<CheckedValue> {
    let date = check_date(errors, "date", &input.date);
    let value = check_decimal(errors, "value", &input.value);
    let source = input.source.trim();
    if source.is_empty() {
        errors.add("source", "form-required");
    } else if source.chars().count() > MAX_SOURCE {
        errors.add("source", "form-too-long");
    }
    if input.note.chars().count() > MAX_NOTE {
        errors.add("note", "form-too-long");
    }
    if let Some(seq) = input.corrects_seq {
        let already = values.iter().any(|v| v.corrects_seq == Some(seq));
        if !values.iter().any(|v| v.seq == seq) || already {
            errors.add("corrects", "form-unknown-value");
        }
    }
    Some(CheckedValue {
        date: date?.to_string(),
        value: value?,
        source: source.to_string(),
        note: input.note.trim().to_string(),
        corrects_seq: input.corrects_seq,
    })
}

/// Appends one checked value to the city's chain and tells the followers of the linked
/// commitments, in the caller's transaction. Returns its ledger number.
async fn append(
    tx: &mut Tx,
    db: &Db,
    base_url: &str,
    city: &City,
    indicator: &Indicator,
    v: &CheckedValue,
    publisher: &str,
) -> AppResult<i64> {
    let created_at = now_ts();
    // Taking the number first locks the city's ledger until commit (shared with updates).
    let seq = cities::take_next_number(tx, city.id, Counter::Ledger).await?;
    let prev_hash = updates::hash_of(tx, city.id, seq - 1).await?;
    let hash = ValueEntry {
        city: &city.slug,
        seq,
        indicator: &indicator.code,
        date: &v.date,
        value: &v.value,
        source: &v.source,
        note: &v.note,
        publisher,
        corrects: v.corrects_seq,
        created_at,
        prev_hash: &prev_hash,
    }
    .hash();
    let new = NewValue {
        city_id: city.id,
        indicator_id: indicator.id,
        seq,
        date: &v.date,
        value: &v.value,
        source: &v.source,
        note: &v.note,
        publisher,
        corrects_seq: v.corrects_seq,
        created_at,
        prev_hash: &prev_hash,
        hash: &hash,
    };
    let value_id = db::insert_value(tx, &new).await?;
    crate::db::changes::record(tx, "indicator_value", value_id, "insert").await?;
    // The indicator's followers, then the linked commitments' followers, each told once.
    let shown = format!("{} {}", v.value, indicator.unit);
    let path = format!("/{}/indicators/{}#value-{seq}", city.slug, indicator.code);
    let mut told = Vec::new();
    let measured = notify::About::new(city, indicator.code.clone(), indicator.name());
    let mut audiences = vec![("indicator", indicator.id, None)];
    for (commitment_id, ref_no) in db::commitments_of(db, indicator.id).await? {
        let title = commitments::by_ref(db, city.id, ref_no).await?.map(|c| c.title()).unwrap_or_default();
        let about = notify::About::new(city, ItemRef::Commitment(ref_no).to_string(), title);
        audiences.push(("commitment", commitment_id, Some(about)));
    }
    for (kind, id, about) in &audiences {
        let about = about.as_ref().unwrap_or(&measured);
        let event = Event::NewIndicatorValue { about, indicator: &measured, value: &shown };
        for r in crate::db::follows::followers(tx, kind, *id).await? {
            if !told.contains(&r.id) {
                told.push(r.id);
                notify::notify(tx, base_url, &r, &event, &path, Some((kind, *id))).await?;
            }
        }
    }
    Ok(seq)
}

/// Publishes a value (audited); 422 with every problem, nothing stored.
pub async fn publish_value(
    db: &Db,
    base_url: &str,
    city: &City,
    indicator: &Indicator,
    actor: Option<i64>,
    input: &ValueInput,
) -> AppResult<i64> {
    let mut errors = FieldErrors::default();
    let values = db::values_of(db, indicator.id).await?;
    let checked = check_value(input, &values, &mut errors);
    let publisher = input.publisher.trim();
    if publisher.is_empty() || publisher.chars().count() > 300 {
        errors.add("publisher", "form-required");
    }
    errors.into_result()?;
    let Some(checked) = checked else { return Err(AppError::Invalid(FieldErrors::default())) };
    let mut tx = db.begin().await?;
    let seq = append(&mut tx, db, base_url, city, indicator, &checked, publisher).await?;
    let subject = format!("#{seq} {} {}", indicator.code, checked.date);
    audit::record(&mut tx, Some(city.id), actor, "indicator.value", &subject).await?;
    tx.commit().await?;
    Ok(seq)
}

const VALUE_COLUMNS: &[&str] = &["indicator", "date", "value", "source", "note"];

/// `indicator,date,value,source,note`: every row checked first; all stored in one
/// transaction, or nothing. Returns how many values were published.
pub async fn import_values(
    db: &Db,
    base_url: &str,
    city: &City,
    publisher: &str,
    actor: Option<i64>,
    csv_text: &str,
) -> Result<usize, ImportError> {
    let mut errors = Vec::new();
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(csv_text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect(),
        Err(_) => {
            return Err(ImportError::Rows(vec![RowError { line: 1, column: String::new(), key: "import-unreadable" }]))
        }
    };
    for h in &headers {
        if !VALUE_COLUMNS.contains(&h.as_str()) {
            errors.push(RowError { line: 1, column: h.clone(), key: "import-unknown-column" });
        }
    }
    for required in ["indicator", "date", "value", "source"] {
        if !headers.iter().any(|h| h == required) {
            errors.push(RowError { line: 1, column: required.into(), key: "import-missing-column" });
        }
    }
    let indicators = db::for_city(db, city.id).await?;
    let mut rows: Vec<(&Indicator, CheckedValue)> = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let Ok(record) = record else {
            errors.push(RowError { line, column: String::new(), key: "import-unreadable" });
            continue;
        };
        let get = |name: &str| {
            headers.iter().position(|h| h == name).and_then(|p| record.get(p)).unwrap_or("").trim().to_string()
        };
        let code = get("indicator");
        let Some(indicator) = indicators.iter().find(|i| i.code == code) else {
            errors.push(RowError { line, column: "indicator".into(), key: "import-unknown-indicator" });
            continue;
        };
        let input = ValueInput {
            date: get("date"),
            value: get("value"),
            source: get("source"),
            note: get("note"),
            publisher: publisher.to_string(),
            corrects_seq: None,
        };
        let mut row_errors = FieldErrors::default();
        let checked = check_value(&input, &[], &mut row_errors);
        for fe in row_errors.0 {
            errors.push(RowError { line, column: fe.field.to_string(), key: fe.key });
        }
        if let Some(checked) = checked {
            rows.push((indicator, checked));
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(RowError { line: 1, column: String::new(), key: "import-empty" });
    }
    if !errors.is_empty() {
        return Err(ImportError::Rows(errors));
    }
    let mut tx = db.begin().await?;
    for (indicator, value) in &rows {
        append(&mut tx, db, base_url, city, indicator, value, publisher).await?;
    }
    audit::record(&mut tx, Some(city.id), actor, "import.indicator-values", &format!("{} rows", rows.len())).await?;
    tx.commit().await?;
    Ok(rows.len())
}
