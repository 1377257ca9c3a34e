//! Atom feeds (RFC 4287) of updates and official responses, for a city, a commitment and a
//! project; and of official responses and the outcome, for a consultation.

use super::extract::load_city;
use super::Ctx;
use crate::db::{comments, commitments, consultations, projects, updates};
use crate::domain::feedback::TargetType;
use crate::domain::items::ItemRef;
use crate::domain::{now_ts, parse_commitment_ref, Translated};
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
        // Official responses link to the page of their commitment, project or consultation.
        let path = catalog
            .get_by_name(&c.target_type, c.target_id)
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

/// The number in `/projects/{number}` or `/consultations/{number}`, if it is one.
fn item_number(kind: TargetType, key: &str) -> Option<i64> {
    ItemRef::from_url_key(kind, key).map(ItemRef::number)
}

/// `GET /{locale}/{city}/projects/{number}/feed.atom`: the project's updates and official responses.
pub async fn project_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let not_found = || AppError::ProjectNotFound(slug.clone());
    let n = item_number(TargetType::Project, &number).ok_or_else(not_found)?;
    let p = projects::by_ref(&state.db, city.id, n).await?.ok_or_else(not_found)?;
    let base = &state.config.base_url;
    let path = format!("/{}/projects/{}", city.slug, p.ref_no);
    let mut entries: Vec<Entry> =
        updates::for_project(&state.db, p.id).await?.iter().map(|u| update_entry(&ctx, base, &city, u)).collect();
    for r in comments::official_responses(&state.db, city.id, Some((TargetType::Project.id(), p.id)), 100).await? {
        entries.push(response_entry(&ctx, base, &path, &r));
    }
    let title = format!("P-{} {}", p.ref_no, Shown::of(&p.title(), ctx.locale, city.default_locale()).text);
    let self_link = format!("{base}{}", ctx.link(&format!("{path}/feed.atom")));
    let alternate = format!("{base}{}", ctx.link(&path));
    Ok(atom(&self_link, &title, &self_link, &alternate, &mut entries))
}

/// `GET /{locale}/{city}/consultations/{number}/feed.atom`: official responses in the
/// consultation and, once it has closed, its outcome (dated at the closing).
pub async fn consultation_feed(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let n = item_number(TargetType::Consultation, &number).ok_or(AppError::NotFound)?;
    let k = consultations::by_ref(&state.db, city.id, n).await?.ok_or(AppError::NotFound)?;
    let base = &state.config.base_url;
    let path = format!("/{}/consultations/{}", city.slug, k.ref_no);
    let shown = |json: &str| Shown::of(&Translated::from_json(json), ctx.locale, city.default_locale()).text;
    let title = shown(&k.title);
    let mut entries = Vec::new();
    for r in comments::official_responses(&state.db, city.id, Some((TargetType::Consultation.id(), k.id)), 100).await? {
        entries.push(response_entry(&ctx, base, &path, &r));
    }
    let (heard, actions) = (shown(&k.outcome_heard), shown(&k.outcome_actions));
    let closed = k.phase(now_ts()) == consultations::Phase::Closed;
    if closed && !(heard.trim().is_empty() && actions.trim().is_empty()) {
        let link = format!("{base}{}", ctx.link(&format!("{path}#outcome")));
        entries.push(Entry {
            id: link.clone(),
            title: format!("{}: {title}", ctx.i18n.t("consultation-outcome")),
            link,
            updated: k.closes_at,
            author: Shown::of(&city.name(), ctx.locale, city.default_locale()).text,
            content: format!(
                "{}\n{heard}\n\n{}\n{actions}",
                ctx.i18n.t("consultation-heard"),
                ctx.i18n.t("consultation-actions")
            ),
        });
    }
    let title = format!("K-{} {title}", k.ref_no);
    let self_link = format!("{base}{}", ctx.link(&format!("{path}/feed.atom")));
    let alternate = format!("{base}{}", ctx.link(&path));
    Ok(atom(&self_link, &title, &self_link, &alternate, &mut entries))
}
