//! Mail leaves through the outbox: a real SMTP conversation with a server this test runs,
//! `.eml` files when no SMTP server is configured, and retries when the server is away.

mod common;

use common::TestApp;
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
