//! Comments, consultations, moderation, official responses, notifications and feeds over
//! HTTP — on every backend.

mod common;

use common::{person, Browser, TestApp};
use townhall::db::{cities, comments, organisations, outbox, roles};
use townhall::domain::accounts::Role;
use townhall::domain::Locale;
use townhall::i18n::I18n;
use townhall::on_pool;

const CITY: &str = "port-amani";

fn en() -> I18n {
    I18n::new(Locale::En)
}

async fn city_id(app: &TestApp) -> i64 {
    cities::by_slug(&app.db, CITY).await.unwrap().unwrap().id
}

/// Posts a comment and returns its id (from the redirect).
async fn comment(b: &Browser, item: &str, fields: &[(&str, &str)]) -> i64 {
    let r = b.post(&format!("/en/{CITY}/{item}/comments"), fields).await;
    assert_eq!(r.status(), 303, "posting on {item}");
    let location = r.headers()["location"].to_str().unwrap().to_string();
    location.rsplit("posted=").next().unwrap().split(['&', '#']).next().unwrap().parse().unwrap()
}

async fn exec(app: &TestApp, sql: &str) {
    on_pool!(&app.db, |p| sqlx::query(sql).execute(p).await.map(|_| ())).unwrap();
}

#[tokio::test]
async fn residents_comment_reply_and_speak_for_organisations() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (amina, amina_id) = person(&app, "amina@example.org", "Amina").await;
        let (baraka, _) = person(&app, "baraka@example.org", "Baraka").await;

        let id = comment(
            &amina,
            "commitments/C-1",
            &[("body", "The new bus lanes save me 20 minutes."), ("stance", "support")],
        )
        .await;
        let r = amina.get(&format!("/en/{CITY}/commitments/C-1?posted={id}")).await;
        let body = r.text().await.unwrap();
        assert!(body.contains(&format!(r#"id="comment-{id}""#)));
        assert!(body.contains("The new bus lanes save me 20 minutes."));
        assert!(body.contains(&en().t("comment-posted")), "a visible confirmation");
        assert!(body.contains(&en().t("stance-support")));

        // A reply is shown under its comment; replies to replies are refused.
        let reply_form = baraka.get(&format!("/en/{CITY}/commitments/C-1?reply_to={id}")).await.text().await.unwrap();
        assert!(reply_form.contains(&format!(r#"name="parent_id" value="{id}""#)));
        let id_s = id.to_string();
        let reply =
            comment(&baraka, "commitments/C-1", &[("body", "Same for me on route 4."), ("parent_id", &id_s)]).await;
        let page = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
        let (top, nested) =
            (page.find(&format!("comment-{id}\"")).unwrap(), page.find(&format!("comment-{reply}\"")).unwrap());
        assert!(top < nested && page[top..nested].contains(r#"class="replies""#));
        let reply_s = reply.to_string();
        let r = amina
            .post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "nested"), ("parent_id", &reply_s)])
            .await;
        assert_eq!(r.status(), 422);

        // Speaking for a verified organisation one belongs to.
        let city = city_id(&app).await;
        let org = organisations::insert(&app.db, city, "Wasafiri Watch", "", "", amina_id, 0).await.unwrap();
        let org_s = org.to_string();
        let r = amina
            .post(
                &format!("/en/{CITY}/commitments/C-1/comments"),
                &[("body", "As an organisation"), ("organisation_id", &org_s)],
            )
            .await;
        assert_eq!(r.status(), 422, "not verified yet");
        organisations::set_status(&app.db, org, "verified", amina_id, 0).await.unwrap();
        let r = baraka
            .post(
                &format!("/en/{CITY}/commitments/C-1/comments"),
                &[("body", "Not my organisation"), ("organisation_id", &org_s)],
            )
            .await;
        assert_eq!(r.status(), 422, "not a member");
        comment(&amina, "commitments/C-1", &[("body", "We counted 400 riders an hour."), ("organisation_id", &org_s)])
            .await;
        let page = app.page(&format!("/en/{CITY}/commitments/C-1")).await.1;
        assert!(page.contains(&en().ts("comment-for-organisation", "organisation", "Wasafiri Watch")));

        // Projects take comments too; every comment is in the search change log.
        comment(&baraka, "projects/1", &[("body", "When will the depot open?"), ("stance", "question")]).await;
        let logged: i64 = on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM search_changes WHERE entity_type = 'comment'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        assert_eq!(logged, 4);
    });
}

#[tokio::test]
async fn bad_comments_are_explained_and_hostile_text_stays_text() {
    on_each_backend!(|backend| {
        let app =
            TestApp::spawn_demo(backend).await.restart_with(|c| c.limits.comment_per_account_per_minute = 100).await;
        let (b, _) = person(&app, "x@example.org", "X").await;
        let r =
            b.post(&format!("/fr/{CITY}/commitments/C-2/comments"), &[("body", "   "), ("stance", "furious")]).await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        let fr = I18n::new(Locale::Fr);
        assert!(body.contains(r#"id="f-body-error""#), "{body}");
        assert!(body.contains(&fr.t("form-comment-empty")));
        let long = "a".repeat(5001);
        let r = b.post(&format!("/en/{CITY}/commitments/C-2/comments"), &[("body", &long)]).await;
        assert_eq!(r.status(), 422);
        assert!(
            r.text().await.unwrap().contains(&en().tn("comment-char-count", "count", 5001)),
            "the count is given as text"
        );

        let payloads = [
            "<script>alert('x')</script>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "https://example.org/\"onmouseover=\"alert(1)",
        ];
        for p in payloads {
            comment(&b, "commitments/C-2", &[("body", p)]).await;
        }
        let page = app.page(&format!("/en/{CITY}/commitments/C-2")).await.1;
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img src=x"));
        assert!(!page.contains("href=\"javascript:"));
        assert!(!page.contains("\"onmouseover=\"alert"));
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "shown as text");
        assert!(page.contains(r#"rel="nofollow ugc noopener""#), "links are marked");
    });
}

#[tokio::test]
async fn flag_hide_shows_reason_then_restore() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (writer, _) = person(&app, "writer@example.org", "Writer").await;
        let (reader, _) = person(&app, "reader@example.org", "Reader").await;
        let (moderator, mod_id) = person(&app, "mod@example.org", "Mod").await;
        roles::grant(&app.db, mod_id, city, Role::Moderator, 0).await.unwrap();

        let id = comment(&writer, "commitments/C-3", &[("body", "Call me on +255 700 000 000")]).await;
        let r = reader
            .post(&format!("/en/comments/{id}/flag"), &[("reason", "personal_data"), ("note", "phone number")])
            .await;
        assert_eq!(r.status(), 200);
        let r = reader
            .client
            .post(reader.url(&format!("/en/comments/{id}/flag")))
            .form(&[("reason", "spam")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "CSRF still applies");

        let queue = moderator.get(&format!("/en/{CITY}/admin/moderation")).await.text().await.unwrap();
        assert!(queue.contains("Call me on") && queue.contains(&en().tn("moderation-flag-count", "count", 1)));
        assert_eq!(reader.get(&format!("/en/{CITY}/admin/moderation")).await.status(), 403);

        let r = moderator
            .post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "hide"), ("reason", "personal_data")])
            .await;
        assert_eq!(r.status(), 303);
        let page = app.page(&format!("/en/{CITY}/commitments/C-3")).await.1;
        assert!(!page.contains("+255 700"), "the text is gone");
        let reason = en().ts("comment-hidden", "reason", &en().t("reason-personal_data"));
        assert!(page.contains(&reason), "never silently vanishes: {reason}");
        assert!(page.contains(&format!(r#"id="comment-{id}""#)));
        let logged: i64 = on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM search_changes WHERE entity_type = 'comment' AND op = 'delete'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        assert_eq!(logged, 1);

        moderator.post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "restore")]).await;
        let page = app.page(&format!("/en/{CITY}/commitments/C-3")).await.1;
        assert!(page.contains("+255 700") && !page.contains(&reason));
    });
}

