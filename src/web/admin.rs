//! `/{locale}/{city}/admin/…`: the staff dashboard, roles, publishing commitments, projects and
//! updates, organisations and the audit log. The `Staff<Role>` extractor checks the person's
//! role in this city before a handler runs.

use super::extract::{AnyRole, PeopleManager, Publisher, Staff};
use super::forms::{merge, parse_number, translated, translated_values, CsrfForm};
use super::pages::{admin_page, item_options};
use super::{render, render_form, Ctx};
use crate::db::audit::AuditFilter;
use crate::db::cities::City;
use crate::db::{audit, commitments, organisations, projects, roles, Db};
use crate::domain::accounts::Role;
use crate::domain::items::ItemRef;
use crate::domain::{parse_commitment_ref, Status, Theme, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::items::ItemCatalog;
use crate::services::people::{self, Verification};
use crate::services::publishing::{self, CommitmentInput, ProjectInput, Target, UpdateInput};
use crate::state::AppState;
use crate::views::admin::*;
use crate::views::forms::FormState;
use crate::views::Shown;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

fn back_to(ctx: &Ctx, city: &City, path: &str) -> Response {
    Redirect::to(&ctx.link(&format!("/{}/admin/{path}", city.slug))).into_response()
}

pub async fn dashboard(ctx: Ctx, State(state): State<AppState>, staff: Staff<AnyRole>) -> AppResult<Response> {
    let default = staff.city.default_locale();
    let city_id = staff.city.id;
    let all_commitments = commitments::list(&state.db, city_id, &Default::default()).await?;
    let today = crate::domain::today_utc();
    let commitments =
        all_commitments.iter().map(|c| (c.reference(), Shown::of(&c.title(), ctx.locale, default).text)).collect();
    let projects = projects::list(&state.db, city_id, None)
        .await?
        .iter()
        .map(|p| (p.ref_no, Shown::of(&p.title(), ctx.locale, default).text))
        .collect();
    let now = crate::domain::now_ts();
    let consultations: Vec<ConsultationRow> = crate::db::consultations::list(&state.db, city_id)
        .await?
        .iter()
        .map(|k| ConsultationRow {
            number: k.ref_no,
            title: Shown::of(&k.title(), ctx.locale, default).text,
            phase: k.phase(now).id(),
            needs_outcome: k.phase(now) == crate::db::consultations::Phase::Closed
                && crate::domain::Translated::from_json(&k.outcome_heard).is_empty(),
        })
        .collect();
    let work = crate::db::comments::work_counts(&state.db, city_id).await?;
    // Indicators silent for a year (or never measured), the longest silent first.
    let year_ago = (chrono::Utc::now().date_naive() - chrono::Days::new(STALE_AFTER_DAYS)).to_string();
    let mut stale_indicators: Vec<StaleIndicator> = crate::db::indicators::latest_value_dates(&state.db, city_id)
        .await?
        .into_iter()
        .filter(|(_, _, latest)| latest.as_deref().is_none_or(|d| d < year_ago.as_str()))
        .map(|(code, name, latest)| StaleIndicator {
            code,
            name: Shown::of(&Translated::from_json(&name), ctx.locale, default).text,
            latest,
        })
        .collect();
    stale_indicators.sort_by(|a, b| a.latest.cmp(&b.latest));
    // Open challenges, overdue first: the city owes these an answer.
    let catalog = crate::services::items::ItemCatalog::for_city(&state.db, &staff.city).await?;
    let mut challenges: Vec<crate::views::pages::ChallengeCard> = crate::db::challenges::for_city(&state.db, city_id)
        .await?
        .iter()
        .filter(|c| c.state == crate::domain::feedback::ChallengeState::Open)
        .filter_map(|c| {
            let e = catalog.get_by_name(&c.target_type, c.target_id)?;
            Some(crate::views::pages::ChallengeCard::new(c, &staff.city, now, e.item.to_string(), ctx.link(&e.path)))
        })
        .collect();
    challenges.sort_by_key(|c| c.state != "overdue");
    let count = |n: usize| n as i64;
    let counts = DashboardCounts {
        awaiting: work.awaiting,
        flags: work.flagged,
        held: work.held,
        open_challenges: count(challenges.len()),
        overdue_challenges: count(challenges.iter().filter(|c| c.state == "overdue").count()),
        needs_outcome: count(consultations.iter().filter(|k| k.needs_outcome).count()),
        stale_indicators: count(stale_indicators.len()),
        open_consultations: count(consultations.iter().filter(|k| k.phase == "open").count()),
        overdue: count(all_commitments.iter().filter(|c| c.is_overdue(&today)).count()),
    };
    let mut page = admin_page(&ctx, &staff.city, ctx.i18n.t("admin-title"));
    if let Some(n) = notice(&ctx, &state).await {
        page.notice = Some(n);
    }
    render(&DashboardView {
        page,
        perms: staff.perms,
        commitments,
        projects,
        consultations,
        counts,
        challenges,
        stale_indicators,
    })
}

/// An indicator without a value for this many days is listed as waiting for one.
const STALE_AFTER_DAYS: u64 = 365;

/// After a redirect: `?done=…` shows a confirmation.
async fn notice(ctx: &Ctx, _state: &AppState) -> Option<String> {
    ctx.path_rest.contains("done=").then(|| ctx.i18n.t("admin-done"))
}

// --- people and roles ---

async fn people_page(ctx: &Ctx, state: &AppState, city: &City, form: FormState) -> AppResult<Response> {
    let holders = roles::holders(&state.db, city.id).await?;
    let has_errors = form.has_errors();
    let mut page = admin_page(ctx, city, ctx.i18n.t("admin-people"));
    if !has_errors {
        page.notice = notice(ctx, state).await;
    }
    let view = PeopleView { page, holders, form };
    render_form(&view, has_errors)
}

pub async fn people(ctx: Ctx, State(state): State<AppState>, staff: Staff<PeopleManager>) -> AppResult<Response> {
    people_page(&ctx, &state, &staff.city, FormState::default()).await
}

pub async fn grant(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    form: CsrfForm,
) -> AppResult<Response> {
    let role = Role::parse(form.get("role"));
    match people::grant_role(&state.db, staff.city.id, staff.user_id, form.get("email"), role).await {
        Ok(()) => Ok(back_to(&ctx, &staff.city, "people?done=1")),
        Err(AppError::Invalid(errors)) => {
            people_page(&ctx, &state, &staff.city, FormState::new(form.redisplay(), errors)).await
        }
        Err(e) => Err(e),
    }
}

pub async fn revoke(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    form: CsrfForm,
) -> AppResult<Response> {
    let role = Role::parse(form.get("role")).ok_or(AppError::BadRequest)?;
    let user_id: i64 = form.get("user_id").parse().map_err(|_| AppError::BadRequest)?;
    people::revoke_role(&state.db, staff.city.id, staff.user_id, user_id, role).await?;
    Ok(back_to(&ctx, &staff.city, "people?done=1"))
}

// --- commitments and projects ---

/// What commitments and projects share on the staff side: a form, its parsed input, and
/// create or edit through the publishing service (which writes the audit row).
#[allow(async_fn_in_trait)] // implemented only here, used with concrete types
pub trait Publishable {
    type Input;
    /// The item's number from its URL key, or its translated 404.
    fn number_in_url(city_slug: &str, key: &str) -> AppResult<i64>;
    const NEW_HEADING: &'static str;
    const EDIT_HEADING: &'static str;
    fn item(n: i64) -> ItemRef;
    fn parse(form: &CsrfForm) -> (Self::Input, FieldErrors);
    /// Creates (`existing` None) or edits; the item's number, or None when it does not exist.
    async fn save(
        db: &Db,
        city_id: i64,
        existing: Option<i64>,
        input: &Self::Input,
        actor: i64,
    ) -> AppResult<Option<i64>>;
    async fn form_page(
        ctx: &Ctx,
        state: &AppState,
        city: &City,
        heading: String,
        action: &str,
        form: FormState,
    ) -> AppResult<Response>;
}

pub struct CommitmentItem;
pub struct ProjectItem;

impl Publishable for CommitmentItem {
    type Input = CommitmentInput;
    const NEW_HEADING: &'static str = "admin-new-commitment";
    const EDIT_HEADING: &'static str = "admin-edit-commitment";
    fn number_in_url(city_slug: &str, key: &str) -> AppResult<i64> {
        parse_commitment_ref(key).ok_or_else(|| AppError::CommitmentNotFound(city_slug.into(), key.into()))
    }
    fn item(n: i64) -> ItemRef {
        ItemRef::Commitment(n)
    }
    fn parse(form: &CsrfForm) -> (CommitmentInput, FieldErrors) {
        commitment_input(form)
    }
    async fn save(
        db: &Db,
        city_id: i64,
        existing: Option<i64>,
        input: &CommitmentInput,
        actor: i64,
    ) -> AppResult<Option<i64>> {
        Ok(match existing {
            None => Some(publishing::create_commitment(db, city_id, input, Some(actor)).await?),
            Some(n) => publishing::edit_commitment(db, city_id, n, input, Some(actor)).await?.then_some(n),
        })
    }
    async fn form_page(
        ctx: &Ctx,
        state: &AppState,
        city: &City,
        heading: String,
        action: &str,
        form: FormState,
    ) -> AppResult<Response> {
        commitment_form(ctx, state, city, heading, action.to_string(), form).await
    }
}

impl Publishable for ProjectItem {
    type Input = ProjectInput;
    const NEW_HEADING: &'static str = "admin-new-project";
    const EDIT_HEADING: &'static str = "admin-edit-project";
    fn number_in_url(city_slug: &str, key: &str) -> AppResult<i64> {
        key.parse().ok().filter(|n: &i64| *n > 0).ok_or_else(|| AppError::ProjectNotFound(city_slug.into()))
    }
    fn item(n: i64) -> ItemRef {
        ItemRef::Project(n)
    }
    fn parse(form: &CsrfForm) -> (ProjectInput, FieldErrors) {
        project_input(form)
    }
    async fn save(
        db: &Db,
        city_id: i64,
        existing: Option<i64>,
        input: &ProjectInput,
        actor: i64,
    ) -> AppResult<Option<i64>> {
        Ok(match existing {
            None => Some(publishing::create_project(db, city_id, input, Some(actor)).await?),
            Some(n) => publishing::edit_project(db, city_id, n, input, Some(actor)).await?.then_some(n),
        })
    }
    async fn form_page(
        ctx: &Ctx,
        state: &AppState,
        city: &City,
        heading: String,
        action: &str,
        form: FormState,
    ) -> AppResult<Response> {
        project_form(ctx, state, city, heading, action.to_string(), form).await
    }
}

/// Create or edit, then the item's page; the form again with 422 on errors.
async fn save_item<K: Publishable>(
    ctx: &Ctx,
    state: &AppState,
    staff: &Staff<Publisher>,
    existing: Option<i64>,
    form: CsrfForm,
) -> AppResult<Response> {
    let (input, parse_errors) = K::parse(&form);
    let result = if parse_errors.is_empty() {
        K::save(&state.db, staff.city.id, existing, &input, staff.user_id).await
    } else {
        Ok(existing.or(Some(0)))
    };
    match merge(parse_errors, result)? {
        Ok(Some(n)) => Ok(Redirect::to(&ctx.link(&K::item(n).path(&staff.city.slug))).into_response()),
        Ok(None) => Err(AppError::NotFound),
        Err(errors) => {
            let (heading, action) = match existing {
                Some(n) => (ctx.i18n.ts(K::EDIT_HEADING, "reference", &K::item(n).to_string()), "edit"),
                None => (ctx.i18n.t(K::NEW_HEADING), "new"),
            };
            K::form_page(ctx, state, &staff.city, heading, action, FormState::new(form.redisplay(), errors)).await
        }
    }
}

pub async fn new_commitment_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
) -> AppResult<Response> {
    let heading = ctx.i18n.t(CommitmentItem::NEW_HEADING);
    CommitmentItem::form_page(&ctx, &state, &staff.city, heading, "new", FormState::default()).await
}

