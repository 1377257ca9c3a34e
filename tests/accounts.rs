//! Accounts over HTTP: registration, verification, login, logout, reset, CSRF, limits,
//! export and deletion — on every backend.

mod common;

use common::{log_in, sign_up, token_from_mail, TestApp, PASSWORD};
use townhall::db::{outbox, users};

#[tokio::test]
async fn register_verify_login_logout() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let r = app
            .post(
                "/en/register",
                &[
                    ("email", "Amina@Example.org"),
                    ("display_name", "Amina"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/register/done");

        // The address is stored lower-cased, unverified, with an argon2id hash.
        let user = users::by_email(&app.db, "amina@example.org").await.unwrap().expect("account created");
        assert!(user.email_verified_at.is_none());
        assert!(user.password_hash.starts_with("$argon2id$"));
        assert!(!user.password_hash.contains(PASSWORD));

        // The verification mail is in the outbox, translated, with a link containing `verify`.
        let mail = outbox::latest_to(&app.db, "amina@example.org").await.unwrap().unwrap();
        assert!(mail.subject.contains("Confirm"));
        assert!(mail.body_text.contains("/en/verify-email?token="));
        assert!(mail.body_html.contains("<a href=\"http://127.0.0.1/en/verify-email?token="));
        let token = token_from_mail(&app.db, "amina@example.org", "verify-email?token=").await;
        // Only a hash of the token is stored.
        let stored: i64 = townhall::on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM user_tokens WHERE token_hash = $1"
        )
        .bind(&token)
        .fetch_one(p)
        .await
        .unwrap());
        assert_eq!(stored, 0, "the raw token is not in the database");

        let (status, body) = app.page(&format!("/en/verify-email?token={token}")).await;
        assert_eq!(status, 200, "{body}");
        assert!(users::by_email(&app.db, "amina@example.org").await.unwrap().unwrap().email_verified_at.is_some());
        // A verification link works once.
        assert_eq!(app.page(&format!("/en/verify-email?token={token}")).await.0, 400);

        // Log in with different capitalisation; the session cookie is rotated.
        let before = app.csrf().await;
        let r = app
            .post("/en/login", &[("email", "AMINA@example.org"), ("password", PASSWORD), ("next", "/en/account")])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/account");
        let cookie =
            r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>();
        assert!(cookie
            .iter()
            .any(|c| c.starts_with("townhall_session=") && c.contains("HttpOnly") && c.contains("SameSite=Lax")));
        assert_ne!(app.csrf().await, before, "a new session (and CSRF token) after login");
        let (status, body) = app.page("/en/account").await;
        assert_eq!(status, 200);
        assert!(body.contains("amina@example.org") && body.contains("Amina"));

        // Log out: the account page asks for a login again.
        let r = app.post("/en/logout", &[]).await;
        assert_eq!(r.status(), 303);
        let r = app.get("/en/account").await;
        assert_eq!(r.status(), 303);
        assert!(r.headers()["location"].to_str().unwrap().starts_with("/en/login?next="));
    });
}

