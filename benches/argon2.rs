//! Time per password hash (argon2id, OWASP parameters: 19 MiB, 2 iterations, 1 lane):
//! `cargo bench --bench argon2`.

use std::time::Instant;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut times = Vec::new();
    for i in 0..20 {
        let t = Instant::now();
        townhall::services::accounts::hash_password(format!("a-long-enough-password-{i}")).await?;
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "argon2id hash: p50 {:.0} ms, max {:.0} ms over {} hashes",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
    Ok(())
}
