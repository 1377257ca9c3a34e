//! Transparency-report benchmark (not a test):
//! `cargo bench --bench report -- --comments 1000000 [--postgres URL]`.
//!
//! Writes a realistic city history to a fresh database (the demo city plus N comments over
//! four years from 20,000 residents and offline channels: replies, official response times,
//! organisations, hidden comments, flags), builds the search index from it, then times the
//! whole report (`services::report::build`: index aggregation plus the SQL figures) for a few
//! typical scopes and prints p50 and max.

use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use townhall::db::Db;
use townhall::domain::Locale;
use townhall::on_pool;
use townhall::search::{indexer, Search};
use townhall::services::report::{build, ReportRequest};

#[derive(Parser)]
struct Args {
    /// Number of synthetic comments.
    #[arg(long, default_value_t = 100_000)]
    comments: usize,
    /// Repetitions of each report.
    #[arg(long, default_value_t = 10)]
    runs: usize,
    /// Run on PostgreSQL (a fresh schema in this database) instead of SQLite.
    #[arg(long)]
    postgres: Option<String>,
    /// Keep the corpus and index in this directory and reuse them on the next run with the
    /// same directory (SQLite only), to compare code changes on the same data.
    #[arg(long)]
    data: Option<std::path::PathBuf>,
    /// Accepted for `cargo bench` compatibility.
    #[arg(long, hide = true)]
    bench: bool,
}

const WORDS: &[&str] = &[
    "bus", "lane", "market", "water", "flood", "drain", "street", "light", "school", "clinic", "waste", "road",
    "traffic", "safety", "women", "traders", "wifi", "budget", "council", "delay", "river", "housing", "park",
    "children", "night", "station", "repair", "broken", "please", "when", "the", "and", "for", "our", "near",
];
const LANGS: &[&str] = &["en", "en", "en", "sw", "sw", "fr", "ar", "es", "ru", "zh"];
const STANCES: &[&str] = &["'support'", "'concern'", "'suggestion'", "'question'", "NULL"];
const OFFLINE: &[&str] = &["in_person", "paper", "phone", "email"];
const REASONS: &[&str] = &["spam", "abusive", "personal_data", "off_topic", "illegal"];
/// 2023-01-01 to 2026-12-31.
const START: i64 = 1_672_531_200;
const SPAN: i64 = 4 * 365 * 86_400;

async fn exec(db: &Db, sql: &str) -> anyhow::Result<()> {
    on_pool!(db, |p| sqlx::query(sql).execute(p).await.map(|_| ()))?;
    Ok(())
}

async fn ids(db: &Db, sql: &str) -> anyhow::Result<Vec<i64>> {
    Ok(on_pool!(db, |p| sqlx::query_scalar::<_, i64>(sql).fetch_all(p).await)?)
}

/// Inserts `rows` (SQL value tuples) in multi-row statements, one transaction per chunk.
async fn insert_rows(db: &Db, head: &str, rows: &[String]) -> anyhow::Result<()> {
    for chunk in rows.chunks(500) {
        exec(db, &format!("{head} VALUES {}", chunk.join(","))).await?;
    }
    Ok(())
}

fn sentence(rng: &mut StdRng) -> String {
    let n = rng.gen_range(8..40);
    (0..n).map(|_| WORDS[rng.gen_range(0..WORDS.len())]).collect::<Vec<_>>().join(" ")
}

