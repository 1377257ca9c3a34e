//! Measured indicators (U4SSC KPIs, Recommendation ITU-T Y.4903): the vocabulary, decimal
//! values, the trend rule and U4SSC performance bands, the published KPI catalogue, and the
//! canonical form in which a value joins the city's hash chain.
//!
//! **Trend rule.** The planned path is the straight line from the baseline (date, value) to
//! the target (date, value). At the latest value's date, the expected value is that line's
//! value (before the baseline date: the baseline; after the target date: the target). The
//! shortfall is how far the latest value is behind the expected one, in the indicator's
//! direction, as a share of the whole planned change |target − baseline|:
//! - `on_track`: no shortfall (at or ahead of the line);
//! - `at_risk`: behind by at most 10% of the planned change ([`AT_RISK_BAND`]);
//! - `off_track`: behind by more;
//! - `no_data`: no value yet.
//!
//! When target equals baseline (keep a level), any step the wrong side of it is `off_track`.
//!
//! **Performance to target** (as U4SSC city snapshots show it): latest ÷ target for an
//! increasing indicator, target ÷ latest for a decreasing one, in the bands ≥95%, 66–95%,
//! 33–66% and <33%.

use super::vocabulary;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

/// Behind the planned line by at most this share of the planned change: at risk.
pub const AT_RISK_BAND: f64 = 0.10;

vocabulary!(
    /// The U4SSC dimensions.
    Dimension { Economy => "economy", Environment => "environment", SocietyCulture => "society_culture" }
);

vocabulary!(
    /// Which way is better.
    Direction { Increase => "increase", Decrease => "decrease" }
);

vocabulary!(
    /// Where the latest value stands against the planned line.
    Trend { OnTrack => "on_track", AtRisk => "at_risk", OffTrack => "off_track", NoData => "no_data" }
);

vocabulary!(
    /// Performance to target, in the bands of U4SSC city snapshots.
    PerformanceBand { Achieved => "95-100", Good => "66-95", Fair => "33-66", Low => "0-33" }
);

/// A decimal as published: `-12.5`, `3`, `0.75`. At most 30 characters; never NaN or infinite.
/// Returns the normalised text (no `+`, no spaces) and its value.
pub fn parse_decimal(s: &str) -> Option<(String, f64)> {
    let t = s.trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if t.len() > 30 || !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let value: f64 = t.parse().ok().filter(|v: &f64| v.is_finite())?;
    Some((t.to_string(), value))
}

/// A point of a series: a date (days since 1970) and a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub day: i64,
    pub value: f64,
}

impl Point {
    pub fn new(date: chrono::NaiveDate, value: f64) -> Point {
        Point { day: date.signed_duration_since(chrono::NaiveDate::default()).num_days(), value }
    }
}

/// The value the straight line from baseline to target expects on `day`.
pub fn expected(baseline: Point, target: Point, day: i64) -> f64 {
    if target.day <= baseline.day {
        return target.value;
    }
    let share = ((day - baseline.day) as f64 / (target.day - baseline.day) as f64).clamp(0.0, 1.0);
    baseline.value + (target.value - baseline.value) * share
}

/// The trend of the latest value (see the module documentation for the rule).
pub fn trend(direction: Direction, baseline: Point, target: Point, latest: Option<Point>) -> Trend {
    let Some(latest) = latest else { return Trend::NoData };
    let sign = match direction {
        Direction::Increase => 1.0,
        Direction::Decrease => -1.0,
    };
    let behind = sign * (expected(baseline, target, latest.day) - latest.value);
    let planned = (target.value - baseline.value).abs();
    if behind <= 1e-9 * planned.max(1.0) {
        Trend::OnTrack
    } else if planned > 0.0 && behind / planned <= AT_RISK_BAND + 1e-12 {
        Trend::AtRisk
    } else {
        Trend::OffTrack
    }
}

/// Performance to target in percent (see the module documentation), when it can be computed.
pub fn performance(direction: Direction, target: f64, latest: f64) -> Option<f64> {
    let share = match direction {
        Direction::Increase if target != 0.0 => latest / target,
        Direction::Decrease if latest > 0.0 => target / latest,
        Direction::Decrease => 1.0,
        _ => return None,
    };
    share.is_finite().then_some((share * 100.0).max(0.0))
}

pub fn band(percent: f64) -> PerformanceBand {
    match percent {
        p if p >= 95.0 => PerformanceBand::Achieved,
        p if p >= 66.0 => PerformanceBand::Good,
        p if p >= 33.0 => PerformanceBand::Fair,
        _ => PerformanceBand::Low,
    }
}

/// One KPI of the U4SSC catalogue (as published in the U4SSC collection methodology).
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Kpi {
    pub code: String,
    pub dimension: String,
    pub sub_dimension: String,
    pub category: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
}

/// The U4SSC KPI catalogue shipped with townhall (`src/domain/u4ssc_kpis.csv`).
pub static U4SSC_KPIS: LazyLock<Vec<Kpi>> = LazyLock::new(|| {
    csv::Reader::from_reader(include_str!("u4ssc_kpis.csv").as_bytes()).deserialize().filter_map(Result::ok).collect()
});

