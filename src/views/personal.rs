//! Pages for signed-in residents from one shared render.
//!
//! A page is rendered once for a stand-in resident (no name, no token, following nothing) with
//! marks where it differs from one resident to the next: the CSRF token and the name are
//! placeholders, and the parts that depend on who reads (the edit link of one's own comment,
//! the flag form of everyone else's, the follow button) are kept between conditional marks.
//! `personalise` turns that skeleton into one resident's page with string work only.
//!
//! The marks carry a random word chosen when the process starts, so no text a person writes
//! can imitate them.

use crate::domain::feedback::EDIT_WINDOW_SECONDS;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The random word in every mark of this process.
pub fn nonce() -> &'static str {
    static NONCE: LazyLock<String> = LazyLock::new(|| {
        use rand::Rng;
        let bytes: [u8; 12] = rand::thread_rng().gen();
        format!("th{}", hex::encode(bytes))
    });
    &NONCE
}

/// Where the stand-in's CSRF token and name stand in a skeleton.
pub fn csrf_placeholder() -> String {
    format!("{}csrf", nonce())
}
pub fn name_placeholder() -> String {
    format!("{}name", nonce())
}

/// Opens a part kept only for the author of a comment still in its edit window.
pub fn keep_if_author(author: Option<i64>, created_at: i64) -> String {
    format!("<!--{}:author={}:{created_at}-->", nonce(), author.unwrap_or(0))
}
/// Opens a part kept for everyone but the comment's author.
pub fn keep_unless_author(author: Option<i64>) -> String {
    format!("<!--{}:not-author={}-->", nonce(), author.unwrap_or(0))
}
/// Opens a part kept when the reader follows (`following`) or does not follow the item.
pub fn keep_if_following(following: bool, kind: &str, id: i64) -> String {
    let word = if following { "following" } else { "not-following" };
    format!("<!--{}:{word}={kind}:{id}-->", nonce())
}
/// Closes a conditional part.
pub fn end() -> String {
    format!("<!--{}:end-->", nonce())
}

/// The items a skeleton's follow buttons are about, as (kind, id).
pub fn followable_items(skeleton: &str) -> Vec<(String, i64)> {
    let open = format!("<!--{}:following=", nonce());
    let mut items = Vec::new();
    let mut rest = skeleton;
    while let Some(at) = rest.find(&open) {
        rest = &rest[at + open.len()..];
        let Some(close) = rest.find("-->") else { break };
        if let Some((kind, id)) = rest[..close].split_once(':') {
            if let Ok(id) = id.parse() {
                items.push((kind.to_string(), id));
            }
        }
    }
    items
}

/// One signed-in resident, as a skeleton needs them.
pub struct Reader<'a> {
    pub user_id: i64,
    pub csrf: &'a str,
    /// The display name, not yet escaped.
    pub name: &'a str,
    pub now: i64,
    /// The items among `followable_items` this reader follows.
    pub follows: HashSet<(String, i64)>,
}

impl Reader<'_> {
    fn keeps(&self, condition: &str) -> bool {
        let (word, value) = condition.split_once('=').unwrap_or((condition, ""));
        let number = |v: &str| v.parse::<i64>().unwrap_or(-1);
        let item = || value.split_once(':').map(|(k, id)| (k.to_string(), number(id)));
        match word {
            "author" => value.split_once(':').is_some_and(|(author, since)| {
                number(author) == self.user_id && self.now - number(since) <= EDIT_WINDOW_SECONDS
            }),
            "not-author" => number(value) != self.user_id,
            "following" => item().is_some_and(|i| self.follows.contains(&i)),
            "not-following" => item().is_some_and(|i| !self.follows.contains(&i)),
            _ => false,
        }
    }
}

/// The reader's page from a skeleton.
pub fn personalise(skeleton: &str, reader: &Reader) -> String {
    let open = format!("<!--{}:", nonce());
    let end = end();
    let mut page = String::with_capacity(skeleton.len() + 256);
    let mut rest = skeleton;
    while let Some(at) = rest.find(&open) {
        page.push_str(&rest[..at]);
        let after = &rest[at + open.len()..];
        let Some(close) = after.find("-->") else {
            rest = after;
            break;
        };
        let inside = &after[close + 3..];
        let length = inside.find(&end).unwrap_or(inside.len());
        if reader.keeps(&after[..close]) {
            page.push_str(&inside[..length]);
        }
        rest = inside.get(length + end.len()..).unwrap_or("");
    }
    page.push_str(rest);
    page.replace(&csrf_placeholder(), reader.csrf).replace(&name_placeholder(), &escape(reader.name))
}

/// Escaped by askama's own HTML escaper, so a filled-in name is what a template writes.
fn escape(text: &str) -> String {
    use askama::filters::Escaper;
    let mut out = String::with_capacity(text.len() + 16);
    // Writing to a String cannot fail.
    let _ = askama::filters::Html.write_escaped_str(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reader(user_id: i64, follows: &[(&str, i64)]) -> Reader<'static> {
        Reader {
            user_id,
            csrf: "TOKEN",
            name: "Amani <Ali> & \"co\"",
            now: 10_000,
            follows: follows.iter().map(|(k, i)| (k.to_string(), *i)).collect(),
        }
    }

    #[test]
    fn each_reader_gets_their_own_parts() {
        let skeleton = format!(
            "<p>{name}</p><input value=\"{csrf}\">\
             <a>one{edit1}EDIT-7{end}{flag1}FLAG-7{end}</a>\
             <a>two{edit2}EDIT-8{end}{flag2}FLAG-8{end}</a>\
             {on}STOP{end}{off}START{end}",
            name = name_placeholder(),
            csrf = csrf_placeholder(),
            edit1 = keep_if_author(Some(7), 9_900),
            flag1 = keep_unless_author(Some(7)),
            edit2 = keep_if_author(Some(8), 1),
            flag2 = keep_unless_author(Some(8)),
            on = keep_if_following(true, "commitment", 3),
            off = keep_if_following(false, "commitment", 3),
            end = end(),
        );
        assert_eq!(followable_items(&skeleton), vec![("commitment".to_string(), 3)]);
        let seven = personalise(&skeleton, &reader(7, &[("commitment", 3)]));
        assert_eq!(
            seven,
            "<p>Amani &#60;Ali&#62; &#38; &#34;co&#34;</p><input value=\"TOKEN\">\
             <a>oneEDIT-7</a><a>twoFLAG-8</a>STOP"
        );
        let eight = personalise(&skeleton, &reader(8, &[]));
        assert!(eight.contains("oneFLAG-7</a>"), "{eight}");
        assert!(eight.contains("two</a>"), "the edit window of comment 8 is over: {eight}");
        assert!(eight.ends_with("START"), "{eight}");
        assert!(!eight.contains(nonce()), "no mark is left: {eight}");
    }

    #[test]
    fn a_page_without_marks_is_unchanged_and_a_cut_mark_drops_nothing_before_it() {
        assert_eq!(personalise("<p>plain</p>", &reader(1, &[])), "<p>plain</p>");
        let cut = format!("<p>before</p><!--{}:not-author=2", nonce());
        assert!(personalise(&cut, &reader(1, &[])).starts_with("<p>before</p>"));
    }
}
