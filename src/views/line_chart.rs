//! A line chart of a measured indicator (a U4SSC KPI time series) as inline SVG: the measured
//! values, the baseline, the target and the straight trajectory from baseline to target.
//!
//! Like the report's bar chart it is an image with a text alternative (`<title>` + `<desc>`),
//! drawn without script or inline style. The root is `direction="ltr"` so that `text-anchor`
//! means the same thing on right-to-left pages (the SVG would otherwise inherit the page's
//! direction); on those pages the time axis is mirrored instead (earliest date on the right, the
//! value axis on the right) and only the words (legend, unit) are set `direction="rtl"`.
//! Label positions are computed from an estimate of the text width so nothing is clipped at
//! either edge of the 640 × 320 canvas.

use crate::domain::feedback::escape_html;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// One dated value.
pub struct ChartPoint {
    pub date: NaiveDate,
    pub value: f64,
}

/// The legend words, already translated.
pub struct ChartLabels<'a> {
    pub values: &'a str,
    pub baseline: &'a str,
    pub target: &'a str,
    pub trajectory: &'a str,
}

pub struct LineChart<'a> {
    /// Unique prefix for the `<title>`/`<desc>` ids.
    pub id: &'a str,
    /// Accessible name (already translated).
    pub title: &'a str,
    /// Text alternative (already translated).
    pub description: &'a str,
    /// Measured values, in any order; non-finite values are skipped.
    pub values: &'a [ChartPoint],
    pub baseline: ChartPoint,
    pub target: ChartPoint,
    pub unit: &'a str,
    /// Right-to-left page: time runs from right to left.
    pub rtl: bool,
    pub labels: ChartLabels<'a>,
    /// Number formatting for labels (locale-aware, supplied by the caller).
    pub format_value: &'a dyn Fn(f64) -> String,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
/// No text comes closer than this to the left or right edge of the canvas.
const EDGE: f64 = 4.0;
const FONT: f64 = 12.0;
/// Width of a legend sample, and the gap between sample and word.
const SWATCH: f64 = 22.0;
const SWATCH_GAP: f64 = 6.0;
const LEGEND_GAP: f64 = 18.0;
const LEGEND_ROW: f64 = 18.0;
const PLOT_BOTTOM: f64 = HEIGHT - 30.0;
/// The free margin at the far end of the time axis (for the last year label and the target).
const FAR_MARGIN: f64 = 24.0;

// Colours with at least 3:1 contrast on white (WCAG 1.4.11); the text colours reach 4.5:1.
const INK: &str = "#111827";
const WHITE: &str = "#ffffff";
const GRID: &str = "#6b7280";
const VALUES: &str = "#1d4ed8";
const BASELINE: &str = "#475569";
const TARGET: &str = "#15803d";
const TRAJECTORY: &str = "#b45309";

