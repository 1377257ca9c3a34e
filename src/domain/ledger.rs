//! The public ledger of accountability updates.
//!
//! Canonical form (documented in the README and the API): a JSON object with exactly the keys
//! below, keys sorted, no insignificant whitespace, UTF-8. `hash = hex(SHA-256(canonical))`.
//! Each update's `prev_hash` is the previous update's `hash` in the same city
//! (64 zeros for the first), so rewriting any past update breaks every later link.

use super::{EvidenceLink, Translated};
use serde_json::json;
use sha2::{Digest, Sha256};

pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Everything an update says, as it enters the hash.
#[derive(Debug, Clone)]
pub struct LedgerEntry<'a> {
    pub city: &'a str,
    pub seq: i64,
    /// `C-3` for a commitment, `P-2` for a project.
    pub target: &'a str,
    pub status: &'a str,
    pub progress: i64,
    pub text: &'a Translated,
    pub evidence: &'a [EvidenceLink],
    pub publisher: &'a str,
    pub corrects: Option<i64>,
    pub created_at: i64,
    pub prev_hash: &'a str,
}

impl LedgerEntry<'_> {
    pub fn canonical_json(&self) -> String {
        // serde_json's map is a BTreeMap (no `preserve_order` feature), so keys come out sorted.
        let value = json!({
            "city": self.city,
            "seq": self.seq,
            "target": self.target,
            "status": self.status,
            "progress": self.progress,
            "text": self.text,
            "evidence": self.evidence,
            "publisher": self.publisher,
            "corrects": self.corrects,
            "created_at": self.created_at,
            "prev_hash": self.prev_hash,
        });
        serde_json::to_string(&value).expect("JSON values always serialise")
    }

    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.canonical_json().as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Locale;

    #[test]
    fn canonical_form_is_stable_and_sorted() {
        let text = Translated::single(Locale::En, "Lanes painted");
        let evidence = vec![EvidenceLink { label: "Photo".into(), url: "https://example.org/p.jpg".into() }];
        let entry = LedgerEntry {
            city: "port-amani",
            seq: 1,
            target: "C-1",
            status: "in_progress",
            progress: 10,
            text: &text,
            evidence: &evidence,
            publisher: "Mobility",
            corrects: None,
            created_at: 1_700_000_000,
            prev_hash: GENESIS_HASH,
        };
        let canonical = entry.canonical_json();
        assert!(canonical.starts_with(
            r#"{"city":"port-amani","corrects":null,"created_at":1700000000,"evidence":[{"label":"Photo","url":"#
        ));
        let changed = LedgerEntry { progress: 11, ..entry.clone() };
        assert_ne!(entry.hash(), changed.hash());
        assert_eq!(entry.hash().len(), 64);
    }
}
