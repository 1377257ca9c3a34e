-- Saved searches: a person's words and filters, matched by the indexer against what it
-- indexes; matches wait here until they are mailed (by frequency) and feed a private Atom feed.
CREATE TABLE saved_searches (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The search request (words and filters) as a query string, exactly as the search page reads it.
    query TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly')),
    feed_token TEXT NOT NULL UNIQUE,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_mailed_at BIGINT
);
CREATE INDEX saved_searches_by_user ON saved_searches (user_id);

CREATE TABLE saved_search_matches (
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    -- The index document's key (`comment:12`): one match per document per saved search.
    doc_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    city TEXT NOT NULL,
    -- Path after /{locale}, to the exact anchor.
    link TEXT NOT NULL,
    -- The item's translated titles (JSON).
    titles TEXT NOT NULL,
    snippet TEXT NOT NULL,
    lang TEXT NOT NULL,
    date BIGINT NOT NULL,
    matched_at BIGINT NOT NULL,
    mailed_at BIGINT,
    PRIMARY KEY (saved_search_id, doc_key)
);
CREATE INDEX saved_search_matches_waiting ON saved_search_matches (mailed_at, saved_search_id);
CREATE INDEX saved_search_matches_by_doc ON saved_search_matches (doc_key);
