//! No page shows a raw message id or an unfilled placeholder: every page type and form, valid
//! and in its error state, signed out and signed in as staff, in all seven languages. A message
//! that does not exist is counted by the i18n layer (this test binary runs alone, so the count
//! is this test's).

mod common;

use common::{person, TestApp};
use townhall::db::{cities, roles};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";
const LOCALES: [&str; 7] = ["en", "fr", "es", "ar", "zh", "ru", "sw"];

fn placeholders_left(html: &str) -> bool {
    html.contains("{$") || html.contains("{ $")
}

#[tokio::test]
async fn no_page_shows_a_raw_message_id_in_any_language() {
    let app = TestApp::spawn_full_demo(&common::Backend::Sqlite)
        .await
        .restart_with(|c| {
            c.limits.comment_per_account_per_minute = 1000;
            c.limits.comment_per_ip_per_minute = 1000;
        })
        .await;
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    let (staff, staff_id) = person(&app, "admin@example.org", "Admin").await;
    roles::grant(&app.db, staff_id, city.id, Role::CityAdmin, 0).await.unwrap();
    townhall::db::users::set_site_admin(&app.db, staff_id).await.unwrap();
    let public = [
        "/".to_string(),
        format!("/{CITY}/"),
        format!("/{CITY}/commitments"),
        format!("/{CITY}/commitments/C-3"),
        format!("/{CITY}/projects"),
        format!("/{CITY}/projects/1"),
        format!("/{CITY}/consultations"),
        format!("/{CITY}/consultations/1"),
        format!("/{CITY}/indicators"),
        format!("/{CITY}/indicators/AIR-PM25"),
        format!("/{CITY}/report"),
        format!("/{CITY}/challenges"),
        format!("/{CITY}/organisations"),
        format!("/{CITY}/organisations/1"),
        format!("/{CITY}/about"),
        format!("/{CITY}/privacy"),
        "/search?q=water".to_string(),
        "/search?q=gauge&type=value".to_string(),
        "/login".to_string(),
        "/register".to_string(),
        "/password/forgot".to_string(),
        format!("/{CITY}/commitments/C-999"),
        "/search?from=30-06-2027".to_string(),
        format!("/{CITY}/consultations/1/results"),
        "/search?q=lights&type=answer".to_string(),
    ];
    let signed_in = [
        "/account".to_string(),
        "/account/following".to_string(),
        "/account/saved-searches".to_string(),
        format!("/{CITY}/admin/"),
        format!("/{CITY}/admin/people"),
        format!("/{CITY}/admin/audit"),
        format!("/{CITY}/admin/moderation"),
        format!("/{CITY}/admin/awaiting"),
        format!("/{CITY}/admin/offline"),
        format!("/{CITY}/admin/settings"),
        format!("/{CITY}/admin/departments"),
        format!("/{CITY}/admin/import"),
        format!("/{CITY}/admin/commitments/new"),
        format!("/{CITY}/admin/commitments/C-1/edit"),
        format!("/{CITY}/admin/projects/new"),
        format!("/{CITY}/admin/updates/new?target=C-1"),
        format!("/{CITY}/admin/consultations/new"),
        format!("/{CITY}/admin/consultations/1/edit"),
        format!("/{CITY}/admin/indicators/new"),
        format!("/{CITY}/admin/indicators/WIFI-MARKETS/values"),
        format!("/{CITY}/admin/organisations"),
        "/admin/cities/new".to_string(),
        format!("/{CITY}/consultations/2"),
        format!("/{CITY}/consultations/2/results"),
        format!("/{CITY}/admin/consultations/1/questions"),
        format!("/{CITY}/admin/consultations/1/questions/1"),
        format!("/{CITY}/admin/consultations/1/offline-answers"),
    ];
    // Forms in their error state.
    let refused: [(String, Vec<(&str, &str)>); 9] = [
        (format!("/{CITY}/admin/indicators/new"), vec![("code", "bad code!")]),
        (format!("/{CITY}/admin/indicators/WIFI-MARKETS/values"), vec![("value", "ten")]),
        ("/account/saved-searches".to_string(), vec![("q", ""), ("frequency", "daily")]),
        (format!("/{CITY}/admin/commitments/new"), vec![("due_date", "2027-02-30")]),
        (format!("/{CITY}/admin/settings"), vec![("response_days", "0")]),
        (format!("/{CITY}/commitments/C-3/comments"), vec![("body", "")]),
        (format!("/{CITY}/consultations/2/answers"), vec![("q999", "1")]),
        (format!("/{CITY}/admin/consultations/2/offline-answers"), vec![("copies", "0")]),
        (format!("/{CITY}/admin/consultations/1/questions/1"), vec![("kind", "text")]),
    ];
    let mut problems = Vec::new();
    for l in LOCALES {
        for p in &public {
            let (_, html) = app.page(&format!("/{l}{p}")).await;
            if placeholders_left(&html) {
                problems.push(format!("/{l}{p}: unfilled placeholder"));
            }
        }
        for p in &signed_in {
            let html = staff.get(&format!("/{l}{p}")).await.text().await.unwrap();
            if placeholders_left(&html) {
                problems.push(format!("/{l}{p}: unfilled placeholder"));
            }
        }
        for (p, fields) in &refused {
            let r = staff.post(&format!("/{l}{p}"), fields).await;
            assert_eq!(r.status(), 422, "/{l}{p} is refused");
            if placeholders_left(&r.text().await.unwrap()) {
                problems.push(format!("/{l}{p} (errors): unfilled placeholder"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(I18n::missing_lookups(), 0, "a page asked for a message that does not exist (see the log for its key)");
}
