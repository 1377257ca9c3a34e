//! What each person follows, and the public directory of verified organisations.

mod common;

use common::{person, TestApp};
use townhall::db::{cities, organisations};

const CITY: &str = "port-amani";

#[tokio::test]
async fn a_person_sees_and_unfollows_what_they_follow() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let (amina, _) = person(&app, "amina@example.org", "Amina").await;
        assert_eq!(app.get("/en/account/following").await.status(), 303, "signed-in only");
        for item in ["commitments/C-3", "projects/2"] {
            let r = amina.post(&format!("/en/{CITY}/{item}/follow"), &[("follow", "1")]).await;
            assert_eq!(r.status(), 303);
        }
        let page = amina.get("/fr/account/following").await.text().await.unwrap();
        assert!(
            page.contains("Wi-Fi public gratuit dans tous les marchés municipaux"),
            "titles in the reader's language"
        );
        assert!(page.contains(&format!(r#"action="/fr/{CITY}/commitments/C-3/follow""#)));
        assert!(page.contains(&format!(r#"action="/fr/{CITY}/projects/2/follow""#)));
        let r =
            amina.post(&format!("/fr/{CITY}/commitments/C-3/follow"), &[("follow", "0"), ("back", "following")]).await;
        assert_eq!(r.headers()["location"], "/fr/account/following?unfollowed=1");
        let page = amina.get("/fr/account/following?unfollowed=1").await.text().await.unwrap();
        assert!(!page.contains("commitments/C-3/follow") && page.contains("projects/2/follow"));
    });
}

#[tokio::test]
async fn the_directory_lists_only_verified_organisations() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let (_, founder) = person(&app, "founder@example.org", "Founder").await;
        let verified =
            organisations::insert(&app.db, city.id, "Harbour Watch", "https://harbour.example.org", "", founder, 0)
                .await
                .unwrap();
        organisations::set_status(&app.db, verified, "verified", founder, 0).await.unwrap();
        organisations::insert(&app.db, city.id, "Pending Friends", "", "", founder, 0).await.unwrap();
        let (status, page) = app.page(&format!("/en/{CITY}/organisations")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Harbour Watch") && page.contains(&format!(r#"href="organisations/{verified}""#)));
        assert!(!page.contains("Pending Friends"), "not verified, not listed");
        assert_eq!(app.page("/en/atlantis/organisations").await.0, 404);
    });
}

#[tokio::test]
async fn an_organisation_page_shows_its_assessments_challenges_and_comments() {
    on_each_backend!(|backend| {
        let app = TestApp::spawn_full_demo(backend).await;
        let city = cities::by_slug(&app.db, CITY).await.unwrap().unwrap();
        let challenges = townhall::db::challenges::for_city(&app.db, city.id).await.unwrap();
        let challenged = challenges[0].organisation_id;
        let own = challenges.iter().filter(|c| c.organisation_id == challenged).count();
        let assessments = townhall::db::assessments::for_organisation(&app.db, challenged).await.unwrap();
        let (status, page) = app.page(&format!("/en/{CITY}/organisations/{challenged}")).await;
        assert_eq!(status, 200);
        assert_eq!(page.matches("#challenge-").count(), own, "every challenge of the organisation is listed");
        assert_eq!(page.matches("#assessment-").count(), assessments.len().min(60));
        for c in challenges.iter().filter(|c| c.organisation_id == challenged) {
            assert!(page.contains(&format!("#challenge-{}\"", c.id)));
        }
        let (_, directory) = app.page(&format!("/en/{CITY}/organisations")).await;
        let plural = if own == 1 { "challenge" } else { "challenges" };
        assert!(directory.contains(&format!("{own} {plural}")), "the directory counts challenges");
    });
}
