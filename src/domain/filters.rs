//! Checking the filters of search pages, reports and the API before they are used: a value
//! that cannot be used is reported to the person, never silently dropped or clamped.

use super::feedback::{Stance, TargetType};
use super::{parse_date, parse_sdg, Locale, Status, Theme};
use crate::error::FieldErrors;

/// Longest query searched (and so repeated in a page).
pub const MAX_QUERY_CHARS: usize = 500;

/// Search results can be paged this far.
pub const MAX_SEARCH_PAGE: usize = 50;

/// Which item types a filter may name.
#[derive(Clone, Copy)]
pub enum Types {
    /// Search: every kind of document.
    Search,
    /// Reports: the items feedback is about.
    Report,
}

/// The query string as ordered pairs; a parameter given twice is an error of its own.
pub fn pairs(query: Option<&str>) -> Result<Vec<(String, String)>, FieldErrors> {
    let pairs: Vec<(String, String)> = match serde_urlencoded::from_str(query.unwrap_or("")) {
        Ok(p) => p,
        Err(_) => {
            let mut e = FieldErrors::default();
            e.add("q", "form-invalid-query");
            return Err(e);
        }
    };
    let mut errors = FieldErrors::default();
    for (i, (name, _)) in pairs.iter().enumerate() {
        if pairs[..i].iter().any(|(n, _)| n == name) && errors.for_field(field_name(name)).is_none() {
            errors.add(field_name(name), "form-repeated-parameter");
        }
    }
    if errors.is_empty() {
        Ok(pairs)
    } else {
        Err(errors)
    }
}

/// The pairs of a query whose filters are all usable, or every problem.
pub fn checked(query: Option<&str>, types: Types) -> Result<Vec<(String, String)>, FieldErrors> {
    let pairs = pairs(query)?;
    let errors = check(&pairs, types);
    if errors.is_empty() {
        Ok(pairs)
    } else {
        Err(errors)
    }
}

/// The static field name for a known parameter (errors name fields by `&'static str`).
fn field_name(name: &str) -> &'static str {
    const KNOWN: &[&str] =
        &["q", "city", "type", "theme", "sdg", "stance", "lang", "from", "to", "page", "format", "status"];
    KNOWN.iter().find(|k| **k == name).copied().unwrap_or("query")
}

/// Problems with the filter values among `pairs` (unknown parameters are not filters and
/// are left alone). Empty values mean "any".
pub fn check(pairs: &[(String, String)], types: Types) -> FieldErrors {
    let mut errors = FieldErrors::default();
    // Values are checked as sent: only the empty value means "any"; a value with stray spaces or
    // line breaks is not silently read as another.
    let get = |name: &str| pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty());
    // Any slug-shaped name: an unknown city simply has no results.
    if get("city").is_some_and(|c| {
        !(2..=40).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }) {
        errors.add("city", "form-invalid-choice");
    }
    if let Some(t) = get("type") {
        let ok = match types {
            Types::Search => {
                matches!(
                    t,
                    "comment" | "commitment" | "project" | "update" | "consultation" | "challenge" | "value" | "answer"
                )
            }
            Types::Report => matches!(
                TargetType::parse(t),
                Some(TargetType::Commitment | TargetType::Project | TargetType::Consultation)
            ),
        };
        if !ok {
            errors.add("type", "form-invalid-choice");
        }
    }
    if get("status").is_some_and(|t| Status::parse(t).is_none()) {
        errors.add("status", "form-invalid-choice");
    }
    if get("theme").is_some_and(|t| Theme::parse(t).is_none()) {
        errors.add("theme", "form-invalid-choice");
    }
    if get("sdg").is_some_and(|s| parse_sdg(s).is_none()) {
        errors.add("sdg", "form-invalid-sdg");
    }
    if get("stance").is_some_and(|s| Stance::parse(s).is_none()) {
        errors.add("stance", "form-invalid-choice");
    }
    if get("lang").is_some_and(|l| Locale::parse(l).is_none()) {
        errors.add("lang", "form-invalid-choice");
    }
    let exact_date = |v: &str| if v.trim() == v { parse_date(v) } else { None };
    let from = get("from").map(exact_date);
    let to = get("to").map(exact_date);
    if matches!(from, Some(None)) {
        errors.add("from", "form-invalid-date");
    }
    if matches!(to, Some(None)) {
        errors.add("to", "form-invalid-date");
    }
    if let (Some(Some(f)), Some(Some(t))) = (from, to) {
        if f > t {
            errors.add("to", "form-period-reversed");
        }
    }
    if get("page").is_some_and(|p| p.parse::<usize>().map_or(true, |n| !(1..=MAX_SEARCH_PAGE).contains(&n))) {
        errors.add("page", "form-invalid-page");
    }
    if get("format").is_some_and(|f| !matches!(f, "html" | "csv" | "json")) {
        errors.add("format", "form-invalid-choice");
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_as_sent() {
        for (name, value) in
            [("from", "\n"), ("from", "2026-01-01\n"), ("to", " 2026-01-01"), ("type", " comment"), ("city", "\t")]
        {
            let errors = check(&p(&[(name, value)]), Types::Search);
            assert!(!errors.is_empty(), "{name}={value:?} is refused");
        }
        assert!(
            check(&p(&[("from", ""), ("q", "  water ")]), Types::Search).is_empty(),
            "empty means any; words are free"
        );
    }

    fn p(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn good_filters_pass_and_empty_means_any() {
        let ok = p(&[("q", "flood"), ("from", "2026-01-01"), ("to", "2026-12-31"), ("sdg", "11"), ("theme", "")]);
        assert!(check(&ok, Types::Search).is_empty());
        assert!(check(&p(&[("utm_source", "radio")]), Types::Report).is_empty(), "unknown names are not filters");
    }

    #[test]
    fn every_bad_value_is_named() {
        let bad = p(&[
            ("from", "30-06-2027"),
            ("to", "+262142-12-31"),
            ("sdg", "18"),
            ("type", "answer-sheet"),
            ("lang", "de"),
            ("page", "0"),
            ("city", "Bad Slug!"),
        ]);
        let e = check(&bad, Types::Search);
        for field in ["from", "to", "sdg", "type", "lang", "page", "city"] {
            assert!(e.for_field(field).is_some(), "{field}");
        }
        let reversed = check(&p(&[("from", "2027-01-01"), ("to", "2026-01-01")]), Types::Report);
        assert_eq!(reversed.for_field("to"), Some("form-period-reversed"));
        assert!(check(&p(&[("type", "update")]), Types::Report).for_field("type").is_some());
        assert!(check(&p(&[("from", "1899-12-31")]), Types::Report).for_field("from").is_some());
        assert!(check(&p(&[("from", "2201-01-01")]), Types::Report).for_field("from").is_some());
    }

    #[test]
    fn a_repeated_parameter_is_an_error() {
        assert!(pairs(Some("q=a&q=b")).unwrap_err().for_field("q").is_some());
        assert_eq!(pairs(Some("q=a&to=2026-01-01")).unwrap().len(), 2);
    }
}
