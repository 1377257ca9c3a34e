//! How people, URLs, mails and exports name an item: `C-3`, `P-2`, `K-1`, and `I-7` for an
//! indicator (by its id: indicators are known by their code, which the catalog carries).

use super::feedback::TargetType;

/// A commitment, project or consultation, by its per-city number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Commitment(i64),
    Project(i64),
    Consultation(i64),
    /// A measured indicator, by its id (its page is at its code: see the catalog's path).
    Indicator(i64),
}

impl ItemRef {
    pub fn new(kind: TargetType, number: i64) -> Option<ItemRef> {
        match kind {
            TargetType::Commitment => Some(ItemRef::Commitment(number)),
            TargetType::Project => Some(ItemRef::Project(number)),
            TargetType::Consultation => Some(ItemRef::Consultation(number)),
            TargetType::Indicator => Some(ItemRef::Indicator(number)),
            TargetType::Update => None,
        }
    }

    /// Parses `C-3`, `P-2` or `K-1` (the prefix in either case); numbers start at 1.
    pub fn parse(s: &str) -> Option<ItemRef> {
        let (prefix, number) = s.split_at_checked(2)?;
        let n = number.parse::<i64>().ok().filter(|n| *n > 0)?;
        match prefix {
            "C-" | "c-" => Some(ItemRef::Commitment(n)),
            "P-" | "p-" => Some(ItemRef::Project(n)),
            "K-" | "k-" => Some(ItemRef::Consultation(n)),
            "I-" | "i-" => Some(ItemRef::Indicator(n)),
            _ => None,
        }
    }

    /// The key in an item's URL: `C-3` for commitments, the bare number for the others.
    pub fn from_url_key(kind: TargetType, key: &str) -> Option<ItemRef> {
        match kind {
            TargetType::Commitment => ItemRef::parse(key).filter(|r| r.kind() == TargetType::Commitment),
            _ => ItemRef::new(kind, key.parse::<i64>().ok().filter(|n| *n > 0)?),
        }
    }

    pub fn kind(self) -> TargetType {
        match self {
            ItemRef::Commitment(_) => TargetType::Commitment,
            ItemRef::Project(_) => TargetType::Project,
            ItemRef::Consultation(_) => TargetType::Consultation,
            ItemRef::Indicator(_) => TargetType::Indicator,
        }
    }

    pub fn number(self) -> i64 {
        match self {
            ItemRef::Commitment(n) | ItemRef::Project(n) | ItemRef::Consultation(n) | ItemRef::Indicator(n) => n,
        }
    }

    /// The path of the item's page after `/{locale}`.
    pub fn path(self, city_slug: &str) -> String {
        format!("/{city_slug}/{}", self.city_path())
    }

    /// The path within the city's pages: `commitments/C-3`, `projects/2`, `consultations/1`.
    pub fn city_path(self) -> String {
        match self {
            ItemRef::Commitment(_) => format!("commitments/{self}"),
            ItemRef::Project(n) => format!("projects/{n}"),
            ItemRef::Consultation(n) => format!("consultations/{n}"),
            // The indicator page also answers to its reference (it redirects to the code).
            ItemRef::Indicator(_) => format!("indicators/{self}"),
        }
    }
}

impl std::fmt::Display for ItemRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let prefix = match self {
            ItemRef::Commitment(_) => "C",
            ItemRef::Project(_) => "P",
            ItemRef::Consultation(_) => "K",
            ItemRef::Indicator(_) => "I",
        };
        write!(f, "{prefix}-{}", self.number())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_kind() {
        for s in ["C-3", "P-12", "K-1"] {
            assert_eq!(ItemRef::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(ItemRef::parse("c-7"), Some(ItemRef::Commitment(7)));
        for bad in ["", "C-", "C-0", "C--1", "X-1", "C-1x", "3", "P-99999999999999999999"] {
            assert_eq!(ItemRef::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn url_keys_follow_the_routes() {
        assert_eq!(ItemRef::from_url_key(TargetType::Commitment, "C-2"), Some(ItemRef::Commitment(2)));
        assert_eq!(ItemRef::from_url_key(TargetType::Commitment, "P-2"), None);
        assert_eq!(ItemRef::from_url_key(TargetType::Project, "4"), Some(ItemRef::Project(4)));
        assert_eq!(ItemRef::from_url_key(TargetType::Consultation, "K-4"), None);
        assert_eq!(ItemRef::Project(4).path("x"), "/x/projects/4");
        assert_eq!(ItemRef::Commitment(4).path("x"), "/x/commitments/C-4");
    }
}
