//! Membership of civil-society organisations, with the person's consent: an organisation's
//! admin invites by address, the person accepts or declines, and a member can leave.

use crate::db::cities::City;
use crate::db::organisations::{self, Organisation};
use crate::db::{changes, roles, users, Db, Tx};
use crate::domain::accounts::normalise_email;
use crate::domain::{now_ts, valid_http_url, Locale};
use crate::error::{AppError, AppResult, FieldErrors};
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
    changes::record(&mut tx, "organisation", org.id, "upsert").await?;
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
    changes::record(&mut tx, "organisation", org.id, "upsert").await?;
    tx.commit().await?;
    Ok(())
}

pub struct OrganisationRequest {
    pub name: String,
    pub website: String,
    pub description: String,
}

/// A resident asks for an organisation's profile; the city's administrators are mailed.
pub async fn request(
    db: &Db,
    base_url: &str,
    city: &City,
    requester_id: i64,
    r: &OrganisationRequest,
) -> AppResult<i64> {
    let (name, website, description) = (r.name.trim(), r.website.trim(), r.description.trim());
    let mut errors = FieldErrors::default();
    if name.is_empty() {
        errors.add("name", "form-required");
    } else if name.chars().count() > 200 {
        errors.add("name", "form-too-long");
    }
    if !website.is_empty() && !valid_http_url(website) {
        errors.add("website", "form-invalid-website");
    }
    if description.chars().count() > 5000 {
        errors.add("description", "form-too-long");
    }
    errors.into_result()?;
    let admins: Vec<_> = roles::holders(db, city.id).await?.into_iter().filter(|h| h.role == "city_admin").collect();
    let mut tx = db.begin().await?;
    let id = organisations::insert_in(&mut tx, city.id, name, website, description, requester_id, now_ts()).await?;
    for admin in admins {
        let Some(person) = users::by_id(db, admin.user_id).await? else { continue };
        let i18n = I18n::new(Locale::parse(&person.locale).unwrap_or(Locale::En));
        let link = format!("{base_url}/{}/{}/admin/organisations", i18n.locale.id(), city.slug);
        compose::organisation_requested(&i18n, &person.display_name, name, link)
            .enqueue(&mut tx, Some(person.id), &person.email)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Tells the person who asked for the profile what the city decided (in the decision's transaction).
pub async fn mail_decision(
    tx: &mut Tx,
    db: &Db,
    base_url: &str,
    city: &City,
    org: &Organisation,
    verified: bool,
) -> AppResult<()> {
    let Some(requester) = organisations::requester(db, org.id).await? else { return Ok(()) };
    let Some(person) = users::by_id(db, requester).await? else { return Ok(()) };
    let i18n = I18n::new(Locale::parse(&person.locale).unwrap_or(Locale::En));
    let link = format!("{base_url}/{}/{}/organisations/{}", i18n.locale.id(), city.slug, org.id);
    compose::organisation_decided(&i18n, &person.display_name, &org.name, verified, link)
        .enqueue(tx, Some(person.id), &person.email)
        .await?;
    Ok(())
}
