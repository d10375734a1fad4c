-- What the finance report adds up: one row per money event of payment-service (payment.payments), kept once (its
-- event id). admin-service reads no other schema (issue 13): the report is built from these rows only.
CREATE TABLE finance_facts (
    event_id     UUID          PRIMARY KEY,
    kind         TEXT          NOT NULL CHECK (kind IN ('payment', 'refund', 'payout')),
    -- payments: booking | topup
    purpose      TEXT,
    occurred_at  TIMESTAMPTZ   NOT NULL,
    amount       NUMERIC(14,2) NOT NULL CHECK (amount >= 0),
    commission   NUMERIC(14,2) NOT NULL DEFAULT 0,
    provider_fee NUMERIC(14,2) NOT NULL DEFAULT 0,
    provider     TEXT
);
CREATE INDEX finance_facts_occurred_idx ON finance_facts (occurred_at);
CREATE TRIGGER finance_facts_no_update_delete BEFORE UPDATE OR DELETE ON finance_facts
    FOR EACH ROW EXECUTE FUNCTION append_only();
