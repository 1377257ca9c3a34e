//! Configuration: defaults, then an optional TOML file (`TOWNHALL_CONFIG`, else `./townhall.toml`
//! when present), then `TOWNHALL_*` environment variables. Defaults give a working server.

use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Listen address.
    pub addr: String,
    /// Holds the SQLite database, the search index and development mail.
    pub data_dir: PathBuf,
    /// Overrides the SQLite default, e.g. `postgres://user@host/db`.
    pub database_url: Option<String>,
    /// `smtp://user:pass@host:587` or `smtps://…`; when unset mail is written as `.eml` files.
    pub smtp_url: Option<String>,
    /// Public address used in links inside mail.
    pub base_url: String,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// `text` or `json` logs.
    pub log_format: String,
    /// Sender of outgoing mail.
    pub mail_from: String,
    /// Trust the first `X-Forwarded-For` address (only behind your own reverse proxy).
    pub trust_proxy: bool,
    /// Run the mail worker in this process (off for processes that only serve pages while
    /// another one sends mail; the tests drive the outbox themselves).
    pub mail_worker: bool,
    /// Seconds a client has to send a request's headers.
    pub header_read_timeout_secs: u64,
    /// Seconds a connection may stay silent (no byte read or written) before it is closed.
    pub idle_timeout_secs: u64,
    /// Megabytes of rendered public pages kept in memory (0 turns the page cache off).
    pub page_cache_mb: usize,
    /// Megabytes the search index writer buffers before it writes a segment (at least 15).
    pub index_writer_mb: usize,
    /// Database connections this process keeps at most for requests (default: 8 on SQLite, 16 on
    /// PostgreSQL); the shared writers keep their own (1 on SQLite, 4 on PostgreSQL).
    pub db_connections: Option<u32>,
    /// Rate limits, per minute; tests lower them.
    pub limits: Limits,
}

/// The search index writer's buffer unless configured (`TOWNHALL_INDEX_WRITER_MB`).
pub const DEFAULT_INDEX_WRITER_MB: usize = 16;

/// Requests allowed per window before 429.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    pub login_per_ip_per_minute: u32,
    pub login_per_account_per_minute: u32,
    pub register_per_ip_per_hour: u32,
    pub reset_per_ip_per_hour: u32,
    pub reset_per_account_per_hour: u32,
    pub comment_per_account_per_minute: u32,
    pub comment_per_ip_per_minute: u32,
    pub flag_per_account_per_minute: u32,
    pub flag_per_ip_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            login_per_ip_per_minute: 20,
            login_per_account_per_minute: 10,
            register_per_ip_per_hour: 10,
            reset_per_ip_per_hour: 10,
            reset_per_account_per_hour: 3,
            comment_per_account_per_minute: 6,
            comment_per_ip_per_minute: 30,
            flag_per_account_per_minute: 10,
            flag_per_ip_per_minute: 30,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: "127.0.0.1:3000".into(),
            data_dir: PathBuf::from("./data"),
            database_url: None,
            smtp_url: None,
            base_url: "http://127.0.0.1:3000".into(),
            secure_cookies: false,
            log_format: "text".into(),
            mail_from: "townhall <noreply@townhall.invalid>".into(),
            trust_proxy: false,
            mail_worker: true,
            header_read_timeout_secs: 10,
            idle_timeout_secs: 60,
            page_cache_mb: 32,
            index_writer_mb: DEFAULT_INDEX_WRITER_MB,
            db_connections: None,
            limits: Limits::default(),
        }
    }
}

