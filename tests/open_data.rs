//! Transparency report figures against the test's own fixture, CSV/JSON/HTML agreement, and
//! the open data API (pagination, ETag, CORS, no personal data) — on every backend.

mod common;

use common::{person, TestApp};
use std::collections::HashSet;
use townhall::db::{cities, commitments};
use townhall::on_pool;

const CITY: &str = "port-amani";

fn ts(date: &str, hour: i64) -> i64 {
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap().and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp()
        + hour * 3600
}

async fn exec(app: &TestApp, sql: String) {
    on_pool!(&app.db, |p| sqlx::query(&sql).execute(p).await.map(|_| ())).unwrap();
}

// The fixture: ten top-level comments on C-1 in March and April 2026, six answered
// officially after 1, 2, 3, 5, 8 and 13 hours, and one hidden as spam. Even-numbered
// comments are about the drain, odd ones about the bus shelter.
const STANCES: [Option<&str>; 10] = [
    Some("support"),
    Some("support"),
    Some("support"),
    Some("support"),
    Some("concern"),
    Some("concern"),
    Some("concern"),
    Some("question"),
    Some("question"),
    None,
];
const LANGS: [&str; 10] = ["en", "en", "fr", "sw", "sw", "en", "ar", "zh", "en", "sw"];
const DELAY_HOURS: [Option<i64>; 10] = [Some(1), Some(2), Some(3), Some(5), Some(8), Some(13), None, None, None, None];

fn about_drain(i: usize) -> bool {
    i.is_multiple_of(2)
}

/// Which fixture comments a filter should select.
type Selection = Box<dyn Fn(usize) -> bool>;

fn body(i: usize) -> &'static str {
    if about_drain(i) {
        "The drain on Harbour Road overflows after every rain"
    } else {
        "The bus shelter at the market needs lights"
    }
}

async fn fixture(app: &TestApp) -> i64 {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
    let c1 = commitments::by_ref(&app.db, city, 1).await.unwrap().unwrap().row.id;
    for i in 0..10 {
        let created = if i < 5 { ts("2026-03-10", i as i64) } else { ts("2026-04-10", i as i64) };
        let responded = DELAY_HOURS[i].map(|h| (created + h * 3600).to_string()).unwrap_or("NULL".into());
        let stance = STANCES[i].map(|s| format!("'{s}'")).unwrap_or("NULL".into());
        exec(app, format!(
            "INSERT INTO comments (city_id, target_type, target_id, body, stance, language, channel, state, is_official, created_at, responded_at, offline_name)
             VALUES ({city}, 'commitment', {c1}, '{}', {stance}, '{}', 'web', 'visible', FALSE, {created}, {responded}, 'person {i}')",
            body(i), LANGS[i]
        ))
        .await;
    }
    exec(app, format!(
        "INSERT INTO comments (city_id, target_type, target_id, body, language, channel, state, hidden_reason, is_official, created_at)
         VALUES ({city}, 'commitment', {c1}, 'buy cheap watches', 'en', 'web', 'hidden', 'spam', FALSE, {})",
        ts("2026-03-11", 0)
    ))
    .await;
    // As the services do: every change that affects search goes into the change log.
    exec(app, "INSERT INTO search_changes (entity_type, entity_id, op, created_at) SELECT 'comment', id, 'upsert', 0 FROM comments".into()).await;
    app.wait_for_index().await;
    city
}

/// The report's JSON for `query`, once the index holds every change made so far.
async fn report_json(app: &TestApp, query: &str) -> serde_json::Value {
    app.wait_for_index().await;
    app.get(&format!("/en/{CITY}/report?{query}&format=json")).await.json().await.unwrap()
}

/// A resident, and a member of the city's staff.
async fn resident_and_staff(app: &TestApp) -> (common::Browser, common::Browser) {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
    let (resident, _) = person(app, "res@example.org", "Resident").await;
    let (staff, staff_id) = person(app, "staff@example.org", "Staff").await;
    townhall::db::roles::grant(&app.db, staff_id, city, townhall::domain::accounts::Role::Staff, 0).await.unwrap();
    (resident, staff)
}

/// What the report must say about the fixture comments `selected`, computed here.
struct Expected {
    comments: usize,
    stances: Vec<(String, i64)>,
    responded: usize,
    median_hours: Option<f64>,
    p90_hours: Option<f64>,
}

