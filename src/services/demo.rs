//! `townhall demo`: loads the demo city Port Amani from `src/demo/port_amani.json`, then the
//! people who take part in it from `src/demo/port_amani_participation.json`.

use super::publishing::{self, CityInput, CommitmentInput, ProjectInput, Target, UpdateInput};
use crate::db::cities::Counter;
use crate::db::comments::{self, NewComment};
use crate::db::consultations::{self, NewConsultation};
use crate::db::{assessments, changes, cities, commitments, organisations, projects, roles, users, Db, Tx};
use crate::domain::accounts::Role;
use crate::domain::feedback::{comment_body_problem, Channel, CommentState, HideReason, Rating, Stance};
use crate::domain::{now_ts, EvidenceLink, Locale, ModerationMode, Status, Theme, Translated};
use anyhow::{anyhow, bail, Context};
use serde::Deserialize;
use std::collections::HashMap;

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

/// Loads the demo city and the participation in it; true when anything was added.
pub async fn load_full(db: &Db) -> anyhow::Result<bool> {
    let city = load(db).await?;
    let participation = load_participation_inner(db).await?;
    let indicators = load_indicators(db).await?;
    let questionnaires = load_questionnaires(db).await?;
    Ok(city || participation || indicators || questionnaires)
}

/// (kind, required, English prompt, Swahili prompt, English options, Swahili options).
type DemoQuestion = (&'static str, bool, &'static str, &'static str, &'static str, &'static str);

/// K-1, closed: which footpaths to light first.
const FOOTPATH_QUESTIONS: &[DemoQuestion] = &[
    (
        "single",
        true,
        "Which footpath should be lit first?",
        "Njia ipi ya waenda kwa miguu iwekewe taa kwanza?",
        "Market to ferry terminal\nMajengo school path\nMangrove boardwalk\nHospital hill steps",
        "Soko hadi kituo cha kivuko\nNjia ya shule ya Majengo\nNjia ya mikoko\nNgazi za kilima cha hospitali",
    ),
    (
        "multiple",
        false,
        "When do you walk there?",
        "Unatembea huko saa ngapi?",
        "Before sunrise\nAfter sunset\nLate at night\nAt weekends",
        "Kabla ya jua kuchomoza\nBaada ya jua kutua\nUsiku wa manane\nWikendi",
    ),
    (
        "scale",
        true,
        "How safe do you feel on these footpaths after dark?",
        "Unajisikia salama kiasi gani kwenye njia hizi usiku?",
        "",
        "",
    ),
    ("text", false, "Anything else the city should know?", "Kuna jambo jingine jiji linapaswa kujua?", "", ""),
];

/// K-2, open: how ward voting should work.
const BUDGET_QUESTIONS: &[DemoQuestion] = &[
    (
        "single",
        true,
        "How should residents vote in their ward?",
        "Wakazi wapige kura vipi katika kata yao?",
        "One vote per person\nThree votes per person\nRank the projects in order",
        "Kura moja kwa kila mtu\nKura tatu kwa kila mtu\nPanga miradi kwa mpangilio",
    ),
    (
        "scale",
        false,
        "How well do you understand how the ward budget is spent?",
        "Unaelewa kwa kiasi gani jinsi bajeti ya kata inavyotumika?",
        "",
        "",
    ),
    ("text", false, "What would make you take part?", "Nini kingekufanya ushiriki?", "", ""),
];

/// Written answers of the demo, in the language of the person who gave them.
const DEMO_TEXTS: &[(&str, &str)] = &[
    ("sw", "Taa za sola zinahitajika karibu na soko, wanawake wanarudi nyumbani usiku."),
    ("en", "Please light the steps to the hospital first: night-shift nurses walk there in the dark."),
    ("fr", "Des bancs éclairés près de l'embarcadère rendraient l'attente du bac plus sûre."),
    ("sw", "Njia ya mikoko inateleza wakati wa mvua, taa na reli ni muhimu."),
    ("en", "Flood drainage along the school path matters as much as the lights."),
];

/// Questionnaires of the two demo consultations, with answers: the closed one has online
/// answers from every resident and paper, in-person and phone answers typed in by staff; the
/// open one has a few online answers and takes more.
pub async fn load_questionnaires(db: &Db) -> anyhow::Result<bool> {
    use crate::db::questionnaires::{self as q, NewResponse, QuestionText};
    use crate::domain::questionnaires::QuestionKind;
    let Some(city) = cities::by_slug(db, DEMO_SLUG).await? else { return Ok(false) };
    let demo: ParticipationFile = serde_json::from_str(PARTICIPATION_JSON)?;
    let (Some(footpaths), Some(budget)) =
        (consultations::by_ref(db, city.id, 1).await?, consultations::by_ref(db, city.id, 2).await?)
    else {
        return Ok(false);
    };
    if !q::questions(db, footpaths.id).await?.is_empty() {
        return Ok(false);
    }
    let mut residents = Vec::new();
    for p in &demo.residents {
        if let Some(u) = users::by_email(db, &demo_email(&p.key)).await? {
            residents.push((u.id, u.locale));
        }
    }
    let clerk = match demo.staff.iter().find(|s| s.roles.iter().any(|r| r == "staff")) {
        Some(s) => users::by_email(db, &demo_email(&s.key)).await?.map(|u| u.id),
        None => None,
    };
    let mut tx = db.begin().await?;
    let mut ids = HashMap::new();
    for (k, questions) in [(&footpaths, FOOTPATH_QUESTIONS), (&budget, BUDGET_QUESTIONS)] {
        let mut list = Vec::new();
        for (kind, required, en, sw, options_en, options_sw) in questions {
            let kind = QuestionKind::parse(kind).context("demo question kind")?;
            let mut prompt = Translated::single(Locale::En, *en);
            prompt.0.insert("sw".into(), sw.to_string());
            let mut options = Translated::default();
            if !options_en.is_empty() {
                options.0.insert("en".into(), options_en.to_string());
                options.0.insert("sw".into(), options_sw.to_string());
            }
            let text = QuestionText { kind, prompt: &prompt, options: &options, required: *required };
            list.push((q::insert_question(&mut tx, k.id, &text, k.opens_at - DAY).await?, kind));
        }
        ids.insert(k.id, list);
    }
    // Answers vary with the person, always the same way: (question id, kind) → answer rows.
    let answer = |i: usize, kind: QuestionKind, options: i64, language: &str| -> (Vec<i64>, Option<&'static str>) {
        match kind {
            QuestionKind::Single => (vec![[1, 2, 1, 4, 3, 1, 2][i % 7].min(options)], None),
            QuestionKind::Multiple => (if i.is_multiple_of(3) { vec![2, 3] } else { vec![(i % 4) as i64 + 1] }, None),
            QuestionKind::Scale => (vec![[2, 3, 1, 4, 2, 5, 3, 2][i % 8]], None),
            // A written answer from one person in three, in their own language.
            QuestionKind::Text => {
                let own: Vec<&str> = DEMO_TEXTS.iter().filter(|(l, _)| *l == language).map(|(_, t)| *t).collect();
                (vec![], (i.is_multiple_of(3) && !own.is_empty()).then(|| own[(i / 3) % own.len()]))
            }
        }
    };
    let store = async |tx: &mut Tx, k: &consultations::Consultation, r: NewResponse<'_>, i: usize, at: i64| {
        let response = q::insert_response(tx, &r, at).await?;
        let r = &r;
        for (question_id, kind) in &ids[&k.id] {
            let options = if *kind == QuestionKind::Single && k.id == budget.id { 3 } else { 4 };
            let (choices, text) = answer(i, *kind, options, r.language);
            for c in choices {
                q::insert_answer(tx, response, *question_id, Some(c), None).await?;
            }
            if let Some(text) = text {
                let id = q::insert_answer(tx, response, *question_id, None, Some(text)).await?;
                changes::record(tx, "answer", id, "upsert").await?;
            }
        }
        anyhow::Ok(())
    };
    for (i, (user, locale)) in residents.iter().enumerate() {
        let at = footpaths.opens_at + (i as i64 + 1) * 5 * HOUR;
        let r = NewResponse {
            consultation_id: footpaths.id,
            user_id: Some(*user),
            channel: Channel::Web,
            language: locale,
            entered_by: None,
        };
        store(&mut tx, &footpaths, r, i, at).await?;
        if i % 3 == 0 {
            let at = budget.opens_at + (i as i64 + 1) * 3 * HOUR;
            let r = NewResponse {
                consultation_id: budget.id,
                user_id: Some(*user),
                channel: Channel::Web,
                language: locale,
                entered_by: None,
            };
            store(&mut tx, &budget, r, i, at).await?;
        }
    }
    // Forms from the ward offices and the phone line, typed in by staff.
    for i in 0..40 {
        let channel = [Channel::Paper, Channel::Paper, Channel::InPerson, Channel::Phone][i % 4];
        let at = footpaths.closes_at - (i as i64 + 1) * 2 * HOUR;
        let r =
            NewResponse { consultation_id: footpaths.id, user_id: None, channel, language: "sw", entered_by: clerk };
        store(&mut tx, &footpaths, r, i + 100, at).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// (code, U4SSC KPI, dimension, English name, Swahili name, unit, direction, baseline,
/// target, commitment, yearly values from 2021): twelve measured indicators, some on track,
/// one far off track (market Wi-Fi), with one value later corrected.
type DemoIndicator = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (&'static str, &'static str),
    (&'static str, &'static str),
    i64,
    &'static [&'static str],
);

