//! Staff and admin pages: who may do what (the role matrix), publishing forms, people,
//! organisations and the audit log — on every backend.

mod common;

use common::{person, Browser, TestApp};
use townhall::db::{cities, commitments, organisations, roles};
use townhall::domain::accounts::Role;
use townhall::domain::{Locale, ModerationMode, Translated};
use townhall::services::publishing::{self, CityInput};

const CITY: &str = "port-amani";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    Resident,
    CsoMember,
    Moderator,
    OtherCityStaff,
    Staff,
    CityAdmin,
    SiteAdmin,
}

const EVERYONE: [Who; 8] = [
    Who::Anonymous,
    Who::Resident,
    Who::CsoMember,
    Who::Moderator,
    Who::OtherCityStaff,
    Who::Staff,
    Who::CityAdmin,
    Who::SiteAdmin,
];

#[derive(Clone, Copy)]
enum Need {
    AnyRole,
    Publish,
    ManagePeople,
}

impl Need {
    fn allows(self, who: Who) -> bool {
        match self {
            Need::AnyRole => matches!(who, Who::Moderator | Who::Staff | Who::CityAdmin | Who::SiteAdmin),
            Need::Publish => matches!(who, Who::Staff | Who::CityAdmin | Who::SiteAdmin),
            Need::ManagePeople => matches!(who, Who::CityAdmin | Who::SiteAdmin),
        }
    }
}

/// Every admin route: method, path after `/en/{city}/admin/`, what it needs.
fn admin_routes(org_id: i64) -> Vec<(&'static str, String, Need)> {
    vec![
        ("GET", "".into(), Need::AnyRole),
        ("GET", "people".into(), Need::ManagePeople),
        ("POST", "people".into(), Need::ManagePeople),
        ("POST", "people/revoke".into(), Need::ManagePeople),
        ("GET", "commitments/new".into(), Need::Publish),
        ("POST", "commitments/new".into(), Need::Publish),
        ("GET", "commitments/C-1/edit".into(), Need::Publish),
        ("POST", "commitments/C-1/edit".into(), Need::Publish),
        ("GET", "projects/new".into(), Need::Publish),
        ("POST", "projects/new".into(), Need::Publish),
        ("GET", "projects/1/edit".into(), Need::Publish),
        ("POST", "projects/1/edit".into(), Need::Publish),
        ("GET", "updates/new".into(), Need::Publish),
        ("POST", "updates/new".into(), Need::Publish),
        ("GET", "organisations".into(), Need::ManagePeople),
        ("POST", format!("organisations/{org_id}/verify"), Need::ManagePeople),
        ("GET", "audit".into(), Need::ManagePeople),
    ]
}

async fn second_city(app: &TestApp) -> i64 {
    let input = CityInput {
        slug: "mto-mpya".into(),
        name: Translated::single(Locale::Sw, "Mto Mpya"),
        default_locale: Locale::Sw,
        locales: Locale::ALL.to_vec(),
        time_zone: "Africa/Nairobi".into(),
        moderation: ModerationMode::Post,
    };
    publishing::create_city(&app.db, &input).await.unwrap()
}

/// One logged-in browser per kind of person.
async fn cast(app: &TestApp) -> (Vec<(Who, Browser)>, i64) {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    let other = second_city(app).await;
    let mut browsers = vec![(Who::Anonymous, Browser::new(app))];
    let mut org_id = 0;
    for (who, email) in [
        (Who::Resident, "resident@example.org"),
        (Who::CsoMember, "cso@example.org"),
        (Who::Moderator, "moderator@example.org"),
        (Who::OtherCityStaff, "other@example.org"),
        (Who::Staff, "staff@example.org"),
        (Who::CityAdmin, "cityadmin@example.org"),
        (Who::SiteAdmin, "siteadmin@example.org"),
    ] {
        let (browser, id) = person(app, email, &format!("{who:?}")).await;
        match who {
            Who::CsoMember => {
                org_id = organisations::insert(
                    &app.db,
                    city.id,
                    "Haki Mtaani",
                    "https://haki.example.org",
                    "Watchdog",
                    id,
                    0,
                )
                .await
                .unwrap();
                organisations::set_status(&app.db, org_id, "verified", id, 0).await.unwrap();
            }
            Who::Moderator => roles::grant(&app.db, id, city.id, Role::Moderator, 0).await.unwrap(),
            Who::OtherCityStaff => {
                roles::grant(&app.db, id, other, Role::Staff, 0).await.unwrap();
                roles::grant(&app.db, id, other, Role::CityAdmin, 0).await.unwrap();
            }
            Who::Staff => roles::grant(&app.db, id, city.id, Role::Staff, 0).await.unwrap(),
            Who::CityAdmin => roles::grant(&app.db, id, city.id, Role::CityAdmin, 0).await.unwrap(),
            Who::SiteAdmin => townhall::db::users::set_site_admin(&app.db, id).await.unwrap(),
            _ => {}
        }
        browsers.push((who, browser));
    }
    (browsers, org_id)
}