fn expected(selected: impl Fn(usize) -> bool) -> Expected {
    let chosen: Vec<usize> = (0..10).filter(|i| selected(*i)).collect();
    let mut stances: Vec<(String, i64)> = Vec::new();
    for i in &chosen {
        let key = STANCES[*i].unwrap_or("none").to_string();
        match stances.iter_mut().find(|(k, _)| *k == key) {
            Some(e) => e.1 += 1,
            None => stances.push((key, 1)),
        }
    }
    stances.sort();
    let mut delays: Vec<i64> = chosen.iter().filter_map(|i| DELAY_HOURS[*i]).collect();
    delays.sort();
    // Nearest rank: the ceil(q * n)-th smallest.
    let rank =
        |q: f64| (!delays.is_empty()).then(|| delays[((q * delays.len() as f64).ceil() as usize).max(1) - 1] as f64);
    Expected { comments: chosen.len(), stances, responded: delays.len(), median_hours: rank(0.5), p90_hours: rank(0.9) }
}

fn stances_of(report: &serde_json::Value) -> Vec<(String, i64)> {
    let mut list: Vec<(String, i64)> = report["feedback"]["by_stance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["key"].as_str().unwrap().to_string(), c["count"].as_i64().unwrap()))
        .collect();
    list.sort();
    list
}

/// One table of the report's CSV.
#[derive(Debug)]
struct CsvTable {
    title: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// The report's CSV as its tables: after the UTF-8 byte-order mark, tables separated by one
/// empty line, each a title alone on its row, a header row, then the rows.
fn csv_tables(csv: &str) -> Vec<CsvTable> {
    let body = csv.strip_prefix('\u{feff}').expect("the CSV starts with a byte-order mark");
    body.split("\r\n\r\n")
        .map(|block| {
            let mut rows = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(block.as_bytes())
                .into_records()
                .map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>());
            let title = rows.next().expect("a title row");
            assert_eq!(title.len(), 1, "a table's title is alone on its row: {title:?}");
            let header = rows.next().expect("a header row");
            CsvTable { title: title[0].clone(), header, rows: rows.collect() }
        })
        .collect()
}

/// The value (the column after the label) of the row `code` in the table titled `section`.
fn csv_value(tables: &[CsvTable], section: &str, code: &str) -> Option<String> {
    let table = tables.iter().find(|t| t.title == section)?;
    table.rows.iter().find(|r| r[0] == code).map(|r| r[2].clone())
}

#[tokio::test]
async fn report_figures_match_the_fixture_in_html_csv_and_json() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        fixture(&app).await;
        let q = "from=2026-01-01&to=2026-06-30";
        let json: serde_json::Value =
            app.get(&format!("/en/{CITY}/report?{q}&format=json")).await.json().await.unwrap();
        let count = |list: &serde_json::Value, key: &str| {
            list.as_array().unwrap().iter().find(|c| c["key"] == key).map(|c| c["count"].as_i64().unwrap()).unwrap_or(0)
        };
        let f = &json["feedback"];
        assert_eq!(f["comments"], 10);
        assert_eq!(f["participants"], 10);
        assert_eq!(count(&f["by_stance"], "support"), 4);
        assert_eq!(count(&f["by_stance"], "concern"), 3);
        assert_eq!(count(&f["by_stance"], "question"), 2);
        assert_eq!(count(&f["by_stance"], "none"), 1);
        assert_eq!(count(&f["by_language"], "sw"), 3);
        assert_eq!(count(&f["by_channel"], "web"), 10);
        let months: Vec<(String, i64)> = f["per_month"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["key"].as_str().unwrap().to_string(), m["count"].as_i64().unwrap()))
            .collect();
        assert_eq!(
            months,
            vec![
                ("2026-01".into(), 0),
                ("2026-02".into(), 0),
                ("2026-03".into(), 5),
                ("2026-04".into(), 5),
                ("2026-05".into(), 0),
                ("2026-06".into(), 0)
            ]
        );
        assert_eq!(f["most_discussed"][0]["item"], "C-1");
        let r = &json["responsiveness"];
        assert_eq!(r["top_level_comments"], 10);
        assert_eq!(r["responded"], 6);
        assert!((r["response_rate"].as_f64().unwrap() - 0.6).abs() < 1e-9);
        // Nearest rank over 1, 2, 3, 5, 8, 13 hours: median the 3rd value, p90 the 6th.
        assert_eq!(r["median_hours"].as_f64(), Some(3.0));
        assert_eq!(r["p90_hours"].as_f64(), Some(13.0));
        assert_eq!(count(&json["moderation"]["hidden_by_reason"], "spam"), 1);
        assert_eq!(json["commitments"]["total"], 12);
        let statuses: Vec<(String, i64)> = on_pool!(&app.db, |p| sqlx::query_as::<_, (String, i64)>(
            "SELECT status, COUNT(*) FROM commitments GROUP BY status ORDER BY status"
        )
        .fetch_all(p)
        .await)
        .unwrap();
        let reported: Vec<(String, i64)> = json["commitments"]["by_status"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["status"].as_str().unwrap().to_string(), s["count"].as_i64().unwrap()))
            .collect();
        assert_eq!(reported, statuses, "commitments by status, as the table has them");
        assert_eq!(json["from"], "2026-01-01");

        // A period without the fixture counts nothing.
        let empty: serde_json::Value = app
            .get(&format!("/en/{CITY}/report?from=2025-01-01&to=2025-12-31&format=json"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(empty["feedback"]["comments"], 0);

        // CSV carries the same figures.
        let r = app.get(&format!("/en/{CITY}/report?{q}&format=csv")).await;
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = r.text().await.unwrap();
        let tables = csv_tables(&csv);
        for (section, code, value) in [
            ("What people said", "comments", "10"),
            ("Comments by stance", "support", "4"),
            ("Comments by stance", "concern", "3"),
            ("How the city answered", "responded", "6"),
            ("How the city answered", "response_rate", "0.6"),
            ("How the city answered", "median_hours", "3"),
            ("Comments per month", "2026-03", "5"),
            ("Hidden comments by reason", "spam", "1"),
        ] {
            assert_eq!(csv_value(&tables, section, code).as_deref(), Some(value), "{section}/{code} in\n{csv}");
        }
        let month = tables.iter().find(|t| t.title == "Comments per month").unwrap();
        assert_eq!(month.header, ["code", "Month", "Comments"]);
        assert!(month.rows.iter().any(|r| r[..2] == ["2026-03", "March 2026"]), "months are named: {month:?}");
        // And so does the page, with charts that have text alternatives.
        let html = app.page(&format!("/en/{CITY}/report?{q}")).await.1;
        assert!(html.contains("60%") && html.contains("(6/10)"));
        assert!(
            html.contains(r#"role="img""#)
                && html.contains("<desc id=\"c-stance-d\">Support: 4; Concern: 3; Question: 2")
        );
        assert!(html.contains("2026-01-01") && html.contains("2026-06-30"), "states its period");
        // The API answers the same figures.
        let api: serde_json::Value = app.get(&format!("/api/v1/cities/{CITY}/report?{q}")).await.json().await.unwrap();
        assert_eq!(api["feedback"], json["feedback"]);
        assert_eq!(api["responsiveness"], json["responsiveness"]);
        // And carries every field its OpenAPI schema requires.
        let spec: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
        for key in spec["components"]["schemas"]["Report"]["required"].as_array().unwrap() {
            assert!(api.get(key.as_str().unwrap()).is_some(), "the API report has {key}");
        }
    });
}

