//! Accounts: registration, verification, login with backoff, password reset, deletion, export.
//! Answers never reveal whether an address has an account.

use crate::db::{audit, organisations, roles, users, Db};
use crate::domain::accounts::{normalise_email, password_problem, valid_email};
use crate::domain::{now_ts, Locale};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::I18n;
use crate::mail::compose;
use argon2::password_hash::{rand_core::OsRng, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const VERIFY_PURPOSE: &str = "verify";
pub const RESET_PURPOSE: &str = "reset";
const VERIFY_TTL: i64 = 48 * 3600;
const RESET_TTL: i64 = 3600;
/// Failed logins allowed before an address is locked for a while.
const FREE_FAILURES: i64 = 5;

/// OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane.
fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(19_456, 2, 1, None).expect("valid argon2 parameters"))
}

/// Hashes on the blocking pool: argon2 is deliberately slow.
pub async fn hash_password(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("argon2: {e}"))
    })
    .await?
}

pub async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Whether `t` has the shape of a token from [`new_token`] (64 hex digits), checked before
/// any lookup so that junk never reaches the database.
pub fn well_formed_token(t: &str) -> bool {
    t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A random URL-safe token (256 bits) and the SHA-256 stored in its place.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub struct Registration {
    pub email: String,
    pub password: String,
    pub password_confirm: Option<String>,
    pub display_name: String,
    pub locale: Locale,
}

fn check_new_password(
    errors: &mut FieldErrors,
    field: &'static str,
    password: &str,
    confirm: Option<&str>,
    email: &str,
) {
    if let Some(problem) = password_problem(password, email) {
        errors.add(field, problem);
    } else if confirm.is_some_and(|c| c != password) {
        errors.add("password_confirm", "form-password-mismatch");
    }
}

/// Creates an unverified account and queues the verification mail. When the address is
/// taken, the owner gets a "someone tried to register" mail instead and the answer is the same.
pub async fn register(db: &Db, base_url: &str, r: &Registration) -> AppResult<()> {
    let email = normalise_email(&r.email);
    let name = r.display_name.trim();
    let mut errors = FieldErrors::default();
    if !valid_email(&email) {
        errors.add("email", "form-invalid-email");
    }
    if name.is_empty() {
        errors.add("display_name", "form-required");
    } else if name.chars().count() > 80 || name.chars().any(char::is_control) {
        errors.add("display_name", "form-too-long");
    }
    check_new_password(&mut errors, "password", &r.password, r.password_confirm.as_deref(), &email);
    errors.into_result()?;

    let i18n = I18n::new(r.locale);
    // Hash first, whether or not the address is taken: both answers then cost the same time
    // and do not tell who has an account.
    let hash = hash_password(r.password.clone()).await?;
    if let Some(existing) = users::by_email(db, &email).await? {
        let owner = I18n::new(Locale::parse(&existing.locale).unwrap_or(r.locale));
        let link = format!("{base_url}/{}/login", owner.locale.id());
        let mut tx = db.begin().await?;
        compose::already_registered(&owner, &existing.display_name, link)
            .enqueue(&mut tx, Some(existing.id), &email)
            .await?;
        tx.commit().await?;
        return Ok(());
    }
    let now = now_ts();
    let mut tx = db.begin().await?;
    let id = match users::insert(&mut tx, &email, name, &hash, r.locale.id(), now).await {
        // Two registrations raced for the same address: answer as if it existed.
        Err(e) if crate::db::is_unique_violation(&e) => return Ok(()),
        other => other?,
    };
    let (token, token_hash) = new_token();
    users::insert_token(&mut tx, &token_hash, id, VERIFY_PURPOSE, now + VERIFY_TTL).await?;
    let link = format!("{base_url}/{}/verify-email?token={token}", r.locale.id());
    compose::verify_email(&i18n, name, link).enqueue(&mut tx, Some(id), &email).await?;
    tx.commit().await?;
    Ok(())
}

/// Uses a verification link; true when it was valid.
pub async fn verify_email(db: &Db, token: &str) -> AppResult<bool> {
    let now = now_ts();
    let mut tx = db.begin().await?;
    let Some(user_id) = users::consume_token(&mut tx, &hash_token(token), VERIFY_PURPOSE, now).await? else {
        return Ok(false);
    };
    users::mark_verified(&mut tx, user_id, now).await?;
    tx.commit().await?;
    Ok(true)
}

pub enum LoginOutcome {
    Ok(users::User),
    Invalid,
    /// Too many failures for this address: wait this many seconds.
    Locked(i64),
}

/// Checks credentials with per-address backoff. The same work and the same answers happen
/// whether or not the address has an account.
pub async fn login(db: &Db, email: &str, password: &str) -> AppResult<LoginOutcome> {
    let email = normalise_email(email);
    let now = now_ts();
    let (failures, locked_until) = users::login_failures(db, &email).await?;
    if locked_until > now {
        return Ok(LoginOutcome::Locked(locked_until - now));
    }
    let user = users::by_email(db, &email).await?;
    // A fixed, valid hash keeps the timing of unknown addresses like that of known ones.
    const DUMMY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4zYqFEn1jOv6qHS5vMjyYy7bSIs0mMxgqGwYiZ5bRYk";
    let hash = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| DUMMY.to_string());
    let ok = verify_password(password.chars().take(256).collect(), hash).await;
    if let (true, Some(user)) = (ok, user) {
        users::clear_login_failures(db, &email).await?;
        return Ok(LoginOutcome::Ok(user));
    }
    let failures = failures + 1;
    let lock = if failures >= FREE_FAILURES { (30i64 << (failures - FREE_FAILURES).min(5)).min(900) } else { 0 };
    users::record_login_failure(db, &email, failures, if lock > 0 { now + lock } else { 0 }).await?;
    Ok(LoginOutcome::Invalid)
}

