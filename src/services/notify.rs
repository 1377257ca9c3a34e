//! Notifications: followers hear of new updates, authors hear of replies and official
//! responses. Queued in the caller's transaction (outbox or daily digest), never sent inline.

use crate::db::cities::City;
use crate::db::follows::{self, Recipient};
use crate::db::Tx;
use crate::domain::{now_ts, Locale, Translated};
use crate::i18n::I18n;
use crate::mail::compose;
use crate::services::accounts::new_token;

/// How much of an update's, comment's or answer's text a mail quotes.
const EXCERPT_CHARS: usize = 300;

/// The item a notification is about, named in each recipient's language: the city, the
/// reference (`C-3`, an indicator's code) and the translated title.
pub struct About {
    pub city: Translated,
    pub city_default: Locale,
    pub label: String,
    pub title: Translated,
}

impl About {
    pub fn new(city: &City, label: impl Into<String>, title: Translated) -> About {
        About { city: city.name(), city_default: city.default_locale(), label: label.into(), title }
    }

    fn city(&self, locale: Locale) -> String {
        self.city.show(locale, self.city_default).text
    }

    /// `C-3 Free public Wi-Fi in all municipal markets`, the title in `locale` when it has one.
    fn name(&self, locale: Locale) -> String {
        let title = self.title.show(locale, self.city_default).text;
        match title.trim() {
            "" => self.label.clone(),
            t => format!("{} {t}", self.label),
        }
    }
}

/// What happened, for the mail's subject, first line, details and quoted text.
pub enum Event<'a> {
    /// `status` is a status id (`delayed`); `text` the update's translated text.
    NewUpdate {
        about: &'a About,
        status: &'a str,
        progress: i64,
        text: &'a Translated,
    },
    Reply {
        about: &'a About,
        text: &'a str,
    },
    OfficialResponse {
        about: &'a About,
        department: &'a str,
        text: &'a str,
    },
    ChallengeOpened {
        about: &'a About,
        organisation: &'a str,
        text: &'a str,
    },
    ChallengeAnswered {
        about: &'a About,
        organisation: &'a str,
        upheld: bool,
        text: &'a str,
    },
    /// `about` is the followed item (the indicator itself or a commitment it measures).
    NewIndicatorValue {
        about: &'a About,
        indicator: &'a About,
        value: &'a str,
    },
    /// A closed consultation's outcome, told to everyone who answered or commented.
    Outcome {
        about: &'a About,
        heard: &'a Translated,
        actions: &'a Translated,
    },
}

/// At most `max` characters of `text`, cut at a word when one ends near there, with `…`.
pub fn abridge(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() > max * 2 / 3 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation()))
}