#[tokio::test]
async fn a_search_query_and_filters_scope_the_report() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        fixture(&app).await;
        let period = "from=2026-01-01&to=2026-06-30";
        let cases: Vec<(&str, Selection)> = vec![
            ("q=drain", Box::new(about_drain)),
            ("q=%22bus+shelter%22", Box::new(|i| !about_drain(i))),
            ("q=drain&lang=en", Box::new(|i| about_drain(i) && LANGS[i] == "en")),
            ("stance=support", Box::new(|i| STANCES[i] == Some("support"))),
            ("q=shelter&stance=concern", Box::new(|i| !about_drain(i) && STANCES[i] == Some("concern"))),
            ("q=volcano", Box::new(|_| false)),
            ("type=project", Box::new(|_| false)),
            ("type=commitment", Box::new(|_| true)),
        ];
        for (filters, selected) in cases {
            let want = expected(selected);
            let r = report_json(&app, &format!("{period}&{filters}")).await;
            assert_eq!(r["feedback"]["comments"], want.comments as i64, "{filters}");
            assert_eq!(stances_of(&r), want.stances, "{filters}");
            assert_eq!(r["responsiveness"]["top_level_comments"], want.comments as i64, "{filters}");
            assert_eq!(r["responsiveness"]["responded"], want.responded as i64, "{filters}");
            assert_eq!(r["responsiveness"]["median_hours"].as_f64(), want.median_hours, "{filters}");
            assert_eq!(r["responsiveness"]["p90_hours"].as_f64(), want.p90_hours, "{filters}");
            // Moderation figures do not depend on the words: hidden comments are not searchable.
            assert_eq!(r["moderation"]["hidden_by_reason"][0]["count"], 1, "{filters}");
        }

        // The page states the words and filters it counted, and its downloads keep them.
        let html = app.page(&format!("/en/{CITY}/report?{period}&q=drain&lang=en")).await.1;
        assert!(html.contains("<dt>Words to look for</dt><dd>drain</dd>"), "states its query");
        assert!(html.contains("<dt>Language</dt><dd>English</dd>"));
        assert!(html.contains("q=drain") && html.contains("format=csv"), "the CSV link keeps the query");
        let csv =
            app.get(&format!("/en/{CITY}/report?{period}&q=drain&lang=en&format=csv")).await.text().await.unwrap();
        let tables = csv_tables(&csv);
        assert_eq!(csv_value(&tables, "Report parameters", "q").as_deref(), Some("drain"), "{csv}");
        assert_eq!(csv_value(&tables, "What people said", "comments").as_deref(), Some("2"), "{csv}");

        // The thematic-area filter narrows the commitments too, counted here from the tables.
        let theme = "environmental-sustainability";
        let in_theme: i64 = on_pool!(&app.db, |p| {
            sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM commitment_themes t JOIN commitments c ON c.id = t.commitment_id WHERE t.theme = $1"
        )
        .bind(theme)
        .fetch_one(p)
        .await
        })
        .unwrap();
        assert!(in_theme > 0 && in_theme < 12, "the demo has commitments in and out of {theme}");
        let r = report_json(&app, &format!("{period}&theme={theme}")).await;
        assert_eq!(r["commitments"]["total"], in_theme);

        // Any search about one city links to the same scope as a report.
        let search = app.page("/en/search?q=drain&city=port-amani&lang=en").await.1;
        let link = "port-amani/report?q=drain&#38;lang=en";
        assert!(search.contains(link), "the search page offers its report");
        let r: serde_json::Value =
            app.get("/en/port-amani/report?q=drain&lang=en&from=2026-01-01&format=json").await.json().await.unwrap();
        assert_eq!(r["feedback"]["comments"], expected(|i| about_drain(i) && LANGS[i] == "en").comments as i64);
    });
}

