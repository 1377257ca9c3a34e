-- The one-click unsubscribe URL of a notification or alert, sent as List-Unsubscribe (RFC 8058).
ALTER TABLE outbox ADD COLUMN list_unsubscribe TEXT;
