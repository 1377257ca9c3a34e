use super::{Db, Tx};
use crate::domain::{Locale, ModerationMode, Translated};
use crate::{on_pool, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct City {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub default_locale: String,
    pub locales: String,
    pub time_zone: String,
    pub moderation: String,
    pub created_at: i64,
    pub tagline: String,
    pub contact: String,
    /// Days the city gives itself to answer a challenge.
    pub response_days: i64,
    pub privacy_notice: String,
    pub verification_policy: String,
    /// `#rrggbb`, or empty for the site's own colour.
    pub brand_colour: String,
    /// 0 without a logo; changes with each new logo.
    pub logo_version: i64,
}

impl City {
    pub fn name(&self) -> Translated {
        Translated::from_json(&self.name)
    }
    pub fn default_locale(&self) -> Locale {
        Locale::parse(&self.default_locale).unwrap_or(Locale::En)
    }
    pub fn moderation(&self) -> ModerationMode {
        ModerationMode::parse(&self.moderation).unwrap_or(ModerationMode::Post)
    }
    pub fn tagline(&self) -> Translated {
        Translated::from_json(&self.tagline)
    }
    pub fn privacy_notice(&self) -> Translated {
        Translated::from_json(&self.privacy_notice)
    }
    pub fn verification_policy(&self) -> Translated {
        Translated::from_json(&self.verification_policy)
    }
    /// The enabled locales, in the stored order.
    pub fn locales(&self) -> Vec<Locale> {
        self.locales.split(',').filter_map(Locale::parse).collect()
    }
}

const COLUMNS: &str = "id, slug, name, default_locale, locales, time_zone, moderation, created_at, tagline, contact, \
     response_days, privacy_notice, verification_policy, brand_colour, logo_version";

pub struct NewCity<'a> {
    pub slug: &'a str,
    pub name: &'a Translated,
    pub default_locale: Locale,
    pub locales: &'a [Locale],
    pub time_zone: &'a str,
    pub moderation: ModerationMode,
    pub created_at: i64,
}

pub async fn insert(tx: &mut Tx, city: &NewCity<'_>) -> sqlx::Result<i64> {
    let locales = city.locales.iter().map(|l| l.id()).collect::<Vec<_>>().join(",");
    let sql = "INSERT INTO cities (slug, name, default_locale, locales, time_zone, moderation, created_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(sql)
        .bind(city.slug)
        .bind(city.name.to_json())
        .bind(city.default_locale.id())
        .bind(&locales)
        .bind(city.time_zone)
        .bind(city.moderation.id())
        .bind(city.created_at)
        .fetch_one(c)
        .await)
}

pub async fn list(db: &Db) -> sqlx::Result<Vec<City>> {
    let sql = format!("SELECT {COLUMNS} FROM cities ORDER BY slug");
    on_pool!(db, |p| sqlx::query_as::<_, City>(&sql).fetch_all(p).await)
}

pub async fn by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<City>> {
    let sql = format!("SELECT {COLUMNS} FROM cities WHERE slug = $1");
    on_pool!(db, |p| sqlx::query_as::<_, City>(&sql).bind(slug).fetch_optional(p).await)
}

/// Where a city's numbered items live: the table of `with_item`.
#[derive(Debug, Clone, Copy)]
pub enum ItemTable {
    Commitments,
    Projects,
    Consultations,
}

/// A city, with the id of its item numbered `ref_no` (and a consultation's opening and closing
/// times) when there is one.
#[derive(sqlx::FromRow)]
pub struct CityWithItem {
    #[sqlx(flatten)]
    pub city: City,
    pub item_id: Option<i64>,
    pub item_opens_at: Option<i64>,
    pub item_closes_at: Option<i64>,
}

/// The city by slug and one of its items by number, in one round trip: every item page and
/// item form (comments, answers) starts with both.
pub async fn with_item(db: &Db, slug: &str, table: ItemTable, ref_no: i64) -> sqlx::Result<Option<CityWithItem>> {
    const NO_TIMES: &str = "CAST(NULL AS BIGINT) AS item_opens_at, CAST(NULL AS BIGINT) AS item_closes_at";
    let (table, times) = match table {
        ItemTable::Commitments => ("commitments", NO_TIMES),
        ItemTable::Projects => ("projects", NO_TIMES),
        ItemTable::Consultations => ("consultations", "opens_at AS item_opens_at, closes_at AS item_closes_at"),
    };
    // The item's columns are renamed in a derived table, so the city's own stay unqualified.
    let sql = format!(
        "SELECT {COLUMNS}, item_id, item_opens_at, item_closes_at FROM cities
         LEFT JOIN (SELECT city_id AS item_city_id, id AS item_id, {times}
                    FROM {table} WHERE ref_no = $2) AS item
           ON item.item_city_id = cities.id
         WHERE slug = $1"
    );
    on_pool!(db, |p| sqlx::query_as::<_, CityWithItem>(&sql).bind(slug).bind(ref_no).fetch_optional(p).await)
}

pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<City>> {
    let sql = format!("SELECT {COLUMNS} FROM cities WHERE id = $1");
    on_pool!(db, |p| sqlx::query_as::<_, City>(&sql).bind(id).fetch_optional(p).await)
}