#[tokio::test]
async fn the_report_csv_is_one_translated_table_per_section() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        fixture(&app).await;
        let q = "from=2026-01-01&to=2026-06-30";
        let r = app.get(&format!("/fr/{CITY}/report?{q}&format=csv")).await;
        assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
        let csv = r.text().await.unwrap();
        let tables = csv_tables(&csv);
        // One empty line between tables, and none anywhere else.
        assert_eq!(csv.matches("\r\n\r\n").count(), tables.len() - 1);
        assert!(!csv.contains("\r\n\r\n\r\n") && !csv.ends_with("\r\n\r\n"));
        let titles: Vec<&str> = tables.iter().map(|t| t.title.as_str()).collect();
        for title in
            ["Paramètres du rapport", "Engagements par statut", "Ce que les gens ont dit", "Commentaires par position"]
        {
            assert!(titles.contains(&title), "French section titles: {titles:?}");
        }
        for t in &tables {
            assert_eq!(t.header[0], "code", "{}: the machine column keeps its name", t.title);
            assert!(t.header.len() >= 3, "{}: code, label and value(s)", t.title);
            for row in &t.rows {
                assert_eq!(row.len(), t.header.len(), "{}: {row:?} against {:?}", t.title, t.header);
            }
        }
        let table = |title: &str| tables.iter().find(|t| t.title == title).unwrap();
        let status = table("Engagements par statut");
        assert_eq!(status.header, ["code", "Statut", "Engagements", "Avancement moyen (en\u{a0}%)"]);
        assert!(status.rows.iter().any(|r| r[..2] == ["in_progress", "En cours"]), "{status:?}");
        let stance = table("Commentaires par position");
        assert_eq!(stance.header, ["code", "Position", "Commentaires"]);
        assert!(stance.rows.contains(&vec!["support".into(), "Soutien".into(), "4".into()]), "{stance:?}");
        assert!(table("Commentaires par mois").rows.iter().any(|r| r[..3] == ["2026-03", "mars 2026", "5"]));
        // Numbers stay machine-readable in every language: no digit grouping, a decimal point.
        assert_eq!(csv_value(&tables, "Comment la ville a répondu", "response_rate").as_deref(), Some("0.6"));
        assert_eq!(csv_value(&tables, "Paramètres du rapport", "from").as_deref(), Some("2026-01-01"));

        // Every language has the same tables with the same codes, in the same order; Arabic
        // cells carry no Unicode isolates (they are for pages, not spreadsheet cells).
        let codes = |tables: &[CsvTable]| -> Vec<Vec<String>> {
            tables.iter().map(|t| t.rows.iter().map(|r| r[0].clone()).collect()).collect()
        };
        for locale in ["en", "ar"] {
            let other = app.get(&format!("/{locale}/{CITY}/report?{q}&format=csv")).await.text().await.unwrap();
            assert!(!other.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']), "{locale}: no isolates");
            let other_tables = csv_tables(&other);
            assert_eq!(other_tables.len(), tables.len(), "{locale}");
            let (mine, theirs) = (codes(&tables), codes(&other_tables));
            assert_eq!(mine, theirs, "{locale}: the same codes");
            assert!(other_tables.iter().zip(&tables).filter(|(a, b)| a.title != b.title).count() > tables.len() / 2);
        }
    });
}

