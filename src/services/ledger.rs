//! `verify-ledger`: recompute every city's hash chain and name the first broken link.

use crate::db::{cities, updates, Db};
use crate::domain::ledger::GENESIS_HASH;

#[derive(Debug)]
pub struct CityLedger {
    pub city: String,
    pub updates: usize,
    /// A human-readable description of the first broken link, if any.
    pub first_broken: Option<String>,
}

pub async fn verify(db: &Db) -> anyhow::Result<Vec<CityLedger>> {
    let mut reports = Vec::new();
    for city in cities::list(db).await? {
        let ledger = updates::ledger_for_city(db, city.id).await?;
        let mut expected_prev = GENESIS_HASH.to_string();
        let mut first_broken = None;
        for (i, update) in ledger.iter().enumerate() {
            let expected_seq = i as i64 + 1;
            let problem = if update.seq != expected_seq {
                Some(format!("update #{expected_seq} is missing (found #{} instead)", update.seq))
            } else if update.prev_hash != expected_prev {
                Some(format!("update #{} does not point to the hash of update #{}", update.seq, update.seq - 1))
            } else if update.recompute_hash(&city.slug) != update.hash {
                Some(format!(
                    "update #{} (id {}) was changed after publication: its content no longer matches its hash",
                    update.seq, update.id
                ))
            } else {
                None
            };
            if let Some(problem) = problem {
                first_broken = Some(problem);
                break;
            }
            expected_prev = update.hash.clone();
        }
        reports.push(CityLedger { city: city.slug, updates: ledger.len(), first_broken });
    }
    Ok(reports)
}
