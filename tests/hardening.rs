//! Hostile or mistaken input gets a clear 4xx and changes nothing; nothing leaks; nothing is
//! lost — on every backend.

mod common;

use common::{person, TestApp};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use townhall::db::{cities, roles, Db};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";

fn fr() -> I18n {
    I18n::new(townhall::domain::Locale::Fr)
}

#[tokio::test]
async fn dates_outside_any_plan_are_refused_in_the_readers_language() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        for query in ["to=%2B262142-12-31", "from=-262143-01-01&to=-262143-01-10", "from=0000-01-01", "to=9999-12-31"] {
            for format in ["", "&format=csv", "&format=json"] {
                let (status, body) = app.page(&format!("/fr/{CITY}/report?{query}{format}")).await;
                assert_eq!(status, 422, "{query}{format}");
                assert!(body.contains(&fr().t("form-invalid-date")), "explained in French: {query}");
                assert!(body.contains(r#"lang="fr""#));
            }
            let r = app.get(&format!("/api/v1/cities/{CITY}/report?{query}")).await;
            assert_eq!(r.status(), 400, "API {query}");
            let json: serde_json::Value = r.json().await.unwrap();
            assert_eq!(json["error"]["status"], 400);
            assert!(json["error"]["message"].as_str().unwrap().contains('“'), "names the parameter: {json}");
        }
        // The process is still answering.
        assert_eq!(app.page(&format!("/en/{CITY}/report")).await.0, 200);
    });
}

#[tokio::test]
async fn filters_that_cannot_be_used_are_reported_not_ignored() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (status, body) = app.page("/en/search?from=30-06-2027&q=flood").await;
        assert_eq!(status, 422);
        assert!(body.contains(r#"id="f-from-error""#) && body.contains(r#"class="error-summary""#));
        assert!(body.contains(r#"value="flood""#), "the words are kept");
        assert!(body.contains(r#"value="30-06-2027""#), "the bad value is shown to be corrected");

        let (status, body) = app.page(&format!("/en/{CITY}/report?from=2027-01-01&to=2026-01-01")).await;
        assert_eq!(status, 422);
        assert!(body.contains(&I18n::new(townhall::domain::Locale::En).t("form-period-reversed")));

        for (path, param) in [
            ("/api/v1/cities/port-amani/comments?limit=90202", "limit"),
            ("/api/v1/cities/port-amani/comments?limit=-3", "limit"),
            ("/api/v1/cities/port-amani/updates?after=x", "after"),
            ("/api/v1/search?type=bogus", "type"),
            ("/api/v1/search?q=a&q=b", "q"),
            ("/api/v1/cities/port-amani/report?sdg=18", "sdg"),
        ] {
            let r = app.get(path).await;
            assert_eq!(r.status(), 400, "{path}");
            let json: serde_json::Value = r.json().await.unwrap();
            assert!(json["error"]["message"].as_str().unwrap().contains(param), "{path}: {json}");
        }
        // Repeated parameters on a listing are refused too.
        assert_eq!(app.get("/api/v1/cities/port-amani/comments?limit=5&limit=6").await.status(), 400);
        // Good values still work.
        assert_eq!(app.get("/api/v1/cities/port-amani/comments?limit=1000").await.status(), 200);
        assert_eq!(app.page("/en/search?q=flood&from=2020-01-01&to=2030-12-31").await.0, 200);
    });
}

#[tokio::test]
async fn a_panic_becomes_a_counted_500_page_not_a_dropped_connection() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let state = townhall::state::AppState::new(app.db.clone(), app.config.clone()).await.unwrap();
        let boom = axum::Router::new().route(
            "/{locale}/boom",
            axum::routing::get(|| async {
                if true {
                    panic!("a bug");
                }
                "never"
            }),
        );
        let router = townhall::web::router_with(state, boom);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap()
        });
        let client = reqwest::Client::new();
        let r = client.get(format!("{base}/fr/boom")).send().await.expect("an answer, not a dropped connection");
        assert_eq!(r.status(), 500);
        let body = r.text().await.unwrap();
        assert!(body.contains(&fr().t("error-server-title")), "a translated page");
        let metrics = client.get(format!("{base}/metrics")).send().await.unwrap().text().await.unwrap();
        assert!(metrics.lines().any(|l| l == "townhall_http_panics_total 1"), "{metrics}");
    });
}

