-- Shared rate limits count attempts per key in fixed windows and weigh in the previous window (a
-- sliding-window estimate): one row per key and window, updated in place, instead of one row per
-- attempt counted on every request (which cost thousands of index entries per request under load).
-- Unlogged: a crash only forgives recent attempts, and counting waits for no disk.
DROP TABLE rate_limit_hits;
CREATE UNLOGGED TABLE rate_limit_windows (
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (action, key, window_start)
);
