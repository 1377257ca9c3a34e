//! A real city adopts townhall: it imports what it already has, and every staff and moderation
//! workflow reaches its end, audited and confirmed — on every backend.

mod common;

use common::{person, Browser, TestApp};
use townhall::db::{cities, commitments, outbox, projects, roles, Db};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";

fn en() -> I18n {
    I18n::new(townhall::domain::Locale::En)
}

fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
        .args(args)
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", app.dir.path())
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

async fn counts(app: &TestApp) -> (usize, usize) {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    (
        commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len(),
        projects::list(&app.db, city.id, None).await.unwrap().len(),
    )
}

async fn audit_actions(db: &Db) -> Vec<String> {
    townhall::on_pool!(db, |p| sqlx::query_scalar::<_, String>("SELECT action FROM audit_log ORDER BY id")
        .fetch_all(p)
        .await
        .unwrap())
}

const GOOD_COMMITMENTS: &str = "title_en,title_fr,department,due_date,themes,sdgs,kpis\n\
Solar street lights on every market road,Lampadaires solaires,Energy,2027-06-30,environmental-sustainability;digital-infrastructure-city-services,7;11,EN-EN-EN-1C\n\
\"Clean water kiosks, open late\",,Water and Sanitation,,inclusion-equity-human-rights,6,\n";

#[tokio::test]
async fn imports_store_every_row_or_none_and_name_each_problem() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let dir = tempfile::tempdir().unwrap();
        let (before_c, before_p) = counts(&app).await;

        let bad = dir.path().join("bad.csv");
        std::fs::write(
            &bad,
            "title_en,department,due_date,themes,sdgs\n\
             Fine row,Energy,2027-01-01,,\n\
             Bad date,Energy,2027-02-30,,\n\
             Bad theme,Energy,,flying-cars,\n\
             ,,,,19\n",
        )
        .unwrap();
        let out = cli(&app, &["import", "--city", CITY, "--kind", "commitments", bad.to_str().unwrap()]);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        for expected in [
            "line 3, column due_date",
            "line 4, column themes",
            "line 5, column title_en",
            "line 5, column department",
            "line 5, column sdgs",
        ] {
            assert!(err.contains(expected), "{expected} in:\n{err}");
        }
        assert!(!err.contains("line 2,"), "the good row is not blamed");
        assert_eq!(counts(&app).await, (before_c, before_p), "nothing stored");

        let good = dir.path().join("good.csv");
        std::fs::write(&good, GOOD_COMMITMENTS).unwrap();
        let out = cli(&app, &["import", "--city", CITY, "--kind", "commitments", good.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(counts(&app).await.0, before_c + 2);
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let imported = commitments::by_ref(&app.db, city.id, before_c as i64 + 2).await.unwrap().unwrap();
        assert_eq!(imported.title().0["en"], "Clean water kiosks, open late");
        assert_eq!(imported.sdgs, vec![6]);
        let page = app.page(&format!("/fr/{CITY}/commitments/C-{}", before_c + 1)).await.1;
        assert!(page.contains("Lampadaires solaires"));

        // Projects link commitments by reference; an unknown one is named.
        let projects_csv = dir.path().join("projects.csv");
        std::fs::write(
            &projects_csv,
            "title_en,budget_planned,currency,commitments,lat,lon\n\
             Kiosk build,1200000,TZS,C-1;C-99,,\n\
             Lights,abc,TZS,,-6.8,39.3\n",
        )
        .unwrap();
        let out = cli(&app, &["import", "--city", CITY, "--kind", "projects", projects_csv.to_str().unwrap()]);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("line 2, column commitments") && err.contains("line 3, column budget_planned"), "{err}");
        assert_eq!(counts(&app).await.1, before_p);

        // The same as a staff upload.
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let upload = |csv: &'static str, kind: &'static str, token: String| {
            reqwest::multipart::Form::new()
                .text("csrf_token", token)
                .text("kind", kind)
                .part("file", reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("list.csv"))
        };
        let url = staff.url(&format!("/en/{CITY}/admin/import"));
        let bad_csv = "title_en,department\nOnly a title,\n";
        let r =
            staff.client.post(&url).multipart(upload(bad_csv, "commitments", staff.csrf().await)).send().await.unwrap();
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains("<td>2</td>") && body.contains("department"), "line and column listed");
        let r = staff
            .client
            .post(&url)
            .multipart(upload(GOOD_COMMITMENTS, "commitments", "forged".into()))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "an upload needs the CSRF token too");
        let r = staff
            .client
            .post(&url)
            .multipart(upload(GOOD_COMMITMENTS, "commitments", staff.csrf().await))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        assert_eq!(counts(&app).await.0, before_c + 4);
        // The staff member is told it worked, on the page the redirect leads to.
        let dashboard = staff.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert!(dashboard.contains(&en().t("admin-done")));
        let again = staff.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert!(!again.contains(r#"class="notice" role="status""#), "shown once");
        let actions = audit_actions(&app.db).await;
        assert_eq!(actions.iter().filter(|a| *a == "import.commitments").count(), 2, "CLI and upload audited");
    });
}