#[tokio::test]
async fn every_admin_route_checks_every_role() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (browsers, org_id) = cast(&app).await;
        let mut checked = 0;
        for (method, path, need) in admin_routes(org_id) {
            for (who, browser) in &browsers {
                assert!(EVERYONE.contains(who));
                let url = format!("/en/{CITY}/admin/{path}");
                // Invalid (empty) submissions: an allowed person gets a form error, never a change.
                let r = match method {
                    "GET" => browser.get(&url).await,
                    _ => browser.post(&url, &[]).await,
                };
                let status = r.status().as_u16();
                let location = r.headers().get("location").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
                if *who == Who::Anonymous {
                    assert_eq!(status, 303, "{method} {url} as {who:?}");
                    assert!(location.starts_with("/en/login?next="), "{method} {url} as {who:?}: {location}");
                } else if need.allows(*who) {
                    assert!(
                        matches!(status, 200 | 400 | 422),
                        "{method} {url} as {who:?} should be allowed, got {status}"
                    );
                } else {
                    assert_eq!(status, 403, "{method} {url} as {who:?} should be refused");
                }
                checked += 1;
            }
        }
        assert_eq!(checked, 17 * 8);
        // Nothing was changed by all those empty submissions.
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        assert_eq!(commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len(), 12);
        assert!(organisations::by_id(&app.db, city.id, org_id).await.unwrap().unwrap().is_verified());
        assert!(townhall::services::ledger::verify(&app.db).await.unwrap()[0].first_broken.is_none());
    });
}

