//! Open data: the public records as JSON values, with no personal data (no names, no
//! addresses: comments carry their organisation when they speak for one, never their author).
//! Shared by the API and `townhall export`.

use crate::db::cities::City;
use crate::db::comments::Comment;
use crate::db::consultations::Consultation;
use crate::db::updates::Update;
use crate::db::{commitments, projects};
use crate::domain::Translated;
use crate::views::format_datetime_iso;
use serde_json::{json, Value};
use std::collections::HashMap;

pub fn city(c: &City) -> Value {
    json!({
        "slug": c.slug,
        "name": c.name(),
        "default_locale": c.default_locale,
        "locales": c.locales.split(',').collect::<Vec<_>>(),
        "time_zone": c.time_zone,
        "moderation": c.moderation,
    })
}

pub fn commitment(c: &commitments::Commitment) -> Value {
    json!({
        "reference": c.reference(),
        "title": c.title(),
        "summary": Translated::from_json(&c.row.summary),
        "body": Translated::from_json(&c.row.body),
        "themes": c.themes,
        "sdgs": c.sdgs,
        "kpis": c.kpis(),
        "department": c.row.department,
        "baseline": c.row.baseline,
        "target": c.row.target,
        "due_date": c.row.due_date,
        "status": c.row.status,
        "progress": c.row.progress,
        "last_update_at": c.row.last_update_at.map(format_datetime_iso),
    })
}

pub fn project(p: &projects::Project, linked: &[String]) -> Value {
    json!({
        "number": p.ref_no,
        "title": p.title(),
        "body": Translated::from_json(&p.body),
        "status": p.status,
        "progress": p.progress,
        "budget_planned": p.budget_planned,
        "budget_spent": p.budget_spent,
        "currency": p.currency,
        "start_date": p.start_date,
        "end_date": p.end_date,
        "place_name": p.place_name,
        "lat": p.lat,
        "lon": p.lon,
        "commitments": linked,
    })
}

/// An update with everything needed to recompute its ledger hash (see the README).
pub fn update(u: &Update, city_slug: &str) -> Value {
    json!({
        "seq": u.seq,
        "city": city_slug,
        "target": u.target,
        "status": u.status,
        "progress": u.progress,
        "text": u.text(),
        "evidence": u.evidence(),
        "publisher": u.publisher,
        "corrects": u.corrects_seq,
        "created_at": u.created_at,
        "prev_hash": u.prev_hash,
        "hash": u.hash,
    })
}

/// A visible comment. `target` is `C-n`, `P-n` or `K-n` when resolvable.
pub fn comment(c: &Comment, target: &str) -> Value {
    json!({
        "id": c.id,
        "target": target,
        "parent_id": c.parent_id,
        "body": c.body,
        "stance": c.stance,
        "language": c.language,
        "channel": c.channel,
        "organisation": c.organisation_name,
        "official_response": c.is_official,
        "department": c.department,
        "created_at": format_datetime_iso(c.created_at),
        "edited": c.edited_at.is_some(),
    })
}

pub fn consultation(k: &Consultation, now: i64) -> Value {
    json!({
        "number": k.ref_no,
        "title": k.title(),
        "body": Translated::from_json(&k.body),
        "questions": Translated::from_json(&k.questions),
        "opens_at": format_datetime_iso(k.opens_at),
        "closes_at": format_datetime_iso(k.closes_at),
        "phase": k.phase(now).id(),
        "outcome_heard": Translated::from_json(&k.outcome_heard),
        "outcome_actions": Translated::from_json(&k.outcome_actions),
    })
}

/// `C-n`/`P-n`/`K-n` for every item of a city, by (target type, id): how comments name their item.
pub async fn target_labels(
    db: &crate::db::Db,
    city: &crate::db::cities::City,
) -> sqlx::Result<HashMap<(String, i64), String>> {
    let catalog = crate::services::items::ItemCatalog::for_city(db, city).await?;
    Ok(catalog.entries().map(|e| ((e.item.kind().id().to_string(), e.id), e.item.to_string())).collect())
}

/// A challenge as open data: who contests which item's status, with what evidence, and the answer.
pub fn challenge(c: &crate::db::challenges::Challenge, item: &str, now: i64, response_days: i64) -> Value {
    let state = if c.is_overdue(now, response_days) { "overdue" } else { c.state.id() };
    json!({
        "id": c.id,
        "item": item,
        "organisation": c.organisation_name,
        "official_status": c.official_status,
        "claimed_status": c.claimed_status,
        "body": c.body,
        "evidence": c.evidence(),
        "state": state,
        "opened_at": format_datetime_iso(c.created_at),
        "answered_at": c.answered_at.map(format_datetime_iso),
        "answer": c.answer,
        "department": c.department,
        "correcting_update": c.correcting_seq,
    })
}

/// Every indicator of a city as open data, by dimension and code: the records the API and
/// `townhall export` both publish.
pub async fn indicators(db: &crate::db::Db, city_id: i64) -> sqlx::Result<Vec<Value>> {
    let mut values = crate::db::indicators::values_by_indicator(db, city_id).await?;
    let mut records = Vec::new();
    for i in crate::db::indicators::for_city(db, city_id).await? {
        let linked: Vec<String> = crate::db::indicators::commitments_of(db, i.id)
            .await?
            .into_iter()
            .map(|(_, n)| crate::domain::items::ItemRef::Commitment(n).to_string())
            .collect();
        records.push(indicator(&i, &values.remove(&i.id).unwrap_or_default(), &linked));
    }
    Ok(records)
}

/// An indicator as open data: its definition, latest value in force and trend.
pub fn indicator(
    i: &crate::db::indicators::Indicator,
    values: &[crate::db::indicators::Value],
    commitments: &[String],
) -> Value {
    let latest = crate::db::indicators::latest(values);
    json!({
        "code": i.code,
        "name": i.name(),
        "dimension": i.dimension,
        "u4ssc_kpi": (!i.u4ssc_kpi.is_empty()).then_some(&i.u4ssc_kpi),
        "unit": i.unit,
        "direction": i.direction,
        "baseline": {"value": i.baseline_value, "date": i.baseline_date},
        "target": {"value": i.target_value, "date": i.target_date},
        "department": (!i.department.is_empty()).then_some(&i.department),
        "commitments": commitments,
        "latest": latest.map(|v| json!({"value": v.value, "date": v.date, "seq": v.seq})),
        "trend": i.trend(values).id(),
    })
}

/// A published value with its place in the city's hash chain.
pub fn indicator_value(v: &crate::db::indicators::Value) -> Value {
    json!({
        "seq": v.seq,
        "indicator": v.code,
        "date": v.date,
        "value": v.value,
        "source": v.source,
        "note": v.note,
        "publisher": v.publisher,
        "corrects": v.corrects_seq,
        "published_at": crate::views::format_datetime_iso(v.created_at),
        "created_at": v.created_at,
        "prev_hash": v.prev_hash,
        "hash": v.hash,
    })
}
