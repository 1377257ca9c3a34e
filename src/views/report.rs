//! The transparency report page and its inline SVG charts.

use super::Page;
use crate::domain::feedback::escape_html;
use crate::services::report::Report;
use askama::Template;

/// One labelled number, ready to draw and to list.
pub struct Bar {
    pub label: String,
    pub count: i64,
}

/// A horizontal bar chart as inline SVG (no script, no inline style). It is an image with a
/// text alternative; the same numbers are in the table next to it. It is laid out left to
/// right in every language (`direction="ltr"`), or right-to-left pages would push the labels
/// off the canvas.
pub fn bar_chart(id: &str, title: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f64;
    let row = 26;
    let height = bars.len() * row + 8;
    let alt = bars.iter().map(|b| format!("{}: {}", b.label, b.count)).collect::<Vec<_>>().join("; ");
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 640 {height}" width="100%" role="img" aria-labelledby="{id}-t {id}-d" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape_html(title),
        escape_html(&alt)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = i * row + 4;
        let width = (b.count as f64 / max * 380.0).round().max(if b.count > 0 { 2.0 } else { 0.0 });
        svg.push_str(&format!(
            r##"<text x="0" y="{}" font-size="13" fill="#1a1a1a">{}</text><rect x="200" y="{y}" width="{width}" height="18" fill="#0b4f8a"/><text x="{}" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
            y + 14,
            escape_html(&b.label.chars().take(28).collect::<String>()),
            206.0 + width,
            y + 14,
            b.count
        ));
    }
    svg.push_str("</svg>");
    svg
}

pub struct Chart {
    pub id: String,
    pub title: String,
    pub bars: Vec<Bar>,
}

impl Chart {
    pub fn svg(&self) -> String {
        bar_chart(&self.id, &self.title, &self.bars)
    }
}

#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportView {
    pub page: Page,
    pub r: Report,
    pub city_name: String,
    pub charts: Vec<Chart>,
    pub csv_link: String,
    pub json_link: String,
    pub options: ReportOptions,
    /// (filter, value) pairs the report applied, labelled.
    pub applied: Vec<(String, String)>,
}

/// One `<option>` of a filter.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// The choices of the report's filter form.
pub struct ReportOptions {
    pub themes: Vec<Choice>,
    pub sdgs: Vec<Choice>,
    pub stances: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub item_types: Vec<Choice>,
}

impl ReportView {
    /// A language code as its name in the page's language.
    pub fn language_label(&self, code: &str) -> String {
        match crate::domain::Locale::parse(code) {
            Some(l) => self.page.i18n.language_name(l),
            None => code.to_string(),
        }
    }
    pub fn scope_line(&self, i18n: &crate::i18n::I18n) -> String {
        let (from, to) = (super::isolate(&i18n.date(&self.r.from)), super::isolate(&i18n.date(&self.r.to)));
        i18n.targs("report-scope", &[("from", &from), ("to", &to)])
    }
    pub fn generated_line(&self, i18n: &crate::i18n::I18n) -> String {
        // Generated in UTC (the report is the same wherever it is read).
        let at = i18n.date_time(self.r.generated_at.get(..16).unwrap_or_default());
        i18n.ts("report-generated", "time", &super::isolate(&format!("{at} UTC")))
    }
    pub fn percent(&self, share: &f64) -> String {
        format!("{:.0}%", share * 100.0)
    }
    pub fn opt_hours(&self, h: &Option<f64>) -> String {
        h.map(|h| format!("{h:.1}")).unwrap_or_else(|| "—".into())
    }
}
