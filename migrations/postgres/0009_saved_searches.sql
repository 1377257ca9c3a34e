-- Saved searches: a person's words and filters, matched by the indexer against each batch
-- it applies; what matched waits here until it is mailed (by frequency) and feeds a private
-- Atom feed.
CREATE TABLE saved_searches (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The search request (words and filters) as a query string, read as the search page reads it.
    query TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly')),
    feed_token TEXT NOT NULL UNIQUE,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_mailed_at BIGINT
);
CREATE INDEX saved_searches_by_user ON saved_searches (user_id);

-- Each document that matched at least one saved search, once, as mails and feeds show it.
-- A document that leaves the index (a hidden comment) leaves this table too.
CREATE TABLE alert_documents (
    -- The index document's key, e.g. comment:12.
    doc_key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    city TEXT NOT NULL,
    -- Path after /{locale}, to the exact anchor.
    link TEXT NOT NULL,
    -- The item's translated titles (JSON).
    titles TEXT NOT NULL,
    snippet TEXT NOT NULL,
    lang TEXT NOT NULL,
    date BIGINT NOT NULL,
    matched_at BIGINT NOT NULL
);

-- What one indexing batch found for one saved search: one row, however many documents, so a
-- batch writes at most one row per saved search.
CREATE TABLE saved_search_hits (
    id BIGSERIAL PRIMARY KEY,
    saved_search_id BIGINT NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
    -- Space-separated document keys.
    doc_keys TEXT NOT NULL,
    matched_at BIGINT NOT NULL,
    mailed_at BIGINT
);
CREATE INDEX saved_search_hits_waiting ON saved_search_hits (mailed_at, saved_search_id);
CREATE INDEX saved_search_hits_by_search ON saved_search_hits (saved_search_id, id);