async fn write_corpus(db: &Db, n: usize, rng: &mut StdRng) -> anyhow::Result<()> {
    let users: Vec<String> =
        (0..20_000).map(|i| format!("('resident{i}@example.org', 'Resident {i}', 'x', 'en', 1, {START})")).collect();
    insert_rows(
        db,
        "INSERT INTO users (email, display_name, password_hash, locale, email_verified_at, created_at)",
        &users,
    )
    .await?;
    let orgs: Vec<String> = (0..30).map(|i| format!("(1, 'Organisation {i}', '', '', 'verified', {START})")).collect();
    insert_rows(db, "INSERT INTO organisations (city_id, name, website, description, status, created_at)", &orgs)
        .await?;
    let user_ids = ids(db, "SELECT id FROM users ORDER BY id").await?;
    let org_ids = ids(db, "SELECT id FROM organisations ORDER BY id").await?;
    let mut targets: Vec<(&str, i64)> = Vec::new();
    for (kind, sql, weight) in [
        ("commitment", "SELECT id FROM commitments ORDER BY id", 7),
        ("project", "SELECT id FROM projects ORDER BY id", 2),
        ("consultation", "SELECT id FROM consultations ORDER BY id", 1),
    ] {
        for id in ids(db, sql).await? {
            for _ in 0..weight {
                targets.push((kind, id));
            }
        }
    }
    let mut rows = Vec::with_capacity(n);
    for _ in 0..n {
        let (kind, target) = targets[rng.gen_range(0..targets.len())];
        let created = START + rng.gen_range(0..SPAN);
        let offline = rng.gen_bool(0.1);
        let (author, offline_name, channel) = if offline {
            ("NULL".to_string(), format!("'Caller {}'", rng.gen_range(0..2000)), OFFLINE[rng.gen_range(0..4)])
        } else {
            // A few residents speak often, most rarely.
            let i = (rng.gen_range(0.0f64..1.0).powi(3) * user_ids.len() as f64) as usize;
            (user_ids[i.min(user_ids.len() - 1)].to_string(), "NULL".to_string(), "web")
        };
        let org = if rng.gen_bool(0.05) { org_ids[rng.gen_range(0..org_ids.len())].to_string() } else { "NULL".into() };
        let (state, reason) = match rng.gen_range(0..1000) {
            0..=9 => ("hidden", format!("'{}'", REASONS[rng.gen_range(0..REASONS.len())])),
            10..=14 => ("pending", "NULL".to_string()),
            _ => ("visible", "NULL".to_string()),
        };
        let responded = if rng.gen_bool(0.4) {
            (created + rng.gen_range(1800..400 * 3600)).to_string()
        } else {
            "NULL".to_string()
        };
        rows.push(format!(
            "(1, '{kind}', {target}, {author}, {offline_name}, {org}, '{}', {}, '{}', '{channel}', '{state}', {reason}, FALSE, {created}, {responded})",
            sentence(rng),
            STANCES[rng.gen_range(0..STANCES.len())],
            LANGS[rng.gen_range(0..LANGS.len())],
        ));
    }
    insert_rows(
        db,
        "INSERT INTO comments (city_id, target_type, target_id, author_id, offline_name, organisation_id, body, stance, language, channel, state, hidden_reason, is_official, created_at, responded_at)",
        &rows,
    )
    .await?;
    // Replies: 15% of comments answer an earlier one (written after the top-level ones).
    let firsts = ids(db, "SELECT id FROM comments ORDER BY id").await?;
    let replies: Vec<String> = (0..n * 15 / 100)
        .map(|_| {
            let parent = firsts[rng.gen_range(0..firsts.len())];
            format!(
                "(1, 'commitment', 1, {}, {parent}, 'reply {}', 'en', 'web', 'visible', FALSE, {})",
                user_ids[rng.gen_range(0..user_ids.len())],
                sentence(rng),
                START + rng.gen_range(0..SPAN)
            )
        })
        .collect();
    insert_rows(
        db,
        "INSERT INTO comments (city_id, target_type, target_id, author_id, parent_id, body, language, channel, state, is_official, created_at)",
        &replies,
    )
    .await?;
    let flags: Vec<String> = (0..n / 50)
        .map(|_| {
            let at = START + rng.gen_range(0..SPAN);
            let handled = if rng.gen_bool(0.5) { (at + 3600).to_string() } else { "NULL".into() };
            format!(
                "({}, 1, {}, 'spam', '', {at}, {handled})",
                firsts[rng.gen_range(0..firsts.len())],
                user_ids[rng.gen_range(0..user_ids.len())]
            )
        })
        .collect();
    insert_rows(db, "INSERT INTO flags (comment_id, city_id, user_id, reason, note, created_at, handled_at)", &flags)
        .await?;
    Ok(())
}

