//! Hostile input, property-tested: random and adversarial values in every form field and
//! query parameter, odd paths, wrong methods, invalid UTF-8, huge bodies, missing CSRF.
//! Never a 500, never stored script, a clear 4xx for what cannot be used.

mod common;

use common::{person, Browser, TestApp};
use proptest::prelude::*;
use std::sync::LazyLock;
use tokio::runtime::Runtime;

const CITY: &str = "port-amani";

static RT: LazyLock<Runtime> =
    LazyLock::new(|| tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap());

struct World {
    app: TestApp,
    staff: Browser,
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    RT.block_on(async {
        let app = TestApp::spawn_demo(&common::Backend::Sqlite)
            .await
            .restart_with(|c| {
                c.limits.comment_per_account_per_minute = 100_000;
                c.limits.comment_per_ip_per_minute = 100_000;
                c.limits.login_per_ip_per_minute = 100_000;
                c.limits.login_per_account_per_minute = 100_000;
                c.limits.register_per_ip_per_hour = 100_000;
                c.limits.reset_per_ip_per_hour = 100_000;
                c.limits.reset_per_account_per_hour = 100_000;
            })
            .await;
        townhall::services::demo::load_indicators(&app.db).await.unwrap();
        let city = townhall::db::cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id;
        let (staff, id) = person(&app, "staff@example.org", "Staff").await;
        townhall::db::roles::grant(&app.db, id, city, townhall::domain::accounts::Role::CityAdmin, 0).await.unwrap();
        questionnaire(&app, id).await;
        World { app, staff }
    })
});

/// Consultation K-1, open, with questions 1–4 (single, multiple, scale, text).
async fn questionnaire(app: &TestApp, staff: i64) {
    use townhall::domain::questionnaires::QuestionKind;
    use townhall::domain::{Locale, Translated};
    use townhall::services::questionnaires::{add_question, QuestionInput};
    let city = townhall::db::cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
    let input = townhall::services::publishing::ConsultationInput {
        title: Translated::single(Locale::En, "Bus routes"),
        opens: "2020-01-01T08:00".into(),
        closes: "2099-01-01T08:00".into(),
        ..Default::default()
    };
    townhall::services::publishing::save_consultation(&app.db, "", &city, None, &input, Some(staff)).await.unwrap();
    let k = townhall::db::consultations::by_ref(&app.db, city.id, 1).await.unwrap().unwrap();
    for (kind, options) in [
        (QuestionKind::Single, "A\nB\nC"),
        (QuestionKind::Multiple, "A\nB"),
        (QuestionKind::Scale, ""),
        (QuestionKind::Text, ""),
    ] {
        let q = QuestionInput {
            kind: Some(kind),
            prompt: Translated::single(Locale::En, "Which?"),
            options: if options.is_empty() { Translated::default() } else { Translated::single(Locale::En, options) },
            required: false,
        };
        add_question(&app.db, &city, &k, &q, staff).await.unwrap();
    }
}

/// Strings that have broken web apps before, mixed with arbitrary Unicode.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_string()),
        Just("\"><img src=x onerror=alert(1)>".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just("' OR '1'='1'; DROP TABLE users; --".to_string()),
        Just("../../../../etc/passwd".to_string()),
        Just("%00%2e%2e%2f".to_string()),
        Just("\u{202E}\u{0000}\u{FEFF}\u{1F600}".to_string()),
        Just("C-99999999999999999999".to_string()),
        Just("-1".to_string()),
        Just("9223372036854775807".to_string()),
        Just("a".repeat(70_000)),
        Just("+262142-12-31".to_string()),
        Just("-262143-01-01".to_string()),
        Just("0000-00-00".to_string()),
        Just("2027-02-30".to_string()),
        Just("99999-01-01".to_string()),
        Just("2026-01-01T25:61".to_string()),
        Just("1e309".to_string()),
        Just("NaN".to_string()),
        Just("-inf".to_string()),
        Just("18446744073709551616".to_string()),
        Just("-9223372036854775808".to_string()),
        Just("a\u{0}b\u{1}c\u{1f}".to_string()),
        ".{0,300}",
        "[\\x00-\\x1f\\x7f]{1,20}",
    ]
}

