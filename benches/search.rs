//! Search benchmark (not a test): `cargo bench --bench search -- --comments 1000000`.
//!
//! Generates a synthetic multilingual corpus on SQLite (the demo city plus N comments of
//! realistic lengths in seven languages), measures the tantivy index build, then runs a
//! fixed query set (single word, phrase, filtered, faceted) against the index and the same
//! queries against PostgreSQL full-text search (tsvector + GIN, ts_rank) on the same rows,
//! in the same run, and prints p50/p99 latencies and the ratio.

use clap::Parser;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::time::{Duration, Instant};
use townhall::db::Db;
use townhall::domain::Locale;
use townhall::search::query::{run, SearchRequest};
use townhall::search::{indexer, Search};

#[derive(Parser)]
struct Args {
    /// Number of synthetic comments.
    #[arg(long, default_value_t = 100_000)]
    comments: usize,
    /// Repetitions of each query.
    #[arg(long, default_value_t = 50)]
    runs: usize,
    /// PostgreSQL for the comparison (skipped when it cannot be reached).
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/test")]
    postgres: String,
    /// Accepted for `cargo bench` compatibility.
    #[arg(long, hide = true)]
    bench: bool,
}

const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "bus",
            "lane",
            "lanes",
            "market",
            "water",
            "flood",
            "drain",
            "street",
            "light",
            "lights",
            "school",
            "clinic",
            "waste",
            "collection",
            "road",
            "traffic",
            "safety",
            "women",
            "traders",
            "wifi",
            "data",
            "budget",
            "council",
            "delay",
            "promise",
            "sensor",
            "river",
            "housing",
            "park",
            "children",
            "night",
            "fare",
            "station",
            "repair",
            "broken",
            "please",
            "thank",
            "when",
            "why",
            "the",
            "and",
            "for",
            "our",
            "near",
        ],
    ),
    (
        "fr",
        &[
            "bus",
            "voie",
            "voies",
            "marché",
            "eau",
            "inondation",
            "rue",
            "éclairage",
            "école",
            "clinique",
            "déchets",
            "collecte",
            "route",
            "circulation",
            "sécurité",
            "femmes",
            "commerçants",
            "données",
            "budget",
            "conseil",
            "retard",
            "équipement",
            "rivière",
            "logement",
            "parc",
            "enfants",
            "nuit",
            "gare",
            "réparation",
            "cassé",
            "merci",
            "pourquoi",
            "le",
            "la",
            "les",
            "et",
            "pour",
            "notre",
        ],
    ),
    (
        "es",
        &[
            "autobús",
            "carril",
            "carriles",
            "mercado",
            "agua",
            "inundación",
            "calle",
            "luz",
            "escuela",
            "clínica",
            "basura",
            "recogida",
            "camino",
            "tráfico",
            "seguridad",
            "mujeres",
            "comerciantes",
            "datos",
            "presupuesto",
            "consejo",
            "retraso",
            "río",
            "vivienda",
            "parque",
            "niños",
            "noche",
            "estación",
            "reparación",
            "gracias",
            "por",
            "qué",
            "el",
            "la",
            "los",
            "y",
            "para",
            "nuestro",
        ],
    ),
    (
        "sw",
        &[
            "basi",
            "njia",
            "soko",
            "maji",
            "mafuriko",
            "barabara",
            "taa",
            "shule",
            "kliniki",
            "taka",
            "ukusanyaji",
            "usalama",
            "wanawake",
            "wafanyabiashara",
            "takwimu",
            "bajeti",
            "baraza",
            "kuchelewa",
            "mto",
            "nyumba",
            "bustani",
            "watoto",
            "usiku",
            "kituo",
            "ukarabati",
            "asante",
            "kwa",
            "nini",
            "na",
            "ya",
            "wa",
            "katika",
            "yetu",
        ],
    ),
    (
        "ru",
        &[
            "автобус",
            "полоса",
            "полосы",
            "рынок",
            "вода",
            "наводнение",
            "улица",
            "освещение",
            "школа",
            "клиника",
            "мусор",
            "вывоз",
            "дорога",
            "движение",
            "безопасность",
            "женщины",
            "торговцы",
            "данные",
            "бюджет",
            "совет",
            "задержка",
            "река",
            "жильё",
            "парк",
            "дети",
            "ночь",
            "станция",
            "ремонт",
            "спасибо",
            "почему",
            "и",
            "для",
            "наш",
            "возле",
        ],
    ),
    (
        "zh",
        &[
            "公交",
            "车道",
            "市场",
            "用水",
            "洪水",
            "街道",
            "路灯",
            "学校",
            "诊所",
            "垃圾",
            "收集",
            "道路",
            "交通",
            "安全",
            "妇女",
            "商贩",
            "数据",
            "预算",
            "议会",
            "延误",
            "河流",
            "住房",
            "公园",
            "儿童",
            "夜间",
            "车站",
            "维修",
            "谢谢",
            "为什么",
            "我们",
            "附近",
        ],
    ),
    (
        "ar",
        &[
            "حافلة",
            "مسار",
            "سوق",
            "ماء",
            "فيضان",
            "شارع",
            "إنارة",
            "مدرسة",
            "عيادة",
            "نفايات",
            "جمع",
            "طريق",
            "مرور",
            "سلامة",
            "نساء",
            "تجار",
            "بيانات",
            "ميزانية",
            "مجلس",
            "تأخير",
            "نهر",
            "سكن",
            "حديقة",
            "أطفال",
            "ليل",
            "محطة",
            "إصلاح",
            "شكرا",
            "لماذا",
            "و",
            "في",
            "من",
        ],
    ),
];

