//! Measured indicators: staff create one and publish values through the forms; the values
//! join the city's hash chain (verify-ledger catches a changed one), show on the indicator
//! and commitment pages and in the API, feed and report; bad input changes nothing; CSV import
//! is all-or-nothing.

mod common;

use common::{person, TestApp};
use townhall::db::{cities, outbox, roles};
use townhall::domain::accounts::Role;
use townhall::services::import::{self, ImportError, ImportKind};

const CITY: &str = "port-amani";

async fn count(app: &TestApp, sql: &str) -> i64 {
    townhall::on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).unwrap()
}

async fn json(app: &TestApp, path: &str) -> serde_json::Value {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    r.json().await.unwrap()
}

fn indicator_fields(code: &str) -> Vec<(&'static str, String)> {
    vec![
        ("code", code.to_string()),
        ("name_en", "Markets with card payment".into()),
        ("name_sw", "Masoko yanayopokea malipo ya kadi".into()),
        ("dimension", "economy".into()),
        ("u4ssc_kpi", "EC.ICT.PS.2A".into()),
        ("unit", "%".into()),
        ("direction", "increase".into()),
        ("baseline_value", "10".into()),
        ("baseline_date", "2024-01-01".into()),
        ("target_value", "90".into()),
        ("target_date", "2028-01-01".into()),
        ("commitments", "C-12".into()),
    ]
}

async fn post(b: &common::Browser, path: &str, fields: &[(&str, String)]) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    b.post(path, &pairs).await
}

#[tokio::test]
async fn staff_publish_an_indicator_and_its_values_and_everyone_sees_them() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "stats@example.org", "Statistics Unit").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let (follower, _) = person(&app, "follower@example.org", "Follower").await;
        assert_eq!(
            follower.post(&format!("/en/{CITY}/commitments/C-12/follow"), &[("follow", "1")]).await.status(),
            303
        );

        assert_eq!(staff.get(&format!("/en/{CITY}/admin/indicators/new")).await.status(), 200);
        let r = post(&staff, &format!("/en/{CITY}/admin/indicators/new"), &indicator_fields("CARD-MARKETS")).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("/en/{CITY}/indicators/CARD-MARKETS"));

        let published = [
            ("2024-12-31", "22.5", "Market survey 2024"),
            ("2025-12-31", "41", "https://port-amani.example/markets-2025"),
        ];
        let values_path = format!("/en/{CITY}/admin/indicators/CARD-MARKETS/values");
        for (date, value, source) in published {
            let fields = [
                ("date", date.to_string()),
                ("value", value.to_string()),
                ("source", source.to_string()),
                ("note", String::new()),
                ("publisher", "Statistics Unit".into()),
            ];
            assert_eq!(post(&staff, &values_path, &fields).await.status(), 303);
        }
        // A correction names the value it corrects; both stay.
        let api = json(&app, &format!("/api/v1/cities/{CITY}/indicators/CARD-MARKETS/values")).await;
        let first_seq = api["items"][0]["seq"].as_i64().unwrap();
        let fields = [
            ("date", "2024-12-31".to_string()),
            ("value", "25".into()),
            ("source", "Market survey 2024 (revised)".into()),
            ("note", "Two markets were missing.".into()),
            ("publisher", "Statistics Unit".into()),
            ("corrects", first_seq.to_string()),
        ];
        assert_eq!(post(&staff, &values_path, &fields).await.status(), 303);

        // The API gives back exactly what was published, chained.
        let api = json(&app, &format!("/api/v1/cities/{CITY}/indicators/CARD-MARKETS/values")).await;
        let items = api["items"].as_array().unwrap();
        assert_eq!(items.len(), 3);
        for (item, (date, value, source)) in items.iter().zip(published) {
            assert_eq!(
                (item["date"].as_str(), item["value"].as_str(), item["source"].as_str()),
                (Some(date), Some(value), Some(source))
            );
        }
        assert_eq!(items[2]["corrects"], first_seq);
        for pair in items.windows(2) {
            assert!(pair[1]["seq"].as_i64() > pair[0]["seq"].as_i64());
        }
        let ledger = townhall::services::ledger::verify(&app.db).await.unwrap();
        let ours = ledger.iter().find(|l| l.city == CITY).unwrap();
        assert!(ours.first_broken.is_none(), "{:?}", ours.first_broken);

        let list = json(&app, &format!("/api/v1/cities/{CITY}/indicators")).await;
        let card = list["items"].as_array().unwrap().iter().find(|i| i["code"] == "CARD-MARKETS").unwrap().clone();
        assert_eq!(card["latest"]["value"], "41");
        assert_eq!(card["commitments"][0], "C-12");
        // 10% in 2024 to 90% in 2028: the line expects about 50% at the end of 2025; 41 is
        // 9 points behind, over 10% of the planned 80-point change.
        assert_eq!(card["trend"], "off_track");

        let (status, page) = app.page(&format!("/en/{CITY}/indicators/CARD-MARKETS")).await;
        assert_eq!(status, 200);
        assert!(page.contains("<svg") && page.contains("Off track"));
        assert!(page.contains("<del><bdi>22.5 %</bdi></del>"), "the corrected value stays, struck through");
        assert!(page.contains("Two markets were missing."));
        let (_, commitment) = app.page(&format!("/en/{CITY}/commitments/C-12")).await;
        assert!(commitment.contains("/indicators/CARD-MARKETS") && commitment.contains("41 %"));
        let (_, list_page) = app.page(&format!("/en/{CITY}/indicators")).await;
        assert!(list_page.contains("CARD-MARKETS") && list_page.contains("Economy"));
        let (status, feed) = app.page(&format!("/en/{CITY}/indicators/feed.atom")).await;
        assert_eq!(status, 200);
        assert!(feed.contains("CARD-MARKETS") && feed.contains("Corrects value"));

        // Followers of the linked commitment hear of each new value.
        let mails = outbox::all_to(&app.db, "follower@example.org").await.unwrap();
        assert_eq!(mails.iter().filter(|m| m.body_text.contains("CARD-MARKETS")).count(), 3);

        let report = json(&app, &format!("/api/v1/cities/{CITY}/report")).await;
        let figures = &report["indicators"];
        assert_eq!(figures["total"], 1);
        assert_eq!(figures["values_in_period"], 3);
        let off: i64 =
            figures["by_dimension"].as_array().unwrap().iter().map(|d| d["off_track"].as_i64().unwrap()).sum();
        assert_eq!(off, 1);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action LIKE 'indicator.%'").await, 4);
    });
}

