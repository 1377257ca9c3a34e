//! Questionnaires in consultations, as staff and residents use them: staff build one, residents
//! answer (and change their answers), staff type in paper and phone answers, results add up to
//! what the test itself sent (HTML, CSV and JSON agree), nothing is taken after closing, written
//! answers are searchable once public and can be hidden, and the outcome is mailed once to
//! everyone who took part.

mod common;

use common::{person, Browser, TestApp};
use std::collections::BTreeMap;
use townhall::db::questionnaires as qdb;
use townhall::db::{cities, consultations, outbox, roles};
use townhall::domain::accounts::Role;
use townhall::i18n::I18n;

const CITY: &str = "port-amani";

fn en() -> I18n {
    I18n::new(townhall::domain::Locale::En)
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    townhall::on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).unwrap()
}

async fn staff_member(app: &TestApp, email: &str, role: Role) -> Browser {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    let (browser, id) = person(app, email, "City Staff").await;
    roles::grant(&app.db, id, city.id, role, 0).await.unwrap();
    browser
}

/// Creates consultation K-1, open from 2020 to 2099, and returns its number.
async fn open_consultation(staff: &Browser) -> i64 {
    let r = staff
        .post(
            &format!("/en/{CITY}/admin/consultations/new"),
            &[("title_en", "New bus routes"), ("opens", "2020-01-01T08:00"), ("closes", "2099-01-01T08:00")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    location.rsplit('/').next().unwrap().parse().unwrap()
}

async fn add_question(staff: &Browser, n: i64, fields: &[(&str, &str)]) -> reqwest::Response {
    staff.post(&format!("/en/{CITY}/admin/consultations/{n}/questions"), fields).await
}

/// The question ids of consultation `n`, in order.
async fn question_ids(app: &TestApp, n: i64) -> Vec<i64> {
    let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    let k = consultations::by_ref(&app.db, city.id, n).await.unwrap().unwrap();
    qdb::questions(&app.db, k.id).await.unwrap().iter().map(|q| q.id).collect()
}

/// Builds the four-question questionnaire used below; returns the question ids.
async fn build_questionnaire(app: &TestApp, staff: &Browser, n: i64) -> [i64; 4] {
    let questions: [&[(&str, &str)]; 4] = [
        &[
            ("kind", "single"),
            ("required", "on"),
            ("prompt_en", "Which route first?"),
            ("options_en", "Coast road\nHill road\nAirport road"),
            ("prompt_sw", "Njia ipi kwanza?"),
            ("options_sw", "Barabara ya pwani\nBarabara ya kilima\nBarabara ya uwanja wa ndege"),
        ],
        &[
            ("kind", "multiple"),
            ("prompt_en", "When do you travel?"),
            ("options_en", "Morning\nAfternoon\nEvening\nNight"),
        ],
        &[("kind", "scale"), ("prompt_en", "How good is the bus service today?")],
        &[("kind", "text"), ("prompt_en", "Anything else?")],
    ];
    for fields in questions {
        assert_eq!(add_question(staff, n, fields).await.status(), 303);
    }
    question_ids(app, n).await.try_into().unwrap()
}

/// One respondent's answers: (question index, values).
type Sent = Vec<(usize, Vec<&'static str>)>;

fn form(ids: &[i64; 4], sent: &Sent) -> Vec<(String, String)> {
    sent.iter().flat_map(|(q, values)| values.iter().map(move |v| (format!("q{}", ids[*q]), v.to_string()))).collect()
}

async fn answer(b: &Browser, n: i64, ids: &[i64; 4], sent: &Sent) -> reqwest::Response {
    let pairs = form(ids, sent);
    let fields: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    b.post(&format!("/en/{CITY}/consultations/{n}/answers"), &fields).await
}

#[tokio::test]
async fn a_questionnaire_from_building_to_counted_results_and_the_outcome_mail() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let staff = staff_member(&app, "staff@example.org", Role::Staff).await;
        let moderator = staff_member(&app, "mod@example.org", Role::Moderator).await;
        let n = open_consultation(&staff).await;

        // Staff mistakes are explained and change nothing.
        let r = add_question(&staff, n, &[("kind", "single"), ("prompt_en", "Pick"), ("options_en", "Only one")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("question-options-needed")));
        let r = add_question(&staff, n, &[("kind", "text"), ("prompt_en", "Why?"), ("options_en", "A\nB")]).await;
        assert_eq!(r.status(), 422);
        let r = add_question(
            &staff,
            n,
            &[("kind", "single"), ("prompt_en", "Pick"), ("options_en", "A\nB"), ("options_fr", "A\nB\nC")],
        )
        .await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("question-options-mismatch")));
        assert_eq!(add_question(&staff, n, &[("kind", "poll"), ("prompt_en", "Pick")]).await.status(), 422);
        assert!(question_ids(&app, n).await.is_empty());

        let ids = build_questionnaire(&app, &staff, n).await;
        // Order can change: move the scale up and back down.
        let moved = format!("/en/{CITY}/admin/consultations/{n}/questions/{}/move", ids[2]);
        assert_eq!(staff.post(&moved, &[("direction", "up")]).await.status(), 303);
        assert_eq!(question_ids(&app, n).await, vec![ids[0], ids[2], ids[1], ids[3]]);
        assert_eq!(staff.post(&moved, &[("direction", "down")]).await.status(), 303);
        assert_eq!(question_ids(&app, n).await, ids.to_vec());

        // The page shows the form: a fieldset and legend per question.
        let page = app.page(&format!("/en/{CITY}/consultations/{n}")).await.1;
        assert!(page.contains(&en().t("questionnaire-login")), "anonymous visitors are asked to sign in");
        let (r1, r1_id) = person(&app, "r1@example.org", "Resident One").await;
        let page = r1.get(&format!("/en/{CITY}/consultations/{n}")).await.text().await.unwrap();
        assert_eq!(page.matches("<fieldset class=\"question").count(), 4);
        assert!(page.contains("Which route first?") && page.contains(r#"type="checkbox""#));

        // Three residents answer; the first changes their mind.
        let (r2, _) = person(&app, "r2@example.org", "Resident Two").await;
        let (r3, _) = person(&app, "r3@example.org", "Resident Three").await;
        let first: Sent =
            vec![(0, vec!["1"]), (1, vec!["1", "2"]), (2, vec!["2"]), (3, vec!["Buses every 10 minutes"])];
        assert_eq!(answer(&r1, n, &ids, &first).await.status(), 303);
        let replaced: Sent =
            vec![(0, vec!["2"]), (1, vec!["4"]), (2, vec!["5"]), (3, vec!["Night buses to the hospital"])];
        assert_eq!(answer(&r1, n, &ids, &replaced).await.status(), 303);
        let second: Sent = vec![(0, vec!["2"]), (1, vec!["1", "3"]), (2, vec!["4"])];
        assert_eq!(answer(&r2, n, &ids, &second).await.status(), 303);
        let third: Sent = vec![(0, vec!["3"]), (3, vec!["Shelters from the rain at every stop"])];
        let r = answer(&r3, n, &ids, &third).await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().contains("answered=1"));
        let page = r1.get(&format!("/en/{CITY}/consultations/{n}")).await.text().await.unwrap();
        assert!(page.contains(&en().t("questionnaire-change")), "their answers are filled in");
        assert!(page.contains(&format!(r#"id="q{}-4" name="q{}" value="4" checked"#, ids[1], ids[1])));
        assert!(page.contains("Night buses to the hospital") && !page.contains("Buses every 10 minutes"));

        // A resident comments too: they hear of the outcome as well.
        let (commenter, _) = person(&app, "c@example.org", "Commenter").await;
        let r =
            commenter.post(&format!("/en/{CITY}/consultations/{n}/comments"), &[("body", "More buses please.")]).await;
        assert_eq!(r.status(), 303);

        // Paper forms: three identical ones at once, and a phone call.
        let offline = format!("/en/{CITY}/admin/consultations/{n}/offline-answers");
        assert_eq!(staff.get(&offline).await.status(), 200);
        let paper = form(&ids, &vec![(0, vec!["2"]), (2, vec!["4"])]);
        let mut fields: Vec<(&str, &str)> = paper.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        fields.extend([("channel", "paper"), ("language", "sw"), ("copies", "3")]);
        let r = staff.post(&offline, &fields).await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().ends_with("entered=3"));
        let phone = form(&ids, &vec![(0, vec!["3"]), (3, vec!["Call-in: the airport road floods"])]);
        let mut fields: Vec<(&str, &str)> = phone.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        fields.extend([("channel", "phone"), ("language", "en"), ("copies", "1")]);
        assert_eq!(staff.post(&offline, &fields).await.status(), 303);
        // An offline form with no channel, or "web", is refused.
        let mut fields: Vec<(&str, &str)> = phone.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        fields.extend([("channel", "web"), ("language", "en"), ("copies", "0")]);
        let r = staff.post(&offline, &fields).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(&en().t("answer-invalid-channel")) && body.contains(&en().t("answer-invalid-copies")));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM responses").await, 3 + 3 + 1);

        // Now answered: the kind and options are fixed, the wording is not.
        let edit = format!("/en/{CITY}/admin/consultations/{n}/questions/{}", ids[0]);
        let r = staff
            .post(
                &edit,
                &[
                    ("kind", "multiple"),
                    ("required", "on"),
                    ("prompt_en", "Which route first?"),
                    ("options_en", "Coast road\nHill road\nAirport road"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("question-locked")));
        let r = staff
            .post(
                &edit,
                &[
                    ("kind", "single"),
                    ("required", "on"),
                    ("prompt_en", "Which route should come first?"),
                    ("options_en", "Coast road\nHill road\nAirport road"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(add_question(&staff, n, &[("kind", "text"), ("prompt_en", "Late question")]).await.status(), 422);

        // Not public while open (no live results): no numbers, no download.
        let results = format!("/en/{CITY}/consultations/{n}/results");
        let (status, page) = app.page(&results).await;
        assert_eq!(status, 200);
        assert!(!page.contains("Night buses") && !page.contains(r#"<table class="data">"#));
        assert_eq!(app.get(&format!("{results}?format=json")).await.status(), 403);
        assert_eq!(app.get(&format!("{results}?format=xml")).await.status(), 400);

        // Everything so far is indexed while still embargoed: closing must re-date it.
        app.wait_for_index().await;
        // Closing it; an answer posted afterwards changes nothing.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/consultations/{n}/edit"),
                &[("title_en", "New bus routes"), ("opens", "2020-01-01T08:00"), ("closes", "2021-01-01T08:00")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let before = count(&app, "SELECT COUNT(*) FROM answers").await;
        let r = answer(&r2, n, &ids, &vec![(0, vec!["1"])]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("answer-closed")));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM answers").await, before);

        // The counts are the test's own: the replaced answer counts once, as replaced.
        let mut expected: BTreeMap<(usize, i64), (i64, i64)> = BTreeMap::new(); // (question, option) -> (web, offline)
        let web = [&replaced, &second, &third];
        for sent in web {
            for (q, values) in sent.iter() {
                for v in values {
                    if let Ok(o) = v.parse::<i64>() {
                        expected.entry((*q, o)).or_default().0 += 1;
                    }
                }
            }
        }
        expected.entry((0, 2)).or_default().1 += 3;
        expected.entry((2, 4)).or_default().1 += 3;
        expected.entry((0, 3)).or_default().1 += 1;
        let json: serde_json::Value = app.get(&format!("{results}?format=json")).await.json().await.unwrap();
        assert_eq!(json["respondents"], 7);
        assert_eq!(json["respondents_by_channel"]["web"], 3);
        assert_eq!(json["respondents_by_channel"]["paper"], 3);
        assert_eq!(json["respondents_by_channel"]["phone"], 1);
        let questions = json["questions"].as_array().unwrap();
        assert_eq!(questions[0]["prompt"], "Which route should come first?");
        assert_eq!(questions[0]["respondents"], 7, "everyone answered the required question");
        for (qi, q) in questions.iter().enumerate().take(3) {
            for o in q["options"].as_array().unwrap() {
                let number = o["number"].as_i64().unwrap();
                let (w, off) = expected.get(&(qi, number)).copied().unwrap_or_default();
                assert_eq!(o["count"], w + off, "question {qi} option {number}");
                assert_eq!(o["by_channel"]["web"].as_i64().unwrap_or(0), w, "question {qi} option {number} online");
            }
        }
        // Scale: 5 and 4 online, 4 ×3 on paper → mean 4.2 over 5 respondents.
        assert_eq!(questions[2]["respondents"], 5);
        assert_eq!(questions[2]["mean"], 4.2);
        // Shares are of the question's respondents: 5 of 7 chose the hill road (two online, three on paper).
        assert_eq!(questions[0]["options"][1]["share_percent"], 71.4);
        let texts: Vec<&str> =
            questions[3]["answers"].as_array().unwrap().iter().filter_map(|a| a["text"].as_str()).collect();
        assert_eq!(texts.len(), 3);
        assert!(texts.contains(&"Night buses to the hospital") && !texts.contains(&"Buses every 10 minutes"));

        // CSV and HTML say the same.
        let csv = app.get(&format!("{results}?format=csv")).await.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header = reader.headers().unwrap().clone();
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let mut rows = 0;
        let html = app.page(&results).await.1;
        for row in reader.records() {
            let row = row.unwrap();
            let q: usize = row[column("question")].parse().unwrap();
            let o: i64 = row[column("option")].parse().unwrap();
            let from_json = &questions[q - 1]["options"][o as usize - 1];
            assert_eq!(row[column("count")], from_json["count"].to_string());
            assert_eq!(
                row[column("share_percent")].parse::<f64>().unwrap(),
                from_json["share_percent"].as_f64().unwrap()
            );
            rows += 1;
        }
        assert_eq!(rows, 3 + 4 + 5, "one row per option and scale value");
        for q in questions.iter().take(3) {
            for o in q["options"].as_array().unwrap() {
                let cell = format!(
                    "<td>{}</td><td><bdi>{:.1}&nbsp;%</bdi></td>",
                    o["count"],
                    o["share_percent"].as_f64().unwrap()
                );
                assert!(html.contains(&cell), "HTML shows {cell}");
            }
        }
        assert!(html.contains("<svg class=\"chart results-chart\"") && html.contains("Night buses to the hospital"));

        // The transparency report counts respondents by channel and language.
        let report: serde_json::Value = app.get(&format!("/en/{CITY}/report?format=json")).await.json().await.unwrap();
        let figures = &report["questionnaires"];
        assert_eq!(figures["respondents"], 7, "{figures}");
        assert_eq!(figures["written_answers"], 3);
        let by = |list: &serde_json::Value, key: &str| {
            list.as_array().unwrap().iter().find(|c| c["key"] == key).map(|c| c["count"].as_i64().unwrap())
        };
        assert_eq!(by(&figures["by_channel"], "paper"), Some(3));
        assert_eq!(by(&figures["by_language"], "sw"), Some(3));
        assert_eq!(by(&figures["by_language"], "en"), Some(4));

        // Written answers are found by search once the results are public, until hidden.
        app.wait_for_index().await;
        let found: serde_json::Value =
            app.get(&format!("/api/v1/search?q=hospital&type=answer&city={CITY}")).await.json().await.unwrap();
        assert_eq!(found["total"], 1, "{found}");
        let hidden_id = texts_ids(&questions[3], "Night buses to the hospital");
        let r = moderator
            .post(
                &format!("/en/{CITY}/admin/answers/{hidden_id}"),
                &[("decision", "hide"), ("reason", "personal_data")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let html = app.page(&results).await.1;
        assert!(!html.contains("Night buses to the hospital"));
        assert!(html.contains(&en().ts("answer-hidden", "reason", &en().t("reason-personal_data"))));
        app.wait_for_index().await;
        let found: serde_json::Value =
            app.get(&format!("/api/v1/search?q=hospital&type=answer&city={CITY}")).await.json().await.unwrap();
        assert_eq!(found["total"], 0);
        assert_eq!(
            staff.post(&format!("/en/{CITY}/admin/answers/{hidden_id}"), &[("decision", "restore")]).await.status(),
            403
        );

        // The outcome goes once to each person who answered or commented, in their language.
        let outcome = [
            ("title_en", "New bus routes"),
            ("opens", "2020-01-01T08:00"),
            ("closes", "2021-01-01T08:00"),
            ("outcome_heard_en", "Most people asked for the hill road."),
            ("outcome_actions_en", "The hill road line starts in June."),
        ];
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/consultations/{n}/edit"), &outcome).await.status(), 303);
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/consultations/{n}/edit"), &outcome).await.status(), 303);
        for to in ["r1@example.org", "r2@example.org", "r3@example.org", "c@example.org"] {
            let mails: Vec<_> = outbox::all_to(&app.db, to)
                .await
                .unwrap()
                .into_iter()
                .filter(|m| m.subject.contains("the outcome of the consultation"))
                .collect();
            assert_eq!(mails.len(), 1, "{to} gets the outcome once");
            assert!(mails[0].subject.contains("K-1") && mails[0].body_text.contains("hill road"));
        }
        assert!(outbox::all_to(&app.db, "staff@example.org").await.unwrap().is_empty());
        let feed = app.page(&format!("/en/{CITY}/consultations/{n}/feed.atom")).await.1;
        assert!(feed.contains("Most people asked for the hill road."));

        // Answers are in the person's export; after deletion they stay, counted, unlinked.
        let export = r1.get("/en/account/export").await.text().await.unwrap();
        assert!(export.contains("\"answers\"") && export.contains("Night buses to the hospital"));
        let r = r1.post("/en/account/delete", &[("password", common::PASSWORD)]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM responses WHERE user_id = {r1_id}")).await, 0);
        let json: serde_json::Value = app.get(&format!("{results}?format=json")).await.json().await.unwrap();
        assert_eq!(json["respondents"], 7);
    });
}

fn texts_ids(question: &serde_json::Value, text: &str) -> i64 {
    question["answers"].as_array().unwrap().iter().find(|a| a["text"] == text).unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn bad_answers_get_their_reason_and_store_nothing() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let staff = staff_member(&app, "staff@example.org", Role::Staff).await;
        let n = open_consultation(&staff).await;
        let ids = build_questionnaire(&app, &staff, n).await;
        let (resident, _) = person(&app, "r@example.org", "Resident").await;
        let path = format!("/en/{CITY}/consultations/{n}/answers");
        let long = "x".repeat(2001);
        let q = |i: usize| format!("q{}", ids[i]);
        let cases: Vec<(Vec<(String, String)>, &str)> = vec![
            (vec![(q(0), "1".into()), ("q999999".into(), "1".into())], "answer-unknown-question"),
            (vec![(q(0), "4".into())], "answer-invalid-option"),
            (vec![(q(0), "1".into()), (q(0), "2".into())], "answer-one-only"),
            (vec![(q(0), "1".into()), (q(2), "6".into())], "answer-invalid-option"),
            (vec![(q(0), "1".into()), (q(3), long)], "answer-too-long"),
            (vec![(q(1), "1".into())], "answer-required"),
            (vec![(q(0), "one".into())], "answer-invalid-option"),
        ];
        // Each case from its own resident: six posts a minute is a person's budget, as for comments.
        for (i, (pairs, key)) in cases.into_iter().enumerate() {
            let fields: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let (someone, _) = person(&app, &format!("case{i}@example.org"), "Resident").await;
            let r = someone.post(&path, &fields).await;
            assert_eq!(r.status(), 422, "{key}");
            let body = r.text().await.unwrap();
            assert!(body.contains(&en().t(key)), "{key} is explained");
            assert!(body.contains("id=\"questionnaire-errors\""), "the error summary is there");
        }
        // What was typed is kept on error.
        let r = resident.post(&path, &[(q(3).as_str(), "Keep me"), (q(2).as_str(), "3")]).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        assert!(body.contains(">Keep me</textarea>") && body.contains(r#"value="3" checked"#));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM responses").await, 0);

        // Without a confirmed e-mail address: refused with the reason.
        let hash = townhall::services::accounts::hash_password(common::PASSWORD.into()).await.unwrap();
        let mut tx = app.db.begin().await.unwrap();
        townhall::db::users::insert(&mut tx, "new@example.org", "New", &hash, "en", 0).await.unwrap();
        tx.commit().await.unwrap();
        let unverified = Browser::new(&app);
        unverified.post("/en/login", &[("email", "new@example.org"), ("password", common::PASSWORD)]).await;
        let r = unverified.post(&path, &[(q(0).as_str(), "1")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("form-verify-first")));
        // Anonymous: sent to sign in.
        let r = Browser::new(&app).post(&path, &[(q(0).as_str(), "1")]).await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().contains("/en/login"));

        // An upcoming consultation takes no answers.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/consultations/{n}/edit"),
                &[("title_en", "New bus routes"), ("opens", "2098-01-01T08:00"), ("closes", "2099-01-01T08:00")],
            )
            .await;
        assert_eq!(r.status(), 303);
        let r = resident.post(&path, &[(q(0).as_str(), "1")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("answer-closed")));
        assert_eq!(count(&app, "SELECT COUNT(*) FROM responses").await, 0);
        // Residents cannot reach the staff pages.
        let r = resident.get(&format!("/en/{CITY}/admin/consultations/{n}/questions")).await;
        assert_eq!(r.status(), 403);
    });
}

#[tokio::test]
async fn live_results_are_public_while_open() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let staff = staff_member(&app, "staff@example.org", Role::Staff).await;
        let n = open_consultation(&staff).await;
        let ids = build_questionnaire(&app, &staff, n).await;
        let (resident, _) = person(&app, "r@example.org", "Resident").await;
        let sent: Sent = vec![(0, vec!["3"]), (3, vec!["Quieter engines near the school"])];
        assert_eq!(answer(&resident, n, &ids, &sent).await.status(), 303);
        let results = format!("/en/{CITY}/consultations/{n}/results?format=json");
        assert_eq!(app.get(&results).await.status(), 403);
        app.wait_for_index().await;
        let search = format!("/api/v1/search?q=engines&type=answer&city={CITY}");
        let found: serde_json::Value = app.get(&search).await.json().await.unwrap();
        assert_eq!(found["total"], 0, "written answers wait for the results to be public");

        let live = format!("/en/{CITY}/admin/consultations/{n}/live-results");
        assert_eq!(staff.post(&live, &[("live", "on")]).await.status(), 303);
        let json: serde_json::Value = app.get(&results).await.json().await.unwrap();
        assert_eq!(json["questions"][0]["options"][2]["count"], 1);
        let page = app.page(&format!("/en/{CITY}/consultations/{n}")).await.1;
        assert!(page.contains(&en().t("questionnaire-see-results")));
        app.wait_for_index().await;
        let found: serde_json::Value = app.get(&search).await.json().await.unwrap();
        assert_eq!(found["total"], 1);
    });
}

#[tokio::test]
async fn the_demo_city_has_a_closed_and_an_open_questionnaire() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let json: serde_json::Value =
            app.get(&format!("/en/{CITY}/consultations/1/results?format=json")).await.json().await.unwrap();
        assert!(json["respondents"].as_i64().unwrap() >= 60, "{}", json["respondents"]);
        assert!(json["respondents_by_channel"]["paper"].as_i64().unwrap() > 0);
        assert!(json["respondents_by_channel"]["web"].as_i64().unwrap() > 0);
        let (status, page) = app.page(&format!("/en/{CITY}/consultations/1/results")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Which footpath should be lit first?"));
        // The open one takes answers from a resident.
        let (resident, _) = person(&app, "new-resident@example.org", "New Resident").await;
        let page = resident.get(&format!("/en/{CITY}/consultations/2")).await.text().await.unwrap();
        assert!(page.contains(r#"type="radio""#) && page.contains(&en().t("questionnaire-submit")));
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let k = consultations::by_ref(&app.db, city.id, 2).await.unwrap().unwrap();
        let first = qdb::questions(&app.db, k.id).await.unwrap()[0].id;
        let r =
            resident.post(&format!("/en/{CITY}/consultations/2/answers"), &[(format!("q{first}").as_str(), "2")]).await;
        assert_eq!(r.status(), 303);
    });
}
