//! Comments on commitments, projects and consultations; flags, edits, follows, unsubscribe,
//! and assessments by verified organisations.

use super::extract::{ClientIp, ItemPath, ItemScope};
use super::forms::{blank_as_none, field_errors, invalid, is_bot, CsrfForm, Form};
use super::pages::{self, DiscussionQuery};
use super::session::{permissions, CurrentUser, Session};
use super::{render, Ctx};
use crate::db::comments::{self, Comment};
use crate::db::follows;
use crate::domain::feedback::{CommentState, HideReason, Rating, Stance, TargetType};
use crate::domain::{now_ts, Locale};
use crate::error::{AppError, AppResult, FieldErrors};
use crate::limits::Action;
use crate::services::feedback::{self, AssessmentInput, CommentInput};
use crate::services::items::ItemCatalog;
use crate::state::AppState;
use crate::views::account::MessageView;
use crate::views::forms::FormState;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The comment form of every item page.
#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    #[serde(default, deserialize_with = "blank_as_none")]
    stance: Option<String>,
    #[serde(default, deserialize_with = "blank_as_none")]
    parent_id: Option<String>,
    #[serde(default, deserialize_with = "blank_as_none")]
    organisation_id: Option<String>,
    #[serde(default, deserialize_with = "blank_as_none")]
    language: Option<String>,
    #[serde(default)]
    official: String,
    #[serde(default)]
    department: String,
}