#[tokio::test]
async fn only_same_origin_paths_survive_login() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let _ = person(&app, "amina@example.org", "Amina").await;
        for (next, expected) in [
            // Percent signs typed into the field are just characters of a same-origin path.
            ("/%09/evil.example/phish", "/%09/evil.example/phish"),
            ("/\t/evil.example/phish", "/en/"),
            ("/en/%0D%0AX:1", "/en/%0D%0AX:1"),
            ("/en/\r\nX:1", "/en/"),
            ("//evil.example", "/en/"),
            ("/\\evil.example", "/en/"),
            ("https://evil.example/", "/en/"),
            ("/en/port-amani/", "/en/port-amani/"),
        ] {
            let browser = common::Browser::new(&app);
            let r = browser
                .post("/en/login", &[("email", "amina@example.org"), ("password", common::PASSWORD), ("next", next)])
                .await;
            assert_eq!(r.status(), 303, "{next:?}");
            assert_eq!(r.headers()["location"], expected, "{next:?}");
        }
        // The link of the report: the tab arrives decoded and the form does not keep it.
        for query in ["next=/%09/evil.example/phish", "next=/en/%0D%0AX:1"] {
            let (status, body) = app.page(&format!("/en/login?{query}")).await;
            assert_eq!(status, 200);
            assert!(body.contains(r#"name="next" value="/en/""#), "{query}");
        }
    });
}

#[tokio::test]
async fn control_characters_never_reach_a_feed_and_nul_is_a_4xx() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Neema").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-2"),
                    ("status", "in_progress"),
                    ("progress", "40"),
                    ("publisher", "ICT\u{1}\u{0} office"),
                    ("text_en", "Cables\u{0} laid\u{b} along\u{1f} the market road."),
                    ("evidence_label_1", "Photo\u{7}"),
                    ("evidence_url_1", "https://example.org/photo"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        for feed in [format!("/en/{CITY}/feed.atom"), format!("/en/{CITY}/commitments/C-2/feed.atom")] {
            let (status, body) = app.page(&feed).await;
            assert_eq!(status, 200);
            assert!(body.contains("Cables laid along the market road."), "{feed}");
            assert!(!body.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')), "{feed} stays XML");
        }
        // NUL in any query or form field is refused or dropped, never a 500 (PostgreSQL refuses NUL).
        for path in ["/en/verify-email?token=ab%00cd", "/en/password/reset?token=%00", "/en/search?q=a%00b"] {
            assert_eq!(app.get(path).await.status(), 400, "{path}");
        }
        let r = app.post("/en/login", &[("email", "amina\u{0}@example.org"), ("password", "whatever-whatever")]).await;
        assert_eq!(r.status(), 422);
        let token = format!("{}\u{0}", "a".repeat(63));
        let r = app.post_raw("/en/unsubscribe", &[("token", token.as_str())]).await;
        assert_eq!(r.status(), 400);
        let r = staff.post(&format!("/en/{CITY}/organisations/new"), &[("name", "Bad\u{0}name")]).await;
        assert!(r.status().as_u16() < 500);
    });
}

async fn flag_rows(db: &Db, comment_id: i64) -> i64 {
    townhall::on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM flags WHERE comment_id = $1")
        .bind(comment_id)
        .fetch_one(p)
        .await
        .unwrap())
}

