//! Search: multilingual, accent-insensitive, always in step with the database — on every backend.

mod common;

use common::{person, Browser, TestApp};
use std::time::{Duration, Instant};
use townhall::db::{cities, roles};
use townhall::domain::accounts::Role;

const CITY: &str = "port-amani";

/// Polls a search until `needle` shows up (or stops showing up); returns the elapsed time.
async fn wait_until(client: &reqwest::Client, url: &str, needle: &str, present: bool) -> Option<Duration> {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(2) {
        let body = client.get(url).send().await.unwrap().text().await.unwrap();
        if body.contains(needle) == present {
            return Some(start.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

async fn post(b: &Browser, item: &str, body: &str, lang: &str) -> i64 {
    let r = b.post(&format!("/en/{CITY}/{item}/comments"), &[("body", body), ("language", lang)]).await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    location.rsplit("posted=").next().unwrap().split(['&', '#']).next().unwrap().parse().unwrap()
}

fn q(s: &str) -> String {
    serde_urlencoded::to_string([("q", s)]).unwrap()
}

#[tokio::test]
async fn comments_become_searchable_and_hidden_ones_disappear_within_two_seconds() {
    on_each_backend!(|backend| {
        let app =
            TestApp::spawn_demo(backend).await.restart_with(|c| c.limits.comment_per_account_per_minute = 100).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
        let (b, _) = person(&app, "s@example.org", "Searcher").await;
        let (m, mid) = person(&app, "m@example.org", "Mod").await;
        roles::grant(&app.db, mid, city, Role::Moderator, 0).await.unwrap();

        let id = post(
            &b,
            "commitments/C-1",
            "The painted bus lanes near Kariakoo market are blocked by parked lorries.",
            "en",
        )
        .await;
        let url = app.url(&format!("/en/search?{}", q("lorries")));
        let anchor = format!("/en/{CITY}/commitments/C-1#comment-{id}");
        let took = wait_until(&app.client, &url, &anchor, true).await.expect("searchable within 2 s");
        eprintln!("searchable after {took:?}");
        let page = app.page(&format!("/en/search?{}", q("lorries"))).await.1;
        assert!(page.contains("<b>lorries</b>"), "the match is highlighted");

        m.post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "hide"), ("reason", "off_topic")]).await;
        wait_until(&app.client, &url, &anchor, false).await.expect("gone within 2 s");
    });
}

#[tokio::test]
async fn queries_match_across_languages_accents_phrases_and_exclusions() {
    on_each_backend!(|backend| {
        let app =
            TestApp::spawn_demo(backend).await.restart_with(|c| c.limits.comment_per_account_per_minute = 100).await;
        let (b, _) = person(&app, "l@example.org", "Lugha").await;
        let fr = post(&b, "commitments/C-2", "Il manque de l'équipement sportif au stade municipal.", "fr").await;
        let en = post(&b, "commitments/C-2", "More bus lanes please, and fewer taxis blocking them.", "en").await;
        let sw = post(&b, "commitments/C-2", "Njia za basi zimesaidia sana wafanyabiashara wa soko.", "sw").await;
        let zh = post(&b, "commitments/C-2", "公交车站离我家太远了。", "zh").await;
        let es = post(&b, "commitments/C-2", "Los carriles de autobús funcionan bien.", "es").await;
        let ru = post(&b, "commitments/C-2", "Автобусные полосы помогают добираться до работы.", "ru").await;
        let last = format!("#comment-{ru}");
        wait_until(&app.client, &app.url(&format!("/en/search?{}", q("добираться"))), &last, true)
            .await
            .expect("indexed");

        let find = |query: &str| {
            let url = format!("/en/search?{}", q(query));
            let app = &app;
            async move { app.page(&url).await.1 }
        };
        let has = |page: &str, id: i64| page.contains(&format!("#comment-{id}\""));
        assert!(has(&find("equipement").await, fr), "accent-insensitive");
        assert!(has(&find("ÉQUIPEMENTS").await, fr), "case and plural");
        assert!(has(&find("lane").await, en), "English stemming");
        assert!(has(&find("basi").await, sw), "Swahili");
        assert!(has(&find("公交").await, zh), "Chinese bigrams");
        assert!(has(&find("carril").await, es), "Spanish stemming");
        assert!(has(&find("автобусная").await, ru), "Russian stemming");
        let phrase = find("\"bus lanes\"").await;
        assert!(has(&phrase, en));
        assert!(!has(&find("\"lanes bus\"").await, en), "phrases keep their order");
        assert!(!has(&find("bus -taxis").await, en), "exclusions");
        assert!(has(&find("bus").await, en));
    });
}

#[tokio::test]
async fn filters_facets_json_and_hostile_queries() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, _) = person(&app, "f@example.org", "Facet").await;
        let id = post(&b, "commitments/C-3", "Flood sensors on the Msimbazi river work well.", "en").await;
        wait_until(&app.client, &app.url(&format!("/en/search?{}", q("msimbazi"))), &format!("#comment-{id}"), true)
            .await
            .expect("indexed");

        // The demo's commitments, projects and updates are searchable too (indexed from the change log).
        let all: serde_json::Value = app.get("/api/v1/search").await.json().await.unwrap();
        let types: Vec<String> =
            all["facets"]["type"].as_array().unwrap().iter().map(|b| b[0].as_str().unwrap().to_string()).collect();
        for kind in ["commitment", "project", "update", "comment"] {
            assert!(types.contains(&kind.to_string()), "{kind} in {types:?}");
        }
        let only_comments: serde_json::Value = app.get("/api/v1/search?type=comment").await.json().await.unwrap();
        assert_eq!(only_comments["total"], 1);
        assert_eq!(only_comments["hits"][0]["link"], format!("/{CITY}/commitments/C-3#comment-{id}"));
        let none: serde_json::Value =
            app.get("/api/v1/search?type=comment&from=2000-01-01&to=2000-12-31").await.json().await.unwrap();
        assert_eq!(none["total"], 0, "date range");
        let page = app.page(&format!("/en/search?{}&type=comment", q("zzzznothing"))).await.1;
        assert!(page.contains(&townhall::i18n::I18n::new(townhall::domain::Locale::En).t("search-none-title")));
        let page = app.page("/en/search?q=river&type=update").await.1;
        assert!(page.contains("aria-current=\"true\"") || page.contains("search-layout"));

        let long = "x".repeat(20_000);
        for hostile in [
            "\"unclosed",
            "(((",
            "title_en:",
            "a:b:c",
            "-",
            "*",
            "[1 TO",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            long.as_str(),
        ] {
            let r = app.get(&format!("/en/search?{}", q(hostile))).await;
            assert_eq!(r.status(), 200, "{}", &hostile[..hostile.len().min(30)]);
            let body = r.text().await.unwrap();
            assert!(!body.contains("<script>alert"), "query is escaped");
            let r = app.get(&format!("/api/v1/search?{}", q(hostile))).await;
            assert_eq!(r.status(), 200);
        }
        // Filters that cannot be used are reported beside their fields, not silently ignored.
        let r = app.get("/en/search?page=999999&sdg=abc&from=yesterday").await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        for field in ["page", "sdg", "from"] {
            assert!(body.contains(&format!(r#"id="f-{field}-error""#)), "{field} is explained");
        }
    });
}

