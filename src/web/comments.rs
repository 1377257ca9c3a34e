//! Comments on commitments, projects and consultations; flags, edits, follows, unsubscribe,
//! and assessments by verified organisations.

use super::auth::{field_errors, invalid, is_bot};
use super::limits::{Action, ClientIp};
use super::public::{self, load_city};
use super::session::{permissions, CsrfForm, CurrentUser};
use super::{render, Ctx};
use crate::db::cities::City;
use crate::db::comments::{self, Comment};
use crate::db::consultations::Phase;
use crate::db::{commitments, consultations, follows, organisations, projects};
use crate::domain::feedback::{HideReason, Rating, Stance, TargetType};
use crate::domain::{now_ts, parse_commitment_ref, Locale};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::services::feedback::{self, AssessmentInput, CommentInput, Target};
use crate::state::AppState;
use crate::views::account::MessageView;
use crate::views::feedback::{CommentView, CommentsSection};
use crate::views::forms::FormState;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 20;

/// Query of an item page: comment order and page, reply target, post confirmation.
#[derive(Deserialize, Default, Clone)]
pub struct DiscussionQuery {
    pub order: Option<String>,
    pub page: Option<String>,
    pub reply_to: Option<String>,
    pub posted: Option<String>,
    pub held: Option<String>,
}

/// Resolves `/{kind}/{key}` of a city into a comment target.
pub async fn resolve(state: &AppState, city: &City, kind: TargetType, key: &str) -> AppResult<Target> {
    let not_found = || match kind {
        TargetType::Commitment => AppError::CommitmentNotFound(city.slug.clone(), key.to_string()),
        TargetType::Project => AppError::ProjectNotFound(city.slug.clone()),
        _ => AppError::NotFound,
    };
    let number = || key.parse::<i64>().ok().filter(|n| *n > 0);
    match kind {
        TargetType::Commitment => {
            let n = parse_commitment_ref(key).ok_or_else(not_found)?;
            let c = commitments::by_ref(&state.db, city.id, n).await?.ok_or_else(not_found)?;
            Ok(Target {
                kind,
                id: c.row.id,
                label: c.reference(),
                path: format!("/{}/commitments/{}", city.slug, c.reference()),
                phase: None,
            })
        }
        TargetType::Project => {
            let n = number().ok_or_else(not_found)?;
            let p = projects::by_ref(&state.db, city.id, n).await?.ok_or_else(not_found)?;
            Ok(Target {
                kind,
                id: p.id,
                label: format!("P-{n}"),
                path: format!("/{}/projects/{n}", city.slug),
                phase: None,
            })
        }
        TargetType::Consultation => {
            let n = number().ok_or_else(not_found)?;
            let c = consultations::by_ref(&state.db, city.id, n).await?.ok_or_else(not_found)?;
            Ok(Target {
                kind,
                id: c.id,
                label: format!("K-{n}"),
                path: format!("/{}/consultations/{n}", city.slug),
                phase: Some(c.phase(now_ts())),
            })
        }
        TargetType::Update => Err(AppError::NotFound),
    }
}