#[tokio::test]
async fn one_flag_per_person_limited_and_never_on_held_comments() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await.restart_with(|c| c.limits.flag_per_account_per_minute = 3).await;
        let (author, _) = person(&app, "author@example.org", "Author").await;
        let (reader, _) = person(&app, "reader@example.org", "Reader").await;
        let r =
            author.post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "Call me on 0700 000 000")]).await;
        let id: i64 = r.headers()["location"].to_str().unwrap().rsplit("#comment-").next().unwrap().parse().unwrap();
        for _ in 0..2 {
            let r = reader.post(&format!("/en/comments/{id}/flag"), &[("reason", "personal_data")]).await;
            assert_eq!(r.status(), 200);
        }
        assert_eq!(flag_rows(&app.db, id).await, 1, "a second flag by the same person is a no-op");
        let r = reader.post(&format!("/en/comments/{id}/flag"), &[("reason", "spam")]).await;
        assert_eq!(r.status(), 200);
        let r = reader.post(&format!("/en/comments/{id}/flag"), &[("reason", "spam")]).await;
        assert_eq!(r.status(), 429, "flags are rate limited");
        assert!(r.headers().contains_key("retry-after"));

        // A comment held for moderation cannot be flagged, and the answer reveals nothing.
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        townhall::on_pool!(&app.db, |p| sqlx::query("UPDATE cities SET moderation = 'pre' WHERE id = $1")
            .bind(city.id)
            .execute(p)
            .await
            .map(|_| ())
            .unwrap());
        let r = author.post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "Held for a moderator")]).await;
        let location = r.headers()["location"].to_str().unwrap().to_string();
        assert!(location.contains("held=1"));
        let held: i64 = location.rsplit("posted=").next().unwrap().split('&').next().unwrap().parse().unwrap();
        let other = person(&app, "other@example.org", "Other").await.0;
        let r = other.post(&format!("/en/comments/{held}/flag"), &[("reason", "spam")]).await;
        assert_eq!(r.status(), 404);
        assert!(!r.text().await.unwrap().contains("commitments/C-1"));
        assert_eq!(flag_rows(&app.db, held).await, 0);
    });
}

#[tokio::test]
async fn caches_never_keep_personal_pages_and_weak_validators_match() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (amina, _) = person(&app, "amina@example.org", "Amina").await;
        for path in ["/en/account", "/en/port-amani/", "/en/port-amani/commitments/C-1"] {
            let r = amina.get(path).await;
            assert_eq!(r.headers()["cache-control"], "private, no-store", "{path} signed in");
        }
        let r = app.get("/en/port-amani/admin/").await;
        assert_eq!(r.headers()["cache-control"], "private, no-store");
        let r = app.get("/api/v1/cities/port-amani/commitments").await;
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        for validator in [etag.clone(), format!("W/{etag}"), format!("\"other\", W/{etag}")] {
            let r = app
                .client
                .get(app.url("/api/v1/cities/port-amani/commitments"))
                .header("if-none-match", &validator)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 304, "{validator}");
        }
        // A huge query is not echoed in every link of the page.
        let long = "flood ".repeat(3000);
        let body = app.page(&format!("/en/search?{}", serde_urlencoded::to_string([("q", &long)]).unwrap())).await.1;
        assert!(body.len() < 200_000, "{} bytes", body.len());
    });
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend)
            .await
            .restart_with(|c| {
                c.header_read_timeout_secs = 1;
                c.idle_timeout_secs = 2;
            })
            .await;
        let addr = app.base.trim_start_matches("http://").to_string();
        let mut stream = tokio::net::TcpStream::connect(&addr).await.unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ").await.unwrap();
        let mut buf = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut buf)).await;
        assert!(closed.is_ok(), "the server closed the connection");
        // A connection that never says anything is closed too.
        let mut idle = tokio::net::TcpStream::connect(&addr).await.unwrap();
        let mut buf = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(10), idle.read_to_end(&mut buf)).await;
        assert!(closed.is_ok(), "an idle connection is closed");
        // Meanwhile everyone else is served.
        assert_eq!(app.page("/healthz").await.0, 200);
    });
}

