//! The transparency report: what was promised, what was done, what people said and how the
//! city answered, for a period and optionally a thematic area. One `Report` value feeds the
//! HTML page, the CSV and the JSON, so the three always agree.

use crate::db::cities::City;
use crate::db::report::{self, Scope};
use crate::db::{assessments, commitments, consultations, projects, Db};
use crate::domain::{now_ts, Locale, Theme};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

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
    pub theme: Option<String>,
    pub generated_at: String,
    pub commitments: CommitmentFigures,
    pub feedback: FeedbackFigures,
    pub responsiveness: ResponsivenessFigures,
    pub moderation: ModerationFigures,
    pub consultations: Vec<ConsultationFigure>,
    pub assessments: Vec<AssessmentFigure>,
}

/// The period asked for, defaulting to the twelve months up to today (dates inclusive).
pub fn period(from: Option<&str>, to: Option<&str>) -> (NaiveDate, NaiveDate) {
    let today = chrono::Utc::now().date_naive();
    let parse = |s: Option<&str>| s.and_then(|s| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok());
    let to = parse(to).unwrap_or(today);
    let from = parse(from).filter(|f| *f <= to).unwrap_or_else(|| to - chrono::Duration::days(365));
    // Keep reports to ten years: enough for any city plan, bounded work.
    let from = from.max(to - chrono::Duration::days(3660));
    (from, to)
}

fn ts(d: NaiveDate) -> i64 {
    d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc().timestamp()
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

fn counts(rows: Vec<(String, i64)>) -> Vec<Count> {
    rows.into_iter().map(|(key, count)| Count { key, count }).collect()
}

fn hours(seconds: Option<i64>) -> Option<f64> {
    seconds.map(|s| (s as f64 / 3600.0 * 10.0).round() / 10.0)
}

pub async fn build(
    db: &Db,
    city: &City,
    from: NaiveDate,
    to: NaiveDate,
    theme: Option<Theme>,
    locale: Locale,
) -> anyhow::Result<Report> {
    let to_exclusive = to + chrono::Duration::days(1);
    let scope =
        Scope { city_id: city.id, from: ts(from), to: ts(to_exclusive), theme: theme.map(|t| t.id().to_string()) };
    let default = city.default_locale();
    let title_of = |t: &crate::domain::Translated| t.show(locale, default).text;

    let statuses = report::commitment_statuses(db, city.id).await?;
    let total: i64 = statuses.iter().map(|s| s.1).sum();
    let average_progress =
        if total == 0 { 0.0 } else { statuses.iter().map(|s| s.2 * s.1 as f64).sum::<f64>() / total as f64 };
    let (overdue, stale) = report::overdue_and_stale(db, city.id, &crate::domain::today_utc(), now_ts()).await?;
    let commitment_figures = CommitmentFigures {
        total,
        by_status: statuses
            .iter()
            .map(|(status, count, avg)| StatusFigure {
                status: status.clone(),
                count: *count,
                average_progress: (avg * 10.0).round() / 10.0,
            })
            .collect(),
        average_progress: (average_progress * 10.0).round() / 10.0,
        overdue,
        stale,
        updates_in_period: report::updates_in_period(db, &scope).await?,
    };

    let buckets = months(from, to_exclusive);
    let mut bounds: Vec<i64> = buckets.iter().map(|b| b.1).collect();
    bounds.extend(buckets.last().map(|b| b.2));
    let per_month = report::feedback_per_month(db, &scope, &bounds).await?;
    let (comments, participants, organisations) = report::participation(db, &scope).await?;
    let all_commitments = commitments::list(db, city.id, &Default::default()).await?;
    let all_projects = projects::list(db, city.id, None).await?;
    let all_consultations = consultations::list(db, city.id).await?;
    let mut most_discussed = Vec::new();
    for (kind, id, count) in report::most_discussed(db, &scope, 5).await? {
        let (item, title) = match kind.as_str() {
            "commitment" => {
                all_commitments.iter().find(|c| c.row.id == id).map(|c| (c.reference(), title_of(&c.title())))
            }
            "project" => {
                all_projects.iter().find(|p| p.id == id).map(|p| (format!("P-{}", p.ref_no), title_of(&p.title())))
            }
            _ => {
                all_consultations.iter().find(|k| k.id == id).map(|k| (format!("K-{}", k.ref_no), title_of(&k.title())))
            }
        }
        .unwrap_or_default();
        most_discussed.push(Discussed { item, title, comments: count });
    }
    let feedback = FeedbackFigures {
        comments,
        participants,
        organisations,
        by_stance: counts(report::feedback_by(db, &scope, "stance").await?),
        by_theme: counts(report::feedback_by_theme(db, &scope).await?),
        by_language: counts(report::feedback_by(db, &scope, "language").await?),
        by_channel: counts(report::feedback_by(db, &scope, "channel").await?),
        per_month: buckets.iter().zip(per_month).map(|(b, count)| Count { key: b.0.clone(), count }).collect(),
        most_discussed,
    };

    let (top_level, responded) = report::response_rate(db, &scope).await?;
    let responsiveness = ResponsivenessFigures {
        top_level_comments: top_level,
        responded,
        response_rate: if top_level == 0 { 0.0 } else { responded as f64 / top_level as f64 },
        median_hours: hours(report::response_time_quantile(db, &scope, responded, 0.5).await?),
        p90_hours: hours(report::response_time_quantile(db, &scope, responded, 0.9).await?),
        by_department: report::response_by_department(db, &scope)
            .await?
            .into_iter()
            .map(|(department, comments, responded, avg)| DepartmentFigure {
                department,
                comments,
                responded,
                average_hours: hours(avg.map(|a| a as i64)),
            })
            .collect(),
    };
    let (flags_received, flags_handled) = report::flags(db, &scope).await?;
    let moderation = ModerationFigures {
        hidden_by_reason: counts(report::hidden_by_reason(db, &scope).await?),
        flags_received,
        flags_handled,
    };

    let now = now_ts();
    let consultations = all_consultations
        .iter()
        .filter(|k| k.opens_at < scope.to && k.closes_at >= scope.from)
        .map(|k| ConsultationFigure {
            reference: format!("K-{}", k.ref_no),
            title: title_of(&k.title()),
            phase: k.phase(now).id().to_string(),
            outcome_published: !crate::domain::Translated::from_json(&k.outcome_heard).is_empty()
                || !crate::domain::Translated::from_json(&k.outcome_actions).is_empty(),
        })
        .collect();
    let mut assessment_figures = Vec::new();
    for c in &all_commitments {
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
        from: from.to_string(),
        to: to.to_string(),
        theme: theme.map(|t| t.id().to_string()),
        generated_at: crate::views::format_datetime_iso(now),
        commitments: commitment_figures,
        feedback,
        responsiveness,
        moderation,
        consultations,
        assessments: assessment_figures,
    })
}