#[tokio::test]
async fn bad_indicators_and_values_are_refused_and_nothing_is_stored() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "stats@example.org", "Statistics Unit").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let new = format!("/en/{CITY}/admin/indicators/new");
        assert_eq!(post(&staff, &new, &indicator_fields("GOOD")).await.status(), 303);
        let indicators = count(&app, "SELECT COUNT(*) FROM indicators").await;
        for (field, value, message) in [
            ("code", "GOOD", "already has an indicator with this code"),
            ("code", "bad code!", "Use 2 to 40 letters"),
            ("baseline_value", "ten", "Enter a number"),
            ("target_value", "inf", "Enter a number"),
            ("baseline_date", "2025-02-30", "Enter a date"),
            ("target_date", "2023-06-30", "must come after the baseline date"),
            ("commitments", "C-999", "does not exist"),
            ("u4ssc_kpi", "XX.NOPE", "Choose one of the options"),
        ] {
            let mut fields = indicator_fields("OTHER");
            fields.retain(|(k, _)| *k != field);
            fields.push((field, value.to_string()));
            let r = post(&staff, &new, &fields).await;
            assert_eq!(r.status(), 422, "{field}={value}");
            let page = r.text().await.unwrap();
            assert!(page.contains("error-summary") && page.contains(message), "{field}={value}: names the reason");
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM indicators").await, indicators);

        let values = format!("/en/{CITY}/admin/indicators/GOOD/values");
        let ledger = count(&app, "SELECT COUNT(*) FROM indicator_values").await;
        for (field, value) in [
            ("value", "12,5"),
            ("value", "NaN"),
            ("value", "1e9"),
            ("date", "2025-13-01"),
            ("date", "1850-01-01"),
            ("source", ""),
            ("corrects", "99999"),
        ] {
            let mut fields = vec![
                ("date", "2025-06-30".to_string()),
                ("value", "12.5".into()),
                ("source", "Survey".into()),
                ("publisher", "Unit".into()),
            ];
            fields.retain(|(k, _)| *k != field);
            fields.push((field, value.to_string()));
            let r = post(&staff, &values, &fields).await;
            assert_eq!(r.status(), 422, "{field}={value}");
        }
        assert_eq!(count(&app, "SELECT COUNT(*) FROM indicator_values").await, ledger);
        // Only staff: a resident gets 403, a stranger is sent to log in.
        let (resident, _) = person(&app, "resident@example.org", "Resident").await;
        assert_eq!(
            post(&resident, &values, &[("date", "2025-06-30".into()), ("value", "1".into()), ("source", "x".into())])
                .await
                .status(),
            403
        );
        assert_eq!(app.get(&format!("/en/{CITY}/indicators/NOPE")).await.status(), 404);
        assert_eq!(app.get(&format!("/api/v1/cities/{CITY}/indicators/NOPE/values")).await.status(), 404);
    });
}

#[tokio::test]
async fn verify_ledger_catches_a_changed_value() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let ledger = townhall::services::ledger::verify(&app.db).await.unwrap();
        assert!(ledger[0].first_broken.is_none(), "{:?}", ledger[0].first_broken);
        let id = count(&app, "SELECT MIN(id) FROM indicator_values WHERE value = '2'").await;
        townhall::on_pool!(&app.db, |p| sqlx::query(&format!(
            "UPDATE indicator_values SET value = '9' WHERE id = {id}"
        ))
        .execute(p)
        .await
        .map(|_| ()))
        .unwrap();
        let ledger = townhall::services::ledger::verify(&app.db).await.unwrap();
        let broken = ledger[0].first_broken.clone().expect("the changed value is caught");
        assert!(broken.contains("indicator value") && broken.contains(&format!("id {id}")), "{broken}");
    });
}

