//! Load benchmark (not a test): `cargo bench --bench load -- --seconds 60 --connections 64`.
//!
//! Starts the release server with the demo city on SQLite (or `--database postgres://…`), puts
//! 200 comments on C-1, then holds N concurrent connections for the given time with mixed
//! traffic — 40% city overview, 30% the commitment page with 200 comments, 20% searches,
//! 10% comment posts by logged-in residents — and reports throughput, p50/p99 and errors.

use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 60)]
    seconds: u64,
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// Database URL; SQLite in a temporary directory by default.
    #[arg(long)]
    database: Option<String>,
    #[arg(long, hide = true)]
    bench: bool,
}

const PASSWORD: &str = "load-test-password-123";

fn csrf(body: &str) -> String {
    let marker = r#"name="csrf_token" value=""#;
    let start = body.find(marker).expect("csrf token") + marker.len();
    body[start..start + 64].to_string()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let db_url = args.database.clone().unwrap_or_else(|| format!("sqlite://{}", dir.path().join("load.db").display()));
    let db = townhall::db::Db::connect(&db_url).await?;
    db.migrate().await?;
    townhall::services::demo::load(&db).await?;
    let hash = townhall::services::accounts::hash_password(PASSWORD.into()).await?;
    let mut tx = db.begin().await?;
    for i in 0..args.connections {
        let id = townhall::db::users::insert(
            &mut tx,
            &format!("load{i}@example.org"),
            &format!("Resident {i}"),
            &hash,
            "en",
            0,
        )
        .await?;
        townhall::db::users::mark_verified(&mut tx, id, 1).await?;
    }
    tx.commit().await?;
    std::fs::write(
        dir.path().join("townhall.toml"),
        "[limits]\ncomment_per_account_per_minute = 100000\ncomment_per_ip_per_minute = 100000\nlogin_per_ip_per_minute = 100000\n",
    )?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let base = format!("http://127.0.0.1:{port}");
    let exe =
        std::env::current_exe()?.parent().and_then(|p| p.parent()).map(|p| p.join("townhall")).expect("target dir");
    let mut server = std::process::Command::new(&exe)
        .arg("serve")
        .env("TOWNHALL_DATABASE_URL", &db_url)
        .env("TOWNHALL_DATA_DIR", dir.path())
        .env("TOWNHALL_ADDR", format!("127.0.0.1:{port}"))
        .env("TOWNHALL_CONFIG", dir.path().join("townhall.toml"))
        .env("RUST_LOG", "warn")
        .spawn()?;
    for _ in 0..100 {
        if reqwest::get(format!("{base}/healthz")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Log every resident in and give C-1 its 200 comments.
    let mut clients = Vec::new();
    for i in 0..args.connections {
        let c = reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build()?;
        let token = csrf(&c.get(format!("{base}/en/login")).send().await?.text().await?);
        let email = format!("load{i}@example.org");
        let r = c
            .post(format!("{base}/en/login"))
            .form(&[("email", email.as_str()), ("password", PASSWORD), ("csrf_token", &token)])
            .send()
            .await?;
        anyhow::ensure!(r.status() == 303, "login failed: {}", r.status());
        let token = csrf(&c.get(format!("{base}/en/login")).send().await?.text().await?);
        clients.push((c, token));
    }
    for n in 0..200 {
        let (c, token) = &clients[n % clients.len()];
        let body = format!("Comment {n} about the bus lanes and the market street lights.");
        c.post(format!("{base}/en/port-amani/commitments/C-1/comments"))
            .form(&[("body", body.as_str()), ("csrf_token", token)])
            .send()
            .await?;
    }

    println!(
        "# townhall load: {} connections for {} s against {}",
        args.connections,
        args.seconds,
        if args.database.is_some() { "PostgreSQL" } else { "SQLite" }
    );
    let latencies = Arc::new(Mutex::new(Vec::<(u8, Duration)>::new()));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let mut tasks = Vec::new();
    for (i, (client, token)) in clients.into_iter().enumerate() {
        let (base, latencies, errors) = (base.clone(), latencies.clone(), errors.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(i as u64);
            let words = ["bus", "market", "water", "lights", "school", "flood", "budget", "\"bus lanes\""];
            let mut local = Vec::new();
            let mut n = 0;
            while Instant::now() < deadline {
                let roll: u32 = rng.gen_range(0..100);
                let started = Instant::now();
                let (kind, result) = if roll < 40 {
                    (0u8, client.get(format!("{base}/en/port-amani/")).send().await)
                } else if roll < 70 {
                    (1, client.get(format!("{base}/en/port-amani/commitments/C-1")).send().await)
                } else if roll < 90 {
                    let q = serde_urlencoded::to_string([("q", words[rng.gen_range(0..words.len())])]).unwrap();
                    (2, client.get(format!("{base}/en/search?{q}")).send().await)
                } else {
                    n += 1;
                    let body = format!("Load comment {i}-{n}: the market needs more lights.");
                    (
                        3,
                        client
                            .post(format!("{base}/en/port-amani/commitments/C-2/comments"))
                            .form(&[("body", body.as_str()), ("csrf_token", &token)])
                            .send()
                            .await,
                    )
                };
                match result {
                    Ok(r) if r.status().is_success() || r.status() == 303 => {
                        let _ = r.bytes().await;
                        local.push((kind, started.elapsed()));
                    }
                    Ok(r) => errors.lock().await.push(format!("HTTP {}", r.status())),
                    Err(e) => errors.lock().await.push(e.to_string()),
                }
            }
            latencies.lock().await.extend(local);
        }));
    }
    for t in tasks {
        t.await?;
    }
    let _ = server.kill();
    let all = latencies.lock().await.clone();
    let errors = errors.lock().await.clone();
    let report = |label: &str, mut v: Vec<Duration>| {
        if v.is_empty() {
            return;
        }
        v.sort();
        let p = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
        println!(
            "| {label} | {} | {:.1} | {:.1} ms | {:.1} ms |",
            v.len(),
            v.len() as f64 / args.seconds as f64,
            p(0.5),
            p(0.99)
        );
    };
    println!("| traffic | requests | per second | p50 | p99 |");
    println!("|---|---|---|---|---|");
    for (k, label) in ["city overview", "commitment with 200+ comments", "search", "post comment"].iter().enumerate() {
        report(label, all.iter().filter(|(kind, _)| *kind as usize == k).map(|(_, d)| *d).collect());
    }
    report("all", all.iter().map(|(_, d)| *d).collect());
    println!("errors: {}", errors.len());
    for e in errors.iter().take(5) {
        println!("  {e}");
    }
    anyhow::ensure!(errors.is_empty(), "{} requests failed", errors.len());
    Ok(())
}