/// Queues a reset link when the address has an account; silent otherwise.
pub async fn request_reset(db: &Db, base_url: &str, email: &str) -> AppResult<()> {
    let email = normalise_email(email);
    let Some(user) = users::by_email(db, &email).await? else { return Ok(()) };
    let i18n = I18n::new(Locale::parse(&user.locale).unwrap_or(Locale::En));
    let (token, token_hash) = new_token();
    let mut tx = db.begin().await?;
    users::insert_token(&mut tx, &token_hash, user.id, RESET_PURPOSE, now_ts() + RESET_TTL).await?;
    let link = format!("{base_url}/{}/password/reset?token={token}", i18n.locale.id());
    compose::password_reset(&i18n, &user.display_name, link).enqueue(&mut tx, Some(user.id), &email).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn reset_link_is_live(db: &Db, token: &str) -> AppResult<bool> {
    Ok(users::token_is_live(db, &hash_token(token), RESET_PURPOSE, now_ts()).await?)
}

/// Sets a new password from a reset link; every session of the account ends.
pub async fn reset_password(db: &Db, token: &str, password: &str, confirm: Option<&str>) -> AppResult<bool> {
    let mut errors = FieldErrors::default();
    check_new_password(&mut errors, "password", password, confirm, "");
    errors.into_result()?;
    let hash = hash_password(password.to_string()).await?;
    let now = now_ts();
    let mut tx = db.begin().await?;
    let Some(user_id) = users::consume_token(&mut tx, &hash_token(token), RESET_PURPOSE, now).await? else {
        return Ok(false);
    };
    users::set_password(&mut tx, user_id, &hash).await?;
    users::delete_sessions_of(&mut tx, user_id).await?;
    // Receiving the link proves the address.
    users::mark_verified(&mut tx, user_id, now).await?;
    tx.commit().await?;
    if let Some(user) = users::by_id(db, user_id).await? {
        users::clear_login_failures(db, &user.email).await?;
    }
    Ok(true)
}

pub async fn change_password(
    db: &Db,
    user: &users::User,
    current: &str,
    new: &str,
    confirm: Option<&str>,
) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    if !verify_password(current.to_string(), user.password_hash.clone()).await {
        errors.add("current_password", "form-wrong-password");
    }
    check_new_password(&mut errors, "new_password", new, confirm, &user.email);
    errors.into_result()?;
    let hash = hash_password(new.to_string()).await?;
    let mut tx = db.begin().await?;
    users::set_password(&mut tx, user.id, &hash).await?;
    users::delete_sessions_of(&mut tx, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// How a person hears about what they follow.
pub const NOTIFY_MODES: [&str; 3] = ["immediate", "daily", "none"];

pub async fn update_profile(
    db: &Db,
    user_id: i64,
    display_name: &str,
    locale: &str,
    notify_mode: &str,
) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    let name = display_name.trim();
    if name.is_empty() {
        errors.add("display_name", "form-required");
    } else if name.chars().count() > 80 || name.chars().any(char::is_control) {
        errors.add("display_name", "form-too-long");
    }
    if Locale::parse(locale).is_none() {
        errors.add("locale", "form-invalid-choice");
    }
    if !NOTIFY_MODES.contains(&notify_mode) {
        errors.add("notify_mode", "form-invalid-choice");
    }
    errors.into_result()?;
    let mut tx = db.begin().await?;
    users::set_profile(&mut tx, user_id, name, locale, notify_mode).await?;
    // The name shows beside the person's comments, wherever they are.
    crate::db::changes::record(&mut tx, "user", user_id, "upsert").await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes the account after checking the password. Personal data goes; what the person
/// published publicly stays, attributed to "deleted account".
pub async fn delete_account(db: &Db, user: &users::User, password: &str) -> AppResult<()> {
    if !verify_password(password.to_string(), user.password_hash.clone()).await {
        let mut errors = FieldErrors::default();
        errors.add("password", "form-wrong-password");
        return Err(AppError::Invalid(errors));
    }
    let mut tx = db.begin().await?;
    // Their comments stay, unlinked from the account: re-index them so the index no longer
    // ties them together (reports then count what the database says, as after a rebuild).
    crate::db::changes::record_comments_by(&mut tx, user.id).await?;
    crate::db::changes::record(&mut tx, "user", user.id, "delete").await?;
    crate::db::saved_searches::delete_all_of(&mut tx, user.id).await?;
    users::delete(&mut tx, user.id).await?;
    tx.commit().await?;
    users::clear_login_failures(db, &user.email).await?;
    Ok(())
}

/// Everything stored about a person, as one JSON document.
pub async fn export(db: &Db, user: &users::User) -> AppResult<serde_json::Value> {
    let roles = roles::all_for_user(db, user.id).await?;
    let orgs = organisations::of_member(db, user.id).await?;
    let actions = audit::by_actor(db, user.id).await?;
    let sessions = users::count_sessions_of(db, user.id).await?;
    let comments = crate::db::comments::by_author(db, user.id).await?;
    let follows = crate::db::follows::of_user(db, user.id).await?;
    let saved = crate::db::saved_searches::of_user(db, user.id).await?;
    let flags = crate::db::comments::flags_by(db, user.id).await?;
    let answers = crate::db::questionnaires::answers_by_person(db, user.id).await?;
    let iso = crate::views::format_datetime_iso;
    Ok(serde_json::json!({
        "format": "townhall-personal-data/1",
        "exported_at": crate::views::format_datetime_iso(now_ts()),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "locale": user.locale,
            "email_verified_at": user.email_verified_at.map(crate::views::format_datetime_iso),
            "site_admin": user.is_site_admin,
            "created_at": crate::views::format_datetime_iso(user.created_at),
        },
        "active_sessions": sessions,
        "roles": roles.iter().map(|(city, role)| serde_json::json!({"city": city, "role": role})).collect::<Vec<_>>(),
        "organisations": orgs.iter().map(|(o, admin)| serde_json::json!({
            "id": o.id, "name": o.name, "status": o.status, "organisation_admin": admin,
        })).collect::<Vec<_>>(),
        "comments": comments.iter().map(|c| serde_json::json!({
            "id": c.id, "on": format!("{}/{}", c.target_type, c.target_id), "body": c.body, "stance": c.stance,
            "language": c.language, "state": c.state.id(), "organisation": c.organisation_name,
            "created_at": crate::views::format_datetime_iso(c.created_at),
        })).collect::<Vec<_>>(),
        "follows": follows.iter().map(|(kind, id, since)| serde_json::json!({
            "on": format!("{kind}/{id}"), "since": iso(*since),
        })).collect::<Vec<_>>(),
        "saved_searches": saved.iter().map(|s| serde_json::json!({
            "id": s.id, "query": s.query, "frequency": s.frequency, "created_at": iso(s.created_at),
            "last_mailed_at": s.last_mailed_at.map(iso),
        })).collect::<Vec<_>>(),
        "answers": answers.iter().map(|a| serde_json::json!({
            "consultation": format!("consultation/{}", a.consultation_id), "question": a.question_id,
            "choice": a.choice, "text": a.body, "answered_at": iso(a.updated_at),
        })).collect::<Vec<_>>(),
        "flags_sent": flags.iter().map(|(comment, reason, note, at, handled)| serde_json::json!({
            "comment": comment, "reason": reason, "note": note, "at": iso(*at), "handled_at": handled.map(iso),
        })).collect::<Vec<_>>(),
        "staff_actions": actions.iter().map(|(action, subject, at)| serde_json::json!({
            "action": action, "subject": subject, "at": crate::views::format_datetime_iso(*at),
        })).collect::<Vec<_>>(),
    }))
}

/// `townhall create-admin`: creates the account (verified) or promotes an existing one.
pub async fn create_or_promote_admin(db: &Db, email: &str, password: &str) -> anyhow::Result<bool> {
    let email = normalise_email(email);
    anyhow::ensure!(valid_email(&email), "not a valid email address");
    if let Some(user) = users::by_email(db, &email).await? {
        users::set_site_admin(db, user.id).await?;
        return Ok(false);
    }
    if let Some(problem) = password_problem(password, &email) {
        anyhow::bail!("password refused: {}", I18n::new(Locale::En).t(problem));
    }
    let hash = hash_password(password.to_string()).await?;
    let mut tx = db.begin().await?;
    let name = email.split('@').next().unwrap_or("admin").to_string();
    let id = users::insert(&mut tx, &email, &name, &hash, "en", now_ts()).await?;
    tx.commit().await?;
    users::set_site_admin(db, id).await?;
    Ok(true)
}