impl LineChart<'_> {
    pub fn svg(&self) -> String {
        let unit = self.unit.trim();
        let with_unit = |v: f64| {
            let n = (self.format_value)(v);
            if unit.is_empty() {
                n
            } else {
                format!("{n} {unit}")
            }
        };
        let finite = |p: &ChartPoint| p.value.is_finite().then_some((p.date, p.value));
        let mut measured: Vec<(NaiveDate, f64)> = self.values.iter().filter_map(finite).collect();
        measured.sort_by_key(|p| p.0);
        let baseline = finite(&self.baseline);
        let target = finite(&self.target);

        // Time axis: from the earliest date to the latest (normally the target date).
        let dates = measured.iter().map(|p| p.0).chain([self.baseline.date, self.target.date]);
        let first = dates.clone().min().unwrap_or(self.baseline.date);
        let last = dates.max().unwrap_or(self.target.date);
        let (mut d0, mut d1) = (day(first), day(last));
        if d1 - d0 < 1.0 {
            d0 -= 366.0;
            d1 += 366.0;
        }

        // Value axis: from min(0, …) to a nice maximum.
        let (mut lo, mut hi) = (0.0f64, 0.0f64);
        for v in measured.iter().map(|p| p.1).chain(baseline.map(|p| p.1)).chain(target.map(|p| p.1)) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        let scale = Scale::nice(lo, hi);
        let (lo_v, hi_v) = (scale.value(scale.lo_k), scale.value(scale.hi_k));
        let axis_labels: Vec<(f64, String)> =
            (scale.lo_k..=scale.hi_k).map(|k| (scale.value(k), (self.format_value)(scale.value(k)))).collect();

        // Legend rows (at the top), laid out from the reading start.
        let avail = WIDTH - 2.0 * 8.0;
        let keys = [
            (Key::Values, self.labels.values),
            (Key::Baseline, self.labels.baseline),
            (Key::Target, self.labels.target),
            (Key::Trajectory, self.labels.trajectory),
        ];
        let mut legend: Vec<(Key, String, usize, f64)> = Vec::new(); // key, word, row, offset
        let (mut row, mut cursor) = (0usize, 0.0f64);
        for (key, word) in keys {
            let word = fit(word.trim(), FONT, avail - SWATCH - SWATCH_GAP);
            let w = SWATCH + SWATCH_GAP + text_width(&word, FONT);
            if cursor > 0.0 && cursor + w > avail {
                row += 1;
                cursor = 0.0;
            }
            legend.push((key, word, row, cursor));
            cursor += w + LEGEND_GAP;
        }
        let legend_last = 16.0 + row as f64 * LEGEND_ROW;
        let unit_y = legend_last + 20.0;
        let plot_top = unit_y + 10.0;

        // Value-axis column: wide enough for the value labels and the unit caption.
        let unit_caption = fit(unit, FONT, 140.0);
        let column = axis_labels
            .iter()
            .map(|(_, s)| text_width(s, FONT))
            .chain([text_width(&unit_caption, FONT)])
            .fold(0.0f64, f64::max)
            .min(140.0);
        let (plot_left, plot_right) =
            if self.rtl { (FAR_MARGIN, WIDTH - 8.0 - column - 8.0) } else { (8.0 + column + 8.0, WIDTH - FAR_MARGIN) };
        let plot_w = plot_right - plot_left;
        let plot_h = PLOT_BOTTOM - plot_top;
        let x_of = |d: f64| {
            let f = (d - d0) / (d1 - d0);
            if self.rtl {
                plot_right - f * plot_w
            } else {
                plot_left + f * plot_w
            }
        };
        let y_of = |v: f64| {
            let span = hi_v - lo_v;
            let f = if span > 0.0 && span.is_finite() { (v - lo_v) / span } else { 0.0 };
            // Only a value beyond what f64 can label (near f64::MAX) falls off the axis: pin it.
            PLOT_BOTTOM - f.clamp(0.0, 1.0) * plot_h
        };
        // Where labels tied to points may go: the plot and the far margin, not the value axis.
        let (label_min, label_max) = if self.rtl { (EDGE, plot_right) } else { (plot_left, WIDTH - EDGE) };

        let id = escape_html(self.id);
        let mut s = String::with_capacity(8192);
        let _ = write!(
            s,
            r#"<svg class="chart lc-chart" viewBox="0 0 640 320" width="100%" role="img" aria-labelledby="{id}-t {id}-d" direction="ltr" font-size="12" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
            escape_html(self.title),
            escape_html(self.description)
        );

        // Grid lines and value labels.
        s.push_str(r#"<g class="lc-grid">"#);
        for (v, label) in &axis_labels {
            let y = y_of(*v);
            let _ = write!(
                s,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{GRID}" stroke-width="0.5"/>"#,
                n(plot_left),
                n(y),
                n(plot_right),
                n(y)
            );
            let (x, anchor) = if self.rtl { (plot_right + 6.0, "start") } else { (plot_left - 6.0, "end") };
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" text-anchor="{anchor}" fill="{INK}">{}</text>"#,
                n(x),
                n(y + 4.0),
                escape_html(&fit(label, FONT, 140.0))
            );
        }
        if !unit_caption.is_empty() {
            // The unit above the value labels, aligned to the outer edge of the column.
            let dir = if self.rtl { r#" direction="rtl""# } else { "" };
            let x = if self.rtl { WIDTH - 8.0 } else { 8.0 };
            let _ = write!(
                s,
                r#"<text class="lc-unit" x="{}" y="{}" text-anchor="start"{dir} fill="{INK}">{}</text>"#,
                n(x),
                n(unit_y),
                escape_html(&unit_caption)
            );
        }
        s.push_str("</g>");

        // Axes and year labels.
        let _ = write!(
            s,
            r#"<g class="lc-axis"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}"/><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}"/>"#,
            n(plot_left),
            n(PLOT_BOTTOM),
            n(plot_right),
            n(PLOT_BOTTOM),
            n(if self.rtl { plot_right } else { plot_left }),
            n(plot_top),
            n(if self.rtl { plot_right } else { plot_left }),
            n(PLOT_BOTTOM)
        );
        let years = year_ticks(d0, d1, plot_w.abs());
        if years.is_empty() {
            let label = first.year().to_string();
            let w = text_width(&label, FONT);
            let x = centred((plot_left + plot_right) / 2.0, w, EDGE, WIDTH - EDGE);
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" text-anchor="middle" fill="{INK}">{label}</text>"#,
                n(x),
                n(PLOT_BOTTOM + 18.0)
            );
        }
        for (year, d) in years {
            let x = x_of(d);
            let label = year.to_string();
            let w = text_width(&label, FONT);
            let _ = write!(
                s,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{INK}"/><text x="{}" y="{}" text-anchor="middle" fill="{INK}">{label}</text>"#,
                n(x),
                n(PLOT_BOTTOM),
                n(x),
                n(PLOT_BOTTOM + 5.0),
                n(centred(x, w, EDGE, WIDTH - EDGE)),
                n(PLOT_BOTTOM + 18.0)
            );
        }
        s.push_str("</g>");

        // The trajectory from baseline to target.
        if let (Some(b), Some(t)) = (baseline, target) {
            let _ = write!(
                s,
                r#"<line class="lc-trajectory" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{TRAJECTORY}" stroke-width="2" stroke-dasharray="6 4"/>"#,
                n(x_of(day(b.0))),
                n(y_of(b.1)),
                n(x_of(day(t.0))),
                n(y_of(t.1))
            );
        }

        // The measured values as a line.
        if measured.len() > 1 {
            let points: Vec<String> =
                measured.iter().map(|(d, v)| format!("{},{}", n(x_of(day(*d))), n(y_of(*v)))).collect();
            let _ = write!(
                s,
                r#"<polyline class="lc-values" points="{}" fill="none" stroke="{VALUES}" stroke-width="2.5" stroke-linejoin="round"/>"#,
                points.join(" ")
            );
        }

        // Baseline and target: markers with a label (the value), the baseline's on the side away
        // from the trajectory.
        let rising = match (baseline, target) {
            (Some(b), Some(t)) => t.1 >= b.1,
            _ => true,
        };
        let label_y = |y: f64, above: bool| {
            let (up, down) = (y - 10.0, y + 18.0);
            if above {
                if up < plot_top - 6.0 {
                    down
                } else {
                    up
                }
            } else if down > PLOT_BOTTOM - 2.0 {
                up
            } else {
                down
            }
        };
        for (point, word, colour, is_target) in
            [(baseline, self.labels.baseline, BASELINE, false), (target, self.labels.target, TARGET, true)]
        {
            let Some((date, value)) = point else { continue };
            let (x, y) = (x_of(day(date)), y_of(value));
            let tip = escape_html(&format!("{}, {}: {}", word.trim(), date.format("%Y-%m-%d"), with_unit(value)));
            if is_target {
                let _ = write!(
                    s,
                    r#"<polygon class="lc-target" points="{},{} {},{} {},{} {},{}" fill="{colour}" stroke="{WHITE}"><title>{tip}</title></polygon>"#,
                    n(x),
                    n(y - 7.0),
                    n(x + 7.0),
                    n(y),
                    n(x),
                    n(y + 7.0),
                    n(x - 7.0),
                    n(y)
                );
            } else {
                let _ = write!(
                    s,
                    r#"<rect class="lc-baseline" x="{}" y="{}" width="10" height="10" fill="{colour}" stroke="{WHITE}"><title>{tip}</title></rect>"#,
                    n(x - 5.0),
                    n(y - 5.0)
                );
            }
            let label = fit(&with_unit(value), FONT, 200.0);
            let w = text_width(&label, FONT);
            let _ = write!(
                s,
                r#"<text class="lc-label" x="{}" y="{}" text-anchor="middle" fill="{colour}">{}</text>"#,
                n(centred(x, w, label_min, label_max)),
                n(label_y(y, rising == is_target)),
                escape_html(&label)
            );
        }

        // The measured values as markers, each with its value for hover.
        for (date, value) in &measured {
            let _ = write!(
                s,
                r#"<circle class="lc-point" cx="{}" cy="{}" r="4" fill="{VALUES}" stroke="{WHITE}"><title>{}</title></circle>"#,
                n(x_of(day(*date))),
                n(y_of(*value)),
                escape_html(&format!("{}: {}", date.format("%Y-%m-%d"), with_unit(*value)))
            );
        }

        // The legend: a sample and a word per entry, from the reading start.
        s.push_str(r#"<g class="lc-legend">"#);
        for (key, word, row, offset) in &legend {
            let text_y = 16.0 + *row as f64 * LEGEND_ROW;
            let cy = text_y - 4.0;
            let (sample_left, text_x, dir) = if self.rtl {
                let right = WIDTH - 8.0 - offset;
                (right - SWATCH, right - SWATCH - SWATCH_GAP, r#" direction="rtl""#)
            } else {
                let left = 8.0 + offset;
                (left, left + SWATCH + SWATCH_GAP, "")
            };
            let cx = sample_left + SWATCH / 2.0;
            match key {
                Key::Values => {
                    let _ = write!(
                        s,
                        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{VALUES}" stroke-width="2.5"/><path d="M{} {}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0z" fill="{VALUES}"/>"#,
                        n(sample_left),
                        n(cy),
                        n(sample_left + SWATCH),
                        n(cy),
                        n(cx - 3.5),
                        n(cy)
                    );
                }
                Key::Baseline => {
                    let _ = write!(
                        s,
                        r#"<rect x="{}" y="{}" width="9" height="9" fill="{BASELINE}"/>"#,
                        n(cx - 4.5),
                        n(cy - 4.5)
                    );
                }
                Key::Target => {
                    let _ = write!(
                        s,
                        r#"<polygon points="{},{} {},{} {},{} {},{}" fill="{TARGET}"/>"#,
                        n(cx),
                        n(cy - 6.0),
                        n(cx + 6.0),
                        n(cy),
                        n(cx),
                        n(cy + 6.0),
                        n(cx - 6.0),
                        n(cy)
                    );
                }
                Key::Trajectory => {
                    let _ = write!(
                        s,
                        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{TRAJECTORY}" stroke-width="2" stroke-dasharray="6 4"/>"#,
                        n(sample_left),
                        n(cy),
                        n(sample_left + SWATCH),
                        n(cy)
                    );
                }
            }
            let _ = write!(
                s,
                r#"<text x="{}" y="{}" text-anchor="start"{dir} fill="{INK}">{}</text>"#,
                n(text_x),
                n(text_y),
                escape_html(word)
            );
        }
        s.push_str("</g></svg>");
        s
    }
}

#[derive(Clone, Copy)]
enum Key {
    Values,
    Baseline,
    Target,
    Trajectory,
}

fn day(d: NaiveDate) -> f64 {
    d.num_days_from_ce() as f64
}

/// A coordinate with at most one decimal; never `NaN` or `inf` in the output.
fn n(v: f64) -> String {
    if !v.is_finite() || v.abs() < 0.05 {
        return "0".into();
    }
    let v = v.clamp(-10_000.0, 10_000.0);
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// A rough width of a text run at `size` px (wide for CJK, nothing for marks and controls).
fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 => 0.0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1FAFF
            | 0x20000..=0x3FFFD => 1.0,
            _ => 0.62,
        })
        .sum::<f64>()
        * size
}