#[tokio::test]
async fn staff_publish_edit_and_update_through_the_forms() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Neema Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();

        // A form with errors: 422, summary and inline errors, input kept, nothing created.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/commitments/new"),
                &[
                    ("title_fr", "Titre seulement en français"),
                    ("department", ""),
                    ("due_date", "2027-02-30"),
                    ("sdgs", "99"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(r#"class="error-summary""#));
        assert!(body.contains(r##"href="#f-department""##) && body.contains(r#"id="f-department-error""#));
        assert!(body.contains(r#"id="f-due_date-error""#));
        assert!(body.contains("Titre seulement en français"), "input kept");
        assert_eq!(commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len(), 12);

        let r = staff
            .post(
                &format!("/en/{CITY}/admin/commitments/new"),
                &[
                    ("title_en", "Shade trees on every school route"),
                    ("title_sw", "Miti ya kivuli kwenye kila njia ya shule"),
                    ("summary_en", "Plant and care for 5,000 trees."),
                    ("department", "Parks Department"),
                    ("baseline", "300 trees in 2026"),
                    ("target", "5,000 trees by 2029"),
                    ("due_date", "2029-12-31"),
                    ("kpis", "EN: Environment: Green areas\nSC: Health: Heat stress"),
                    ("themes", "environmental-sustainability"),
                    ("themes", "inclusion-equity-human-rights"),
                    ("sdgs", "11"),
                    ("sdgs", "13"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("/en/{CITY}/commitments/C-13"));
        let (status, body) = app.page(&format!("/sw/{CITY}/commitments/C-13")).await;
        assert_eq!(status, 200);
        assert!(body.contains("Miti ya kivuli"));
        let c13 = commitments::by_ref(&app.db, city.id, 13).await.unwrap().unwrap();
        assert_eq!(c13.themes.len(), 2);
        assert_eq!(c13.sdgs, vec![11, 13]);

        // Edit: the form comes filled in; a change is saved.
        let body = staff.get(&format!("/en/{CITY}/admin/commitments/C-13/edit")).await.text().await.unwrap();
        assert!(body.contains("Shade trees on every school route") && body.contains("checked"));
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/commitments/C-13/edit"),
                &[("title_en", "Shade trees on school routes"), ("department", "Parks Department"), ("sdgs", "13")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let c13 = commitments::by_ref(&app.db, city.id, 13).await.unwrap().unwrap();
        assert_eq!(c13.title().0["en"], "Shade trees on school routes");
        assert_eq!(c13.sdgs, vec![13]);

        // Publish an update: it joins the ledger and becomes the current status.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-13"),
                    ("status", "in_progress"),
                    ("progress", "12"),
                    ("publisher", "Parks Department"),
                    ("text_en", "600 trees planted along three routes."),
                    ("evidence_label_1", "Planting log"),
                    ("evidence_url_1", "https://example.org/log.csv"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().starts_with(&format!("/en/{CITY}/commitments/C-13#update-")));
        let c13 = commitments::by_ref(&app.db, city.id, 13).await.unwrap().unwrap();
        assert_eq!((c13.row.status.as_str(), c13.row.progress), ("in_progress", 12));
        assert!(townhall::services::ledger::verify(&app.db).await.unwrap()[0].first_broken.is_none());

        // A bad update changes nothing and says why.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-13"),
                    ("status", "completed"),
                    ("progress", "140"),
                    ("publisher", "Parks"),
                    ("text_en", "x"),
                    ("evidence_label_1", "Bad"),
                    ("evidence_url_1", "javascript:alert(1)"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(r#"id="f-progress-error""#) && body.contains(r#"id="f-evidence-error""#));
        assert_eq!(commitments::by_ref(&app.db, city.id, 13).await.unwrap().unwrap().row.progress, 12);

        // A project linked to the new commitment.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/projects/new"),
                &[
                    ("title_en", "School route nursery"),
                    ("budget_planned", "50000"),
                    ("budget_spent", "0"),
                    ("currency", "usd"),
                    ("commitments", "13"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("/en/{CITY}/projects/9"));
        let body = app.page(&format!("/en/{CITY}/projects/9")).await.1;
        assert!(body.contains("commitments/C-13") && body.contains("USD"));
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/projects/9/edit"),
                &[("title_en", "Nursery"), ("budget_planned", "lots"), ("currency", "USD")],
            )
            .await;
        assert_eq!(r.status(), 422);
    });
}

#[tokio::test]
async fn city_admin_grants_and_revokes_roles_and_sees_the_audit_log() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (admin, admin_id) = person(&app, "admin@example.org", "Asha Admin").await;
        roles::grant(&app.db, admin_id, city.id, Role::CityAdmin, 0).await.unwrap();
        let (helper, helper_id) = person(&app, "helper@example.org", "Juma Helper").await;

        assert_eq!(helper.get(&format!("/en/{CITY}/admin/commitments/new")).await.status(), 403);
        let r = admin
            .post(&format!("/en/{CITY}/admin/people"), &[("email", "Helper@Example.org"), ("role", "staff")])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(helper.get(&format!("/en/{CITY}/admin/commitments/new")).await.status(), 200);
        // Unknown person: a clear error.
        let r =
            admin.post(&format!("/en/{CITY}/admin/people"), &[("email", "ghost@example.org"), ("role", "staff")]).await;
        assert_eq!(r.status(), 422);

        let helper_id_s = helper_id.to_string();
        let r = admin
            .post(&format!("/en/{CITY}/admin/people/revoke"), &[("user_id", &helper_id_s), ("role", "staff")])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(helper.get(&format!("/en/{CITY}/admin/commitments/new")).await.status(), 403);

        let body = admin.get(&format!("/en/{CITY}/admin/audit")).await.text().await.unwrap();
        assert!(body.contains("role.grant.staff") && body.contains("role.revoke.staff"));
        assert!(body.contains("helper@example.org") && body.contains("Asha Admin"));
    });
}

#[tokio::test]
async fn organisations_are_requested_verified_and_grow() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (founder, _) = person(&app, "founder@example.org", "Founder").await;
        let (member, _) = person(&app, "member@example.org", "New Member").await;
        let (admin, admin_id) = person(&app, "admin@example.org", "Admin").await;
        roles::grant(&app.db, admin_id, city.id, Role::CityAdmin, 0).await.unwrap();

        let r = founder
            .post(
                &format!("/en/{CITY}/organisations/new"),
                &[
                    ("name", "Bus Riders Union"),
                    ("website", "https://riders.example.org"),
                    ("description", "Riders of Port Amani"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let location = r.headers()["location"].to_str().unwrap().to_string();
        let org_id: i64 = location.split('/').next_back().unwrap().split('?').next().unwrap().parse().unwrap();
        let badge = townhall::i18n::I18n::new(Locale::En).t("org-verified");
        let body = app.page(&format!("/en/{CITY}/organisations/{org_id}")).await.1;
        assert!(!body.contains(&badge), "no badge before verification");

        // Only a city admin may verify.
        assert_eq!(
            founder
                .post(&format!("/en/{CITY}/admin/organisations/{org_id}/verify"), &[("decision", "verified")])
                .await
                .status(),
            403
        );
        let r =
            admin.post(&format!("/en/{CITY}/admin/organisations/{org_id}/verify"), &[("decision", "verified")]).await;
        assert_eq!(r.status(), 303);
        let body = app.page(&format!("/en/{CITY}/organisations/{org_id}")).await.1;
        assert!(body.contains(&badge), "verified badge shown");

        // The organisation's admin adds a member; a stranger cannot.
        let (stranger, _) = person(&app, "stranger@example.org", "Stranger").await;
        assert_eq!(
            stranger
                .post(&format!("/en/{CITY}/organisations/{org_id}/members"), &[("email", "member@example.org")])
                .await
                .status(),
            403
        );
        let r = founder
            .post(&format!("/en/{CITY}/organisations/{org_id}/members"), &[("email", "member@example.org")])
            .await;
        assert_eq!(r.status(), 303);
        // An unknown address gets the very same answer: nothing tells who has an account.
        let unknown = founder
            .post(&format!("/en/{CITY}/organisations/{org_id}/members"), &[("email", "nobody@example.org")])
            .await;
        assert_eq!(unknown.status(), 303);
        assert_eq!(unknown.headers()["location"], r.headers()["location"]);
        // Membership needs the person's consent: invited, not yet a member.
        let body = app.page(&format!("/en/{CITY}/organisations/{org_id}")).await.1;
        assert!(!body.contains("New Member"), "not a member before accepting");
        let mail = townhall::db::outbox::latest_to(&app.db, "member@example.org").await.unwrap().unwrap();
        assert!(mail.subject.contains("Bus Riders Union") && mail.body_text.contains("#invitation"));
        assert!(townhall::db::outbox::latest_to(&app.db, "nobody@example.org").await.unwrap().is_none());
        // Only the invited person can answer.
        let path = format!("/en/{CITY}/organisations/{org_id}/invitation");
        assert_eq!(stranger.post(&path, &[("decision", "accept")]).await.status(), 404);
        let invitation = member.get(&format!("/en/{CITY}/organisations/{org_id}")).await.text().await.unwrap();
        assert!(invitation.contains(r#"id="invitation""#));
        assert_eq!(member.post(&path, &[("decision", "accept")]).await.status(), 303);
        let body = app.page(&format!("/en/{CITY}/organisations/{org_id}")).await.1;
        assert!(body.contains("New Member"));
        assert!(!body.contains("member@example.org"), "addresses stay private");
        // A member can leave; the last admin cannot.
        let leave = format!("/en/{CITY}/organisations/{org_id}/leave");
        assert_eq!(member.post(&leave, &[]).await.status(), 303);
        assert!(!app.page(&format!("/en/{CITY}/organisations/{org_id}")).await.1.contains("New Member"));
        assert_eq!(founder.post(&leave, &[]).await.status(), 403);
    });
}

#[tokio::test]
async fn create_admin_reads_the_password_from_stdin() {
    use std::io::Write;
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
        .args(["create-admin", "--email", "Root@Example.org"])
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", app.dir.path())
        .env("RUST_LOG", "error")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"a-long-admin-password\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let user = townhall::db::users::by_email(&app.db, "root@example.org").await.unwrap().unwrap();
    assert!(user.is_site_admin);
    common::log_in(&app, "root@example.org", "a-long-admin-password").await;
}

/// The count on the dashboard tile whose label is `label`.
fn tile(page: &str, label: &str) -> Option<String> {
    let end = page.find(&format!(r#"<span class="tile-label">{label}</span>"#))?;
    let start = page[..end].rfind(r#"<span class="count">"#)? + r#"<span class="count">"#.len();
    Some(page[start..page[start..].find('<')? + start].to_string())
}

#[tokio::test]
async fn the_dashboard_counts_the_work_waiting_for_each_role() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        // An indicator silent for years, and a comment held for a moderator.
        townhall::on_pool!(&app.db, |p| sqlx::query(
            "UPDATE indicator_values SET date = '2001-01-01'
             WHERE indicator_id = (SELECT id FROM indicators WHERE code = 'WIFI-MARKETS')"
        )
        .execute(p)
        .await
        .map(|_| ())
        .unwrap());
        townhall::on_pool!(&app.db, |p| sqlx::query(
            "UPDATE comments SET state = 'pending' WHERE id = (SELECT MIN(id) FROM comments WHERE city_id = $1)"
        )
        .bind(city.id)
        .execute(p)
        .await
        .map(|_| ())
        .unwrap());
        let work = townhall::db::comments::work_counts(&app.db, city.id).await.unwrap();
        assert!(work.awaiting > 0 && work.flagged > 0 && work.held >= 1, "{work:?}");
        let en = townhall::i18n::I18n::new(Locale::En);
        let label = |key: &str| en.t(key);

        let (staff, staff_id) = person(&app, "clerk@example.org", "Clerk").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let page = staff.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert_eq!(tile(&page, &label("dashboard-awaiting")), Some(work.awaiting.to_string()));
        assert_eq!(tile(&page, &label("dashboard-stale-indicators")), Some("1".into()));
        assert_eq!(tile(&page, &label("dashboard-needs-outcome")), Some("0".into()));
        for key in ["dashboard-open-challenges", "dashboard-overdue-challenges", "dashboard-overdue"] {
            assert!(tile(&page, &label(key)).is_some(), "staff see {key}");
        }
        for key in ["dashboard-flags", "dashboard-held"] {
            assert_eq!(tile(&page, &label(key)), None, "moderation is not the staff's work: {key}");
        }
        // Each tile leads to the work: the queue, or the list below it.
        assert!(page.contains(r#"<a href="awaiting"><span class="count">"#));
        assert!(page.contains(r##"<a href="#stale-indicators">"##) && page.contains(r#"<h2 id="stale-indicators">"#));
        assert!(page.contains(r#"href="indicators/WIFI-MARKETS/values""#), "the silent indicator, with its value form");

        let (moderator, moderator_id) = person(&app, "mod@example.org", "Moderator").await;
        roles::grant(&app.db, moderator_id, city.id, Role::Moderator, 0).await.unwrap();
        let page = moderator.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert_eq!(tile(&page, &label("dashboard-flags")), Some(work.flagged.to_string()));
        assert_eq!(tile(&page, &label("dashboard-held")), Some(work.held.to_string()));
        for key in ["dashboard-awaiting", "dashboard-stale-indicators", "dashboard-open-challenges"] {
            assert_eq!(tile(&page, &label(key)), None, "not the moderator's work: {key}");
        }
        assert!(!page.contains(r#"id="stale-indicators""#));
    });
}
