-- Content model: cities, commitments, projects and the append-only update ledger.
-- Times are UTC unix seconds (BIGINT); calendar dates are 'YYYY-MM-DD' text; translated
-- fields are JSON objects keyed by locale.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cities (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    locales TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    moderation TEXT NOT NULL DEFAULT 'post',
    next_commitment_no BIGINT NOT NULL DEFAULT 1,
    next_project_no BIGINT NOT NULL DEFAULT 1,
    ledger_seq BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE commitments (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    ref_no BIGINT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    department TEXT NOT NULL,
    baseline TEXT NOT NULL,
    target TEXT NOT NULL,
    due_date TEXT,
    kpis TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not_started',
    progress BIGINT NOT NULL DEFAULT 0,
    last_update_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, ref_no)
);

CREATE TABLE commitment_themes (
    commitment_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (commitment_id, theme)
);

CREATE TABLE commitment_sdgs (
    commitment_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    sdg BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, sdg)
);
CREATE INDEX commitment_sdgs_by_sdg ON commitment_sdgs (sdg);
CREATE INDEX commitment_themes_by_theme ON commitment_themes (theme);

CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    ref_no BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not_started',
    progress BIGINT NOT NULL DEFAULT 0,
    budget_planned BIGINT NOT NULL DEFAULT 0,
    budget_spent BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    start_date TEXT,
    end_date TEXT,
    place_name TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    last_update_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, ref_no)
);

CREATE TABLE project_commitments (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    commitment_id BIGINT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, commitment_id)
);
CREATE INDEX project_commitments_by_commitment ON project_commitments (commitment_id);

CREATE TABLE updates (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    seq BIGINT NOT NULL,
    commitment_id BIGINT REFERENCES commitments(id),
    project_id BIGINT REFERENCES projects(id),
    target TEXT NOT NULL,
    status TEXT NOT NULL,
    progress BIGINT NOT NULL,
    body TEXT NOT NULL,
    evidence TEXT NOT NULL,
    publisher TEXT NOT NULL,
    corrects_seq BIGINT,
    created_at BIGINT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (city_id, seq),
    CHECK ((commitment_id IS NULL) <> (project_id IS NULL))
);
CREATE INDEX updates_by_commitment ON updates (commitment_id, seq);
CREATE INDEX updates_by_project ON updates (project_id, seq);