const DEMO_INDICATORS: &[DemoIndicator] = &[
    (
        "NET-HOMES",
        "EC.ICT.ICT.1C",
        "economy",
        "Households with Internet access",
        "Kaya zenye intaneti",
        "%",
        "increase",
        ("18", "2021-01-01"),
        ("60", "2030-12-31"),
        4,
        &["18", "23", "27.5", "33", "40"],
    ),
    (
        "WIFI-MARKETS",
        "",
        "economy",
        "Municipal markets with free public Wi-Fi",
        "Masoko ya manispaa yenye Wi-Fi ya bure",
        "markets",
        "increase",
        ("0", "2022-01-01"),
        ("14", "2027-06-30"),
        3,
        &["0", "1", "2", "2"],
    ),
    (
        "E-SERVICES",
        "EC.ICT.PS.2A",
        "economy",
        "City services available online",
        "Huduma za jiji zinazopatikana mtandaoni",
        "%",
        "increase",
        ("12", "2021-01-01"),
        ("80", "2028-12-31"),
        7,
        &["12", "21", "30", "44", "56"],
    ),
    (
        "YOUTH-JOBLESS",
        "EC.P.EM.2C",
        "economy",
        "Youth unemployment rate",
        "Kiwango cha ukosefu wa ajira kwa vijana",
        "%",
        "decrease",
        ("31", "2021-01-01"),
        ("20", "2030-12-31"),
        4,
        &["31", "30.2", "29.1", "27.4", "26.1"],
    ),
    (
        "WASTE-COLLECTED",
        "EC.I.WA.1C",
        "economy",
        "Households with regular solid waste collection",
        "Kaya zinazokusanyiwa taka mara kwa mara",
        "%",
        "increase",
        ("52", "2021-01-01"),
        ("90", "2027-12-31"),
        9,
        &["52", "58", "63", "72", "80"],
    ),
    (
        "AIR-PM25",
        "EN.EN.AQ.1C",
        "environment",
        "Fine particulate matter (PM2.5), annual mean",
        "Chembechembe ndogo hewani (PM2.5), wastani wa mwaka",
        "µg/m³",
        "decrease",
        ("38", "2021-01-01"),
        ("25", "2030-12-31"),
        1,
        &["38", "36.5", "35.2", "36.2", "31.2"],
    ),
    (
        "MANGROVES",
        "EN.EN.PSN.1C",
        "environment",
        "Mangrove forest restored",
        "Misitu ya mikoko iliyorejeshwa",
        "ha",
        "increase",
        ("0", "2022-01-01"),
        ("400", "2028-12-31"),
        10,
        &["0", "45", "110", "170"],
    ),
    (
        "FLOOD-WARNED",
        "",
        "environment",
        "Low-lying neighbourhoods covered by flood early warning",
        "Mitaa ya mabondeni yenye tahadhari ya mapema ya mafuriko",
        "%",
        "increase",
        ("10", "2021-01-01"),
        ("100", "2026-12-31"),
        2,
        &["10", "25", "40", "55", "78"],
    ),
    (
        "WATER-LOSS",
        "EC.I.WS.3C",
        "environment",
        "Water lost before it reaches customers",
        "Maji yanayopotea kabla ya kuwafikia wateja",
        "%",
        "decrease",
        ("44", "2021-01-01"),
        ("25", "2029-12-31"),
        5,
        &["44", "42", "39.5", "37", "33"],
    ),
    (
        "STREETLIGHTS",
        "SC.SH.SA.6C",
        "society_culture",
        "Main roads with working street lights",
        "Barabara kuu zenye taa za barabarani zinazofanya kazi",
        "%",
        "increase",
        ("35", "2021-01-01"),
        ("95", "2027-12-31"),
        8,
        &["35", "44", "56", "68", "79"],
    ),
    (
        "DIGITAL-SKILLS",
        "SC.EH.ED.4C",
        "society_culture",
        "Adults who completed a city digital skills course",
        "Watu wazima waliomaliza kozi ya jiji ya ujuzi wa kidijitali",
        "people",
        "increase",
        ("0", "2022-01-01"),
        ("20000", "2027-12-31"),
        4,
        &["0", "3500", "7000", "13600"],
    ),
    (
        "BUDGET-WARDS",
        "SC.SH.SI.2C",
        "society_culture",
        "Wards holding a participatory budget assembly",
        "Kata zinazofanya mkutano wa bajeti shirikishi",
        "wards",
        "increase",
        ("0", "2022-01-01"),
        ("24", "2026-12-31"),
        11,
        &["0", "5", "10", "17"],
    ),
];

