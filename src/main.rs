use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use townhall::config::Config;
use townhall::services::{demo, ledger};

#[derive(Parser)]
#[command(name = "townhall", version, about = "Multilingual participation and accountability server for cities")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the demo city (slug `port-amani`).
    Demo,
    /// Create or promote a site administrator; the password is read from standard input.
    CreateAdmin {
        #[arg(long)]
        email: String,
    },
    /// Create a city; prints its address. A bad or taken slug exits non-zero and stores nothing.
    CreateCity {
        /// Address name: 2 to 40 lower-case letters, digits or hyphens.
        #[arg(long)]
        slug: String,
        /// The city's name (in its default language).
        #[arg(long)]
        name: String,
        /// Default language: en, fr, es, ar, zh, ru or sw.
        #[arg(long)]
        locale: String,
        /// Enabled languages, comma-separated (default: the default language).
        #[arg(long, value_delimiter = ',')]
        locales: Vec<String>,
        /// Time zone, e.g. Africa/Nairobi.
        #[arg(long, default_value = "UTC")]
        timezone: String,
        /// `post` (visible at once) or `pre` (held for a moderator).
        #[arg(long, default_value = "post")]
        moderation: String,
    },
    /// Import commitments or projects from a CSV file (columns in the README). Every row is
    /// checked first: one bad row means nothing is stored, and each bad line and column is named.
    Import {
        #[arg(long)]
        city: String,
        /// `commitments` or `projects`.
        #[arg(long)]
        kind: String,
        file: std::path::PathBuf,
    },
    /// Recompute every city's update hash chain and report the first broken link.
    VerifyLedger,
    /// Rebuild the search index from the database and swap it in.
    Reindex,
    /// Write a city's open data (commitments, projects, updates, consultations, comments) to files.
    Export {
        #[arg(long)]
        city: String,
        /// `json` or `csv`.
        #[arg(long, default_value = "json")]
        format: String,
        /// Directory to write into (default: `export-{city}`).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
    },
}

fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Memory back to the system soon after it is freed: mimalloc's defaults suit long-running
/// throughput (transparent huge pages, purging freed pages after 100 ms or more, 2 MiB at a
/// time), which kept a login's 19 MiB password hash and the index writer's buffers resident.
/// Without huge pages and with prompt purging, RSS follows what is in use. The C code linked in
/// (SQLite) still uses glibc's allocator: two arenas and a fixed 256 KiB mmap threshold give
/// its large blocks back too.
fn keep_memory_small() {
    // Numbers of mimalloc 3's `mi_option_e` (libmimalloc-sys 0.1.49 names only some of them).
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    const ARENA_PURGE_MULT: libmimalloc_sys::mi_option_t = 24;
    const ALLOW_THP: libmimalloc_sys::mi_option_t = 43;
    // SAFETY: these calls only set allocator parameters, before any work starts.
    unsafe {
        libmimalloc_sys::mi_option_set(ALLOW_THP, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        libmimalloc_sys::mi_option_set(ARENA_PURGE_MULT, 1);
    }
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before any work starts.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
    }
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    keep_memory_small();
    let cli = Cli::parse();
    let config = Config::load()?;
    init_tracing(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            townhall::open_database(&config).await?;
            println!("database is up to date");
            Ok(())
        }
        Command::Demo => {
            let db = townhall::open_database(&config).await?;
            if demo::load_full(&db).await? {
                println!("loaded the demo city `{}`", demo::DEMO_SLUG);
            } else {
                println!("the demo city `{}` is already loaded", demo::DEMO_SLUG);
            }
            Ok(())
        }
        Command::CreateAdmin { email } => {
            let password = read_password()?;
            let db = townhall::open_database(&config).await?;
            if townhall::services::accounts::create_or_promote_admin(&db, &email, &password).await? {
                println!("created site administrator {email}");
            } else {
                println!("{email} is now a site administrator");
            }
            Ok(())
        }
        Command::CreateCity { slug, name, locale, locales, timezone, moderation } => {
            let db = townhall::open_database(&config).await?;
            let url = create_city(&db, &config, slug, name, locale, locales, timezone, moderation).await?;
            println!("{url}");
            Ok(())
        }
        Command::Import { city, kind, file } => {
            use townhall::services::import::{self, ImportError, ImportKind};
            let kind = ImportKind::parse(&kind)
                .with_context(|| format!("unknown kind {kind}: use commitments, projects or indicator-values"))?;
            let text = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let text = String::from_utf8(text).context("the file is not UTF-8 text")?;
            let db = townhall::open_database(&config).await?;
            let Some(c) = townhall::db::cities::by_slug(&db, &city).await? else {
                anyhow::bail!("no city with the slug {city}")
            };
            match import::import_file(&db, &config.base_url, &c, kind, &text, None, "townhall import").await {
                Ok(n) => {
                    println!("imported {n} {}", kind.id());
                    Ok(())
                }
                Err(ImportError::Rows(errors)) => {
                    let i18n = townhall::i18n::I18n::new(townhall::domain::Locale::En);
                    for e in &errors {
                        eprintln!("line {}, column {}: {}", e.line, e.column, i18n.t(e.key));
                    }
                    anyhow::bail!("nothing was imported: {} problem(s)", errors.len())
                }
                Err(ImportError::Failed(e)) => Err(e.into()),
            }
        }
        Command::Reindex => reindex(&config).await,
        Command::Export { city, format, out } => {
            let db = townhall::open_database(&config).await?;
            let Some(c) = townhall::db::cities::by_slug(&db, &city).await? else {
                anyhow::bail!("no city with the slug {city}")
            };
            let format = match format.as_str() {
                "json" => townhall::services::export::Format::Json,
                "csv" => townhall::services::export::Format::Csv,
                other => anyhow::bail!("unknown format {other}: use json or csv"),
            };
            let dir = out.unwrap_or_else(|| std::path::PathBuf::from(format!("export-{city}")));
            let bar = indicatif::ProgressBar::new(0);
            let files = townhall::services::export::export(&db, &c, &dir, format, |done, total| {
                bar.set_length(total);
                bar.set_position(done);
            })
            .await?;
            bar.finish_and_clear();
            for f in files {
                println!("{}", f.display());
            }
            Ok(())
        }
        Command::VerifyLedger => {
            let db = townhall::open_database(&config).await?;
            let reports = ledger::verify(&db).await?;
            let mut broken = false;
            for r in &reports {
                match &r.first_broken {
                    None => println!("{}: {} entries (updates and indicator values), chain intact", r.city, r.updates),
                    Some(problem) => {
                        broken = true;
                        println!("{}: BROKEN: {problem}", r.city);
                    }
                }
            }
            if broken {
                std::process::exit(1);
            }
            Ok(())
        }
    }
}