#[tokio::test]
async fn the_report_follows_comments_responses_and_moderation_as_they_happen() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
        let (resident, staff) = resident_and_staff(&app).await;
        let (moderator, mod_id) = person(&app, "mod@example.org", "Moderator").await;
        townhall::db::roles::grant(&app.db, mod_id, city, townhall::domain::accounts::Role::Moderator, 0)
            .await
            .unwrap();
        let report = || report_json(&app, "");
        let before = report().await;
        let figure = |r: &serde_json::Value, section: &str, name: &str| r[section][name].as_i64().unwrap();

        let posted = resident
            .post(
                &format!("/en/{CITY}/commitments/C-4/comments"),
                &[("body", "Why is the Wi-Fi off?"), ("stance", "question")],
            )
            .await;
        assert_eq!(posted.status(), 303);
        let location = posted.headers()["location"].to_str().unwrap().to_string();
        let id = location.rsplit("#comment-").next().unwrap().to_string();
        let after_comment = report().await;
        assert_eq!(figure(&after_comment, "feedback", "comments"), figure(&before, "feedback", "comments") + 1);
        assert_eq!(
            figure(&after_comment, "responsiveness", "responded"),
            figure(&before, "responsiveness", "responded")
        );

        let answered = staff
            .post(
                &format!("/en/{CITY}/commitments/C-4/comments"),
                &[
                    ("body", "Switched off at 22:00; from March it stays on."),
                    ("parent_id", &id),
                    ("official", "1"),
                    ("department", "ICT"),
                ],
            )
            .await;
        assert_eq!(answered.status(), 303);
        let after_answer = report().await;
        // The official response is the city's answer, not feedback.
        assert_eq!(figure(&after_answer, "feedback", "comments"), figure(&after_comment, "feedback", "comments"));
        assert_eq!(
            figure(&after_answer, "responsiveness", "responded"),
            figure(&before, "responsiveness", "responded") + 1
        );

        let hidden = moderator
            .post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "hide"), ("reason", "off_topic")])
            .await;
        assert_eq!(hidden.status(), 303);
        let after_hide = report().await;
        assert_eq!(figure(&after_hide, "feedback", "comments"), figure(&before, "feedback", "comments"));
        let off_topic = after_hide["moderation"]["hidden_by_reason"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["key"] == "off_topic")
            .map(|c| c["count"].as_i64().unwrap());
        assert_eq!(off_topic, Some(1));
    });
}

