//! Atom feeds people can find: every page with a feed names it in its `<head>` and links to it
//! visibly; projects and consultations have feeds of their own, on every backend.

mod common;

use common::TestApp;
use townhall::domain::Locale;

const CITY: &str = "port-amani";
const ATOM: &str = "http://www.w3.org/2005/Atom";

/// Checks that `xml` is a well-formed document (balanced tags, escaped text) whose root is an
/// Atom feed with the elements RFC 4287 requires; returns its entries' texts.
fn atom_entries(xml: &str) -> Vec<String> {
    let body = xml.strip_prefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>").expect("XML declaration").trim();
    let mut open: Vec<&str> = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        assert!(!text.contains('>'), "unescaped > in text {text:?}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map(|e| i + e + 1).unwrap_or(text.len())];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x27;"].contains(&entity), "bad entity {entity:?}");
        }
        let gt = rest[lt..].find('>').map(|g| lt + g).expect("tag closes");
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "< inside tag {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop(), Some(name.trim()), "closing tag {name} does not match");
        } else if !tag.ends_with('/') {
            open.push(tag.split_whitespace().next().expect("tag name"));
        }
        rest = &rest[gt + 1..];
    }
    assert!(open.is_empty(), "unclosed tags {open:?}");
    assert!(body.starts_with(&format!(r#"<feed xmlns="{ATOM}">"#)) && body.ends_with("</feed>"), "an Atom feed");
    let head = body.split("<entry>").next().unwrap();
    for required in ["<id>", "<title>", "<updated>", r#"<link rel="self""#] {
        assert!(head.contains(required), "feed lacks {required}");
    }
    let entries: Vec<String> =
        body.split("<entry>").skip(1).map(|e| e.split("</entry>").next().unwrap().to_string()).collect();
    for e in &entries {
        for required in ["<id>", "<title>", "<updated>", r#"<link rel="alternate""#, "<author><name>", "<content"] {
            assert!(e.contains(required), "entry lacks {required}: {e}");
        }
    }
    entries
}

/// GETs a feed: 200, Atom's media type, well formed; its entries.
async fn feed(app: &TestApp, path: &str) -> Vec<String> {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    let media = r.headers()["content-type"].to_str().unwrap().to_string();
    assert!(media.starts_with("application/atom+xml"), "{path}: {media}");
    atom_entries(&r.text().await.unwrap())
}

#[tokio::test]
async fn projects_and_consultations_have_atom_feeds() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        for locale in ["en", "ar"] {
            // A project: its updates and the official responses to comments on it.
            let entries = feed(&app, &format!("/{locale}/{CITY}/projects/1/feed.atom")).await;
            let page = format!("/{locale}/{CITY}/projects/1#");
            assert!(entries.iter().any(|e| e.contains(&format!("{page}update-"))), "project 1 has updates");
            assert!(entries.iter().any(|e| e.contains(&format!("{page}comment-"))), "and official responses");
            assert!(entries.iter().all(|e| e.contains(&page)), "every entry links to the project");

            // A closed consultation: official responses and its outcome.
            let entries = feed(&app, &format!("/{locale}/{CITY}/consultations/1/feed.atom")).await;
            let page = format!("/{locale}/{CITY}/consultations/1#");
            assert!(entries.iter().any(|e| e.contains(&format!("{page}outcome</id>"))), "the outcome");
            assert!(entries.iter().any(|e| e.contains(&format!("{page}comment-"))), "official responses");

            // An open one has no outcome yet.
            let entries = feed(&app, &format!("/{locale}/{CITY}/consultations/2/feed.atom")).await;
            assert!(!entries.iter().any(|e| e.contains("#outcome")), "no outcome while open");
        }
        // The city feed links official responses to their own item's page.
        let entries = feed(&app, &format!("/en/{CITY}/feed.atom")).await;
        assert!(entries.iter().any(|e| e.contains(&format!("/en/{CITY}/projects/")) && e.contains("#comment-")));

        for path in [
            format!("/en/{CITY}/projects/99/feed.atom"),
            format!("/en/{CITY}/projects/abc/feed.atom"),
            format!("/en/{CITY}/projects/0/feed.atom"),
            format!("/en/{CITY}/consultations/99/feed.atom"),
            format!("/en/{CITY}/consultations/K-1/feed.atom"),
            "/en/atlantis/projects/1/feed.atom".to_string(),
            "/en/atlantis/consultations/1/feed.atom".to_string(),
        ] {
            assert_eq!(app.get(&path).await.status(), 404, "{path}");
        }
    });
}

#[tokio::test]
async fn pages_with_a_feed_name_it_in_their_head_and_link_to_it() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        for locale in Locale::ALL {
            let l = locale.id();
            for page in [
                format!("/{l}/{CITY}/"),
                format!("/{l}/{CITY}/commitments/C-1"),
                format!("/{l}/{CITY}/projects/1"),
                format!("/{l}/{CITY}/consultations/1"),
            ] {
                let (status, html) = app.page(&page).await;
                assert_eq!(status, 200, "{page}");
                let head = html.split("</head>").next().unwrap();
                let marker = r#"<link rel="alternate" type="application/atom+xml" href=""#;
                let start = head.find(marker).unwrap_or_else(|| panic!("{page}: no feed in <head>")) + marker.len();
                let href = &head[start..start + head[start..].find('"').unwrap()];
                let expected = format!("{}/feed.atom", page.trim_end_matches('/'));
                assert_eq!(href, expected, "{page}: the feed of this page");
                assert!(head[start..].split('>').next().unwrap().contains(" title=\""), "{page}: a titled feed");
                let body = html.split("<main").nth(1).expect("a main element");
                assert!(
                    body.contains(&format!(r#"<a href="{href}" type="application/atom+xml">"#)),
                    "{page}: a visible link to the feed"
                );
                feed(&app, href).await;
            }
        }
    });
}