#[tokio::test]
async fn the_index_resumes_after_a_restart_and_each_process_keeps_its_own() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, _) = person(&app, "p@example.org", "Process").await;
        // A second server process on the same database, with its own index.
        let (other, stop_other, _dir) = app.second_process().await;
        let id = post(&b, "projects/2", "The depot roof leaks over bay three.", "en").await;
        let anchor = format!("#comment-{id}");
        let client = reqwest::Client::new();
        wait_until(&client, &format!("{other}/en/search?{}", q("depot roof")), &anchor, true)
            .await
            .expect("found on the other process");
        drop(stop_other);
        app.wait_for_index().await;

        // Changes made while a server is down are picked up from the stored sequence.
        let app = app.restart_with(|_| {}).await;
        let seq_before =
            townhall::search::committed_seq(&townhall::search::Search::open(&app.config.index_dir()).unwrap().index);
        assert!(seq_before > 0, "the last applied sequence is stored in the index");
        let b = Browser::new(&app);
        let r = b.post("/en/login", &[("email", "p@example.org"), ("password", common::PASSWORD)]).await;
        assert_eq!(r.status(), 303);
        let id2 = post(&b, "projects/2", "Second report: the gutters overflow.", "en").await;
        wait_until(&app.client, &app.url(&format!("/en/search?{}", q("gutters"))), &format!("#comment-{id2}"), true)
            .await
            .expect("found after restart");
        assert!(app.page(&format!("/en/search?{}", q("depot roof"))).await.1.contains(&anchor), "nothing lost");
    });
}