pub async fn new_project_form(ctx: Ctx, State(state): State<AppState>, staff: Staff<Publisher>) -> AppResult<Response> {
    let form = FormState::with_values(vec![("currency".into(), "USD".into())]);
    let heading = ctx.i18n.t(ProjectItem::NEW_HEADING);
    ProjectItem::form_page(&ctx, &state, &staff.city, heading, "new", form).await
}

/// `POST …/admin/{commitments|projects}/new`.
pub async fn create<K: Publishable>(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    form: CsrfForm,
) -> AppResult<Response> {
    save_item::<K>(&ctx, &state, &staff, None, form).await
}

/// `POST …/admin/{commitments|projects}/{key}/edit`.
pub async fn edit<K: Publishable>(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let n = K::number_in_url(&slug, &key)?;
    save_item::<K>(&ctx, &state, &staff, Some(n), form).await
}

fn commitment_input(form: &CsrfForm) -> (CommitmentInput, FieldErrors) {
    let mut errors = FieldErrors::default();
    let themes: Vec<Theme> = form.all("themes").iter().filter_map(|t| Theme::parse(t)).collect();
    if themes.len() != form.all("themes").len() {
        errors.add("themes", "form-invalid-choice");
    }
    let sdgs: Vec<i64> = form.all("sdgs").iter().filter_map(|s| s.parse().ok()).collect();
    if sdgs.len() != form.all("sdgs").len() {
        errors.add("sdgs", "form-invalid-sdg");
    }
    let input = CommitmentInput {
        title: translated(form, "title"),
        summary: translated(form, "summary"),
        body: translated(form, "body"),
        department: form.get("department").to_string(),
        baseline: form.get("baseline").to_string(),
        target: form.get("target").to_string(),
        due_date: form.opt("due_date").map(|d| d.trim().to_string()),
        kpis: form.get("kpis").lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect(),
        themes,
        sdgs,
    };
    (input, errors)
}

