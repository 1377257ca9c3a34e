use super::Db;
use crate::on_pool;
use rand::RngCore;

/// The site secret (CSRF HMAC key). The first process to start creates it; every process
/// then reads the same value, so a form rendered by one is accepted by another.
pub async fn secret(db: &Db) -> sqlx::Result<Vec<u8>> {
    let mut fresh = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut fresh);
    let insert = "INSERT INTO settings (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING";
    on_pool!(db, |p| sqlx::query(insert).bind(hex::encode(fresh)).execute(p).await.map(|_| ()))?;
    let stored = on_pool!(db, |p| sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = 'secret'")
        .fetch_one(p)
        .await)?;
    Ok(hex::decode(stored).unwrap_or_else(|_| fresh.to_vec()))
}
