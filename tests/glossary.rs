//! Words residents understand: every message uses the word `locales/GLOSSARY.md` chose for a
//! term, never one of its forbidden synonyms; distinct terms keep distinct words; Latin
//! fragments, URLs and signed numbers inside Arabic messages are isolated so they display in
//! order (Fluent's own isolation marks are off, see `src/i18n.rs`); French typography and
//! localised examples hold.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LOCALES: [&str; 7] = ["en", "fr", "es", "ar", "zh", "ru", "sw"];

/// The terms the glossary must define (issue 19).
const REQUIRED_TERMS: [&str; 30] = [
    "commitment",
    "project",
    "update",
    "consultation",
    "questionnaire",
    "indicator",
    "challenge",
    "official response",
    "organisation",
    "verified",
    "stance",
    "flag",
    "transparency report",
    "feedback",
    "moderator",
    "staff",
    "city admin",
    "saved search",
    "alert",
    "follow",
    "unsubscribe",
    "value",
    "trend",
    "on track",
    "at risk",
    "off track",
    "answer",
    "respondent",
    "channel",
    "outcome",
];

/// Stands for a placeable (a variable) in a message's text: not a letter, so it bounds words.
const PLACEABLE: char = '\u{FFFC}';

const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn ftl_files(locale: &str) -> Vec<PathBuf> {
    let dir = root().join("locales").join(locale);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("missing {}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

struct Message {
    /// The `.ftl` file's stem (`main`, `feedback`, …).
    file: String,
    /// Every literal text of the message, all variants included, placeables as [`PLACEABLE`].
    text: String,
    /// The variables the message uses.
    variables: BTreeSet<String>,
}

fn collect_pattern(pattern: &ast::Pattern<&str>, m: &mut Message) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => m.text.push_str(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, m),
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, m: &mut Message) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, m, false);
            for variant in variants {
                m.text.push('\n');
                collect_pattern(&variant.value, m);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, m, true),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, m: &mut Message, shown: bool) {
    match inline {
        ast::InlineExpression::StringLiteral { value } if shown => {
            m.text.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
        }
        ast::InlineExpression::VariableReference { id } => {
            m.variables.insert(id.name.to_string());
            if shown {
                m.text.push(PLACEABLE);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, m),
        _ if shown => m.text.push(PLACEABLE),
        _ => {}
    }
}

/// message id → message, across all `.ftl` files of a locale.
fn messages(locale: &str) -> BTreeMap<String, Message> {
    let mut all = BTreeMap::new();
    for path in ftl_files(locale) {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", path.display()));
        let file = path.file_stem().unwrap().to_string_lossy().to_string();
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut m = Message { file: file.clone(), text: String::new(), variables: BTreeSet::new() };
                if let Some(pattern) = &message.value {
                    collect_pattern(pattern, &mut m);
                }
                all.insert(message.id.name.to_string(), m);
            }
        }
    }
    all
}

fn bundle(locale: &str) -> FluentBundle<FluentResource> {
    let langid: unic_langid::LanguageIdentifier = locale.parse().unwrap();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    for path in ftl_files(locale) {
        let resource = FluentResource::try_new(std::fs::read_to_string(&path).unwrap()).expect("parses");
        bundle.add_resource(resource).expect("no duplicate ids");
    }
    bundle
}

/// Lower case; without Arabic diacritics, tatweel, isolates and direction marks; hamza forms of
/// alef as bare alef; ё as е; no-break spaces as spaces; typographic apostrophes as `'`.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ё' => out.push('е'),
            '\u{00A0}' | '\u{202F}' => out.push(' '),
            '’' => out.push('\''),
            c => out.push(c),
        }
    }
    out
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Whether normalised `text` contains the glossary form (`=word` only as a whole word).
fn has_form(text: &str, form: &str) -> bool {
    let form = norm(form);
    match form.strip_prefix('=') {
        Some(word) => text.match_indices(word).any(|(i, _)| {
            !is_word_char(text[..i].chars().next_back()) && !is_word_char(text[i + word.len()..].chars().next())
        }),
        None => text.contains(&form),
    }
}