/// The text cut (with an ellipsis) to fit `max` px.
fn fit(s: &str, size: f64, max: f64) -> String {
    if text_width(s, size) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        let mut next = out.clone();
        next.push(c);
        next.push('…');
        if text_width(&next, size) > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// The centre of a middle-anchored label of width `w` near `x`, kept within `min..=max`.
fn centred(x: f64, w: f64, min: f64, max: f64) -> f64 {
    if !x.is_finite() || w >= max - min {
        (min + max) / 2.0
    } else {
        x.clamp(min + w / 2.0, max - w / 2.0)
    }
}

/// 1 January of each labelled year within `d0..=d1`, at most 8 and not closer than ~44 px.
fn year_ticks(d0: f64, d1: f64, plot_w: f64) -> Vec<(i64, f64)> {
    let year_of = |d: f64| NaiveDate::from_num_days_from_ce_opt(d.floor() as i32).map(|d| d.year() as i64);
    let jan1 = |y: i64| {
        i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)).map(|d| d.num_days_from_ce() as f64)
    };
    let (Some(y0), Some(y1)) = (year_of(d0), year_of(d1)) else { return Vec::new() };
    let first = if jan1(y0).is_some_and(|j| j >= d0) { y0 } else { y0 + 1 };
    if first > y1 {
        return Vec::new();
    }
    let px_per_year = plot_w * 365.2425 / (d1 - d0).max(1.0);
    let mut step = 1i64;
    'search: for e in 0..8u32 {
        for m in [1i64, 2, 5] {
            step = m * 10i64.pow(e);
            let count = y1.div_euclid(step) - (first + step - 1).div_euclid(step) + 1;
            if count <= 8 && (step as f64 * px_per_year >= 44.0 || count <= 1) {
                break 'search;
            }
        }
    }
    let start = (first + step - 1).div_euclid(step) * step;
    let mut out = Vec::new();
    let mut y = start;
    while y <= y1 && out.len() < 10 {
        if let Some(d) = jan1(y) {
            out.push((y, d));
        }
        y += step;
    }
    out
}