const POST_FORMS: &[(&str, &[&str])] = &[
    ("/en/register", &["email", "password", "password_confirm", "display_name"]),
    ("/en/login", &["email", "password", "next"]),
    ("/en/password/forgot", &["email"]),
    ("/en/password/reset", &["token", "password", "password_confirm"]),
    ("/en/port-amani/commitments/C-1/comments", &["body", "stance", "parent_id", "organisation_id", "language"]),
    ("/en/port-amani/consultations/1/comments", &["body"]),
    ("/en/comments/1/flag", &["reason", "note"]),
    ("/en/port-amani/admin/commitments/new", &["title_en", "department", "due_date", "sdgs", "themes", "kpis"]),
    ("/en/port-amani/admin/projects/1/edit", &["title_en", "budget_planned", "lat", "lon", "currency", "commitments"]),
    ("/en/port-amani/admin/updates/new", &["item", "status", "progress", "text_en", "evidence_url_1", "corrects"]),
    ("/en/port-amani/admin/people", &["email", "role"]),
    ("/en/port-amani/admin/offline", &["item", "channel", "date", "body", "consent"]),
    ("/en/port-amani/admin/consultations/new", &["title_en", "opens", "closes", "about"]),
    ("/en/port-amani/admin/moderation/1", &["decision", "reason"]),
    ("/en/account", &["display_name", "locale", "notify_mode"]),
    (
        "/en/port-amani/admin/commitments/C-1/edit",
        &["title_en", "department", "due_date", "baseline", "target", "sdgs"],
    ),
    ("/en/port-amani/admin/consultations/1/edit", &["title_en", "opens", "closes", "outcome_heard_en"]),
    ("/en/port-amani/commitments/C-1/assessments", &["organisation_id", "rating", "body", "evidence_url_1"]),
    ("/en/port-amani/commitments/C-1/follow", &["follow"]),
    ("/en/port-amani/organisations/new", &["name", "website", "description"]),
    ("/en/port-amani/organisations/1/members", &["email"]),
    ("/en/port-amani/organisations/1/invitation", &["decision"]),
    ("/en/port-amani/admin/organisations/1/verify", &["decision"]),
    ("/en/port-amani/admin/people/revoke", &["user_id", "role"]),
    ("/en/port-amani/commitments/C-1/challenges", &["organisation_id", "claimed_status", "body", "evidence_url_1"]),
    ("/en/port-amani/admin/challenges/1/answer", &["decision", "body", "department", "correcting_seq"]),
    ("/en/port-amani/admin/moderation/1/restore", &["reason"]),
    ("/en/account/saved-searches", &["q", "city", "type", "from", "to", "frequency"]),
    (
        "/en/port-amani/admin/indicators/new",
        &["code", "name_en", "dimension", "u4ssc_kpi", "baseline_value", "target_date", "commitments"],
    ),
    ("/en/port-amani/admin/indicators/WIFI-MARKETS/values", &["date", "value", "source", "note", "corrects"]),
    ("/en/port-amani/indicators/WIFI-MARKETS/comments", &["body", "stance", "parent_id"]),
    ("/en/port-amani/consultations/1/answers", &["q1", "q2", "q2", "q3", "q4", "q999"]),
    ("/en/port-amani/admin/consultations/1/offline-answers", &["channel", "language", "copies", "q1", "q3", "q4"]),
    ("/en/port-amani/admin/consultations/1/questions", &["kind", "prompt_en", "options_en", "required", "options_fr"]),
    ("/en/port-amani/admin/consultations/1/questions/1", &["kind", "prompt_en", "options_en", "required"]),
    ("/en/port-amani/admin/consultations/1/questions/2/move", &["direction"]),
    ("/en/port-amani/admin/consultations/1/live-results", &["live"]),
    ("/en/port-amani/admin/answers/1", &["decision", "reason"]),
];

const GET_PAGES: &[(&str, &[&str])] = &[
    ("/en/port-amani/commitments", &["status", "theme", "sdg"]),
    ("/en/port-amani/commitments/C-2", &["order", "page", "reply_to", "posted", "held"]),
    ("/en/search", &["q", "city", "type", "theme", "sdg", "stance", "lang", "from", "to", "page"]),
    ("/api/v1/search", &["q", "type", "from", "page"]),
    ("/en/verify-email", &["token"]),
    ("/en/password/reset", &["token"]),
    ("/en/port-amani/admin/updates/new", &["target"]),
    ("/en/port-amani/admin/awaiting", &["kind", "department"]),
    ("/en/port-amani/report", &["from", "to", "q", "theme", "sdg", "stance", "lang", "type", "format"]),
    ("/api/v1/cities/port-amani/report", &["from", "to", "q", "sdg", "type"]),
    ("/api/v1/cities/port-amani/comments", &["after", "limit"]),
    ("/api/v1/cities/port-amani/updates", &["after", "limit"]),
    ("/en/login", &["next"]),
    ("/en/unsubscribe", &["token", "item"]),
    ("/en/alerts/0000/unsubscribe", &["page"]),
    ("/en/port-amani/challenges", &["state"]),
    ("/en/port-amani/admin/audit", &["actor", "action", "from", "to"]),
    ("/en/port-amani/indicators/WIFI-MARKETS", &["order", "page", "reply_to"]),
    ("/en/alerts/0000/feed.atom", &["page"]),
    ("/en/port-amani/consultations/1/results", &["format"]),
];

