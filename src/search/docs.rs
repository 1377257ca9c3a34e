//! Turning database rows into index documents.

use super::schema::Fields;
use crate::db::comments::Comment;
use crate::db::items::{ItemCatalog, ItemEntry};
use crate::db::updates::Update;
use crate::db::{commitments, consultations, projects};
use crate::domain::{Locale, Translated};
use tantivy::TantivyDocument;

/// Every city's items, from the one item catalog; loaded whole for each indexing batch.
pub type Catalog = ItemCatalog;

fn base(f: &Fields, key: String, kind: &str, item: &ItemEntry, date: i64, link: String) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.key, key);
    doc.add_text(f.kind, kind);
    doc.add_text(f.city, &item.city);
    doc.add_i64(f.date, date);
    doc.add_text(f.link, link);
    doc.add_text(f.display_title, item.title.show(Locale::En, Locale::En).text);
    doc.add_text(f.titles, item.title.to_json());
    for t in &item.themes {
        doc.add_text(f.themes, t);
    }
    for s in &item.sdgs {
        doc.add_u64(f.sdgs, *s as u64);
    }
    doc
}

fn add_translations(doc: &mut TantivyDocument, f: &Fields, title: &Translated, text: &Translated) {
    for (code, value) in &title.0 {
        if let Some(l) = Locale::parse(code) {
            doc.add_text(f.title(l), value);
        }
    }
    for (code, value) in &text.0 {
        if let Some(l) = Locale::parse(code) {
            doc.add_text(f.text(l), value);
            doc.add_text(f.lang, l.id());
        }
    }
}

/// A visible comment, in the field of the language it was written in.
pub fn comment(f: &Fields, cat: &Catalog, c: &Comment) -> Option<TantivyDocument> {
    let item = cat.get_by_name(&c.target_type, c.target_id)?;
    let mut doc =
        base(f, format!("comment:{}", c.id), "comment", item, c.created_at, format!("{}#comment-{}", item.path, c.id));
    let lang = Locale::parse(&c.language).unwrap_or(Locale::En);
    doc.add_text(f.text(lang), &c.body);
    doc.add_text(f.lang, lang.id());
    doc.add_text(f.channel, &c.channel);
    if let Some(s) = &c.stance {
        doc.add_text(f.stance, s);
    }
    if let Some(o) = &c.organisation_name {
        doc.add_text(f.organisation, o);
    }
    doc.add_u64(f.target, super::schema::target_key(&c.target_type, c.target_id));
    doc.add_u64(f.top_level, u64::from(c.parent_id.is_none()));
    doc.add_u64(f.official, u64::from(c.is_official));
    doc.add_i64(f.response_secs, c.responded_at.map(|at| (at - c.created_at).max(0)).unwrap_or(-1));
    doc.add_u64(f.participant, participant(c));
    doc.add_u64(f.organisation_id, c.organisation_id.unwrap_or(0) as u64);
    Some(doc)
}