/// Number of commitments per city id, for the home page.
pub async fn commitment_counts(db: &Db) -> sqlx::Result<Vec<(i64, i64)>> {
    let sql = "SELECT city_id, COUNT(*) FROM commitments GROUP BY city_id";
    on_pool!(db, |p| sqlx::query_as::<_, (i64, i64)>(sql).fetch_all(p).await)
}

/// Reserves the next number of a per-city counter (`next_commitment_no` or `next_project_no`).
/// The UPDATE comes first so that the row lock (PostgreSQL) or write lock (SQLite) is held
/// for the rest of the transaction.
pub async fn take_next_number(tx: &mut Tx, city_id: i64, counter: Counter) -> sqlx::Result<i64> {
    let column = counter.column();
    // `next_*` columns hold the number to hand out; `ledger_seq` holds the last one used.
    let returned = match counter {
        Counter::Ledger => column.to_string(),
        _ => format!("{column} - 1"),
    };
    let sql = format!("UPDATE cities SET {column} = {column} + 1 WHERE id = $1 RETURNING {returned}");
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(&sql).bind(city_id).fetch_one(c).await)
}

#[derive(Clone, Copy)]
pub enum Counter {
    Commitment,
    Project,
    Consultation,
    Ledger,
}

impl Counter {
    fn column(self) -> &'static str {
        match self {
            Counter::Commitment => "next_commitment_no",
            Counter::Project => "next_project_no",
            Counter::Consultation => "next_consultation_no",
            Counter::Ledger => "ledger_seq",
        }
    }
}

/// What a city admin sets on the settings page.
pub struct CitySettings<'a> {
    pub name: &'a Translated,
    pub tagline: &'a Translated,
    pub contact: &'a str,
    pub default_locale: Locale,
    pub locales: &'a [Locale],
    pub time_zone: &'a str,
    pub moderation: ModerationMode,
    pub response_days: i64,
    pub privacy_notice: &'a Translated,
    pub verification_policy: &'a Translated,
    /// `#rrggbb` (checked), or empty.
    pub brand_colour: &'a str,
}

pub async fn update_settings(tx: &mut Tx, id: i64, s: &CitySettings<'_>) -> sqlx::Result<()> {
    let locales = s.locales.iter().map(|l| l.id()).collect::<Vec<_>>().join(",");
    let sql = "UPDATE cities SET name = $1, tagline = $2, contact = $3, default_locale = $4, locales = $5,
                   time_zone = $6, moderation = $7, response_days = $8, privacy_notice = $9,
                   verification_policy = $10, brand_colour = $11 WHERE id = $12";
    on_tx!(tx, |c| sqlx::query(sql)
        .bind(s.name.to_json())
        .bind(s.tagline.to_json())
        .bind(s.contact)
        .bind(s.default_locale.id())
        .bind(&locales)
        .bind(s.time_zone)
        .bind(s.moderation.id())
        .bind(s.response_days)
        .bind(s.privacy_notice.to_json())
        .bind(s.verification_policy.to_json())
        .bind(s.brand_colour)
        .bind(id)
        .execute(c)
        .await
        .map(|_| ()))
}

/// A city's logo as stored: its content type and bytes.
pub struct Logo {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Stores (or replaces) a city's logo and gives it a new version; returns that version.
pub async fn set_logo(tx: &mut Tx, city_id: i64, content_type: &str, bytes: &[u8], now: i64) -> sqlx::Result<i64> {
    let upsert = "INSERT INTO city_logos (city_id, content_type, bytes, updated_at) VALUES ($1, $2, $3, $4)
                  ON CONFLICT (city_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes,
                      updated_at = excluded.updated_at";
    on_tx!(tx, |c| sqlx::query(upsert)
        .bind(city_id)
        .bind(content_type)
        .bind(bytes)
        .bind(now)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    let bump = "UPDATE cities SET logo_version = logo_version + 1 WHERE id = $1 RETURNING logo_version";
    on_tx!(tx, |c| sqlx::query_scalar::<_, i64>(bump).bind(city_id).fetch_one(c).await)
}

/// Removes a city's logo; false when it had none.
pub async fn remove_logo(tx: &mut Tx, city_id: i64) -> sqlx::Result<bool> {
    let delete = "DELETE FROM city_logos WHERE city_id = $1";
    let removed = on_tx!(tx, |c| sqlx::query(delete).bind(city_id).execute(&mut *c).await.map(|r| r.rows_affected()))?;
    let reset = "UPDATE cities SET logo_version = 0 WHERE id = $1";
    on_tx!(tx, |c| sqlx::query(reset).bind(city_id).execute(c).await.map(|_| ()))?;
    Ok(removed > 0)
}

/// The logo of a city, if it has one.
pub async fn logo(db: &Db, city_id: i64) -> sqlx::Result<Option<Logo>> {
    let sql = "SELECT content_type, bytes FROM city_logos WHERE city_id = $1";
    let row = on_pool!(db, |p| sqlx::query_as::<_, (String, Vec<u8>)>(sql).bind(city_id).fetch_optional(p).await)?;
    Ok(row.map(|(content_type, bytes)| Logo { content_type, bytes }))
}