#[tokio::test]
async fn the_demo_city_measures_a_dozen_indicators_over_years() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let list = json(&app, &format!("/api/v1/cities/{CITY}/indicators")).await;
        let items = list["items"].as_array().unwrap();
        assert!(items.len() >= 10);
        for d in ["economy", "environment", "society_culture"] {
            assert!(items.iter().any(|i| i["dimension"] == d), "{d}");
        }
        assert!(items.iter().any(|i| i["trend"] == "off_track"));
        let mut corrected = 0;
        for i in items {
            let values =
                json(&app, &format!("/api/v1/cities/{CITY}/indicators/{}/values", i["code"].as_str().unwrap())).await;
            let values = values["items"].as_array().unwrap();
            let years: std::collections::BTreeSet<&str> =
                values.iter().map(|v| &v["date"].as_str().unwrap()[..4]).collect();
            assert!((3..=5).contains(&years.len()), "{}: {years:?}", i["code"]);
            corrected += values.iter().filter(|v| !v["corrects"].is_null()).count();
        }
        assert!(corrected >= 1);
    });
}

#[tokio::test]
async fn importing_values_is_all_or_nothing() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let before = count(&app, "SELECT COUNT(*) FROM indicator_values").await;
        let bad = "indicator,date,value,source,note\nWIFI-MARKETS,2026-06-30,4,Survey,\nNO-SUCH,2026-06-30,5,Survey,\nWIFI-MARKETS,2026-02-30,x,,\n";
        let import = |text: &'static str| {
            let (db, base, city) = (app.db.clone(), app.config.base_url.clone(), city.clone());
            async move { import::import_file(&db, &base, &city, ImportKind::IndicatorValues, text, None, "Unit").await }
        };
        let Err(ImportError::Rows(errors)) = import(bad).await else { panic!("refused") };
        let named: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.column.as_str())).collect();
        assert_eq!(named, vec![(3, "indicator"), (4, "date"), (4, "value"), (4, "source")]);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM indicator_values").await, before, "nothing stored");
        let Err(ImportError::Rows(errors)) = import("indicator,date,amount\n").await else { panic!("refused") };
        assert!(errors.iter().any(|e| e.column == "amount"));
        let good = "indicator,date,value,source,note\nWIFI-MARKETS,2026-06-30,4,Market survey,\nMANGROVES,2026-06-30,230.5,Forest service,Dry season count\n";
        assert_eq!(import(good).await.unwrap(), 2);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM indicator_values").await, before + 2);
        let ledger = townhall::services::ledger::verify(&app.db).await.unwrap();
        assert!(ledger[0].first_broken.is_none());
    });
}

#[tokio::test]
async fn residents_comment_on_and_follow_an_indicator() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (resident, _) = person(&app, "watcher@example.org", "Watcher").await;
        let page = format!("/en/{CITY}/indicators/WIFI-MARKETS");
        let r = resident
            .post(
                &format!("{page}/comments"),
                &[("body", "Only two markets in four years: what is blocking the rest?")],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().starts_with(&format!("{page}?posted=")));
        assert_eq!(resident.post(&format!("{page}/follow"), &[("follow", "1")]).await.status(), 303);
        let (_, html) = app.page(&page).await;
        assert!(html.contains("what is blocking the rest?"));
        let following = resident.get("/en/account/following").await.text().await.unwrap();
        assert!(following.contains(&format!("/en/{CITY}/indicators/WIFI-MARKETS")), "listed with its page");
        // Too long a comment: 422 on the indicator page, nothing stored.
        let r = resident.post(&format!("{page}/comments"), &[("body", &"x".repeat(5001))]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains("error-summary"));
        // A new value reaches the indicator's followers.
        let (staff, staff_id) = person(&app, "stats@example.org", "Statistics Unit").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let fields = [
            ("date", "2026-06-30".to_string()),
            ("value", "5".into()),
            ("source", "Market survey".into()),
            ("publisher", "Unit".into()),
        ];
        assert_eq!(
            post(&staff, &format!("/en/{CITY}/admin/indicators/WIFI-MARKETS/values"), &fields).await.status(),
            303
        );
        let mail = outbox::latest_to(&app.db, "watcher@example.org").await.unwrap().unwrap();
        assert!(mail.body_text.contains("WIFI-MARKETS") && mail.body_text.contains("5 markets"));
        assert!(mail.body_text.contains("&item=indicator:"), "a one-click unfollow for the indicator");
        // The old reference address leads to the code.
        let id = count(&app, "SELECT id FROM indicators WHERE code = 'WIFI-MARKETS'").await;
        let r = app.get(&format!("/en/{CITY}/indicators/I-{id}")).await;
        assert_eq!(r.status(), 308);
        assert_eq!(r.headers()["location"], page);
    });
}
