//! The transparency report: what was promised, what was done, what people said and how the
//! city answered, for a period and optionally any search query and filters. One `Report`
//! value feeds the HTML page, the CSV and the JSON, so the three always agree.

use crate::db::cities::City;
use crate::db::items::ItemCatalog;
use crate::db::report::{self, Scope};
use crate::db::{assessments, commitments, consultations, Db};
use crate::domain::feedback::{Stance, TargetType};
use crate::domain::{now_ts, Locale, Theme};
use crate::i18n::I18n;
use crate::search::query::SearchRequest;
use crate::search::report::{nearest_rank, TargetFigures};
use crate::search::schema::target_of;
use crate::search::Search;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub key: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusFigure {
    pub status: String,
    pub count: i64,
    pub average_progress: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommitmentFigures {
    pub total: i64,
    pub by_status: Vec<StatusFigure>,
    pub average_progress: f64,
    pub overdue: i64,
    pub stale: i64,
    pub updates_in_period: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Discussed {
    pub item: String,
    pub title: String,
    pub comments: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct FeedbackFigures {
    pub comments: i64,
    pub participants: i64,
    pub organisations: i64,
    pub by_stance: Vec<Count>,
    pub by_theme: Vec<Count>,
    pub by_language: Vec<Count>,
    pub by_channel: Vec<Count>,
    pub per_month: Vec<Count>,
    pub most_discussed: Vec<Discussed>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DepartmentFigure {
    pub department: String,
    pub comments: i64,
    pub responded: i64,
    pub average_hours: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ResponsivenessFigures {
    pub top_level_comments: i64,
    pub responded: i64,
    /// Share with an official response, 0–1.
    pub response_rate: f64,
    pub median_hours: Option<f64>,
    pub p90_hours: Option<f64>,
    pub by_department: Vec<DepartmentFigure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModerationFigures {
    pub hidden_by_reason: Vec<Count>,
    pub flags_received: i64,
    pub flags_handled: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ConsultationFigure {
    pub reference: String,
    pub title: String,
    pub phase: String,
    pub outcome_published: bool,
    /// People who answered its questionnaire (online and offline).
    pub respondents: i64,
}

/// Questionnaire answers given in the period: respondents by channel and by language, and the
/// written answers among them (hidden ones not counted).
#[derive(Debug, Clone, Default, Serialize)]
pub struct QuestionnaireFigures {
    pub respondents: i64,
    pub written_answers: i64,
    pub by_channel: Vec<Count>,
    pub by_language: Vec<Count>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessmentFigure {
    pub commitment: String,
    pub official_status: String,
    pub official_progress: i64,
    pub organisation: String,
    pub rating: String,
    pub date: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub city: String,
    pub from: String,
    pub to: String,
    /// The words the feedback was searched for ("" for all feedback).
    pub q: String,
    pub theme: Option<String>,
    pub sdg: Option<i64>,
    pub stance: Option<String>,
    pub lang: Option<String>,
    /// Only feedback on this kind of item (`commitment`, `project`, `consultation`).
    pub item_type: Option<String>,
    pub generated_at: String,
    pub commitments: CommitmentFigures,
    pub feedback: FeedbackFigures,
    pub responsiveness: ResponsivenessFigures,
    pub moderation: ModerationFigures,
    pub consultations: Vec<ConsultationFigure>,
    pub assessments: Vec<AssessmentFigure>,
    pub challenges: ChallengeFigures,
    pub indicators: IndicatorFigures,
    pub questionnaires: QuestionnaireFigures,
}

/// Measured indicators: where they stand by dimension, values published in the period, and
/// those without a value for over a year.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndicatorFigures {
    pub total: i64,
    pub by_dimension: Vec<DimensionTrends>,
    /// Values published (ledger entries, corrections included) in the period.
    pub values_in_period: i64,
    /// Codes of indicators whose latest measurement is over a year old (or that have none).
    pub stale: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DimensionTrends {
    pub dimension: String,
    pub on_track: i64,
    pub at_risk: i64,
    pub off_track: i64,
    pub no_data: i64,
}

/// Indicator figures at `now`, counting values published in `[from, to)` (UTC seconds).
async fn indicator_figures(db: &Db, city_id: i64, from: i64, to: i64, now: i64) -> anyhow::Result<IndicatorFigures> {
    use crate::domain::indicators::{Dimension, Trend};
    let indicators = crate::db::indicators::for_city(db, city_id).await?;
    let mut f = IndicatorFigures { total: indicators.len() as i64, ..Default::default() };
    let year_ago = chrono::DateTime::from_timestamp(now - 365 * 86_400, 0).map(|d| d.date_naive().to_string());
    let mut counts: Vec<DimensionTrends> = Dimension::ALL
        .iter()
        .map(|d| DimensionTrends { dimension: d.id().into(), on_track: 0, at_risk: 0, off_track: 0, no_data: 0 })
        .collect();
    let mut by_indicator = crate::db::indicators::values_by_indicator(db, city_id).await?;
    for i in &indicators {
        let values = by_indicator.remove(&i.id).unwrap_or_default();
        f.values_in_period += values.iter().filter(|v| v.created_at >= from && v.created_at < to).count() as i64;
        if let Some(c) = counts.iter_mut().find(|c| c.dimension == i.dimension) {
            match i.trend(&values) {
                Trend::OnTrack => c.on_track += 1,
                Trend::AtRisk => c.at_risk += 1,
                Trend::OffTrack => c.off_track += 1,
                Trend::NoData => c.no_data += 1,
            }
        }
        let latest = crate::db::indicators::latest(&values).map(|v| v.date.clone());
        if latest.is_none() || latest < year_ago {
            f.stale.push(i.code.clone());
        }
    }
    f.by_dimension = counts;
    Ok(f)
}

/// Formal challenges opened in the period, and how the city answered them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChallengeFigures {
    pub opened: i64,
    pub answered: i64,
    pub upheld: i64,
    pub rejected: i64,
    /// Open past the city's response days now.
    pub overdue: i64,
    /// Median whole days from opening to answer (nearest rank), if any was answered.
    pub median_days_to_answer: Option<i64>,
    /// (department, answered, upheld), by department name.
    pub by_department: Vec<DepartmentChallenges>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DepartmentChallenges {
    pub department: String,
    pub answered: i64,
    pub upheld: i64,
}

/// The challenge figures of challenges opened in `[from, to)` (UTC seconds).
fn challenge_figures(
    all: &[crate::db::challenges::Challenge],
    from: i64,
    to: i64,
    now: i64,
    response_days: i64,
) -> ChallengeFigures {
    use crate::domain::feedback::ChallengeState;
    let in_period: Vec<_> = all.iter().filter(|c| c.created_at >= from && c.created_at < to).collect();
    let mut f = ChallengeFigures { opened: in_period.len() as i64, ..Default::default() };
    let mut days = Vec::new();
    let mut departments: std::collections::BTreeMap<String, (i64, i64)> = Default::default();
    for c in &in_period {
        match c.state {
            ChallengeState::Open if c.is_overdue(now, response_days) => f.overdue += 1,
            ChallengeState::Open => {}
            answered => {
                f.answered += 1;
                let upheld = answered == ChallengeState::Upheld;
                if upheld {
                    f.upheld += 1;
                } else {
                    f.rejected += 1;
                }
                days.push((c.answered_at.unwrap_or(c.created_at) - c.created_at).max(0) / 86_400);
                let entry = departments.entry(c.department.clone().unwrap_or_default()).or_default();
                entry.0 += 1;
                entry.1 += i64::from(upheld);
            }
        }
    }
    f.median_days_to_answer = nearest_rank(&mut days, 0.5);
    f.by_department = departments
        .into_iter()
        .map(|(department, (answered, upheld))| DepartmentChallenges { department, answered, upheld })
        .collect();
    f
}

/// What a report covers: a period and, optionally, the search query and filters of
/// `/search` (words, thematic area, SDG, stance, language) plus the kind of item commented on.
#[derive(Debug, Clone)]
pub struct ReportRequest {
    /// Dates inclusive.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub q: String,
    pub theme: Option<Theme>,
    pub sdg: Option<i64>,
    pub stance: Option<Stance>,
    pub lang: Option<Locale>,
    pub item_type: Option<TargetType>,
}

impl ReportRequest {
    /// Reads the query string; values outside the vocabulary are left out (the report states
    /// the filters it applied), a period defaults to the last twelve months.
    pub fn from_params(params: &HashMap<String, String>) -> ReportRequest {
        let get = |k: &str| params.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
        let (from, to) = period(get("from"), get("to"));
        ReportRequest {
            from,
            to,
            q: get("q").map(|q| q.chars().take(crate::search::query::MAX_QUERY_CHARS).collect()).unwrap_or_default(),
            theme: get("theme").and_then(Theme::parse),
            sdg: get("sdg").and_then(crate::domain::parse_sdg),
            stance: get("stance").and_then(Stance::parse),
            lang: get("lang").and_then(Locale::parse),
            item_type: get("type")
                .and_then(TargetType::parse)
                .filter(|t| matches!(t, TargetType::Commitment | TargetType::Project | TargetType::Consultation)),
        }
    }

    /// The request as query-string pairs (empty values left out), to build links.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let mut out = vec![("from", self.from.to_string()), ("to", self.to.to_string())];
        let optional = [
            ("q", Some(self.q.clone()).filter(|q| !q.trim().is_empty())),
            ("theme", self.theme.map(|t| t.id().to_string())),
            ("sdg", self.sdg.map(|n| n.to_string())),
            ("stance", self.stance.map(|s| s.id().to_string())),
            ("lang", self.lang.map(|l| l.id().to_string())),
            ("type", self.item_type.map(|t| t.id().to_string())),
        ];
        out.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))));
        out
    }

    /// The same scope as a search in `city` (the report's aggregation keeps its comments).
    pub fn search_request(&self, city: &str) -> SearchRequest {
        SearchRequest {
            q: self.q.clone(),
            city: Some(city.to_string()),
            kind: None,
            theme: self.theme.map(|t| t.id().to_string()),
            sdg: self.sdg.map(|n| n.to_string()),
            stance: self.stance.map(|s| s.id().to_string()),
            lang: self.lang.map(|l| l.id().to_string()),
            from: Some(self.from.to_string()),
            to: Some(self.to.to_string()),
            page: None,
        }
    }
}

/// The period asked for, defaulting to the twelve months up to today (dates inclusive).
pub fn period(from: Option<&str>, to: Option<&str>) -> (NaiveDate, NaiveDate) {
    let today = chrono::Utc::now().date_naive();
    // Dates outside the years people may name are not dates here: no arithmetic can overflow.
    let parse = |s: Option<&str>| s.and_then(crate::domain::parse_date);
    let to = parse(to).unwrap_or(today);
    let from = parse(from).filter(|f| *f <= to).unwrap_or_else(|| to - chrono::Duration::days(365));
    // Keep reports to ten years: enough for any city plan, bounded work.
    let from = from.max(to - chrono::Duration::days(3660));
    (from, to)
}

fn ts(d: NaiveDate) -> i64 {
    d.and_time(chrono::NaiveTime::MIN).and_utc().timestamp()
}

/// Month buckets over the period: ("YYYY-MM", start, end) with the ends clamped to it.
fn months(from: NaiveDate, to_exclusive: NaiveDate) -> Vec<(String, i64, i64)> {
    let mut out = Vec::new();
    let mut start = from;
    while start < to_exclusive {
        let next_month = if start.month() == 12 {
            NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
        }
        .expect("valid month");
        let end = next_month.min(to_exclusive);
        out.push((start.format("%Y-%m").to_string(), ts(start), ts(end)));
        start = end;
    }
    out
}

/// Questionnaire responses first given in the period, by channel and language.
async fn questionnaire_figures(db: &Db, scope: &Scope) -> sqlx::Result<QuestionnaireFigures> {
    let rows = crate::db::questionnaires::city_counts(db, scope.city_id, scope.from, scope.to).await?;
    let (mut by_channel, mut by_language) = (HashMap::new(), HashMap::new());
    let mut figures = QuestionnaireFigures::default();
    for (language, channel, responses, written) in rows {
        figures.respondents += responses;
        figures.written_answers += written;
        *by_channel.entry(channel).or_insert(0) += responses;
        *by_language.entry(language).or_insert(0) += responses;
    }
    figures.by_channel = ranked(by_channel);
    figures.by_language = ranked(by_language);
    Ok(figures)
}

fn counts(rows: Vec<(String, i64)>) -> Vec<Count> {
    rows.into_iter().map(|(key, count)| Count { key, count }).collect()
}

/// Largest first; ties in key order, so the same figures always print the same way.
fn ranked(map: HashMap<String, i64>) -> Vec<Count> {
    let mut list: Vec<Count> = map.into_iter().map(|(key, count)| Count { key, count }).collect();
    list.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    list
}

fn hours(seconds: Option<i64>) -> Option<f64> {
    seconds.map(|s| (s as f64 / 3600.0 * 10.0).round() / 10.0)
}

fn one_decimal(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Status counts, progress, overdue and stale among the commitments in scope.
fn commitment_figures(list: &[&commitments::Commitment], updates_in_period: i64, now: i64) -> CommitmentFigures {
    let today = crate::domain::today_utc();
    let open = |c: &commitments::Commitment| !matches!(c.row.status.as_str(), "completed" | "cancelled");
    // status -> (commitments, summed progress), in status order.
    let mut per_status: std::collections::BTreeMap<&str, (i64, i64)> = Default::default();
    for c in list {
        let e = per_status.entry(c.row.status.as_str()).or_default();
        e.0 += 1;
        e.1 += c.row.progress;
    }
    let by_status = per_status
        .into_iter()
        .map(|(status, (count, progress))| StatusFigure {
            status: status.to_string(),
            count,
            average_progress: one_decimal(progress as f64 / count as f64),
        })
        .collect();
    let total = list.len() as i64;
    let progress_sum: i64 = list.iter().map(|c| c.row.progress).sum();
    CommitmentFigures {
        total,
        by_status,
        average_progress: if total == 0 { 0.0 } else { one_decimal(progress_sum as f64 / total as f64) },
        overdue: list.iter().filter(|c| c.is_overdue(&today)).count() as i64,
        stale: list
            .iter()
            .filter(|c| open(c) && c.row.last_update_at.is_none_or(|t| t < now - STALE_AFTER_SECONDS))
            .count() as i64,
        updates_in_period,
    }
}

/// A commitment without an update for this long is reported as stale.
const STALE_AFTER_SECONDS: i64 = 90 * 86_400;

pub async fn build(
    db: &Db,
    search: &Search,
    city: &City,
    req: &ReportRequest,
    locale: Locale,
) -> anyhow::Result<Report> {
    let to_exclusive = req.to + chrono::Duration::days(1);
    let theme = req.theme.map(|t| t.id().to_string());
    let scope = Scope { city_id: city.id, from: ts(req.from), to: ts(to_exclusive), theme: theme.clone() };
    let default = city.default_locale();
    let title_of = |t: &crate::domain::Translated| t.show(locale, default).text;
    let now = now_ts();

    // Feedback: one pass in the index, on the blocking pool (it is CPU work).
    let buckets = months(req.from, to_exclusive);
    let mut bounds: Vec<i64> = buckets.iter().map(|b| b.1).collect();
    bounds.extend(buckets.last().map(|b| b.2));
    let (search_copy, search_req, item_type) = (search.clone(), req.search_request(&city.slug), req.item_type);
    let mut agg = tokio::task::spawn_blocking(move || {
        crate::search::report::aggregate(&search_copy, &search_req, item_type, &bounds)
    })
    .await??;

    // Commitments in scope: the thematic area and SDG filters apply to them too.
    let all_commitments = commitments::list(db, city.id, &Default::default()).await?;
    let filtered = req.theme.is_some() || req.sdg.is_some();
    let in_scope: Vec<&commitments::Commitment> = all_commitments
        .iter()
        .filter(|c| theme.as_ref().is_none_or(|t| c.themes.contains(t)) && req.sdg.is_none_or(|n| c.sdgs.contains(&n)))
        .collect();
    let updates: i64 = report::updates_by_commitment(db, &scope)
        .await?
        .into_iter()
        .filter(|(commitment, _)| !filtered || commitment.is_some_and(|id| in_scope.iter().any(|c| c.row.id == id)))
        .map(|(_, n)| n)
        .sum();
    let commitment_figures = commitment_figures(&in_scope, updates, now);

    let catalog = ItemCatalog::for_city(db, city).await?;
    let all_consultations = consultations::list(db, city.id).await?;
    let mut targets: Vec<(u64, TargetFigures)> = agg.by_target.iter().map(|(k, v)| (*k, *v)).collect();
    targets.sort_by(|a, b| b.1.comments.cmp(&a.1.comments).then(a.0.cmp(&b.0)));
    let most_discussed = targets
        .iter()
        .take(5)
        .map(|(key, figures)| {
            let (item, title) = target_of(*key)
                .and_then(|(kind, id)| catalog.get_by_name(kind, id))
                .map(|e| (e.item.to_string(), title_of(&e.title)))
                .unwrap_or_default();
            Discussed { item, title, comments: figures.comments }
        })
        .collect();
    let feedback = FeedbackFigures {
        comments: agg.comments,
        participants: agg.participants.len() as i64,
        organisations: agg.organisations.len() as i64,
        by_stance: ranked(std::mem::take(&mut agg.by_stance)),
        by_theme: ranked(std::mem::take(&mut agg.by_theme)),
        by_language: ranked(std::mem::take(&mut agg.by_language)),
        by_channel: ranked(std::mem::take(&mut agg.by_channel)),
        per_month: buckets
            .iter()
            .zip(&agg.per_bucket)
            .map(|(b, count)| Count { key: b.0.clone(), count: *count })
            .collect(),
        most_discussed,
    };

    // Per responsible department of the commitment commented on: top-level comments,
    // responded, summed response seconds.
    let mut per_department: HashMap<&str, (i64, i64, i64)> = HashMap::new();
    for (key, t) in &agg.by_target {
        let Some(("commitment", id)) = target_of(*key) else { continue };
        let Some(c) = all_commitments.iter().find(|c| c.row.id == id) else { continue };
        if t.top_level > 0 {
            let d = per_department.entry(c.row.department.as_str()).or_default();
            d.0 += t.top_level;
            d.1 += t.responded;
            d.2 += t.response_secs_sum;
        }
    }
    let mut departments: Vec<DepartmentFigure> = per_department
        .into_iter()
        .map(|(department, (comments, responded, secs))| DepartmentFigure {
            department: department.to_string(),
            comments,
            responded,
            average_hours: if responded == 0 { None } else { hours(Some(secs / responded)) },
        })
        .collect();
    departments.sort_by(|a, b| a.department.cmp(&b.department));
    let responded = agg.response_secs.len() as i64;
    let responsiveness = ResponsivenessFigures {
        top_level_comments: agg.top_level,
        responded,
        response_rate: if agg.top_level == 0 { 0.0 } else { responded as f64 / agg.top_level as f64 },
        median_hours: hours(nearest_rank(&mut agg.response_secs, 0.5)),
        p90_hours: hours(nearest_rank(&mut agg.response_secs, 0.9)),
        by_department: departments,
    };
    // Moderation covers the period (and thematic area), whatever the words: hidden comments
    // are not searchable.
    let (flags_received, flags_handled) = report::flags(db, &scope).await?;
    let moderation = ModerationFigures {
        hidden_by_reason: counts(report::hidden_by_reason(db, &scope).await?),
        flags_received,
        flags_handled,
    };

    let mut consultations = Vec::new();
    for k in all_consultations.iter().filter(|k| k.opens_at < scope.to && k.closes_at >= scope.from) {
        consultations.push(ConsultationFigure {
            reference: format!("K-{}", k.ref_no),
            title: title_of(&k.title()),
            phase: k.phase(now).id().to_string(),
            outcome_published: !crate::domain::Translated::from_json(&k.outcome_heard).is_empty()
                || !crate::domain::Translated::from_json(&k.outcome_actions).is_empty(),
            respondents: crate::db::questionnaires::response_count(db, k.id).await?,
        });
    }
    let questionnaires = questionnaire_figures(db, &scope).await?;
    let mut assessment_figures = Vec::new();
    for c in &in_scope {
        for a in assessments::for_commitment(db, c.row.id).await? {
            assessment_figures.push(AssessmentFigure {
                commitment: c.reference(),
                official_status: c.row.status.clone(),
                official_progress: c.row.progress,
                organisation: a.organisation_name,
                rating: a.rating,
                date: crate::views::format_date(a.created_at, &city.time_zone),
            });
        }
    }
    Ok(Report {
        city: city.slug.clone(),
        from: req.from.to_string(),
        to: req.to.to_string(),
        q: req.q.clone(),
        theme: req.theme.map(|t| t.id().to_string()),
        sdg: req.sdg,
        stance: req.stance.map(|s| s.id().to_string()),
        lang: req.lang.map(|l| l.id().to_string()),
        item_type: req.item_type.map(|t| t.id().to_string()),
        generated_at: crate::views::format_datetime_iso(now),
        commitments: commitment_figures,
        feedback,
        responsiveness,
        moderation,
        consultations,
        assessments: assessment_figures,
        challenges: challenge_figures(
            &crate::db::challenges::for_city(db, city.id).await?,
            scope.from,
            scope.to,
            now,
            city.response_days,
        ),
        indicators: indicator_figures(db, city.id, scope.from, scope.to, now).await?,
        questionnaires,
    })
}

/// One table of the CSV: its title alone on a row, a header row, then the rows.
struct Table {
    title: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// The header of the machine-code column, the same in every language so scripts find it.
const CODE: &str = "code";

/// A message as a spreadsheet label, with a capital first letter: some messages are written to
/// sit inside a sentence ("comments", "spam").
fn label(i18n: &I18n, key: &str) -> String {
    let text = i18n.t(key);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// A table of named figures: `code`, the figure's name, its value.
fn figure_table(i18n: &I18n, title: &str, name_header: &str, rows: &[(&str, &str, String)]) -> Table {
    Table {
        title: label(i18n, title),
        header: vec![CODE.into(), label(i18n, name_header), label(i18n, "report-csv-value")],
        rows: rows.iter().map(|(code, name, value)| vec![code.to_string(), label(i18n, name), value.clone()]).collect(),
    }
}

/// A breakdown of counts: `code`, its label, the count.
fn count_table(
    i18n: &I18n,
    title: &str,
    label_header: &str,
    count_header: &str,
    list: &[Count],
    label_of: impl Fn(&str) -> String,
) -> Table {
    Table {
        title: label(i18n, title),
        header: vec![CODE.into(), label(i18n, label_header), label(i18n, count_header)],
        rows: list.iter().map(|c| vec![c.key.clone(), label_of(&c.key), c.count.to_string()]).collect(),
    }
}

/// A cell as written: without Unicode isolates (messages carry them for right-to-left pages; a
/// spreadsheet lays out each cell on its own), and text a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@` first, e.g. a search for `-taxi`) behind an apostrophe. Numbers pass.
fn spreadsheet_cell(s: &str) -> String {
    let s: String = s.chars().filter(|c| !('\u{2066}'..='\u{2069}').contains(c)).collect();
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s
    }
}

/// The same figures as CSV for a spreadsheet, in the reader's language. One table per section,
/// tables separated by an empty line; each table is its title alone on a row, a header row,
/// then the rows. The first column, headed `code` in every language, holds the machine code
/// (figure name, status, stance, theme, language, channel, month, reference, department), the
/// second its label in the reader's language, then the values: numbers as machines write them
/// (no digit grouping, `.` before decimals), dates in ISO 8601, empty where there is no value.
/// UTF-8 with a byte-order mark (Excel reads UTF-8 by it), RFC 4180 quoting and CRLF line ends.
pub fn to_csv(r: &Report, i18n: &I18n) -> String {
    let t = |key: &str| label(i18n, key);
    let n = |v: i64| v.to_string();
    let decimal = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let language = |k: &str| Locale::parse(k).map(|l| i18n.language_name(l)).unwrap_or_else(|| k.to_string());
    let channel = |k: &str| t(&format!("channel-{k}"));
    let month = |m: &str| i18n.month(m);
    let (c, f, resp, ch, ind, q) =
        (&r.commitments, &r.feedback, &r.responsiveness, &r.challenges, &r.indicators, &r.questionnaires);
    let figure = "report-csv-figure";
    let comments = "participation-comments";
    let tables = vec![
        figure_table(
            i18n,
            "report-csv-parameters",
            "report-csv-parameter",
            &[
                ("city", "search-city", r.city.clone()),
                ("from", "search-from", r.from.clone()),
                ("to", "search-to", r.to.clone()),
                ("q", "search-words", r.q.clone()),
                ("theme", "filter-theme", r.theme.clone().unwrap_or_default()),
                ("sdg", "filter-sdg", r.sdg.map(n).unwrap_or_default()),
                ("stance", "filter-stance", r.stance.clone().unwrap_or_default()),
                ("lang", "search-language", r.lang.clone().unwrap_or_default()),
                ("type", "report-item-type", r.item_type.clone().unwrap_or_default()),
                ("generated_at", "report-csv-generated", r.generated_at.clone()),
            ],
        ),
        figure_table(
            i18n,
            "report-commitments",
            figure,
            &[
                ("total", "report-total", n(c.total)),
                ("average_progress", "report-csv-average-progress", c.average_progress.to_string()),
                ("overdue", "commitment-overdue", n(c.overdue)),
                ("stale", "report-stale", n(c.stale)),
                ("updates_in_period", "report-updates", n(c.updates_in_period)),
            ],
        ),
        Table {
            title: t("report-csv-by-status"),
            header: vec![CODE.into(), t("filter-status"), t("report-total"), t("report-csv-average-progress")],
            rows: c
                .by_status
                .iter()
                .map(|s| vec![s.status.clone(), i18n.status(&s.status), n(s.count), s.average_progress.to_string()])
                .collect(),
        },
        figure_table(
            i18n,
            "report-feedback",
            figure,
            &[
                ("comments", comments, n(f.comments)),
                ("participants", "participation-people", n(f.participants)),
                ("organisations", "participation-organisations", n(f.organisations)),
            ],
        ),
        count_table(i18n, "report-by-stance", "filter-stance", comments, &f.by_stance, |k| t(&format!("stance-{k}"))),
        count_table(i18n, "report-by-theme", "filter-theme", comments, &f.by_theme, |k| i18n.theme(k)),
        count_table(i18n, "report-by-language", "search-language", comments, &f.by_language, language),
        count_table(i18n, "report-by-channel", "report-csv-channel", comments, &f.by_channel, channel),
        count_table(i18n, "report-per-month", "report-csv-month", comments, &f.per_month, month),
        Table {
            title: t("report-most-discussed"),
            header: vec![CODE.into(), t("field-title"), t(comments)],
            rows: f.most_discussed.iter().map(|d| vec![d.item.clone(), d.title.clone(), n(d.comments)]).collect(),
        },
        figure_table(
            i18n,
            "report-responsiveness",
            figure,
            &[
                ("top_level_comments", "report-csv-top-level-comments", n(resp.top_level_comments)),
                ("responded", "report-response-rate", n(resp.responded)),
                ("response_rate", "report-csv-response-share", resp.response_rate.to_string()),
                ("median_hours", "report-median-hours", decimal(resp.median_hours)),
                ("p90_hours", "report-p90-hours", decimal(resp.p90_hours)),
            ],
        ),
        Table {
            title: t("report-by-department"),
            header: vec![
                CODE.into(),
                t("field-department"),
                t(comments),
                t("report-responded"),
                t("report-average-hours"),
            ],
            rows: resp
                .by_department
                .iter()
                .map(|d| {
                    let (name, comments, responded) = (d.department.clone(), n(d.comments), n(d.responded));
                    vec![name.clone(), name, comments, responded, decimal(d.average_hours)]
                })
                .collect(),
        },
        figure_table(
            i18n,
            "report-moderation",
            figure,
            &[
                ("flags_received", "report-flags-received", n(r.moderation.flags_received)),
                ("flags_handled", "report-flags-handled", n(r.moderation.flags_handled)),
            ],
        ),
        count_table(
            i18n,
            "report-csv-hidden-by-reason",
            "field-reason",
            comments,
            &r.moderation.hidden_by_reason,
            |k| t(&format!("reason-{k}")),
        ),
        Table {
            title: t("consultations-title"),
            header: vec![
                CODE.into(),
                t("field-title"),
                t("report-csv-phase"),
                t("report-csv-outcome"),
                t("results-respondents"),
            ],
            rows: r
                .consultations
                .iter()
                .map(|k| {
                    let outcome = if k.outcome_published { "report-outcome-yes" } else { "report-outcome-no" };
                    let phase = t(&format!("phase-{}", k.phase));
                    vec![k.reference.clone(), k.title.clone(), phase, t(outcome), n(k.respondents)]
                })
                .collect(),
        },
        figure_table(
            i18n,
            "report-questionnaires",
            figure,
            &[
                ("respondents", "results-respondents-total", n(q.respondents)),
                ("written_answers", "report-written-answers", n(q.written_answers)),
            ],
        ),
        count_table(
            i18n,
            "report-respondents-by-channel",
            "report-csv-channel",
            "results-respondents",
            &q.by_channel,
            channel,
        ),
        count_table(
            i18n,
            "report-respondents-by-language",
            "search-language",
            "results-respondents",
            &q.by_language,
            language,
        ),
        figure_table(
            i18n,
            "indicators-title",
            figure,
            &[
                ("total", "indicators-title", n(ind.total)),
                ("values_in_period", "report-csv-indicator-values", n(ind.values_in_period)),
                ("stale", "report-csv-stale-indicators", ind.stale.join("; ")),
            ],
        ),
        Table {
            title: t("report-indicators-by-trend"),
            header: vec![
                CODE.into(),
                t("field-dimension"),
                t("trend-on_track"),
                t("trend-at_risk"),
                t("trend-off_track"),
                t("trend-no_data"),
            ],
            rows: ind
                .by_dimension
                .iter()
                .map(|d| {
                    let name = t(&format!("dimension-{}", d.dimension));
                    vec![d.dimension.clone(), name, n(d.on_track), n(d.at_risk), n(d.off_track), n(d.no_data)]
                })
                .collect(),
        },
        figure_table(
            i18n,
            "challenges-title",
            figure,
            &[
                ("opened", "report-challenges-opened", n(ch.opened)),
                ("answered", "report-challenges-answered", n(ch.answered)),
                ("upheld", "challenge-state-upheld", n(ch.upheld)),
                ("rejected", "challenge-state-rejected", n(ch.rejected)),
                ("overdue", "challenge-state-overdue", n(ch.overdue)),
                (
                    "median_days_to_answer",
                    "report-challenges-median",
                    ch.median_days_to_answer.map(n).unwrap_or_default(),
                ),
            ],
        ),
        Table {
            title: t("report-challenges-departments"),
            header: vec![
                CODE.into(),
                t("field-department"),
                t("report-challenges-answered"),
                t("challenge-state-upheld"),
            ],
            rows: ch
                .by_department
                .iter()
                .map(|d| vec![d.department.clone(), d.department.clone(), n(d.answered), n(d.upheld)])
                .collect(),
        },
        Table {
            title: t("assessments-title"),
            header: vec![
                CODE.into(),
                t("report-csv-organisation"),
                t("report-official-status"),
                t("report-csv-official-progress"),
                t("field-rating"),
                t("report-csv-date"),
            ],
            rows: r
                .assessments
                .iter()
                .map(|a| {
                    vec![
                        a.commitment.clone(),
                        a.organisation.clone(),
                        i18n.status(&a.official_status),
                        n(a.official_progress),
                        t(&format!("rating-{}", a.rating)),
                        a.date.clone(),
                    ]
                })
                .collect(),
        },
    ];
    let mut out = "\u{feff}".as_bytes().to_vec();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b"\r\n");
        }
        let mut w = csv::WriterBuilder::new().flexible(true).terminator(csv::Terminator::CRLF).from_writer(&mut out);
        let title = std::slice::from_ref(&table.title);
        for row in std::iter::once(title).chain([table.header.as_slice()]).chain(table.rows.iter().map(Vec::as_slice)) {
            // Writing to memory cannot fail.
            let _ = w.write_record(row.iter().map(|cell| spreadsheet_cell(cell)));
        }
        let _ = w.flush();
    }
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_cells_are_plain_text_that_never_runs() {
        assert_eq!(spreadsheet_cell("\u{2068}Port Amani\u{2069}"), "Port Amani");
        assert_eq!(spreadsheet_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_cell("-taxi"), "'-taxi");
        assert_eq!(spreadsheet_cell("-2.5"), "-2.5");
        assert_eq!(spreadsheet_cell("0.6"), "0.6");
    }

    /// A report naming every status, stance, theme, language, channel, reason, phase, rating
    /// and dimension, with a figure in every section.
    fn every_word_report() -> Report {
        use crate::domain::feedback::{Channel, HideReason, Rating};
        use crate::domain::indicators::Dimension;
        use crate::domain::Status;
        let count = |key: &str| Count { key: key.into(), count: 2 };
        let department = "Roads and drains";
        Report {
            city: "port-amani".into(),
            from: "2026-01-01".into(),
            to: "2026-06-30".into(),
            q: "drain".into(),
            theme: None,
            sdg: Some(11),
            stance: None,
            lang: None,
            item_type: None,
            generated_at: "2026-07-01T00:00:00+00:00".into(),
            commitments: CommitmentFigures {
                total: 12,
                by_status: Status::ALL
                    .iter()
                    .map(|s| StatusFigure { status: s.id().into(), count: 2, average_progress: 37.5 })
                    .collect(),
                average_progress: 41.7,
                overdue: 1,
                stale: 2,
                updates_in_period: 1234,
            },
            feedback: FeedbackFigures {
                comments: 1234,
                participants: 10,
                organisations: 1,
                by_stance: Stance::ALL.iter().map(|s| s.id()).chain(["none"]).map(count).collect(),
                by_theme: Theme::ALL.iter().map(|t| count(t.id())).collect(),
                by_language: Locale::ALL.iter().map(|l| count(l.id())).collect(),
                by_channel: Channel::ALL.iter().map(|c| count(c.id())).collect(),
                per_month: vec![count("2026-03")],
                most_discussed: vec![Discussed {
                    item: "C-1".into(),
                    title: "Drains, \"cleared\"".into(),
                    comments: 5,
                }],
            },
            responsiveness: ResponsivenessFigures {
                top_level_comments: 10,
                responded: 6,
                response_rate: 0.6,
                median_hours: Some(3.0),
                p90_hours: None,
                by_department: vec![DepartmentFigure {
                    department: department.into(),
                    comments: 10,
                    responded: 6,
                    average_hours: Some(5.3),
                }],
            },
            moderation: ModerationFigures {
                hidden_by_reason: HideReason::ALL.iter().map(|r| count(r.id())).collect(),
                flags_received: 3,
                flags_handled: 2,
            },
            consultations: ["upcoming", "open", "closed"]
                .iter()
                .enumerate()
                .map(|(i, phase)| ConsultationFigure {
                    reference: format!("K-{i}"),
                    title: "=1+1".into(),
                    phase: phase.to_string(),
                    outcome_published: i == 2,
                    respondents: 4,
                })
                .collect(),
            assessments: Rating::ALL
                .iter()
                .map(|r| AssessmentFigure {
                    commitment: "C-3".into(),
                    official_status: "in_progress".into(),
                    official_progress: 40,
                    organisation: "Harbour Residents".into(),
                    rating: r.id().into(),
                    date: "2026-03-10".into(),
                })
                .collect(),
            challenges: ChallengeFigures {
                opened: 3,
                answered: 2,
                upheld: 1,
                rejected: 1,
                overdue: 1,
                median_days_to_answer: Some(4),
                by_department: vec![DepartmentChallenges { department: department.into(), answered: 2, upheld: 1 }],
            },
            indicators: IndicatorFigures {
                total: 3,
                by_dimension: Dimension::ALL
                    .iter()
                    .map(|d| DimensionTrends {
                        dimension: d.id().into(),
                        on_track: 1,
                        at_risk: 0,
                        off_track: 0,
                        no_data: 1,
                    })
                    .collect(),
                values_in_period: 2,
                stale: vec!["ENV-1".into(), "ECO-2".into()],
            },
            questionnaires: QuestionnaireFigures {
                respondents: 7,
                written_answers: 3,
                by_channel: Channel::ALL.iter().map(|c| count(c.id())).collect(),
                by_language: Locale::ALL.iter().map(|l| count(l.id())).collect(),
            },
        }
    }

    /// Whether a cell is a message id shown instead of its text (`report-csv-month`).
    fn is_message_id(cell: &str) -> bool {
        let cell = cell.to_lowercase();
        cell.contains('-')
            && cell.starts_with(|c: char| c.is_ascii_lowercase())
            && cell.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    }

    #[test]
    fn the_csv_is_one_table_per_section_labelled_in_every_language() {
        let report = every_word_report();
        let mut shapes = Vec::new();
        for locale in Locale::ALL {
            let csv = to_csv(&report, &I18n::new(*locale));
            let body = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
            assert!(!csv.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']), "{locale:?}: no isolates");
            let mut shape = Vec::new();
            for table in body.split("\r\n\r\n") {
                let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(table.as_bytes())
                    .into_records()
                    .map(|r| r.unwrap().iter().map(str::to_string).collect())
                    .collect();
                assert_eq!(rows[0].len(), 1, "{locale:?}: the title alone: {:?}", rows[0]);
                assert_eq!(rows[1][0], "code");
                for row in &rows[2..] {
                    assert_eq!(row.len(), rows[1].len(), "{locale:?} {}: {row:?}", rows[0][0]);
                }
                // The title, the headers and the labels (values may be slugs: `port-amani`).
                let labels = rows[2..].iter().map(|r| &r[1]);
                for cell in rows[0].iter().chain(&rows[1][1..]).chain(labels) {
                    assert!(!is_message_id(cell), "{locale:?} {}: the message {cell} is missing", rows[0][0]);
                }
                shape.push(rows.iter().skip(2).map(|r| r[0].clone()).collect::<Vec<_>>());
            }
            assert_eq!(shape.len(), 23, "{locale:?}: one table per section");
            shapes.push(shape);
        }
        assert!(shapes.windows(2).all(|w| w[0] == w[1]), "the same codes in every language");
        // Numbers as machines write them, people's text quoted and never run as a formula.
        let csv = to_csv(&report, &I18n::new(Locale::Fr));
        assert!(csv.contains("\r\nupdates_in_period,Mises à jour publiées pendant la période,1234\r\n"), "{csv}");
        assert!(csv.contains("\r\nresponse_rate,") && csv.contains(",0.6\r\n"));
        assert!(csv.contains("\r\nC-1,\"Drains, \"\"cleared\"\"\",5\r\n"));
        assert!(csv.contains("\r\nK-0,'=1+1,À venir,"), "{csv}");
    }

    #[test]
    fn months_cover_the_period_exactly() {
        let from = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let m = months(from, to);
        assert_eq!(m.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["2026-01", "2026-02", "2026-03"]);
        assert_eq!(m[0].1, ts(from));
        assert_eq!(m[2].2, ts(to));
        assert!(m.windows(2).all(|w| w[0].2 == w[1].1));
    }
}