fn check(status: u16, body: &str, what: &str) {
    assert!(status < 500, "{what}: HTTP {status}");
    assert!(!body.contains("<script>alert"), "{what}: script came back unescaped");
    assert!(!body.contains("<img src=x onerror"), "{what}: markup came back unescaped");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn forms_never_fail_or_store_script(form in 0..POST_FORMS.len(), values in prop::collection::vec(nasty(), 6), with_csrf in any::<bool>()) {
        let w = &*WORLD;
        RT.block_on(async {
            let (path, fields) = POST_FORMS[form];
            let pairs: Vec<(&str, &str)> = fields.iter().zip(values.iter()).map(|(k, v)| (*k, v.as_str())).collect();
            let r = if with_csrf {
                w.staff.post(path, &pairs).await
            } else {
                w.staff.client.post(w.staff.url(path)).form(&pairs).send().await.unwrap()
            };
            let status = r.status().as_u16();
            let body = r.text().await.unwrap();
            check(status, &body, path);
            if !with_csrf {
                assert_eq!(status, 403, "{path} without CSRF token");
            }
            // Whatever was stored must come out escaped on the public pages.
            for page in ["/en/port-amani/commitments/C-1", "/en/port-amani/", "/en/search?q=alert", "/en/port-amani/indicators/WIFI-MARKETS", "/en/account/saved-searches", "/en/port-amani/consultations/1", "/en/port-amani/consultations/1/results", "/en/port-amani/admin/consultations/1/questions"] {
                let (status, body) = w.app.page(page).await;
                check(status, &body, page);
            }
        });
    }

    #[test]
    fn query_parameters_and_paths_never_fail(page in 0..GET_PAGES.len(), values in prop::collection::vec(nasty(), 10), segment in nasty()) {
        let w = &*WORLD;
        RT.block_on(async {
            let (path, params) = GET_PAGES[page];
            // URLs have practical limits (8 KB at most proxies): long values are cut to fit.
            let short: Vec<String> = values.iter().map(|v| v.chars().take(300).collect()).collect();
            let pairs: Vec<(&str, &str)> = params.iter().zip(short.iter()).map(|(k, v)| (*k, v.as_str())).collect();
            let query = serde_urlencoded::to_string(&pairs).unwrap();
            let r = w.staff.get(&format!("{path}?{query}")).await;
            let status = r.status().as_u16();
            check(status, &r.text().await.unwrap(), path);
            let encoded: String = url_escape(&segment);
            for p in [format!("/en/{encoded}/"), format!("/{encoded}/port-amani/"), format!("/en/port-amani/commitments/{encoded}"), format!("/en/port-amani/projects/{encoded}"), format!("/en/comments/{encoded}/edit")] {
                let r = w.app.get(&p).await;
                let status = r.status().as_u16();
                check(status, &r.text().await.unwrap(), &p);
            }
        });
    }
}

fn url_escape(s: &str) -> String {
    s.bytes()
        .take(600)
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[test]
fn wrong_methods_invalid_utf8_and_huge_bodies_get_clear_4xx() {
    let w = &*WORLD;
    RT.block_on(async {
        let client = &w.staff.client;
        for (method, path) in [
            ("DELETE", "/en/"),
            ("PUT", "/en/login"),
            ("PATCH", "/en/port-amani/commitments/C-1"),
            ("POST", "/en/port-amani/"),
            ("GET", "/en/logout"),
        ] {
            let r = client.request(method.parse().unwrap(), w.staff.url(path)).send().await.unwrap();
            assert_eq!(r.status(), 405, "{method} {path}");
            assert!(r.text().await.unwrap().contains("<h1>"), "a page, not a bare status");
        }
        let token = w.staff.csrf().await;
        let mut body = format!("csrf_token={token}&body=").into_bytes();
        body.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28]);
        let r = client
            .post(w.staff.url("/en/port-amani/commitments/C-1/comments"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_client_error() || r.status() == 303, "invalid UTF-8: {}", r.status());
        let huge = format!("csrf_token={token}&body={}", "a".repeat(2 * 1024 * 1024));
        let r = client
            .post(w.staff.url("/en/port-amani/commitments/C-1/comments"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(huge)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 413);
        // The server drops a connection whose body it refused; ask on a fresh one.
        let r = reqwest::Client::new()
            .post(w.staff.url("/en/login"))
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert!(r.status() == 400 || r.status() == 403, "{}", r.status());
    });
}
