//! Saved searches: saving one (words and checked filters), describing it, and mailing what
//! the indexer matched, one mail per saved search and run, when its frequency is due.

use crate::db::saved_searches::{self, NewSavedSearch, SavedSearch};
use crate::db::{follows, Db};
use crate::domain::feedback::AlertFrequency;
use crate::domain::filters::{self, Types};
use crate::domain::{now_ts, Locale, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::i18n::I18n;
use crate::mail::compose::{self, AlertEntry};
use crate::search::query::SearchRequest;
use crate::services::accounts::new_token;

/// More saved searches than this per person are refused (422).
pub const MAX_PER_PERSON: i64 = 50;

/// Saves a search for a person. `pairs` are the search parameters as the search page takes
/// them; a filter that cannot be used is refused, as on the search page.
pub async fn save(
    db: &Db,
    user_id: i64,
    pairs: &[(String, String)],
    frequency: Option<AlertFrequency>,
) -> AppResult<i64> {
    let mut errors = filters::check(pairs, Types::Search);
    let request = SearchRequest::from_pairs(pairs);
    if !request.is_asked() {
        errors.add("q", "form-saved-search-empty");
    }
    let Some(frequency) = frequency else {
        errors.add("frequency", "form-invalid-choice");
        return Err(AppError::Invalid(errors));
    };
    errors.into_result()?;
    let mut tx = db.begin().await?;
    if saved_searches::count_of_user(&mut tx, user_id).await? >= MAX_PER_PERSON {
        let mut errors = FieldErrors::default();
        errors.add("q", "form-saved-search-limit");
        return Err(AppError::Invalid(errors));
    }
    let (feed_token, unsubscribe_token) = (new_token().0, new_token().0);
    let new = NewSavedSearch {
        user_id,
        query: &request.filters_query(),
        frequency: frequency.id(),
        feed_token: &feed_token,
        unsubscribe_token: &unsubscribe_token,
        created_at: now_ts(),
    };
    let id = saved_searches::insert(&mut tx, &new).await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes one of the person's saved searches; 404 when it is not theirs.
pub async fn delete(db: &Db, user_id: i64, id: i64) -> AppResult<()> {
    let mut tx = db.begin().await?;
    if !saved_searches::delete(&mut tx, user_id, id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// The one-click link in an alert: deletes that saved search. False for an unknown token.
pub async fn unsubscribe(db: &Db, token: &str) -> AppResult<bool> {
    let Some(s) = saved_searches::by_unsubscribe_token(db, token).await? else { return Ok(false) };
    let mut tx = db.begin().await?;
    saved_searches::delete(&mut tx, s.user_id, s.id).await?;
    tx.commit().await?;
    Ok(true)
}

/// A saved search in words, for its list, its mails and its feed: “words” · filters.
pub fn describe(i18n: &I18n, query: &str) -> String {
    let r = SearchRequest::from_query(query);
    let mut parts = Vec::new();
    if !r.q.trim().is_empty() {
        parts.push(format!("“{}”", r.q.trim()));
    }
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    if let Some(k) = given(&r.kind) {
        parts.push(i18n.tp("kind-", &k));
    }
    if let Some(c) = given(&r.city) {
        parts.push(c);
    }
    if let Some(t) = given(&r.theme) {
        parts.push(i18n.theme(&t));
    }
    if let Some(n) = given(&r.sdg).and_then(|s| s.parse::<i64>().ok()) {
        parts.push(i18n.sdg(n));
    }
    if let Some(s) = given(&r.stance) {
        parts.push(i18n.tp("stance-", &s));
    }
    if let Some(l) = given(&r.lang).and_then(|l| Locale::parse(&l)) {
        parts.push(i18n.language_name(l));
    }
    match (given(&r.from), given(&r.to)) {
        (None, None) => {}
        (from, to) => parts.push(format!("{} – {}", from.unwrap_or_default(), to.unwrap_or_default())),
    }
    parts.join(" · ")
}

/// Mails every saved search that has matches waiting and is due (immediately, or a day or a
/// week after its last mail): one mail each, in the person's language. Returns how many.
pub async fn deliver_due(db: &Db, base_url: &str, now: i64) -> anyhow::Result<usize> {
    let mut sent = 0;
    for s in saved_searches::due(db, now).await? {
        if deliver(db, base_url, &s, now).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

async fn deliver(db: &Db, base_url: &str, s: &SavedSearch, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin().await?;
    let found = saved_searches::take_waiting(&mut tx, s.id, now).await?;
    // Unverified addresses get nothing; their matches are dropped with the run.
    let recipient = follows::recipient(&mut tx, s.user_id).await?;
    let (Some(r), false) = (recipient, found.is_empty()) else {
        tx.commit().await?;
        return Ok(false);
    };
    let locale = Locale::parse(&r.locale).unwrap_or(Locale::En);
    let i18n = I18n::new(locale);
    let entries: Vec<AlertEntry> = found
        .iter()
        .map(|m| AlertEntry {
            title: Translated::from_json(&m.titles).show(locale, Locale::En).text,
            snippet: m.snippet.clone(),
            url: format!("{base_url}/{}{}", locale.id(), m.link),
        })
        .collect();
    let manage = format!("{base_url}/{}/account/saved-searches", locale.id());
    let unsubscribe = format!("{base_url}/{}/alerts/{}/unsubscribe", locale.id(), s.unsubscribe_token);
    compose::alert(&i18n, &r.display_name, &describe(&i18n, &s.query), &entries, manage, unsubscribe)
        .enqueue(&mut tx, Some(r.id), &r.email)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The frequency a form names, if it is one.
pub fn frequency(value: &str) -> Option<AlertFrequency> {
    AlertFrequency::parse(value.trim())
}
