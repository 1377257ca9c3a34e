//! `townhall demo`: the demo city shows participation, and its transparency report has
//! figures in every section — on every backend.

mod common;

use common::TestApp;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use townhall::db::{cities, organisations};
use townhall::on_pool;
use townhall::services::demo;

const CITY: &str = "port-amani";

async fn count(app: &TestApp, sql: &str) -> i64 {
    on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).unwrap()
}

async fn json(app: &TestApp, path: &str) -> Value {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

/// `[{"key": k, "count": n}, …]` as a map.
fn counts(list: &Value) -> BTreeMap<String, i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| (c["key"].as_str().unwrap().to_string(), c["count"].as_i64().unwrap()))
        .collect()
}

/// Row counts of everything the participation loader writes.
async fn snapshot(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for table in [
        "users",
        "roles",
        "organisations",
        "organisation_members",
        "consultations",
        "comments",
        "flags",
        "assessments",
        "challenges",
        "search_changes",
        "indicators",
        "indicator_values",
        "saved_searches",
        "questions",
        "responses",
        "answers",
    ] {
        out.push(count(app, &format!("SELECT COUNT(*) FROM {table}")).await);
    }
    out
}

#[tokio::test]
async fn the_report_of_the_demo_city_has_figures_in_every_section() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        app.wait_for_index().await;
        let r = json(&app, &format!("/api/v1/cities/{CITY}/report")).await;

        let c = &r["commitments"];
        assert_eq!(c["total"], 12);
        assert!(c["updates_in_period"].as_i64().unwrap() > 0, "{c}");
        assert!(!c["by_status"].as_array().unwrap().is_empty());

        let f = &r["feedback"];
        assert!(f["comments"].as_i64().unwrap() >= 150, "{f}");
        assert!(f["participants"].as_i64().unwrap() >= 30, "{f}");
        assert_eq!(f["organisations"], 2);
        let stances = counts(&f["by_stance"]);
        for stance in ["support", "concern", "suggestion", "question", "none"] {
            assert!(stances.get(stance).copied().unwrap_or(0) > 0, "no {stance} in {stances:?}");
        }
        let languages = counts(&f["by_language"]);
        for lang in ["en", "fr", "es", "ar", "zh", "ru", "sw"] {
            assert!(languages.get(lang).copied().unwrap_or(0) > 0, "no {lang} in {languages:?}");
        }
        let channels = counts(&f["by_channel"]);
        for channel in ["web", "in_person", "paper", "phone", "email"] {
            assert!(channels.get(channel).copied().unwrap_or(0) > 0, "no {channel} in {channels:?}");
        }
        assert!(counts(&f["by_theme"]).len() >= 5, "{}", f["by_theme"]);
        let busy_months = counts(&f["per_month"]).values().filter(|n| **n > 0).count();
        assert!(busy_months >= 9, "feedback spread over the year: {}", f["per_month"]);
        assert_eq!(f["most_discussed"].as_array().unwrap().len(), 5);

        let resp = &r["responsiveness"];
        let rate = resp["response_rate"].as_f64().unwrap();
        assert!(rate > 0.2 && rate < 0.8, "response rate {rate}");
        let top_level = resp["top_level_comments"].as_i64().unwrap();
        let responded = resp["responded"].as_i64().unwrap();
        assert!(responded > 0 && responded < top_level, "{resp}");
        let median = resp["median_hours"].as_f64().unwrap();
        let p90 = resp["p90_hours"].as_f64().unwrap();
        assert!(median > 0.0 && p90 > median, "{resp}");
        let departments = resp["by_department"].as_array().unwrap();
        assert!(departments.len() >= 8, "{resp}");
        let answered: Vec<f64> = departments.iter().filter_map(|d| d["average_hours"].as_f64()).collect();
        assert!(answered.len() >= 6, "several departments answer: {resp}");
        let (fastest, slowest) = answered.iter().fold((f64::MAX, 0f64), |(lo, hi), h| (lo.min(*h), hi.max(*h)));
        assert!(fastest < 24.0 && slowest > 7.0 * 24.0, "fast and slow departments: {resp}");
        assert!(
            departments.iter().any(|d| d["responded"] == 0 && d["comments"].as_i64().unwrap() > 0),
            "one department never answered: {resp}"
        );

        let m = &r["moderation"];
        assert_eq!(counts(&m["hidden_by_reason"]).get("personal_data"), Some(&1), "{m}");
        let (received, handled) = (m["flags_received"].as_i64().unwrap(), m["flags_handled"].as_i64().unwrap());
        assert!(handled > 0 && handled < received, "{m}");

        let k = r["consultations"].as_array().unwrap();
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(k.iter().any(|k| k["phase"] == "open" && k["outcome_published"] == false), "{k:?}");
        assert!(k.iter().any(|k| k["phase"] == "closed" && k["outcome_published"] == true), "{k:?}");

        let a = r["assessments"].as_array().unwrap();
        assert_eq!(a.len(), 2, "{a:?}");
        assert_eq!(a.iter().map(|a| a["organisation"].as_str().unwrap()).collect::<BTreeSet<_>>().len(), 2);

        // The HTML and CSV forms of the same report work too.
        assert_eq!(app.get(&format!("/en/{CITY}/report")).await.status(), 200);
        assert_eq!(app.get(&format!("/en/{CITY}/report?format=csv")).await.status(), 200);
    });
}

