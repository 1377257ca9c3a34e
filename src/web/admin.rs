//! `/{locale}/{city}/admin/…`: the staff dashboard. Every handler checks the person's
//! role in this city on the server before doing anything.

use super::auth::field_errors;
use super::public::load_city;
use super::session::{permissions, CsrfForm, Session};
use super::{render, render_form, Ctx};
use crate::db::cities::City;
use crate::db::{audit, commitments, organisations, projects, roles, users};
use crate::domain::accounts::{normalise_email, Permissions, Role};
use crate::domain::{now_ts, parse_commitment_ref, Locale, Status, Theme, Translated};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::publishing::{self, CommitmentInput, ProjectInput, Target, UpdateInput};
use crate::state::AppState;
use crate::views::admin::*;
use crate::views::forms::FormState;
use crate::views::{CityNav, Page, Shown};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

/// A person allowed into this city's admin area, with what they may do.
pub struct Staff {
    pub city: City,
    pub user_id: i64,
    pub perms: Permissions,
}

/// Loads the city and checks the role: anonymous visitors go to the login page, people
/// without the permission get 403.
pub async fn require(ctx: &Ctx, state: &AppState, slug: &str, allowed: fn(&Permissions) -> bool) -> AppResult<Staff> {
    let city = load_city(state, slug).await?;
    let Some(user) = ctx.session.user() else {
        let next = serde_urlencoded::to_string([("next", ctx.link(&ctx.path_rest))]).unwrap_or_default();
        return Err(AppError::LoginRequired(ctx.link(&format!("/login?{next}"))));
    };
    let perms = permissions(&state.db, user, city.id).await?;
    if !allowed(&perms) {
        return Err(AppError::Forbidden);
    }
    Ok(Staff { city, user_id: user.id, perms })
}

pub fn admin_page(ctx: &Ctx, city: &City, title: String) -> Page {
    let mut page = ctx.page(title);
    page.city = Some(CityNav::new(city, ctx.locale));
    page.section = "admin";
    page.can_admin = true;
    page
}

fn back_to(ctx: &Ctx, city: &City, path: &str) -> Response {
    Redirect::to(&ctx.link(&format!("/{}/admin/{path}", city.slug))).into_response()
}

pub async fn dashboard(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, Permissions::any_ref).await?;
    let default = staff.city.default_locale();
    let commitments = commitments::list(&state.db, staff.city.id, &Default::default())
        .await?
        .iter()
        .map(|c| (c.reference(), Shown::of(&c.title(), ctx.locale, default).text))
        .collect();
    let projects = projects::list(&state.db, staff.city.id, None)
        .await?
        .iter()
        .map(|p| (p.ref_no, Shown::of(&p.title(), ctx.locale, default).text))
        .collect();
    let mut page = admin_page(&ctx, &staff.city, ctx.i18n.t("admin-title"));
    page.notice = notice(&ctx, &state).await;
    render(&DashboardView { page, perms: staff.perms, commitments, projects })
}

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

pub async fn people(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    people_page(&ctx, &state, &staff.city, FormState::default()).await
}

pub async fn grant(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    let mut errors = FieldErrors::default();
    let role = Role::parse(form.get("role"));
    if role.is_none() {
        errors.add("role", "form-invalid-choice");
    }
    let email = normalise_email(form.get("email"));
    let person = users::by_email(&state.db, &email).await?;
    if person.is_none() {
        errors.add("email", "form-no-such-person");
    }
    let (Some(role), Some(person)) = (role, person) else {
        return people_page(&ctx, &state, &staff.city, FormState::new(form.redisplay(), errors)).await;
    };
    roles::grant(&state.db, person.id, staff.city.id, role, now_ts()).await?;
    audit::record(&state.db, Some(staff.city.id), staff.user_id, &format!("role.grant.{}", role.id()), &person.email)
        .await?;
    Ok(back_to(&ctx, &staff.city, "people?done=1"))
}

pub async fn revoke(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    let role = Role::parse(form.get("role")).ok_or(AppError::BadRequest)?;
    let user_id: i64 = form.get("user_id").parse().map_err(|_| AppError::BadRequest)?;
    if roles::revoke(&state.db, user_id, staff.city.id, role).await? {
        let who = users::by_id(&state.db, user_id).await?.map(|u| u.email).unwrap_or_default();
        audit::record(&state.db, Some(staff.city.id), staff.user_id, &format!("role.revoke.{}", role.id()), &who)
            .await?;
    }
    Ok(back_to(&ctx, &staff.city, "people?done=1"))
}

