-- A verified organisation formally contests the official status of a commitment or project;
-- the city answers within its response_days, upholding it (with the correcting update) or not.
CREATE TABLE challenges (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    target_type TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id),
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    official_status TEXT NOT NULL,
    claimed_status TEXT NOT NULL,
    body TEXT NOT NULL,
    evidence TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
    answered_at BIGINT,
    answered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    answer TEXT,
    department TEXT,
    correcting_seq BIGINT
);
CREATE INDEX challenges_by_city ON challenges (city_id, state, created_at);
CREATE INDEX challenges_by_target ON challenges (target_type, target_id);
-- One open challenge per organisation per item.
CREATE UNIQUE INDEX challenges_one_open ON challenges (organisation_id, target_type, target_id) WHERE state = 'open';
