//! Civil society contests an official status and the city answers, in time or not — on every
//! backend, with time injected (the opening date is moved back) rather than slept.

mod common;

use common::{person, TestApp};
use townhall::db::{cities, organisations, outbox, roles};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";

async fn post(b: &common::Browser, path: &str, fields: Vec<(String, String)>) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post(path, &pairs).await
}

fn en() -> I18n {
    I18n::new(townhall::domain::Locale::En)
}

#[tokio::test]
async fn a_challenge_is_opened_goes_overdue_and_is_answered() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (member, member_id) = person(&app, "member@example.org", "Member").await;
        let (colleague, colleague_id) = person(&app, "colleague@example.org", "Colleague").await;
        let (stranger, _) = person(&app, "stranger@example.org", "Stranger").await;
        let (follower, _) = person(&app, "follower@example.org", "Follower").await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let org = organisations::insert(&app.db, city.id, "Harbour Watch", "", "", member_id, 0).await.unwrap();
        organisations::add_member(&app.db, org, colleague_id, false, 0).await.unwrap();
        let pending = organisations::insert(&app.db, city.id, "Not Yet", "", "", member_id, 0).await.unwrap();
        assert_eq!(
            follower.post(&format!("/en/{CITY}/commitments/C-1/follow"), &[("follow", "1")]).await.status(),
            303
        );

        let path = format!("/en/{CITY}/commitments/C-1/challenges");
        let org_s = org.to_string();
        let good = |org: String| {
            vec![
                ("organisation_id".to_string(), org),
                ("claimed_status".to_string(), "delayed".to_string()),
                ("body".to_string(), "The lanes on Uhuru Road are not painted yet.".to_string()),
                ("evidence_label_1".to_string(), "Photos, 3 March".to_string()),
                ("evidence_url_1".to_string(), "https://watch.example.org/photos".to_string()),
            ]
        };
        // Only members of a verified organisation of this city.
        assert_eq!(post(&stranger, &path, good(org_s.clone())).await.status(), 403);
        assert_eq!(post(&member, &path, good(org_s.clone())).await.status(), 403, "not verified yet");
        organisations::set_status(&app.db, org, "verified", staff_id, 0).await.unwrap();
        assert_eq!(post(&member, &path, good(pending.to_string())).await.status(), 403, "unverified organisation");
        assert_eq!(stranger.get(&format!("{path}/new")).await.status(), 403);
        assert_eq!(member.get(&format!("{path}/new")).await.status(), 200);

        // Evidence is required, and the claim must differ from the official status.
        let mut no_evidence = good(org_s.clone());
        no_evidence.truncate(3);
        let r = post(&member, &path, no_evidence).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-challenge-evidence")));
        let official = townhall::db::commitments::by_ref(&app.db, city.id, 1).await.unwrap().unwrap().row.status;
        let mut same = good(org_s.clone());
        same[1].1 = official.clone();
        assert_eq!(post(&member, &path, same).await.status(), 422);
        assert!(townhall::db::challenges::for_city(&app.db, city.id).await.unwrap().is_empty(), "nothing stored");

        let r = post(&member, &path, good(org_s.clone())).await;
        assert_eq!(r.status(), 303);
        let id: i64 = r.headers()["location"].to_str().unwrap().rsplit("#challenge-").next().unwrap().parse().unwrap();
        let page = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
        assert!(page.contains(&format!(r#"id="challenge-{id}""#)) && page.contains("Harbour Watch"));
        assert!(page.contains(&en().t("challenge-state-open")));
        // One open challenge per organisation per item, whoever in it asks.
        let r = post(&colleague, &path, good(org_s.clone())).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-challenge-open")));
        // Followers and the organisation's members hear of it.
        for to in ["follower@example.org", "colleague@example.org"] {
            let mail = outbox::latest_to(&app.db, to).await.unwrap().unwrap();
            assert!(mail.subject.starts_with("Port Amani · C-1 "), "{to}: {}", mail.subject);
            assert!(mail.subject.ends_with(": Harbour Watch challenges the official status"), "{}", mail.subject);
            assert!(mail.body_text.contains(&format!("#challenge-{id}")));
        }

        // Past the city's response days it shows as overdue, everywhere.
        app.as_if_time_passed("UPDATE challenges SET created_at = created_at - 31 * 86400").await;
        let overdue = en().t("challenge-state-overdue");
        assert!(app.page(&format!("/en/{CITY}/commitments/C-1")).await.1.contains(&overdue));
        let list = app.page(&format!("/en/{CITY}/challenges?state=overdue")).await.1;
        assert!(list.contains(&format!("#challenge-{id}")) && list.contains(&overdue));
        assert!(!app
            .page(&format!("/en/{CITY}/challenges?state=upheld"))
            .await
            .1
            .contains(&format!("#challenge-{id}")));
        assert_eq!(app.page(&format!("/en/{CITY}/challenges?state=bogus")).await.0, 400);
        let dashboard = staff.get(&format!("/en/{CITY}/admin/")).await.text().await.unwrap();
        assert!(dashboard.contains(&format!("challenges/{id}/answer")) && dashboard.contains(&overdue));

        // Upheld needs the update that corrects the status, published since.
        let answer = format!("/en/{CITY}/admin/challenges/{id}/answer");
        assert_eq!(member.get(&answer).await.status(), 403);
        let fields = |seq: &str| {
            vec![
                ("decision", "upheld".to_string()),
                ("body", "You are right: the works slipped.".to_string()),
                ("department", "Urban Mobility".to_string()),
                ("correcting_seq", seq.to_string()),
            ]
        };
        let f = fields("1");
        let r = post(&staff, &answer, f.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()).await;
        assert_eq!(r.status(), 422, "update #1 is older and about something else");
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-1"),
                    ("status", "delayed"),
                    ("progress", "30"),
                    ("publisher", "Urban Mobility"),
                    ("text_en", "Delayed."),
                ],
            )
            .await;
        let seq = r.headers()["location"].to_str().unwrap().rsplit("#update-").next().unwrap().to_string();
        let f = fields(&seq);
        let r = post(&staff, &answer, f.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()).await;
        assert_eq!(r.status(), 303);
        let page = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
        assert!(page.contains(&en().t("challenge-state-upheld")) && page.contains("You are right: the works slipped."));
        assert!(page.contains(&format!(r##"href="#update-{seq}""##)));
        let mail = outbox::latest_to(&app.db, "colleague@example.org").await.unwrap().unwrap();
        assert!(mail.subject.ends_with(": challenge upheld, status corrected"), "{}", mail.subject);
        assert!(mail.body_text.contains("You are right: the works slipped."), "the answer is quoted");
        assert!(mail.body_text.contains("member of Harbour Watch"), "why: {}", mail.body_text);
        // Answered once only; now a new challenge may be opened.
        let r = post(&staff, &answer, f.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()).await;
        assert_eq!(r.status(), 422);
        let actions: Vec<String> = townhall::on_pool!(&app.db, |p| sqlx::query_scalar("SELECT action FROM audit_log")
            .fetch_all(p)
            .await
            .unwrap());
        assert!(actions.iter().any(|a| a == "challenge.upheld"));

        // A rejection on a project, with its reason.
        let r = member
            .post(
                &format!("/en/{CITY}/projects/1/challenges"),
                &[
                    ("organisation_id", org_s.as_str()),
                    ("claimed_status", "cancelled"),
                    ("body", "Nobody works on this any more."),
                    ("evidence_label_1", "Site visit"),
                    ("evidence_url_1", "https://watch.example.org/site"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let pid: i64 = r.headers()["location"].to_str().unwrap().rsplit("#challenge-").next().unwrap().parse().unwrap();
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/challenges/{pid}/answer"),
                &[
                    ("decision", "rejected"),
                    ("body", "Work resumed in May; see update 40."),
                    ("department", "Public Works"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let list = app.page(&format!("/en/{CITY}/challenges?state=rejected")).await.1;
        assert!(list.contains(&format!("#challenge-{pid}")));

        // The report counts them as the test did: two opened, one upheld after 31 days, one
        // rejected the same day, none overdue.
        let report: serde_json::Value = app.get(&format!("/api/v1/cities/{CITY}/report")).await.json().await.unwrap();
        let ch = &report["challenges"];
        assert_eq!((ch["opened"].as_i64(), ch["answered"].as_i64()), (Some(2), Some(2)), "{ch}");
        assert_eq!(
            (ch["upheld"].as_i64(), ch["rejected"].as_i64(), ch["overdue"].as_i64()),
            (Some(1), Some(1), Some(0))
        );
        assert_eq!(ch["median_days_to_answer"].as_i64(), Some(0), "nearest-rank median of 0 and 31 days");
        let departments = ch["by_department"].as_array().unwrap();
        assert_eq!(departments.len(), 2);
        // The same challenges as open data.
        let api: serde_json::Value = app.get(&format!("/api/v1/cities/{CITY}/challenges")).await.json().await.unwrap();
        let items = api["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert!(items
            .iter()
            .any(|c| c["state"] == "upheld" && c["item"] == "C-1" && c["correcting_update"].as_i64().is_some()));
        assert!(items.iter().any(|c| c["state"] == "rejected" && c["department"] == "Public Works"));
        // And in the export, the same records as the API.
        let out = app.dir.path().join("export");
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
            .args(["export", "--city", CITY, "--format", "json", "--out"])
            .arg(&out)
            .env("TOWNHALL_DATABASE_URL", &app.db_url)
            .env("TOWNHALL_DATA_DIR", app.dir.path())
            .env("RUST_LOG", "error")
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        let exported: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("challenges.json")).unwrap()).unwrap();
        assert_eq!(&exported, &api["items"], "the export and the API agree");
        let html = app.page(&format!("/en/{CITY}/report")).await.1;
        assert!(html.contains(&en().t("report-challenges-opened")) && html.contains("Public Works"));
    });
}
