-- Feedback: consultations, comments, flags, assessments, follows, and the ordered change
-- log that the search indexer follows.

CREATE TABLE consultations (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    ref_no BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Translated text, one guiding question per line.
    questions TEXT NOT NULL,
    commitment_id BIGINT REFERENCES commitments(id),
    project_id BIGINT REFERENCES projects(id),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    outcome_heard TEXT NOT NULL DEFAULT '{}',
    outcome_actions TEXT NOT NULL DEFAULT '{}',
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, ref_no)
);
ALTER TABLE cities ADD COLUMN next_consultation_no BIGINT NOT NULL DEFAULT 1;

CREATE TABLE comments (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    -- commitment | project | consultation | update
    target_type TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    -- NULL once the author deleted their account ("deleted account").
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    -- Name given on paper, by phone…; only for offline feedback entered by staff.
    offline_name TEXT,
    organisation_id BIGINT REFERENCES organisations(id),
    parent_id BIGINT REFERENCES comments(id),
    body TEXT NOT NULL,
    stance TEXT,
    language TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'web',
    -- visible | pending | hidden
    state TEXT NOT NULL DEFAULT 'visible',
    hidden_reason TEXT,
    is_official BOOLEAN NOT NULL DEFAULT FALSE,
    department TEXT,
    entered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    -- Set on a top-level comment when its first official response is published.
    responded_at BIGINT
);
CREATE INDEX comments_by_target ON comments (target_type, target_id, state, created_at);
CREATE INDEX comments_by_parent ON comments (parent_id);
CREATE INDEX comments_by_city ON comments (city_id, state, created_at);
CREATE INDEX comments_by_author ON comments (author_id);

CREATE TABLE flags (
    id BIGSERIAL PRIMARY KEY,
    comment_id BIGINT NOT NULL REFERENCES comments(id),
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    handled_at BIGINT
);
CREATE INDEX flags_open ON flags (handled_at, comment_id);

CREATE TABLE assessments (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    commitment_id BIGINT NOT NULL REFERENCES commitments(id),
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    rating TEXT NOT NULL,
    body TEXT NOT NULL,
    evidence TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX assessments_by_commitment ON assessments (commitment_id, created_at);

CREATE TABLE follows (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    target_type TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, target_type, target_id)
);
CREATE INDEX follows_by_target ON follows (target_type, target_id);
ALTER TABLE users ADD COLUMN notify_mode TEXT NOT NULL DEFAULT 'immediate';
ALTER TABLE users ADD COLUMN unsubscribe_token TEXT;

-- Notifications waiting for a daily digest.
CREATE TABLE digest_items (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    line TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Every change that affects search, in order. The indexer follows `seq`.
CREATE TABLE search_changes (
    seq BIGSERIAL PRIMARY KEY,
    entity_type TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    op TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