/// Builds a new index next to the current one, then swaps the directories. Run it with the
/// server stopped (the server holds the index's writer lock) or restart the server after.
async fn reindex(config: &Config) -> anyhow::Result<()> {
    let db = townhall::open_database(config).await?;
    let target = config.index_dir();
    let fresh = target.with_extension("new");
    let _ = std::fs::remove_dir_all(&fresh);
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} comments ({eta} left)").expect("valid template"),
    );
    let count = townhall::search::indexer::rebuild(&db, &fresh, config.index_writer_mb, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish();
    let old = target.with_extension("old");
    let _ = std::fs::remove_dir_all(&old);
    if target.exists() {
        std::fs::rename(&target, &old)?;
    }
    std::fs::rename(&fresh, &target)?;
    let _ = std::fs::remove_dir_all(&old);
    println!("reindexed {count} comments and all published items into {}", target.display());
    Ok(())
}

/// Checks and creates a city from the command line; errors are explained in English.
#[allow(clippy::too_many_arguments)]
async fn create_city(
    db: &townhall::db::Db,
    config: &Config,
    slug: String,
    name: String,
    locale: String,
    locales: Vec<String>,
    timezone: String,
    moderation: String,
) -> anyhow::Result<String> {
    use townhall::domain::{Locale, ModerationMode, Translated};
    let default = Locale::parse(&locale)
        .with_context(|| format!("unknown language {locale}: use en, fr, es, ar, zh, ru or sw"))?;
    let mut enabled = Vec::new();
    for l in locales.iter().filter(|l| !l.trim().is_empty()) {
        enabled.push(Locale::parse(l.trim()).with_context(|| format!("unknown language {l}"))?);
    }
    if enabled.is_empty() {
        enabled.push(default);
    }
    let moderation = ModerationMode::parse(&moderation)
        .with_context(|| format!("unknown moderation {moderation}: use post or pre"))?;
    let mut names = Translated::default();
    names.0.insert(default.id().to_string(), name.trim().to_string());
    let input = townhall::services::cities::CityInput {
        slug: slug.clone(),
        name: names,
        default_locale: default,
        locales: enabled,
        time_zone: timezone,
        moderation,
    };
    match townhall::services::cities::create_city(db, &input).await {
        Ok(_) => Ok(format!("{}/{}/{slug}/", config.base_url.trim_end_matches('/'), default.id())),
        Err(townhall::error::AppError::Invalid(errors)) => {
            let i18n = townhall::i18n::I18n::new(Locale::En);
            let reasons: Vec<String> = errors.0.iter().map(|e| format!("{}: {}", e.field, i18n.t(e.key))).collect();
            anyhow::bail!("the city was not created: {}", reasons.join("; "))
        }
        Err(e) => Err(e.into()),
    }
}

/// One line from standard input when piped; a prompt without echo is not needed for scripts.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("password: ");
    }
    let mut line = String::new();
    stdin.read_line(&mut line).context("cannot read the password")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(&config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    let running = townhall::server::launch(config, listener, shutdown_signal()).await?;
    running.task.await??;
    tracing::info!("stopped cleanly");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
