-- The transparency report counts, per period, the flags received and the updates published;
-- these indexes reach the period's rows directly, however large the city's history grows.
CREATE INDEX flags_by_time ON flags (created_at);
CREATE INDEX updates_by_city_time ON updates (city_id, created_at);
