-- Measured indicators (U4SSC KPIs): a city's series with baseline and target, linked to its
-- commitments; values are append-only and join the city's hash chain with the updates
-- (they take their sequence numbers from the same ledger counter).
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    code TEXT NOT NULL,
    -- Translated name (JSON).
    name TEXT NOT NULL,
    dimension TEXT NOT NULL CHECK (dimension IN ('economy', 'environment', 'society_culture')),
    -- The U4SSC KPI it follows (catalogue code), or '' for the city's own indicator.
    u4ssc_kpi TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('increase', 'decrease')),
    -- Decimals as published; dates as YYYY-MM-DD.
    baseline_value TEXT NOT NULL,
    baseline_date TEXT NOT NULL,
    target_value TEXT NOT NULL,
    target_date TEXT NOT NULL,
    department TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, code)
);

CREATE TABLE indicator_commitments (
    indicator_id BIGINT NOT NULL REFERENCES indicators(id),
    commitment_id BIGINT NOT NULL REFERENCES commitments(id),
    PRIMARY KEY (indicator_id, commitment_id)
);
CREATE INDEX indicator_commitments_by_commitment ON indicator_commitments (commitment_id);

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    indicator_id BIGINT NOT NULL REFERENCES indicators(id),
    seq BIGINT NOT NULL,
    date TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    note TEXT NOT NULL,
    publisher TEXT NOT NULL,
    -- A correction names the value (by its ledger number) it corrects.
    corrects_seq BIGINT,
    created_at BIGINT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (city_id, seq)
);
CREATE INDEX indicator_values_by_indicator ON indicator_values (indicator_id, date);
