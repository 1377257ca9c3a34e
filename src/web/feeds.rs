//! Atom feeds (RFC 4287) of updates and official responses, for a city and for a commitment.

use super::extract::load_city;
use super::Ctx;
use crate::db::{comments, commitments, updates};
use crate::domain::feedback::TargetType;
use crate::domain::items::ItemRef;
use crate::domain::parse_commitment_ref;
use crate::error::{AppError, AppResult};
use crate::services::items::ItemCatalog;
use crate::state::AppState;
use crate::views::atom::Entry;
use crate::views::Shown;
use axum::extract::{Path, State};
use axum::response::Response;

fn atom(id: &str, title: &str, self_link: &str, alternate: &str, entries: &mut [Entry]) -> Response {
    crate::views::atom::response(id, title, self_link, alternate, entries)
}

fn update_entry(ctx: &Ctx, base: &str, city: &crate::db::cities::City, u: &updates::Update) -> Entry {
    let page = ItemRef::parse(&u.target).map(|r| r.path(&city.slug)).unwrap_or_else(|| format!("/{}/", city.slug));
    let link = format!("{base}{}", ctx.link(&format!("{page}#update-{}", u.seq)));
    let text = Shown::of(&u.text(), ctx.locale, city.default_locale()).text;
    Entry {
        id: link.clone(),
        title: format!("{} #{} · {} · {}%", u.target, u.seq, ctx.i18n.status(&u.status), u.progress),
        link,
        updated: u.created_at,
        author: u.publisher.clone(),
        content: format!("{text}\n\n{}: {}", ctx.i18n.t("update-hash"), u.hash),
    }
}

fn response_entry(ctx: &Ctx, base: &str, path: &str, c: &comments::Comment) -> Entry {
    let link = format!("{base}{}", ctx.link(&format!("{path}#comment-{}", c.id)));
    let department = c.department.clone().unwrap_or_default();
    Entry {
        id: link.clone(),
        title: format!("{}: {}", ctx.i18n.t("comment-official"), department),
        link,
        updated: c.created_at,
        author: department,
        content: c.body.clone(),
    }
}

pub async fn city_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let base = &state.config.base_url;
    let mut entries: Vec<Entry> = updates::latest_for_city(&state.db, city.id, 50)
        .await?
        .iter()
        .map(|u| update_entry(&ctx, base, &city, u))
        .collect();
    let catalog = ItemCatalog::for_city(&state.db, &city).await?;
    for c in comments::official_responses(&state.db, city.id, None, 50).await? {
        // Official responses on commitments link to their page; others to the city.
        let path = catalog
            .get_by_name(&c.target_type, c.target_id)
            .filter(|e| e.item.kind() == TargetType::Commitment)
            .map(|e| e.path.clone())
            .unwrap_or_else(|| format!("/{}/", city.slug));
        entries.push(response_entry(&ctx, base, &path, &c));
    }
    let name = Shown::of(&city.name(), ctx.locale, city.default_locale()).text;
    let self_link = format!("{base}{}", ctx.link(&format!("/{}/feed.atom", city.slug)));
    let alternate = format!("{base}{}", ctx.link(&format!("/{}/", city.slug)));
    Ok(atom(
        &self_link,
        &format!("{name} · {}", ctx.i18n.t("city-latest-updates")),
        &self_link,
        &alternate,
        &mut entries,
    ))
}

pub async fn commitment_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, reference)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let not_found = || AppError::CommitmentNotFound(slug.clone(), reference.clone());
    let n = parse_commitment_ref(&reference).ok_or_else(not_found)?;
    let c = commitments::by_ref(&state.db, city.id, n).await?.ok_or_else(not_found)?;
    let base = &state.config.base_url;
    let path = format!("/{}/commitments/{}", city.slug, c.reference());
    let mut entries: Vec<Entry> = updates::for_commitment(&state.db, c.row.id)
        .await?
        .iter()
        .map(|u| update_entry(&ctx, base, &city, u))
        .collect();
    for r in
        comments::official_responses(&state.db, city.id, Some((TargetType::Commitment.id(), c.row.id)), 100).await?
    {
        entries.push(response_entry(&ctx, base, &path, &r));
    }
    let title = format!("{} {}", c.reference(), Shown::of(&c.title(), ctx.locale, city.default_locale()).text);
    let self_link = format!("{base}{}", ctx.link(&format!("{path}/feed.atom")));
    let alternate = format!("{base}{}", ctx.link(&path));
    Ok(atom(&self_link, &title, &self_link, &alternate, &mut entries))
}
