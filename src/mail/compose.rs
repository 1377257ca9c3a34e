//! Translated mail bodies. Each message has the same parts in text and HTML.

use crate::db::outbox::{self, NewMail};
use crate::db::Tx;
use crate::domain::Locale;
use crate::i18n::I18n;
use askama::Template;

#[derive(Template)]
#[template(path = "emails/message.html")]
struct EmailHtml<'a> {
    lang: &'static str,
    dir: &'static str,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    quote: Option<&'a str>,
    link: Option<(&'a str, &'a str)>,
    footer: &'a [String],
    footer_links: &'a [(String, String)],
}

/// A message before it is queued.
pub struct Email {
    pub locale: Locale,
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// Someone's words quoted after the paragraphs (an update's or comment's text, abridged).
    pub quote: Option<String>,
    /// (url, label) of the one thing to click.
    pub link: Option<(String, String)>,
    pub footer: Vec<String>,
    /// (label, url) after the footer: stop following, stop notifications.
    pub footer_links: Vec<(String, String)>,
    /// The one-click unsubscribe URL for the `List-Unsubscribe` header (RFC 8058): it accepts
    /// a POST with the body `List-Unsubscribe=One-Click`.
    pub list_unsubscribe: Option<String>,
}

impl Email {
    pub fn text(&self) -> String {
        let mut out = format!("{}\n\n", self.greeting);
        for p in &self.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        if let Some(quote) = &self.quote {
            for line in quote.lines() {
                out.push_str(&format!("> {line}\n"));
            }
            out.push('\n');
        }
        if let Some((url, label)) = &self.link {
            out.push_str(&format!("{label}:\n{url}\n\n"));
        }
        for f in &self.footer {
            out.push_str(&format!("-- \n{f}\n"));
        }
        for (label, url) in &self.footer_links {
            out.push_str(&format!("-- \n{label}: {url}\n"));
        }
        out
    }

    pub fn html(&self) -> String {
        EmailHtml {
            lang: self.locale.id(),
            dir: self.locale.dir(),
            subject: &self.subject,
            greeting: &self.greeting,
            paragraphs: &self.paragraphs,
            quote: self.quote.as_deref(),
            link: self.link.as_ref().map(|(u, l)| (u.as_str(), l.as_str())),
            footer: &self.footer,
            footer_links: &self.footer_links,
        }
        .render()
        .unwrap_or_else(|_| self.text())
    }

    /// Queues the message in the caller's transaction.
    pub async fn enqueue(&self, tx: &mut Tx, user_id: Option<i64>, to: &str) -> sqlx::Result<i64> {
        let text = self.text();
        let html = self.html();
        let mail = NewMail {
            user_id,
            to_addr: to,
            subject: &self.subject,
            body_text: &text,
            body_html: &html,
            list_unsubscribe: self.list_unsubscribe.as_deref(),
        };
        outbox::enqueue(tx, &mail, crate::domain::now_ts()).await
    }
}

fn base(i18n: &I18n, subject_key: &str, name: &str) -> Email {
    titled(i18n, i18n.t(subject_key), name)
}

fn titled(i18n: &I18n, subject: String, name: &str) -> Email {
    Email {
        locale: i18n.locale,
        subject,
        greeting: i18n.ts("mail-greeting", "name", name),
        paragraphs: vec![],
        quote: None,
        link: None,
        footer: vec![i18n.t("mail-footer")],
        footer_links: vec![],
        list_unsubscribe: None,
    }
}

pub fn verify_email(i18n: &I18n, name: &str, link: String) -> Email {
    let mut m = base(i18n, "mail-verify-subject", name);
    m.paragraphs.push(i18n.t("mail-verify-body"));
    m.paragraphs.push(i18n.tn("mail-link-expires-hours", "hours", 48));
    m.link = Some((link, i18n.t("mail-verify-action")));
    m
}

pub fn already_registered(i18n: &I18n, name: &str, login_link: String) -> Email {
    let mut m = base(i18n, "mail-already-subject", name);
    m.paragraphs.push(i18n.t("mail-already-body"));
    m.link = Some((login_link, i18n.t("mail-already-action")));
    m
}

pub fn password_reset(i18n: &I18n, name: &str, link: String) -> Email {
    let mut m = base(i18n, "mail-reset-subject", name);
    m.paragraphs.push(i18n.t("mail-reset-body"));
    m.paragraphs.push(i18n.tn("mail-link-expires-hours", "hours", 1));
    m.paragraphs.push(i18n.t("mail-reset-ignore"));
    m.link = Some((link, i18n.t("mail-reset-action")));
    m
}

/// What a notification says, already in the recipient's language.
pub struct Notice {
    /// Names the city, the item and what changed.
    pub subject: String,
    pub line: String,
    /// The new status and progress, when they changed.
    pub details: Option<String>,
    /// The update's, comment's or answer's text, abridged.
    pub excerpt: Option<String>,
    /// Why this person gets the mail.
    pub why: String,
}

