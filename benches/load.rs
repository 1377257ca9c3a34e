//! Load benchmark (not a test): `cargo bench --bench load`.
//!
//! Starts the release server with the demo city on SQLite (or `--database postgres://…`, an
//! empty database) and puts 200 comments on C-1. Then, by default, it measures with `wrk` (2
//! threads, 8 and 64 connections) the anonymous commitment page with 200 comments, the city
//! overview, a search and comment posts by a signed-in resident, and beside each page nginx
//! serving the very same bytes as a static file on the same machine, as a ratio; and the
//! server's memory (RSS) before and after. Needs `wrk` and `nginx` on the PATH.
//!
//! `--repeat 3` runs each measurement three times and reports the medians, with every run's p99.
//!
//! `--mixed` instead holds `--connections` signed-in clients for `--seconds` with mixed
//! traffic — 40% city overview, 30% the commitment page, 20% searches, 10% comment posts.

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
    /// The mixed signed-in load instead of the wrk runs beside nginx.
    #[arg(long)]
    mixed: bool,
    /// Seconds of each wrk run.
    #[arg(long, default_value_t = 10)]
    wrk_seconds: u64,
    /// Comments written straight into the database before the server starts, spread over the
    /// other commitments and projects (C-1 keeps its 200), to measure memory with a large city:
    /// `--extra-comments 1000000`. The server indexes them when it starts.
    #[arg(long, default_value_t = 0)]
    extra_comments: usize,
    /// Only the comment posts (e.g. to profile them).
    #[arg(long)]
    posts_only: bool,
    /// Runs of each measurement: the tables give the median rate and p99, and every run's p99
    /// (this machine's speed varies from run to run, nginx's too).
    #[arg(long, default_value_t = 1)]
    repeat: usize,
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
    if args.extra_comments > 0 {
        let started = Instant::now();
        write_extra_comments(&db, args.extra_comments).await?;
        println!("# {} extra comments written in {:.0} s", args.extra_comments, started.elapsed().as_secs_f64());
    }
    std::fs::write(
        dir.path().join("townhall.toml"),
        "[limits]\ncomment_per_account_per_minute = 100000000\ncomment_per_ip_per_minute = 100000000\nlogin_per_ip_per_minute = 100000\n",
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
        .env("RUST_LOG", std::env::var("TOWNHALL_BENCH_LOG").unwrap_or_else(|_| "warn".into()))
        .spawn()?;
    // A large city is indexed before the server answers.
    for _ in 0..(100 + args.extra_comments / 100) {
        if reqwest::get(format!("{base}/healthz")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A large city: wait until the server's index holds it (the bulk build at start-up).
    if args.extra_comments > 0 {
        let took = until_indexed(&base).await?;
        println!("# indexed at start-up in {:.0} s; RSS then {:.0} MB", took.as_secs_f64(), rss_mb(server.id()));
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

    if !args.mixed {
        let result = beside_nginx(&args, &base, server.id()).await;
        let _ = server.kill();
        return result;
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

/// Resident memory of a process, in MB (Linux).
fn rss_mb(pid: u32) -> f64 {
    status_mb(pid, "VmRSS:")
}

/// A line of `/proc/{pid}/status`, in MB (`VmRSS:`, `RssAnon:`, `RssFile:`).
fn status_mb(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// What one wrk run measured (or the median of several).
struct Run {
    per_second: f64,
    p99_ms: f64,
    errors: u64,
    /// Every run's p99, when repeated.
    p99s: Vec<f64>,
}

impl Run {
    /// `12.3 ms`, or `12.3 ms (11.0, 12.3, 14.9)` over repeated runs.
    fn p99(&self) -> String {
        if self.p99s.len() < 2 {
            return format!("{:.1} ms", self.p99_ms);
        }
        let all: Vec<String> = self.p99s.iter().map(|p| format!("{p:.1}")).collect();
        format!("{:.1} ms ({})", self.p99_ms, all.join(", "))
    }
}

/// `repeat` wrk runs: the median rate and median p99 (each on its own), errors summed.
fn wrk_runs(
    url: &str,
    connections: usize,
    seconds: u64,
    script: Option<&std::path::Path>,
    repeat: usize,
) -> anyhow::Result<Run> {
    let runs =
        (0..repeat.max(1)).map(|_| wrk(url, connections, seconds, script)).collect::<anyhow::Result<Vec<_>>>()?;
    let median = |mut values: Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    Ok(Run {
        per_second: median(runs.iter().map(|r| r.per_second).collect()),
        p99_ms: median(runs.iter().map(|r| r.p99_ms).collect()),
        errors: runs.iter().map(|r| r.errors).sum(),
        p99s: runs.iter().map(|r| r.p99_ms).collect(),
    })
}

fn wrk(url: &str, connections: usize, seconds: u64, script: Option<&std::path::Path>) -> anyhow::Result<Run> {
    let mut cmd = std::process::Command::new("wrk");
    cmd.args(["-t2", &format!("-c{connections}"), &format!("-d{seconds}s"), "--latency", "--timeout", "5s"]);
    if let Some(script) = script {
        cmd.arg("-s").arg(script);
    }
    let out = cmd.arg(url).output()?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    anyhow::ensure!(out.status.success(), "wrk failed: {text}{}", String::from_utf8_lossy(&out.stderr));
    let number = |prefix: &str| -> Option<String> {
        text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_string()))
    };
    let per_second: f64 = number("Requests/sec:").and_then(|v| v.parse().ok()).unwrap_or(0.0);
    let p99 = number("99%").unwrap_or_default();
    let p99_ms = if let Some(v) = p99.strip_suffix("us") {
        v.parse::<f64>()? / 1000.0
    } else if let Some(v) = p99.strip_suffix("ms") {
        v.parse::<f64>()?
    } else if let Some(v) = p99.strip_suffix('s') {
        v.parse::<f64>()? * 1000.0
    } else {
        f64::NAN
    };
    let errors = number("Non-2xx or 3xx responses:").and_then(|v| v.parse().ok()).unwrap_or(0)
        + number("Socket errors:")
            .map_or(0, |v| v.split(',').filter_map(|p| p.split_whitespace().last()?.parse::<u64>().ok()).sum::<u64>());
    Ok(Run { per_second, p99_ms, errors, p99s: vec![] })
}

/// nginx on a free port serving `root` as static files, stopped when dropped.
struct Nginx {
    child: std::process::Child,
    port: u16,
}

impl Nginx {
    fn start(dir: &std::path::Path, root: &std::path::Path) -> anyhow::Result<Nginx> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let conf = format!(
            "daemon off; worker_processes auto; pid {dir}/nginx.pid; error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path {dir}; proxy_temp_path {dir}; fastcgi_temp_path {dir}; uwsgi_temp_path {dir}; scgi_temp_path {dir};
  types {{ text/html html; }}
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
",
            dir = dir.display(),
            root = root.display()
        );
        std::fs::write(dir.join("nginx.conf"), conf)?;
        let child = std::process::Command::new("nginx")
            .arg("-p")
            .arg(dir)
            .arg("-c")
            .arg(dir.join("nginx.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()?;
        std::thread::sleep(Duration::from_millis(500));
        Ok(Nginx { child, port })
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        // SIGTERM, so the master stops its workers too (SIGKILL would orphan them).
        let _ = std::process::Command::new("kill").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}

async fn beside_nginx(args: &Args, base: &str, pid: u32) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let root = dir.path().join("www");
    std::fs::create_dir_all(&root)?;
    let pages = [
        ("commitment with 200 comments", "/en/port-amani/commitments/C-1", "commitment.html"),
        ("city overview", "/en/port-amani/", "overview.html"),
        ("search \"market\"", "/en/search?q=market", "search.html"),
    ];
    // The very bytes an anonymous visitor gets, saved for nginx.
    for (_, path, file) in &pages {
        let bytes = reqwest::get(format!("{base}{path}")).await?.error_for_status()?.bytes().await?;
        std::fs::write(root.join(file), &bytes)?;
    }
    let nginx = Nginx::start(dir.path(), &root)?;
    println!(
        "# townhall beside nginx on {} ({} cores), wrk -t2, {} s per run, median of {} run(s); RSS after setup {:.0} MB",
        if args.database.is_some() { "PostgreSQL" } else { "SQLite" },
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        args.wrk_seconds,
        args.repeat.max(1),
        rss_mb(pid)
    );
    println!("| traffic | connections | townhall req/s | townhall p99 | nginx req/s (same bytes) | ratio | errors |");
    println!("|---|---|---|---|---|---|---|");
    for (label, path, file) in pages.iter().filter(|_| !args.posts_only) {
        for connections in [8, 64] {
            let ours = wrk_runs(&format!("{base}{path}"), connections, args.wrk_seconds, None, args.repeat)?;
            let nginx_url = format!("http://127.0.0.1:{}/{file}", nginx.port);
            let theirs = wrk_runs(&nginx_url, connections, args.wrk_seconds, None, args.repeat)?;
            println!(
                "| {label} | {connections} | {:.0} | {} | {:.0} | {:.1}% | {} |",
                ours.per_second,
                ours.p99(),
                theirs.per_second,
                100.0 * ours.per_second / theirs.per_second.max(1.0),
                ours.errors
            );
        }
    }
    // Comment posts by one signed-in resident (its rate limits are raised for the run).
    let (session, token) = sign_in(base, "load0@example.org").await?;
    // The same commitment page read by that resident: made from the residents' shared render.
    let signed_in = dir.path().join("signed_in.lua");
    std::fs::write(&signed_in, format!("wrk.headers[\"Cookie\"] = \"{session}\"\n"))?;
    for connections in [8, 64].iter().filter(|_| !args.posts_only) {
        let url = format!("{base}{}", pages[0].1);
        let run = wrk_runs(&url, *connections, args.wrk_seconds, Some(&signed_in), args.repeat)?;
        println!(
            "| commitment with 200 comments, signed-in resident | {connections} | {:.0} | {} | | | {} |",
            run.per_second,
            run.p99(),
            run.errors
        );
    }
    let script = dir.path().join("post.lua");
    std::fs::write(
        &script,
        format!(
            "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n\
             wrk.headers[\"Cookie\"] = \"{session}\"\nlocal n = 0\n\
             request = function()\n  n = n + 1\n  return wrk.format(nil, nil, nil, \"csrf_token={token}&body=Load+comment+\" .. math.random(1, 1000000000) .. \"+\" .. n .. \"+the+market+needs+lights\")\nend\n"
        ),
    )?;
    for connections in [8, 64] {
        let url = format!("{base}/en/port-amani/commitments/C-2/comments");
        let run = wrk_runs(&url, connections, args.wrk_seconds, Some(&script), args.repeat)?;
        println!("| post comment (303) | {connections} | {:.0} | {} | | | {} |", run.per_second, run.p99(), run.errors);
    }
    // The search index's files are mapped into memory: pages of them read count in RSS, but the
    // kernel may drop them at any time (they are the files' page cache).
    println!(
        "RSS after the runs: {:.0} MB (anonymous {:.0} MB, mapped files {:.0} MB)",
        rss_mb(pid),
        status_mb(pid, "RssAnon:"),
        status_mb(pid, "RssFile:")
    );
    // The comments posted last are still being indexed: memory once that work is done.
    let took = until_indexed(base).await?;
    println!(
        "RSS once the search index caught up ({:.0} s later): {:.0} MB (anonymous {:.0} MB, mapped files {:.0} MB)",
        took.as_secs_f64(),
        rss_mb(pid),
        status_mb(pid, "RssAnon:"),
        status_mb(pid, "RssFile:")
    );
    drop(nginx);
    Ok(())
}

/// Waits until the server's search index holds every change; returns how long that took.
async fn until_indexed(base: &str) -> anyhow::Result<Duration> {
    let started = Instant::now();
    loop {
        let metrics = reqwest::get(format!("{base}/metrics")).await?.text().await?;
        if metrics.lines().any(|l| l == "townhall_search_index_lag 0") {
            return Ok(started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Signs a resident in by hand (wrk needs the cookie itself): returns the session cookie and
/// the CSRF token that goes with it.
async fn sign_in(base: &str, email: &str) -> anyhow::Result<(String, String)> {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let session_of = |r: &reqwest::Response| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("townhall_session="))
            .map(|v| v.split(';').next().unwrap_or_default().to_string())
    };
    let form = client.get(format!("{base}/en/login")).send().await?;
    let mut cookie = session_of(&form).expect("a session for the login form");
    let token = csrf(&form.text().await?);
    let r = client
        .post(format!("{base}/en/login"))
        .header("cookie", &cookie)
        .form(&[("email", email), ("password", PASSWORD), ("csrf_token", &token)])
        .send()
        .await?;
    anyhow::ensure!(r.status() == 303, "login failed: {}", r.status());
    if let Some(new) = session_of(&r) {
        cookie = new;
    }
    let page = client.get(format!("{base}/en/login")).header("cookie", &cookie).send().await?.text().await?;
    Ok((cookie, csrf(&page)))
}

/// Writes `n` visible comments of realistic length on every commitment but C-1 and on every
/// project, in transactions of 10,000 multi-row inserts.
async fn write_extra_comments(db: &townhall::db::Db, n: usize) -> anyhow::Result<()> {
    let targets: Vec<(String, i64)> = townhall::on_pool!(db, |p| sqlx::query_as(
        "SELECT 'commitment', id FROM commitments WHERE ref_no <> 1 UNION ALL SELECT 'project', id FROM projects"
    )
    .fetch_all(p)
    .await)?;
    let words = [
        "the",
        "market",
        "bus",
        "lanes",
        "water",
        "drain",
        "flooded",
        "again",
        "after",
        "rain",
        "please",
        "fix",
        "street",
        "lights",
        "school",
        "clinic",
        "waste",
        "collection",
        "is",
        "late",
        "thank",
        "you",
        "for",
        "update",
    ];
    let mut rng = StdRng::seed_from_u64(18);
    let mut written = 0;
    while written < n {
        let rows = (n - written).min(10_000);
        let mut tx = db.begin().await?;
        for chunk_start in (0..rows).step_by(500) {
            let chunk = (rows - chunk_start).min(500);
            let mut sql = String::from(
                "INSERT INTO comments (city_id, target_type, target_id, body, language, channel, state, is_official, created_at) VALUES ",
            );
            for i in 0..chunk {
                let (kind, id) = &targets[rng.gen_range(0..targets.len())];
                let body: Vec<&str> = (0..rng.gen_range(8..60)).map(|_| words[rng.gen_range(0..words.len())]).collect();
                let at = 1_760_000_000 + rng.gen_range(0..20_000_000);
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "(1, '{kind}', {id}, '{}', 'en', 'web', 'visible', FALSE, {at})",
                    body.join(" ")
                ));
            }
            townhall::on_tx!(&mut tx, |c| sqlx::query(&sql).execute(c).await.map(|_| ()))?;
        }
        tx.commit().await?;
        written += rows;
    }
    Ok(())
}
