//! Notifications: followers hear of new updates, authors hear of replies and official
//! responses. Queued in the caller's transaction (outbox or daily digest), never sent inline.

use crate::db::follows::{self, Recipient};
use crate::db::Tx;
use crate::domain::{now_ts, Locale};
use crate::i18n::I18n;
use crate::mail::compose;
use crate::services::accounts::new_token;

/// What happened, for the mail's subject and first line.
pub enum Event<'a> {
    NewUpdate { item: &'a str },
    Reply { item: &'a str },
    OfficialResponse { item: &'a str, department: &'a str },
    ChallengeOpened { item: &'a str, organisation: &'a str },
    ChallengeAnswered { item: &'a str, organisation: &'a str, upheld: bool },
    NewIndicatorValue { item: &'a str, indicator: &'a str, value: &'a str },
}

impl Event<'_> {
    fn subject_key(&self) -> &'static str {
        match self {
            Event::NewUpdate { .. } => "mail-update-subject",
            Event::Reply { .. } => "mail-reply-subject",
            Event::OfficialResponse { .. } => "mail-official-subject",
            Event::ChallengeOpened { .. } => "mail-challenge-opened-subject",
            Event::ChallengeAnswered { .. } => "mail-challenge-answered-subject",
            Event::NewIndicatorValue { .. } => "mail-value-subject",
        }
    }
    fn line(&self, i18n: &I18n) -> String {
        match self {
            Event::NewUpdate { item } => i18n.ts("mail-update-line", "item", item),
            Event::Reply { item } => i18n.ts("mail-reply-line", "item", item),
            Event::OfficialResponse { item, department } => {
                i18n.targs("mail-official-line", &[("item", item), ("department", department)])
            }
            Event::ChallengeOpened { item, organisation } => {
                i18n.targs("mail-challenge-opened-line", &[("item", item), ("organisation", organisation)])
            }
            Event::ChallengeAnswered { item, organisation, upheld } => {
                let key = if *upheld { "mail-challenge-upheld-line" } else { "mail-challenge-rejected-line" };
                i18n.targs(key, &[("item", item), ("organisation", organisation)])
            }
            Event::NewIndicatorValue { item, indicator, value } => {
                i18n.targs("mail-value-line", &[("item", item), ("indicator", indicator), ("value", value)])
            }
        }
    }
}

async fn unsubscribe_link(tx: &mut Tx, base_url: &str, r: &Recipient, locale: Locale) -> sqlx::Result<String> {
    let token = match &r.unsubscribe_token {
        Some(t) => t.clone(),
        None => {
            let token = new_token().0;
            follows::set_unsubscribe_token(tx, r.id, &token).await?;
            token
        }
    };
    Ok(format!("{base_url}/{}/unsubscribe?token={token}", locale.id()))
}

/// Queues the notification for one person according to their preference. `followed` is the
/// item the person follows, when that is why they hear of it: the mail then offers to stop
/// following just that item, besides stopping every notification.
pub async fn notify(
    tx: &mut Tx,
    base_url: &str,
    r: &Recipient,
    event: &Event<'_>,
    path: &str,
    followed: Option<(&str, i64)>,
) -> sqlx::Result<()> {
    let locale = Locale::parse(&r.locale).unwrap_or(Locale::En);
    let i18n = I18n::new(locale);
    let link = format!("{base_url}/{}{path}", locale.id());
    match r.notify_mode.as_str() {
        "immediate" => {
            let unsubscribe = unsubscribe_link(tx, base_url, r, locale).await?;
            let unfollow = followed.map(|(kind, id)| format!("{unsubscribe}&item={kind}:{id}"));
            let mail = compose::notification(
                &i18n,
                &r.display_name,
                event.subject_key(),
                event.line(&i18n),
                link,
                unfollow,
                unsubscribe,
            );
            mail.enqueue(tx, Some(r.id), &r.email).await?;
        }
        "daily" => follows::add_digest_item(tx, r.id, &event.line(&i18n), &link, now_ts()).await?,
        _ => {}
    }
    Ok(())
}

/// Tells everyone following an item (except `skip`, usually the actor).
pub async fn followers_of(
    tx: &mut Tx,
    base_url: &str,
    target_type: &str,
    target_id: i64,
    skip: Option<i64>,
    event: &Event<'_>,
    path: &str,
) -> sqlx::Result<()> {
    for r in follows::followers(tx, target_type, target_id).await? {
        if Some(r.id) != skip {
            notify(tx, base_url, &r, event, path, Some((target_type, target_id))).await?;
        }
    }
    Ok(())
}

/// Tells the item's followers and the people in `also` (an organisation's members), each once.
#[allow(clippy::too_many_arguments)]
pub async fn followers_and(
    tx: &mut Tx,
    base_url: &str,
    target_type: &str,
    target_id: i64,
    also: &[i64],
    event: &Event<'_>,
    path: &str,
) -> sqlx::Result<()> {
    let mut told = Vec::new();
    for r in follows::followers(tx, target_type, target_id).await? {
        told.push(r.id);
        notify(tx, base_url, &r, event, path, Some((target_type, target_id))).await?;
    }
    for id in also.iter().filter(|id| !told.contains(id)) {
        if let Some(r) = follows::recipient(tx, *id).await? {
            notify(tx, base_url, &r, event, path, None).await?;
        }
    }
    Ok(())
}

/// Sends the digest of everyone whose oldest waiting item is a day old.
pub async fn send_digests(db: &crate::db::Db, base_url: &str) -> anyhow::Result<usize> {
    let mut sent = 0;
    for user_id in follows::digest_due(db, now_ts() - 86_400).await? {
        let mut tx = db.begin().await?;
        let Some(r) = follows::recipient(&mut tx, user_id).await? else { continue };
        let items = follows::take_digest(&mut tx, user_id).await?;
        if items.is_empty() {
            continue;
        }
        let locale = Locale::parse(&r.locale).unwrap_or(Locale::En);
        let unsubscribe = unsubscribe_link(&mut tx, base_url, &r, locale).await?;
        compose::digest(&I18n::new(locale), &r.display_name, &items, unsubscribe)
            .enqueue(&mut tx, Some(r.id), &r.email)
            .await?;
        tx.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