#[tokio::test]
async fn pre_moderation_holds_comments_until_approved() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        exec(&app, "UPDATE cities SET moderation = 'pre'").await;
        let (writer, _) = person(&app, "w@example.org", "W").await;
        let (moderator, mod_id) = person(&app, "m@example.org", "M").await;
        roles::grant(&app.db, mod_id, city, Role::Moderator, 0).await.unwrap();
        let r = writer.post(&format!("/en/{CITY}/projects/2/comments"), &[("body", "Held for review")]).await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().contains("held=1"));
        let id = comments::pending(&app.db, city).await.unwrap()[0].id;
        assert!(!app.page(&format!("/en/{CITY}/projects/2")).await.1.contains("Held for review"));
        let queue = moderator.get(&format!("/en/{CITY}/admin/moderation")).await.text().await.unwrap();
        assert!(queue.contains("Held for review"));
        moderator.post(&format!("/en/{CITY}/admin/moderation/{id}"), &[("decision", "approve")]).await;
        assert!(app.page(&format!("/en/{CITY}/projects/2")).await.1.contains("Held for review"));
    });
}

#[tokio::test]
async fn official_responses_are_prominent_counted_and_in_the_feed() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (resident, _) = person(&app, "res@example.org", "Resident").await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city, Role::Staff, 0).await.unwrap();

        let id = comment(
            &resident,
            "commitments/C-4",
            &[("body", "Why is the market Wi-Fi off at night?"), ("stance", "question")],
        )
        .await;
        exec(&app, &format!("UPDATE comments SET created_at = created_at - 3 * 86400 WHERE id = {id}")).await;
        let page = app.page(&format!("/en/{CITY}/commitments/C-4")).await.1;
        assert!(page.contains(&en().tn("comment-awaiting", "days", 3)));
        let queue = staff.get(&format!("/en/{CITY}/admin/awaiting")).await.text().await.unwrap();
        assert!(queue.contains("market Wi-Fi"));

        // Only staff may mark a reply official.
        let id_s = id.to_string();
        let r = resident
            .post(
                &format!("/en/{CITY}/commitments/C-4/comments"),
                &[("body", "I am the city"), ("parent_id", &id_s), ("official", "1"), ("department", "ICT")],
            )
            .await;
        assert_eq!(r.status(), 403);
        let response = comment(
            &staff,
            "commitments/C-4",
            &[
                ("body", "The access points are switched off at 22:00 to save power; from March they stay on."),
                ("parent_id", &id_s),
                ("official", "1"),
                ("department", "Department of ICT"),
            ],
        )
        .await;

        let page = app.page(&format!("/en/{CITY}/commitments/C-4")).await.1;
        assert!(page.contains(r#"class="comment official""#) && page.contains("Department of ICT"));
        assert!(!page.contains(&en().tn("comment-awaiting", "days", 3)), "no longer awaiting");
        let queue = staff.get(&format!("/en/{CITY}/admin/awaiting")).await.text().await.unwrap();
        assert!(!queue.contains("market Wi-Fi"));
        let c = comments::by_id(&app.db, id).await.unwrap().unwrap();
        assert!(c.responded_at.is_some());

        // The author hears of it by mail, and the feeds carry it.
        let mail = outbox::latest_to(&app.db, "res@example.org").await.unwrap().expect("a notification");
        assert!(
            mail.subject.contains("official response from Department of ICT")
                && mail.body_text.contains("/unsubscribe?token=")
        );
        for feed in [format!("/en/{CITY}/feed.atom"), format!("/en/{CITY}/commitments/C-4/feed.atom")] {
            let r = app.get(&feed).await;
            assert_eq!(r.headers()["content-type"], "application/atom+xml; charset=utf-8");
            let xml = r.text().await.unwrap();
            assert!(xml.starts_with("<?xml") && xml.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom">"#));
            assert!(xml.contains(&format!("#comment-{response}</id>")), "{feed} has the official response");
            assert!(xml.contains("<updated>") && xml.contains("<author><name>"));
            assert!(xml.contains("#update-"), "{feed} has updates");
        }
    });
}

