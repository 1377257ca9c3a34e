//! Roles in a city and organisation verification: city admin actions, each with its audit row
//! in the same transaction.

use crate::db::{audit, organisations, roles, users, Db};
use crate::domain::accounts::{normalise_email, Role};
use crate::domain::now_ts;
use crate::error::{AppError, AppResult, FieldErrors};

/// Gives the person with this address a role in the city.
pub async fn grant_role(db: &Db, city_id: i64, actor: i64, email: &str, role: Option<Role>) -> AppResult<()> {
    let mut errors = FieldErrors::default();
    if role.is_none() {
        errors.add("role", "form-invalid-choice");
    }
    let person = users::by_email(db, &normalise_email(email)).await?;
    if person.is_none() {
        errors.add("email", "form-no-such-person");
    }
    let (Some(role), Some(person)) = (role, person) else { return Err(AppError::Invalid(errors)) };
    let mut tx = db.begin().await?;
    roles::grant_in(&mut tx, person.id, city_id, role, now_ts()).await?;
    audit::record(&mut tx, Some(city_id), Some(actor), &format!("role.grant.{}", role.id()), &person.email).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes a role away; nothing happens (and nothing is audited) when the person did not hold it.
pub async fn revoke_role(db: &Db, city_id: i64, actor: i64, user_id: i64, role: Role) -> AppResult<()> {
    let who = users::by_id(db, user_id).await?.map(|u| u.email).unwrap_or_default();
    let mut tx = db.begin().await?;
    if roles::revoke_in(&mut tx, user_id, city_id, role).await? {
        audit::record(&mut tx, Some(city_id), Some(actor), &format!("role.revoke.{}", role.id()), &who).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The city's decision on an organisation's request to be verified.
#[derive(Clone, Copy)]
pub enum Verification {
    Verified,
    Rejected,
}

impl Verification {
    pub fn parse(s: &str) -> Option<Verification> {
        match s {
            "verified" => Some(Verification::Verified),
            "rejected" => Some(Verification::Rejected),
            _ => None,
        }
    }
    fn id(self) -> &'static str {
        match self {
            Verification::Verified => "verified",
            Verification::Rejected => "rejected",
        }
    }
}

/// The city admin's decision on an organisation; the person who asked is mailed.
pub async fn decide_organisation(
    db: &Db,
    base_url: &str,
    city: &crate::db::cities::City,
    actor: i64,
    organisation_id: i64,
    decision: Verification,
) -> AppResult<()> {
    let org = organisations::by_id(db, city.id, organisation_id).await?.ok_or(AppError::NotFound)?;
    let mut tx = db.begin().await?;
    organisations::set_status_in(&mut tx, org.id, decision.id(), actor, now_ts()).await?;
    audit::record(&mut tx, Some(city.id), Some(actor), &format!("organisation.{}", decision.id()), &org.name).await?;
    let verified = matches!(decision, Verification::Verified);
    super::organisations::mail_decision(&mut tx, db, base_url, city, &org, verified).await?;
    tx.commit().await?;
    Ok(())
}
