//! Finding items by reference, and the catalog that names them everywhere else.

pub use crate::db::items::{ItemCatalog, ItemEntry};

use crate::db::cities::{self, City, ItemTable};
use crate::db::{commitments, consultations, projects, Db};
use crate::domain::items::ItemRef;
use crate::domain::now_ts;
use crate::services::feedback::Target;

/// The city named by `slug` (None if there is none) and its item `item` as a comment target,
/// in one round trip for commitments, projects and consultations.
pub async fn find_with_city(db: &Db, slug: &str, item: ItemRef) -> sqlx::Result<Option<(City, Option<Target>)>> {
    let table = match item {
        ItemRef::Commitment(_) => ItemTable::Commitments,
        ItemRef::Project(_) => ItemTable::Projects,
        ItemRef::Consultation(_) => ItemTable::Consultations,
        ItemRef::Indicator(_) => {
            let Some(city) = cities::by_slug(db, slug).await? else { return Ok(None) };
            let target = find(db, &city, item).await?;
            return Ok(Some((city, target)));
        }
    };
    let Some(found) = cities::with_item(db, slug, table, item.number()).await? else { return Ok(None) };
    let phase = match (found.item_opens_at, found.item_closes_at) {
        (Some(opens_at), Some(closes_at)) => Some(consultations::Phase::at(opens_at, closes_at, now_ts())),
        _ => None,
    };
    let target = found.item_id.map(|id| Target {
        kind: item.kind(),
        id,
        label: item.to_string(),
        path: item.path(&found.city.slug),
        phase,
    });
    Ok(Some((found.city, target)))
}

/// The item `item` of `city` as a comment target, reading one row.
pub async fn find(db: &Db, city: &City, item: ItemRef) -> sqlx::Result<Option<Target>> {
    let n = item.number();
    let found = match item {
        ItemRef::Commitment(_) => commitments::id_by_ref(db, city.id, n).await?.map(|id| (id, None)),
        ItemRef::Project(_) => projects::by_ref(db, city.id, n).await?.map(|p| (p.id, None)),
        ItemRef::Consultation(_) => {
            consultations::by_ref(db, city.id, n).await?.map(|k| (k.id, Some(k.phase(now_ts()))))
        }
        ItemRef::Indicator(_) => {
            // Indicators are named by their code: its page is the target's page.
            let found = crate::db::indicators::by_id(db, city.id, n).await?;
            return Ok(found.map(|i| Target {
                kind: item.kind(),
                id: i.id,
                label: i.code.clone(),
                path: format!("/{}/indicators/{}", city.slug, i.code),
                phase: None,
            }));
        }
    };
    Ok(found.map(|(id, phase)| Target {
        kind: item.kind(),
        id,
        label: item.to_string(),
        path: item.path(&city.slug),
        phase,
    }))
}