#[tokio::test]
async fn followers_get_mail_on_new_updates_and_can_unsubscribe() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (follower, follower_id) = person(&app, "follower@example.org", "Follower").await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city, Role::Staff, 0).await.unwrap();
        let r = follower.post(&format!("/en/{CITY}/commitments/C-5/follow"), &[("follow", "1")]).await;
        assert_eq!(r.status(), 303);
        assert!(follower
            .get(&format!("/en/{CITY}/commitments/C-5"))
            .await
            .text()
            .await
            .unwrap()
            .contains(&en().t("follow-stop")));

        let r = staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-5"),
                    ("status", "completed"),
                    ("progress", "100"),
                    ("publisher", "ICT"),
                    ("text_en", "Portal audit done."),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let mail = outbox::latest_to(&app.db, "follower@example.org").await.unwrap().expect("notified");
        assert!(mail.subject.contains("update") && mail.body_text.contains("C-5"));
        let token = common::extract_after(&mail.body_text, "unsubscribe?token=", 64).unwrap();

        // The link shows a button (a GET changes nothing); pressing it works without a login.
        let stranger = Browser::new(&app);
        let page = stranger.get(&format!("/en/unsubscribe?token={token}")).await.text().await.unwrap();
        assert!(page.contains(&en().t("unsubscribe-submit")));
        assert!(townhall::db::follows::is_following(
            &app.db,
            follower_id,
            "commitment",
            city_commitment_id(&app, 5).await
        )
        .await
        .unwrap());
        let r = stranger
            .client
            .post(stranger.url("/en/unsubscribe"))
            .form(&[("token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert!(!townhall::db::follows::is_following(
            &app.db,
            follower_id,
            "commitment",
            city_commitment_id(&app, 5).await
        )
        .await
        .unwrap());

        let before = outbox::pending_count(&app.db).await.unwrap();
        staff
            .post(
                &format!("/en/{CITY}/admin/updates/new"),
                &[
                    ("item", "C-5"),
                    ("status", "completed"),
                    ("progress", "100"),
                    ("publisher", "ICT"),
                    ("text_en", "Another one."),
                ],
            )
            .await;
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), before, "no more mail");
        let r =
            stranger.client.post(stranger.url("/en/unsubscribe")).form(&[("token", "nonsense")]).send().await.unwrap();
        assert_eq!(r.status(), 400);
    });
}