impl Event<'_> {
    fn about(&self) -> &About {
        match self {
            Event::NewUpdate { about, .. }
            | Event::Reply { about, .. }
            | Event::OfficialResponse { about, .. }
            | Event::ChallengeOpened { about, .. }
            | Event::ChallengeAnswered { about, .. }
            | Event::NewIndicatorValue { about, .. }
            | Event::Outcome { about, .. } => about,
        }
    }

    fn subject(&self, i18n: &I18n) -> String {
        let locale = i18n.locale;
        let city = self.about().city(locale);
        let item = self.about().name(locale);
        let (city, item) = (city.as_str(), item.as_str());
        match self {
            Event::NewUpdate { status, progress, .. } => {
                let status = i18n.tp("status-", status);
                let percent = progress.to_string();
                i18n.targs(
                    "mail-subject-update",
                    &[("city", city), ("item", item), ("status", &status), ("percent", &percent)],
                )
            }
            Event::Reply { .. } => i18n.targs("mail-subject-reply", &[("city", city), ("item", item)]),
            Event::OfficialResponse { department, .. } => {
                i18n.targs("mail-subject-official", &[("city", city), ("item", item), ("department", department)])
            }
            Event::ChallengeOpened { organisation, .. } => i18n.targs(
                "mail-subject-challenge-opened",
                &[("city", city), ("item", item), ("organisation", organisation)],
            ),
            Event::ChallengeAnswered { upheld, .. } => {
                let key = if *upheld { "mail-subject-challenge-upheld" } else { "mail-subject-challenge-rejected" };
                i18n.targs(key, &[("city", city), ("item", item)])
            }
            Event::NewIndicatorValue { indicator, value, .. } => {
                let indicator = indicator.name(locale);
                i18n.targs("mail-subject-value", &[("city", city), ("indicator", &indicator), ("value", value)])
            }
            Event::Outcome { .. } => i18n.targs("mail-subject-outcome", &[("city", city), ("item", item)]),
        }
    }

    fn line(&self, i18n: &I18n) -> String {
        let item = self.about().name(i18n.locale);
        let item = item.as_str();
        match self {
            Event::NewUpdate { .. } => i18n.ts("mail-update-line", "item", item),
            Event::Reply { .. } => i18n.ts("mail-reply-line", "item", item),
            Event::OfficialResponse { department, .. } => {
                i18n.targs("mail-official-line", &[("item", item), ("department", department)])
            }
            Event::ChallengeOpened { organisation, .. } => {
                i18n.targs("mail-challenge-opened-line", &[("item", item), ("organisation", organisation)])
            }
            Event::ChallengeAnswered { organisation, upheld, .. } => {
                let key = if *upheld { "mail-challenge-upheld-line" } else { "mail-challenge-rejected-line" };
                i18n.targs(key, &[("item", item), ("organisation", organisation)])
            }
            // Its own followers need not be told what the indicator measures.
            Event::NewIndicatorValue { about, indicator, value } if std::ptr::eq(*about, *indicator) => {
                i18n.targs("mail-value-own-line", &[("indicator", item), ("value", value)])
            }
            Event::NewIndicatorValue { indicator, value, .. } => {
                let indicator = indicator.name(i18n.locale);
                i18n.targs("mail-value-line", &[("item", item), ("indicator", &indicator), ("value", value)])
            }
            Event::Outcome { .. } => i18n.ts("mail-outcome-line", "item", item),
        }
    }

    /// What changed, beyond the first line: the new status and progress of an update.
    fn details(&self, i18n: &I18n) -> Option<String> {
        match self {
            Event::NewUpdate { status, progress, .. } => {
                let status = i18n.tp("status-", status);
                let percent = progress.to_string();
                Some(i18n.targs("mail-update-details", &[("status", &status), ("percent", &percent)]))
            }
            Event::Outcome { about, actions, .. } => {
                let actions = actions.show(i18n.locale, about.city_default).text;
                Some(actions)
                    .filter(|a| !a.trim().is_empty())
                    .map(|a| format!("{}\n{}", i18n.t("consultation-actions"), abridge(&a, EXCERPT_CHARS)))
            }
            _ => None,
        }
    }

    /// The words themselves, abridged: the update's text in the reader's language, the comment,
    /// the response or the challenge.
    fn excerpt(&self, locale: Locale) -> Option<String> {
        let text = match self {
            Event::NewUpdate { about, text, .. } => text.show(locale, about.city_default).text,
            Event::Reply { text, .. }
            | Event::OfficialResponse { text, .. }
            | Event::ChallengeOpened { text, .. }
            | Event::ChallengeAnswered { text, .. } => text.to_string(),
            Event::Outcome { about, heard, .. } => heard.show(locale, about.city_default).text,
            Event::NewIndicatorValue { .. } => return None,
        };
        Some(abridge(&text, EXCERPT_CHARS)).filter(|t| !t.is_empty())
    }

    /// Why this person gets the mail.
    fn why(&self, i18n: &I18n, followed: bool) -> String {
        let about = self.about();
        let (city, item) = (about.city(i18n.locale), about.name(i18n.locale));
        match self {
            _ if followed => i18n.targs("mail-why-follow", &[("city", &city), ("item", &item)]),
            Event::Outcome { .. } => i18n.targs("mail-why-participant", &[("city", &city), ("item", &item)]),
            Event::Reply { .. } | Event::OfficialResponse { .. } => {
                i18n.targs("mail-why-comment", &[("city", &city), ("item", &item)])
            }
            Event::ChallengeOpened { organisation, .. } | Event::ChallengeAnswered { organisation, .. } => {
                i18n.ts("mail-why-member", "organisation", organisation)
            }
            _ => i18n.t("mail-notification-why"),
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
                compose::Notice {
                    subject: event.subject(&i18n),
                    line: event.line(&i18n),
                    details: event.details(&i18n),
                    excerpt: event.excerpt(locale),
                    why: event.why(&i18n, followed.is_some()),
                },
                link,
                unfollow,
                unsubscribe,
            );
            mail.enqueue(tx, Some(r.id), &r.email).await?;
        }
        "daily" => {
            // A digest can gather several cities' news: each line names its city.
            let line = format!("{} · {}", event.about().city(locale), event.line(&i18n));
            follows::add_digest_item(tx, r.id, &line, &link, now_ts()).await?
        }
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

#[cfg(test)]
mod tests {
    use super::abridge;

    #[test]
    fn abridge_keeps_short_text_and_cuts_long_text_at_a_word() {
        assert_eq!(abridge("  Works  resumed.\n", 300), "Works resumed.");
        let long = "The contractor delivered the access points late, ".repeat(10);
        let short = abridge(&long, 300);
        assert!(short.ends_with("late…") || short.ends_with('…'), "{short}");
        assert!(short.chars().count() <= 301 && short.chars().count() > 200, "{short}");
        assert!(!short.contains(" …") && !short.contains(",…"));
        // Never splits a character.
        assert_eq!(abridge(&"é".repeat(400), 300).chars().count(), 301);
    }
}
