//! Outgoing mail: composed translated (text + HTML), queued in the outbox inside the
//! caller's transaction, and sent by `worker` over SMTP or into `.eml` files.

pub mod compose;
pub mod worker;

use crate::config::Config;
use crate::db::outbox::OutboxMail;
use anyhow::Context;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

const LIST_UNSUBSCRIBE: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe");
const LIST_UNSUBSCRIBE_POST: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe-Post");

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    /// SMTP when `TOWNHALL_SMTP_URL` is set, else `.eml` files under `data/mail/`.
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let from: Mailbox = config.mail_from.parse().context("TOWNHALL_MAIL_FROM is not a valid address")?;
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("TOWNHALL_SMTP_URL is not a valid SMTP URL")?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .build(),
            ),
            None => {
                let dir = config.mail_dir();
                std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
                Transport::File(AsyncFileTransport::new(dir))
            }
        };
        Ok(Mailer { transport, from })
    }

    pub fn describe(&self) -> &'static str {
        match self.transport {
            Transport::Smtp(_) => "smtp",
            Transport::File(_) => "eml files",
        }
    }

    pub async fn send(&self, mail: &OutboxMail) -> anyhow::Result<()> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mail.to_addr.parse().context("invalid recipient")?)
            .subject(&mail.subject);
        if let Some(url) = &mail.list_unsubscribe {
            // RFC 2369 and RFC 8058: mail programs offer "unsubscribe" and POST
            // `List-Unsubscribe=One-Click` to the URL, which carries the token.
            builder = builder
                .raw_header(HeaderValue::new(LIST_UNSUBSCRIBE, format!("<{url}>")))
                .raw_header(HeaderValue::new(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click".to_string()));
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(mail.body_text.clone(), mail.body_html.clone()))
            .context("cannot build the message")?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| anyhow::anyhow!("SMTP: {e}")),
            Transport::File(t) => t.send(message).await.map(|_| ()).map_err(|e| anyhow::anyhow!("file: {e}")),
        }
    }
}