async fn city_commitment_id(app: &TestApp, n: i64) -> i64 {
    let city = city_id(app).await;
    townhall::db::commitments::by_ref(&app.db, city, n).await.unwrap().unwrap().row.id
}

#[tokio::test]
async fn consultations_open_and_close_with_outcome() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city, Role::Staff, 0).await.unwrap();
        let (resident, _) = person(&app, "r@example.org", "R").await;

        let r = staff
            .post(
                &format!("/en/{CITY}/admin/consultations/new"),
                &[
                    ("title_en", "Where should the next bus line go?"),
                    ("questions_en", "Which stops do you use?\nWhat time do you travel?"),
                    ("opens", "2020-01-01T08:00"),
                    ("closes", "2099-01-01T08:00"),
                    ("about", "C-1"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], format!("/en/{CITY}/consultations/1"));
        let page = app.page(&format!("/en/{CITY}/consultations/1")).await.1;
        assert!(page.contains("Which stops do you use?") && page.contains(&en().t("phase-open")));
        assert!(
            app.page(&format!("/en/{CITY}/")).await.1.contains("Where should the next bus line go?"),
            "listed as open"
        );
        comment(&resident, "consultations/1", &[("body", "Along the coast road, please.")]).await;
        let page = app.page(&format!("/en/{CITY}/consultations/1")).await.1;
        assert!(
            page.contains(r#"<span class="count">1</span> comments"#)
                || page.contains(r#"<span class="count">1</span>"#)
        );

        // Closed: the form is gone, a POST is refused, the outcome is shown.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/consultations/1/edit"),
                &[
                    ("title_en", "Where should the next bus line go?"),
                    ("opens", "2020-01-01T08:00"),
                    ("closes", "2021-01-01T08:00"),
                    ("outcome_heard_en", "Most people asked for the coast road."),
                    ("outcome_actions_en", "Line 7 will run along the coast from June."),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        let page = app.page(&format!("/en/{CITY}/consultations/1")).await.1;
        assert!(page.contains(&en().t("phase-closed")) && page.contains("Line 7 will run along the coast"));
        let r = resident.post(&format!("/en/{CITY}/consultations/1/comments"), &[("body", "Too late?")]).await;
        assert_eq!(r.status(), 422);
        assert!(r.text().await.unwrap().contains(&en().t("consultation-closed-no-comments")));
        // Bad times are explained.
        let r = staff
            .post(
                &format!("/en/{CITY}/admin/consultations/new"),
                &[("title_en", "X"), ("opens", "2026-05-01T08:00"), ("closes", "2026-04-01T08:00")],
            )
            .await;
        assert_eq!(r.status(), 422);
    });
}

#[tokio::test]
async fn offline_feedback_edits_pagination_and_assessments() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city, Role::Staff, 0).await.unwrap();

        // Offline: without consent nothing is published; with it, the channel is shown.
        let fields = [
            ("item", "C-6"),
            ("channel", "paper"),
            ("date", "2026-10-02"),
            ("name", "Mama Rehema"),
            ("body", "Written at the ward office."),
            ("language", "sw"),
        ];
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/offline"), &fields).await.status(), 422);
        let mut with_consent = fields.to_vec();
        with_consent.push(("consent", "1"));
        assert_eq!(staff.post(&format!("/en/{CITY}/admin/offline"), &with_consent).await.status(), 303);
        let page = app.page(&format!("/en/{CITY}/commitments/C-6")).await.1;
        assert!(page.contains("Mama Rehema") && page.contains(&en().t("channel-paper")) && page.contains("2026-10-02"));

        // Edits within 15 minutes are shown as edited; later ones are refused.
        let (writer, _) = person(&app, "writer@example.org", "Writer").await;
        let id = comment(&writer, "commitments/C-6", &[("body", "Typo hree")]).await;
        let r = writer.post(&format!("/en/comments/{id}/edit"), &[("body", "Typo here")]).await;
        assert_eq!(r.status(), 303);
        let page = app.page(&format!("/en/{CITY}/commitments/C-6")).await.1;
        assert!(page.contains("Typo here") && page.contains(&en().t("comment-edited")));
        assert_eq!(staff.post(&format!("/en/comments/{id}/edit"), &[("body", "hijack")]).await.status(), 403);
        exec(&app, &format!("UPDATE comments SET created_at = created_at - 3600 WHERE id = {id}")).await;
        assert_eq!(writer.post(&format!("/en/comments/{id}/edit"), &[("body", "Too late")]).await.status(), 422);

        // 45 comments: pages of 20, in the reader's order.
        let c7 = city_commitment_id(&app, 7).await;
        for i in 0..45 {
            exec(&app, &format!(
                "INSERT INTO comments (city_id, target_type, target_id, body, language, channel, state, is_official, created_at)
                 VALUES ({city}, 'commitment', {c7}, 'bulk comment number {i:02}', 'en', 'web', 'visible', FALSE, {})",
                1_700_000_000 + i
            ))
            .await;
        }
        let first = app.page(&format!("/en/{CITY}/commitments/C-7")).await.1;
        assert_eq!(first.matches("bulk comment number").count(), 20);
        assert!(first.contains("number 44") && !first.contains("number 24"));
        let last = app.page(&format!("/en/{CITY}/commitments/C-7?order=oldest&page=3")).await.1;
        assert_eq!(last.matches("bulk comment number").count(), 5);
        assert!(last.contains("number 44") && last.contains("number 40") && !last.contains("number 39"));
        assert!(last.contains(&en().targs("pagination-status", &[("page", "3"), ("pages", "3")])));

        // A verified organisation's member publishes an assessment beside the status.
        let (cso, cso_id) = person(&app, "cso@example.org", "CSO").await;
        let org = organisations::insert(&app.db, city, "Haki Data", "", "", cso_id, 0).await.unwrap();
        let org_s = org.to_string();
        let fields = [
            ("organisation_id", org_s.as_str()),
            ("rating", "behind"),
            ("body", "Only 3 of 8 wards covered."),
            ("evidence_label_1", "Survey"),
            ("evidence_url_1", "https://example.org/survey.csv"),
        ];
        assert_eq!(
            cso.post(&format!("/en/{CITY}/commitments/C-7/assessments"), &fields).await.status(),
            403,
            "not verified yet"
        );
        organisations::set_status(&app.db, org, "verified", cso_id, 0).await.unwrap();
        // Mistakes are named by the fields the form has, and each link leads to its field.
        let bad = [
            ("organisation_id", org_s.as_str()),
            ("rating", "behind"),
            ("body", ""),
            ("evidence_label_1", "Survey"),
            ("evidence_url_1", "not a link"),
        ];
        let r = cso.post(&format!("/en/{CITY}/commitments/C-7/assessments"), &bad).await;
        assert_eq!(r.status(), 422);
        let page = r.text().await.unwrap();
        for (field, label) in [("assessment_body", "field-assessment_body"), ("evidence", "field-evidence")] {
            assert!(page.contains(&format!(r##"<a href="#f-{field}">{}:"##, en().t(label))), "summary names {field}");
            assert!(page.contains(&format!(r#"id="f-{field}""#)), "the form has #f-{field}");
        }
        assert!(!page.contains(&en().t("field-body")), "no field the form does not have");
        assert_eq!(cso.post(&format!("/en/{CITY}/commitments/C-7/assessments"), &fields).await.status(), 303);
        let page = app.page(&format!("/en/{CITY}/commitments/C-7")).await.1;
        assert!(
            page.contains("Haki Data")
                && page.contains(&en().t("rating-behind"))
                && page.contains("https://example.org/survey.csv")
        );
    });
}

#[tokio::test]
async fn comment_posting_is_rate_limited() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let app = app
            .restart_with(|c| {
                c.limits.comment_per_account_per_minute = 2;
                c.limits.comment_per_ip_per_minute = 3;
            })
            .await;
        let (fast, _) = person(&app, "fast@example.org", "Fast").await;
        let (neighbour, _) = person(&app, "neighbour@example.org", "Neighbour").await;
        comment(&fast, "commitments/C-8", &[("body", "First of mine")]).await;
        comment(&fast, "commitments/C-8", &[("body", "Second of mine")]).await;
        let path = format!("/en/{CITY}/commitments/C-8/comments");
        let r = fast.post(&path, &[("body", "Third of mine")]).await;
        assert_eq!(r.status(), 429, "the account's budget is spent");
        // Same address, another account: its own budget is whole, the address's is not.
        let r = neighbour.post(&path, &[("body", "From next door")]).await;
        assert_eq!(r.status(), 429, "the address's budget is spent (three attempts counted)");
        let page = app.page(&format!("/en/{CITY}/commitments/C-8")).await.1;
        assert!(page.contains("Second of mine"));
        assert!(!page.contains("Third of mine") && !page.contains("From next door"), "refused posts store nothing");
    });
}

