//! Membership of civil-society organisations, with the person's consent: an organisation's
//! admin invites by address, the person accepts or declines, and a member can leave.

use crate::db::organisations::{self, Organisation};
use crate::db::{users, Db};
use crate::domain::accounts::normalise_email;
use crate::domain::{now_ts, Locale};
use crate::error::{AppError, AppResult};
use crate::i18n::I18n;
use crate::mail::compose;

/// Invites the person with this address. The answer is the same whether or not the address
/// has an account (nothing tells who is registered); only a real account gets a mail.
pub async fn invite(
    db: &Db,
    base_url: &str,
    city_slug: &str,
    org: &Organisation,
    inviter_id: i64,
    email: &str,
) -> AppResult<()> {
    if organisations::membership(db, org.id, inviter_id).await? != Some(true) {
        return Err(AppError::Forbidden);
    }
    let Some(person) = users::by_email(db, &normalise_email(email)).await? else { return Ok(()) };
    if organisations::membership(db, org.id, person.id).await?.is_some() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    if organisations::invite(&mut tx, org.id, person.id, inviter_id, now_ts()).await? {
        let i18n = I18n::new(Locale::parse(&person.locale).unwrap_or(Locale::En));
        let link = format!("{base_url}/{}/{city_slug}/organisations/{}#invitation", i18n.locale.id(), org.id);
        compose::invitation(&i18n, &person.display_name, &org.name, link)
            .enqueue(&mut tx, Some(person.id), &person.email)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The invited person's answer; 404 when no invitation waits.
pub async fn answer(db: &Db, org: &Organisation, user_id: i64, accept: bool) -> AppResult<()> {
    let mut tx = db.begin().await?;
    if !organisations::take_invitation(&mut tx, org.id, user_id).await? {
        return Err(AppError::NotFound);
    }
    if accept {
        organisations::add_member_in(&mut tx, org.id, user_id, now_ts()).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Leaves an organisation. Its last admin cannot leave it without anyone to run it.
pub async fn leave(db: &Db, org: &Organisation, user_id: i64) -> AppResult<()> {
    let role = organisations::membership(db, org.id, user_id).await?.ok_or(AppError::NotFound)?;
    if role && organisations::admin_count(db, org.id).await? <= 1 {
        return Err(AppError::Forbidden);
    }
    let mut tx = db.begin().await?;
    organisations::remove_member(&mut tx, org.id, user_id).await?;
    tx.commit().await?;
    Ok(())
}
