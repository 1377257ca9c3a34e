//! The questionnaire as residents answer it, its results, and the staff pages that build it
//! and take offline answers.

use super::admin::LocaleSection;
use super::forms::FormState;
use super::{Page, Shown};
use crate::domain::feedback::escape_html;
use crate::i18n::I18n;
use askama::Template;

/// One option of a choice or scale question, as a radio button or checkbox.
pub struct OptionView {
    pub number: i64,
    pub label: String,
    pub checked: bool,
}

/// One question of the form.
pub struct QuestionView {
    pub id: i64,
    /// 1, 2, 3… as shown.
    pub number: i64,
    pub kind: &'static str,
    pub prompt: Shown,
    pub options: Vec<OptionView>,
    pub required: bool,
    /// The text given (text questions).
    pub text: String,
    /// Translated problem with this question's answer.
    pub error: Option<String>,
}

impl QuestionView {
    pub fn input_type(&self) -> &'static str {
        if self.kind == "multiple" {
            "checkbox"
        } else {
            "radio"
        }
    }
    /// The id of the question's first control, where the error summary leads.
    pub fn first_control(&self) -> String {
        format!("q{}", self.id)
    }
    pub fn control_id(&self, number: &i64) -> String {
        if *number == 1 {
            self.first_control()
        } else {
            format!("q{}-{number}", self.id)
        }
    }
    pub fn described_by(&self, hint: bool) -> String {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("q{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("q{}-error", self.id));
        }
        if ids.is_empty() {
            String::new()
        } else {
            format!(" aria-describedby=\"{}\"", ids.join(" "))
        }
    }
}

/// The questionnaire part of a consultation page.
#[derive(Default)]
pub struct QuestionnaireSection {
    pub questions: Vec<QuestionView>,
    /// Open now: the form is shown (to a signed-in person).
    pub open: bool,
    pub signed_in: bool,
    /// The person already answered (their answers are filled in).
    pub answered: bool,
    /// Just saved.
    pub saved: bool,
    /// Problems with the form as a whole, translated.
    pub form_errors: Vec<String>,
    pub results_public: bool,
    pub respondents: i64,
    /// Where an anonymous visitor signs in to answer (and comes back).
    pub login_link: String,
}

impl QuestionnaireSection {
    pub fn has_errors(&self) -> bool {
        !self.form_errors.is_empty() || self.questions.iter().any(|q| q.error.is_some())
    }
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }
}

/// One option's row in the results table.
pub struct OptionResult {
    pub label: String,
    pub count: i64,
    pub share: String,
    /// Counts per channel, in the order of `ResultsView::channels`.
    pub by_channel: Vec<i64>,
}

pub struct TextResult {
    pub id: i64,
    pub body: String,
    pub lang: String,
    pub channel: String,
    /// Public reason when a moderator hid it.
    pub hidden_reason: Option<String>,
}

pub struct QuestionResult {
    pub id: i64,
    pub number: i64,
    pub kind: &'static str,
    pub prompt: Shown,
    pub respondents: i64,
    pub options: Vec<OptionResult>,
    pub mean: Option<String>,
    /// Inline SVG of the option bars (empty for written answers).
    pub chart: String,
    pub texts: Vec<TextResult>,
}