#[tokio::test]
async fn deleting_an_account_keeps_comments_as_deleted_account() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (b, id) = person(&app, "gone@example.org", "Soon Gone").await;
        let cid = comment(&b, "commitments/C-9", &[("body", "My words stay, my name goes.")]).await;
        let export: serde_json::Value = b.get("/en/account/export").await.json().await.unwrap();
        assert_eq!(export["comments"][0]["body"], "My words stay, my name goes.");
        assert_eq!(b.post("/en/account/delete", &[("password", common::PASSWORD)]).await.status(), 303);
        let c = comments::by_id(&app.db, cid).await.unwrap().unwrap();
        assert_eq!(c.author_id, None);
        let page = app.page(&format!("/en/{CITY}/commitments/C-9")).await.1;
        assert!(page.contains("My words stay") && !page.contains("Soon Gone"));
        assert!(page.contains(&en().t("deleted-account")));
        assert!(townhall::db::users::by_id(&app.db, id).await.unwrap().is_none());
    });
}

#[tokio::test]
async fn daily_digest_collects_news_into_one_mail() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = city_id(&app).await;
        let (follower, _) = person(&app, "digest@example.org", "Digest Reader").await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Staff").await;
        roles::grant(&app.db, staff_id, city, Role::Staff, 0).await.unwrap();
        let r = follower
            .post("/en/account", &[("display_name", "Digest Reader"), ("locale", "fr"), ("notify_mode", "daily")])
            .await;
        assert_eq!(r.status(), 303);
        follower.post(&format!("/en/{CITY}/projects/3/follow"), &[("follow", "1")]).await;
        for text in ["First news.", "Second news."] {
            let r = staff
                .post(
                    &format!("/en/{CITY}/admin/updates/new"),
                    &[
                        ("item", "P-3"),
                        ("status", "in_progress"),
                        ("progress", "70"),
                        ("publisher", "ICT"),
                        ("text_en", text),
                    ],
                )
                .await;
            assert_eq!(r.status(), 303);
        }
        assert!(outbox::latest_to(&app.db, "digest@example.org").await.unwrap().is_none(), "nothing sent at once");
        assert_eq!(
            townhall::services::notify::send_digests(&app.db, "http://t").await.unwrap(),
            0,
            "not a day old yet"
        );
        exec(&app, "UPDATE digest_items SET created_at = created_at - 90000").await;
        assert_eq!(townhall::services::notify::send_digests(&app.db, "http://t").await.unwrap(), 1);
        let mail = outbox::latest_to(&app.db, "digest@example.org").await.unwrap().unwrap();
        let fr = I18n::new(Locale::Fr);
        assert_eq!(mail.subject, fr.t("mail-digest-subject"), "in the reader's language");
        assert_eq!(mail.body_text.matches("/fr/port-amani/projects/3#update-").count(), 2);
        assert_eq!(mail.body_text.matches("Port-Amani · ").count(), 2, "each line names the city, in French");
        assert!(mail.body_text.contains("/fr/unsubscribe?token="));
        assert_eq!(townhall::services::notify::send_digests(&app.db, "http://t").await.unwrap(), 0, "sent once");
    });
}