/// Loads the demo city's measured indicators and their yearly values (through the services,
/// so they are validated, audited and chained); does nothing when they are already there.
pub async fn load_indicators(db: &Db) -> anyhow::Result<bool> {
    use crate::domain::indicators::{Dimension, Direction};
    use crate::services::indicators::{self, IndicatorInput, ValueInput};
    let Some(city) = cities::by_slug(db, DEMO_SLUG).await? else { return Ok(false) };
    if !crate::db::indicators::for_city(db, city.id).await?.is_empty() {
        return Ok(false);
    }
    let publisher = "Office of the City Manager, Statistics Unit";
    for (code, kpi, dimension, en, sw, unit, direction, baseline, target, commitment, values) in DEMO_INDICATORS {
        let mut name = Translated::default();
        name.0.insert("en".into(), en.to_string());
        name.0.insert("sw".into(), sw.to_string());
        let input = IndicatorInput {
            code: code.to_string(),
            name,
            dimension: Dimension::parse(dimension),
            u4ssc_kpi: kpi.to_string(),
            unit: unit.to_string(),
            direction: Direction::parse(direction),
            baseline_value: baseline.0.into(),
            baseline_date: baseline.1.into(),
            target_value: target.0.into(),
            target_date: target.1.into(),
            department: String::new(),
            commitments: vec![],
        };
        let id = indicators::create(db, &city, None, &input).await.map_err(to_anyhow)?;
        let indicator = crate::db::indicators::by_code(db, city.id, code).await?.context("indicator just created")?;
        let first_year: i32 = baseline.1[..4].parse()?;
        for (n, value) in values.iter().enumerate() {
            let year = first_year + n as i32;
            let value = ValueInput {
                date: format!("{year}-12-31"),
                value: value.to_string(),
                source: format!("Port Amani Statistical Abstract {}, table {}", year + 1, 3 + n),
                note: String::new(),
                publisher: publisher.into(),
                corrects_seq: None,
            };
            indicators::publish_value(db, "", &city, &indicator, None, &value).await.map_err(to_anyhow)?;
        }
        let Some(c) = commitments::by_ref(db, city.id, *commitment).await? else { continue };
        let mut tx = db.begin().await?;
        crate::db::indicators::link_commitment(&mut tx, id, c.row.id).await?;
        tx.commit().await?;
    }
    // A mistyped value, corrected in the open: the first publication stays, struck through.
    let air = crate::db::indicators::by_code(db, city.id, "AIR-PM25").await?.context("AIR-PM25")?;
    let wrong = crate::db::indicators::values_of(db, air.id).await?.into_iter().find(|v| v.date == "2024-12-31");
    if let Some(wrong) = wrong {
        let correction = ValueInput {
            date: wrong.date.clone(),
            value: "33.8".into(),
            source: "Port Amani Statistical Abstract 2025, table 6 (revised)".into(),
            note: "The first figure was the 2023 value typed again; the station data give 33.8.".into(),
            publisher: publisher.into(),
            corrects_seq: Some(wrong.seq),
        };
        indicators::publish_value(db, "", &city, &air, None, &correction).await.map_err(to_anyhow)?;
    }
    Ok(true)
}