fn params(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let temp = tempfile::tempdir()?;
    let dir_path = args.data.clone().unwrap_or_else(|| temp.path().to_path_buf());
    std::fs::create_dir_all(&dir_path)?;
    let reuse = args.data.is_some() && args.postgres.is_none() && dir_path.join("index").join("meta.json").exists();
    let (url, backend) = match &args.postgres {
        Some(admin) => {
            let admin_db = Db::connect(admin).await?;
            exec(&admin_db, "DROP SCHEMA IF EXISTS bench_report CASCADE").await?;
            exec(&admin_db, "CREATE SCHEMA bench_report").await?;
            admin_db.close().await;
            let sep = if admin.contains('?') { '&' } else { '?' };
            (format!("{admin}{sep}options=-c%20search_path%3Dbench_report"), "PostgreSQL")
        }
        None => (format!("sqlite://{}", dir_path.join("bench.db").display()), "SQLite"),
    };
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    let index_dir = dir_path.join("index");
    if reuse {
        println!("# townhall report benchmark: reusing the corpus in {} on {backend}", dir_path.display());
    } else {
        townhall::services::demo::load(&db).await?;
        println!("# townhall report benchmark: {} comments (+15% replies) on {backend}", args.comments);
        let mut rng = StdRng::seed_from_u64(2026);
        let started = Instant::now();
        write_corpus(&db, args.comments, &mut rng).await?;
        println!("corpus written in {:.1} s", started.elapsed().as_secs_f64());
        let started = Instant::now();
        let indexed = indexer::rebuild(&db, &index_dir, townhall::config::DEFAULT_INDEX_WRITER_MB, |_, _| {}).await?;
        println!("index build: {indexed} visible comments in {:.1} s", started.elapsed().as_secs_f64());
    }
    let search = Search::open(&index_dir)?;
    let city = townhall::db::cities::by_slug(&db, "port-amani").await?.expect("demo city");

    println!();
    println!("| report scope | feedback counted | whole report p50 | max | of which index aggregation p50 |");
    println!("|---|---|---|---|---|");
    let scopes: Vec<(&str, HashMap<String, String>)> = vec![
        ("4 years, everything", params(&[("from", "2023-01-01"), ("to", "2026-12-31")])),
        (
            "1 year, one thematic area",
            params(&[("from", "2026-01-01"), ("to", "2026-12-31"), ("theme", "environmental-sustainability")]),
        ),
        ("4 years, words `water flood`", params(&[("from", "2023-01-01"), ("to", "2026-12-31"), ("q", "water flood")])),
        (
            "4 years, words + stance + language",
            params(&[
                ("from", "2023-01-01"),
                ("to", "2026-12-31"),
                ("q", "market"),
                ("stance", "concern"),
                ("lang", "sw"),
            ]),
        ),
    ];
    for (label, p) in scopes {
        let req = ReportRequest::from_params(&p);
        let mut times: Vec<Duration> = Vec::new();
        let mut counted = 0;
        for _ in 0..args.runs {
            let t = Instant::now();
            let r = build(&db, &search, &city, &req, Locale::En).await?;
            times.push(t.elapsed());
            counted = r.feedback.comments;
        }
        times.sort();
        let search_req = req.search_request(&city.slug);
        let mut index_times: Vec<Duration> = (0..args.runs)
            .map(|_| {
                let t = Instant::now();
                townhall::search::report::aggregate(&search, &search_req, req.item_type, &[0, i64::MAX])
                    .map(|_| t.elapsed())
            })
            .collect::<anyhow::Result<_>>()?;
        index_times.sort();
        println!(
            "| {label} | {counted} | {:.0} ms | {:.0} ms | {:.0} ms |",
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[times.len() - 1].as_secs_f64() * 1e3,
            index_times[index_times.len() / 2].as_secs_f64() * 1e3
        );
    }
    // The whole page as a visitor gets it: figures, charts, template, over HTTP.
    let config = townhall::config::Config {
        data_dir: dir_path.clone(),
        database_url: Some(url.clone()),
        mail_worker: false,
        ..Default::default()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    townhall::server::launch(config, listener, std::future::pending()).await?;
    println!();
    println!("| over HTTP (4 years, everything) | bytes | p50 | max |");
    println!("|---|---|---|---|");
    let client = reqwest::Client::new();
    for (label, format) in [("HTML page", ""), ("CSV", "&format=csv"), ("JSON", "&format=json")] {
        let url = format!("{base}/en/port-amani/report?from=2023-01-01&to=2026-12-31{format}");
        let mut times: Vec<Duration> = Vec::new();
        let mut bytes = 0;
        for _ in 0..args.runs {
            let t = Instant::now();
            let r = client.get(&url).send().await?;
            anyhow::ensure!(r.status().is_success(), "{url}: {}", r.status());
            bytes = r.bytes().await?.len();
            times.push(t.elapsed());
        }
        times.sort();
        println!(
            "| {label} | {bytes} | {:.0} ms | {:.0} ms |",
            times[times.len() / 2].as_secs_f64() * 1e3,
            times[times.len() - 1].as_secs_f64() * 1e3
        );
    }
    if args.postgres.is_some() {
        exec(&db, "DROP SCHEMA bench_report CASCADE").await?;
    }
    Ok(())
}
