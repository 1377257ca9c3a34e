//! Atom feeds (RFC 4287): one writer for the public feeds and the private saved-search feeds.

use super::format_datetime_iso;
use crate::domain::feedback::escape_html as xml;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// One entry of a feed.
pub struct Entry {
    pub id: String,
    pub title: String,
    pub link: String,
    pub updated: i64,
    pub author: String,
    pub content: String,
}

/// An Atom document (newest entry first), served with its media type.
pub fn response(id: &str, title: &str, self_link: &str, alternate: &str, entries: &mut [Entry]) -> Response {
    entries.sort_by_key(|e| std::cmp::Reverse(e.updated));
    let updated = entries.first().map(|e| e.updated).unwrap_or(0);
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out.push_str(&format!(
        "  <id>{}</id>\n  <title>{}</title>\n  <updated>{}</updated>\n  <link rel=\"self\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <generator>townhall</generator>\n",
        xml(id),
        xml(title),
        format_datetime_iso(updated),
        xml(self_link),
        xml(alternate)
    ));
    for e in entries.iter() {
        out.push_str(&format!(
            "  <entry>\n    <id>{}</id>\n    <title>{}</title>\n    <updated>{}</updated>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <author><name>{}</name></author>\n    <content type=\"text\">{}</content>\n  </entry>\n",
            xml(&e.id),
            xml(&e.title),
            format_datetime_iso(e.updated),
            xml(&e.link),
            xml(&e.author),
            xml(&e.content)
        ));
    }
    out.push_str("</feed>\n");
    ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], out).into_response()
}