// --- commitments ---

/// All `{field}_{locale}` values of a translated field.
pub fn translated(form: &CsrfForm, field: &str) -> Translated {
    let mut t = Translated::default();
    for l in Locale::ALL {
        let v = form.get(&format!("{field}_{}", l.id())).trim();
        if !v.is_empty() {
            t.0.insert(l.id().to_string(), v.to_string());
        }
    }
    t
}

/// Form values for a translated field, to fill the form.
fn translated_values(values: &mut Vec<(String, String)>, field: &str, t: &Translated) {
    for (locale, text) in &t.0 {
        values.push((format!("{field}_{locale}"), text.clone()));
    }
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

/// Runs a service call and merges its field errors with the form's own parse errors.
fn merge<T>(parse: FieldErrors, result: AppResult<T>) -> AppResult<Result<T, FieldErrors>> {
    match result {
        Ok(v) if parse.is_empty() => Ok(Ok(v)),
        Ok(_) => Ok(Err(parse)),
        Err(e) => {
            let mut errors = field_errors(e)?;
            errors.0.extend(parse.0);
            Ok(Err(errors))
        }
    }
}

fn commitment_form(ctx: &Ctx, city: &City, heading: String, action: String, form: FormState) -> AppResult<Response> {
    let has_errors = form.has_errors();
    let view = CommitmentFormView {
        page: admin_page(ctx, city, heading.clone()),
        heading,
        action,
        form,
        sections: LocaleSection::all(city.default_locale()),
    };
    render_form(&view, has_errors)
}

pub async fn new_commitment_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    commitment_form(&ctx, &staff.city, ctx.i18n.t("admin-new-commitment"), "new".into(), FormState::default())
}

pub async fn create_commitment(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let (input, parse_errors) = commitment_input(&form);
    let result = if parse_errors.is_empty() {
        publishing::create_commitment(&state.db, staff.city.id, &input).await
    } else {
        Ok(0)
    };
    match merge(parse_errors, result)? {
        Ok(n) => {
            let reference = crate::domain::commitment_ref(n);
            audit::record(&state.db, Some(staff.city.id), staff.user_id, "commitment.create", &reference).await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/commitments/{reference}", staff.city.slug))).into_response())
        }
        Err(errors) => {
            let form = FormState::new(form.redisplay(), errors);
            commitment_form(&ctx, &staff.city, ctx.i18n.t("admin-new-commitment"), "new".into(), form)
        }
    }
}

pub async fn edit_commitment_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, reference)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
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
    commitment_form(&ctx, &staff.city, heading, "edit".into(), FormState::with_values(values))
}

pub async fn edit_commitment(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, reference)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let not_found = || AppError::CommitmentNotFound(slug.clone(), reference.clone());
    let n = parse_commitment_ref(&reference).ok_or_else(not_found)?;
    let (input, parse_errors) = commitment_input(&form);
    let result = if parse_errors.is_empty() {
        publishing::edit_commitment(&state.db, staff.city.id, n, &input).await
    } else {
        Ok(true)
    };
    match merge(parse_errors, result)? {
        Ok(false) => Err(not_found()),
        Ok(true) => {
            audit::record(&state.db, Some(staff.city.id), staff.user_id, "commitment.edit", &reference).await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/commitments/{reference}", staff.city.slug))).into_response())
        }
        Err(errors) => {
            let heading = ctx.i18n.ts("admin-edit-commitment", "reference", &reference);
            commitment_form(&ctx, &staff.city, heading, "edit".into(), FormState::new(form.redisplay(), errors))
        }
    }
}

// --- projects ---

fn parse_number<T: std::str::FromStr>(form: &CsrfForm, field: &'static str, errors: &mut FieldErrors) -> Option<T> {
    let raw = form.get(field).trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<T>() {
        Ok(v) => Some(v),
        Err(_) => {
            errors.add(field, "form-invalid-number");
            None
        }
    }
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

pub async fn new_project_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let form = FormState::with_values(vec![("currency".into(), "USD".into())]);
    project_form(&ctx, &state, &staff.city, ctx.i18n.t("admin-new-project"), "new".into(), form).await
}