#[tokio::test]
async fn a_transaction_slower_than_any_timeout_is_still_indexed() {
    for backend in common::backends() {
        let common::Backend::Postgres(_) = backend else { continue };
        let app = TestApp::spawn_demo(&backend).await;
        app.wait_for_index().await;
        let (b, _) = person(&app, "slow@example.org", "Slow").await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        // A use case that takes its change-log number and then stays open for 7 s (longer
        // than the old 5 s gap patience) while others commit after it.
        let Db::Postgres(pool) = &app.db else { unreachable!() };
        let mut tx = pool.begin().await.unwrap();
        let slow_id: i64 = sqlx::query_scalar(
            "INSERT INTO comments (city_id, target_type, target_id, author_id, body, language, channel, state,
                 is_official, created_at)
             VALUES ($1, 'commitment', (SELECT id FROM commitments WHERE city_id = $1 AND ref_no = 1), NULL,
                 'Tortoise words from a slow transaction', 'en', 'web', 'visible', FALSE, 1)
             RETURNING id",
        )
        .bind(city.id)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query("SELECT pg_current_xact_id()").execute(&mut *tx).await.unwrap();
        sqlx::query(
            "INSERT INTO search_changes (entity_type, entity_id, op, created_at) VALUES ('comment', $1, 'upsert', 1)",
        )
        .bind(slow_id)
        .execute(&mut *tx)
        .await
        .unwrap();
        let r = b.post(&format!("/en/{CITY}/commitments/C-2/comments"), &[("body", "Hare words posted later")]).await;
        assert_eq!(r.status(), 303);
        let hare_id: i64 =
            r.headers()["location"].to_str().unwrap().rsplit("#comment-").next().unwrap().parse().unwrap();
        tokio::time::sleep(Duration::from_secs(7)).await;
        tx.commit().await.unwrap();
        app.wait_for_index().await;
        for (words, id) in [("Tortoise", slow_id), ("Hare", hare_id)] {
            let body = app.page(&format!("/en/search?q={words}")).await.1;
            assert!(body.contains(&format!("#comment-{id}")), "{words} is searchable");
        }
    }
}

#[tokio::test]
async fn search_counts_and_labels_each_document_in_its_own_language() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, _) = person(&app, "lea@example.org", "Léa").await;
        let r = b
            .post(
                &format!("/en/{CITY}/commitments/C-3/comments"),
                &[("body", "Le Wi-Fi du marché central coupe chaque après-midi."), ("language", "fr")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = b
            .post(
                &format!("/en/{CITY}/commitments/C-3/comments"),
                &[("body", "The Wi-Fi at the fish market works well now."), ("language", "en")],
            )
            .await;
        assert_eq!(r.status(), 303);
        app.wait_for_index().await;

        let json: serde_json::Value = app.get("/api/v1/search?q=Wi-Fi&lang=fr").await.json().await.unwrap();
        let hits = json["hits"].as_array().unwrap();
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| h["lang"] == "fr"), "every hit is labelled French: {hits:?}");
        assert!(hits.iter().any(|h| h["snippet_html"].as_str().unwrap().contains("marché")));
        assert!(!hits.iter().any(|h| h["snippet_html"].as_str().unwrap().contains("fish market")));

        // The facet counts what a click on it returns.
        let all: serde_json::Value = app.get("/api/v1/search?q=Wi-Fi").await.json().await.unwrap();
        let facet = all["facets"]["lang"].as_array().unwrap();
        for entry in facet {
            let (lang, count) = (entry[0].as_str().unwrap(), entry[1].as_u64().unwrap());
            let filtered: serde_json::Value =
                app.get(&format!("/api/v1/search?q=Wi-Fi&lang={lang}")).await.json().await.unwrap();
            assert_eq!(filtered["total"].as_u64().unwrap(), count, "{lang}");
        }

        // Comment hits carry their item's title in the reader's language.
        let body = app.page("/fr/search?q=fish&type=comment").await.1;
        assert!(body.contains("Wi-Fi public gratuit dans tous les marchés municipaux"), "French title");
        assert!(!body.contains("Free public Wi-Fi in all municipal markets"));
    });
}