/// Loads the demo city's participation (people, organisations, consultations, comments with
/// official responses, flags, moderation and assessments) onto the demo city that `load`
/// created. Does nothing when it is already loaded.
pub async fn load_participation(db: &Db) -> anyhow::Result<()> {
    load_participation_inner(db).await.map(|_| ())
}

const PARTICIPATION_JSON: &str = include_str!("../demo/port_amani_participation.json");
/// The demo people's addresses are under a reserved domain: no mail can reach anyone.
const DEMO_EMAIL_DOMAIN: &str = "demo.port-amani.example";
const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

#[derive(Deserialize)]
struct ParticipationFile {
    staff: Vec<DemoPerson>,
    residents: Vec<DemoPerson>,
    organisations: Vec<DemoOrganisation>,
    consultations: Vec<DemoConsultation>,
    discussions: Vec<DemoDiscussion>,
    assessments: Vec<DemoAssessment>,
}

#[derive(Deserialize)]
struct DemoPerson {
    key: String,
    name: String,
    locale: Locale,
    #[serde(default)]
    roles: Vec<String>,
    /// Staff: the departments whose official responses they write.
    #[serde(default)]
    departments: Vec<String>,
}

#[derive(Deserialize)]
struct DemoOrganisation {
    key: String,
    name: String,
    website: String,
    description: String,
    /// Resident keys; the first one administers the organisation.
    members: Vec<String>,
    created_days_ago: i64,
    verified_days_ago: i64,
}

#[derive(Deserialize)]
struct DemoConsultation {
    /// `C-n` or `P-n`.
    about: String,
    opens_days_ago: i64,
    /// Negative: still open.
    closes_days_ago: i64,
    title: Translated,
    #[serde(default)]
    body: Translated,
    #[serde(default)]
    questions: Translated,
    #[serde(default)]
    outcome_heard: Translated,
    #[serde(default)]
    outcome_actions: Translated,
}

#[derive(Deserialize)]
struct DemoDiscussion {
    /// `C-n`, `P-n`, or `K-n` for the n-th consultation of this file.
    on: String,
    /// Who answers officially; a commitment's own department when not given.
    department: Option<String>,
    comments: Vec<DemoComment>,
}

