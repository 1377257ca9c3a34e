//! Saved searches: matched by the indexer, mailed once per run (nothing when nothing matched),
//! each with its own unsubscribe link and private feed; per-item unfollow in follower mails;
//! challenges in the search index; what a person follows and saved in their data export.

mod common;

use common::{extract_after, person, Browser, TestApp};
use townhall::db::outbox;
use townhall::domain::now_ts;
use townhall::services::alerts;

const CITY: &str = "port-amani";

async fn comment(b: &Browser, item: &str, body: &str) {
    let r = b.post(&format!("/en/{CITY}/{item}/comments"), &[("body", body)]).await;
    assert_eq!(r.status(), 303, "posting on {item}");
}

async fn deliver(app: &TestApp) -> usize {
    alerts::deliver_due(&app.db, &app.config.base_url, now_ts()).await.unwrap()
}

#[tokio::test]
async fn a_matching_comment_is_mailed_once_and_a_non_matching_one_never() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (watcher, _) = person(&app, "watcher@example.org", "Watcher").await;
        let (resident, _) = person(&app, "resident@example.org", "Resident").await;
        let r = watcher
            .post(
                "/en/account/saved-searches",
                &[("q", "streetlights"), ("city", CITY), ("type", "comment"), ("frequency", "immediate")],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/account/saved-searches?saved=1");
        let page = watcher.get("/en/account/saved-searches").await.text().await.unwrap();
        assert!(page.contains("“streetlights”") && page.contains("At once"), "listed with its frequency");
        let feed_token = extract_after(&page, &format!("{}/en/alerts/", app.config.base_url), 64).expect("feed link");
        let feed_path = format!("{feed_token}/feed.atom");

        comment(&resident, "commitments/C-1", "The new streetlights on Harbour Road are dark again").await;
        comment(&resident, "commitments/C-2", "Buses should run later in the evening").await;
        app.wait_for_index().await;
        let before = outbox::all_to(&app.db, "watcher@example.org").await.unwrap().len();
        assert_eq!(deliver(&app).await, 1, "one saved search had a match");
        let mails = outbox::all_to(&app.db, "watcher@example.org").await.unwrap();
        assert_eq!(mails.len(), before + 1, "exactly one mail");
        let mail = mails.last().unwrap();
        assert!(mail.subject.contains("streetlights"));
        assert!(mail.body_text.contains("The new streetlights on Harbour Road are dark again"));
        assert!(!mail.body_text.contains("Buses should run later"), "the non-matching comment is not mailed");
        assert!(mail.body_text.contains("/en/alerts/") && mail.body_text.contains("/unsubscribe"));
        assert!(mail.body_text.contains(&format!("/en/{CITY}/commitments/C-1#comment-")), "links to the comment");

        // Nothing new: no mail on the next run. A non-matching comment alone: still none.
        assert_eq!(deliver(&app).await, 0);
        comment(&resident, "commitments/C-3", "Market stalls need shade").await;
        app.wait_for_index().await;
        assert_eq!(deliver(&app).await, 0);
        assert_eq!(outbox::all_to(&app.db, "watcher@example.org").await.unwrap().len(), before + 1);

        // The private feed returns the match; an unknown token is a 404.
        let (status, feed) = app.page(&format!("/en/alerts/{feed_path}")).await;
        assert_eq!(status, 200, "{feed}");
        assert!(feed.contains("The new streetlights on Harbour Road are dark again"));
        assert!(!feed.contains("Market stalls"));
        assert_eq!(app.page(&format!("/en/alerts/{}/feed.atom", "0".repeat(64))).await.0, 404);

        // The mail's own unsubscribe link deletes that saved search, and only on POST.
        let token = extract_after(&mail.body_text, "/en/alerts/", 64).unwrap();
        let anonymous = Browser::new(&app);
        assert_eq!(anonymous.get(&format!("/en/alerts/{token}/unsubscribe")).await.status(), 200);
        assert_eq!(townhall::db::saved_searches::all(&app.db).await.unwrap().len(), 1, "a GET changes nothing");
        let r = anonymous.client.post(anonymous.url(&format!("/en/alerts/{token}/unsubscribe"))).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(townhall::db::saved_searches::all(&app.db).await.unwrap().is_empty());
        assert_eq!(app.page(&format!("/en/alerts/{feed_path}")).await.0, 404, "its feed is gone");
    });
}

