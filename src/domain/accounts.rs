//! Account rules: addresses, passwords, roles.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Lower-cased and trimmed: addresses are compared case-insensitively.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A deliberately simple check: one `@`, something on each side, a dot in the domain,
/// no spaces or control characters. The verification mail is the real test.
pub fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == '"')
}

pub const MIN_PASSWORD_CHARS: usize = 10;
/// Argon2 work grows with input; cap what a request can make the server hash.
pub const MAX_PASSWORD_CHARS: usize = 256;

const COMMON_PASSWORDS: &str = include_str!("common_passwords.txt");

/// Why a password is refused, as a Fluent key.
pub fn password_problem(password: &str, email: &str) -> Option<&'static str> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Some("form-password-too-short");
    }
    if chars > MAX_PASSWORD_CHARS {
        return Some("form-too-long");
    }
    let lower = password.to_lowercase();
    if COMMON_PASSWORDS.lines().any(|common| common.trim() == lower) {
        return Some("form-password-common");
    }
    if !email.is_empty() && lower == normalise_email(email) {
        return Some("form-password-common");
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Moderator,
    Staff,
    CityAdmin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Moderator, Role::Staff, Role::CityAdmin];
    pub fn id(self) -> &'static str {
        match self {
            Role::Moderator => "moderator",
            Role::Staff => "staff",
            Role::CityAdmin => "city_admin",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.id() == s)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// What a person may do in one city. City admins can do everything staff and moderators
/// can; site admins can do everything everywhere. Staff and moderators are separate duties.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Permissions {
    pub publish: bool,
    pub moderate: bool,
    pub manage_people: bool,
}

impl Permissions {
    pub fn from_roles(roles: &[Role], site_admin: bool) -> Self {
        let admin = site_admin || roles.contains(&Role::CityAdmin);
        Permissions {
            publish: admin || roles.contains(&Role::Staff),
            moderate: admin || roles.contains(&Role::Moderator),
            manage_people: admin,
        }
    }
    pub fn any(self) -> bool {
        self.publish || self.moderate || self.manage_people
    }
    /// `any` for use as a `fn(&Permissions) -> bool`.
    pub fn any_ref(&self) -> bool {
        self.any()
    }
}

/// Every action the audit log records, without its detail (`role.grant` of `role.grant.staff`).
pub const AUDIT_ACTIONS: &[&str] = &[
    "city.create",
    "city.settings",
    "city.logo",
    "department.add",
    "department.remove",
    "role.grant",
    "role.revoke",
    "organisation.verified",
    "organisation.rejected",
    "commitment.create",
    "commitment.edit",
    "project.create",
    "project.edit",
    "update.publish",
    "consultation.save",
    "comment.official_response",
    "comment.offline",
    "comment.hide",
    "comment.restore",
    "comment.approve",
    "comment.dismiss_flags",
    "challenge.upheld",
    "challenge.rejected",
    "import.commitments",
    "import.projects",
    "import.indicator-values",
    "indicator.create",
    "indicator.value",
    "question.add",
    "question.edit",
    "question.move",
    "question.delete",
    "questionnaire.live-results",
    "questionnaire.offline",
    "answer.hide",
    "answer.restore",
];

/// Splits a recorded action into its kind and detail: `role.grant.staff` → (`role.grant`, `staff`).
pub fn audit_action_parts(action: &str) -> (&str, Option<&str>) {
    match AUDIT_ACTIONS
        .iter()
        .find(|a| action.strip_prefix(*a).is_some_and(|rest| rest.is_empty() || rest.starts_with('.')))
    {
        Some(base) => (base, action.get(base.len() + 1..).filter(|d| !d.is_empty())),
        None => (action, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(normalise_email("  Amina@Example.ORG "), "amina@example.org");
        assert!(valid_email("amina@example.org"));
        assert!(!valid_email("amina@localhost"));
        assert!(!valid_email("a b@example.org"));
        assert!(!valid_email("@example.org"));
    }

    #[test]
    fn passwords() {
        assert_eq!(password_problem("short", ""), Some("form-password-too-short"));
        assert_eq!(password_problem("Password123", ""), Some("form-password-common"));
        assert_eq!(password_problem("1234567890", ""), Some("form-password-common"));
        assert_eq!(password_problem("mangrove-lanes-2031", ""), None);
    }

    #[test]
    fn permissions() {
        let p = Permissions::from_roles(&[Role::Staff], false);
        assert!(p.publish && !p.moderate && !p.manage_people);
        let p = Permissions::from_roles(&[], true);
        assert!(p.publish && p.moderate && p.manage_people);
        assert!(!Permissions::from_roles(&[], false).any());
    }
}