/// The same figures as CSV: `section,key,value` rows.
pub fn to_csv(r: &Report) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut rows: Vec<(String, String, String)> = vec![
        ("report".into(), "city".into(), r.city.clone()),
        ("report".into(), "from".into(), r.from.clone()),
        ("report".into(), "to".into(), r.to.clone()),
        ("report".into(), "theme".into(), r.theme.clone().unwrap_or_default()),
        ("report".into(), "generated_at".into(), r.generated_at.clone()),
        ("commitments".into(), "total".into(), r.commitments.total.to_string()),
        ("commitments".into(), "average_progress".into(), r.commitments.average_progress.to_string()),
        ("commitments".into(), "overdue".into(), r.commitments.overdue.to_string()),
        ("commitments".into(), "stale".into(), r.commitments.stale.to_string()),
        ("commitments".into(), "updates_in_period".into(), r.commitments.updates_in_period.to_string()),
    ];
    for s in &r.commitments.by_status {
        rows.push(("commitments_by_status".into(), s.status.clone(), s.count.to_string()));
    }
    rows.push(("feedback".into(), "comments".into(), r.feedback.comments.to_string()));
    rows.push(("feedback".into(), "participants".into(), r.feedback.participants.to_string()));
    rows.push(("feedback".into(), "organisations".into(), r.feedback.organisations.to_string()));
    for (section, list) in [
        ("feedback_by_stance", &r.feedback.by_stance),
        ("feedback_by_theme", &r.feedback.by_theme),
        ("feedback_by_language", &r.feedback.by_language),
        ("feedback_by_channel", &r.feedback.by_channel),
        ("feedback_per_month", &r.feedback.per_month),
        ("hidden_by_reason", &r.moderation.hidden_by_reason),
    ] {
        for c in list {
            rows.push((section.into(), c.key.clone(), c.count.to_string()));
        }
    }
    for d in &r.feedback.most_discussed {
        rows.push(("most_discussed".into(), d.item.clone(), d.comments.to_string()));
    }
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    rows.push(("responsiveness".into(), "top_level_comments".into(), r.responsiveness.top_level_comments.to_string()));
    rows.push(("responsiveness".into(), "responded".into(), r.responsiveness.responded.to_string()));
    rows.push(("responsiveness".into(), "response_rate".into(), r.responsiveness.response_rate.to_string()));
    rows.push(("responsiveness".into(), "median_hours".into(), opt(r.responsiveness.median_hours)));
    rows.push(("responsiveness".into(), "p90_hours".into(), opt(r.responsiveness.p90_hours)));
    for d in &r.responsiveness.by_department {
        rows.push((
            "responsiveness_by_department".into(),
            d.department.clone(),
            format!("{}/{}", d.responded, d.comments),
        ));
    }
    rows.push(("moderation".into(), "flags_received".into(), r.moderation.flags_received.to_string()));
    rows.push(("moderation".into(), "flags_handled".into(), r.moderation.flags_handled.to_string()));
    for k in &r.consultations {
        rows.push((
            "consultations".into(),
            k.reference.clone(),
            if k.outcome_published { "outcome published" } else { "no outcome yet" }.into(),
        ));
    }
    for a in &r.assessments {
        rows.push((
            "assessments".into(),
            format!("{} {}", a.commitment, a.organisation),
            format!("{} (official: {})", a.rating, a.official_status),
        ));
    }
    let mut out = String::from("section,key,value\n");
    for (a, b, c) in rows {
        out.push_str(&format!("{},{},{}\n", field(&a), field(&b), field(&c)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
