//! Every staff action writes its audit row in the transaction of the action itself: an action
//! whose transaction fails leaves no audit row, and official responses are audited.

mod common;

use common::{person, TestApp};
use townhall::db::{cities, commitments, roles, Db};
use townhall::domain::accounts::Role;

const CITY: &str = "port-amani";

async fn audit_rows(db: &Db, action: &str) -> i64 {
    townhall::on_pool!(db, |p| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(p)
        .await
        .unwrap())
}

/// Makes every later write to the search change log fail, as a full disk or a lost
/// connection would in the middle of a use case.
async fn break_change_log(db: &Db) {
    match db {
        Db::Sqlite(p) => {
            sqlx::query(
                "CREATE TRIGGER fail_changes BEFORE INSERT ON search_changes BEGIN SELECT RAISE(ABORT, 'broken'); END",
            )
            .execute(p)
            .await
            .unwrap();
        }
        Db::Postgres(p) => {
            sqlx::query("CREATE FUNCTION fail_changes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'broken'; END $$ LANGUAGE plpgsql")
                .execute(p)
                .await
                .unwrap();
            sqlx::query("CREATE TRIGGER fail_changes BEFORE INSERT ON search_changes FOR EACH ROW EXECUTE FUNCTION fail_changes()")
                .execute(p)
                .await
                .unwrap();
        }
    }
}

#[tokio::test]
async fn a_failed_action_leaves_no_audit_row() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (staff, staff_id) = person(&app, "staff@example.org", "Neema Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();
        let before = commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len();
        let fields = [("title_en", "Street lights on every bus stop"), ("department", "Transport")];
        // The demo loader's own commitments are audited as done from the command line.
        let audited_before = audit_rows(&app.db, "commitment.create").await;

        break_change_log(&app.db).await;
        let r = staff.post(&format!("/en/{CITY}/admin/commitments/new"), &fields).await;
        assert_eq!(r.status(), 500, "the action failed");
        assert_eq!(commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len(), before);
        assert_eq!(audit_rows(&app.db, "commitment.create").await, audited_before, "no audit row without the action");

        // The same action, once the database accepts it, commits with its audit row.
        let drop = match &app.db {
            Db::Sqlite(_) => "DROP TRIGGER fail_changes",
            Db::Postgres(_) => "DROP TRIGGER fail_changes ON search_changes",
        };
        townhall::on_pool!(&app.db, |p| sqlx::query(drop).execute(p).await.map(|_| ()).unwrap());
        let r = staff.post(&format!("/en/{CITY}/admin/commitments/new"), &fields).await;
        assert_eq!(r.status(), 303);
        assert_eq!(commitments::list(&app.db, city.id, &Default::default()).await.unwrap().len(), before + 1);
        assert_eq!(audit_rows(&app.db, "commitment.create").await, audited_before + 1);
    });
}

#[tokio::test]
async fn official_responses_are_audited() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (resident, _) = person(&app, "amina@example.org", "Amina").await;
        let (staff, staff_id) = person(&app, "staff@example.org", "Neema Staff").await;
        roles::grant(&app.db, staff_id, city.id, Role::Staff, 0).await.unwrap();

        let r =
            resident.post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "When will this start?")]).await;
        assert_eq!(r.status(), 303);
        let location = r.headers()["location"].to_str().unwrap().to_string();
        let id = location.rsplit("#comment-").next().unwrap().to_string();
        let r = staff
            .post(
                &format!("/en/{CITY}/commitments/C-1/comments"),
                &[("body", "Work starts in March."), ("parent_id", &id), ("official", "1"), ("department", "ICT")],
            )
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(audit_rows(&app.db, "comment.official_response").await, 1);
        let body = staff.get(&format!("/en/{CITY}/admin/audit")).await;
        assert_eq!(body.status(), 403, "the audit log is for city admins");
        // A plain reply by the same person is not an official act.
        let r = staff
            .post(&format!("/en/{CITY}/commitments/C-1/comments"), &[("body", "Thanks!"), ("parent_id", &id)])
            .await;
        assert_eq!(r.status(), 303);
        assert_eq!(audit_rows(&app.db, "comment.official_response").await, 1);
    });
}