async fn commitment_form(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    heading: String,
    action: String,
    form: FormState,
) -> AppResult<Response> {
    // The department is picked from the city's list (a new name joins it).
    let departments = crate::db::departments::list(&state.db, city.id).await?.into_iter().map(|(_, n)| n).collect();
    let has_errors = form.has_errors();
    let view = CommitmentFormView {
        page: admin_page(ctx, city, heading.clone()),
        heading,
        action,
        form,
        sections: LocaleSection::all(city.default_locale()),
        departments,
    };
    render_form(&view, has_errors)
}

pub async fn edit_commitment_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, slug, reference)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let not_found = || AppError::CommitmentNotFound(slug.clone(), reference.clone());
    let n = parse_commitment_ref(&reference).ok_or_else(not_found)?;
    let c = commitments::by_ref(&state.db, staff.city.id, n).await?.ok_or_else(not_found)?;
    let mut values = vec![
        ("department".to_string(), c.row.department.clone()),
        ("baseline".to_string(), c.row.baseline.clone()),
        ("target".to_string(), c.row.target.clone()),
        ("due_date".to_string(), c.row.due_date.clone().unwrap_or_default()),
        ("kpis".to_string(), c.kpis().join("\n")),
    ];
    translated_values(&mut values, "title", &c.title());
    translated_values(&mut values, "summary", &Translated::from_json(&c.row.summary));
    translated_values(&mut values, "body", &Translated::from_json(&c.row.body));
    values.extend(c.themes.iter().map(|t| ("themes".to_string(), t.clone())));
    values.extend(c.sdgs.iter().map(|s| ("sdgs".to_string(), s.to_string())));
    let heading = ctx.i18n.ts("admin-edit-commitment", "reference", &c.reference());
    commitment_form(&ctx, &state, &staff.city, heading, "edit".into(), FormState::with_values(values)).await
}