/// Builds the discussion block of an item page.
pub async fn discussion(
    ctx: &Ctx,
    state: &AppState,
    city: &City,
    target: &Target,
    q: &DiscussionQuery,
    form: FormState,
) -> AppResult<CommentsSection> {
    let newest_first = q.order.as_deref() != Some("oldest");
    let total = comments::count_top_level(&state.db, target.kind.id(), target.id).await?;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = q.page.as_deref().and_then(|p| p.parse::<i64>().ok()).unwrap_or(1).clamp(1, pages);
    let top = comments::top_level_page(
        &state.db,
        target.kind.id(),
        target.id,
        newest_first,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    let replies = comments::replies_to(&state.db, &top.iter().map(|c| c.id).collect::<Vec<_>>()).await?;
    let viewer = ctx.session.user().map(|u| u.id);
    let now = now_ts();
    let mut views: Vec<CommentView> = top.iter().map(|c| CommentView::new(c, viewer, &city.time_zone, now)).collect();
    for r in &replies {
        if let Some(parent) = views.iter_mut().find(|v| Some(v.id) == r.parent_id) {
            parent.replies.push(CommentView::new(r, viewer, &city.time_zone, now));
        }
    }
    let reply_to = match q.reply_to.as_deref().and_then(|r| r.parse::<i64>().ok()) {
        Some(id) => comments::by_id(&state.db, id)
            .await?
            .filter(|c| c.target_type == target.kind.id() && c.target_id == target.id && c.parent_id.is_none())
            .map(|c| {
                let who = c.author_name.or(c.offline_name).unwrap_or_else(|| ctx.i18n.t("deleted-account"));
                (c.id, who)
            }),
        None => None,
    };
    let (organisations, is_staff, following) = match ctx.session.user() {
        Some(u) => {
            let orgs = organisations::of_member(&state.db, u.id)
                .await?
                .into_iter()
                .filter(|(o, _)| o.city_id == city.id && o.is_verified())
                .map(|(o, _)| (o.id, o.name))
                .collect();
            let perms = permissions(&state.db, u, city.id).await?;
            let following = follows::is_following(&state.db, u.id, target.kind.id(), target.id).await?;
            (orgs, perms.publish, following)
        }
        None => (vec![], false, false),
    };
    let closed = match target.phase {
        Some(Phase::Upcoming) => Some(ctx.i18n.t("consultation-not-open-yet")),
        Some(Phase::Closed) => Some(ctx.i18n.t("consultation-closed-no-comments")),
        _ => None,
    };
    let login_next =
        serde_urlencoded::to_string([("next", ctx.link(&format!("{}#comment-form", target.path)))]).unwrap_or_default();
    Ok(CommentsSection {
        action: ctx.link(&format!("{}/comments", target.path)),
        follow_action: ctx.link(&format!("{}/follow", target.path)),
        page_path: ctx.link(&target.path),
        comments: views,
        total,
        page,
        pages,
        newest_first,
        logged_in: viewer.is_some(),
        closed,
        form,
        reply_to,
        organisations,
        is_staff,
        following,
        login_link: ctx.link(&format!("/login?{login_next}")),
        posted: q.posted.as_deref().and_then(|p| p.parse().ok()),
        held: q.held.is_some(),
    })
}

async fn post(
    ctx: Ctx,
    state: AppState,
    ip: ClientIp,
    user: CurrentUser,
    (slug, kind, key): (String, TargetType, String),
    form: CsrfForm,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = resolve(&state, &city, kind, &key).await?;
    state.limits.check(Action::CommentIp, &ip.0.to_string())?;
    state.limits.check(Action::CommentAccount, &user.0.id.to_string())?;
    if is_bot(&form) {
        return Ok(Redirect::to(&ctx.link(&target.path)).into_response());
    }
    let perms = permissions(&state.db, &user.0, city.id).await?;
    let mut errors = FieldErrors::default();
    let stance = match form.opt("stance") {
        None => None,
        Some(s) => Stance::parse(s).or_else(|| {
            errors.add("stance", "form-invalid-choice");
            None
        }),
    };
    let parse_id = |name: &str, errors: &mut FieldErrors, field: &'static str| match form.opt(name) {
        None => None,
        Some(v) => v.parse::<i64>().ok().or_else(|| {
            errors.add(field, "form-invalid-choice");
            None
        }),
    };
    let parent_id = parse_id("parent_id", &mut errors, "parent_id");
    let organisation_id = parse_id("organisation_id", &mut errors, "organisation_id");
    let input = CommentInput {
        body: form.get("body").to_string(),
        stance,
        parent_id,
        organisation_id,
        language: Locale::parse(form.get("language")).unwrap_or(ctx.locale),
        official_department: (form.get("official") == "1").then(|| form.get("department").to_string()),
    };
    let result = if errors.is_empty() {
        feedback::post_comment(&state.db, &state.config.base_url, &city, &target, &user.0, perms, &input).await
    } else {
        // Report everything at once: the body's problems too.
        if let Some(problem) = crate::domain::feedback::comment_body_problem(&input.body) {
            errors.add("body", problem);
        }
        Err(AppError::Invalid(errors))
    };
    match result {
        Ok((id, held)) => {
            state.mail_wake.notify_one();
            state.search_wake.notify_one();
            let to = if held {
                format!("{}?posted={id}&held=1#discussion-heading", target.path)
            } else {
                format!("{}?posted={id}#comment-{id}", target.path)
            };
            Ok(Redirect::to(&ctx.link(&to)).into_response())
        }
        Err(e) => {
            let errors = field_errors(e)?;
            let q = DiscussionQuery { reply_to: parent_id.map(|p| p.to_string()), ..Default::default() };
            let form = FormState::new(form.redisplay(), errors);
            let mut response = public::item_page(&ctx, &state, &city, &target, &q, form).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

pub async fn post_on_commitment(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    post(ctx, state, ip, user, (slug, TargetType::Commitment, key), form).await
}

pub async fn post_on_project(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    post(ctx, state, ip, user, (slug, TargetType::Project, key), form).await
}

pub async fn post_on_consultation(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    post(ctx, state, ip, user, (slug, TargetType::Consultation, key), form).await
}

async fn follow(
    ctx: Ctx,
    state: AppState,
    user: CurrentUser,
    slug: String,
    kind: TargetType,
    key: String,
    form: CsrfForm,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = resolve(&state, &city, kind, &key).await?;
    if form.get("follow") == "1" {
        follows::follow(&state.db, user.0.id, kind.id(), target.id, now_ts()).await?;
        // Following again turns notifications back on after an unsubscribe.
        if follows::notify_mode(&state.db, user.0.id).await? == "none" {
            follows::set_notify_mode(&state.db, user.0.id, "immediate").await?;
        }
    } else {
        follows::unfollow(&state.db, user.0.id, kind.id(), target.id).await?;
    }
    Ok(Redirect::to(&ctx.link(&format!("{}#comment-form", target.path))).into_response())
}

pub async fn follow_commitment(
    ctx: Ctx,
    State(state): State<AppState>,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    follow(ctx, state, user, slug, TargetType::Commitment, key, form).await
}

pub async fn follow_project(
    ctx: Ctx,
    State(state): State<AppState>,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    follow(ctx, state, user, slug, TargetType::Project, key, form).await
}

pub async fn follow_consultation(
    ctx: Ctx,
    State(state): State<AppState>,
    user: CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    follow(ctx, state, user, slug, TargetType::Consultation, key, form).await
}

/// The page of the item a comment belongs to (after `/{locale}`), for redirects.
async fn comment_home(state: &AppState, c: &Comment) -> AppResult<String> {
    let city =
        crate::db::cities::list(&state.db).await?.into_iter().find(|x| x.id == c.city_id).ok_or(AppError::NotFound)?;
    let path = match c.target_type.as_str() {
        "commitment" => {
            let all = commitments::list(&state.db, city.id, &Default::default()).await?;
            let r = all.iter().find(|x| x.row.id == c.target_id).map(|x| x.reference()).unwrap_or_default();
            format!("/{}/commitments/{r}", city.slug)
        }
        "project" => {
            let all = projects::list(&state.db, city.id, None).await?;
            let n = all.iter().find(|x| x.id == c.target_id).map(|x| x.ref_no).unwrap_or_default();
            format!("/{}/projects/{n}", city.slug)
        }
        _ => {
            let k = consultations::by_id(&state.db, c.target_id).await?.map(|k| k.ref_no).unwrap_or_default();
            format!("/{}/consultations/{k}", city.slug)
        }
    };
    Ok(path)
}

pub async fn flag(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, id)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let comment = comments::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let reason = HideReason::parse(form.get("reason"));
    match feedback::flag(&state.db, &comment, user.id, reason, form.get("note")).await {
        Ok(()) => {
            let home = comment_home(&state, &comment).await?;
            let heading = ctx.i18n.t("flag-thanks-title");
            let link = Some((ctx.link(&format!("{home}#comment-{id}")), ctx.i18n.t("flag-back")));
            render(&MessageView {
                page: ctx.page(heading.clone()),
                heading,
                message: ctx.i18n.t("flag-thanks-body"),
                link,
            })
        }
        Err(e) => {
            field_errors(e)?;
            Err(AppError::BadRequest)
        }
    }
}

#[derive(askama::Template)]
#[template(path = "comments/edit.html")]
pub struct EditView {
    pub page: crate::views::Page,
    pub form: FormState,
    pub id: i64,
    pub back: String,
}

impl EditView {
    pub fn stances(&self) -> &'static [Stance] {
        Stance::ALL
    }
}

async fn editable(state: &AppState, id: &str, user_id: i64) -> AppResult<Comment> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let comment = comments::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if comment.author_id != Some(user_id) {
        return Err(AppError::Forbidden);
    }
    Ok(comment)
}

