//! Mail leaves through the outbox: a real SMTP conversation with a server this test runs,
//! `.eml` files when no SMTP server is configured, and retries when the server is away.

mod common;

use common::{Browser, TestApp};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use townhall::db::outbox;
use townhall::mail::{worker, Mailer};

/// A minimal SMTP server: enough of RFC 5321 for one client, recording every DATA payload.
async fn smtp_server() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else { return };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test.smtp ESMTP ready\r\n").await.unwrap();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        write.write_all(b"250-test.smtp greets you\r\n250 8BITMIME\r\n").await.unwrap();
                    } else if upper.starts_with("MAIL FROM")
                        || upper.starts_with("RCPT TO")
                        || upper.starts_with("RSET")
                        || upper.starts_with("NOOP")
                    {
                        write.write_all(b"250 OK\r\n").await.unwrap();
                    } else if upper == "DATA" {
                        write.write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n").await.unwrap();
                        let mut data = String::new();
                        while let Ok(Some(l)) = lines.next_line().await {
                            if l == "." {
                                break;
                            }
                            data.push_str(&l);
                            data.push('\n');
                        }
                        store.lock().unwrap().push(data);
                        write.write_all(b"250 OK queued\r\n").await.unwrap();
                    } else if upper == "QUIT" {
                        write.write_all(b"221 Bye\r\n").await.unwrap();
                        return;
                    } else {
                        write.write_all(b"502 Command not implemented\r\n").await.unwrap();
                    }
                }
            });
        }
    });
    (port, received)
}

async fn register(app: &TestApp, email: &str) {
    let r =
        app.post("/fr/register", &[("email", email), ("display_name", "Baraka"), ("password", common::PASSWORD)]).await;
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn verification_mail_goes_out_over_real_smtp_once() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await;
        let (port, received) = smtp_server().await;
        let mut config = app.config.clone();
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        let mailer = Mailer::from_config(&config).unwrap();

        register(&app, "baraka@example.org").await;
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 1);
        assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 1);
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 0);
        // Running again sends nothing twice.
        assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 0);

        let messages = received.lock().unwrap().clone();
        assert_eq!(messages.len(), 1);
        let m = &messages[0];
        assert!(m.contains("To: baraka@example.org"));
        assert!(m.contains("multipart/alternative"), "text and HTML parts");
        assert!(m.contains("text/plain") && m.contains("text/html"));
        // French, because the person registered on the French site; the link has `verify`.
        assert!(m.contains("verify-email"), "{m}");
        assert!(m.contains("/fr/verify-email"));
    });
}

#[tokio::test]
async fn unreachable_smtp_keeps_the_mail_and_retries() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    // A port nobody listens on.
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead_port = closed.local_addr().unwrap().port();
    drop(closed);
    let mut config = app.config.clone();
    config.smtp_url = Some(format!("smtp://127.0.0.1:{dead_port}"));
    let dead = Mailer::from_config(&config).unwrap();

    register(&app, "retry@example.org").await;
    assert_eq!(worker::run_once(&app.db, &dead).await.unwrap(), 0);
    assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 1, "not lost");
    let (attempts, error): (i64, Option<String>) =
        townhall::on_pool!(&app.db, |p| sqlx::query_as("SELECT attempts, last_error FROM outbox")
            .fetch_one(p)
            .await
            .unwrap());
    assert_eq!(attempts, 1);
    assert!(error.unwrap().contains("SMTP"), "a clear error is kept");
    // Not due again until its backoff has passed.
    assert_eq!(worker::run_once(&app.db, &dead).await.unwrap(), 0);

    // The server comes back and the retry time arrives.
    let (port, received) = smtp_server().await;
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    let alive = Mailer::from_config(&config).unwrap();
    townhall::on_pool!(&app.db, |p| sqlx::query("UPDATE outbox SET next_attempt_at = 0")
        .execute(p)
        .await
        .map(|_| ())
        .unwrap());
    assert_eq!(worker::run_once(&app.db, &alive).await.unwrap(), 1);
    assert_eq!(received.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    let mailer = Mailer::from_config(&app.config).unwrap();
    register(&app, "files@example.org").await;
    assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 1);
    let dir = app.config.mail_dir();
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].extension().is_some_and(|e| e == "eml"));
    let content = std::fs::read_to_string(&files[0]).unwrap();
    assert!(content.contains("files@example.org"));
}