fn project_input(form: &CsrfForm) -> (ProjectInput, FieldErrors) {
    let mut errors = FieldErrors::default();
    let input = ProjectInput {
        title: translated(form, "title"),
        body: translated(form, "body"),
        budget_planned: parse_number(form, "budget_planned", &mut errors).unwrap_or(0),
        budget_spent: parse_number(form, "budget_spent", &mut errors).unwrap_or(0),
        currency: form.get("currency").trim().to_uppercase(),
        start_date: form.opt("start_date").map(|d| d.trim().to_string()),
        end_date: form.opt("end_date").map(|d| d.trim().to_string()),
        place_name: form.opt("place_name").map(|d| d.trim().to_string()),
        lat: parse_number(form, "lat", &mut errors),
        lon: parse_number(form, "lon", &mut errors),
        commitments: form.all("commitments").iter().filter_map(|n| n.parse().ok()).collect(),
    };
    (input, errors)
}

async fn project_form(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    heading: String,
    action: String,
    form: FormState,
) -> AppResult<Response> {
    let default = city.default_locale();
    let commitments = commitments::list(&state.db, city.id, &Default::default())
        .await?
        .iter()
        .map(|c| (c.row.ref_no, format!("{} {}", c.reference(), Shown::of(&c.title(), ctx.locale, default).text)))
        .collect();
    let has_errors = form.has_errors();
    let view = ProjectFormView {
        page: admin_page(ctx, city, heading.clone()),
        heading,
        action,
        form,
        sections: LocaleSection::all(default),
        commitments,
    };
    render_form(&view, has_errors)
}

