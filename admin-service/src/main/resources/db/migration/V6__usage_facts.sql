-- What the usage report counts, one row per event of the owners (kept once: its event id): sign-ups (identity),
-- trips published (trip; subject = the driver), bookings created and paid (booking), and searches (trip's
-- search.volume: amount = the searches of one instance's window). admin-service reads no other schema (issue 13).
CREATE TABLE usage_facts (
    event_id    UUID        PRIMARY KEY,
    kind        TEXT        NOT NULL CHECK (kind IN ('signup', 'trip_published', 'booking_created', 'booking_paid', 'searches')),
    occurred_at TIMESTAMPTZ NOT NULL,
    subject_id  UUID,
    amount      BIGINT      NOT NULL DEFAULT 1 CHECK (amount >= 0)
);
CREATE INDEX usage_facts_occurred_idx ON usage_facts (occurred_at);
CREATE TRIGGER usage_facts_no_update_delete BEFORE UPDATE OR DELETE ON usage_facts
    FOR EACH ROW EXECUTE FUNCTION append_only();