#[derive(Deserialize)]
struct DemoComment {
    /// The resident who wrote it (none for feedback entered by staff).
    by: Option<String>,
    org: Option<String>,
    /// `web` when not given; any other channel is entered by staff.
    channel: Option<Channel>,
    /// Name written on offline feedback (none: anonymous).
    name: Option<String>,
    lang: Locale,
    stance: Option<Stance>,
    days_ago: i64,
    body: String,
    response: Option<DemoResponse>,
    #[serde(default)]
    replies: Vec<DemoReply>,
    #[serde(default)]
    flags: Vec<DemoFlag>,
    moderation: Option<DemoModeration>,
}

#[derive(Deserialize)]
struct DemoResponse {
    /// Hours after the comment.
    hours: i64,
    body: String,
}

#[derive(Deserialize)]
struct DemoReply {
    by: String,
    org: Option<String>,
    lang: Locale,
    stance: Option<Stance>,
    hours: i64,
    body: String,
}

#[derive(Deserialize)]
struct DemoFlag {
    by: String,
    reason: HideReason,
    #[serde(default)]
    note: String,
    hours: i64,
}

#[derive(Deserialize)]
struct DemoModeration {
    /// `hide` (with `reason`) or `dismiss` (the flags were unfounded).
    decision: String,
    reason: Option<HideReason>,
    by: String,
    hours: i64,
}

#[derive(Deserialize)]
struct DemoAssessment {
    org: String,
    by: String,
    commitment: String,
    rating: Rating,
    days_ago: i64,
    body: String,
    evidence: Vec<EvidenceLink>,
}

fn demo_email(key: &str) -> String {
    format!("{key}@{DEMO_EMAIL_DOMAIN}")
}

/// What a discussion is about, resolved before the transaction starts.
#[derive(Clone)]
struct DemoTarget {
    kind: &'static str,
    id: i64,
    department: Option<String>,
    /// A consultation takes comments only between these times.
    window: Option<(i64, i64)>,
}

/// The people, organisations and consultations created so far, by their keys in the file.
struct Loaded<'a> {
    city_id: i64,
    now: i64,
    people: HashMap<&'a str, i64>,
    /// Staff, with the departments each one answers for.
    staff: &'a [DemoPerson],
    /// Organisation key -> (id, member keys).
    organisations: HashMap<&'a str, (i64, &'a [String])>,
    /// Who types in offline feedback.
    clerk: i64,
}

impl<'a> Loaded<'a> {
    fn person(&self, key: &str) -> anyhow::Result<i64> {
        self.people.get(key).copied().ok_or_else(|| anyhow!("unknown demo person `{key}`"))
    }

    fn organisation(&self, key: Option<&str>, member: &str) -> anyhow::Result<Option<i64>> {
        let Some(key) = key else { return Ok(None) };
        let (id, members) = self.organisations.get(key).ok_or_else(|| anyhow!("unknown demo organisation `{key}`"))?;
        if !members.iter().any(|m| m == member) {
            bail!("`{member}` speaks for `{key}` without being a member");
        }
        Ok(Some(*id))
    }

    fn responder(&self, department: &str) -> anyhow::Result<i64> {
        let staff = self
            .staff
            .iter()
            .find(|s| s.departments.iter().any(|d| d == department))
            .ok_or_else(|| anyhow!("no demo staff member answers for `{department}`"))?;
        self.person(&staff.key)
    }

    /// A time `hours` after `from`, checked to be in the past and inside the target's window.
    fn at(&self, target: &DemoTarget, from: i64, hours: i64) -> anyhow::Result<i64> {
        let at = from + hours * HOUR;
        if at >= self.now {
            bail!("a demo comment on {} {} would be in the future", target.kind, target.id);
        }
        if let Some((opens, closes)) = target.window {
            if at < opens || at >= closes {
                bail!("a demo comment on consultation {} falls outside its opening times", target.id);
            }
        }
        Ok(at)
    }

    /// A time `hours` after `from`, checked to be in the past (moderation may follow a closing).
    fn after(&self, from: i64, hours: i64) -> anyhow::Result<i64> {
        let at = from + hours * HOUR;
        if at >= self.now {
            bail!("a demo flag or decision would be in the future");
        }
        Ok(at)
    }
}

fn check_body(body: &str) -> anyhow::Result<()> {
    match comment_body_problem(body) {
        Some(problem) => bail!("demo comment `{body}`: {problem}"),
        None => Ok(()),
    }
}

async fn resolve(db: &Db, city_id: i64, reference: &str) -> anyhow::Result<DemoTarget> {
    match parse_target(reference)? {
        Target::Commitment(n) => {
            let c = commitments::by_ref(db, city_id, n).await?.ok_or_else(|| anyhow!("no commitment {reference}"))?;
            Ok(DemoTarget { kind: "commitment", id: c.row.id, department: Some(c.row.department), window: None })
        }
        Target::Project(n) => {
            let p = projects::by_ref(db, city_id, n).await?.ok_or_else(|| anyhow!("no project {reference}"))?;
            Ok(DemoTarget { kind: "project", id: p.id, department: None, window: None })
        }
    }
}