/// Who spoke, as a stable 64-bit hash (it is stored in the index, so it must not change
/// between builds): the account, else the name written on an offline form, else the
/// comment itself (an anonymous offline comment is one participant).
fn participant(c: &Comment) -> u64 {
    use sha2::{Digest, Sha256};
    let key = match (c.author_id, &c.offline_name) {
        (Some(id), _) => format!("account:{id}"),
        (None, Some(name)) => format!("offline:{name}"),
        (None, None) => format!("comment:{}", c.id),
    };
    let digest = Sha256::digest(key.as_bytes());
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

pub fn commitment(f: &Fields, cat: &Catalog, c: &commitments::Commitment) -> Option<TantivyDocument> {
    let item = cat.get_by_name("commitment", c.row.id)?;
    let mut doc = base(f, format!("commitment:{}", c.row.id), "commitment", item, c.row.created_at, item.path.clone());
    let mut text = Translated::from_json(&c.row.summary);
    for (l, body) in Translated::from_json(&c.row.body).0 {
        let entry = text.0.entry(l).or_default();
        entry.push_str("\n\n");
        entry.push_str(&body);
    }
    add_translations(&mut doc, f, &item.title, &text);
    doc.add_text(f.status, &c.row.status);
    Some(doc)
}

pub fn project(f: &Fields, cat: &Catalog, p: &projects::Project) -> Option<TantivyDocument> {
    let item = cat.get_by_name("project", p.id)?;
    let mut doc = base(f, format!("project:{}", p.id), "project", item, p.created_at, item.path.clone());
    add_translations(&mut doc, f, &item.title, &Translated::from_json(&p.body));
    doc.add_text(f.status, &p.status);
    Some(doc)
}

pub fn consultation(f: &Fields, cat: &Catalog, k: &consultations::Consultation) -> Option<TantivyDocument> {
    let item = cat.get_by_name("consultation", k.id)?;
    let mut doc = base(f, format!("consultation:{}", k.id), "consultation", item, k.opens_at, item.path.clone());
    let mut text = Translated::from_json(&k.body);
    for (l, q) in Translated::from_json(&k.questions).0 {
        let entry = text.0.entry(l).or_default();
        entry.push_str("\n\n");
        entry.push_str(&q);
    }
    add_translations(&mut doc, f, &item.title, &text);
    Some(doc)
}

pub fn update(f: &Fields, cat: &Catalog, u: &Update) -> Option<TantivyDocument> {
    let (kind, id) = match (u.commitment_id, u.project_id) {
        (Some(id), _) => ("commitment", id),
        (_, Some(id)) => ("project", id),
        _ => return None,
    };
    let item = cat.get_by_name(kind, id)?;
    let mut doc =
        base(f, format!("update:{}", u.id), "update", item, u.created_at, format!("{}#update-{}", item.path, u.seq));
    add_translations(&mut doc, f, &Translated::default(), &u.text());
    doc.add_text(f.status, &u.status);
    Some(doc)
}

/// A challenge to an official status, with the city's answer once there is one. Its words
/// are the organisation's (and the city's), whose language is not recorded: they are
/// analysed in the city's default language.
pub fn challenge(
    f: &Fields,
    cat: &Catalog,
    c: &crate::db::challenges::Challenge,
    lang: Locale,
) -> Option<TantivyDocument> {
    let item = cat.get_by_name(&c.target_type, c.target_id)?;
    let mut doc = base(
        f,
        format!("challenge:{}", c.id),
        "challenge",
        item,
        c.created_at,
        format!("{}#challenge-{}", item.path, c.id),
    );
    let mut text = c.body.clone();
    if let Some(answer) = &c.answer {
        text.push_str("\n\n");
        text.push_str(answer);
    }
    doc.add_text(f.text(lang), &text);
    doc.add_text(f.lang, lang.id());
    doc.add_text(f.organisation, &c.organisation_name);
    doc.add_text(f.status, c.state.id());
    doc.add_u64(f.organisation_id, c.organisation_id as u64);
    Some(doc)
}

/// A published indicator value: the figure, its date and unit, its source and note, analysed in
/// the city's default language (staff write sources and notes in it).
pub fn indicator_value(
    f: &Fields,
    cat: &Catalog,
    v: &crate::db::indicators::Value,
    unit: &str,
    lang: Locale,
) -> Option<TantivyDocument> {
    let item = cat.get_by_name("indicator", v.indicator_id)?;
    let mut doc = base(
        f,
        format!("indicator_value:{}", v.id),
        "value",
        item,
        v.created_at,
        format!("{}#value-{}", item.path, v.seq),
    );
    let mut text = format!("{} {} {unit} ({}) {}", v.code, v.value, v.date, v.source);
    if !v.note.is_empty() {
        text.push_str(". ");
        text.push_str(&v.note);
    }
    doc.add_text(f.text(lang), &text);
    doc.add_text(f.lang, lang.id());
    Some(doc)
}

/// A written answer to a questionnaire, in the field of the language it was given in. It links
/// to the results page and waits there (`embargo`) until the results are public.
pub fn answer(
    f: &Fields,
    cat: &Catalog,
    a: &crate::db::questionnaires::TextAnswer,
    prompt: &Translated,
    public_from: i64,
) -> Option<TantivyDocument> {
    let item = cat.get_by_name("consultation", a.consultation_id)?;
    let link = format!("{}/results#answer-{}", item.path, a.id);
    let mut doc = base(f, format!("answer:{}", a.id), "answer", item, a.updated_at, link);
    let lang = Locale::parse(&a.language).unwrap_or(Locale::En);
    doc.add_text(f.text(lang), &a.body);
    doc.add_text(f.lang, lang.id());
    doc.add_text(f.channel, &a.channel);
    for (code, value) in &prompt.0 {
        if let Some(l) = Locale::parse(code) {
            doc.add_text(f.title(l), value);
        }
    }
    doc.add_i64(f.embargo, public_from);
    Some(doc)
}