/// `POST …/{commitments|projects|consultations}/{key}/comments`: one handler for the three kinds.
pub async fn post(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    CurrentUser(user): CurrentUser,
    session: Session,
    item: ItemPath,
    Form { data, raw }: Form<CommentForm>,
) -> AppResult<Response> {
    let ItemScope { city, target } = item.resolve(&state).await?;
    state.limits.check(Action::CommentIp, &ip.0.to_string()).await?;
    state.limits.check(Action::CommentAccount, &user.id.to_string()).await?;
    if is_bot(&raw) {
        return Ok(Redirect::to(&ctx.link(&target.path)).into_response());
    }
    let perms = permissions(&state.db, &session, city.id).await?;
    let mut errors = FieldErrors::default();
    let choice = |value: &Option<String>, field: &'static str, errors: &mut FieldErrors| -> Option<i64> {
        let v = value.as_deref()?;
        v.parse::<i64>().ok().or_else(|| {
            errors.add(field, "form-invalid-choice");
            None
        })
    };
    let parent_id = choice(&data.parent_id, "parent_id", &mut errors);
    let organisation_id = choice(&data.organisation_id, "organisation_id", &mut errors);
    let stance = match data.stance.as_deref() {
        None => None,
        Some(s) => Stance::parse(s).or_else(|| {
            errors.add("stance", "form-invalid-choice");
            None
        }),
    };
    let input = CommentInput {
        body: data.body,
        stance,
        parent_id,
        organisation_id,
        language: data.language.as_deref().and_then(Locale::parse).unwrap_or(ctx.locale),
        official_department: (data.official == "1").then_some(data.department),
    };
    let result = if errors.is_empty() {
        feedback::post_comment(&state.commits, &state.config.base_url, &city, &target, &user, perms, &input).await
    } else {
        // Report everything at once: the body's problems too.
        if let Some(problem) = crate::domain::feedback::comment_body_problem(&input.body) {
            errors.add("body", problem);
        }
        Err(AppError::Invalid(errors))
    };
    match result {
        Ok(feedback::Posted { id, held, mails }) => {
            let to = if held {
                format!("{}?posted={id}&held=1#discussion-heading", target.path)
            } else {
                format!("{}?posted={id}#comment-{id}", target.path)
            };
            let mut response = Redirect::to(&ctx.link(&to)).into_response();
            if !mails {
                response.extensions_mut().insert(super::QueuedNoMail);
            }
            Ok(response)
        }
        Err(e) => {
            let errors = field_errors(e)?;
            let q = DiscussionQuery { reply_to: parent_id.map(|p| p.to_string()), ..Default::default() };
            let form = FormState::new(raw.redisplay(), errors);
            let mut response = pages::item_page(&ctx, &state, &city, &target, &q, form).await?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

#[derive(Deserialize)]
pub struct FollowForm {
    #[serde(default)]
    follow: String,
    /// `following`: go back to the list of followed items.
    #[serde(default)]
    back: String,
}

/// `POST …/{key}/follow`: follow (`follow=1`) or unfollow any item.
pub async fn follow(
    ctx: Ctx,
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    item: ItemPath,
    Form { data, .. }: Form<FollowForm>,
) -> AppResult<Response> {
    let ItemScope { target, .. } = item.resolve(&state).await?;
    if data.follow == "1" {
        follows::follow(&state.db, user.id, target.kind.id(), target.id, now_ts()).await?;
        // Following again turns notifications back on after an unsubscribe.
        if follows::notify_mode(&state.db, user.id).await? == "none" {
            follows::set_notify_mode(&state.db, user.id, "immediate").await?;
        }
    } else {
        follows::unfollow(&state.db, user.id, target.kind.id(), target.id).await?;
    }
    if data.back == "following" {
        return Ok(Redirect::to(&ctx.link("/account/following?unfollowed=1")).into_response());
    }
    Ok(Redirect::to(&ctx.link(&format!("{}#comment-form", target.path))).into_response())
}

/// The page of the item a comment belongs to (after `/{locale}`), for redirects.
async fn comment_home(state: &AppState, c: &Comment) -> AppResult<String> {
    let city = crate::db::cities::by_id(&state.db, c.city_id).await?.ok_or(AppError::NotFound)?;
    let catalog = ItemCatalog::for_city(&state.db, &city).await?;
    catalog.get_by_name(&c.target_type, c.target_id).map(|e| e.path.clone()).ok_or(AppError::NotFound)
}

pub async fn flag(
    ctx: Ctx,
    State(state): State<AppState>,
    ip: ClientIp,
    CurrentUser(user): CurrentUser,
    Path((_, id)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    // A comment held for moderation is not public yet: flagging it reveals nothing.
    let comment =
        comments::by_id(&state.db, id).await?.filter(|c| c.state != CommentState::Pending).ok_or(AppError::NotFound)?;
    state.limits.check(Action::FlagIp, &ip.0.to_string()).await?;
    state.limits.check(Action::FlagAccount, &user.id.to_string()).await?;
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
    /// `commitment:12`: stop following just this item (the link in a follower's mail).
    #[serde(default)]
    item: Option<String>,
}

/// The item a per-item unfollow link names, when it names one properly.
fn followed_item(item: Option<&str>) -> Option<(TargetType, i64)> {
    let (kind, id) = item?.split_once(':')?;
    Some((TargetType::parse(kind)?, id.parse().ok()?))
}

#[derive(askama::Template)]
#[template(path = "comments/unsubscribe.html")]
pub struct UnsubscribeView {
    pub page: crate::views::Page,
    pub token: String,
    /// (`commitment:12`, "C-12 Title") when the link names one followed item.
    pub item: Option<(String, String)>,
}

/// The link in every notification: a page with one button (mail scanners follow links,
/// so a GET never changes anything).
pub async fn unsubscribe_page(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> AppResult<Response> {
    let mut item = None;
    if let Some((kind, id)) = followed_item(q.item.as_deref()) {
        let catalog = crate::services::items::ItemCatalog::load(&state.db).await?;
        if let Some(e) = catalog.get_by_name(kind.id(), id) {
            let title = crate::views::Shown::of(&e.title, ctx.locale, crate::domain::Locale::En).text;
            item = Some((format!("{}:{id}", kind.id()), format!("{} {title}", e.item)));
        }
    }
    render(&UnsubscribeView { page: ctx.page(ctx.i18n.t("unsubscribe-title")), token: q.token, item })
}

/// POST: the token in the link is the authority, so this form needs no session. A mail
/// program's one-click unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click` to the URL of
/// the `List-Unsubscribe` header: the token and item are then in the query string.
pub async fn unsubscribe(
    ctx: Ctx,
    State(state): State<AppState>,
    Query(url): Query<TokenQuery>,
    axum::Form(form): axum::Form<TokenQuery>,
) -> AppResult<Response> {
    let q = if form.token.is_empty() { url } else { form };
    let well_formed = crate::services::accounts::well_formed_token(&q.token);
    let item = followed_item(q.item.as_deref());
    let ok = well_formed
        && match item {
            Some((kind, id)) => follows::unfollow_by_token(&state.db, &q.token, kind.id(), id).await?,
            None => follows::unsubscribe(&state.db, &q.token).await?,
        };
    let (heading, body) = if ok && item.is_some() {
        ("unfollow-done-title", "unfollow-done-body")
    } else if ok {
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
    item: ItemPath,
    form: CsrfForm,
) -> AppResult<Response> {
    let ItemScope { city, target } = item.resolve(&state).await?;
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
            let mut response = pages::item_page_with_assessment_errors(
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
