//! The shape of the code, checked: handler modules in `src/web` never import one another
//! (they share only the rooms below them: extractors, forms, the page library, sessions, HTTP caching),
//! and the application state does not depend on the web layer.

use std::path::Path;

/// Modules of `src/web` that handlers may import: not handlers themselves.
const SHARED_ROOMS: &[&str] = &["extract", "forms", "pages", "session", "http_cache"];

fn web_modules() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".rs")).map(str::to_string))
        .filter(|n| n != "mod")
        .collect();
    names.sort();
    names
}

/// Handler modules `source` refers to through `super::x` or `crate::web::x`.
fn handler_imports(source: &str, handlers: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in ["super::", "crate::web::"] {
        for (i, _) in source.match_indices(prefix) {
            let rest = &source[i + prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if handlers.contains(&name) && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

#[test]
fn handler_modules_never_import_each_other() {
    let modules = web_modules();
    let handlers: Vec<String> = modules.iter().filter(|m| !SHARED_ROOMS.contains(&m.as_str())).cloned().collect();
    assert!(handlers.contains(&"comments".to_string()) && handlers.contains(&"public".to_string()));
    let mut problems = Vec::new();
    for module in &modules {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/web/{module}.rs"));
        let source = std::fs::read_to_string(&path).unwrap();
        for imported in handler_imports(&source, &handlers) {
            if &imported != module {
                problems.push(format!("src/web/{module}.rs uses the handler module `{imported}`"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn state_does_not_depend_on_the_web_layer() {
    for file in ["src/state.rs", "src/limits.rs", "src/metrics.rs", "src/server.rs"] {
        let source = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        assert!(!source.contains("crate::web::"), "{file} imports from the web layer");
    }
}

#[test]
fn the_check_sees_a_sibling_import() {
    let handlers = vec!["public".to_string(), "admin".to_string()];
    assert_eq!(handler_imports("use super::public::load_city;", &handlers), vec!["public"]);
    assert_eq!(handler_imports("use super::admin_feedback::x;", &handlers), Vec::<String>::new());
    assert_eq!(handler_imports("crate::web::admin::require(", &handlers), vec!["admin"]);
}