#[tokio::test]
async fn the_demo_city_shows_people_taking_part() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;

        // Open data: at least 150 visible comments, in at least five languages, with replies
        // and official responses.
        let page = json(&app, &format!("/api/v1/cities/{CITY}/comments?limit=1000")).await;
        let items = page["items"].as_array().unwrap();
        assert!(page["next"].is_null());
        assert!(items.len() >= 150, "{} visible comments", items.len());
        let languages: BTreeSet<&str> = items.iter().map(|c| c["language"].as_str().unwrap()).collect();
        assert!(languages.len() >= 5, "{languages:?}");
        let replies = items.iter().filter(|c| !c["parent_id"].is_null() && c["official_response"] == false).count();
        assert!(replies >= 10, "{replies} replies");
        let official: Vec<&Value> = items.iter().filter(|c| c["official_response"] == true).collect();
        assert!(official.len() >= 30, "{} official responses", official.len());
        let departments: BTreeSet<&str> = official.iter().map(|c| c["department"].as_str().unwrap()).collect();
        assert!(departments.len() >= 5, "{departments:?}");
        assert!(official.iter().all(|c| !c["parent_id"].is_null()));
        assert!(items.iter().any(|c| !c["organisation"].is_null()), "someone speaks for an organisation");
        assert!(!items.iter().any(|c| c["body"].as_str().unwrap().contains("0700 000 000")), "hidden stays hidden");

        // Offline feedback is typed in by staff, for no account.
        let offline = count(&app, "SELECT COUNT(*) FROM comments WHERE channel <> 'web'").await;
        assert!(offline >= 15, "{offline} offline comments");
        let entered =
            "SELECT COUNT(*) FROM comments WHERE channel <> 'web' AND author_id IS NULL AND entered_by IS NOT NULL";
        assert_eq!(count(&app, entered).await, offline);
        let staff = "SELECT COUNT(*) FROM comments c JOIN roles r ON r.user_id = c.entered_by AND r.role = 'staff'
                     WHERE c.channel <> 'web'";
        assert_eq!(count(&app, staff).await, offline);
        // Official responses are written by staff and mark the comment answered.
        let by_staff = "SELECT COUNT(*) FROM comments c JOIN roles r ON r.user_id = c.author_id AND r.role = 'staff'
                        WHERE c.is_official = TRUE";
        assert_eq!(count(&app, by_staff).await, official.len() as i64);
        let answered = "SELECT COUNT(*) FROM comments WHERE responded_at IS NOT NULL AND parent_id IS NULL";
        assert_eq!(count(&app, answered).await, official.len() as i64);
        // Residents have verified accounts.
        assert!(count(&app, "SELECT COUNT(*) FROM users WHERE email_verified_at IS NOT NULL").await >= 25);

        // Two verified organisations, each with members, listed in the public directory.
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let orgs = organisations::for_city(&app.db, city.id).await.unwrap();
        assert_eq!(orgs.len(), 2);
        assert!(orgs.iter().all(|o| o.is_verified()));
        for o in &orgs {
            assert!(organisations::member_names(&app.db, o.id).await.unwrap().len() >= 2);
        }
        for o in &orgs {
            let (status, profile) = app.page(&format!("/en/{CITY}/organisations/{}", o.id)).await;
            assert_eq!(status, 200);
            assert!(profile.contains(&o.name.replace('\'', "&#39;")), "{profile}");
            assert!(profile.contains("Verified organisation"));
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM assessments").await, 2);
        let (_, c5) = app.page(&format!("/en/{CITY}/commitments/C-5")).await;
        assert!(c5.contains("We checked every one"), "the assessment is shown beside the status");

        // One closed consultation with its outcome on its page, one open for comments.
        let list = json(&app, &format!("/api/v1/cities/{CITY}/consultations")).await;
        let phases: BTreeMap<i64, String> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| (k["number"].as_i64().unwrap(), k["phase"].as_str().unwrap().to_string()))
            .collect();
        assert_eq!(phases.values().filter(|p| *p == "closed").count(), 1, "{phases:?}");
        assert_eq!(phases.values().filter(|p| *p == "open").count(), 1, "{phases:?}");
        for (n, phase) in &phases {
            let (status, body) = app.page(&format!("/en/{CITY}/consultations/{n}")).await;
            assert_eq!(status, 200);
            assert!(body.contains("id=\"comment-"), "consultation {n} has comments");
            if phase == "closed" {
                assert!(body.contains("id=\"outcome\""), "{body}");
                assert!(body.contains("The first 12 routes"), "what we will do: {body}");
                assert!(body.contains("four ward meetings"), "what we heard: {body}");
                let (_, sw) = app.page(&format!("/sw/{CITY}/consultations/{n}")).await;
                assert!(sw.contains("Njia 12 za kwanza"), "the outcome is translated");
            } else {
                assert!(!body.contains("id=\"outcome\""));
            }
        }

        // The hidden comment keeps its place on its page, with its public reason only.
        let (id, target_type, target_id) = on_pool!(&app.db, |p| sqlx::query_as::<_, (i64, String, i64)>(
            "SELECT id, target_type, target_id FROM comments WHERE state = 'hidden'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        assert_eq!(target_type, "commitment");
        let n: i64 =
            on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>("SELECT ref_no FROM commitments WHERE id = $1")
                .bind(target_id)
                .fetch_one(p)
                .await)
            .unwrap();
        let (status, body) = app.page(&format!("/en/{CITY}/commitments/C-{n}")).await;
        assert_eq!(status, 200);
        assert!(body.contains(&format!("id=\"comment-{id}\"")), "the hidden comment keeps its place");
        assert!(body.contains("Hidden by moderators: personal data"), "{body}");
        assert!(!body.contains("0700 000 000"));
        // Its flags were handled; another flag waits in the queue.
        let open_flags = "SELECT COUNT(*) FROM flags WHERE handled_at IS NULL";
        assert_eq!(count(&app, open_flags).await, 1);
    });
}

