//! The index schema: one text and one title field per language, each with the analyzer of
//! that language, plus filter fields. A query is parsed against every language's fields, so
//! "bus lanes" finds English, French and Swahili comments alike, each stemmed its own way.

use crate::domain::Locale;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, NgramTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
};
use tantivy::Index;

#[derive(Clone, Copy)]
pub struct Fields {
    /// `comment:12`, `commitment:3`…: the document's identity, for deletes.
    pub key: Field,
    pub kind: Field,
    pub city: Field,
    pub lang: Field,
    pub themes: Field,
    pub sdgs: Field,
    pub stance: Field,
    pub channel: Field,
    pub status: Field,
    pub organisation: Field,
    /// Unix seconds.
    pub date: Field,
    /// Not found by searches before this time (Unix seconds): a questionnaire's written answers
    /// wait until its results are public. Absent on every other document.
    pub embargo: Field,
    // Comment-only fast fields, read by the transparency report's collector.
    /// The commented item: `kind code << 40 | id` (see `target_key`).
    pub target: Field,
    /// 1 for a top-level comment, 0 for a reply.
    pub top_level: Field,
    /// 1 for a staff member's official response.
    pub official: Field,
    /// Seconds from a top-level comment to its first official response; -1 when unanswered.
    pub response_secs: Field,
    /// A stable hash of who spoke (account, offline name, or the comment itself).
    pub participant: Field,
    /// The organisation the comment speaks for; 0 for none.
    pub organisation_id: Field,
    /// The title shown in results (the item's, for comments and updates).
    /// The item's title in every language it has (JSON), to show hits in the reader's language.
    pub titles: Field,
    pub display_title: Field,
    /// Path after `/{locale}` to the exact place (`…/commitments/C-3#comment-12`).
    pub link: Field,
    text: [Field; 7],
    title: [Field; 7],
}

impl Fields {
    pub fn text(&self, l: Locale) -> Field {
        self.text[l as usize]
    }
    pub fn title(&self, l: Locale) -> Field {
        self.title[l as usize]
    }
    /// Every full-text field, for the query parser.
    pub fn all_text(&self) -> Vec<Field> {
        self.text.iter().chain(self.title.iter()).copied().collect()
    }
    /// The text and title fields of one language.
    pub fn text_in(&self, l: Locale) -> Vec<Field> {
        vec![self.text(l), self.title(l)]
    }
}

/// The kinds of item a comment can be on, as stored in the `target` field.
pub const TARGET_KINDS: [&str; 4] = ["commitment", "project", "consultation", "update"];

/// Where the kind code sits in a packed target; ids use the 40 bits below it.
pub const TARGET_KIND_SHIFT: u32 = 40;

/// Packs a comment's target into one fast-field value.
pub fn target_key(kind: &str, id: i64) -> u64 {
    let code = TARGET_KINDS.iter().position(|k| *k == kind).map(|i| i as u64 + 1).unwrap_or(0);
    (code << TARGET_KIND_SHIFT) | (id as u64 & ((1 << TARGET_KIND_SHIFT) - 1))
}

/// The (kind, id) of a packed target.
pub fn target_of(key: u64) -> Option<(&'static str, i64)> {
    let code = (key >> TARGET_KIND_SHIFT) as usize;
    let kind = TARGET_KINDS.get(code.checked_sub(1)?)?;
    Some((kind, (key & ((1 << TARGET_KIND_SHIFT) - 1)) as i64))
}

fn tokenizer_name(l: Locale) -> String {
    format!("th_{}", l.id())
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let filter = STRING | FAST | STORED;
    let key = b.add_text_field("key", STRING | STORED);
    let kind = b.add_text_field("kind", filter.clone());
    let city = b.add_text_field("city", filter.clone());
    let lang = b.add_text_field("lang", filter.clone());
    let themes = b.add_text_field("themes", filter.clone());
    let sdgs = b.add_u64_field("sdgs", INDEXED | FAST | STORED);
    let stance = b.add_text_field("stance", filter.clone());
    let channel = b.add_text_field("channel", filter.clone());
    let status = b.add_text_field("status", filter.clone());
    let organisation = b.add_text_field("organisation", STRING | STORED);
    let date = b.add_i64_field("date", INDEXED | FAST | STORED);
    let embargo = b.add_i64_field("embargo", INDEXED);
    let target = b.add_u64_field("target", FAST);
    let top_level = b.add_u64_field("top_level", FAST);
    let official = b.add_u64_field("official", FAST);
    let response_secs = b.add_i64_field("response_secs", FAST);
    let participant = b.add_u64_field("participant", FAST);
    let organisation_id = b.add_u64_field("organisation_id", FAST);
    let display_title = b.add_text_field("display_title", STORED);
    let titles = b.add_text_field("titles", STORED);
    let link = b.add_text_field("link", STORED);
    let text_options = |l: Locale| {
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(l))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored()
    };
    let text: Vec<Field> =
        Locale::ALL.iter().map(|l| b.add_text_field(&format!("text_{}", l.id()), text_options(*l))).collect();
    let title: Vec<Field> =
        Locale::ALL.iter().map(|l| b.add_text_field(&format!("title_{}", l.id()), text_options(*l))).collect();
    let text: [Field; 7] = text.try_into().expect("seven locales");
    let title: [Field; 7] = title.try_into().expect("seven locales");
    let fields = Fields {
        key,
        kind,
        city,
        lang,
        themes,
        sdgs,
        stance,
        channel,
        status,
        organisation,
        date,
        embargo,
        target,
        top_level,
        official,
        response_secs,
        participant,
        organisation_id,
        display_title,
        titles,
        link,
        text,
        title,
    };
    (b.build(), fields)
}

/// Registers the per-language analyzers on an index (needed after every open).
pub fn register_tokenizers(index: &Index) {
    for l in Locale::ALL {
        let latin = |lang: Option<Language>| {
            let base = TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(RemoveLongFilter::limit(60))
                .filter(LowerCaser);
            // Folding accents makes "equipement" find "équipement".
            match lang {
                Some(lang) => base.filter(AsciiFoldingFilter).filter(Stemmer::new(lang)).build(),
                None => base.filter(AsciiFoldingFilter).build(),
            }
        };
        let analyzer = match l {
            Locale::En => latin(Some(Language::English)),
            Locale::Fr => latin(Some(Language::French)),
            Locale::Es => latin(Some(Language::Spanish)),
            Locale::Ru => latin(Some(Language::Russian)),
            Locale::Ar => latin(Some(Language::Arabic)),
            Locale::Sw => latin(None),
            // Chinese has no spaces between words: index single characters and bigrams.
            Locale::Zh => TextAnalyzer::builder(NgramTokenizer::new(1, 2, false).expect("valid n-gram range"))
                .filter(LowerCaser)
                .build(),
        };
        index.tokenizers().register(&tokenizer_name(*l), analyzer);
    }
}
