use super::{Db, Tx};
use crate::domain::ledger::{LedgerEntry, GENESIS_HASH};
use crate::domain::{EvidenceLink, Translated};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Update {
    pub id: i64,
    pub city_id: i64,
    pub seq: i64,
    pub commitment_id: Option<i64>,
    pub project_id: Option<i64>,
    pub target: String,
    pub status: String,
    pub progress: i64,
    pub body: String,
    pub evidence: String,
    pub publisher: String,
    pub corrects_seq: Option<i64>,
    pub created_at: i64,
    pub prev_hash: String,
    pub hash: String,
}

impl Update {
    pub fn text(&self) -> Translated {
        Translated::from_json(&self.body)
    }
    pub fn evidence(&self) -> Vec<EvidenceLink> {
        serde_json::from_str(&self.evidence).unwrap_or_default()
    }
    /// Recomputes this row's hash from its stored content (the city slug is not stored per row).
    pub fn recompute_hash(&self, city_slug: &str) -> String {
        let text = self.text();
        let evidence = self.evidence();
        LedgerEntry {
            city: city_slug,
            seq: self.seq,
            target: &self.target,
            status: &self.status,
            progress: self.progress,
            text: &text,
            evidence: &evidence,
            publisher: &self.publisher,
            corrects: self.corrects_seq,
            created_at: self.created_at,
            prev_hash: &self.prev_hash,
        }
        .hash()
    }
}

const COLUMNS: &str = "u.id, u.city_id, u.seq, u.commitment_id, u.project_id, u.target, u.status, u.progress, \
     u.body, u.evidence, u.publisher, u.corrects_seq, u.created_at, u.prev_hash, u.hash";

pub async fn for_commitment(db: &Db, commitment_id: i64) -> sqlx::Result<Vec<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.commitment_id = $1 ORDER BY u.seq DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(commitment_id).fetch_all(p).await)
}

pub async fn for_project(db: &Db, project_id: i64) -> sqlx::Result<Vec<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.project_id = $1 ORDER BY u.seq DESC");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(project_id).fetch_all(p).await)
}

pub async fn latest_for_city(db: &Db, city_id: i64, limit: i64) -> sqlx::Result<Vec<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.city_id = $1 ORDER BY u.seq DESC LIMIT $2");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(city_id).bind(limit).fetch_all(p).await)
}

/// An update with the (translated) title of the commitment or project it is about.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TitledUpdate {
    #[sqlx(flatten)]
    pub update: Update,
    pub target_title: String,
}

/// The latest updates of a city with their items' titles, in one query (the city overview).
pub async fn latest_with_titles(db: &Db, city_id: i64, limit: i64) -> sqlx::Result<Vec<TitledUpdate>> {
    let sql = format!(
        "SELECT {COLUMNS}, COALESCE(c.title, p.title, '{{}}') AS target_title FROM updates u
         LEFT JOIN commitments c ON c.id = u.commitment_id
         LEFT JOIN projects p ON p.id = u.project_id
         WHERE u.city_id = $1 ORDER BY u.seq DESC LIMIT $2"
    );
    on_pool!(db, |p| sqlx::query_as::<_, TitledUpdate>(&sql).bind(city_id).bind(limit).fetch_all(p).await)
}

/// A city's whole ledger in order, for verification. Streams would be nicer for huge
/// ledgers; updates are written by staff, so even a busy city has thousands, not millions.
pub async fn ledger_for_city(db: &Db, city_id: i64) -> sqlx::Result<Vec<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.city_id = $1 ORDER BY u.seq");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(city_id).fetch_all(p).await)
}

pub async fn by_seq(db: &Db, city_id: i64, seq: i64) -> sqlx::Result<Option<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.city_id = $1 AND u.seq = $2");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(city_id).bind(seq).fetch_optional(p).await)
}

/// Hash of the update with ledger number `seq` (the genesis hash for 0), read inside `tx`.
pub async fn hash_of(tx: &mut Tx, city_id: i64, seq: i64) -> sqlx::Result<String> {
    if seq == 0 {
        return Ok(GENESIS_HASH.to_string());
    }
    // The chain holds updates and indicator values; a number belongs to one of them.
    let sql = "SELECT hash FROM updates WHERE city_id = $1 AND seq = $2
               UNION ALL SELECT hash FROM indicator_values WHERE city_id = $1 AND seq = $2";
    on_tx!(tx, |c| sqlx::query_scalar::<_, String>(sql).bind(city_id).bind(seq).fetch_one(c).await)
}

pub struct NewUpdate<'a> {
    pub city_id: i64,
    pub seq: i64,
    pub commitment_id: Option<i64>,
    pub project_id: Option<i64>,
    pub target: &'a str,
    pub status: &'a str,
    pub progress: i64,
    pub text: &'a Translated,
    pub evidence: &'a [EvidenceLink],
    pub publisher: &'a str,
    pub corrects_seq: Option<i64>,
    pub created_at: i64,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

pub async fn insert(tx: &mut Tx, u: &NewUpdate<'_>) -> sqlx::Result<i64> {
    let sql = "INSERT INTO updates (city_id, seq, commitment_id, project_id, target, status, progress, body,
                   evidence, publisher, corrects_seq, created_at, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";
    let evidence = serde_json::to_string(u.evidence).expect("links serialise");
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(u.city_id)
        .bind(u.seq)
        .bind(u.commitment_id)
        .bind(u.project_id)
        .bind(u.target)
        .bind(u.status)
        .bind(u.progress)
        .bind(u.text.to_json())
        .bind(&evidence)
        .bind(u.publisher)
        .bind(u.corrects_seq)
        .bind(u.created_at)
        .bind(u.prev_hash)
        .bind(u.hash)
        .fetch_one(c)
        .await)
}

pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(id).fetch_optional(p).await)
}

pub async fn after_seq(db: &Db, city_id: i64, after: i64, limit: i64) -> sqlx::Result<Vec<Update>> {
    let sql = format!("SELECT {COLUMNS} FROM updates u WHERE u.city_id = $1 AND u.seq > $2 ORDER BY u.seq LIMIT $3");
    on_pool!(db, |p| sqlx::query_as::<_, Update>(&sql).bind(city_id).bind(after).bind(limit).fetch_all(p).await)
}