#[tokio::test]
async fn loading_the_demo_twice_changes_nothing() {
    on_each_backend!(|backend| {
        // The city alone has no participation (other tests rely on that).
        let app = TestApp::spawn_demo(backend).await;
        assert_eq!(count(&app, "SELECT COUNT(*) FROM comments").await, 0);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users").await, 0);

        demo::load_participation(&app.db).await.unwrap();
        assert!(demo::load_indicators(&app.db).await.unwrap());
        assert!(demo::load_questionnaires(&app.db).await.unwrap());
        let loaded = snapshot(&app).await;
        assert!(loaded.iter().all(|n| *n > 0), "{loaded:?}");

        demo::load_participation(&app.db).await.unwrap();
        assert!(!demo::load_indicators(&app.db).await.unwrap());
        assert!(!demo::load_questionnaires(&app.db).await.unwrap());
        assert!(!demo::load_full(&app.db).await.unwrap(), "nothing left to load");
        assert_eq!(snapshot(&app).await, loaded);
    });
}

#[tokio::test]
async fn participation_needs_the_demo_city() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let err = demo::load_participation(&app.db).await.unwrap_err();
        assert!(err.to_string().contains("not loaded"), "{err}");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM users").await, 0);
    });
}

#[tokio::test]
async fn the_demo_city_has_open_overdue_upheld_and_rejected_challenges() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let api = json(&app, &format!("/api/v1/cities/{CITY}/challenges")).await;
        let states: BTreeSet<String> =
            api["items"].as_array().unwrap().iter().map(|c| c["state"].as_str().unwrap().to_string()).collect();
        for state in ["open", "overdue", "upheld", "rejected"] {
            assert!(states.contains(state), "{state} in {states:?}");
        }
        let upheld = api["items"].as_array().unwrap().iter().find(|c| c["state"] == "upheld").unwrap();
        assert!(upheld["correcting_update"].as_i64().is_some(), "an upheld challenge links its correction");
        assert_eq!(app.page(&format!("/en/{CITY}/challenges?state=overdue")).await.0, 200);
    });
}