#[tokio::test]
async fn an_index_from_an_older_version_is_rebuilt_from_the_database() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, _) = person(&app, "old@example.org", "Upgrader").await;
        let id = post(&b, "projects/2", "The ferry ramp is cracked.", "en").await;
        app.wait_for_index().await;

        // A data directory whose index was written with another schema, claiming to be
        // far ahead in the change log: its content cannot be trusted and must be rebuilt.
        let old = tempfile::tempdir().unwrap();
        let mut builder = tantivy::schema::Schema::builder();
        let key = builder.add_text_field("key", tantivy::schema::STRING | tantivy::schema::STORED);
        std::fs::create_dir_all(old.path().join("index")).unwrap();
        let index = tantivy::Index::create_in_dir(old.path().join("index"), builder.build()).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        writer.add_document(tantivy::doc!(key => "comment:999999")).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload("999999999");
        prepared.commit().unwrap();
        drop(writer);

        let old_dir = old.path().to_path_buf();
        let app = app.restart_with(move |c| c.data_dir = old_dir).await;
        app.wait_for_index().await;
        let found = app.page(&format!("/en/search?{}", q("ferry ramp"))).await.1;
        assert!(found.contains(&format!("#comment-{id}")), "rebuilt with the database's comments");
        let report: serde_json::Value = app.get(&format!("/en/{CITY}/report?format=json")).await.json().await.unwrap();
        assert_eq!(report["feedback"]["comments"], 1, "the report counts from the rebuilt index");
    });
}

#[tokio::test]
async fn reindex_rebuilds_the_index_from_the_database() {
    let app = TestApp::spawn_demo(&common::Backend::Sqlite).await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
        .arg("reindex")
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", app.dir.path().join("other"))
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let index = townhall::search::Search::open(&app.dir.path().join("other").join("index")).unwrap();
    assert!(index.num_docs() >= 12 + 8 + 40, "{} documents", index.num_docs());
    let results = townhall::search::query::run(
        &index,
        &townhall::search::query::SearchRequest { q: "flood".into(), ..Default::default() },
        townhall::domain::Locale::En,
    )
    .unwrap();
    assert!(results.total > 0);
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start_server(app: &TestApp, data_dir: &std::path::Path, port: u16) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
        .arg("serve")
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", data_dir)
        .env("TOWNHALL_ADDR", format!("127.0.0.1:{port}"))
        .env("TOWNHALL_CONFIG", data_dir.join("townhall.toml"))
        .env("RUST_LOG", "error")
        .spawn()
        .unwrap()
}

