//! Comments as shown under commitments, projects and consultations.

use super::forms::FormState;
use super::personal;
use super::{format_date, format_datetime_iso};
use crate::db::comments::Comment;
use crate::domain::feedback::{render_plain_text, Channel, HideReason, Stance, EDIT_WINDOW_SECONDS};
use crate::domain::Locale;

pub struct CommentView {
    pub id: i64,
    /// Display name, or None for a deleted account.
    pub author: Option<String>,
    pub organisation: Option<String>,
    pub organisation_verified: bool,
    pub stance: Option<String>,
    /// Escaped, linkified HTML of the body (see `render_plain_text`).
    pub body_html: String,
    pub lang: String,
    pub dir: &'static str,
    pub channel: String,
    pub date: String,
    pub datetime: String,
    pub edited: bool,
    pub hidden_reason: Option<String>,
    pub is_official: bool,
    pub department: Option<String>,
    pub replies: Vec<CommentView>,
    pub is_reply: bool,
    /// Whole days a top-level comment has waited for an official response.
    pub awaiting_days: Option<i64>,
    pub can_edit: bool,
    pub can_flag: bool,
    /// For the marks of a shared render (see `personal`).
    pub author_id: Option<i64>,
    pub created_at: i64,
}

impl CommentView {
    pub fn new(c: &Comment, viewer: Option<i64>, time_zone: &str, now: i64) -> Self {
        let author = match (&c.author_name, &c.offline_name) {
            (Some(name), _) => Some(name.clone()),
            (None, Some(name)) => Some(name.clone()),
            (None, None) if c.channel != "web" => None,
            (None, None) => None,
        };
        let lang = Locale::parse(&c.language).unwrap_or(Locale::En);
        let hidden = c.state == crate::domain::feedback::CommentState::Hidden;
        CommentView {
            id: c.id,
            author,
            organisation: c.organisation_name.clone(),
            organisation_verified: c.organisation_verified.as_deref() == Some("verified"),
            stance: c.stance.clone(),
            body_html: if hidden { String::new() } else { render_plain_text(&c.body) },
            lang: lang.id().to_string(),
            dir: lang.dir(),
            channel: c.channel.clone(),
            date: format_date(c.created_at, time_zone),
            datetime: format_datetime_iso(c.created_at),
            edited: c.edited_at.is_some(),
            hidden_reason: if hidden { c.hidden_reason.clone().or(Some("abusive".into())) } else { None },
            is_official: c.is_official,
            department: c.department.clone(),
            replies: vec![],
            is_reply: c.parent_id.is_some(),
            awaiting_days: (c.parent_id.is_none() && !c.is_official && c.responded_at.is_none() && !hidden)
                .then(|| (now - c.created_at).max(0) / 86_400),
            can_edit: viewer.is_some() && viewer == c.author_id && now - c.created_at <= EDIT_WINDOW_SECONDS && !hidden,
            can_flag: viewer.is_some() && viewer != c.author_id && !hidden,
            author_id: c.author_id,
            created_at: c.created_at,
        }
    }
    pub fn is_offline(&self) -> bool {
        self.channel != "web"
    }
}

/// The discussion block of an item page.
pub struct CommentsSection {
    /// Where the form posts.
    pub action: String,
    pub follow_action: String,
    /// The item page, relative links are built on it.
    pub page_path: String,
    pub comments: Vec<CommentView>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub newest_first: bool,
    pub logged_in: bool,
    /// Why comments are not taken (consultation not open), as a sentence.
    pub closed: Option<String>,
    pub form: FormState,
    /// (id, author) of the comment being answered.
    pub reply_to: Option<(i64, String)>,
    /// Verified organisations the viewer may speak for.
    pub organisations: Vec<(i64, String)>,
    pub is_staff: bool,
    /// `/{locale}/{city}/admin/moderation` when the viewer moderates this city.
    pub moderate_base: Option<String>,
    pub following: bool,
    pub login_link: String,
    /// The id of the comment just posted, to confirm it.
    pub posted: Option<i64>,
    pub held: bool,
    /// Rendered once for every signed-in resident (see `personal`): the parts that differ
    /// between them are marked instead of decided. Holds the item as (kind, id).
    pub shared_render: Option<(&'static str, i64)>,
}

impl CommentsSection {
    pub fn stances(&self) -> &'static [Stance] {
        Stance::ALL
    }
    pub fn reasons(&self) -> &'static [HideReason] {
        HideReason::ALL
    }
    pub fn locales(&self) -> &'static [Locale] {
        Locale::ALL
    }
    pub fn channels(&self) -> &'static [Channel] {
        Channel::ALL
    }
    pub fn order(&self) -> &'static str {
        if self.newest_first {
            "newest"
        } else {
            "oldest"
        }
    }
    pub fn has_prev(&self) -> bool {
        self.page > 1
    }
    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }
    pub fn pagination_status(&self, i18n: &crate::i18n::I18n) -> String {
        i18n.targs("pagination-status", &[("page", &self.page.to_string()), ("pages", &self.pages.to_string())])
    }
    pub fn body_chars(&self) -> usize {
        self.form.value("body").chars().count()
    }
    /// Whether the edit link of `c` is written: for its author, or marked in a shared render.
    pub fn writes_edit_link(&self, c: &CommentView) -> bool {
        c.can_edit || (self.shared_render.is_some() && c.hidden_reason.is_none() && c.author_id.is_some())
    }
    /// Opens the edit link's part in a shared render (nothing otherwise).
    pub fn open_edit_link(&self, c: &CommentView) -> String {
        self.mark(|| personal::keep_if_author(c.author_id, c.created_at))
    }
    /// Opens the flag form's part in a shared render (nothing otherwise).
    pub fn open_flag_form(&self, c: &CommentView) -> String {
        self.mark(|| personal::keep_unless_author(c.author_id))
    }
    /// Opens the follow (`following` false) or stop-following button's part in a shared render.
    pub fn open_follow(&self, following: &bool) -> String {
        match self.shared_render {
            Some((kind, id)) => personal::keep_if_following(*following, kind, id),
            None => String::new(),
        }
    }
    /// The follow states written: the reader's own, or both in a shared render.
    pub fn follow_states(&self) -> Vec<bool> {
        if self.shared_render.is_some() {
            vec![true, false]
        } else {
            vec![self.following]
        }
    }
    pub fn close_part(&self) -> String {
        self.mark(personal::end)
    }
    fn mark(&self, mark: impl FnOnce() -> String) -> String {
        if self.shared_render.is_some() {
            mark()
        } else {
            String::new()
        }
    }
}

/// A verified organisation's assessment of a commitment.
pub struct AssessmentView {
    pub id: i64,
    pub organisation: String,
    pub rating: String,
    pub body_html: String,
    pub evidence: Vec<crate::domain::EvidenceLink>,
    pub date: String,
}

impl AssessmentView {
    pub fn new(a: &crate::db::assessments::Assessment, time_zone: &str) -> Self {
        AssessmentView {
            id: a.id,
            organisation: a.organisation_name.clone(),
            rating: a.rating.clone(),
            body_html: render_plain_text(&a.body),
            evidence: serde_json::from_str(&a.evidence).unwrap_or_default(),
            date: format_date(a.created_at, time_zone),
        }
    }
}