/// Writes that arrive together commit together (see `db::shared_commit`): one that fails gets
/// its own error and leaves nothing behind, and the others arriving with it still commit.
#[tokio::test]
async fn writes_committed_together_fail_alone() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let commits = townhall::db::shared_commit::SharedCommits::start(app.db.clone());
        let writes: Vec<_> = (0..40_i64)
            .map(|n| {
                let commits = commits.clone();
                tokio::spawn(async move {
                    commits
                        .run(move |tx| {
                            Box::pin(async move {
                                townhall::db::changes::record(tx, "probe", n, "upsert").await?;
                                if n == 17 {
                                    let sql = "INSERT INTO no_such_table VALUES (1)";
                                    townhall::on_tx!(tx, |c| sqlx::query(sql).execute(c).await.map(|_| ()))?;
                                }
                                Ok(n)
                            })
                        })
                        .await
                })
            })
            .collect();
        for (n, write) in writes.into_iter().enumerate() {
            let result = write.await.unwrap();
            assert_eq!(result.is_err(), n == 17, "write {n}: {result:?}");
        }
        let stored: Vec<i64> = on_pool!(&app.db, |p| sqlx::query_scalar(
            "SELECT entity_id FROM search_changes WHERE entity_type = 'probe' ORDER BY entity_id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
        assert_eq!(stored, (0..40).filter(|n| *n != 17).collect::<Vec<i64>>());
    });
}