async fn wait_healthy(base: &str) {
    for _ in 0..100 {
        if reqwest::get(format!("{base}/healthz")).await.is_ok_and(|r| r.status() == 200) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("server at {base} did not start");
}

#[tokio::test]
async fn after_kill_9_every_acknowledged_comment_is_stored_and_found() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        common::person(&app, "k@example.org", "Killed").await;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("townhall.toml"),
            "[limits]\ncomment_per_account_per_minute = 100000\ncomment_per_ip_per_minute = 100000\n",
        )
        .unwrap();
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let mut server = start_server(&app, dir.path(), port);
        wait_healthy(&base).await;
        let b = Browser { base: base.clone(), client: app.new_browser() };
        assert_eq!(
            b.post("/en/login", &[("email", "k@example.org"), ("password", common::PASSWORD)]).await.status(),
            303
        );
        let token = b.csrf().await;
        // Eight writers post as fast as they can; the server is killed in the middle.
        let acknowledged = std::sync::Arc::new(tokio::sync::Mutex::new(Vec::<(String, i64)>::new()));
        let mut writers = Vec::new();
        for w in 0..8 {
            let (client, url, token, acknowledged) = (
                b.client.clone(),
                b.url("/en/port-amani/commitments/C-5/comments"),
                token.clone(),
                acknowledged.clone(),
            );
            writers.push(tokio::spawn(async move {
                for n in 0..1000 {
                    let word = format!("kilo{w}x{n}");
                    let body = format!("{word} report from the harbour");
                    let Ok(r) =
                        client.post(&url).form(&[("body", body.as_str()), ("csrf_token", token.as_str())]).send().await
                    else {
                        return;
                    };
                    if r.status() != 303 {
                        return;
                    }
                    let location = r.headers()["location"].to_str().unwrap().to_string();
                    let id: i64 =
                        location.rsplit("posted=").next().unwrap().split(['&', '#']).next().unwrap().parse().unwrap();
                    acknowledged.lock().await.push((word, id));
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(600)).await;
        server.kill().unwrap(); // SIGKILL: no graceful shutdown, no final commit.
        server.wait().unwrap();
        for w in writers {
            let _ = w.await;
        }
        let acknowledged = acknowledged.lock().await.clone();
        assert!(acknowledged.len() > 5, "the load ran ({} comments acknowledged)", acknowledged.len());

        let mut server = start_server(&app, dir.path(), port);
        wait_healthy(&base).await;
        for (word, id) in &acknowledged {
            assert!(townhall::db::comments::by_id(&app.db, *id).await.unwrap().is_some(), "{word} is in the database");
        }
        // Every acknowledged comment is searchable again.
        let start = Instant::now();
        loop {
            let all: serde_json::Value =
                b.client.get(format!("{base}/api/v1/search?type=comment")).send().await.unwrap().json().await.unwrap();
            if all["total"].as_u64().unwrap_or(0) as usize >= acknowledged.len() {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "index caught up: {} of {}",
                all["total"],
                acknowledged.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        for (word, id) in acknowledged.iter().step_by(7) {
            let url = format!("{base}/en/search?{}", q(word));
            wait_until(&b.client, &url, &format!("#comment-{id}"), true)
                .await
                .unwrap_or_else(|| panic!("{word} is searchable"));
        }
        server.kill().unwrap();
        server.wait().unwrap();
    });
}

#[tokio::test]
async fn active_filters_can_be_removed_one_by_one() {
    let app = TestApp::spawn_demo(&common::Backend::Sqlite).await;
    app.wait_for_index().await;
    let (status, page) = app.page("/en/search?q=water&type=update&city=port-amani").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(r#"<a href="?q=water&#38;city=port-amani">Remove Type: Update</a>"#),
        "type removed, the rest kept"
    );
    assert!(page.contains(r#"<a href="?q=water&#38;type=update">Remove City: Port Amani</a>"#));
}

/// The indexer reads each batch's comments by id, and saved-search alerts read documents by
/// key. Those lists must be one prepared statement whatever their length: a statement per
/// list filled every connection's statement cache with large statements, and a server taking
/// comments grew by about 0.35 KB per comment (most of its memory after the load bench).
#[tokio::test]
async fn lists_of_ids_and_keys_are_one_prepared_statement_whatever_their_length() {
    for backend in common::backends() {
        let app = TestApp::spawn_full_demo(&backend).await;
        let ids: Vec<i64> = townhall::on_pool!(&app.db, |p| sqlx::query_scalar(
            "SELECT id FROM comments WHERE state = 'visible' ORDER BY id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
        assert!(ids.len() >= 30, "{backend:?}: the demo has comments ({})", ids.len());
        let one_connection = townhall::db::Db::connect_with(&app.db_url, Some(1)).await.unwrap();
        let keys: Vec<String> = ids.iter().map(|i| format!("comment:{i}")).collect();
        for n in 1..=30 {
            let found = townhall::db::comments::by_ids(&one_connection, &ids[..n]).await.unwrap();
            let mut found_ids: Vec<i64> = found.iter().map(|c| c.id).collect();
            found_ids.sort();
            assert_eq!(found_ids, ids[..n].to_vec(), "{backend:?}: the comments asked for, no others");
            townhall::db::comments::replies_to(&one_connection, &ids[..n]).await.unwrap();
            let known = townhall::db::saved_searches::known_documents(&one_connection, &keys[..n]).await.unwrap();
            assert!(known.iter().all(|k| keys[..n].contains(k)), "{backend:?}: only keys asked for");
        }
        let cached = townhall::on_pool!(&one_connection, |p| {
            let conn = p.acquire().await.unwrap();
            sqlx::Connection::cached_statements_size(&*conn)
        });
        assert!(cached <= 5, "{backend:?}: 90 lists of 30 lengths left {cached} statements in the cache");
        one_connection.close().await;
    }
}

/// A transaction's change-log rows (on SQLite written together at its commit) appear in the
/// order they were recorded once it commits, and not at all when it rolls back.
#[tokio::test]
async fn change_log_rows_appear_in_order_at_commit_and_never_after_a_rollback() {
    use townhall::db::changes;
    for backend in common::backends() {
        let app = TestApp::spawn(&backend).await;
        let before = changes::latest_seq(&app.db).await.unwrap();
        let mut tx = app.db.begin().await.unwrap();
        changes::record(&mut tx, "comment", 7, "upsert").await.unwrap();
        tx.rollback().await.unwrap();
        assert_eq!(changes::after(&app.db, before, 10).await.unwrap().len(), 0, "{backend:?}: rolled back");
        let mut tx = app.db.begin().await.unwrap();
        for (id, op) in [(3, "upsert"), (1, "delete"), (2, "upsert")] {
            changes::record(&mut tx, "comment", id, op).await.unwrap();
        }
        tx.commit().await.unwrap();
        let logged: Vec<(String, i64, String)> = changes::after(&app.db, before, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|c| (c.entity_type, c.entity_id, c.op))
            .collect();
        let expected: Vec<(String, i64, String)> =
            [(3, "upsert"), (1, "delete"), (2, "upsert")].map(|(i, o)| ("comment".into(), i, o.into())).to_vec();
        assert_eq!(logged, expected, "{backend:?}: in the order recorded");
    }
}