async fn load_participation_inner(db: &Db) -> anyhow::Result<bool> {
    let demo: ParticipationFile =
        serde_json::from_str(PARTICIPATION_JSON).context("demo participation data is not valid JSON")?;
    let city =
        cities::by_slug(db, DEMO_SLUG).await?.ok_or_else(|| anyhow!("the demo city `{DEMO_SLUG}` is not loaded"))?;
    let first = demo.staff.first().ok_or_else(|| anyhow!("the demo needs staff"))?;
    if users::by_email(db, &demo_email(&first.key)).await?.is_some() {
        return Ok(false);
    }

    // Everything read from the database is read before the transaction starts.
    let mut targets: HashMap<String, DemoTarget> = HashMap::new();
    let about = demo.consultations.iter().map(|k| &k.about);
    let commented = demo.discussions.iter().map(|d| &d.on).filter(|on| !on.starts_with("K-"));
    let assessed = demo.assessments.iter().map(|a| &a.commitment);
    for reference in about.chain(commented).chain(assessed) {
        if !targets.contains_key(reference) {
            targets.insert(reference.clone(), resolve(db, city.id, reference).await?);
        }
    }

    // One password nobody knows for every demo account (argon2 is slow: hash it once). The
    // accounts are there to be seen, not to log in to.
    let (secret, _) = super::accounts::new_token();
    let password_hash = super::accounts::hash_password(secret).await?;
    let now = now_ts();

    let mut tx = db.begin().await?;
    let mut people = HashMap::new();
    for (i, p) in demo.staff.iter().chain(&demo.residents).enumerate() {
        // Staff first, residents joining over the following weeks.
        let joined = now - 400 * DAY + i as i64 * 2 * DAY;
        let id = users::insert(&mut tx, &demo_email(&p.key), &p.name, &password_hash, p.locale.id(), joined).await?;
        users::mark_verified(&mut tx, id, joined + HOUR).await?;
        for role in &p.roles {
            let role = Role::parse(role).ok_or_else(|| anyhow!("unknown role `{role}`"))?;
            roles::grant_in(&mut tx, id, city.id, role, joined).await?;
        }
        people.insert(p.key.as_str(), id);
    }
    let role_holder = |role: &str| {
        demo.staff
            .iter()
            .find(|s| s.roles.iter().any(|r| r == role))
            .and_then(|s| people.get(s.key.as_str()).copied())
            .ok_or_else(|| anyhow!("the demo needs a `{role}`"))
    };
    let (verifier, clerk) = (role_holder("city_admin")?, role_holder("staff")?);

    let mut orgs = HashMap::new();
    for o in &demo.organisations {
        let admin = o.members.first().ok_or_else(|| anyhow!("organisation `{}` has no members", o.key))?;
        let admin = *people.get(admin.as_str()).ok_or_else(|| anyhow!("unknown demo person `{admin}`"))?;
        let created = now - o.created_days_ago * DAY;
        let id =
            organisations::insert_in(&mut tx, city.id, &o.name, &o.website, &o.description, admin, created).await?;
        for m in &o.members[1..] {
            let member = *people.get(m.as_str()).ok_or_else(|| anyhow!("unknown demo person `{m}`"))?;
            organisations::add_member_in(&mut tx, id, member, created + DAY).await?;
        }
        organisations::set_status_in(&mut tx, id, "verified", verifier, now - o.verified_days_ago * DAY).await?;
        orgs.insert(o.key.as_str(), (id, o.members.as_slice()));
    }
    let loaded = Loaded { city_id: city.id, now, people, staff: &demo.staff, organisations: orgs, clerk };

    for (i, k) in demo.consultations.iter().enumerate() {
        let about = &targets[&k.about];
        let (opens_at, closes_at) = (now - k.opens_days_ago * DAY, now - k.closes_days_ago * DAY);
        if closes_at <= opens_at {
            bail!("demo consultation K-{} closes before it opens", i + 1);
        }
        let new = NewConsultation {
            city_id: city.id,
            title: &k.title,
            body: &k.body,
            questions: &k.questions,
            commitment_id: (about.kind == "commitment").then_some(about.id),
            project_id: (about.kind == "project").then_some(about.id),
            opens_at,
            closes_at,
            outcome_heard: &k.outcome_heard,
            outcome_actions: &k.outcome_actions,
        };
        let n = cities::take_next_number(&mut tx, city.id, Counter::Consultation).await?;
        let id = consultations::insert(&mut tx, n, &new, opens_at - 7 * DAY).await?;
        changes::record(&mut tx, "consultation", id, "upsert").await?;
        let target = DemoTarget { kind: "consultation", id, department: None, window: Some((opens_at, closes_at)) };
        targets.insert(format!("K-{}", i + 1), target);
    }

    let mut seq = 0i64;
    for d in &demo.discussions {
        let mut target = targets.get(&d.on).cloned().ok_or_else(|| anyhow!("unknown demo item `{}`", d.on))?;
        if d.department.is_some() {
            target.department = d.department.clone();
        }
        for c in &d.comments {
            seq += 1;
            // Spread the comments of a day over its hours, always the same way.
            let created = loaded.at(&target, now - c.days_ago * DAY - (seq * 7_919) % (10 * HOUR), 0)?;
            insert_discussion(&mut tx, &loaded, &target, c, created).await?;
        }
    }

    for a in &demo.assessments {
        let commitment = &targets[&a.commitment];
        let author = loaded.person(&a.by)?;
        let organisation = loaded.organisation(Some(&a.org), &a.by)?.unwrap_or_default();
        check_body(&a.body)?;
        let evidence = serde_json::to_string(&a.evidence)?;
        let at = now - a.days_ago * DAY;
        assessments::insert(
            &mut tx,
            city.id,
            commitment.id,
            organisation,
            author,
            a.rating.id(),
            &a.body,
            &evidence,
            at,
        )
        .await?;
    }
    load_challenges(db, &mut tx, &loaded).await?;
    // A watchdog's member is alerted, once a day, to anything new about flooding in the city.
    let (feed_token, unsubscribe_token) =
        (crate::services::accounts::new_token().0, crate::services::accounts::new_token().0);
    let watch = crate::db::saved_searches::NewSavedSearch {
        user_id: loaded.person("peter")?,
        query: "q=flood+drainage&city=port-amani",
        frequency: "daily",
        feed_token: &feed_token,
        unsubscribe_token: &unsubscribe_token,
        created_at: loaded.now,
    };
    crate::db::saved_searches::insert(&mut tx, &watch).await?;
    tx.commit().await?;
    Ok(true)
}