#[tokio::test]
async fn invalid_registration_is_explained_and_keeps_input() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let r = app
            .post(
                "/fr/register",
                &[
                    ("email", "not-an-address"),
                    ("display_name", "Zawadi"),
                    ("password", "short"),
                    ("password_confirm", "short"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let body = r.text().await.unwrap();
        let fr = townhall::i18n::I18n::new(townhall::domain::Locale::Fr);
        assert!(body.contains(r#"class="error-summary""#));
        assert!(body.contains(&fr.t("form-invalid-email")), "translated error");
        assert!(body.contains(&fr.t("form-password-too-short")));
        assert!(body.contains(r#"aria-describedby="f-email-hint f-email-error" aria-invalid="true""#));
        assert!(body.contains(r#"value="Zawadi""#), "input kept");
        assert!(!body.contains(r#"value="short""#), "passwords are never sent back");
        // Common passwords are refused too.
        let r = app
            .post(
                "/en/register",
                &[
                    ("email", "z@example.org"),
                    ("display_name", "Z"),
                    ("password", "Password123"),
                    ("password_confirm", "Password123"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = app
            .post(
                "/en/register",
                &[
                    ("email", "z@example.org"),
                    ("display_name", "Z"),
                    ("password", PASSWORD),
                    ("password_confirm", "something-else-entirely"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        assert!(users::by_email(&app.db, "z@example.org").await.unwrap().is_none(), "nothing was created");
    });
}

#[tokio::test]
async fn answers_never_reveal_whether_an_address_exists() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        sign_up(&app, "known@example.org", "Known").await;
        app.post("/en/logout", &[]).await;

        // Registering a taken address looks like success; the owner is told by mail.
        let r = app
            .post("/en/register", &[("email", "known@example.org"), ("display_name", "Other"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.headers()["location"], "/en/register/done");
        let mail = outbox::latest_to(&app.db, "known@example.org").await.unwrap().unwrap();
        assert!(mail.subject.contains("Someone tried to register"));

        // Forgotten password: the same answer for a known and an unknown address.
        let known = app.post("/en/password/forgot", &[("email", "known@example.org")]).await;
        let unknown = app.post("/en/password/forgot", &[("email", "nobody@example.org")]).await;
        assert_eq!(known.status(), unknown.status());
        assert_eq!(known.headers()["location"], unknown.headers()["location"]);
        assert!(outbox::latest_to(&app.db, "nobody@example.org").await.unwrap().is_none());

        // Login failures: the same message for a wrong password and an unknown address.
        let wrong = app.post("/en/login", &[("email", "known@example.org"), ("password", "wrong-password-1")]).await;
        let nobody = app.post("/en/login", &[("email", "nobody@example.org"), ("password", "wrong-password-1")]).await;
        assert_eq!(wrong.status(), 422);
        assert_eq!(nobody.status(), 422);
        let (a, b) = (wrong.text().await.unwrap(), nobody.text().await.unwrap());
        let msg = townhall::i18n::I18n::new(townhall::domain::Locale::En).t("login-failed");
        assert!(a.contains(&msg) && b.contains(&msg));
    });
}

#[tokio::test]
async fn password_reset_is_single_use_and_ends_sessions() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let id = sign_up(&app, "reset@example.org", "Reset").await;
        assert_eq!(users::count_sessions_of(&app.db, id).await.unwrap(), 1);

        let r = app.post("/en/password/forgot", &[("email", "Reset@Example.org")]).await;
        assert_eq!(r.status(), 303);
        let token = token_from_mail(&app.db, "reset@example.org", "password/reset?token=").await;
        let (status, body) = app.page(&format!("/en/password/reset?token={token}")).await;
        assert_eq!(status, 200);
        assert!(body.contains(&token), "the form carries the token");

        let new_password = "a-brand-new-harbour-password";
        let r = app
            .post(
                "/en/password/reset",
                &[("token", &token), ("password", new_password), ("password_confirm", new_password)],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/login?reset=1");
        assert_eq!(users::count_sessions_of(&app.db, id).await.unwrap(), 0, "every session ended");

        // The link is single use.
        let r = app
            .post(
                "/en/password/reset",
                &[
                    ("token", &token),
                    ("password", "yet-another-password-9"),
                    ("password_confirm", "yet-another-password-9"),
                ],
            )
            .await;
        assert_eq!(r.status(), 400);
        assert_eq!(app.page(&format!("/en/password/reset?token={token}")).await.0, 400);

        // Old password fails, new one works.
        let r = app.post("/en/login", &[("email", "reset@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(r.status(), 422);
        log_in(&app, "reset@example.org", new_password).await;
    });
}

#[tokio::test]
async fn posts_without_a_valid_csrf_token_are_refused_and_change_nothing() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let fields = [("email", "csrf@example.org"), ("display_name", "C"), ("password", PASSWORD)];
        let r = app.post_raw("/en/register", &fields).await;
        assert_eq!(r.status(), 403);
        let body = r.text().await.unwrap();
        assert!(body.contains(&townhall::i18n::I18n::new(townhall::domain::Locale::En).t("error-csrf-body")));
        let mut with_bad = fields.to_vec();
        with_bad.push(("csrf_token", "0000000000000000000000000000000000000000000000000000000000000000"));
        assert_eq!(app.post_raw("/en/register", &with_bad).await.status(), 403);
        // A token from another browser is no good either.
        let other = app.new_browser();
        let r = other
            .post(app.url("/en/register"))
            .form(&[("csrf_token", app.csrf().await.as_str()), ("email", "csrf@example.org")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        // A cross-site request is refused even with a token.
        let token = app.csrf().await;
        let r = app
            .client
            .post(app.url("/en/register"))
            .header("sec-fetch-site", "cross-site")
            .form(&[
                ("csrf_token", token.as_str()),
                ("email", "csrf@example.org"),
                ("display_name", "C"),
                ("password", PASSWORD),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        assert!(users::by_email(&app.db, "csrf@example.org").await.unwrap().is_none());
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 0);
    });
}

#[tokio::test]
async fn repeated_login_failures_lock_the_address_for_a_while() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        sign_up(&app, "victim@example.org", "Victim").await;
        app.post("/en/logout", &[]).await;
        for _ in 0..5 {
            let r = app.post("/en/login", &[("email", "victim@example.org"), ("password", "guess-guess-guess")]).await;
            assert_eq!(r.status(), 422);
        }
        // Even the right password is refused now, with an explanation and the wait, like any limit.
        let r = app.post("/en/login", &[("email", "victim@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(r.status(), 429);
        let wait: i64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=900).contains(&wait), "Retry-After {wait}");
        let body = r.text().await.unwrap();
        assert!(body.contains(&townhall::i18n::I18n::new(townhall::domain::Locale::En).t("login-locked")));
        assert!(app.get("/en/account").await.status() == 303, "not logged in");
    });
}

#[tokio::test]
async fn login_attempts_are_rate_limited_per_ip() {
    let mut app = TestApp::spawn(&common::Backend::Sqlite).await;
    // Restart with a low limit: the limiter is built from the configuration.
    app = app.restart_with(|c| c.limits.login_per_ip_per_minute = 3).await;
    for i in 0..3 {
        let email = format!("someone{i}@example.org");
        let r = app.post("/sw/login", &[("email", &email), ("password", "whatever-whatever")]).await;
        assert_eq!(r.status(), 422);
    }
    let r = app.post("/sw/login", &[("email", "another@example.org"), ("password", "whatever-whatever")]).await;
    assert_eq!(r.status(), 429);
    assert!(r.headers().contains_key("retry-after"));
    let body = r.text().await.unwrap();
    assert!(body.contains(r#"lang="sw""#));
    assert!(body.contains(&townhall::i18n::I18n::new(townhall::domain::Locale::Sw).t("error-too-many-title")));
}

#[tokio::test]
async fn account_export_and_deletion() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let id = sign_up(&app, "leaving@example.org", "Leaving Person").await;
        let r = app.get("/en/account/export").await;
        assert_eq!(r.status(), 200);
        assert!(r.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
        let data: serde_json::Value = r.json().await.unwrap();
        assert_eq!(data["account"]["email"], "leaving@example.org");
        assert_eq!(data["account"]["display_name"], "Leaving Person");
        assert!(data.to_string().find("argon2").is_none(), "no password hash in the export");

        // A wrong password deletes nothing.
        let r = app.post("/en/account/delete", &[("password", "not-my-password")]).await;
        assert_eq!(r.status(), 422);
        assert!(users::by_id(&app.db, id).await.unwrap().is_some());

        let r = app.post("/en/account/delete", &[("password", PASSWORD)]).await;
        assert_eq!(r.status(), 303);
        assert_eq!(r.headers()["location"], "/en/account/deleted");
        assert!(users::by_id(&app.db, id).await.unwrap().is_none());
        assert!(users::by_email(&app.db, "leaving@example.org").await.unwrap().is_none());
        // No personal data is left behind: sessions, tokens, queued mail.
        for table in ["sessions", "user_tokens", "outbox"] {
            let n: i64 = townhall::on_pool!(&app.db, |p| sqlx::query_scalar::<_, i64>(&format!(
                "SELECT COUNT(*) FROM {table} WHERE user_id = $1"
            ))
            .bind(id)
            .fetch_one(p)
            .await
            .unwrap());
            assert_eq!(n, 0, "{table}");
        }
        assert_eq!(app.get("/en/account").await.status(), 303, "logged out");
    });
}

#[tokio::test]
async fn profile_and_password_changes() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let id = sign_up(&app, "profile@example.org", "Old Name").await;
        let r =
            app.post("/en/account", &[("display_name", "New Name"), ("locale", "sw"), ("notify_mode", "daily")]).await;
        assert_eq!(r.status(), 303);
        let user = users::by_id(&app.db, id).await.unwrap().unwrap();
        assert_eq!((user.display_name.as_str(), user.locale.as_str()), ("New Name", "sw"));
        let r = app.post("/en/account", &[("display_name", ""), ("locale", "xx")]).await;
        assert_eq!(r.status(), 422);

        let r = app
            .post(
                "/en/account/password",
                &[
                    ("current_password", "wrong-current-pw"),
                    ("new_password", "another-long-password"),
                    ("password_confirm", "another-long-password"),
                ],
            )
            .await;
        assert_eq!(r.status(), 422);
        let r = app
            .post(
                "/en/account/password",
                &[
                    ("current_password", PASSWORD),
                    ("new_password", "another-long-password"),
                    ("password_confirm", "another-long-password"),
                ],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(app.get("/en/account").await.status(), 200, "this browser stays logged in");
        app.post("/en/logout", &[]).await;
        log_in(&app, "profile@example.org", "another-long-password").await;
    });
}