/// A value axis `lo_k·step ..= hi_k·step` with `step = m·10^e`, `m` in 1, 2, 5.
#[derive(Debug, Clone, Copy)]
struct Scale {
    lo_k: i64,
    hi_k: i64,
    m: i64,
    e: i32,
}

impl Scale {
    /// The nice axis over `lo..=hi` (with `lo <= 0 <= hi`) with 4 to 6 grid lines.
    fn nice(lo: f64, hi: f64) -> Scale {
        const FALLBACK: Scale = Scale { lo_k: 0, hi_k: 5, m: 2, e: -1 };
        let (lo, mut hi) = (lo.min(0.0), hi.max(0.0));
        if !lo.is_finite() || !hi.is_finite() {
            return FALLBACK;
        }
        if hi - lo < 1e-290 {
            hi = lo + 1.0;
        }
        let range = (hi - lo).min(f64::MAX);
        let e = (range / 5.0).log10().floor();
        if !e.is_finite() {
            return FALLBACK;
        }
        let e = e as i32;
        let mut best: Option<(i64, Scale)> = None;
        for exp in e - 1..=e + 1 {
            for m in [1i64, 2, 5] {
                let step = m as f64 * 10f64.powi(exp);
                if !(step.is_finite() && step > 0.0) {
                    continue;
                }
                let lo_k = (lo / step).floor();
                let hi_k = (hi / step - 1e-9).ceil().max(lo_k + 1.0);
                if !(lo_k.abs() < 1e6 && hi_k.abs() < 1e6) {
                    continue;
                }
                let scale = Scale { lo_k: lo_k as i64, hi_k: hi_k as i64, m, e: exp };
                let intervals = scale.hi_k - scale.lo_k;
                // Best: 5 intervals, then 4, 3; otherwise as close to that as possible.
                let score = match intervals {
                    3..=5 => 5 - intervals,
                    i if i < 3 => 10 + (3 - i),
                    i => 10 + (i - 5),
                };
                if scale.value(scale.hi_k).is_finite()
                    && scale.value(scale.lo_k).is_finite()
                    && best.is_none_or(|(b, _)| score < b)
                {
                    best = Some((score, scale));
                }
            }
        }
        best.map(|(_, s)| s).unwrap_or(FALLBACK)
    }