#[tokio::test]
async fn retagging_a_commitment_moves_its_feedback_to_the_new_thematic_area() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
        let (resident, staff) = resident_and_staff(&app).await;
        let c1 = commitments::by_ref(&app.db, city, 1).await.unwrap().unwrap();
        let c2 = commitments::by_ref(&app.db, city, 2).await.unwrap().unwrap();
        let theme = townhall::domain::Theme::ALL
            .iter()
            .map(|t| t.id())
            .find(|t| !c1.themes.iter().chain(&c2.themes).any(|x| x == t))
            .unwrap();
        let posted =
            resident.post(&format!("/en/{CITY}/commitments/C-2/comments"), &[("body", "Retag me, please.")]).await;
        assert_eq!(posted.status(), 303);
        let in_theme =
            || async { report_json(&app, &format!("theme={theme}")).await["feedback"]["comments"].as_i64().unwrap() };
        let before = in_theme().await;

        let r = staff
            .post(
                &format!("/en/{CITY}/admin/commitments/C-2/edit"),
                &[("title_en", "Retagged commitment"), ("department", "Planning"), ("themes", theme)],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(in_theme().await, before + 1, "the comment now counts under {theme}");
        let found = app.page(&format!("/en/search?q=retag&theme={theme}")).await.1;
        assert!(found.contains("me, please") && found.contains("#comment-"), "and is found under it");

        // A consultation's comments follow the item it is about.
        let consultation = |about: &'static str| {
            [
                ("title_en", "Where should the shade trees go?"),
                ("opens", "2020-01-01T08:00"),
                ("closes", "2099-01-01T08:00"),
                ("about", about),
            ]
        };
        let r = staff.post(&format!("/en/{CITY}/admin/consultations/new"), &consultation("C-1")).await;
        assert_eq!(r.status(), 303);
        let r = resident.post(&format!("/en/{CITY}/consultations/1/comments"), &[("body", "Near the school.")]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(in_theme().await, before + 1, "C-1 is not in {theme}");
        let r = staff.post(&format!("/en/{CITY}/admin/consultations/1/edit"), &consultation("C-2")).await;
        assert_eq!(r.status(), 303);
        assert_eq!(in_theme().await, before + 2, "now about C-2, which is");
    });
}

#[tokio::test]
async fn participants_are_people_and_a_deleted_account_counts_as_the_database_says() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (resident, _) = person(&app, "twice@example.org", "Twice").await;
        let (other, _) = person(&app, "once@example.org", "Once").await;
        for (who, body) in [(&resident, "First thought."), (&resident, "Second thought."), (&other, "My only thought.")]
        {
            assert_eq!(
                who.post(&format!("/en/{CITY}/commitments/C-3/comments"), &[("body", body)]).await.status(),
                303
            );
        }
        let feedback = || async {
            let r = report_json(&app, "").await;
            (r["feedback"]["comments"].as_i64().unwrap(), r["feedback"]["participants"].as_i64().unwrap())
        };
        assert_eq!(feedback().await, (3, 2), "three comments from two people");
        let r = resident.post("/en/account/delete", &[("password", common::PASSWORD)]).await;
        assert_eq!(r.status(), 303);
        // The comments stay; nothing ties them to one person any more.
        assert_eq!(feedback().await, (3, 3));
    });
}

async fn all_pages(app: &TestApp, first: &str) -> Vec<serde_json::Value> {
    let mut items = Vec::new();
    let mut next = Some(first.to_string());
    while let Some(url) = next {
        let page: serde_json::Value = app.get(&url).await.json().await.unwrap();
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        next = page["next"].as_str().map(str::to_string);
    }
    items
}