#[tokio::test]
async fn a_daily_search_waits_a_day_and_a_hidden_comment_is_never_mailed() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (watcher, watcher_id) = person(&app, "daily@example.org", "Daily").await;
        let (resident, _) = person(&app, "writer@example.org", "Writer").await;
        let r = watcher.post("/en/account/saved-searches", &[("q", "drainage"), ("frequency", "daily")]).await;
        assert_eq!(r.status(), 303);
        comment(&resident, "commitments/C-1", "Drainage ditches overflow every rain").await;
        comment(&resident, "commitments/C-2", "More drainage work is needed near the school").await;
        app.wait_for_index().await;
        let now = now_ts();
        assert_eq!(alerts::deliver_due(&app.db, &app.config.base_url, now).await.unwrap(), 0, "not a day yet");
        // A moderator hides one of them before the digest goes out.
        let hidden: i64 = townhall::on_pool!(&app.db, |p| sqlx::query_scalar(
            "SELECT id FROM comments WHERE body LIKE 'More drainage%'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        let comment = townhall::db::comments::by_id(&app.db, hidden).await.unwrap().unwrap();
        let decision = townhall::services::feedback::Decision::Hide(townhall::domain::feedback::HideReason::Spam);
        townhall::services::feedback::moderate(&app.db, &app.config.base_url, &comment, &decision, watcher_id)
            .await
            .unwrap();
        app.wait_for_index().await;
        let tomorrow = now + 86_401;
        assert_eq!(alerts::deliver_due(&app.db, &app.config.base_url, tomorrow).await.unwrap(), 1);
        let mail = outbox::latest_to(&app.db, "daily@example.org").await.unwrap().unwrap();
        assert!(mail.body_text.contains("Drainage ditches overflow"));
        assert!(!mail.body_text.contains("More drainage work"), "a hidden comment is not mailed");
    });
}

#[tokio::test]
async fn bad_saved_searches_are_refused_and_nothing_is_stored() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (watcher, watcher_id) = person(&app, "many@example.org", "Many").await;
        let count = |app: &TestApp| {
            let db = app.db.clone();
            async move { townhall::db::saved_searches::of_user(&db, watcher_id).await.unwrap().len() }
        };
        for (fields, error) in [
            (vec![("q", ""), ("frequency", "daily")], "Give some words or choose at least one filter."),
            (vec![("q", "water"), ("frequency", "hourly")], "How often to mail me"),
            (vec![("q", "water"), ("type", "spaceship"), ("frequency", "daily")], "Type"),
            (vec![("q", "water"), ("from", "2026-02-30"), ("frequency", "daily")], "From"),
        ] {
            let r = watcher.post("/en/account/saved-searches", &fields).await;
            assert_eq!(r.status(), 422, "{fields:?}");
            let page = r.text().await.unwrap();
            assert!(page.contains("error-summary") && page.contains(error), "{fields:?}: names the problem");
        }
        assert_eq!(count(&app).await, 0);
        // A malformed query is kept and falls back to plain words, as search does.
        let r =
            watcher.post("/en/account/saved-searches", &[("q", "\"unclosed (water"), ("frequency", "weekly")]).await;
        assert_eq!(r.status(), 303);
        for i in 1..50 {
            let q = format!("topic{i}");
            let r = watcher.post("/en/account/saved-searches", &[("q", &q), ("frequency", "weekly")]).await;
            assert_eq!(r.status(), 303);
        }
        assert_eq!(count(&app).await, 50);
        let r = watcher.post("/en/account/saved-searches", &[("q", "one more"), ("frequency", "weekly")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains("You already have 50 saved searches"));
        assert_eq!(count(&app).await, 50);
        // Someone else's saved search cannot be deleted.
        let (other, _) = person(&app, "other@example.org", "Other").await;
        let id = townhall::db::saved_searches::of_user(&app.db, watcher_id).await.unwrap()[0].id;
        assert_eq!(other.post(&format!("/en/account/saved-searches/{id}/delete"), &[]).await.status(), 404);
        assert_eq!(watcher.post(&format!("/en/account/saved-searches/{id}/delete"), &[]).await.status(), 303);
        assert_eq!(count(&app).await, 49);
    });
}

