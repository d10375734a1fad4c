-- The admin settings payment-service applies (admin-service's settings.changed): one row, the highest version heard.
-- Absent until the first event: the properties' defaults (allocar.payment.fees, allocar.payment.payouts) are in force.
CREATE TABLE settings_in_force (
    id                 SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version            BIGINT NOT NULL,
    commission_percent NUMERIC(5, 2) NOT NULL,
    commission_fixed   NUMERIC(12, 2) NOT NULL,
    payout_min_amount  NUMERIC(12, 2) NOT NULL,
    applied_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