    fn value(&self, k: i64) -> f64 {
        let a = k.saturating_mul(self.m) as f64;
        if self.e < 0 {
            a / 10f64.powi(-self.e)
        } else {
            a * 10f64.powi(self.e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn pt(y: i32, v: f64) -> ChartPoint {
        ChartPoint { date: date(y, 1, 1), value: v }
    }

    fn percent(v: f64) -> String {
        format!("{v}")
    }

    fn chart<'a>(values: &'a [ChartPoint], rtl: bool, fmt: &'a dyn Fn(f64) -> String) -> LineChart<'a> {
        LineChart {
            id: "kpi-7",
            title: "Households with broadband <fast> & \"cheap\"",
            description: "From 12 % in 2021 to 31 % in 2025; target 60 % by 2030",
            values,
            baseline: pt(2021, 12.0),
            target: pt(2030, 60.0),
            unit: "%",
            rtl,
            labels: if rtl {
                ChartLabels {
                    values: "القيم المقيسة", baseline: "خط الأساس", target: "الهدف", trajectory: "المسار"
                }
            } else {
                ChartLabels { values: "Measured", baseline: "Baseline", target: "Target", trajectory: "Trajectory" }
            },
            format_value: fmt,
        }
    }

    /// Well-formed XML (balanced tags, quoted and unique attributes, escaped text), only
    /// known SVG elements and attributes; returns the start tags (name, attributes).
    fn parse(svg: &str) -> Vec<(String, Vec<(String, String)>)> {
        const ELEMENTS: &[&str] =
            &["svg", "title", "desc", "g", "line", "text", "polyline", "polygon", "rect", "circle", "path"];
        const ATTRIBUTES: &[&str] = &[
            "class",
            "viewBox",
            "width",
            "height",
            "role",
            "aria-labelledby",
            "direction",
            "font-size",
            "xmlns",
            "id",
            "x",
            "y",
            "x1",
            "y1",
            "x2",
            "y2",
            "cx",
            "cy",
            "r",
            "d",
            "points",
            "fill",
            "stroke",
            "stroke-width",
            "stroke-dasharray",
            "stroke-linejoin",
            "text-anchor",
        ];
        let check_text = |t: &str| {
            assert!(!t.contains('>'), "raw > in text {t:?}");
            for (i, _) in t.match_indices('&') {
                let rest = &t[i..];
                assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                    "bare & in {t:?}"
                );
            }
        };
        let mut stack: Vec<String> = Vec::new();
        let mut tags = Vec::new();
        let mut roots = 0;
        let mut rest = svg;
        while let Some(open) = rest.find('<') {
            check_text(&rest[..open]);
            assert!(!stack.is_empty() || rest[..open].trim().is_empty(), "text outside the root");
            let after = &rest[open + 1..];
            let close = after.find('>').expect("unterminated tag");
            let tag = &after[..close];
            rest = &after[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name.trim()), "mismatched </{name}>");
                continue;
            }
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
            let name = &tag[..name_end];
            assert!(ELEMENTS.contains(&name), "unknown element {name}");
            let mut attrs: Vec<(String, String)> = Vec::new();
            let mut a = tag[name_end..].trim_start();
            while !a.is_empty() {
                let eq = a.find("=\"").expect("attribute without quoted value");
                let key = &a[..eq];
                assert!(ATTRIBUTES.contains(&key), "unknown attribute {key} on {name}");
                assert!(attrs.iter().all(|(k, _)| k != key), "duplicate attribute {key}");
                let value_end = a[eq + 2..].find('"').expect("unterminated value");
                let value = &a[eq + 2..eq + 2 + value_end];
                assert!(!value.contains('<'));
                check_text(value);
                attrs.push((key.to_string(), value.to_string()));
                a = a[eq + 2 + value_end + 1..].trim_start();
            }
            if stack.is_empty() {
                roots += 1;
            }
            if !self_closing {
                stack.push(name.to_string());
            }
            tags.push((name.to_string(), attrs));
        }
        check_text(rest);
        assert!(rest.trim().is_empty());
        assert!(stack.is_empty(), "unclosed {stack:?}");
        assert_eq!(roots, 1);
        tags
    }