#[tokio::test]
async fn two_workers_on_one_database_send_each_mail_exactly_once() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn(backend).await.restart_with(|c| c.limits.register_per_ip_per_hour = 100).await;
        let (port, received) = smtp_server().await;
        let mut config = app.config.clone();
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        for i in 0..12 {
            register(&app, &format!("person{i}@example.org")).await;
        }
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 12);
        // Two "processes": separate pools and mailers working the same outbox at once.
        let other_db = townhall::db::Db::connect(&app.db_url).await.unwrap();
        let (a, b) = (Mailer::from_config(&config).unwrap(), Mailer::from_config(&config).unwrap());
        let (sent_a, sent_b) = tokio::join!(worker::run_once(&app.db, &a), worker::run_once(&other_db, &b));
        assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 12);
        assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 0);
        let messages = received.lock().unwrap().clone();
        assert_eq!(messages.len(), 12, "each message sent once");
        for i in 0..12 {
            let to = format!("To: person{i}@example.org");
            assert_eq!(messages.iter().filter(|m| m.contains(&to)).count(), 1, "{to}");
        }
    });
}

#[tokio::test]
async fn a_full_disk_keeps_mail_queued_with_a_clear_error_until_there_is_room() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    // A 64 KiB file system for the mail directory, filled to the brim.
    let small = app.dir.path().join("small");
    std::fs::create_dir_all(&small).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&small)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("SKIPPED: this machine does not allow mounting a small tmpfs");
        return;
    }
    let mut config = app.config.clone();
    config.data_dir = small.clone();
    let mailer = Mailer::from_config(&config).unwrap();
    let filler = small.join("filler");
    let mut file = std::fs::File::create(&filler).unwrap();
    let _ = std::io::Write::write_all(&mut file, &vec![0u8; 128 * 1024]);
    drop(file);

    register(&app, "full@example.org").await;
    assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 0);
    let (attempts, error): (i64, Option<String>) =
        townhall::on_pool!(&app.db, |p| sqlx::query_as("SELECT attempts, last_error FROM outbox")
            .fetch_one(p)
            .await
            .unwrap());
    assert_eq!(attempts, 1);
    let error = error.unwrap();
    assert!(error.to_lowercase().contains("space"), "a clear error: {error}");
    assert_eq!(outbox::pending_count(&app.db).await.unwrap(), 1, "not lost");

    std::fs::remove_file(&filler).unwrap();
    townhall::on_pool!(&app.db, |p| sqlx::query("UPDATE outbox SET next_attempt_at = 0")
        .execute(p)
        .await
        .map(|_| ())
        .unwrap());
    assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 1);
    // The failed attempt may leave an empty file behind; exactly one complete message exists.
    let complete: Vec<String> = std::fs::read_dir(small.join("mail"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
        .filter(|m| m.contains("full@example.org") && m.contains("verify-email"))
        .collect();
    assert_eq!(complete.len(), 1);
    let _ = std::process::Command::new("umount").arg(&small).status();
}

/// A follower's update mail names the city, the item's title in the reader's language, the new
/// status and progress and the update's text (abridged), right to left in Arabic; the mail
/// program gets a one-click unsubscribe (RFC 8058) that works without a session.
#[tokio::test]
async fn update_mails_say_where_what_and_why_and_unsubscribe_in_one_click() {
    use townhall::db::{cities, commitments, follows, users};
    use townhall::domain::{Status, Translated};
    use townhall::services::publishing::{self, Target, UpdateInput};
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        let c3 = commitments::by_ref(&app.db, city.id, 3).await.unwrap().unwrap().row.id;
        let readers = [("amina@example.org", "fr"), ("layla@example.org", "ar"), ("juma@example.org", "sw")];
        let mut ids = Vec::new();
        for (email, locale) in readers {
            let mut tx = app.db.begin().await.unwrap();
            let id = users::insert(&mut tx, email, "Reader", "x", locale, 0).await.unwrap();
            users::mark_verified(&mut tx, id, 1).await.unwrap();
            tx.commit().await.unwrap();
            follows::follow(&app.db, id, "commitment", c3, 1).await.unwrap();
            ids.push(id);
        }
        let long = "Les fournisseurs ont livré les points d’accès avec trois mois de retard. ".repeat(6);
        let mut text = Translated::single(townhall::domain::Locale::Fr, long.trim());
        text.0.insert("en".into(), "Suppliers delivered the access points three months late.".into());
        let input = UpdateInput {
            target: Target::Commitment(3),
            status: Status::Delayed,
            progress: 40,
            text,
            evidence: vec![],
            publisher: "ICT".into(),
            corrects_seq: None,
            at: None,
        };
        publishing::publish_update(&app.db, &app.config.base_url, city.id, "port-amani", &input, None).await.unwrap();

        let fr = outbox::latest_to(&app.db, "amina@example.org").await.unwrap().expect("notified");
        // French: the city and the title in French, the status, the progress, the text abridged.

        assert_eq!(
            fr.subject,
            "Port-Amani · C-3 Wi-Fi public gratuit dans tous les marchés municipaux\u{a0}: \
             nouvelle mise à jour (En retard, 40\u{a0}%)"
        );
        for body in [&fr.body_text, &fr.body_html] {
            assert!(body.contains("C-3 Wi-Fi public gratuit dans tous les marchés municipaux"), "{body}");
            assert!(body.contains("En retard") && body.contains("40\u{a0}%"), "{body}");
            assert!(body.contains("Les fournisseurs ont livré") && body.contains('…'), "abridged: {body}");
            assert!(body.contains("vous suivez"), "why: {body}");
        }
        assert!(fr.body_text.chars().count() < long.chars().count() + 1000, "not the whole text");
        assert!(fr.body_html.contains(r#"dir="ltr""#) && fr.body_html.contains("<blockquote"));
        let list = fr.list_unsubscribe.clone().expect("a List-Unsubscribe URL");
        assert!(list.contains("/fr/unsubscribe?token=") && list.ends_with(&format!("&item=commitment:{c3}")), "{list}");

        // Arabic: right to left, Arabic title; Swahili: Swahili title, the English text (no Swahili one).
        let ar = outbox::latest_to(&app.db, "layla@example.org").await.unwrap().unwrap();
        assert!(ar.body_html.contains(r#"<html lang="ar" dir="rtl">"#), "{}", ar.body_html);
        assert!(ar.subject.contains("إنترنت لاسلكي عام مجاني في جميع الأسواق البلدية"), "{}", ar.subject);
        assert!(ar.subject.contains("بورت أماني") && ar.subject.contains("40%"), "{}", ar.subject);
        let sw = outbox::latest_to(&app.db, "juma@example.org").await.unwrap().unwrap();
        assert!(sw.subject.starts_with("Bandari ya Amani · C-3 Wi-Fi ya umma bila malipo"), "{}", sw.subject);
        assert!(sw.body_text.contains("Imechelewa") && sw.body_text.contains("40%"));
        assert!(sw.body_text.contains("Suppliers delivered the access points"), "{}", sw.body_text);

        // Over real SMTP: both parts and the RFC 8058 headers.
        let (port, received) = smtp_server().await;
        let mut config = app.config.clone();
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        let mailer = Mailer::from_config(&config).unwrap();
        assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 3);
        let messages = received.lock().unwrap().clone();
        let m = messages.iter().find(|m| m.contains("To: amina@example.org")).expect("delivered").replace("\n ", " ");
        assert!(m.contains("multipart/alternative") && m.contains("text/plain") && m.contains("text/html"));
        assert!(m.contains(&format!("List-Unsubscribe: <{list}>")), "{m}");
        assert!(m.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "{m}");

        // The mail program's one-click POST, with no session and no form token, stops these mails.
        let path = list.strip_prefix(&app.config.base_url).unwrap();
        let r = Browser::new(&app)
            .client
            .post(app.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert!(!follows::is_following(&app.db, ids[0], "commitment", c3).await.unwrap());
        assert!(follows::is_following(&app.db, ids[1], "commitment", c3).await.unwrap(), "only hers");
    });
}

/// A saved search's alert carries its own one-click unsubscribe in the headers too.
#[tokio::test]
async fn alert_mails_carry_list_unsubscribe() {
    let app = TestApp::spawn(&common::Backend::Sqlite).await;
    let mut tx = app.db.begin().await.unwrap();
    let i18n = townhall::i18n::I18n::new(townhall::domain::Locale::En);
    let unsubscribe = format!("{}/en/alerts/{}/unsubscribe", app.config.base_url, "ab".repeat(32));
    townhall::mail::compose::alert(&i18n, "Baraka", "flooding", &[], "https://x/manage".into(), unsubscribe.clone())
        .enqueue(&mut tx, None, "alerts@example.org")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mail = outbox::latest_to(&app.db, "alerts@example.org").await.unwrap().unwrap();
    assert_eq!(mail.list_unsubscribe.as_deref(), Some(unsubscribe.as_str()));
    let mailer = Mailer::from_config(&app.config).unwrap();
    assert_eq!(worker::run_once(&app.db, &mailer).await.unwrap(), 1);
    let file = std::fs::read_dir(app.config.mail_dir()).unwrap().next().unwrap().unwrap().path();
    let eml = std::fs::read_to_string(file).unwrap().replace("\r\n ", " ");
    assert!(eml.contains(&format!("List-Unsubscribe: <{unsubscribe}>")), "{eml}");
    assert!(eml.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
}
