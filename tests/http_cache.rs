//! HTTP caching as a browser or a proxy sees it: public pages and API answers carry validators
//! and answer 304 when nothing changed, a change gives new bytes at once, personal pages are
//! never shared, and only pages with a form give a new visitor a session cookie.

mod common;

use common::{person, TestApp};
use reqwest::header::{CACHE_CONTROL, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, SET_COOKIE, VARY};
use townhall::db::{cities, roles};
use townhall::domain::accounts::Role;

const CITY: &str = "port-amani";

fn header(r: &reqwest::Response, name: reqwest::header::HeaderName) -> String {
    r.headers().get_all(name).iter().map(|v| v.to_str().unwrap()).collect::<Vec<_>>().join("\n")
}

#[tokio::test]
async fn public_pages_revalidate_and_change_when_the_content_does() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let anonymous = reqwest::Client::new();
        let page = app.url(&format!("/en/{CITY}/commitments/C-3"));
        let first = anonymous.get(&page).send().await.unwrap();
        assert_eq!(first.status(), 200);
        assert!(!header(&first, SET_COOKIE).contains("townhall_session"), "reading sets no session cookie");
        let etag = header(&first, ETAG);
        let modified = header(&first, LAST_MODIFIED);
        assert!(etag.starts_with("W/\"") && !modified.is_empty());
        assert!(header(&first, CACHE_CONTROL).contains("public") && header(&first, CACHE_CONTROL).contains("s-maxage"));
        assert!(header(&first, VARY).to_lowercase().contains("cookie"));

        // The same bytes: 304 for the tag (alone, weak or strong, or in a list) and for the date.
        for sent in [etag.clone(), etag.trim_start_matches("W/").to_string(), format!("\"other\", {etag}")] {
            let r = anonymous.get(&page).header(IF_NONE_MATCH, sent.as_str()).send().await.unwrap();
            assert_eq!(r.status(), 304, "If-None-Match: {sent}");
            assert!(r.bytes().await.unwrap().is_empty());
        }
        let r = anonymous.get(&page).header(IF_MODIFIED_SINCE, modified.as_str()).send().await.unwrap();
        assert_eq!(r.status(), 304);
        let r = anonymous.get(&page).header(IF_NONE_MATCH, "\"something-else\"").send().await.unwrap();
        assert_eq!(r.status(), 200);

        // A new update on the commitment: the old validators no longer match, at once.
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let fields = [
            ("item", "C-3"),
            ("status", "in_progress"),
            ("progress", "55"),
            ("publisher", "ICT"),
            ("text_en", "Six more markets connected."),
        ];
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/updates/new"), &fields).await.status(), 303);
        let r = anonymous.get(&page).header(IF_NONE_MATCH, etag.as_str()).send().await.unwrap();
        assert_eq!(r.status(), 200, "changed content is sent in full");
        assert_ne!(header(&r, ETAG), etag);
        assert!(r.text().await.unwrap().contains("Six more markets connected."));
        let r = anonymous.get(&page).header(IF_MODIFIED_SINCE, modified.as_str()).send().await.unwrap();
        assert_eq!(r.status(), 200, "dated after the last version");

        // The API answers the same way.
        let api = app.url(&format!("/api/v1/cities/{CITY}/commitments"));
        let r = anonymous.get(&api).send().await.unwrap();
        let tag = header(&r, ETAG);
        assert!(!tag.is_empty());
        assert_eq!(anonymous.get(&api).header(IF_NONE_MATCH, tag.as_str()).send().await.unwrap().status(), 304);

        // Signed in: personal, never shared, no validators.
        let r = staff.get(&format!("/en/{CITY}/commitments/C-3")).await;
        assert!(header(&r, CACHE_CONTROL).contains("no-store"));
        assert!(header(&r, ETAG).is_empty());
        // A page with a form gives the new visitor the session its CSRF token belongs to.
        let r = anonymous.get(app.url("/en/login")).send().await.unwrap();
        assert!(header(&r, SET_COOKIE).contains("townhall_session"));
        assert!(header(&r, ETAG).is_empty(), "a page holding a visitor's token is not shared");
    });
}

/// Two processes behind one address on one PostgreSQL: an attacker's login attempts count
/// together, and a page changed through one process is served changed by the other at once.
#[tokio::test]
async fn two_processes_share_rate_limits_and_never_serve_a_stale_page() {
    for backend in common::backends() {
        let common::Backend::Postgres(_) = backend else { continue };
        let app = TestApp::spawn_demo(&backend)
            .await
            .restart_with(|c| {
                c.limits.login_per_account_per_minute = 4;
                c.limits.login_per_ip_per_minute = 1000;
            })
            .await;
        let (other, _stop, _dir) = app.second_process().await;
        let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
        let login = |base: String| {
            let client = client.clone();
            async move {
                let page = client.get(format!("{base}/en/login")).send().await.unwrap().text().await.unwrap();
                let token = common::extract_after(&page, r#"name="csrf_token" value=""#, 64).unwrap();
                let form = [("email", "target@example.org"), ("password", "guess"), ("csrf_token", token.as_str())];
                client.post(format!("{base}/en/login")).form(&form).send().await.unwrap().status().as_u16()
            }
        };
        // Four wrong guesses in all, two through each process; the fifth is refused by either.
        for base in [&app.base, &other, &app.base, &other] {
            assert_ne!(login(base.clone()).await, 429, "within the budget");
        }
        assert_eq!(login(other.clone()).await, 429, "the second process counts the first one's attempts");
        assert_eq!(login(app.base.clone()).await, 429);

        // A new update through the first process is on the second one's page at once.
        let page = format!("{other}/en/{CITY}/commitments/C-3");
        let anonymous = reqwest::Client::new();
        let before = anonymous.get(&page).send().await.unwrap();
        let etag = header(&before, ETAG);
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let fields = [
            ("item", "C-3"),
            ("status", "delayed"),
            ("progress", "40"),
            ("publisher", "ICT"),
            ("text_en", "Paused for the rains."),
        ];
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/updates/new"), &fields).await.status(), 303);
        let after = anonymous.get(&page).header(IF_NONE_MATCH, etag.as_str()).send().await.unwrap();
        assert_eq!(after.status(), 200);
        assert!(after.text().await.unwrap().contains("Paused for the rains."));
    }
}