    fn attr<'a>(tag: &'a (String, Vec<(String, String)>), key: &str) -> Option<&'a str> {
        tag.1.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn num(tag: &(String, Vec<(String, String)>), key: &str) -> f64 {
        attr(tag, key).unwrap().parse().unwrap()
    }

    /// Every text element lies within the canvas, by the same width estimate as the layout.
    fn texts_inside(svg: &str) {
        let tags = parse(svg);
        let mut rest = svg;
        let mut i = 0;
        for tag in tags.iter().filter(|t| t.0 == "text") {
            let start = rest.find("<text").unwrap();
            let body_start = start + rest[start..].find('>').unwrap() + 1;
            let body_end = body_start + rest[body_start..].find("</text>").unwrap();
            let body = rest[body_start..body_end]
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            rest = &rest[body_end..];
            i += 1;
            let x = num(tag, "x");
            let y = num(tag, "y");
            assert!((0.0..=640.0).contains(&x), "text {i} at x={x}");
            assert!((10.0..=320.0).contains(&y), "text {i} {body:?} at y={y}");
            let w = text_width(&body, FONT);
            let rtl = attr(tag, "direction") == Some("rtl");
            let (left, right) = match (rtl, attr(tag, "text-anchor").unwrap_or("start")) {
                (false, "start") | (true, "end") => (x, x + w),
                (true, "start") | (false, "end") => (x - w, x),
                _ => (x - w / 2.0, x + w / 2.0),
            };
            assert!(left >= 0.0 && right <= 640.0, "text {body:?} spans {left}..{right}");
        }
    }

    fn circles_cx(svg: &str) -> Vec<f64> {
        parse(svg).iter().filter(|t| t.0 == "circle").map(|t| num(t, "cx")).collect()
    }

    fn values() -> Vec<ChartPoint> {
        vec![
            pt(2025, 31.0),
            pt(2021, 12.0),
            pt(2023, f64::NAN),
            pt(2022, 15.5),
            pt(2024, f64::INFINITY),
            pt(2023, 22.0),
        ]
    }

    #[test]
    fn well_formed_with_title_desc_and_markers() {
        let values = values();
        for rtl in [false, true] {
            let svg = chart(&values, rtl, &percent).svg();
            let tags = parse(&svg);
            assert!(svg.starts_with("<svg "));
            assert!(svg.contains(r#"viewBox="0 0 640 320""#) && svg.contains(r#"width="100%""#));
            assert!(!svg.contains("height=\"3") && svg.contains(r#"role="img""#));
            assert!(svg.contains(r#"aria-labelledby="kpi-7-t kpi-7-d""#));
            assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg""#));
            assert!(svg.contains(
                r#"<title id="kpi-7-t">Households with broadband &lt;fast&gt; &amp; &quot;cheap&quot;</title>"#
            ));
            assert!(svg.contains(r#"<desc id="kpi-7-d">From 12 % in 2021 to 31 % in 2025; target 60 % by 2030</desc>"#));
            // One circle per finite value, each with its date and value.
            assert_eq!(tags.iter().filter(|t| t.0 == "circle").count(), 4);
            assert!(svg.contains("<title>2022-01-01: 15.5 %</title>"));
            assert!(!svg.contains("NaN") && !svg.contains("inf"));
            // Trajectory, baseline and target markers, legend.
            assert!(svg.contains(r#"class="lc-trajectory""#));
            assert!(svg.contains(r#"class="lc-baseline""#) && svg.contains(r#"class="lc-target""#));
            assert_eq!(tags.iter().filter(|t| t.0 == "polyline").count(), 1);
            // Grid lines on a nice axis 0..60.
            assert!(svg.contains(">60</text>") && svg.contains(">0</text>"));
            texts_inside(&svg);
        }
    }

    #[test]
    fn rtl_mirrors_time() {
        let values = values();
        let ltr = circles_cx(&chart(&values, false, &percent).svg());
        assert!(ltr.first().unwrap() < ltr.last().unwrap());
        assert!(ltr.windows(2).all(|w| w[0] <= w[1]));
        let svg = chart(&values, true, &percent).svg();
        let rtl = circles_cx(&svg);
        assert!(rtl.first().unwrap() > rtl.last().unwrap());
        assert!(rtl.windows(2).all(|w| w[0] >= w[1]));
        // Legend words are right-to-left text; numbers stay left-to-right.
        assert!(svg.contains(r#"direction="ltr""#));
        assert!(svg.contains(r##"direction="rtl" fill="#111827">خط الأساس</text>"##));
        // Value labels sit right of the plot.
        let tags = parse(&svg);
        let value_label_x: Vec<f64> = tags
            .iter()
            .filter(|t| t.0 == "text" && attr(t, "text-anchor") == Some("start") && attr(t, "direction").is_none())
            .map(|t| num(t, "x"))
            .collect();
        assert!(value_label_x.iter().all(|x| *x > 500.0), "{value_label_x:?}");
    }

    #[test]
    fn degenerate_inputs_do_not_panic() {
        let same_day = [pt(2021, 5.0), pt(2021, 5.0)];
        let mut c = chart(&same_day, false, &percent);
        c.baseline = pt(2021, 5.0);
        c.target = pt(2021, 5.0);
        for rtl in [false, true] {
            c.rtl = rtl;
            texts_inside(&c.svg());
        }
        // All zero.
        let zeros = [pt(2021, 0.0), pt(2022, 0.0)];
        let mut c = chart(&zeros, false, &percent);
        c.baseline = pt(2021, 0.0);
        c.target = pt(2030, 0.0);
        texts_inside(&c.svg());
        // Non-finite everywhere.
        let bad = [pt(2021, f64::NAN), pt(2022, f64::NEG_INFINITY)];
        let mut c = chart(&bad, true, &percent);
        c.baseline = pt(2021, f64::NAN);
        c.target = pt(2030, f64::INFINITY);
        let svg = c.svg();
        texts_inside(&svg);
        assert!(circles_cx(&svg).is_empty());
        // Target before baseline, negative and huge values, no values at all.
        let mixed = [pt(2019, -40.0), pt(2020, 1e12)];
        let mut c = chart(&mixed, false, &percent);
        c.baseline = pt(2025, -3.0);
        c.target = pt(2018, 7.0);
        texts_inside(&c.svg());
        let mut c = chart(&[], false, &percent);
        c.values = &[];
        let svg = c.svg();
        texts_inside(&svg);
        assert!(svg.contains(r#"class="lc-trajectory""#) && svg.contains(r#"class="lc-target""#));
        // Extreme dates and magnitudes, long words, a long unit and long numbers.
        let extreme = [
            ChartPoint { date: NaiveDate::MIN, value: f64::MAX },
            ChartPoint { date: NaiveDate::MAX, value: -f64::MAX },
            ChartPoint { date: date(2000, 1, 1), value: 1e-320 },
        ];
        let long = |v: f64| format!("{v:.6} thousand units");
        let mut c = chart(&extreme, true, &long);
        c.unit = "tonnes of CO2 equivalent per capita per year";
        c.labels.values = "Valeurs mesurées pendant toute la période d'observation du tableau de bord";
        c.labels.trajectory = "目標達成に必要な軌道目標達成に必要な軌道目標達成に必要な軌道目標達成に必要な軌道";
        let svg = c.svg();
        texts_inside(&svg);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
    }

    #[test]
    fn year_labels_are_sparse() {
        let values: Vec<ChartPoint> = (1950..2030).map(|y| pt(y, y as f64)).collect();
        let mut c = chart(&values, false, &percent);
        c.baseline = pt(1950, 0.0);
        c.target = pt(2050, 100.0);
        let svg = c.svg();
        let years = parse(&svg).iter().filter(|t| t.0 == "text" && num(t, "y") > 300.0).count();
        assert!((2..=8).contains(&years), "{years} year labels");
        // A span within one year still gets a year label.
        let values = [ChartPoint { date: date(2024, 3, 1), value: 1.0 }];
        let mut c = chart(&values, false, &percent);
        c.baseline = ChartPoint { date: date(2024, 2, 1), value: 0.5 };
        c.target = ChartPoint { date: date(2024, 11, 1), value: 2.0 };
        assert!(c.svg().contains(">2024</text>"));
    }

    #[test]
    fn nice_scales_have_four_to_six_lines() {
        let his = [0.0, 0.3, 1.0, 3.0, 7.0, 9.99, 12.0, 31.0, 60.0, 99.0, 100.0, 101.0, 250.0, 1234.0, 5e9];
        let los = [0.0, -0.5, -3.0, -12.0, -60.0, -1000.0];
        for hi in his {
            for lo in los {
                let s = Scale::nice(lo, hi);
                let lines = s.hi_k - s.lo_k + 1;
                assert!(s.value(s.hi_k) >= hi && s.value(s.lo_k) <= lo, "{lo}..{hi}: {s:?}");
                if lo == 0.0 || lo.abs() * 20.0 < hi || hi * 20.0 < lo.abs() || hi == 0.0 {
                    assert!((4..=6).contains(&lines), "{lo}..{hi}: {s:?}");
                } else {
                    assert!((3..=7).contains(&lines), "{lo}..{hi}: {s:?}");
                }
            }
        }
        let s = Scale::nice(0.0, 60.0);
        assert_eq!((s.value(s.lo_k), s.value(s.hi_k)), (0.0, 60.0));
        let s = Scale::nice(0.0, 0.3);
        assert_eq!(s.value(s.hi_k), 0.3);
    }
}