const STANCES: [&str; 4] = ["support", "concern", "suggestion", "question"];

fn sentence(rng: &mut StdRng, words: &[&str], lang: &str) -> String {
    // Lengths like real comments: mostly 15–60 words, sometimes 200.
    let n = if rng.gen_bool(0.1) { rng.gen_range(80..200) } else { rng.gen_range(12..60) };
    let sep = if lang == "zh" { "" } else { " " };
    (0..n).map(|_| words[rng.gen_range(0..words.len())]).collect::<Vec<_>>().join(sep)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn stats(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// (label, tantivy request, PostgreSQL tsquery text, PostgreSQL extra filter)
fn query_set() -> Vec<(&'static str, SearchRequest, &'static str, &'static str)> {
    let req = |q: &str| SearchRequest { q: q.into(), ..Default::default() };
    vec![
        ("single word", req("market"), "market", ""),
        ("phrase", req("\"bus lane\""), "\"bus lane\"", ""),
        (
            "filtered",
            SearchRequest {
                q: "water".into(),
                kind: Some("comment".into()),
                lang: Some("en".into()),
                stance: Some("concern".into()),
                ..Default::default()
            },
            "water",
            " AND lang = 'en' AND stance = 'concern'",
        ),
        ("faceted (3 facets)", req("school"), "school", ""),
    ]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    townhall::services::demo::load(&db).await?;
    let Db::Sqlite(pool) = &db else { unreachable!() };

    println!("# townhall search benchmark: {} comments", args.comments);
    let mut rng = StdRng::seed_from_u64(2026);
    let started = Instant::now();
    let targets: Vec<i64> = sqlx::query_scalar("SELECT id FROM commitments").fetch_all(pool).await?;
    let mut rows: Vec<(i64, String, String, String, i64)> = Vec::with_capacity(args.comments);
    for _ in 0..args.comments {
        let (lang, words) = WORDS[rng.gen_range(0..WORDS.len())];
        rows.push((
            targets[rng.gen_range(0..targets.len())],
            sentence(&mut rng, words, lang),
            lang.to_string(),
            STANCES[rng.gen_range(0..4)].to_string(),
            1_700_000_000 + rng.gen_range(0..60_000_000),
        ));
    }
    for chunk in rows.chunks(5000) {
        let mut tx = pool.begin().await?;
        for (target, body, lang, stance, at) in chunk {
            sqlx::query(
                "INSERT INTO comments (city_id, target_type, target_id, body, stance, language, channel, state, is_official, created_at)
                 VALUES (1, 'commitment', $1, $2, $3, $4, 'web', 'visible', FALSE, $5)",
            )
            .bind(target)
            .bind(body)
            .bind(stance)
            .bind(lang)
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    }
    println!("corpus written to SQLite in {:.1} s", started.elapsed().as_secs_f64());

    let index_dir = dir.path().join("index");
    let started = Instant::now();
    let indexed = indexer::rebuild(&db, &index_dir, townhall::config::DEFAULT_INDEX_WRITER_MB, |_, _| {}).await?;
    let build = started.elapsed();
    println!(
        "index build: {indexed} comments (+ demo items) in {:.1} s ({:.0} docs/s)",
        build.as_secs_f64(),
        indexed as f64 / build.as_secs_f64()
    );
    let search = Search::open(&index_dir)?;

    // PostgreSQL full-text search on the same rows.
    let pg = match sqlx::postgres::PgPoolOptions::new().max_connections(2).connect(&args.postgres).await {
        Ok(pg) => {
            sqlx::query("DROP TABLE IF EXISTS bench_fts").execute(&pg).await?;
            sqlx::query("CREATE UNLOGGED TABLE bench_fts (id BIGSERIAL PRIMARY KEY, body TEXT, lang TEXT, stance TEXT, created_at BIGINT, tsv TSVECTOR)")
                .execute(&pg)
                .await?;
            let started = Instant::now();
            for chunk in rows.chunks(2000) {
                let mut b = sqlx::QueryBuilder::new("INSERT INTO bench_fts (body, lang, stance, created_at) ");
                b.push_values(chunk, |mut r, (_, body, lang, stance, at)| {
                    r.push_bind(body).push_bind(lang).push_bind(stance).push_bind(at);
                });
                b.build().execute(&pg).await?;
            }
            // The language's own configuration where PostgreSQL has one, 'simple' otherwise.
            sqlx::query(
                "UPDATE bench_fts SET tsv = to_tsvector(CASE lang WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish'
                 WHEN 'ru' THEN 'russian' ELSE 'simple' END::regconfig, body)",
            )
            .execute(&pg)
            .await?;
            sqlx::query("CREATE INDEX bench_fts_gin ON bench_fts USING GIN (tsv)").execute(&pg).await?;
            sqlx::query("ANALYZE bench_fts").execute(&pg).await?;
            println!("PostgreSQL corpus + GIN index built in {:.1} s", started.elapsed().as_secs_f64());
            Some(pg)
        }
        Err(e) => {
            println!("PostgreSQL not reachable ({e}); comparison skipped");
            None
        }
    };

    println!();
    println!(
        "| query | tantivy p50 | tantivy p99 | PostgreSQL p50 | PostgreSQL p99 | PostgreSQL/tantivy (p50) | matches |"
    );
    println!("|---|---|---|---|---|---|---|");
    for (label, req, ts, filter) in query_set() {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..args.runs {
            let t = Instant::now();
            let r = run(&search, &req, Locale::En)?;
            times.push(t.elapsed());
            total = r.total;
        }
        let (p50, p99) = stats(times);
        let (pg50, pg99) = match &pg {
            Some(pg) => {
                // Same work as the page: top 20 by rank, the total, and facet counts by language and stance.
                let tsq = "(SELECT websearch_to_tsquery('simple', $1) || websearch_to_tsquery('english', $1)) AS x(q)";
                let top = format!("SELECT id, ts_rank(tsv, q) AS r FROM bench_fts, {tsq} WHERE tsv @@ q{filter} ORDER BY r DESC LIMIT 20");
                let count = format!("SELECT COUNT(*) FROM bench_fts, {tsq} WHERE tsv @@ q{filter}");
                let facets = format!("SELECT lang, stance, COUNT(*) FROM bench_fts, {tsq} WHERE tsv @@ q{filter} GROUP BY GROUPING SETS ((lang), (stance))");
                let mut times = Vec::new();
                for _ in 0..args.runs {
                    let t = Instant::now();
                    sqlx::query(&top).bind(ts).fetch_all(pg).await?;
                    sqlx::query(&count).bind(ts).fetch_one(pg).await?;
                    sqlx::query(&facets).bind(ts).fetch_all(pg).await?;
                    times.push(t.elapsed());
                }
                stats(times)
            }
            None => (Duration::ZERO, Duration::ZERO),
        };
        let ratio = if p50.is_zero() { 0.0 } else { pg50.as_secs_f64() / p50.as_secs_f64() };
        println!(
            "| {label} | {:.2} ms | {:.2} ms | {:.2} ms | {:.2} ms | {ratio:.1}× | {total} |",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3,
            pg50.as_secs_f64() * 1e3,
            pg99.as_secs_f64() * 1e3
        );
    }
    if let Some(pg) = pg {
        sqlx::query("DROP TABLE IF EXISTS bench_fts").execute(&pg).await?;
    }

    Ok(())
}