#[tokio::test]
async fn moderation_hides_any_comment_and_restores_it_with_a_reason_and_the_author_is_told() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (author, _) = person(&app, "author@example.org", "Author").await;
        let (moderator, mod_id) = person(&app, "mod@example.org", "Moderator").await;
        roles::grant(&app.db, mod_id, city.id, Role::Moderator, 0).await.unwrap();
        let r = author
            .post(&format!("/en/{CITY}/commitments/C-2/comments"), &[("body", "The market office sells forms.")])
            .await;
        let id: i64 = r.headers()["location"].to_str().unwrap().rsplit("#comment-").next().unwrap().parse().unwrap();

        // Not flagged by anyone, yet the moderator can act from the comment itself.
        let page = moderator.get(&format!("/en/{CITY}/commitments/C-2")).await.text().await.unwrap();
        assert!(page.contains(&format!(r#"action="/en/{CITY}/admin/moderation/{id}""#)));
        let r = moderator
            .post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "hide"), ("reason", "off_topic")])
            .await;
        assert_eq!(r.status(), 303);
        let public = app.page(&format!("/en/{CITY}/commitments/C-2")).await.1;
        assert!(public.contains(&en().ts("comment-hidden", "reason", &en().t("reason-off_topic"))));
        let mail = outbox::latest_to(&app.db, "author@example.org").await.unwrap().unwrap();
        assert_eq!(mail.subject, en().t("mail-moderation-hidden-subject"));
        assert!(
            mail.body_text.contains(&en().t("reason-off_topic")) && mail.body_text.contains(&format!("#comment-{id}"))
        );

        // The queue shows it among hidden comments; restoring needs a reason.
        let queue = moderator.get(&format!("/en/{CITY}/admin/moderation")).await.text().await.unwrap();
        assert!(queue.contains(&format!(r#"id="hidden-{id}""#)));
        let restore = format!("/en/{CITY}/admin/moderation/{id}/restore");
        let r = moderator.post(&restore, &[("reason", "  ")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-required")));
        assert_eq!(author.post(&restore, &[("reason", "mine")]).await.status(), 403);
        let r = moderator.post(&restore, &[("reason", "It is about the market after all.")]).await;
        assert_eq!(r.status(), 303);
        let public = app.page(&format!("/en/{CITY}/commitments/C-2")).await.1;
        assert!(public.contains("The market office sells forms."));
        let mail = outbox::latest_to(&app.db, "author@example.org").await.unwrap().unwrap();
        assert_eq!(mail.subject, en().t("mail-moderation-restored-subject"));
        assert!(mail.body_text.contains("It is about the market after all."));
        // Restoring a visible comment is refused.
        assert_eq!(moderator.post(&restore, &[("reason", "again")]).await.status(), 422);

        // Reporters' notes reach the moderator.
        let (reader, _) = person(&app, "reader@example.org", "Reader").await;
        reader
            .post(&format!("/en/comments/{id}/flag"), &[("reason", "spam"), ("note", "Posted in every thread")])
            .await;
        let queue = moderator.get(&format!("/en/{CITY}/admin/moderation")).await.text().await.unwrap();
        assert!(queue.contains("Posted in every thread"));
    });
}

#[tokio::test]
async fn every_kind_of_staff_action_is_in_the_translated_audit_log() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (admin, admin_id) = person(&app, "admin@example.org", "Asha Admin").await;
        roles::grant(&app.db, admin_id, city.id, Role::CityAdmin, 0).await.unwrap();
        let (resident, _) = person(&app, "resident@example.org", "Resident").await;
        let ok = |status: reqwest::StatusCode, what: &str| assert_eq!(status, 303, "{what}");

        ok(
            admin
                .post(&format!("/en/{CITY}/admin/people"), &[("email", "resident@example.org"), ("role", "staff")])
                .await
                .status(),
            "grant",
        );
        ok(
            admin.post(&format!("/en/{CITY}/admin/departments"), &[("department", "Parks")]).await.status(),
            "department",
        );
        ok(
            admin
                .post(
                    &format!("/en/{CITY}/admin/commitments/new"),
                    &[("title_en", "Shade trees"), ("department", "Parks")],
                )
                .await
                .status(),
            "commitment",
        );
        ok(
            admin
                .post(&format!("/en/{CITY}/admin/projects/new"), &[("title_en", "Tree nursery"), ("currency", "USD")])
                .await
                .status(),
            "project",
        );
        let r = admin
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-1"),
                    ("status", "delayed"),
                    ("progress", "20"),
                    ("publisher", "Transport"),
                    ("text_en", "Late."),
                ],
            )
            .await;
        ok(r.status(), "update");
        let seq = r.headers()["location"].to_str().unwrap().rsplit("#update-").next().unwrap().to_string();
        let r = admin
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-1"),
                    ("status", "in_progress"),
                    ("progress", "25"),
                    ("publisher", "Transport"),
                    ("text_en", "Correction: in progress."),
                    ("corrects", &seq),
                ],
            )
            .await;
        ok(r.status(), "correction");
        // The corrected update says so, and links its correction.
        let page = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
        assert!(page.contains(&en().t("update-corrected")), "marked as corrected");
        ok(
            admin
                .post(
                    &format!("/en/{CITY}/admin/consultations/new"),
                    &[
                        ("title_en", "Which parks first?"),
                        ("opens", "2020-01-01T08:00"),
                        ("closes", "2099-01-01T08:00"),
                    ],
                )
                .await
                .status(),
            "consultation",
        );
        ok(
            admin
                .post(
                    &format!("/en/{CITY}/admin/offline"),
                    &[
                        ("item", "K-1"),
                        ("channel", "paper"),
                        ("date", "2026-01-10"),
                        ("body", "Parks near the school, please."),
                        ("consent", "1"),
                        ("language", "en"),
                    ],
                )
                .await
                .status(),
            "offline on a consultation",
        );
        let r = resident.post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "When?")]).await;
        let id = r.headers()["location"].to_str().unwrap().rsplit("#comment-").next().unwrap().to_string();
        ok(
            admin
                .post(
                    &format!("/en/{CITY}/commitments/C-1/comments"),
                    &[("body", "In March."), ("parent_id", &id), ("official", "1"), ("department", "Transport")],
                )
                .await
                .status(),
            "official response",
        );
        ok(
            admin
                .post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "hide"), ("reason", "spam")])
                .await
                .status(),
            "hide",
        );
        ok(
            admin.post(&format!("/en/{CITY}/admin/moderation/{id}/restore"), &[("reason", "Not spam.")]).await.status(),
            "restore",
        );
        let settings = admin.get(&format!("/en/{CITY}/admin/settings")).await.text().await.unwrap();
        assert!(settings.contains("Africa/Dar_es_Salaam"));
        ok(
            admin
                .post(
                    &format!("/en/{CITY}/admin/settings"),
                    &[
                        ("name_en", "Port Amani"),
                        ("default_locale", "en"),
                        ("locales", "en"),
                        ("timezone", "Africa/Dar_es_Salaam"),
                        ("moderation", "post"),
                        ("response_days", "30"),
                    ],
                )
                .await
                .status(),
            "settings",
        );
        let (founder, _) = person(&app, "founder@example.org", "Founder").await;
        let r = founder.post(&format!("/en/{CITY}/organisations/new"), &[("name", "Park Friends")]).await;
        let org = r.headers()["location"]
            .to_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .split('?')
            .next()
            .unwrap()
            .to_string();
        let admin_mail = outbox::latest_to(&app.db, "admin@example.org").await.unwrap().unwrap();
        assert!(admin_mail.subject.contains("Park Friends"), "city admins hear of the request");
        ok(
            admin
                .post(&format!("/en/{CITY}/admin/organisations/{org}/verify"), &[("decision", "verified")])
                .await
                .status(),
            "verify",
        );
        let founder_mail = outbox::latest_to(&app.db, "founder@example.org").await.unwrap().unwrap();
        assert!(founder_mail.subject.contains("Park Friends") && founder_mail.body_text.contains("verified"));

        let actions = audit_actions(&app.db).await;
        for expected in [
            "role.grant.staff",
            "department.add",
            "commitment.create",
            "project.create",
            "update.publish",
            "consultation.save",
            "comment.offline",
            "comment.official_response",
            "comment.hide.spam",
            "comment.restore",
            "city.settings",
            "organisation.verified",
        ] {
            assert!(actions.iter().any(|a| a == expected), "{expected} audited: {actions:?}");
        }
        // Shown with translated names in the city's local time, and filtered.
        let log = admin.get(&format!("/en/{CITY}/admin/audit")).await.text().await.unwrap();
        assert!(log.contains(&en().ts("audit-role-grant", "detail", &en().t("role-staff"))));
        assert!(log.contains(&en().ts("audit-comment-hide", "detail", &en().t("reason-spam"))));
        let filtered = admin.get(&format!("/en/{CITY}/admin/audit?action=comment.hide")).await.text().await.unwrap();
        assert!(filtered.contains("comment.hide.spam") && !filtered.contains("role.grant.staff"));
        let r = admin.get(&format!("/en/{CITY}/admin/audit?from=2026-13-01")).await;
        assert_eq!(r.status(), 422);
        let future = admin.get(&format!("/en/{CITY}/admin/audit?from=2199-01-01")).await.text().await.unwrap();
        assert!(future.contains(&en().t("admin-audit-none")));

        // The dashboard counts the work waiting.
        let dashboard = admin.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert!(dashboard.contains(&en().t("dashboard-awaiting")) && dashboard.contains("consultations/1/edit"));
        let _ = Browser::new(&app);
    });
}
