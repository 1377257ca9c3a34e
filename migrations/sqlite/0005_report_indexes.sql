-- The transparency report reads, per city and period, the flags received, the hidden comments
-- and the updates published. These indexes (a flag now names its city) reach exactly those
-- rows, and hold every column the report reads, however large the city's history grows.
ALTER TABLE flags ADD COLUMN city_id BIGINT REFERENCES cities(id);
UPDATE flags SET city_id = (SELECT c.city_id FROM comments c WHERE c.id = flags.comment_id);
CREATE INDEX flags_by_city_time ON flags (city_id, created_at, handled_at);
CREATE INDEX comments_hidden ON comments (city_id, created_at, hidden_reason, is_official, target_type, target_id)
    WHERE state = 'hidden';
CREATE INDEX updates_by_city_time ON updates (city_id, created_at);
