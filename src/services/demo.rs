//! `townhall demo`: loads the demo city Port Amani from `src/demo/port_amani.json`.

use super::publishing::{self, CityInput, CommitmentInput, ProjectInput, Target, UpdateInput};
use crate::db::{cities, Db};
use crate::domain::{now_ts, EvidenceLink, Locale, ModerationMode, Status, Theme, Translated};
use anyhow::{anyhow, Context};
use serde::Deserialize;

const DEMO_JSON: &str = include_str!("../demo/port_amani.json");
pub const DEMO_SLUG: &str = "port-amani";

#[derive(Deserialize)]
struct DemoFile {
    city: DemoCity,
    commitments: Vec<DemoCommitment>,
    projects: Vec<DemoProject>,
    updates: Vec<DemoUpdate>,
}

#[derive(Deserialize)]
struct DemoCity {
    slug: String,
    name: Translated,
    default_locale: String,
    locales: Vec<String>,
    time_zone: String,
    moderation: String,
}

#[derive(Deserialize)]
struct DemoCommitment {
    title: Translated,
    #[serde(default)]
    summary: Translated,
    #[serde(default)]
    body: Translated,
    themes: Vec<String>,
    sdgs: Vec<i64>,
    #[serde(default)]
    kpis: Vec<String>,
    department: String,
    #[serde(default)]
    baseline: String,
    #[serde(default)]
    target: String,
    due_date: Option<String>,
}

#[derive(Deserialize)]
struct DemoProject {
    title: Translated,
    #[serde(default)]
    body: Translated,
    #[serde(default)]
    commitments: Vec<i64>,
    budget_planned: i64,
    budget_spent: i64,
    currency: String,
    start_date: Option<String>,
    end_date: Option<String>,
    place_name: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Deserialize)]
struct DemoUpdate {
    target: String,
    days_ago: i64,
    status: String,
    progress: i64,
    text: Translated,
    #[serde(default)]
    evidence: Vec<EvidenceLink>,
    publisher: String,
}

fn parse_target(s: &str) -> anyhow::Result<Target> {
    let (kind, n) = s.split_once('-').ok_or_else(|| anyhow!("bad target {s}"))?;
    let n: i64 = n.parse()?;
    match kind {
        "C" => Ok(Target::Commitment(n)),
        "P" => Ok(Target::Project(n)),
        _ => Err(anyhow!("bad target {s}")),
    }
}

fn to_anyhow(e: crate::error::AppError) -> anyhow::Error {
    anyhow!("{e}")
}

/// Loads the demo city. Returns false (and changes nothing) when it already exists.
pub async fn load(db: &Db) -> anyhow::Result<bool> {
    let demo: DemoFile = serde_json::from_str(DEMO_JSON).context("demo data is not valid JSON")?;
    if cities::by_slug(db, &demo.city.slug).await?.is_some() {
        return Ok(false);
    }
    let city = CityInput {
        slug: demo.city.slug.clone(),
        name: demo.city.name,
        default_locale: Locale::parse(&demo.city.default_locale).unwrap_or(Locale::En),
        locales: demo.city.locales.iter().filter_map(|l| Locale::parse(l)).collect(),
        time_zone: demo.city.time_zone,
        moderation: ModerationMode::parse(&demo.city.moderation).unwrap_or(ModerationMode::Post),
    };
    let city_id = publishing::create_city(db, &city).await.map_err(to_anyhow)?;
    for c in demo.commitments {
        let input = CommitmentInput {
            title: c.title,
            summary: c.summary,
            body: c.body,
            department: c.department,
            baseline: c.baseline,
            target: c.target,
            due_date: c.due_date,
            kpis: c.kpis,
            themes: c.themes.iter().filter_map(|t| Theme::parse(t)).collect(),
            sdgs: c.sdgs,
        };
        publishing::create_commitment(db, city_id, &input, None).await.map_err(to_anyhow)?;
    }
    for p in demo.projects {
        let input = ProjectInput {
            title: p.title,
            body: p.body,
            budget_planned: p.budget_planned,
            budget_spent: p.budget_spent,
            currency: p.currency,
            start_date: p.start_date,
            end_date: p.end_date,
            place_name: p.place_name,
            lat: p.lat,
            lon: p.lon,
            commitments: p.commitments,
        };
        publishing::create_project(db, city_id, &input, None).await.map_err(to_anyhow)?;
    }
    // The ledger is in publication order, so replay the oldest update first.
    let mut updates = demo.updates;
    updates.sort_by_key(|u| std::cmp::Reverse(u.days_ago));
    let now = now_ts();
    for (i, u) in updates.into_iter().enumerate() {
        let input = UpdateInput {
            target: parse_target(&u.target)?,
            status: Status::parse(&u.status).ok_or_else(|| anyhow!("bad status {}", u.status))?,
            progress: u.progress,
            text: u.text,
            evidence: u.evidence,
            publisher: u.publisher,
            corrects_seq: None,
            // Spread same-day updates over the day so they keep a stable order.
            at: Some(now - u.days_ago * 86_400 + i as i64 * 60),
        };
        publishing::publish_update(db, "", city_id, &city.slug, &input, None).await.map_err(to_anyhow)?;
    }
    Ok(true)
}
