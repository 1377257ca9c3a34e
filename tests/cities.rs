//! A second city, end to end: created from the command line or by the site admin, set up by
//! its city admin, and serving every public page in its languages — on every backend.

mod common;

use common::{person, Browser, TestApp};
use townhall::db::{cities, roles, Db};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

fn en() -> I18n {
    I18n::new(townhall::domain::Locale::En)
}

fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
        .args(args)
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", app.dir.path())
        .env("TOWNHALL_BASE_URL", "https://town.example.org")
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

async fn city_count(db: &Db) -> usize {
    cities::list(db).await.unwrap().len()
}

async fn audit_rows(db: &Db, action: &str) -> i64 {
    townhall::on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(p)
        .await
        .unwrap())
}

/// Every public page of a city answers 200 in each of these languages.
async fn serves_every_public_page(app: &TestApp, slug: &str, locales: &[&str]) {
    for l in locales {
        for page in ["", "commitments", "projects", "consultations", "report", "about", "privacy", "feed.atom"] {
            let (status, body) = app.page(&format!("/{l}/{slug}/{page}")).await;
            assert_eq!(status, 200, "/{l}/{slug}/{page}");
            if page != "feed.atom" {
                assert!(body.contains(&format!(r#"lang="{l}""#)), "/{l}/{slug}/{page} in its language");
            }
        }
    }
}

#[tokio::test]
async fn a_city_created_from_the_command_line_serves_its_pages() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        // A fresh install explains how to start.
        let (_, home) = app.page("/en/").await;
        assert!(home.contains("townhall create-city") && home.contains("/en/admin/cities/new"));

        let out = cli(
            &app,
            &[
                "create-city",
                "--slug",
                "kisiwa",
                "--name",
                "Kisiwa",
                "--locale",
                "sw",
                "--locales",
                "sw,en,ar",
                "--timezone",
                "Africa/Dar_es_Salaam",
                "--moderation",
                "pre",
            ],
        );
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "https://town.example.org/sw/kisiwa/");
        let city = cities::by_slug(&app.db, "kisiwa").await.unwrap().unwrap();
        assert_eq!(city.default_locale, "sw");
        assert_eq!(city.moderation, "pre");
        assert!(app.page("/en/").await.1.contains("/en/kisiwa/"), "listed on the home page");
        serves_every_public_page(&app, "kisiwa", &["sw", "en", "ar"]).await;

        // Bad input: a clear message, a non-zero exit, nothing stored.
        for (args, needle) in [
            (vec!["--slug", "Bad Slug!", "--name", "X", "--locale", "en"], "slug"),
            (vec!["--slug", "kisiwa", "--name", "Again", "--locale", "en"], "already used"),
            (vec!["--slug", "mji", "--name", "Mji", "--locale", "en", "--timezone", "Mars/Olympus"], "time zone"),
            (vec!["--slug", "mji", "--name", "Mji", "--locale", "fr", "--locales", "en"], "default language"),
            (vec!["--slug", "mji", "--name", "Mji", "--locale", "de"], "unknown language"),
        ] {
            let mut all = vec!["create-city"];
            all.extend(args.iter());
            let out = cli(&app, &all);
            assert!(!out.status.success(), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(needle), "{args:?}: {err}");
        }
        assert_eq!(city_count(&app.db).await, 1, "nothing stored by the refused attempts");
        assert_eq!(audit_rows(&app.db, "city.create").await, 1);
    });
}

