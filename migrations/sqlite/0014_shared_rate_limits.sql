-- (SQLite runs as one process: it keeps its limits in memory and never writes here.)
-- Rate limits shared by every process on this database: one row per allowed attempt, counted
-- over a sliding window (a minute or an hour), deleted once older than the longest window.
CREATE TABLE rate_limit_hits (
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX rate_limit_hits_by_key ON rate_limit_hits (action, key, at);