pub async fn edit_form(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, id)): Path<(String, String)>,
) -> AppResult<Response> {
    let comment = editable(&state, &id, user.id).await?;
    let back = ctx.link(&format!("{}#comment-{}", comment_home(&state, &comment).await?, comment.id));
    let form = FormState::with_values(vec![
        ("body".into(), comment.body.clone()),
        ("stance".into(), comment.stance.clone().unwrap_or_default()),
    ]);
    render(&EditView { page: ctx.page(ctx.i18n.t("comment-edit-title")), form, id: comment.id, back })
}

pub async fn edit(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, id)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let comment = editable(&state, &id, user.id).await?;
    let home = comment_home(&state, &comment).await?;
    let stance = form.opt("stance").and_then(Stance::parse);
    match feedback::edit_comment(&state.db, &comment, user.id, form.get("body"), stance).await {
        Ok(()) => Ok(Redirect::to(&ctx.link(&format!("{home}#comment-{}", comment.id))).into_response()),
        Err(e) => {
            let errors = field_errors(e)?;
            let back = ctx.link(&format!("{home}#comment-{}", comment.id));
            invalid(&EditView {
                page: ctx.page(ctx.i18n.t("comment-edit-title")),
                form: FormState::new(form.redisplay(), errors),
                id: comment.id,
                back,
            })
        }
    }
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(askama::Template)]
#[template(path = "comments/unsubscribe.html")]
pub struct UnsubscribeView {
    pub page: crate::views::Page,
    pub token: String,
}

