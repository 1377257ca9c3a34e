//! Pages of measured indicators: the list by dimension, one indicator with its chart and
//! series, and the staff forms.

use super::forms::FormState;
use super::{Page, Shown};
use crate::domain::indicators::Kpi;
use askama::Template;

/// An indicator as lists show it.
pub struct IndicatorCard {
    pub code: String,
    pub name: Shown,
    pub unit: String,
    pub href: String,
    /// (value, date) of the latest value in force.
    pub latest: Option<(String, String)>,
    pub trend: &'static str,
    /// (percent, band id) of performance to target, U4SSC style.
    pub performance: Option<(String, &'static str)>,
    pub kpi: Option<&'static Kpi>,
}

pub struct DimensionGroup {
    pub dimension: &'static str,
    pub indicators: Vec<IndicatorCard>,
}

#[derive(Template)]
#[template(path = "indicators/list.html")]
pub struct IndicatorsView {
    pub page: Page,
    pub groups: Vec<DimensionGroup>,
    pub feed_href: String,
    pub can_publish: bool,
}

/// One value in the series table.
pub struct ValueRow {
    pub seq: i64,
    pub date: String,
    pub value: String,
    pub source: String,
    pub source_is_link: bool,
    pub note: String,
    pub publisher: String,
    /// Ledger number of the value this one corrects.
    pub corrects: Option<i64>,
    /// Ledger number of the value that corrects this one.
    pub corrected_by: Option<i64>,
    pub hash: String,
}

#[derive(Template)]
#[template(path = "indicators/show.html")]
pub struct IndicatorView {
    pub page: Page,
    pub card: IndicatorCard,
    pub dimension: &'static str,
    pub direction: &'static str,
    pub baseline: (String, String),
    pub target: (String, String),
    pub department: String,
    /// (`C-n`, href) of linked commitments.
    pub commitments: Vec<(String, String)>,
    pub chart: String,
    pub rows: Vec<ValueRow>,
    pub can_publish: bool,
    pub value_form_href: String,
    pub feed_href: String,
    pub discussion: crate::views::feedback::CommentsSection,
}

#[derive(Template)]
#[template(path = "indicators/new.html")]
pub struct NewIndicatorView {
    pub page: Page,
    pub form: FormState,
    pub kpis: &'static [Kpi],
    /// (`C-n`, title) of the city's commitments.
    pub commitments: Vec<(String, String)>,
    pub departments: Vec<String>,
}

impl NewIndicatorView {
    pub fn dimensions(&self) -> &'static [crate::domain::indicators::Dimension] {
        crate::domain::indicators::Dimension::ALL
    }
    pub fn directions(&self) -> &'static [crate::domain::indicators::Direction] {
        crate::domain::indicators::Direction::ALL
    }
}

#[derive(Template)]
#[template(path = "indicators/value.html")]
pub struct ValueFormView {
    pub page: Page,
    pub code: String,
    pub name: Shown,
    pub unit: String,
    pub form: FormState,
    /// (ledger number, "date: value") of values that can still be corrected.
    pub correctable: Vec<(i64, String)>,
}