pub async fn edit_project_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Path((_, slug, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let not_found = || AppError::ProjectNotFound(slug.clone());
    let n: i64 = number.parse().map_err(|_| not_found())?;
    let p = projects::by_ref(&state.db, staff.city.id, n).await?.ok_or_else(not_found)?;
    let linked = commitments::for_project(&state.db, p.id).await?;
    let mut values = vec![
        ("budget_planned".to_string(), p.budget_planned.to_string()),
        ("budget_spent".to_string(), p.budget_spent.to_string()),
        ("currency".to_string(), p.currency.clone()),
        ("start_date".to_string(), p.start_date.clone().unwrap_or_default()),
        ("end_date".to_string(), p.end_date.clone().unwrap_or_default()),
        ("place_name".to_string(), p.place_name.clone().unwrap_or_default()),
        ("lat".to_string(), p.lat.map(|v| v.to_string()).unwrap_or_default()),
        ("lon".to_string(), p.lon.map(|v| v.to_string()).unwrap_or_default()),
    ];
    translated_values(&mut values, "title", &p.title());
    translated_values(&mut values, "body", &Translated::from_json(&p.body));
    values.extend(linked.iter().map(|c| ("commitments".to_string(), c.ref_no.to_string())));
    let heading = ctx.i18n.ts("admin-edit-project", "reference", &format!("P-{n}"));
    project_form(&ctx, &state, &staff.city, heading, "edit".into(), FormState::with_values(values)).await
}

// --- updates ---

fn parse_target(s: &str) -> Option<Target> {
    if let Some(n) = s.strip_prefix("P-") {
        return n.parse().ok().filter(|n: &i64| *n > 0).map(Target::Project);
    }
    parse_commitment_ref(s).map(Target::Commitment)
}

async fn update_form(ctx: &Ctx, state: &AppState, city: &City, form: FormState) -> AppResult<Response> {
    let targets = item_options(ctx, city, &ItemCatalog::for_city(&state.db, city).await?, false);
    let has_errors = form.has_errors();
    let view = UpdateFormView {
        page: admin_page(ctx, city, ctx.i18n.t("admin-new-update")),
        form,
        sections: LocaleSection::all(city.default_locale()),
        targets,
    };
    render_form(&view, has_errors)
}

pub async fn new_update_form(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let mut values = vec![];
    // Start from the item's current status, progress and department.
    match q.get("target").and_then(|t| parse_target(t)) {
        Some(Target::Commitment(n)) => {
            if let Some(c) = commitments::by_ref(&state.db, staff.city.id, n).await? {
                values.push(("item".into(), c.reference()));
                values.push(("status".into(), c.row.status.clone()));
                values.push(("progress".into(), c.row.progress.to_string()));
                values.push(("publisher".into(), c.row.department.clone()));
            }
        }
        Some(Target::Project(n)) => {
            if let Some(p) = projects::by_ref(&state.db, staff.city.id, n).await? {
                values.push(("item".into(), format!("P-{n}")));
                values.push(("status".into(), p.status.clone()));
                values.push(("progress".into(), p.progress.to_string()));
            }
        }
        None => {}
    }
    update_form(&ctx, &state, &staff.city, FormState::with_values(values)).await
}

pub async fn publish_update(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    form: CsrfForm,
) -> AppResult<Response> {
    let mut errors = FieldErrors::default();
    let target = parse_target(form.get("item"));
    if target.is_none() {
        errors.add("item", "form-invalid-choice");
    }
    let status = Status::parse(form.get("status"));
    if status.is_none() {
        errors.add("status", "form-invalid-choice");
    }
    let progress = match form.get("progress").trim().parse::<i64>() {
        Ok(p) => p,
        Err(_) => {
            errors.add("progress", "form-invalid-progress");
            0
        }
    };
    let corrects = parse_number::<i64>(&form, "corrects", &mut errors);
    let evidence = form.evidence_links();
    let (Some(target), Some(status)) = (target, status) else {
        return update_form(&ctx, &state, &staff.city, FormState::new(form.redisplay(), errors)).await;
    };
    let input = UpdateInput {
        target,
        status,
        progress,
        text: translated(&form, "text"),
        evidence,
        publisher: form.get("publisher").to_string(),
        corrects_seq: corrects,
        at: None,
    };
    let result = if errors.is_empty() {
        let base_url = &state.config.base_url;
        publishing::publish_update(&state.db, base_url, staff.city.id, &staff.city.slug, &input, Some(staff.user_id))
            .await
    } else {
        Ok(0)
    };
    match merge(errors, result)? {
        Ok(seq) => {
            let page = match target {
                Target::Commitment(n) => format!("commitments/C-{n}"),
                Target::Project(n) => format!("projects/{n}"),
            };
            Ok(Redirect::to(&ctx.link(&format!("/{}/{page}#update-{seq}", staff.city.slug))).into_response())
        }
        Err(errors) => update_form(&ctx, &state, &staff.city, FormState::new(form.redisplay(), errors)).await,
    }
}

// --- organisations and audit ---

pub async fn organisations_admin(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
) -> AppResult<Response> {
    let organisations = organisations::for_city(&state.db, staff.city.id).await?;
    let mut page = admin_page(&ctx, &staff.city, ctx.i18n.t("admin-organisations"));
    page.notice = notice(&ctx, &state).await;
    render(&OrganisationsAdminView { page, organisations })
}

pub async fn verify_organisation(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    Path((_, _, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let decision = Verification::parse(form.get("decision")).ok_or(AppError::BadRequest)?;
    people::decide_organisation(&state.db, &state.config.base_url, &staff.city, staff.user_id, id, decision).await?;
    Ok(back_to(&ctx, &staff.city, "organisations?done=1"))
}

/// `…/admin/audit`: every staff, moderator and admin action, in the city's local time, with
/// translated action names, filtered by person, action and period (`actor`, `action`, `from`, `to`).
pub async fn audit_log(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<PeopleManager>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    use crate::domain::accounts::{audit_action_parts, AUDIT_ACTIONS};
    let get = |k: &str| q.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let mut errors = FieldErrors::default();
    let tz: chrono_tz::Tz = staff.city.time_zone.parse().unwrap_or(chrono_tz::UTC);
    // A day in the city's own calendar.
    let day_start = |field: &'static str, errors: &mut FieldErrors, shift: i64| {
        let d = get(field)?;
        match crate::domain::parse_date(d) {
            Some(date) => {
                use chrono::TimeZone;
                let local = date.and_time(chrono::NaiveTime::MIN);
                tz.from_local_datetime(&local).earliest().map(|t| t.timestamp() + shift)
            }
            None => {
                errors.add(field, "form-invalid-date");
                None
            }
        }
    };
    let from = day_start("from", &mut errors, 0);
    let until = day_start("to", &mut errors, 86_400);
    if matches!((from, until), (Some(f), Some(u)) if f >= u) {
        errors.add("to", "form-period-reversed");
    }
    let actor_id = match get("actor") {
        None => None,
        Some(a) => a.parse::<i64>().ok().or_else(|| {
            errors.add("actor", "form-invalid-choice");
            None
        }),
    };
    let action = match get("action") {
        None => None,
        Some(a) if AUDIT_ACTIONS.contains(&a) => Some(a.to_string()),
        Some(_) => {
            errors.add("action", "form-invalid-choice");
            None
        }
    };
    let name_of = |action: &str| {
        let (base, detail) = audit_action_parts(action);
        let key = format!("audit-{}", base.replace(['.', '_'], "-"));
        let detail = detail
            .map(|d| match base {
                "role.grant" | "role.revoke" => ctx.i18n.tp("role-", d),
                "comment.hide" => ctx.i18n.tp("reason-", d),
                _ => d.to_string(),
            })
            .unwrap_or_default();
        ctx.i18n.ts(&key, "detail", &detail)
    };
    let filter = AuditFilter { actor_id, action, from, until };
    let entries =
        if errors.is_empty() { audit::for_city(&state.db, staff.city.id, &filter, 500).await? } else { vec![] };
    let rows = entries
        .into_iter()
        .map(|e| {
            use chrono::TimeZone;
            let local = tz.timestamp_opt(e.created_at, 0).single().map(|t| t.format("%Y-%m-%d %H:%M").to_string());
            AuditRow {
                iso: crate::views::format_datetime_iso(e.created_at),
                local: local.unwrap_or_default(),
                action: name_of(&e.action),
                entry: e,
            }
        })
        .collect();
    let actions =
        AUDIT_ACTIONS.iter().map(|a| (a.to_string(), name_of(a).trim_end_matches([' ', ':']).to_string())).collect();
    let values = q.iter().map(|(k, v)| (k.clone(), v.chars().take(100).collect())).collect();
    let has_errors = !errors.is_empty();
    let view = AuditView {
        page: admin_page(&ctx, &staff.city, ctx.i18n.t("admin-audit")),
        entries: rows,
        form: FormState::new(values, errors),
        actors: audit::actors(&state.db, staff.city.id).await?,
        actions,
    };
    render_form(&view, has_errors)
}

// --- import ---

pub async fn import_form(ctx: Ctx, staff: Staff<Publisher>) -> AppResult<Response> {
    let page = admin_page(&ctx, &staff.city, ctx.i18n.t("import-title"));
    render(&ImportView { page, kind: "commitments".into(), problems: vec![] })
}

/// `POST …/admin/import` (multipart: `csrf_token`, `kind`, `file`): all rows or none.
pub async fn import(
    ctx: Ctx,
    State(state): State<AppState>,
    staff: Staff<Publisher>,
    headers: axum::http::HeaderMap,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    use crate::services::import::{self, ImportError, ImportKind};
    let fields = super::forms::csrf_multipart(&headers, multipart, &ctx.session.csrf).await?;
    let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let (kind, file) = (String::from_utf8_lossy(&field("kind")).into_owned(), field("file"));
    let show = |kind: &str, problems: Vec<(usize, String, String)>| {
        let page = admin_page(&ctx, &staff.city, ctx.i18n.t("import-title"));
        super::forms::invalid(&ImportView { page, kind: kind.to_string(), problems })
    };
    let Some(import_kind) = ImportKind::parse(&kind) else {
        return show("commitments", vec![(0, "kind".into(), ctx.i18n.t("form-invalid-choice"))]);
    };
    let Ok(text) = String::from_utf8(file) else {
        return show(&kind, vec![(1, String::new(), ctx.i18n.t("import-not-utf8"))]);
    };
    let publisher = ctx.session.user().map(|u| u.display_name.clone()).unwrap_or_default();
    let imported = import::import_file(
        &state.db,
        &state.config.base_url,
        &staff.city,
        import_kind,
        &text,
        Some(staff.user_id),
        &publisher,
    )
    .await;
    match imported {
        Ok(_) => Ok(back_to(&ctx, &staff.city, "")),
        Err(ImportError::Rows(errors)) => {
            show(&kind, errors.into_iter().map(|e| (e.line, e.column, ctx.i18n.t(e.key))).collect())
        }
        Err(ImportError::Failed(e)) => Err(e),
    }
}
