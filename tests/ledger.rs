//! The public ledger: verification succeeds, and a row changed behind the server's back is found.

mod common;

use common::TestApp;
use std::process::Command;
use townhall::on_pool;
use townhall::services::ledger;

fn verify_cli(app: &TestApp) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_townhall"))
        .arg("verify-ledger")
        .env("TOWNHALL_DATABASE_URL", &app.db_url)
        .env("TOWNHALL_DATA_DIR", app.dir.path())
        .env("RUST_LOG", "error")
        .output()
        .expect("run townhall");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).to_string())
}

#[tokio::test]
async fn ledger_verifies_and_detects_tampering() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let reports = ledger::verify(&app.db).await.unwrap();
        assert_eq!(reports.len(), 1);
        assert!(reports[0].updates >= 40);
        assert!(reports[0].first_broken.is_none(), "{:?}", reports[0].first_broken);
        let (code, out) = verify_cli(&app);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("chain intact"));

        // Someone quietly improves the record of update #7.
        on_pool!(&app.db, |p| sqlx::query("UPDATE updates SET progress = progress + 30 WHERE seq = 7")
            .execute(p)
            .await
            .map(|_| ()))
        .unwrap();
        let reports = ledger::verify(&app.db).await.unwrap();
        let problem = reports[0].first_broken.clone().expect("tampering is detected");
        assert!(problem.contains("#7"), "{problem}");
        let (code, out) = verify_cli(&app);
        assert_eq!(code, 1);
        assert!(out.contains("BROKEN") && out.contains("update #7"), "{out}");
    });
}

#[tokio::test]
async fn rehashing_a_changed_row_still_breaks_the_next_link() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        // A careful forger also recomputes the hash of the row they changed...
        let city = townhall::db::cities::by_slug(&app.db, "port-amani").await.unwrap().unwrap();
        let mut row = townhall::db::updates::by_seq(&app.db, city.id, 3).await.unwrap().unwrap();
        row.status = "completed".into();
        let forged = row.recompute_hash(&city.slug);
        on_pool!(&app.db, |p| sqlx::query("UPDATE updates SET status = 'completed', hash = $1 WHERE seq = 3")
            .bind(&forged)
            .execute(p)
            .await
            .map(|_| ()))
        .unwrap();
        // ...but update #4 still points at the original hash.
        let problem = ledger::verify(&app.db).await.unwrap()[0].first_broken.clone().unwrap();
        assert!(problem.contains("#4"), "{problem}");
    });
}
