//! The item catalog: every commitment, project, consultation and indicator of a city with its reference,
//! page, title, thematic areas, SDGs and department. Staff write these, so even a large city
//! has few; one catalog serves every place that names or links the items feedback is about
//! (queues, selects, feeds, reports, open data, search documents).

use super::cities::{self, City};
use super::{commitments, consultations, projects, Db};
use crate::domain::feedback::TargetType;
use crate::domain::items::ItemRef;
use crate::domain::Translated;
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct ItemEntry {
    pub item: ItemRef,
    pub id: i64,
    pub city_id: i64,
    /// The city's slug.
    pub city: String,
    /// Path of its page after `/{locale}`.
    pub path: String,
    pub title: Translated,
    pub themes: Vec<String>,
    pub sdgs: Vec<i64>,
    /// Responsible department (commitments; empty otherwise).
    pub department: String,
}

#[derive(Default)]
pub struct ItemCatalog {
    items: HashMap<(TargetType, i64), ItemEntry>,
    /// Entries in reference order, for selects and listings.
    order: Vec<(TargetType, i64)>,
    pub city_slugs: HashMap<i64, String>,
}

impl ItemCatalog {
    /// Every city's items.
    pub async fn load(db: &Db) -> sqlx::Result<ItemCatalog> {
        let mut cat = ItemCatalog::default();
        for city in cities::list(db).await? {
            cat.add_city(db, &city).await?;
        }
        Ok(cat)
    }

    /// One city's items.
    pub async fn for_city(db: &Db, city: &City) -> sqlx::Result<ItemCatalog> {
        let mut cat = ItemCatalog::default();
        cat.add_city(db, city).await?;
        Ok(cat)
    }

    async fn add_city(&mut self, db: &Db, city: &City) -> sqlx::Result<()> {
        self.city_slugs.insert(city.id, city.slug.clone());
        let entry = |item: ItemRef, id: i64, title: Translated| ItemEntry {
            item,
            id,
            city_id: city.id,
            city: city.slug.clone(),
            path: item.path(&city.slug),
            title,
            themes: vec![],
            sdgs: vec![],
            department: String::new(),
        };
        for c in commitments::list(db, city.id, &Default::default()).await? {
            let mut e = entry(ItemRef::Commitment(c.row.ref_no), c.row.id, c.title());
            e.themes = c.themes.clone();
            e.sdgs = c.sdgs.clone();
            e.department = c.row.department.clone();
            self.insert(TargetType::Commitment, e);
        }
        let links = projects::commitment_links(db, city.id).await?;
        for p in projects::list(db, city.id, None).await? {
            let mut e = entry(ItemRef::Project(p.ref_no), p.id, p.title());
            // A project serves the thematic areas and SDGs of the commitments it delivers.
            for (_, commitment_id) in links.iter().filter(|(project_id, _)| *project_id == p.id) {
                if let Some(c) = self.items.get(&(TargetType::Commitment, *commitment_id)) {
                    e.themes.extend(c.themes.iter().cloned());
                    e.sdgs.extend(c.sdgs.iter().copied());
                }
            }
            e.themes.sort();
            e.themes.dedup();
            e.sdgs.sort_unstable();
            e.sdgs.dedup();
            self.insert(TargetType::Project, e);
        }
        for k in consultations::list(db, city.id).await? {
            let mut e = entry(ItemRef::Consultation(k.ref_no), k.id, k.title());
            // A consultation inherits them from the item it is about.
            let about = k
                .commitment_id
                .map(|id| (TargetType::Commitment, id))
                .or(k.project_id.map(|id| (TargetType::Project, id)));
            if let Some(a) = about.and_then(|a| self.items.get(&a)) {
                e.themes = a.themes.clone();
                e.sdgs = a.sdgs.clone();
            }
            self.insert(TargetType::Consultation, e);
        }
        for i in super::indicators::for_city(db, city.id).await? {
            let mut e = entry(ItemRef::Indicator(i.id), i.id, i.name());
            // Named by its code, which is also its page's address.
            e.path = format!("/{}/indicators/{}", city.slug, i.code);
            e.department = i.department.clone();
            self.insert(TargetType::Indicator, e);
        }
        Ok(())
    }

    fn insert(&mut self, kind: TargetType, e: ItemEntry) {
        self.order.push((kind, e.id));
        self.items.insert((kind, e.id), e);
    }

    /// The item a comment, follow or change names by (type, id).
    pub fn get(&self, kind: TargetType, id: i64) -> Option<&ItemEntry> {
        self.items.get(&(kind, id))
    }

    /// Like `get`, with the type as stored in a column (`"commitment"`, …).
    pub fn get_by_name(&self, kind: &str, id: i64) -> Option<&ItemEntry> {
        self.get(TargetType::parse(kind)?, id)
    }

    /// The entry with this reference in `city_id`.
    pub fn by_ref(&self, city_id: i64, item: ItemRef) -> Option<&ItemEntry> {
        self.entries().find(|e| e.city_id == city_id && e.item == item)
    }

    /// Every entry: commitments, then projects, then consultations, each in reference order.
    pub fn entries(&self) -> impl Iterator<Item = &ItemEntry> {
        self.order.iter().filter_map(|k| self.items.get(k))
    }
}