/// Whether normalised English `text` has a word starting with `stem`.
fn english_uses(text: &str, stem: &str) -> bool {
    let stem = norm(stem);
    text.match_indices(&stem).any(|(i, _)| !is_word_char(text[..i].chars().next_back()))
}

#[derive(Debug)]
struct Row {
    word: String,
    forms: Vec<String>,
    forbidden: Vec<String>,
}

#[derive(Debug, Default)]
struct Term {
    name: String,
    also: Vec<String>,
    except: Vec<String>,
    files: Vec<String>,
    distinct: Vec<String>,
    rows: BTreeMap<String, Row>,
}

fn list(s: &str) -> Vec<String> {
    s.split(',').map(|x| x.trim().trim_matches('`').to_string()).filter(|x| !x.is_empty()).collect()
}

fn parse_glossary(source: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if let Some(name) = line.strip_prefix("### ") {
            terms.push(Term { name: name.trim().to_string(), ..Term::default() });
            continue;
        }
        let Some(term) = terms.last_mut() else { continue };
        for (key, field) in [
            ("Also:", &mut term.also),
            ("Except:", &mut term.except),
            ("Files:", &mut term.files),
            ("Distinct from:", &mut term.distinct),
        ] {
            if let Some(rest) = line.strip_prefix(key) {
                *field = list(rest);
            }
        }
        let line = line.trim();
        if !line.starts_with('|') || line.starts_with("|---") || line.starts_with("| lang ") {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells.len(), 5, "GLOSSARY.md line {}: expected lang | word | forms | forbidden | note", n + 1);
        let (lang, word) = (cells[0].to_string(), cells[1].to_string());
        let mut forms = list(cells[2]);
        if forms.is_empty() {
            forms.push(word.clone());
        }
        let row = Row { word, forms, forbidden: list(cells[3]) };
        let previous = term.rows.insert(lang.clone(), row);
        assert!(previous.is_none(), "GLOSSARY.md: {} has two rows for {lang}", term.name);
    }
    terms
}

fn glossary() -> Vec<Term> {
    let path = root().join("locales").join("GLOSSARY.md");
    parse_glossary(&std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}", path.display())))
}

/// term name → the English message ids that use the term.
fn uses(terms: &[Term], english: &BTreeMap<String, Message>) -> BTreeMap<String, BTreeSet<String>> {
    terms
        .iter()
        .map(|t| {
            let stems = &t.rows["en"].forms;
            let ids = english
                .iter()
                .filter(|(id, m)| {
                    (t.files.is_empty() || t.files.contains(&m.file))
                        && !t.except.contains(id)
                        && (t.also.contains(id) || stems.iter().any(|s| english_uses(&norm(&m.text), s)))
                })
                .map(|(id, _)| id.clone())
                .collect();
            (t.name.clone(), ids)
        })
        .collect()
}

