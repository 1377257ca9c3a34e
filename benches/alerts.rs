//! Saved-search benchmark (not a test): `cargo bench --bench alerts -- --saved 10000 --batch 200`.
//!
//! On SQLite with the demo city: stores N saved searches (one to three words from a
//! multilingual vocabulary, a third with a type filter, a third with a city filter), then
//! writes a batch of new comments and times the indexer applying that batch (`run_once`:
//! index, commit, and matching the batch against every saved search, storing the matches).
//! Repeated several times; prints each run and the median.

use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::{Duration, Instant};
use townhall::db::Db;
use townhall::search::indexer::{self, Horizon};
use townhall::search::Search;

#[derive(Parser)]
struct Args {
    /// Number of saved searches.
    #[arg(long, default_value_t = 10_000)]
    saved: usize,
    /// New comments per indexed batch.
    #[arg(long, default_value_t = 200)]
    batch: usize,
    /// Batches timed.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Accepted for `cargo bench` compatibility.
    #[arg(long, hide = true)]
    bench: bool,
}

const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "bus",
            "market",
            "water",
            "flood",
            "drain",
            "streetlights",
            "school",
            "clinic",
            "waste",
            "road",
            "traffic",
            "safety",
            "wifi",
            "budget",
            "delay",
            "sensor",
            "river",
            "housing",
            "park",
            "fare",
        ],
    ),
    (
        "fr",
        &[
            "bus",
            "marché",
            "eau",
            "inondation",
            "éclairage",
            "école",
            "déchets",
            "route",
            "sécurité",
            "budget",
            "retard",
            "rivière",
            "logement",
            "parc",
        ],
    ),
    (
        "es",
        &[
            "autobús",
            "mercado",
            "agua",
            "inundación",
            "alumbrado",
            "escuela",
            "residuos",
            "calle",
            "seguridad",
            "retraso",
            "río",
            "vivienda",
        ],
    ),
    (
        "sw",
        &[
            "basi", "soko", "maji", "mafuriko", "taa", "shule", "zahanati", "taka", "barabara", "usalama", "bajeti",
            "mto",
        ],
    ),
    ("ar", &["حافلة", "سوق", "مياه", "فيضان", "إنارة", "مدرسة", "نفايات", "طريق", "سلامة", "ميزانية"]),
    ("ru", &["автобус", "рынок", "вода", "наводнение", "освещение", "школа", "мусор", "дорога", "безопасность"]),
    ("zh", &["公交", "市场", "供水", "洪水", "路灯", "学校", "垃圾", "道路", "安全", "预算"]),
];

fn sentence(rng: &mut StdRng, words: &[&str]) -> String {
    (0..rng.gen_range(8..30)).map(|_| words[rng.gen_range(0..words.len())]).collect::<Vec<_>>().join(" ")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let db = Db::connect(&format!("sqlite://{}", dir.path().join("bench.db").display())).await?;
    db.migrate().await?;
    townhall::services::demo::load(&db).await?;
    let Db::Sqlite(pool) = &db else { unreachable!() };
    let mut rng = StdRng::seed_from_u64(2026);

    let hash = "bench-not-a-password-hash";
    let user: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, display_name, password_hash, locale, created_at, email_verified_at)
         VALUES ('bench@example.org', 'Bench', $1, 'en', 0, 0) RETURNING id",
    )
    .bind(hash)
    .fetch_one(pool)
    .await?;
    let mut tx = pool.begin().await?;
    for i in 0..args.saved {
        let (_, words) = WORDS[rng.gen_range(0..WORDS.len())];
        let q = (0..rng.gen_range(1..=3)).map(|_| words[rng.gen_range(0..words.len())]).collect::<Vec<_>>().join(" ");
        let mut pairs = vec![("q", q)];
        match i % 3 {
            0 => pairs.push(("type", "comment".into())),
            1 => pairs.push(("city", "port-amani".into())),
            _ => {}
        }
        let query = serde_urlencoded::to_string(&pairs)?;
        sqlx::query(
            "INSERT INTO saved_searches (user_id, query, frequency, feed_token, unsubscribe_token, created_at)
             VALUES ($1, $2, 'daily', $3, $4, 0)",
        )
        .bind(user)
        .bind(query)
        .bind(format!("feed{i}"))
        .bind(format!("unsub{i}"))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;

    let search = Search::open(&dir.path().join("index"))?;
    let mut writer = indexer::writer(&search)?;
    indexer::fill(&db, &search, &mut writer, |_, _| {}).await?;
    let mut horizon = Horizon::default();
    let targets: Vec<i64> = sqlx::query_scalar("SELECT id FROM commitments").fetch_all(pool).await?;
    println!("# saved-search matching: {} saved searches, batches of {} new comments", args.saved, args.batch);
    let mut times = Vec::new();
    for run in 1..=args.runs {
        let mut tx = pool.begin().await?;
        for _ in 0..args.batch {
            let (lang, words) = WORDS[rng.gen_range(0..WORDS.len())];
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO comments (city_id, target_type, target_id, body, language, channel, state, is_official, created_at)
                 VALUES (1, 'commitment', $1, $2, $3, 'web', 'visible', FALSE, $4) RETURNING id",
            )
            .bind(targets[rng.gen_range(0..targets.len())])
            .bind(sentence(&mut rng, words))
            .bind(lang)
            .bind(townhall::domain::now_ts())
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query("INSERT INTO search_changes (entity_type, entity_id, op, created_at) VALUES ('comment', $1, 'insert', 0)")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        let count = "SELECT COUNT(*) FROM saved_search_hits";
        let before: i64 = sqlx::query_scalar(count).fetch_one(pool).await?;
        let started = Instant::now();
        let applied = indexer::run_once(&db, &search, &mut writer, &mut horizon).await?;
        let took = started.elapsed();
        let after: i64 = sqlx::query_scalar(count).fetch_one(pool).await?;
        println!(
            "run {run}: {applied} comments indexed and matched against {} saved searches in {:.0} ms ({} saved searches had matches)",
            args.saved,
            took.as_secs_f64() * 1000.0,
            after - before
        );
        times.push(took);
    }
    times.sort();
    let median: Duration = times[times.len() / 2];
    println!("median: {:.0} ms per batch (goal: under 1000 ms)", median.as_secs_f64() * 1000.0);
    Ok(())
}