/// A notification about something the person follows or wrote; every one can be unsubscribed
/// (also in one click from the mail program, through `List-Unsubscribe`).
pub fn notification(
    i18n: &I18n,
    name: &str,
    notice: Notice,
    link: String,
    unfollow: Option<String>,
    unsubscribe: String,
) -> Email {
    let mut m = titled(i18n, notice.subject, name);
    m.paragraphs.push(notice.line);
    m.paragraphs.extend(notice.details);
    m.quote = notice.excerpt;
    m.link = Some((link, i18n.t("mail-open")));
    // A follower's mail program unsubscribes from that item's news; other mails stop them all.
    m.list_unsubscribe = Some(unfollow.clone().unwrap_or_else(|| unsubscribe.clone()));
    m.footer = vec![notice.why];
    if let Some(unfollow) = unfollow {
        m.footer_links.push((i18n.t("mail-unfollow-item"), unfollow));
    }
    m.footer_links.push((i18n.t("mail-unsubscribe"), unsubscribe));
    m
}

/// One found document in a saved-search alert.
pub struct AlertEntry {
    pub title: String,
    pub snippet: String,
    pub url: String,
}

/// What a saved search found since its last mail, with its own unsubscribe link.
pub fn alert(
    i18n: &I18n,
    name: &str,
    search: &str,
    entries: &[AlertEntry],
    manage: String,
    unsubscribe: String,
) -> Email {
    let mut m = base(i18n, "mail-alert-subject", name);
    m.subject = i18n.ts("mail-alert-subject", "search", search);
    m.paragraphs.push(i18n.tn("mail-alert-intro", "count", entries.len() as i64));
    m.paragraphs.push(search.to_string());
    for e in entries {
        m.paragraphs.push(format!("{}\n{}\n{}", e.title, e.snippet, e.url));
    }
    m.link = Some((manage, i18n.t("mail-alert-manage")));
    m.footer = vec![i18n.t("mail-alert-why")];
    m.footer_links.push((i18n.t("mail-alert-unsubscribe"), unsubscribe.clone()));
    m.list_unsubscribe = Some(unsubscribe);
    m
}

/// Several notifications in one daily mail.
pub fn digest(i18n: &I18n, name: &str, items: &[(String, String)], unsubscribe: String) -> Email {
    let mut m = base(i18n, "mail-digest-subject", name);
    m.paragraphs.push(i18n.tn("mail-digest-intro", "count", items.len() as i64));
    for (line, link) in items {
        m.paragraphs.push(format!("{line} — {link}"));
    }
    m.footer = vec![i18n.t("mail-notification-why")];
    m.footer_links.push((i18n.t("mail-unsubscribe"), unsubscribe));
    m
}

pub fn invitation(i18n: &I18n, name: &str, organisation: &str, link: String) -> Email {
    let mut m = base(i18n, "mail-invitation-subject", name);
    m.subject = i18n.ts("mail-invitation-subject", "organisation", organisation);
    m.paragraphs.push(i18n.ts("mail-invitation-body", "organisation", organisation));
    m.link = Some((link, i18n.t("mail-invitation-action")));
    m
}

/// A moderator hid (with its public reason, a vocabulary id) or restored (with the moderator's
/// words) a person's comment.
pub fn moderation_decision(i18n: &I18n, name: &str, hidden: bool, reason: &str, link: String) -> Email {
    let (subject, body) = if hidden {
        (
            "mail-moderation-hidden-subject",
            i18n.ts("mail-moderation-hidden-body", "reason", &i18n.tp("reason-", reason)),
        )
    } else {
        ("mail-moderation-restored-subject", i18n.ts("mail-moderation-restored-body", "reason", reason))
    };
    let mut m = base(i18n, subject, name);
    m.paragraphs.push(body);
    m.link = Some((link, i18n.t("mail-moderation-action")));
    m
}

/// To a city administrator: an organisation asks to be verified.
pub fn organisation_requested(i18n: &I18n, name: &str, organisation: &str, link: String) -> Email {
    let mut m = base(i18n, "mail-org-requested-subject", name);
    m.subject = i18n.ts("mail-org-requested-subject", "organisation", organisation);
    m.paragraphs.push(i18n.ts("mail-org-requested-body", "organisation", organisation));
    m.link = Some((link, i18n.t("mail-org-requested-action")));
    m
}

/// To the person who asked: the organisation was verified or refused.
pub fn organisation_decided(i18n: &I18n, name: &str, organisation: &str, verified: bool, link: String) -> Email {
    let (subject, body) = if verified {
        ("mail-org-verified-subject", "mail-org-verified-body")
    } else {
        ("mail-org-refused-subject", "mail-org-refused-body")
    };
    let mut m = base(i18n, subject, name);
    m.subject = i18n.ts(subject, "organisation", organisation);
    m.paragraphs.push(i18n.ts(body, "organisation", organisation));
    m.link = Some((link, i18n.t("mail-open")));
    m
}
