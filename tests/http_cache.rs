//! HTTP caching as a browser or a proxy sees it: public pages and API answers carry validators
//! and answer 304 when nothing changed, a change gives new bytes at once, personal pages are
//! never shared, and only pages with a form give a new visitor a session cookie.

mod common;

use common::{person, TestApp};
use reqwest::header::{CACHE_CONTROL, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, SET_COOKIE, VARY};
use townhall::db::{cities, comments, roles};
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

/// Two counters from `/metrics`.
async fn counters(base: &str, first: &str, second: &str) -> (u64, u64) {
    let text = reqwest::get(format!("{base}/metrics")).await.unwrap().text().await.unwrap();
    let value = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name).and_then(|v| v.strip_prefix(' ')).and_then(|v| v.trim().parse().ok()))
            .unwrap()
    };
    (value(first), value(second))
}

/// The page cache's own counters: (served from memory, rendered).
async fn cache_counts(base: &str) -> (u64, u64) {
    counters(base, "townhall_page_cache_hits_total", "townhall_page_cache_misses_total").await
}

/// Waits until a process keeps pages in memory. On PostgreSQL a process that has just started
/// keeps none until every transaction older than it is over, and tests running beside this one
/// hold some open for a moment.
async fn until_pages_are_kept(base: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let home = format!("{base}/en/");
    loop {
        let (hits, _) = cache_counts(base).await;
        assert_eq!(reqwest::get(&home).await.unwrap().status(), 200);
        if cache_counts(base).await.0 > hits {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the page cache never became ready");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn public_pages_come_from_memory_compressed_and_never_stale() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        until_pages_are_kept(&app.base).await;
        let anonymous = reqwest::Client::new();
        let c3 = app.url(&format!("/en/{CITY}/commitments/C-3"));
        let c2 = app.url(&format!("/en/{CITY}/commitments/C-2"));
        let overview = app.url(&format!("/en/{CITY}/"));
        let fresh = anonymous.get(&c3).send().await.unwrap().text().await.unwrap();
        for page in [&c2, &overview] {
            assert_eq!(anonymous.get(page).send().await.unwrap().status(), 200);
        }
        let (hits, _) = cache_counts(&app.base).await;
        let again = anonymous.get(&c3).send().await.unwrap();
        assert_eq!(again.headers().get("content-encoding"), None, "asked for no encoding, given none");
        assert_eq!(again.text().await.unwrap(), fresh, "the same bytes");
        assert_eq!(cache_counts(&app.base).await.0, hits + 1, "the second visitor is served from memory");

        // Compressed once, as each client accepts; both decode to the page.
        let r = anonymous.get(&c3).header("accept-encoding", "gzip, br").send().await.unwrap();
        assert_eq!(r.headers()["content-encoding"], "br");
        assert!(header(&r, VARY).to_lowercase().contains("accept-encoding"));
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &r.bytes().await.unwrap()[..], &mut decoded).unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), fresh);
        let r = anonymous.get(&c3).header("accept-encoding", "gzip").send().await.unwrap();
        assert_eq!(r.headers()["content-encoding"], "gzip");
        let mut decoded = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&r.bytes().await.unwrap()[..]), &mut decoded)
            .unwrap();
        assert_eq!(decoded, fresh);
        // Revalidation and HEAD from memory too.
        let etag = header(&anonymous.get(&c3).send().await.unwrap(), ETAG);
        assert_eq!(anonymous.get(&c3).header(IF_NONE_MATCH, etag.as_str()).send().await.unwrap().status(), 304);
        let head = anonymous.head(&c3).send().await.unwrap();
        assert_eq!(head.status(), 200);
        assert!(head.bytes().await.unwrap().is_empty());

        // A resident comments on C-3: the next anonymous visitor sees it, on C-3 and in the
        // overview's counts, while C-2's page stays in memory.
        let (resident, _) = person(&app, "resident@example.org", "Amina").await;
        let r =
            resident.post(&format!("/en/{CITY}/commitments/C-3/comments"), &[("body", "Seen from the pier.")]).await;
        assert_eq!(r.status(), 303);
        assert!(anonymous.get(&c3).send().await.unwrap().text().await.unwrap().contains("Seen from the pier."));
        let (hits, misses) = cache_counts(&app.base).await;
        assert_eq!(anonymous.get(&c2).send().await.unwrap().status(), 200);
        assert_eq!(cache_counts(&app.base).await, (hits + 1, misses), "another item's page is kept");
        assert_eq!(anonymous.get(&overview).send().await.unwrap().status(), 200);
        assert_eq!(cache_counts(&app.base).await.1, misses + 1, "the overview counts comments: rendered again");

        // Search results too, until the index applies a change (the comment above first).
        app.wait_for_index().await;
        let search = app.url("/en/search?q=pelican");
        assert!(!anonymous.get(&search).send().await.unwrap().text().await.unwrap().contains("Pelicans"));
        let (hits, _) = cache_counts(&app.base).await;
        assert_eq!(anonymous.get(&search).send().await.unwrap().status(), 200);
        assert_eq!(cache_counts(&app.base).await.0, hits + 1, "a repeated search is served from memory");
        let r =
            resident.post(&format!("/en/{CITY}/commitments/C-3/comments"), &[("body", "Pelicans nest here.")]).await;
        assert_eq!(r.status(), 303);
        app.wait_for_index().await;
        let found = anonymous.get(&search).send().await.unwrap().text().await.unwrap();
        assert!(found.contains("Pelicans"), "{}", &found[found.find("<main").unwrap_or(0)..]);

        // A staff action may show on any page of the city: C-2 is rendered again.
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let fields =
            [("item", "C-2"), ("status", "delayed"), ("progress", "10"), ("publisher", "ICT"), ("text_en", "Held up.")];
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/updates/new"), &fields).await.status(), 303);
        assert!(anonymous.get(&c2).send().await.unwrap().text().await.unwrap().contains("Held up."));

        // Signed-in visitors and visitors with a session are never served a shared page.
        let (hits, _) = cache_counts(&app.base).await;
        let mine = resident.get(&format!("/en/{CITY}/commitments/C-3")).await;
        assert!(header(&mine, CACHE_CONTROL).contains("no-store"));
        assert_eq!(cache_counts(&app.base).await.0, hits);
    });
}

