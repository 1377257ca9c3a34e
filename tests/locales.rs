//! Every locale has exactly the messages English has, and every message formats.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LOCALES: [&str; 7] = ["en", "fr", "es", "ar", "zh", "ru", "sw"];

/// message id -> source, across all `.ftl` files of a locale.
fn messages(locale: &str) -> BTreeMap<String, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale);
    let mut all = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("missing {}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", path.display()));
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let prev = all.insert(m.id.name.to_string(), path.display().to_string());
                    assert!(prev.is_none(), "{locale}: duplicate message {}", m.id.name);
                }
            }
        }
    }
    all
}

#[test]
fn every_locale_has_exactly_the_english_keys() {
    let english: BTreeSet<String> = messages("en").into_keys().collect();
    assert!(english.len() > 100);
    for locale in LOCALES {
        let keys: BTreeSet<String> = messages(locale).into_keys().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(extra.is_empty(), "{locale} has keys English lacks: {extra:?}");
    }
}

#[test]
fn every_message_formats_without_errors() {
    for locale in LOCALES {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale);
        let langid: unic_langid::LanguageIdentifier = locale.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = FluentResource::try_new(source).expect("parses");
            bundle.add_resource(resource).expect("no duplicate ids");
        }
        let mut args = FluentArgs::new();
        for name in ["count", "percent", "number", "id", "days", "hours", "minutes", "total", "page", "pages"] {
            args.set(name, 3);
        }
        for name in [
            "city",
            "date",
            "publisher",
            "language",
            "reference",
            "status",
            "name",
            "email",
            "link",
            "reason",
            "department",
            "role",
            "organisation",
            "title",
            "query",
            "channel",
            "period",
            "time",
            "url",
            "item",
            "opens",
            "closes",
            "from",
            "to",
            "detail",
            "search",
            "baseline",
            "baseline_date",
            "target",
            "target_date",
            "latest",
            "indicator",
            "value",
            "filter",
        ] {
            args.set(name, "X");
        }
        for (id, _) in messages(locale) {
            let message = bundle.get_message(&id).unwrap();
            let pattern = message.value().unwrap_or_else(|| panic!("{locale}/{id} has no value"));
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{locale}/{id}: {errors:?}");
            assert!(!text.trim().is_empty(), "{locale}/{id} is empty");
        }
    }
}

/// Every field a template labels with `i18n.field("…")` (or a view lists as a translated
/// field) has its `field-…` message: no raw message id reaches a form.
#[test]
fn every_labelled_field_has_a_message() {
    let english = messages("en");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    for dir in [
        "templates",
        "templates/admin",
        "templates/auth",
        "templates/partials",
        "templates/comments",
        "templates/organisations",
        "src/views",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                sources.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut missing = BTreeSet::new();
    for source in &sources {
        for marker in ["i18n.field(\"", "(\""] {
            for (i, _) in source.match_indices(marker) {
                let rest = &source[i + marker.len()..];
                let name: String = rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                let after = &rest[name.len()..];
                let is_field =
                    marker.starts_with("i18n") || after.starts_with("\", true)") || after.starts_with("\", false)");
                if is_field && !name.is_empty() && !english.contains_key(&format!("field-{name}")) {
                    missing.insert(name);
                }
            }
        }
    }
    assert!(missing.is_empty(), "fields without a field-… message: {missing:?}");
}