#[tokio::test]
async fn the_site_admin_creates_a_city_and_its_admin_sets_it_up() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (resident, _) = person(&app, "resident@example.org", "Resident").await;
        assert_eq!(resident.get("/en/admin/cities/new").await.status(), 403);
        assert_eq!(app.get("/en/admin/cities/new").await.status(), 303, "anonymous: to the login page");
        townhall::services::accounts::create_or_promote_admin(&app.db, "root@example.org", common::PASSWORD)
            .await
            .unwrap();
        let root = Browser::new(&app);
        let r = root.post("/en/login", &[("email", "root@example.org"), ("password", common::PASSWORD)]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(root.get("/en/admin/cities/new").await.status(), 200);

        let before = city_count(&app.db).await;
        for (slug, field) in [("Bad Slug!", "slug"), ("port-amani", "slug")] {
            let r = root
                .post(
                    "/en/admin/cities/new",
                    &[
                        ("slug", slug),
                        ("name_en", "Lakeside"),
                        ("default_locale", "en"),
                        ("locales", "en"),
                        ("timezone", "Africa/Kampala"),
                        ("moderation", "post"),
                    ],
                )
                .await;
            assert_eq!(r.status(), 422, "{slug}");
            let body = r.text().await.unwrap();
            assert!(body.contains(r#"class="error-summary""#) && body.contains(&format!(r#"id="f-{field}-error""#)));
            assert!(body.contains("Lakeside"), "input kept");
        }
        let r = root
            .post(
                "/en/admin/cities/new",
                &[
                    ("slug", "lakeside"),
                    ("name_en", "Lakeside"),
                    ("name_fr", "Bord-du-Lac"),
                    ("default_locale", "fr"),
                    ("locales", "en"),
                    ("timezone", "Africa/Kampala"),
                    ("moderation", "post"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422, "the default language must be enabled");
        assert!(r.text().await.unwrap().contains(r#"id="f-default_locale-error""#));
        assert_eq!(city_count(&app.db).await, before);
        let r = root
            .post(
                "/en/admin/cities/new",
                &[
                    ("slug", "lakeside"),
                    ("name_en", "Lakeside"),
                    ("name_fr", "Bord-du-Lac"),
                    ("default_locale", "en"),
                    ("locales", "en"),
                    ("locales", "fr"),
                    ("timezone", "Africa/Kampala"),
                    ("moderation", "post"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/lakeside/");
        serves_every_public_page(&app, "lakeside", &["en", "fr"]).await;
        assert!(app.page("/fr/lakeside/").await.1.contains("Bord-du-Lac"));

        // Its city admin sets it up.
        let city = cities::by_slug(&app.db, "lakeside").await.unwrap().unwrap();
        let (admin, admin_id) = person(&app, "mayor@example.org", "Mayor's office").await;
        roles::grant(&app.db, admin_id, city.id, Role::CityAdmin, 0).await.unwrap();
        let form = admin.get("/en/lakeside/admin/settings").await.text().await.unwrap();
        assert!(form.contains(r#"value="Africa/Kampala""#), "current values filled in");
        let settings = |days: &'static str, default: &'static str| {
            vec![
                ("name_en", "Lakeside"),
                ("name_fr", "Bord-du-Lac"),
                ("tagline_en", "A city on the water"),
                ("contact", "listens@lakeside.example.org"),
                ("default_locale", default),
                ("locales", "en"),
                ("locales", "fr"),
                ("timezone", "Africa/Kampala"),
                ("moderation", "pre"),
                ("response_days", days),
                ("privacy_notice_en", "We keep comments for ten years."),
                ("verification_policy_en", "Bring your registration certificate to the civic office."),
            ]
        };
        for (days, default, field) in [("0", "en", "response_days"), ("45", "ru", "default_locale")] {
            let r = admin.post("/en/lakeside/admin/settings", &settings(days, default)).await;
            assert_eq!(r.status(), 422);
            assert!(r.text().await.unwrap().contains(&format!(r#"id="f-{field}-error""#)), "{field}");
        }
        let r = admin.post("/en/lakeside/admin/settings", &settings("45", "en")).await;
        assert_eq!(r.status(), 303);
        let city = cities::by_slug(&app.db, "lakeside").await.unwrap().unwrap();
        assert_eq!((city.response_days, city.moderation.as_str()), (45, "pre"));
        assert_eq!(audit_rows(&app.db, "city.settings").await, 1);
        let about = app.page("/en/lakeside/about").await.1;
        for text in ["A city on the water", "listens@lakeside.example.org", "45 days", "registration certificate"] {
            assert!(about.contains(text), "{text} on the about page");
        }
        assert!(app.page("/en/lakeside/privacy").await.1.contains("We keep comments for ten years."));
        // The French page falls back to the English notice, marked as English.
        assert!(app.page("/fr/lakeside/privacy").await.1.contains(r#"lang="en""#));
        assert_eq!(resident.post("/en/lakeside/admin/settings", &settings("45", "en")).await.status(), 403);

        // Departments: a managed list, shown to the public.
        let r = admin.post("/en/lakeside/admin/departments", &[("department", "Water and Sanitation")]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(admin.post("/en/lakeside/admin/departments", &[("department", "  ")]).await.status(), 422);
        assert!(app.page("/en/lakeside/about").await.1.contains("Water and Sanitation"));
        let list = townhall::db::departments::list(&app.db, city.id).await.unwrap();
        assert_eq!(list.len(), 1);
        let r = admin.post(&format!("/en/lakeside/admin/departments/{}/remove", list[0].0), &[]).await;
        assert_eq!(r.status(), 303);
        assert!(townhall::db::departments::list(&app.db, city.id).await.unwrap().is_empty());
        assert_eq!(audit_rows(&app.db, "department.add").await, 1);
        assert_eq!(audit_rows(&app.db, "department.remove").await, 1);

        // Registration links each city's privacy notice.
        let register = app.page("/en/register").await.1;
        assert!(register.contains("/en/lakeside/privacy") && register.contains("/en/port-amani/privacy"));
        assert!(register.contains(&en().t("register-privacy")));
    });
}

#[tokio::test]
async fn commitment_departments_join_the_managed_list() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        let names: Vec<String> =
            townhall::db::departments::list(&app.db, city.id).await.unwrap().into_iter().map(|(_, n)| n).collect();
        let commitments = townhall::db::commitments::list(&app.db, city.id, &Default::default()).await.unwrap();
        for c in &commitments {
            assert!(names.contains(&c.row.department), "{} is in the list", c.row.department);
        }
    });
}

/// A 1×1 PNG.
const PNG: [u8; 70] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, 196,
    137, 0, 0, 0, 13, 73, 68, 65, 84, 120, 218, 99, 100, 96, 248, 95, 15, 0, 2, 135, 1, 128, 235, 71, 186, 146, 0, 0,
    0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

/// Uploads `bytes` as the logo of the demo city (multipart, with or without the CSRF token).
async fn upload_logo(browser: &Browser, bytes: Vec<u8>, with_token: bool) -> reqwest::Response {
    let token = if with_token { browser.csrf().await } else { String::new() };
    let part = reqwest::multipart::Part::bytes(bytes).file_name("logo.png").mime_str("image/png").unwrap();
    let form = reqwest::multipart::Form::new().text("csrf_token", token).part("logo", part);
    browser.client.post(browser.url("/en/port-amani/admin/settings/logo")).multipart(form).send().await.unwrap()
}

#[tokio::test]
async fn a_city_sets_its_colour_and_logo_and_a_faint_colour_is_refused() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        let (admin, admin_id) = person(&app, "mayor@example.org", "Mayor's office").await;
        roles::grant(&app.db, admin_id, city.id, Role::CityAdmin, 0).await.unwrap();
        let (staff, staff_id) = person(&app, "clerk@example.org", "Clerk").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let form = admin.get("/en/port-amani/admin/settings").await.text().await.unwrap();
        assert!(form.contains(r#"name="brand_colour""#) && form.contains(r#"name="logo" type="file""#));
        let settings = |colour: &'static str| {
            vec![
                ("name_en", "Port Amani"),
                ("default_locale", "en"),
                ("locales", "en"),
                ("locales", "fr"),
                ("locales", "ar"),
                ("timezone", "Africa/Dar_es_Salaam"),
                ("moderation", "post"),
                ("response_days", "30"),
                ("brand_colour", colour),
            ]
        };
        // Without a colour of its own, the city keeps the site's look: no city stylesheet.
        let overview = app.page("/en/port-amani/").await.1;
        assert!(!overview.contains("/static/city/port-amani/theme.css"));
        assert!(overview.contains(r#"class="city-band""#));

        // Too faint for white text: 422, the measured contrast named, nothing stored.
        let r = admin.post("/en/port-amani/admin/settings", &settings("#777777")).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(r#"id="f-brand_colour-error""#) && body.contains(r##"href="#f-brand_colour""##));
        assert!(body.contains("4.48:1"), "the measured ratio is named");
        assert!(body.contains(r##"value="#777777""##), "the colour typed is kept");
        let r = admin.post("/fr/port-amani/admin/settings", &settings("#777777")).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains("4,48:1"), "in the reader's number format");
        let r = admin.post("/en/port-amani/admin/settings", &settings("teal")).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-invalid-colour")));
        let unchanged = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        assert_eq!(unchanged.brand_colour, "");
        assert_eq!(audit_rows(&app.db, "city.settings").await, 0);

        // The lightest grey that passes is accepted; a darker colour, typed in capitals, too.
        assert_eq!(admin.post("/en/port-amani/admin/settings", &settings("#767676")).await.status(), 303);
        assert_eq!(admin.post("/en/port-amani/admin/settings", &settings(" #0F5C6B ")).await.status(), 303);
        let saved = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        assert_eq!(saved.brand_colour, "#0f5c6b");
        assert_eq!(audit_rows(&app.db, "city.settings").await, 2);
        // Every page of the city links its stylesheet (no inline style: the CSP forbids it).
        let link = r#"<link rel="stylesheet" href="/static/city/port-amani/theme.css?v=0f5c6b">"#;
        for page in ["/en/port-amani/", "/ar/port-amani/commitments", "/en/port-amani/commitments/C-3"] {
            let body = app.page(page).await.1;
            assert!(body.contains(link), "{page} links the city's stylesheet");
            assert!(!body.contains("<style") && !body.contains("style=\""), "{page}: no inline style");
        }
        assert!(!app.page("/en/").await.1.contains("theme.css"), "pages without a city keep the site's look");
        let r = app.get("/static/city/port-amani/theme.css?v=0f5c6b").await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "text/css; charset=utf-8");
        assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        assert!(r.text().await.unwrap().contains("--brand: #0f5c6b;"));
        let stale = app.get("/static/city/port-amani/theme.css?v=777777").await;
        assert_eq!(stale.headers()["cache-control"], "public, max-age=60", "an old address is not kept long");
        assert_eq!(app.get("/static/city/nowhere/theme.css").await.status(), 404);
        // Emptying the field gives the site's colour back.
        assert_eq!(admin.post("/en/port-amani/admin/settings", &settings("")).await.status(), 303);
        assert!(!app.page("/en/port-amani/").await.1.contains("theme.css"));

        // The logo: a small PNG, JPEG or WebP, recognised by its bytes.
        assert_eq!(app.get("/static/city/port-amani/logo").await.status(), 404);
        assert_eq!(upload_logo(&admin, PNG.to_vec(), false).await.status(), 403, "no CSRF token, no change");
        assert_eq!(upload_logo(&staff, PNG.to_vec(), true).await.status(), 403, "only the city admin");
        let r = upload_logo(&admin, b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(), true).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(&en().t("form-logo-type")) && body.contains(r#"id="f-logo-error""#));
        let mut big = PNG.to_vec();
        big.resize(64 * 1024 + 1, 0);
        let r = upload_logo(&admin, big, true).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-logo-too-large")));
        assert_eq!(cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap().logo_version, 0);
        assert_eq!(upload_logo(&admin, PNG.to_vec(), true).await.status(), 303);
        let with_logo = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        assert_eq!(with_logo.logo_version, 1);
        let src = "/static/city/port-amani/logo?v=1";
        assert!(app
            .page("/sw/port-amani/projects")
            .await
            .1
            .contains(&format!(r#"<img class="city-logo" src="{src}""#)));
        let r = app.get(src).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "image/png");
        assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
        assert_eq!(r.bytes().await.unwrap().to_vec(), PNG.to_vec());
        assert!(admin.get("/en/port-amani/admin/settings").await.text().await.unwrap().contains(src));
        // Removed: gone from the pages and its address.
        assert_eq!(admin.post("/en/port-amani/admin/settings/logo/remove", &[]).await.status(), 303);
        assert!(!app.page("/en/port-amani/").await.1.contains("city-logo"));
        assert_eq!(app.get(src).await.status(), 404);
        assert_eq!(audit_rows(&app.db, "city.logo").await, 2);
    });
}
