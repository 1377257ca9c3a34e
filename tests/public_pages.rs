//! The public accountability pages, over HTTP, on every backend.

mod common;

use common::TestApp;
use townhall::db::{cities, commitments};
use townhall::domain::Locale;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";

/// Every public page of the demo city, as paths after `/{locale}`.
fn public_paths() -> Vec<String> {
    let mut paths =
        vec!["/".to_string(), format!("/{CITY}/"), format!("/{CITY}/commitments"), format!("/{CITY}/projects")];
    paths.extend((1..=12).map(|n| format!("/{CITY}/commitments/C-{n}")));
    paths.extend((1..=8).map(|n| format!("/{CITY}/projects/{n}")));
    paths
}

#[tokio::test]
async fn every_public_page_answers_in_every_locale() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        for locale in Locale::ALL {
            for path in public_paths() {
                let url = format!("/{}{}", locale.id(), path);
                let (status, body) = app.page(&url).await;
                assert_eq!(status, 200, "{url}");
                assert!(
                    body.contains(&format!(r#"<html lang="{}" dir="{}">"#, locale.id(), locale.dir())),
                    "{url}: wrong html lang/dir"
                );
                assert_eq!(body.matches("<h1").count(), 1, "{url}: exactly one h1");
                assert!(body.contains(r##"class="skip-link" href="#main""##), "{url}: skip link");
                // The switcher offers every other language for this same page.
                for other in Locale::ALL {
                    assert!(body.contains(&format!(r#"href="/{}{}""#, other.id(), path)), "{url}: switcher to {other}");
                }
                // No untranslated message ids leak into the page.
                assert!(!body.contains(">status-") && !body.contains(">theme-"), "{url}: raw message id");
            }
        }
    });
}

#[tokio::test]
async fn arabic_pages_are_right_to_left_and_translated() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (_, body) = app.page(&format!("/ar/{CITY}/commitments")).await;
        assert!(body.contains(r#"<html lang="ar" dir="rtl">"#));
        let ar = I18n::new(Locale::Ar);
        assert!(body.contains(&ar.t("commitments-title")));
        assert_ne!(ar.t("commitments-title"), I18n::new(Locale::En).t("commitments-title"));
    });
}

#[tokio::test]
async fn unknown_things_get_a_translated_404() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let fr = I18n::new(Locale::Fr);

        let (status, body) = app.page("/fr/atlantis/").await;
        assert_eq!(status, 404);
        assert!(body.contains(r#"<html lang="fr""#));
        assert!(body.contains(&fr.t("error-not-found-title")));
        assert!(body.contains("atlantis"), "the message names the city asked for");

        let (status, body) = app.page(&format!("/fr/{CITY}/commitments/C-999")).await;
        assert_eq!(status, 404);
        assert!(body.contains("C-999"));
        assert!(body.contains(&format!(r#"href="/fr/{CITY}/""#)), "offers the city overview");

        for path in [
            format!("/fr/{CITY}/projects/999"),
            format!("/fr/{CITY}/projects/abc"),
            format!("/fr/{CITY}/commitments/nonsense"),
            "/fr/no/such/page/here".to_string(),
            "/xx/".to_string(),
        ] {
            let (status, body) = app.page(&path).await;
            assert_eq!(status, 404, "{path}");
            assert!(body.contains("<h1>"), "{path}: a real page, not a bare status");
        }
    });
}

#[tokio::test]
async fn filters_narrow_the_commitment_list() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let all = commitments::list(&app.db, city.id, &Default::default()).await.unwrap();
        let count_cards = |body: &str| body.matches(r#"<li class="card">"#).count();

        let (_, body) = app.page(&format!("/en/{CITY}/commitments")).await;
        assert_eq!(count_cards(&body), all.len());
        assert_eq!(all.len(), 12);

        let delayed = all.iter().filter(|c| c.row.status == "delayed").count();
        assert!(delayed > 0 && delayed < all.len());
        let (_, body) = app.page(&format!("/en/{CITY}/commitments?status=delayed")).await;
        assert_eq!(count_cards(&body), delayed);
        assert!(body.contains(r#"<option value="delayed" selected>"#), "the form shows the filter in use");

        let theme = "digital-literacy";
        let with_theme = all.iter().filter(|c| c.themes.iter().any(|t| t == theme)).count();
        let (_, body) = app.page(&format!("/en/{CITY}/commitments?theme={theme}")).await;
        assert_eq!(count_cards(&body), with_theme);
        assert!(with_theme < all.len());

        let sdg = all[0].sdgs[0];
        let with_sdg = all.iter().filter(|c| c.sdgs.contains(&sdg)).count();
        let (_, body) = app.page(&format!("/en/{CITY}/commitments?sdg={sdg}")).await;
        assert_eq!(count_cards(&body), with_sdg);

        // Filters combine, and a combination can match nothing.
        let (_, body) = app.page(&format!("/en/{CITY}/commitments?status=cancelled&theme={theme}&sdg=2")).await;
        assert_eq!(count_cards(&body), 0);
        assert!(body.contains(&I18n::new(Locale::En).t("commitments-none")));

        // Nonsense filter values are explained beside their fields, not silently ignored.
        let (status, body) = app.page(&format!("/en/{CITY}/commitments?status=bogus&sdg=99")).await;
        assert_eq!(status, 422);
        assert_eq!(count_cards(&body), 0);
        assert!(body.contains(r#"id="f-status-error""#) && body.contains(r#"id="f-sdg-error""#));
    });
}

#[tokio::test]
async fn commitment_page_shows_its_timeline_with_hashes_and_evidence() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (_, body) = app.page(&format!("/en/{CITY}/commitments/C-1")).await;
        assert!(body.contains(r#"class="timeline""#));
        assert!(body.contains("<progress max=\"100\""));
        assert!(body.contains("% complete"), "progress has a text alternative");
        assert!(body.contains("https://example."), "evidence links are shown");
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let c1 = commitments::by_ref(&app.db, city.id, 1).await.unwrap().unwrap();
        let updates = townhall::db::updates::for_commitment(&app.db, c1.row.id).await.unwrap();
        assert!(updates.len() >= 2);
        for u in &updates {
            assert!(body.contains(&u.hash), "hash of update #{} shown", u.seq);
        }
        assert_eq!(c1.row.status, updates[0].status, "current status is the latest update's");
        assert_eq!(c1.row.progress, updates[0].progress);
    });
}

#[tokio::test]
async fn project_page_shows_budget_and_linked_commitments() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let projects = townhall::db::projects::list(&app.db, city.id, None).await.unwrap();
        let linked = projects.iter().find(|p| p.budget_spent > 0).unwrap();
        let links = commitments::for_project(&app.db, linked.id).await.unwrap();
        let (_, body) = app.page(&format!("/en/{CITY}/projects/{}", linked.ref_no)).await;
        let en = I18n::new(Locale::En);
        assert!(body.contains(&en.t("project-budget-planned")) && body.contains(&en.t("project-budget-spent")));
        assert!(body.contains(&en.tn("project-budget-share", "percent", linked.spent_percent())));
        for c in links {
            assert!(body.contains(&format!("commitments/C-{}", c.ref_no)));
        }
    });
}

#[tokio::test]
async fn fallback_translations_are_labelled() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        // The demo's C-11 has its body in English only.
        let (_, body) = app.page(&format!("/fr/{CITY}/commitments/C-11")).await;
        let fr = I18n::new(Locale::Fr);
        let notice = fr.ts("fallback-notice", "language", &fr.language_name(Locale::En));
        assert!(body.contains(&notice), "French page says the body is shown in English");
        assert!(body.contains(r#"<span lang="en" dir="ltr">"#), "fallback text is marked as English");
        // In English nothing is a fallback.
        let (_, body) = app.page(&format!("/en/{CITY}/commitments/C-11")).await;
        assert!(!body.contains(r#"class="fallback-notice""#));
    });
}

#[tokio::test]
async fn root_negotiates_the_language() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let go = |headers: Vec<(&'static str, &'static str)>| {
        let mut req = plain.get(app.url("/"));
        for (k, v) in headers {
            req = req.header(k, v);
        }
        async move {
            let r = req.send().await.unwrap();
            assert_eq!(r.status(), 303);
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    assert_eq!(go(vec![]).await, "/en/");
    assert_eq!(go(vec![("accept-language", "de-DE,sw;q=0.8,fr;q=0.5")]).await, "/sw/");
    assert_eq!(go(vec![("accept-language", "fr"), ("cookie", "lang=ar")]).await, "/ar/", "cookie wins");
    assert_eq!(go(vec![("cookie", "lang=klingon"), ("accept-language", "ru")]).await, "/ru/");

    // Visiting a page in a language remembers it.
    let (_, _) = app.page("/zh/").await;
    let r = app.get("/").await;
    assert_eq!(r.headers()["location"], "/zh/");
}

#[tokio::test]
async fn security_headers_and_operations_endpoints() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    let r = app.get("/en/").await;
    let csp = r.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("script-src 'none'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    assert!(r.headers().contains_key("referrer-policy"));
    assert_eq!(app.page("/healthz").await, (200, "ok".into()));
    assert_eq!(app.page("/readyz").await.0, 200);
    app.db.close().await;
    assert_eq!(app.page("/readyz").await.0, 503, "not ready without a database");
}

#[tokio::test]
async fn public_pages_stay_under_40_kb_compressed_with_their_css() {
    let app = TestApp::spawn_demo(&common::Backend::Sqlite).await;
    // reqwest is built without gzip support here, so these are the bytes on the wire.
    let fetch = |path: String| {
        let client = app.new_browser();
        let url = app.url(&path);
        async move {
            let r = client.get(url).header("accept-encoding", "gzip").send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            assert_eq!(r.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"), "{path}");
            r.bytes().await.unwrap().len()
        }
    };
    let css = fetch("/static/style.css".to_string()).await;
    let mut heaviest = 0;
    for locale in ["en", "ar", "zh"] {
        for path in public_paths() {
            let html = fetch(format!("/{locale}{path}")).await;
            heaviest = heaviest.max(html);
            assert!(html + css < 40 * 1024, "/{locale}{path}: {html} + {css} bytes");
        }
    }
    assert!(heaviest > 1000, "the measurement is real");
    // No page needs JavaScript: none is served, and the CSP forbids it.
    let body = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
    assert!(!body.contains("<script"));
}

#[tokio::test]
async fn dates_and_numbers_are_written_the_readers_way() {
    use townhall::i18n::format;
    let app = TestApp::spawn_demo(&common::Backend::Sqlite).await;
    let city = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
    let c = commitments::by_ref(&app.db, city.id, 3).await.unwrap().unwrap();
    let due = c.row.due_date.clone().expect("C-3 has a due date");
    let projects = townhall::db::projects::list(&app.db, city.id, None).await.unwrap();
    let project = projects.iter().find(|p| p.budget_planned >= 1000).expect("a project of four digits or more");
    for locale in Locale::ALL {
        let l = locale.id();
        let page = app.page(&format!("/{l}/port-amani/commitments/C-3")).await.1;
        // The machine date stays ISO in `datetime`; the reader sees their own.
        let shown = format::date(*locale, &due);
        assert!(page.contains(&format!(r#"<time datetime="{due}">{shown}</time>"#)), "{l}: due date as {shown}");
        let page = app.page(&format!("/{l}/port-amani/projects/{}", project.ref_no)).await.1;
        let grouped = format::integer(*locale, project.budget_planned);
        assert!(page.contains(&grouped), "{l}: budget grouped as the reader groups digits ({grouped})");
    }
    // Spot checks against CLDR, written out by hand.
    assert!(app.page("/fr/port-amani/commitments/C-3").await.1.contains(&format::date(Locale::Fr, &due)));
    assert_eq!(format::date(Locale::Fr, "2026-11-25"), "25 nov. 2026");
    assert_eq!(format::date(Locale::Ar, "2026-11-25"), "25 نوفمبر 2026");
}

/// The `<li>` of the commitment card of `reference` on the commitments page.
fn card<'a>(page: &'a str, reference: &str) -> &'a str {
    let start =
        page.find(&format!(r#"<a href="commitments/{reference}"><span class="ref">{reference}</span>"#)).unwrap();
    let end = page[start..].find("</li>\n").map(|e| start + e).unwrap();
    &page[start..end]
}

#[tokio::test]
async fn commitment_cards_show_status_progress_due_date_and_comments() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let en = I18n::new(Locale::En);
        let page = app.page(&format!("/en/{CITY}/commitments")).await.1;
        assert_eq!(page.matches(r#"<li class="card">"#).count(), 12);
        let mut commented = 0;
        for c in commitments::list(&app.db, city.id, &Default::default()).await.unwrap() {
            let reference = c.reference();
            let card = card(&page, &reference);
            let comments = townhall::db::comments::count_top_level(&app.db, "commitment", c.row.id).await.unwrap();
            commented += i64::from(comments > 0);
            assert!(card.contains(&en.tn("comments-title", "count", comments)), "{reference}: {comments} comments");
            assert!(card.contains(&format!(r##"href="commitments/{reference}#discussion-heading""##)));
            assert!(card.contains(&format!(r#"class="status status-{}""#, c.row.status)), "{reference}: status");
            assert!(card.contains(&format!(r#"<progress max="100" value="{}""#, c.row.progress)), "{reference}");
            if let Some(due) = &c.row.due_date {
                assert!(card.contains(&format!(r#"<time datetime="{due}">"#)), "{reference}: due date");
            }
        }
        assert!(commented >= 3, "the demo has discussions to count");
    });
}

#[tokio::test]
async fn the_overview_shows_overdue_and_next_due_commitments_and_five_updates() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        // C-1 is long overdue; C-2 is due in the far future; C-3 is done (never overdue).
        for (n, due, status) in
            [(1, "2001-01-01", "in_progress"), (2, "2999-01-01", "delayed"), (3, "2000-01-01", "completed")]
        {
            townhall::on_pool!(&app.db, |p| sqlx::query(
                "UPDATE commitments SET due_date = $1, status = $2 WHERE city_id = $3 AND ref_no = $4"
            )
            .bind(due)
            .bind(status)
            .bind(city.id)
            .bind(n)
            .execute(p)
            .await
            .map(|_| ())
            .unwrap());
        }
        let today = townhall::domain::today_utc();
        let all = commitments::list(&app.db, city.id, &Default::default()).await.unwrap();
        let overdue: Vec<_> = all.iter().filter(|c| c.is_overdue(&today)).collect();
        let en = I18n::new(Locale::En);
        for locale in ["en", "ar"] {
            let page = app.page(&format!("/{locale}/{CITY}/")).await.1;
            let section = |id: &str| -> String {
                let start = page.find(&format!(r#"<h2 id="{id}">"#)).unwrap_or_else(|| panic!("{id} section"));
                page[start..start + page[start..].find("</section>").unwrap()].to_string()
            };
            let (late, next) = (section("overdue"), section("due-next"));
            assert!(late.contains(r#"href="commitments/C-1""#), "{locale}: C-1 is overdue");
            assert!(!late.contains(r#"href="commitments/C-3""#), "{locale}: a completed commitment is never overdue");
            assert!(!next.contains(r#"href="commitments/C-1""#) && !next.contains(r#"href="commitments/C-3""#));
            assert_eq!(late.matches("<li>").count(), overdue.len().min(5), "{locale}");
            if locale == "en" {
                assert!(late.contains(&en.tn("city-overdue", "count", overdue.len() as i64)));
            }
            // Five updates, their evidence and hashes folded away, and the way to all of them.
            let latest = section("latest");
            assert_eq!(latest.matches(r#"<li class="update-brief">"#).count(), 5, "{locale}");
            assert!(latest.contains(r#"<details class="proof">"#));
            assert!(latest.contains(&format!(r#"href="/{locale}/search?city={CITY}&#38;type=update""#)));
        }
        // "All updates" is a page that lists them.
        app.wait_for_index().await;
        let (status, all_updates) = app.page(&format!("/en/search?city={CITY}&type=update")).await;
        assert_eq!(status, 200);
        assert!(all_updates.contains(r#"<li class="hit">"#));
    });
}
