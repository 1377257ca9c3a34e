//! Feedback vocabulary and rules: comments, stances, channels, moderation, assessments.

use super::vocabulary;

vocabulary!(
    /// What a comment says about its subject (optional).
    Stance { Support => "support", Concern => "concern", Suggestion => "suggestion", Question => "question" }
);

vocabulary!(
    /// How feedback reached the city. All but `web` are entered by staff.
    Channel { Web => "web", InPerson => "in_person", Paper => "paper", Phone => "phone", Email => "email" }
);

vocabulary!(
    /// Public reasons for hiding a comment.
    HideReason {
        Spam => "spam",
        Abusive => "abusive",
        PersonalData => "personal_data",
        OffTopic => "off_topic",
        Illegal => "illegal",
    }
);

vocabulary!(
    /// A verified organisation's rating of a commitment.
    Rating { OnTrack => "on_track", Behind => "behind", OffTrack => "off_track", Unclear => "unclear" }
);

vocabulary!(
    /// What a comment or follow is about.
    TargetType { Commitment => "commitment", Project => "project", Consultation => "consultation", Update => "update", Indicator => "indicator" }
);

vocabulary!(
    /// Where a comment stands in moderation (the `comments.state` column).
    CommentState { Visible => "visible", Pending => "pending", Hidden => "hidden" }
);

vocabulary!(
    /// Where a formal challenge to an official status stands (`overdue` is derived: open past
    /// the city's response days).
    ChallengeState { Open => "open", Upheld => "upheld", Rejected => "rejected" }
);

pub const MAX_COMMENT_CHARS: usize = 5000;
/// Authors may correct a comment for this long after posting.
pub const EDIT_WINDOW_SECONDS: i64 = 15 * 60;

/// Why a comment body is refused, as a Fluent key.
pub fn comment_body_problem(body: &str) -> Option<&'static str> {
    let trimmed = body.trim();
    if trimmed.is_empty() {
        return Some("form-comment-empty");
    }
    if trimmed.chars().count() > MAX_COMMENT_CHARS {
        return Some("form-comment-too-long");
    }
    if trimmed.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Some("form-comment-control");
    }
    None
}

/// Normalises line endings and trims; what is stored and shown.
pub fn clean_body(body: &str) -> String {
    body.replace("\r\n", "\n").replace('\r', "\n").trim().to_string()
}

/// Escapes text for HTML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Plain text to safe HTML: everything escaped, paragraphs and line breaks kept, and
/// http(s) URLs turned into links marked `nofollow ugc`. No other markup is possible.
pub fn render_plain_text(text: &str) -> String {
    let mut out = String::new();
    for (i, paragraph) in text.split("\n\n").filter(|p| !p.trim().is_empty()).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("<p>");
        for (j, line) in paragraph.trim().lines().enumerate() {
            if j > 0 {
                out.push_str("<br>");
            }
            out.push_str(&linkify_line(line));
        }
        out.push_str("</p>");
    }
    out
}

fn linkify_line(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = find_url_start(rest) {
        out.push_str(&escape_html(&rest[..start]));
        let candidate = &rest[start..];
        let mut end = candidate
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\''))
            .unwrap_or(candidate.len());
        // Trailing punctuation belongs to the sentence, not the link.
        while end > 0 && candidate[..end].ends_with(['.', ',', ';', ':', '!', '?', ')']) {
            end -= 1;
        }
        let url = &candidate[..end];
        if url.len() > "https://".len() {
            let safe = escape_html(url);
            out.push_str(&format!(r#"<a href="{safe}" rel="nofollow ugc noopener">{safe}</a>"#));
        } else {
            out.push_str(&escape_html(url));
        }
        rest = &candidate[end.max(1)..];
        if end == 0 {
            out.push_str(&escape_html(&candidate[..1]));
        }
    }
    out.push_str(&escape_html(rest));
    out
}

fn find_url_start(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    match (lower.find("https://"), lower.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_checked() {
        assert_eq!(comment_body_problem("   "), Some("form-comment-empty"));
        assert_eq!(comment_body_problem(&"a".repeat(5001)), Some("form-comment-too-long"));
        assert_eq!(comment_body_problem(&"ب".repeat(5000)), None);
        assert_eq!(comment_body_problem("bell\u{7}"), Some("form-comment-control"));
        assert_eq!(comment_body_problem("line one\nline two"), None);
    }

    #[test]
    fn plain_text_is_escaped_and_links_are_marked() {
        let html = render_plain_text("<script>alert(1)</script> see https://example.org/a?b=1&c=2.\n\nbye");
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script"));
        assert!(html.contains(r#"<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">"#));
        assert!(html.contains("</a>.</p>\n<p>bye</p>"));
        let js = render_plain_text("javascript:alert(1) and \"onmouseover=alert(1)\"");
        assert!(!js.contains("<a") && js.contains("&quot;onmouseover"));
        let quote = render_plain_text("https://x.org/\"onmouseover=alert(1)");
        assert!(quote.contains(r#"href="https://x.org/""#) && quote.contains("&quot;onmouseover"));
    }
}

vocabulary!(
    /// How often a saved search mails what it found.
    AlertFrequency { Immediate => "immediate", Daily => "daily", Weekly => "weekly" }
);
