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
    pub fn kinds(&self) -> [&'static str; 5] {
        ["comment", "commitment", "project", "update", "consultation"]
    }
}
