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
