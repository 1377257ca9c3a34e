-- What a city says about itself and how it works with its residents.
ALTER TABLE cities ADD COLUMN tagline TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cities ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE cities ADD COLUMN response_days BIGINT NOT NULL DEFAULT 30;
ALTER TABLE cities ADD COLUMN privacy_notice TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cities ADD COLUMN verification_policy TEXT NOT NULL DEFAULT '{}';

-- The departments a city answers through: commitments, official responses and challenge
-- answers name one of them.
CREATE TABLE departments (
    id BIGSERIAL PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES cities(id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (city_id, name)
);

-- The free-text departments used so far become the list.
INSERT INTO departments (city_id, name, created_at)
SELECT DISTINCT city_id, department, 0 FROM commitments WHERE department <> ''
ON CONFLICT DO NOTHING;
INSERT INTO departments (city_id, name, created_at)
SELECT DISTINCT city_id, department, 0 FROM comments WHERE is_official = TRUE AND department IS NOT NULL AND department <> ''
ON CONFLICT DO NOTHING;