pub async fn create_project(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let (input, parse_errors) = project_input(&form);
    let result = if parse_errors.is_empty() {
        publishing::create_project(&state.db, staff.city.id, &input).await
    } else {
        Ok(0)
    };
    match merge(parse_errors, result)? {
        Ok(n) => {
            audit::record(&state.db, Some(staff.city.id), staff.user_id, "project.create", &format!("P-{n}")).await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/projects/{n}", staff.city.slug))).into_response())
        }
        Err(errors) => {
            let form = FormState::new(form.redisplay(), errors);
            project_form(&ctx, &state, &staff.city, ctx.i18n.t("admin-new-project"), "new".into(), form).await
        }
    }
}

pub async fn edit_project_form(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
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

pub async fn edit_project(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, number)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
    let not_found = || AppError::ProjectNotFound(slug.clone());
    let n: i64 = number.parse().map_err(|_| not_found())?;
    let (input, parse_errors) = project_input(&form);
    let result = if parse_errors.is_empty() {
        publishing::edit_project(&state.db, staff.city.id, n, &input).await
    } else {
        Ok(true)
    };
    match merge(parse_errors, result)? {
        Ok(false) => Err(not_found()),
        Ok(true) => {
            audit::record(&state.db, Some(staff.city.id), staff.user_id, "project.edit", &format!("P-{n}")).await?;
            Ok(Redirect::to(&ctx.link(&format!("/{}/projects/{n}", staff.city.slug))).into_response())
        }
        Err(errors) => {
            let heading = ctx.i18n.ts("admin-edit-project", "reference", &format!("P-{n}"));
            project_form(&ctx, &state, &staff.city, heading, "edit".into(), FormState::new(form.redisplay(), errors))
                .await
        }
    }
}

// --- updates ---

fn parse_target(s: &str) -> Option<Target> {
    if let Some(n) = s.strip_prefix("P-") {
        return n.parse().ok().filter(|n: &i64| *n > 0).map(Target::Project);
    }
    parse_commitment_ref(s).map(Target::Commitment)
}

async fn update_form(ctx: &Ctx, state: &AppState, city: &City, form: FormState) -> AppResult<Response> {
    let targets = super::admin_feedback::targets(ctx, state, city, false).await?;
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
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
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
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.publish).await?;
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
        publishing::publish_update(&state.db, &state.config.base_url, staff.city.id, &staff.city.slug, &input).await
    } else {
        Ok(0)
    };
    match merge(errors, result)? {
        Ok(seq) => {
            audit::record(
                &state.db,
                Some(staff.city.id),
                staff.user_id,
                "update.publish",
                &format!("#{seq} {}", target.label()),
            )
            .await?;
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
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    let organisations = organisations::for_city(&state.db, staff.city.id).await?;
    let mut page = admin_page(&ctx, &staff.city, ctx.i18n.t("admin-organisations"));
    page.notice = notice(&ctx, &state).await;
    render(&OrganisationsAdminView { page, organisations })
}

pub async fn verify_organisation(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let org = organisations::by_id(&state.db, staff.city.id, id).await?.ok_or(AppError::NotFound)?;
    let decision = match form.get("decision") {
        "verified" => "verified",
        "rejected" => "rejected",
        _ => return Err(AppError::BadRequest),
    };
    organisations::set_status(&state.db, org.id, decision, staff.user_id, now_ts()).await?;
    audit::record(&state.db, Some(staff.city.id), staff.user_id, &format!("organisation.{decision}"), &org.name)
        .await?;
    Ok(back_to(&ctx, &staff.city, "organisations?done=1"))
}

pub async fn audit_log(
    ctx: Ctx,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let staff = require(&ctx, &state, &slug, |p| p.manage_people).await?;
    let entries = audit::for_city(&state.db, staff.city.id, 500)
        .await?
        .into_iter()
        .map(|e| {
            let when = crate::views::format_datetime_iso(e.created_at);
            (e, when)
        })
        .collect();
    let page = admin_page(&ctx, &staff.city, ctx.i18n.t("admin-audit"));
    render(&AuditView { page, entries })
}

/// Whether to show the dashboard link on a city page.
pub async fn can_admin(state: &AppState, session: &Session, city_id: i64) -> bool {
    match session.user() {
        Some(user) => permissions(&state.db, user, city_id).await.map(|p| p.any()).unwrap_or(false),
        None => false,
    }
}