/// One top-level comment with its official response, replies, flags and moderation.
async fn insert_discussion(
    tx: &mut Tx,
    loaded: &Loaded<'_>,
    target: &DemoTarget,
    c: &DemoComment,
    created: i64,
) -> anyhow::Result<()> {
    check_body(&c.body)?;
    let channel = c.channel.unwrap_or(Channel::Web);
    let (author, organisation, entered_by) = match (channel, &c.by) {
        (Channel::Web, Some(by)) => (Some(loaded.person(by)?), loaded.organisation(c.org.as_deref(), by)?, None),
        (Channel::Web, None) => bail!("a web comment needs an author: `{}`", c.body),
        (_, None) => (None, None, Some(loaded.clerk)),
        (_, Some(_)) => bail!("offline feedback is entered by staff, not by a resident: `{}`", c.body),
    };
    let comment = NewComment {
        city_id: loaded.city_id,
        target_type: target.kind,
        target_id: target.id,
        author_id: author,
        offline_name: if channel == Channel::Web { None } else { c.name.as_deref() },
        organisation_id: organisation,
        parent_id: None,
        body: &c.body,
        stance: c.stance.map(|s| s.id()),
        language: c.lang.id(),
        channel: channel.id(),
        state: CommentState::Visible,
        is_official: false,
        department: None,
        entered_by,
        created_at: created,
    };
    let id = comments::insert(tx, &comment).await?;
    changes::record(tx, "comment", id, "upsert").await?;

    if let Some(r) = &c.response {
        check_body(&r.body)?;
        let at = loaded.at(target, created, r.hours)?;
        let department =
            target.department.as_deref().ok_or_else(|| anyhow!("no department answers on {}", target.kind))?;
        let response = NewComment {
            author_id: Some(loaded.responder(department)?),
            offline_name: None,
            organisation_id: None,
            parent_id: Some(id),
            body: &r.body,
            stance: None,
            channel: Channel::Web.id(),
            is_official: true,
            department: Some(department),
            entered_by: None,
            created_at: at,
            ..comment
        };
        let response_id = comments::insert(tx, &response).await?;
        changes::record(tx, "comment", response_id, "upsert").await?;
        comments::mark_responded(tx, id, at).await?;
    }
    for r in &c.replies {
        check_body(&r.body)?;
        let reply = NewComment {
            author_id: Some(loaded.person(&r.by)?),
            offline_name: None,
            organisation_id: loaded.organisation(r.org.as_deref(), &r.by)?,
            parent_id: Some(id),
            body: &r.body,
            stance: r.stance.map(|s| s.id()),
            language: r.lang.id(),
            channel: Channel::Web.id(),
            entered_by: None,
            created_at: loaded.at(target, created, r.hours)?,
            ..comment
        };
        let reply_id = comments::insert(tx, &reply).await?;
        changes::record(tx, "comment", reply_id, "upsert").await?;
    }
    for f in &c.flags {
        let at = loaded.after(created, f.hours)?;
        comments::insert_flag_in(tx, id, loaded.person(&f.by)?, f.reason.id(), &f.note, at).await?;
    }
    if let Some(m) = &c.moderation {
        // The moderator must exist; the audit log is left alone, as it records the present.
        loaded.person(&m.by)?;
        let at = loaded.after(created, m.hours)?;
        match (m.decision.as_str(), m.reason) {
            ("hide", Some(reason)) => {
                comments::set_state(tx, id, CommentState::Hidden, Some(reason.id())).await?;
                changes::record(tx, "comment", id, "delete").await?;
            }
            ("dismiss", None) => {}
            (other, _) => bail!("unknown demo moderation `{other}`"),
        }
        comments::handle_flags(tx, id, at).await?;
    }
    Ok(())
}