/// The link in every notification: a page with one button (mail scanners follow links,
/// so a GET never changes anything).
pub async fn unsubscribe_page(ctx: Ctx, Query(q): Query<TokenQuery>) -> AppResult<Response> {
    render(&UnsubscribeView { page: ctx.page(ctx.i18n.t("unsubscribe-title")), token: q.token })
}

/// POST: the token in the link is the authority, so this form needs no session.
pub async fn unsubscribe(
    ctx: Ctx,
    State(state): State<AppState>,
    axum::Form(q): axum::Form<TokenQuery>,
) -> AppResult<Response> {
    let ok = q.token.len() == 64 && follows::unsubscribe(&state.db, &q.token).await?;
    let (heading, body) = if ok {
        ("unsubscribe-done-title", "unsubscribe-done-body")
    } else {
        ("unsubscribe-bad-title", "unsubscribe-bad-body")
    };
    let heading = ctx.i18n.t(heading);
    let mut response =
        render(&MessageView { page: ctx.page(heading.clone()), heading, message: ctx.i18n.t(body), link: None })?;
    if !ok {
        *response.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(response)
}

pub async fn assess(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((_, slug, key)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let city = load_city(&state, &slug).await?;
    let target = resolve(&state, &city, TargetType::Commitment, &key).await?;
    let evidence = form.evidence_links();
    let input = AssessmentInput {
        organisation_id: form.get("organisation_id").parse().ok(),
        rating: Rating::parse(form.get("rating")),
        body: form.get("body").to_string(),
        evidence,
    };
    match feedback::publish_assessment(&state.db, &city, target.id, user.id, &input).await {
        Ok(_) => Ok(Redirect::to(&ctx.link(&format!("{}#assessments", target.path))).into_response()),
        Err(e) => {
            let errors = field_errors(e)?;
            let mut response = public::item_page_with_assessment_errors(
                &ctx,
                &state,
                &city,
                &target,
                FormState::new(form.redisplay(), errors),
            )
            .await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}