#[tokio::test]
async fn a_follower_mail_unfollows_one_item_in_one_click() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (follower, follower_id) = person(&app, "fan@example.org", "Fan").await;
        for item in ["commitments/C-1", "commitments/C-2"] {
            assert_eq!(follower.post(&format!("/en/{CITY}/{item}/follow"), &[("follow", "1")]).await.status(), 303);
        }
        // A challenge on C-1 tells its followers.
        let city = townhall::db::cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (member, member_id) = person(&app, "member@example.org", "Member").await;
        let org =
            townhall::db::organisations::insert(&app.db, city.id, "Harbour Watch", "", "", member_id, 0).await.unwrap();
        townhall::db::organisations::set_status(&app.db, org, "verified", member_id, 0).await.unwrap();
        let r = member
            .post(
                &format!("/en/{CITY}/commitments/C-1/challenges"),
                &[
                    ("organisation_id", &org.to_string()),
                    ("claimed_status", "delayed"),
                    ("body", "The works stopped in March."),
                    ("evidence_label_1", "Photo"),
                    ("evidence_url_1", "https://harbour.example.org/photo"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let mail = outbox::latest_to(&app.db, "fan@example.org").await.unwrap().expect("the follower is told");
        let marker = "/en/unsubscribe?token=";
        let line = mail.body_text.lines().find(|l| l.contains(marker) && l.contains("&item=")).expect("unfollow link");
        let token = extract_after(line, marker, 64).unwrap();
        let item = line.rsplit("&item=").next().unwrap().trim().to_string();
        assert!(item.starts_with("commitment:"));
        let anonymous = Browser::new(&app);
        let page = anonymous.get(&format!("/en/unsubscribe?token={token}&item={item}")).await.text().await.unwrap();
        assert!(page.contains("Stop following this item") && page.contains("C-1"));
        let r = anonymous
            .client
            .post(anonymous.url("/en/unsubscribe"))
            .form(&[("token", &token), ("item", &item)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let follows = townhall::db::follows::of_user(&app.db, follower_id).await.unwrap();
        assert_eq!(follows.len(), 1, "only C-1 is unfollowed: {follows:?}");
        assert_eq!(townhall::db::follows::notify_mode(&app.db, follower_id).await.unwrap(), "immediate");
    });
}

#[tokio::test]
async fn challenges_are_searchable_and_in_the_personal_export() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        app.wait_for_index().await;
        let (status, page) = app.page("/en/search?type=challenge").await;
        assert_eq!(status, 200);
        let challenges = townhall::db::challenges::for_city(
            &app.db,
            townhall::db::cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id,
        )
        .await
        .unwrap();
        assert!(!challenges.is_empty());
        assert!(challenges.len() > 1);
        assert!(
            page.contains(&format!("{} results", challenges.len())),
            "every challenge is found: {}",
            page.split("role=\"status\"").nth(1).unwrap_or("")
        );
        assert!(page.contains("#challenge-"), "hits link to the challenge");

        let (watcher, _) = person(&app, "export@example.org", "Export").await;
        assert_eq!(watcher.post(&format!("/en/{CITY}/commitments/C-2/follow"), &[("follow", "1")]).await.status(), 303);
        assert_eq!(
            watcher.post("/en/account/saved-searches", &[("q", "water"), ("frequency", "daily")]).await.status(),
            303
        );
        let data: serde_json::Value = watcher.get("/en/account/export").await.json().await.unwrap();
        assert_eq!(data["follows"].as_array().unwrap().len(), 1);
        assert_eq!(data["saved_searches"][0]["frequency"], "daily");
        assert!(data["saved_searches"][0]["query"].as_str().unwrap().contains("q=water"));
        assert!(data["flags_sent"].is_array());
    });
}

#[tokio::test]
async fn the_demo_city_has_an_organisation_member_with_a_saved_search() {
    let app = TestApp::spawn_full_demo(&common::Backend::Sqlite).await;
    let saved = townhall::db::saved_searches::all(&app.db).await.unwrap();
    assert_eq!(saved.len(), 1);
    let orgs = townhall::db::organisations::of_member(&app.db, saved[0].user_id).await.unwrap();
    assert!(orgs.iter().any(|(o, _)| o.is_verified()), "its owner belongs to a verified organisation");
    let page = {
        let (status, body) = app.page(&format!("/en/alerts/{}/feed.atom", saved[0].feed_token)).await;
        assert_eq!(status, 200);
        body
    };
    assert!(page.contains("<feed"));
}

#[tokio::test]
async fn a_new_indicator_value_reaches_a_matching_saved_search() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = townhall::db::cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (watcher, _) = person(&app, "gauges@example.org", "Gauges").await;
        let r = watcher
            .post("/en/account/saved-searches", &[("q", "tide gauge"), ("type", "value"), ("frequency", "immediate")])
            .await;
        assert_eq!(r.status(), 303);
        let (staff, staff_id) = person(&app, "stats@example.org", "Statistics Unit").await;
        townhall::db::roles::grant(&app.db, staff_id, city.id, townhall::domain::accounts::Role::Staff, 0)
            .await
            .unwrap();
        let values = format!("/en/{CITY}/admin/indicators/FLOOD-WARNED/values");
        let r = staff
            .post(
                &values,
                &[
                    ("date", "2026-06-30"),
                    ("value", "84"),
                    ("source", "Tide gauge network report"),
                    ("publisher", "Unit"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = staff
            .post(&values, &[("date", "2026-09-30"), ("value", "86"), ("source", "Ward survey"), ("publisher", "Unit")])
            .await;
        assert_eq!(r.status(), 303);
        app.wait_for_index().await;
        assert_eq!(deliver(&app).await, 1);
        let mail = outbox::latest_to(&app.db, "gauges@example.org").await.unwrap().unwrap();
        assert!(mail.body_text.contains("Tide gauge network report"));
        assert!(!mail.body_text.contains("Ward survey"));
        assert!(mail.body_text.contains(&format!("/en/{CITY}/indicators/FLOOD-WARNED#value-")));
        // Values are searchable by type too.
        let (status, page) = app.page(&format!("/en/search?q=gauge&type=value&city={CITY}")).await;
        assert_eq!(status, 200);
        assert!(page.contains("1 result"), "{}", page.split("role=\"status\"").nth(1).unwrap_or(""));
    });
}