pub fn kpi(code: &str) -> Option<&'static Kpi> {
    U4SSC_KPIS.iter().find(|k| k.code == code)
}

/// Everything a published value says, as it enters the city's hash chain. Values share the
/// chain (and its sequence numbers) with accountability updates; the `indicator` key tells
/// the two apart.
pub struct ValueEntry<'a> {
    pub city: &'a str,
    pub seq: i64,
    pub indicator: &'a str,
    pub date: &'a str,
    pub value: &'a str,
    pub source: &'a str,
    pub note: &'a str,
    pub publisher: &'a str,
    pub corrects: Option<i64>,
    pub created_at: i64,
    pub prev_hash: &'a str,
}

impl ValueEntry<'_> {
    pub fn canonical_json(&self) -> String {
        let value = json!({
            "city": self.city,
            "seq": self.seq,
            "indicator": self.indicator,
            "date": self.date,
            "value": self.value,
            "source": self.source,
            "note": self.note,
            "publisher": self.publisher,
            "corrects": self.corrects,
            "created_at": self.created_at,
            "prev_hash": self.prev_hash,
        });
        serde_json::to_string(&value).expect("JSON values always serialise")
    }

    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.canonical_json().as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }
    fn p(y: i32, v: f64) -> Point {
        Point::new(day(y, 1, 1), v)
    }

    #[test]
    fn increasing_indicator_against_the_line() {
        // 20% in 2020 to 60% in 2030: the line expects 40% on 2025-01-01 (1827 of 3653 days).
        let (b, t) = (p(2020, 20.0), p(2030, 60.0));
        let mid = expected(b, t, p(2025, 0.0).day);
        assert!((mid - 40.0).abs() < 0.01, "{mid}");
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2025, 41.0))), Trend::OnTrack);
        // 3.5 points behind = under 10% of the planned 40-point change: at risk.
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2025, 36.5))), Trend::AtRisk);
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2025, 35.0))), Trend::OffTrack);
        // After the target date the line stays at the target.
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2032, 60.0))), Trend::OnTrack);
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2032, 50.0))), Trend::OffTrack);
    }

    #[test]
    fn decreasing_indicator_against_the_line() {
        // Waste to landfill: 500 t in 2020 to 300 t in 2030; the line expects 400 t in 2025.
        let (b, t) = (p(2020, 500.0), p(2030, 300.0));
        assert_eq!(trend(Direction::Decrease, b, t, Some(p(2025, 390.0))), Trend::OnTrack);
        assert_eq!(trend(Direction::Decrease, b, t, Some(p(2025, 415.0))), Trend::AtRisk);
        assert_eq!(trend(Direction::Decrease, b, t, Some(p(2025, 430.0))), Trend::OffTrack);
        // Going up when it should go down, at the very start: off track.
        assert_eq!(trend(Direction::Decrease, b, t, Some(p(2020, 530.0))), Trend::OffTrack);
    }

    #[test]
    fn no_value_means_no_data_and_a_level_target_tolerates_nothing() {
        let (b, t) = (p(2020, 10.0), p(2030, 10.0));
        assert_eq!(trend(Direction::Increase, b, t, None), Trend::NoData);
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2024, 10.0))), Trend::OnTrack);
        assert_eq!(trend(Direction::Increase, b, t, Some(p(2024, 9.5))), Trend::OffTrack);
        assert_eq!(trend(Direction::Decrease, b, t, Some(p(2024, 9.5))), Trend::OnTrack);
    }

    #[test]
    fn performance_bands_follow_u4ssc_snapshots() {
        assert_eq!(band(performance(Direction::Increase, 60.0, 58.0).unwrap()), PerformanceBand::Achieved);
        assert_eq!(band(performance(Direction::Increase, 60.0, 45.0).unwrap()), PerformanceBand::Good);
        assert_eq!(band(performance(Direction::Increase, 60.0, 20.0).unwrap()), PerformanceBand::Fair);
        assert_eq!(band(performance(Direction::Increase, 60.0, 10.0).unwrap()), PerformanceBand::Low);
        // Decreasing: 300 t target, 600 t now = 50%.
        assert_eq!(band(performance(Direction::Decrease, 300.0, 600.0).unwrap()), PerformanceBand::Fair);
        assert_eq!(performance(Direction::Increase, 0.0, 5.0), None);
    }

    #[test]
    fn decimals_are_checked() {
        assert_eq!(parse_decimal(" 12.50 "), Some(("12.50".into(), 12.5)));
        assert_eq!(parse_decimal("-3"), Some(("-3".into(), -3.0)));
        for bad in ["", "abc", "1e5", "NaN", "inf", "1.", ".5", "1,5", "+2", "--1", "12.5.1"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_catalogue_is_shipped_whole() {
        assert!(U4SSC_KPIS.len() >= 90, "{}", U4SSC_KPIS.len());
        for d in Dimension::ALL {
            assert!(U4SSC_KPIS.iter().any(|k| k.dimension == d.id()), "{d}");
        }
        assert!(U4SSC_KPIS.iter().all(|k| Dimension::parse(&k.dimension).is_some()));
        assert!(kpi("EC.ICT.ICT.1C").is_some_and(|k| k.name == "Household Internet Access"));
    }
}
