-- A city's identity: its colour (`#rrggbb`, empty for the site's own) and its logo.
ALTER TABLE cities ADD COLUMN brand_colour TEXT NOT NULL DEFAULT '';
-- Bumped at each logo change (0: no logo), so the logo's address changes and caches may
-- keep each version for a year.
ALTER TABLE cities ADD COLUMN logo_version BIGINT NOT NULL DEFAULT 0;

-- The logo itself, apart from the city row that every page reads.
CREATE TABLE city_logos (
    city_id BIGINT PRIMARY KEY REFERENCES cities(id),
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    updated_at BIGINT NOT NULL
);
