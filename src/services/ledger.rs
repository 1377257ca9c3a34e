//! `verify-ledger`: recompute every city's hash chain and name the first broken link.

use crate::db::{cities, indicators, updates, Db};
use crate::domain::ledger::GENESIS_HASH;

#[derive(Debug)]
pub struct CityLedger {
    pub city: String,
    pub updates: usize,
    /// A human-readable description of the first broken link, if any.
    pub first_broken: Option<String>,
}

/// One entry of a city's chain, whatever its kind.
struct Link {
    what: String,
    seq: i64,
    prev_hash: String,
    hash: String,
    computed: String,
}

pub async fn verify(db: &Db) -> anyhow::Result<Vec<CityLedger>> {
    let mut reports = Vec::new();
    for city in cities::list(db).await? {
        // Updates and indicator values share the chain: one sequence, each pointing to the
        // hash of the entry before it, whichever kind that was.
        let mut ledger: Vec<Link> = updates::ledger_for_city(db, city.id)
            .await?
            .into_iter()
            .map(|u| Link {
                what: format!("update #{} (id {})", u.seq, u.id),
                computed: u.recompute_hash(&city.slug),
                seq: u.seq,
                prev_hash: u.prev_hash,
                hash: u.hash,
            })
            .collect();
        ledger.extend(indicators::values_of_city(db, city.id).await?.into_iter().map(|v| Link {
            what: format!("indicator value #{} ({} on {}, id {})", v.seq, v.code, v.date, v.id),
            computed: v.recompute_hash(&city.slug),
            seq: v.seq,
            prev_hash: v.prev_hash,
            hash: v.hash,
        }));
        ledger.sort_by_key(|l| l.seq);
        let mut expected_prev = GENESIS_HASH.to_string();
        let mut first_broken = None;
        for (i, link) in ledger.iter().enumerate() {
            let expected_seq = i as i64 + 1;
            let problem = if link.seq != expected_seq {
                Some(format!("entry #{expected_seq} is missing (found #{} instead)", link.seq))
            } else if link.prev_hash != expected_prev {
                Some(format!("{} does not point to the hash of entry #{}", link.what, link.seq - 1))
            } else if link.computed != link.hash {
                Some(format!("{} was changed after publication: its content no longer matches its hash", link.what))
            } else {
                None
            };
            if let Some(problem) = problem {
                first_broken = Some(problem);
                break;
            }
            expected_prev = link.hash.clone();
        }
        reports.push(CityLedger { city: city.slug, updates: ledger.len(), first_broken });
    }
    Ok(reports)
}