/// The residents' counters: (pages made from a kept render, renders).
async fn resident_counts(base: &str) -> (u64, u64) {
    counters(base, "townhall_page_cache_resident_hits_total", "townhall_page_cache_resident_misses_total").await
}

/// Signed-in residents share one render of a page, each with their own name, token, comment
/// controls and follow button: byte for byte the page a full render gives them.
#[tokio::test]
async fn signed_in_residents_share_one_render_with_their_own_parts() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        until_pages_are_kept(&app.base).await;
        let c3 = format!("/en/{CITY}/commitments/C-3");
        let (amina, amina_id) = person(&app, "amina@example.org", "Amina <Juma> & 'Co'").await;
        let (baraka, _) = person(&app, "baraka@example.org", "Baraka").await;
        assert_eq!(amina.post(&format!("{c3}/comments"), &[("body", "The pier lights are out.")]).await.status(), 303);
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let c3_id = townhall::db::commitments::by_ref(&app.db, city.id, 3).await.unwrap().unwrap().row.id;
        let comment = comments::top_level_page(&app.db, "commitment", c3_id, true, 1, 0).await.unwrap().remove(0);
        assert_eq!(comment.author_id, Some(amina_id));
        let (edit, flag) = (format!("/comments/{}/edit", comment.id), format!("/comments/{}/flag", comment.id));

        let (hits, misses) = resident_counts(&app.base).await;
        let for_baraka = baraka.get(&c3).await.text().await.unwrap();
        assert_eq!(resident_counts(&app.base).await, (hits, misses + 1), "rendered once for residents");
        let for_amina = amina.get(&c3).await.text().await.unwrap();
        assert_eq!(resident_counts(&app.base).await, (hits + 1, misses + 1), "then made from that render");

        for (page, name, browser) in
            [(&for_baraka, "Baraka", &baraka), (&for_amina, "Amina &#60;Juma&#62; &#38; &#39;Co&#39;", &amina)]
        {
            assert!(page.contains(&format!("({name})")), "their own name: {name}");
            assert!(page.contains(&browser.csrf().await), "their own token: {name}");
            assert!(!page.contains("<!--th"), "no mark is left");
        }
        assert!(for_amina.contains(&edit) && !for_amina.contains(&flag), "her own comment: edit, not flag");
        assert!(for_baraka.contains(&flag) && !for_baraka.contains(&edit), "someone else's: flag, not edit");
        assert!(!for_baraka.contains("(Amina"), "nobody else's name in the header");

        // Following is hers alone, and needs no new render.
        assert_eq!(amina.post(&format!("{c3}/follow"), &[("follow", "1")]).await.status(), 303);
        let following = amina.get(&c3).await.text().await.unwrap();
        assert!(following.contains(r#"name="follow" value="0""#) && !following.contains(r#"name="follow" value="1""#));
        let not_following = baraka.get(&c3).await.text().await.unwrap();
        assert!(not_following.contains(r#"name="follow" value="1""#));
        assert_eq!(resident_counts(&app.base).await, (hits + 3, misses + 1));

        // The token in a page made from the shared render works.
        let token = common::extract_after(&following, r#"name="csrf_token" value=""#, 64).unwrap();
        let r = amina
            .client
            .post(amina.url(&format!("{c3}/comments")))
            .form(&[("body", "And the ramp is broken."), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        // A new comment: the page is rendered again, and shows it.
        assert!(baraka.get(&c3).await.text().await.unwrap().contains("And the ramp is broken."));
        assert_eq!(resident_counts(&app.base).await, (hits + 3, misses + 2));

        // Byte for byte what a server without the page cache renders for each of them.
        let db = townhall::db::Db::connect(&app.db_url).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config =
            townhall::config::Config { data_dir: dir.path().to_path_buf(), page_cache_mb: 0, ..app.config.clone() };
        let (plain_base, _stop) = common::serve(db, config).await;
        for browser in [&amina, &baraka] {
            let shared = browser.get(&c3).await.text().await.unwrap();
            let full = browser.client.get(format!("{plain_base}{c3}")).send().await.unwrap().text().await.unwrap();
            assert_eq!(shared, full);
        }

        // Staff see more than residents: their pages are rendered for them alone.
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Moderator, 0).await.unwrap();
        let counts = resident_counts(&app.base).await;
        let page = staff.get(&c3).await.text().await.unwrap();
        assert!(page.contains("/admin/moderation/"), "moderation controls");
        assert_eq!(resident_counts(&app.base).await, counts);
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
        // A real second process: the townhall binary, with its own memory, page cache and index.
        let toml = "[limits]\nlogin_per_account_per_minute = 4\nlogin_per_ip_per_minute = 1000\n";
        let process = app.other_os_process(toml).await;
        let other = process.base.clone();
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

        // A new update through the first process is on the second one's page at once, though
        // the second process holds that page in memory.
        let page = format!("{other}/en/{CITY}/commitments/C-3");
        let anonymous = reqwest::Client::new();
        until_pages_are_kept(&other).await;
        let before = anonymous.get(&page).send().await.unwrap();
        let etag = header(&before, ETAG);
        let (hits, _) = cache_counts(&other).await;
        assert_eq!(anonymous.get(&page).send().await.unwrap().status(), 200);
        assert_eq!(cache_counts(&other).await.0, hits + 1, "served from the second process's memory");
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

        // A resident's comment through the first process, on the second process's page at once.
        let (resident, _) = person(&app, "resident@example.org", "Amina").await;
        let r = resident.post(&format!("/en/{CITY}/commitments/C-3/comments"), &[("body", "Across processes.")]).await;
        assert_eq!(r.status(), 303);
        assert!(anonymous.get(&page).send().await.unwrap().text().await.unwrap().contains("Across processes."));
    }
}
