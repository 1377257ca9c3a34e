use super::{format_date, Page};
use crate::search::query::{SearchRequest, SearchResults};
use askama::Template;

pub struct FacetLink {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

pub struct FacetGroup {
    pub name: String,
    pub links: Vec<FacetLink>,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchView {
    pub page: Page,
    pub req: SearchRequest,
    pub results: SearchResults,
    pub facets: Vec<FacetGroup>,
    pub cities: Vec<(String, String)>,
    /// Whether anything was asked (a query or a filter).
    pub asked: bool,
}

impl SearchView {
    pub fn value<'a>(&self, v: &'a Option<String>) -> &'a str {
        v.as_deref().unwrap_or("")
    }
    pub fn date(&self, ts: &i64) -> String {
        format_date(*ts, "UTC")
    }
    /// The hit's date as the reader writes it.
    pub fn shown_date(&self, ts: &i64) -> String {
        self.page.i18n.date(&format_date(*ts, "UTC"))
    }
    pub fn page_link(&self, page: usize) -> String {
        format!("?{}&page={page}", self.req.filters_query())
    }
    pub fn pagination_status(&self, i18n: &crate::i18n::I18n) -> String {
        i18n.targs(
            "pagination-status",
            &[("page", &self.results.page.to_string()), ("pages", &self.results.pages.to_string())],
        )
    }
    pub fn language_of(&self, code: &str, i18n: &crate::i18n::I18n) -> String {
        crate::domain::Locale::parse(code).map(|l| i18n.language_name(l)).unwrap_or_default()
    }
    pub fn is_kind(&self, k: &str) -> bool {
        self.req.kind.as_deref() == Some(k)
    }
    /// The same search as a city's transparency report (relative to `/{locale}/search`),
    /// when the search is about one city.
    pub fn report_link(&self) -> Option<String> {
        let city = self.req.city.as_deref().filter(|c| crate::domain::valid_slug(c))?;
        let pairs: Vec<(&str, &str)> = [
            ("q", Some(self.req.q.as_str())),
            ("from", self.req.from.as_deref()),
            ("to", self.req.to.as_deref()),
            ("theme", self.req.theme.as_deref()),
            ("sdg", self.req.sdg.as_deref()),
            ("stance", self.req.stance.as_deref()),
            ("lang", self.req.lang.as_deref()),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.map(str::trim).filter(|v| !v.is_empty()).map(|v| (k, v)))
        .collect();
        Some(format!("{city}/report?{}", serde_urlencoded::to_string(pairs).unwrap_or_default()))
    }
    /// The filters in force, each with its label and the same search without it, so that
    /// they can be removed one by one.
    pub fn active_filters(&self) -> Vec<(String, String)> {
        let i18n = &self.page.i18n;
        self.filter_fields()
            .into_iter()
            .map(|(name, value)| {
                let shown = match name {
                    "type" => i18n.tp("kind-", &value),
                    "theme" => i18n.theme(&value),
                    "sdg" => value.parse::<i64>().map(|n| i18n.sdg(n)).unwrap_or_else(|_| value.clone()),
                    "stance" => i18n.tp("stance-", &value),
                    "lang" => {
                        crate::domain::Locale::parse(&value).map(|l| i18n.language_name(l)).unwrap_or(value.clone())
                    }
                    "city" => {
                        self.cities.iter().find(|(s, _)| *s == value).map(|(_, n)| n.clone()).unwrap_or(value.clone())
                    }
                    _ => value.clone(),
                };
                let mut without = self.req.clone();
                without.page = None;
                let slot = match name {
                    "city" => &mut without.city,
                    "type" => &mut without.kind,
                    "theme" => &mut without.theme,
                    "sdg" => &mut without.sdg,
                    "stance" => &mut without.stance,
                    "lang" => &mut without.lang,
                    "from" => &mut without.from,
                    _ => &mut without.to,
                };
                *slot = None;
                let label = i18n.targs("search-remove-filter", &[("filter", &i18n.field(name)), ("value", &shown)]);
                (label, format!("?{}", without.filters_query()))
            })
            .collect()
    }

    /// The filters in force, as hidden fields of "save this search".
    pub fn filter_fields(&self) -> Vec<(&'static str, String)> {
        let r = &self.req;
        [
            ("city", &r.city),
            ("type", &r.kind),
            ("theme", &r.theme),
            ("sdg", &r.sdg),
            ("stance", &r.stance),
            ("lang", &r.lang),
            ("from", &r.from),
            ("to", &r.to),
        ]
        .into_iter()
        .filter_map(|(name, v)| v.clone().filter(|v| !v.trim().is_empty()).map(|v| (name, v)))
        .collect()
    }

    pub fn kinds(&self) -> [&'static str; 8] {
        ["comment", "commitment", "project", "update", "consultation", "challenge", "value", "answer"]
    }
}

/// A search or report asked with filters that cannot be used: the filters again, each with
/// its problem, and nothing searched (HTTP 422).
#[derive(Template)]
#[template(path = "filters_invalid.html")]
pub struct InvalidFiltersView {
    pub page: Page,
    pub heading: String,
    /// Relative action of the form (`search` or `report`).
    pub action: &'static str,
    pub form: crate::views::forms::FormState,
    /// Filters shown as fields: every known one that was sent, and the period.
    pub fields: Vec<&'static str>,
}

impl InvalidFiltersView {
    /// The filter's value as sent, cut to a length worth showing again.
    pub fn has_dates(&self) -> bool {
        self.fields.iter().any(|f| self.is_date(f))
    }

    pub fn is_date(&self, name: &str) -> bool {
        matches!(name, "from" | "to")
    }

    pub fn shown_value(&self, name: &str) -> String {
        self.form.value(name).chars().take(200).collect()
    }
}