#[tokio::test]
async fn api_pagination_is_complete_and_stable_with_etags_and_cors() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        fixture(&app).await;
        let commitments = all_pages(&app, &format!("/api/v1/cities/{CITY}/commitments?limit=5")).await;
        assert_eq!(commitments.len(), 12);
        let refs: Vec<&str> = commitments.iter().map(|c| c["reference"].as_str().unwrap()).collect();
        assert_eq!(refs.iter().collect::<HashSet<_>>().len(), 12, "no duplicates");
        assert_eq!(refs[0], "C-1");
        let updates = all_pages(&app, &format!("/api/v1/cities/{CITY}/updates?limit=7")).await;
        let seqs: Vec<i64> = updates.iter().map(|u| u["seq"].as_i64().unwrap()).collect();
        assert_eq!(seqs, (1..=seqs.len() as i64).collect::<Vec<_>>(), "the whole ledger, in order");
        assert_eq!(updates[1]["prev_hash"], updates[0]["hash"]);
        let comments = all_pages(&app, &format!("/api/v1/cities/{CITY}/comments?limit=3")).await;
        assert_eq!(comments.len(), 10, "visible comments only");
        assert!(comments.iter().all(|c| c["target"] == "C-1"));
        assert_eq!(all_pages(&app, &format!("/api/v1/cities/{CITY}/projects?limit=3")).await.len(), 8);

        let r = app.get(&format!("/api/v1/cities/{CITY}/commitments")).await;
        assert_eq!(r.headers()["access-control-allow-origin"], "*");
        let etag = r.headers()["etag"].to_str().unwrap().to_string();
        let again = app
            .client
            .get(app.url(&format!("/api/v1/cities/{CITY}/commitments")))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304);
        assert_eq!(app.get("/api/v1/cities/atlantis/commitments").await.status(), 404);
        let err: serde_json::Value = app.get("/api/v1/cities/atlantis/commitments").await.json().await.unwrap();
        assert_eq!(err["error"]["status"], 404);

        let spec: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
        assert_eq!(spec["openapi"], "3.0.3");
        for path in spec["paths"].as_object().unwrap().keys() {
            // The base demo city has no indicator: an indicator's values are a documented 404.
            let url = path.replace("{city}", CITY).replace("{code}", "NO-SUCH");
            let expected = if path.contains("{code}") { 404 } else { 200 };
            assert_eq!(app.get(&url).await.status(), expected, "{url} is documented and served");
        }
    });
}

#[tokio::test]
async fn personal_data_never_appears_in_the_api() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, _) = person(&app, "secret.person@example.org", "Zuberi Distinctivename").await;
        let r = b.post(&format!("/en/{CITY}/commitments/C-2/comments"), &[("body", "Public words only.")]).await;
        assert_eq!(r.status(), 303);
        let mut dump = String::new();
        for path in [
            "/api/v1/cities",
            &format!("/api/v1/cities/{CITY}/comments"),
            &format!("/api/v1/cities/{CITY}/report"),
            "/api/v1/search?q=public",
        ] {
            dump.push_str(&app.get(path).await.text().await.unwrap());
        }
        assert!(dump.contains("Public words only."));
        assert!(!dump.contains("Distinctivename") && !dump.contains("secret.person"), "no names or addresses");
    });
}

#[tokio::test]
async fn export_writes_the_same_records_as_files() {
    let app = TestApp::spawn_demo(&common::Backend::Sqlite).await;
    fixture(&app).await;
    for format in ["json", "csv"] {
        let out = app.dir.path().join(format!("export-{format}"));
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_townhall"))
            .args(["export", "--city", CITY, "--format", format, "--out"])
            .arg(&out)
            .env("TOWNHALL_DATABASE_URL", &app.db_url)
            .env("TOWNHALL_DATA_DIR", app.dir.path())
            .env("RUST_LOG", "error")
            .output()
            .unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        if format == "json" {
            let comments: Vec<serde_json::Value> =
                serde_json::from_str(&std::fs::read_to_string(out.join("comments.json")).unwrap()).unwrap();
            assert_eq!(comments.len(), 10);
            let updates: Vec<serde_json::Value> =
                serde_json::from_str(&std::fs::read_to_string(out.join("updates.json")).unwrap()).unwrap();
            let api = all_pages(&app, &format!("/api/v1/cities/{CITY}/updates?limit=1000")).await;
            assert_eq!(updates, api, "the export and the API agree");
        } else {
            let csv = std::fs::read_to_string(out.join("comments.csv")).unwrap();
            assert_eq!(csv.lines().count(), 11, "header and ten comments");
            assert!(csv.starts_with("id,target,parent_id"));
            let commitments = std::fs::read_to_string(out.join("commitments.csv")).unwrap();
            assert_eq!(commitments.lines().count(), 13);
        }
    }
}