/// Hides credentials: a URL's password never reaches logs.
fn redact(url: &Option<String>) -> String {
    match url {
        None => "(unset)".into(),
        Some(u) => match (u.find("://"), u.rfind('@')) {
            (Some(scheme), Some(at)) if at > scheme => {
                format!("{}://***@{}", &u[..scheme], &u[at + 1..])
            }
            _ => u.clone(),
        },
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("data_dir", &self.data_dir)
            .field("database_url", &redact(&self.database_url))
            .field("smtp_url", &redact(&self.smtp_url))
            .field("base_url", &self.base_url)
            .field("secure_cookies", &self.secure_cookies)
            .field("log_format", &self.log_format)
            .field("mail_from", &self.mail_from)
            .field("trust_proxy", &self.trust_proxy)
            .field("mail_worker", &self.mail_worker)
            .field("header_read_timeout_secs", &self.header_read_timeout_secs)
            .field("idle_timeout_secs", &self.idle_timeout_secs)
            .field("limits", &self.limits)
            .finish()
    }
}

impl Config {
    pub fn load() -> anyhow::Result<Config> {
        let file = std::env::var("TOWNHALL_CONFIG").ok().map(PathBuf::from);
        let mut config = match &file {
            Some(path) => Self::from_file(path)?,
            None if Path::new("townhall.toml").exists() => Self::from_file(Path::new("townhall.toml"))?,
            None => Config::default(),
        };
        config.apply_env(|key| std::env::var(key).ok())?;
        Ok(config)
    }

    fn from_file(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("invalid configuration in {}", path.display()))
    }

    fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        if let Some(v) = get("TOWNHALL_ADDR") {
            self.addr = v;
        }
        if let Some(v) = get("TOWNHALL_DATA_DIR") {
            self.data_dir = PathBuf::from(v);
        }
        if let Some(v) = get("TOWNHALL_DATABASE_URL").filter(|v| !v.is_empty()) {
            self.database_url = Some(v);
        }
        if let Some(v) = get("TOWNHALL_SMTP_URL").filter(|v| !v.is_empty()) {
            self.smtp_url = Some(v);
        }
        if let Some(v) = get("TOWNHALL_BASE_URL") {
            self.base_url = v.trim_end_matches('/').to_string();
        }
        if let Some(v) = get("TOWNHALL_SECURE_COOKIES") {
            self.secure_cookies = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = get("TOWNHALL_LOG_FORMAT") {
            self.log_format = v;
        }
        if let Some(v) = get("TOWNHALL_MAIL_FROM") {
            self.mail_from = v;
        }
        if let Some(v) = get("TOWNHALL_MAIL_WORKER") {
            self.mail_worker = !matches!(v.as_str(), "0" | "false" | "no");
        }
        if let Some(v) = get("TOWNHALL_PAGE_CACHE_MB") {
            self.page_cache_mb = v.parse().context("TOWNHALL_PAGE_CACHE_MB must be a number of megabytes")?;
        }
        if let Some(v) = get("TOWNHALL_INDEX_WRITER_MB") {
            self.index_writer_mb = v.parse().context("TOWNHALL_INDEX_WRITER_MB must be a number of megabytes")?;
        }
        if let Some(v) = get("TOWNHALL_DB_CONNECTIONS") {
            let n: u32 = v.parse().context("TOWNHALL_DB_CONNECTIONS must be a number of connections")?;
            anyhow::ensure!(n > 0, "TOWNHALL_DB_CONNECTIONS must be at least 1");
            self.db_connections = Some(n);
        }
        if let Some(v) = get("TOWNHALL_TRUST_PROXY") {
            self.trust_proxy = matches!(v.as_str(), "1" | "true" | "yes");
        }
        Ok(())
    }

    /// The database URL in effect: the configured one or the SQLite file in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("townhall.db").display()),
        }
    }

    /// Each server process keeps its own index (set a different data dir per process).
    pub fn index_dir(&self) -> PathBuf {
        self.data_dir.join("index")
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_defaults_and_debug_hides_passwords() {
        let mut c = Config::default();
        c.apply_env(|k| match k {
            "TOWNHALL_SMTP_URL" => Some("smtp://mailer:hunter2@mail.example:587".into()),
            "TOWNHALL_ADDR" => Some("0.0.0.0:8080".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(c.addr, "0.0.0.0:8080");
        let debug = format!("{c:?}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("mail.example"));
        assert!(c.database_url().ends_with("data/townhall.db"));
    }
}