/// Every term used by `id`, its word missing or a forbidden synonym present, per locale.
fn glossary_violations(
    terms: &[Term],
    uses: &BTreeMap<String, BTreeSet<String>>,
    locale: &str,
    translated: &BTreeMap<String, Message>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for term in terms {
        let row = &term.rows[locale];
        for id in &uses[&term.name] {
            let Some(message) = translated.get(id) else { continue };
            let text = norm(&message.text);
            let shown = message.text.replace(PLACEABLE, "{…}");
            if !row.forms.iter().any(|f| has_form(&text, f)) {
                problems.push(format!(
                    "{locale}/{id} [{}]: lacks “{}” (forms {:?}): {shown}",
                    term.name, row.word, row.forms
                ));
            }
            for synonym in &row.forbidden {
                if !has_form(&text, synonym) {
                    continue;
                }
                // Allowed when the message also uses another term that owns this spelling,
                // e.g. "staff, moderators and administrators".
                let owned = terms.iter().any(|other| {
                    other.name != term.name
                        && uses[&other.name].contains(id)
                        && other.rows[locale].forms.iter().any(|f| {
                            let (f, s) = (norm(f).trim_start_matches('=').to_string(), norm(synonym));
                            let s = s.trim_start_matches('=');
                            f.contains(s) || s.contains(f.as_str())
                        })
                });
                if !owned {
                    problems.push(format!(
                        "{locale}/{id} [{}]: uses “{synonym}” instead of “{}”: {shown}",
                        term.name, row.word
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn the_glossary_defines_every_term_in_every_locale() {
    let terms = glossary();
    let names: BTreeSet<&str> = terms.iter().map(|t| t.name.as_str()).collect();
    for required in REQUIRED_TERMS {
        assert!(names.contains(required), "GLOSSARY.md lacks the term “{required}”");
    }
    assert_eq!(names.len(), terms.len(), "GLOSSARY.md defines a term twice");
    let english = messages("en");
    for term in &terms {
        for locale in LOCALES {
            let row = term.rows.get(locale).unwrap_or_else(|| panic!("GLOSSARY.md: {} has no {locale} row", term.name));
            assert!(!row.word.is_empty(), "GLOSSARY.md: {} has no {locale} word", term.name);
            for form in &row.forms {
                for synonym in &row.forbidden {
                    assert!(
                        !norm(form).contains(norm(synonym).trim_start_matches('=')),
                        "GLOSSARY.md: {}/{locale} forbids “{synonym}”, part of its own form “{form}”",
                        term.name
                    );
                }
            }
        }
        for other in &term.distinct {
            assert!(names.contains(other.as_str()), "GLOSSARY.md: {} is distinct from unknown term {other}", term.name);
        }
        for id in term.also.iter().chain(&term.except) {
            assert!(english.contains_key(id), "GLOSSARY.md: {} names unknown message {id}", term.name);
        }
    }
}

#[test]
fn distinct_terms_have_distinct_words() {
    let terms = glossary();
    let by_name: BTreeMap<&str, &Term> = terms.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut problems = Vec::new();
    for locale in LOCALES {
        // No two terms share a word.
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for term in &terms {
            if let Some(other) = seen.insert(norm(&term.rows[locale].word), &term.name) {
                problems.push(format!(
                    "{locale}: “{}” is the word for both {other} and {}",
                    term.rows[locale].word, term.name
                ));
            }
        }
        // Terms declared distinct share no form: the moderator is not the city administrator.
        for term in &terms {
            for other in &term.distinct {
                let (a, b) = (&term.rows[locale], &by_name[other.as_str()].rows[locale]);
                for (x, y, xn, yn) in [(a, b, &term.name, other), (b, a, other, &term.name)] {
                    for form in &x.forms {
                        if has_form(&norm(&y.word), form) {
                            problems.push(format!("{locale}: {xn} “{}” and {yn} “{}” share “{form}”", x.word, y.word));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_uses_the_glossary_word() {
    let terms = glossary();
    let english = messages("en");
    let uses = uses(&terms, &english);
    // Terms the site already uses (the others arrive with questionnaires and indicators).
    for term in [
        "commitment",
        "project",
        "update",
        "consultation",
        "challenge",
        "official response",
        "organisation",
        "verified",
        "stance",
        "flag",
        "transparency report",
        "feedback",
        "moderator",
        "staff",
        "city admin",
        "follow",
        "unsubscribe",
        "on track",
        "off track",
        "channel",
        "outcome",
    ] {
        assert!(!uses[term].is_empty(), "no English message uses “{term}”: is its English stem right?");
    }
    let mut problems = Vec::new();
    for locale in LOCALES.into_iter().skip(1) {
        problems.extend(glossary_violations(&terms, &uses, locale, &messages(locale)));
    }
    assert!(problems.is_empty(), "{} glossary violations:\n{}", problems.len(), problems.join("\n"));
}

/// Where Latin text, URLs and signed numbers in a right-to-left message are not isolated, and
/// whether isolates are balanced.
fn unisolated(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let around = |i: usize| -> String { chars[i.saturating_sub(12)..(i + 12).min(chars.len())].iter().collect() };
    let mut problems = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI if depth == 0 => problems.push(format!("PDI without an open isolate: “{}”", around(i))),
            PDI => depth -= 1,
            _ if depth > 0 => {}
            _ if c.is_ascii_alphabetic() || (c == '/' && chars.get(i + 1) == Some(&'/')) => {
                let start = i;
                while i + 1 < chars.len() && !matches!(chars[i + 1], LRI | RLI | FSI | PDI) && !is_arabic(chars[i + 1])
                {
                    i += 1;
                }
                let run: String = chars[start..=i].iter().collect();
                problems.push(format!("Latin text or URL “{}” is not isolated", run.trim()));
            }
            '-' | '+' | '−'
                if chars.get(i + 1).is_some_and(char::is_ascii_digit) && !(i > 0 && chars[i - 1].is_alphanumeric()) =>
            {
                problems.push(format!("signed number is not isolated: “{}”", around(i)))
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        problems.push(format!("{depth} isolate(s) left open"));
    }
    problems
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Renders a message with sample values: numbers for counts, ISO dates for dates, Latin text
/// (a city called Port Amani, an e-mail address, a reference) for everything else.
fn render(bundle: &FluentBundle<FluentResource>, id: &str, variables: &BTreeSet<String>) -> String {
    const NUMBERS: [&str; 12] =
        ["count", "percent", "number", "id", "days", "hours", "minutes", "total", "page", "pages", "limit", "max"];
    const DATES: [&str; 8] = ["date", "time", "opens", "closes", "from", "to", "period", "since"];
    let mut args = FluentArgs::new();
    for name in variables {
        if NUMBERS.contains(&name.as_str()) {
            args.set(name.clone(), 3);
        } else if DATES.contains(&name.as_str()) {
            args.set(name.clone(), "2027-03-01");
        } else if name == "email" {
            args.set(name.clone(), "amina@example.org");
        } else if name == "reference" {
            args.set(name.clone(), "C-12");
        } else {
            args.set(name.clone(), "Port Amani");
        }
    }
    let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap_or_else(|| panic!("ar/{id} has no value"));
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).to_string();
    assert!(errors.is_empty(), "ar/{id}: {errors:?}");
    text
}

#[test]
fn arabic_messages_isolate_latin_urls_and_signed_numbers() {
    let bundle = bundle("ar");
    let arabic = messages("ar");
    let hint_website = render(&bundle, "hint-website", &BTreeSet::new());
    assert!(hint_website.contains("\u{2066}https://\u{2069}"), "ar/hint-website: {hint_website:?}");
    let hint_lat = render(&bundle, "hint-lat", &BTreeSet::new());
    assert!(hint_lat.contains("\u{2066}-6.8161\u{2069}"), "ar/hint-lat: {hint_lat:?}");

    let mut problems = Vec::new();
    let mut checked = 0;
    for (id, message) in &arabic {
        let text = render(&bundle, id, &message.variables);
        if !text.chars().any(is_arabic) {
            continue; // "English", "townhall": nothing right-to-left around it
        }
        checked += 1;
        problems.extend(unisolated(&text).into_iter().map(|p| format!("ar/{id}: {p} in {text:?}")));
    }
    assert!(checked > 300, "only {checked} Arabic messages were checked");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_isolation_check_can_fail() {
    assert!(!unisolated("اختياري. يبدأ بـ https://").is_empty());
    assert!(!unisolated("بالدرجات العشرية، مثلًا -6.8161. اختياري.").is_empty());
    assert!(!unisolated("مثل USD.").is_empty());
    assert!(!unisolated("مثل \u{2066}USD.").is_empty(), "an isolate left open");
    assert!(!unisolated("مثل USD\u{2069}.").is_empty(), "a PDI without isolate");
    assert!(
        unisolated("يبدأ بـ \u{2066}https://\u{2069} أو \u{2066}-6.8161\u{2069}، من 2027-06-30 إلى 39.2894").is_empty()
    );
    assert!(unisolated("عن \u{2068}Port Amani\u{2069}").is_empty());
}

#[test]
fn the_glossary_check_can_fail() {
    let terms = parse_glossary(
        "### moderator\n\n| lang | word | forms | forbidden | note |\n|---|---|---|---|---|\n\
         | en | moderator | moderat | | |\n| sw | mdhibiti | dhibiti | simamizi | |\n\n\
         ### city admin\n\nAlso: city-new-intro\n\n| lang | word | forms | forbidden | note |\n|---|---|---|---|---|\n\
         | en | city administrator | city administrat | | |\n| sw | msimamizi wa jiji | simamizi | dhibiti | |\n",
    );
    let message = |text: &str| Message { file: "main".into(), text: text.into(), variables: BTreeSet::new() };
    let english: BTreeMap<String, Message> = [
        ("role-moderator".to_string(), message("Moderator")),
        ("comment-held".to_string(), message("Your comment will appear once a moderator has checked it.")),
        ("city-new-intro".to_string(), message("Its staff, moderators and administrators are given roles afterwards.")),
    ]
    .into_iter()
    .collect();
    let uses = uses(&terms, &english);
    let good: BTreeMap<String, Message> = [
        ("role-moderator".to_string(), message("Mdhibiti wa maoni")),
        ("comment-held".to_string(), message("Maoni yako yataonekana baada ya mdhibiti kuyakagua.")),
        ("city-new-intro".to_string(), message("Majukumu ya wadhibiti na wasimamizi hutolewa baadaye.")),
    ]
    .into_iter()
    .collect();
    assert_eq!(glossary_violations(&terms, &uses, "sw", &good), Vec::<String>::new());
    let bad: BTreeMap<String, Message> = [
        ("role-moderator".to_string(), message("Msimamizi wa maudhui")),
        ("comment-held".to_string(), message("Maoni yako yataonekana baada ya msimamizi kuyakagua.")),
        ("city-new-intro".to_string(), message("Majukumu ya wasimamizi hutolewa baadaye.")),
    ]
    .into_iter()
    .collect();
    let problems = glossary_violations(&terms, &uses, "sw", &bad);
    assert_eq!(problems.len(), 5, "{problems:#?}");
}

#[test]
fn french_uses_no_break_spaces_before_high_punctuation() {
    let mut problems = Vec::new();
    for (id, message) in messages("fr") {
        let chars: Vec<char> = message.text.chars().collect();
        for (i, pair) in chars.windows(2).enumerate() {
            let bad = (pair[0] == ' ' && matches!(pair[1], ':' | ';' | '?' | '!' | '»' | '%'))
                || (pair[0] == '«' && pair[1] == ' ');
            if bad {
                let around: String = chars[i.saturating_sub(15)..(i + 5).min(chars.len())].iter().collect();
                problems.push(format!("fr/{id}: plain space in “{around}”"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn examples_are_localised() {
    for locale in LOCALES.into_iter().skip(1) {
        let hint = &messages(locale)["search-hint"].text;
        assert!(!hint.contains("bus -taxi"), "{locale}/search-hint keeps the English example: {hint}");
    }
}

/// The findings of issue 19, kept from coming back.
#[test]
fn roles_and_sections_keep_their_own_words() {
    for locale in LOCALES {
        let bundle = bundle(locale);
        let t = |id: &str| render_plain(&bundle, id);
        let roles = [t("role-moderator"), t("role-staff"), t("role-city_admin")];
        assert_eq!(roles.iter().collect::<BTreeSet<_>>().len(), 3, "{locale}: roles {roles:?}");
        assert_ne!(norm(&t("moderation-title")), norm(&t("admin-city-administration")), "{locale}");
        assert_eq!(t("nav-admin"), t("admin-title"), "{locale}: one name for the staff dashboard");
        let target = norm(&t("commitment-target"));
        assert!(!norm(&t("sdg-label")).contains(&target), "{locale}: an SDG is not a commitment's target ({target})");
        assert_ne!(norm(&t("kind-update")), norm(&t("report-nav")), "{locale}: an update is not the report");
    }
}

fn render_plain(bundle: &FluentBundle<FluentResource>, id: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("number", 3);
    let pattern = bundle.get_message(id).and_then(|m| m.value()).unwrap_or_else(|| panic!("{id} has no value"));
    let mut errors = vec![];
    bundle.format_pattern(pattern, Some(&args), &mut errors).to_string()
}
