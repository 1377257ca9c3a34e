//! The ordered log of changes that affect search. Written in the same transaction as the
//! change itself; the search indexer follows it by sequence number.

use super::Tx;
use crate::on_tx;

pub async fn record(tx: &mut Tx, entity_type: &str, entity_id: i64, op: &str) -> sqlx::Result<()> {
    let sql = "INSERT INTO search_changes (entity_type, entity_id, op, created_at) VALUES ($1, $2, $3, $4)";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(entity_type)
        .bind(entity_id)
        .bind(op)
        .bind(crate::domain::now_ts())
        .execute(c)
        .await
        .map(|_| ()))
}