/// Challenges to official statuses: one open, one overdue, one rejected and one upheld with the
/// update that corrected the status.
async fn load_challenges(db: &Db, tx: &mut Tx, loaded: &Loaded<'_>) -> anyhow::Result<()> {
    use crate::db::challenges::{self, NewChallenge};
    use crate::domain::feedback::ChallengeState;
    let evidence =
        |label: &str, url: &str| serde_json::to_string(&[EvidenceLink { label: label.into(), url: url.into() }]);
    struct Demo<'a> {
        item: &'a str,
        org: &'a str,
        by: &'a str,
        claimed: &'a str,
        body: &'a str,
        link: (&'a str, &'a str),
        days_ago: i64,
    }
    let list = [
        Demo {
            item: "C-5",
            org: "voice",
            by: "peter",
            claimed: "in_progress",
            body: "The portal is live but budgets for 2026 and the contracts register are still missing, so the commitment is not completed.",
            link: ("Screenshots of the empty sections", "https://voice.port-amani.example/portal-gaps"),
            days_ago: 40,
        },
        Demo {
            item: "C-3",
            org: "traders",
            by: "rehema",
            claimed: "delayed",
            body: "Wi-Fi works in only three of the fourteen markets; the installation plan has slipped by months.",
            link: ("Market-by-market survey", "https://traders.port-amani.example/wifi-survey"),
            days_ago: 10,
        },
    ];
    for d in &list {
        let target = resolve(db, loaded.city_id, d.item).await?;
        let org = loaded.organisation(Some(d.org), d.by)?.unwrap_or_default();
        let official = commitments::by_ref(db, loaded.city_id, d.item[2..].parse()?)
            .await?
            .map(|c| c.row.status)
            .unwrap_or_default();
        let id = challenges::insert(
            tx,
            &NewChallenge {
                city_id: loaded.city_id,
                target_type: target.kind,
                target_id: target.id,
                organisation_id: org,
                author_id: loaded.person(d.by)?,
                official_status: &official,
                claimed_status: d.claimed,
                body: d.body,
                evidence: &evidence(d.link.0, d.link.1)?,
                created_at: loaded.now - d.days_ago * DAY,
            },
        )
        .await?;
        crate::db::changes::record(tx, "challenge", id, "insert").await?;
    }
    // Answered ones: rejected on C-1; upheld on the commitment whose latest update corrected it.
    let answered = [("C-1", "voice", "peter", false), ("C-8", "traders", "halima", true)];
    for (item, org_key, by, upheld) in answered {
        let target = resolve(db, loaded.city_id, item).await?;
        let org = loaded.organisation(Some(org_key), by)?.unwrap_or_default();
        let latest = crate::db::updates::for_commitment(db, target.id).await?.into_iter().max_by_key(|u| u.seq);
        let Some(latest) = latest else { continue };
        let opened = latest.created_at - 15 * DAY;
        let id = challenges::insert(
            tx,
            &NewChallenge {
                city_id: loaded.city_id,
                target_type: target.kind,
                target_id: target.id,
                organisation_id: org,
                author_id: loaded.person(by)?,
                official_status: "in_progress",
                claimed_status: "delayed",
                body: "Residents report that work has stopped for weeks; the official status does not say so.",
                evidence: &evidence("Residents' photo diary", "https://port-amani.example/diary")?,
                created_at: opened,
            },
        )
        .await?;
        let (state, answer, seq) = if upheld {
            (
                ChallengeState::Upheld,
                "You are right: the contractor stopped work. The status is corrected.",
                Some(latest.seq),
            )
        } else {
            (
                ChallengeState::Rejected,
                "Work continued at night to avoid traffic; see the site log linked in the latest update.",
                None,
            )
        };
        let department = target.department.clone().unwrap_or_else(|| "Office of the City Manager".into());
        // An upheld challenge is answered once the correcting update is out.
        let answered_at = if upheld { latest.created_at + HOUR } else { opened + 12 * DAY };
        challenges::answer(tx, id, state, answer, &department, seq, loaded.clerk, answered_at).await?;
        crate::db::changes::record(tx, "challenge", id, "insert").await?;
    }
    Ok(())
}