/// The answers to one question as an inline SVG bar chart, sized for a phone: each option's
/// label on its own line above its bar, the count and share after the bar. On right-to-left
/// pages the labels are right-aligned and the bars grow from the right. The same numbers are in
/// the table beside it; the chart's text alternative lists them too.
pub fn results_chart(id: &str, title: &str, options: &[OptionResult], rtl: bool) -> String {
    const WIDTH: f64 = 320.0;
    const BAR_MAX: f64 = 220.0;
    const ROW: usize = 44;
    let max = options.iter().map(|o| o.count).max().unwrap_or(0).max(1) as f64;
    let height = options.len() * ROW + 4;
    let alt =
        options.iter().map(|o| format!("{}: {} ({} %)", o.label, o.count, o.share)).collect::<Vec<_>>().join("; ");
    let mut svg = format!(
        r#"<svg class="chart results-chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-labelledby="{id}-t {id}-d" direction="ltr" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"#,
        escape_html(title),
        escape_html(&alt)
    );
    // The drawing is laid out left to right (`direction="ltr"`, so `end` is the right edge) and
    // mirrored by hand on right-to-left pages; each label's own script still reads in its direction.
    let (anchor, label_x) = if rtl { ("end", WIDTH) } else { ("start", 0.0) };
    for (i, o) in options.iter().enumerate() {
        let y = i * ROW;
        let width = (o.count as f64 / max * BAR_MAX).round().max(if o.count > 0 { 2.0 } else { 0.0 });
        let label: String = o.label.chars().take(48).collect();
        let (bar_x, value_x) = if rtl { (WIDTH - width, WIDTH - width - 6.0) } else { (0.0, width + 6.0) };
        svg.push_str(&format!(
            r##"<text x="{label_x}" y="{}" font-size="13" fill="#1a1a1a" text-anchor="{anchor}">{}</text><rect x="{bar_x}" y="{}" width="{width}" height="16" fill="#0b4f8a"/><text x="{value_x}" y="{}" font-size="13" fill="#1a1a1a" text-anchor="{anchor}">{} ({} %)</text>"##,
            y + 14,
            escape_html(&label),
            y + 20,
            y + 33,
            o.count,
            o.share,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[derive(Template)]
#[template(path = "questionnaires/results.html")]
pub struct ResultsView {
    pub page: Page,
    pub ref_no: i64,
    pub title: Shown,
    pub phase: &'static str,
    /// False while the results are not yet public (only the notice is shown).
    pub visible: bool,
    pub closes: String,
    pub respondents: i64,
    /// (channel id, respondents).
    pub by_channel: Vec<(&'static str, i64)>,
    pub channels: Vec<&'static str>,
    pub questions: Vec<QuestionResult>,
    /// A moderator sees the hide and restore buttons.
    pub can_moderate: bool,
    pub hide_reasons: Vec<&'static str>,
}

impl ResultsView {
    /// "Hidden by a moderator: spam".
    pub fn hidden_line(&self, i18n: &I18n, reason: &str) -> String {
        i18n.ts("answer-hidden", "reason", &i18n.tp("reason-", reason))
    }
}

/// One existing question on the staff page, with its edit form values.
pub struct QuestionAdmin {
    pub id: i64,
    pub number: i64,
    pub kind: &'static str,
    pub prompt: Shown,
    pub required: bool,
    /// Option labels in the reader's language.
    pub options: Vec<String>,
}

#[derive(Template)]
#[template(path = "questionnaires/questions.html")]
pub struct QuestionsAdminView {
    pub page: Page,
    pub ref_no: i64,
    pub title: Shown,
    pub questions: Vec<QuestionAdmin>,
    /// Answers exist: only wording and order may change.
    pub locked: bool,
    pub responses: i64,
    pub live_results: bool,
    /// The form adding a question (values and errors).
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    pub kinds: Vec<&'static str>,
}

impl QuestionsAdminView {
    pub fn kind_selected(&self, kind: &str) -> bool {
        self.form.value("kind") == kind
    }
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        question_fields()
    }
}

fn question_fields() -> Vec<(&'static str, bool)> {
    vec![("prompt", false), ("options", true)]
}

/// One question's edit form.
#[derive(Template)]
#[template(path = "questionnaires/question_edit.html")]
pub struct QuestionEditView {
    pub page: Page,
    pub ref_no: i64,
    pub question_id: i64,
    pub locked: bool,
    pub form: FormState,
    pub sections: Vec<LocaleSection>,
    pub kinds: Vec<&'static str>,
}

impl QuestionEditView {
    pub fn kind_selected(&self, kind: &str) -> bool {
        self.form.value("kind") == kind
    }
    pub fn translated_fields(&self) -> Vec<(&'static str, bool)> {
        question_fields()
    }
}

#[derive(Template)]
#[template(path = "questionnaires/offline.html")]
pub struct OfflineAnswersView {
    pub page: Page,
    pub ref_no: i64,
    pub title: Shown,
    pub questionnaire: QuestionnaireSection,
    pub channel: String,
    pub language: String,
    pub copies: String,
    pub channels: Vec<&'static str>,
    pub languages: Vec<crate::domain::Locale>,
    pub entered: Option<i64>,
}

impl OfflineAnswersView {
    pub fn channel_selected(&self, channel: &str) -> bool {
        self.channel == channel
    }
}
