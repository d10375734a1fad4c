-- payment-service schema `payment`. Money NUMERIC(12,2) XOF; every id a UUID v4; times TIMESTAMPTZ.

CREATE TABLE promos (
    id             UUID          PRIMARY KEY,
    code           TEXT          NOT NULL UNIQUE,
    type           TEXT          NOT NULL CHECK (type IN ('amount', 'percent')),
    value          NUMERIC(12,2) NOT NULL CHECK (value > 0),
    max_uses       INT           CHECK (max_uses IS NULL OR max_uses > 0),
    per_user_limit INT           CHECK (per_user_limit IS NULL OR per_user_limit > 0),
    uses           INT           NOT NULL DEFAULT 0,
    starts_at      TIMESTAMPTZ,
    ends_at        TIMESTAMPTZ,
    status         TEXT          NOT NULL CHECK (status IN ('active', 'inactive')),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- the atomic "uses < max_uses" update keeps this true under concurrency; the CHECK backs it up
    CONSTRAINT promos_uses_within_max CHECK (max_uses IS NULL OR uses <= max_uses),
    CONSTRAINT promos_percent_max CHECK (type <> 'percent' OR value <= 100)
);

CREATE TABLE payments (
    id              UUID          PRIMARY KEY,
    purpose         TEXT          NOT NULL CHECK (purpose IN ('booking', 'topup')),
    booking_id      UUID,
    topup_id        UUID          UNIQUE,
    user_id         UUID          NOT NULL,
    driver_id       UUID,
    method          TEXT          NOT NULL CHECK (method IN ('wave', 'orange_money', 'mtn_momo', 'card', 'wallet')),
    provider        TEXT          NOT NULL,
    provider_ref    TEXT,
    -- per-payment secret a provider echoes back (Orange Money notif_token)
    provider_token  TEXT,
    amount          NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    gross_amount    NUMERIC(12,2) NOT NULL CHECK (gross_amount >= amount),
    discount        NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (discount >= 0),
    commission      NUMERIC(12,2) NOT NULL DEFAULT 0,
    fees            NUMERIC(12,2) NOT NULL DEFAULT 0,
    currency        TEXT          NOT NULL DEFAULT 'XOF' CHECK (currency = 'XOF'),
    status          TEXT          NOT NULL CHECK (status IN ('init', 'authorized', 'paid', 'failed', 'refunded')),
    promo_id        UUID          REFERENCES promos (id),
    msisdn          TEXT,
    checkout_url    TEXT,
    failure_reason  TEXT,
    refunded_amount NUMERIC(12,2) NOT NULL DEFAULT 0,
    raw_payload     JSONB,
    paid_at         TIMESTAMPTZ,
    failed_at       TIMESTAMPTZ,
    refunded_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT payments_purpose_ref CHECK ((purpose = 'booking' AND booking_id IS NOT NULL) OR (purpose = 'topup' AND topup_id IS NOT NULL))
);
CREATE UNIQUE INDEX payments_provider_ref_uq ON payments (provider, provider_ref) WHERE provider_ref IS NOT NULL;
CREATE UNIQUE INDEX payments_provider_token_uq ON payments (provider_token) WHERE provider_token IS NOT NULL;
-- a booking is paid at most once: at most one payment in flight or paid per booking
CREATE UNIQUE INDEX payments_one_live_per_booking ON payments (booking_id) WHERE status IN ('init', 'authorized', 'paid');
CREATE INDEX payments_user_idx ON payments (user_id, created_at);
CREATE INDEX payments_status_idx ON payments (status, created_at);

-- exactly-once webhooks: one row per provider event id; the insert joins the state change's transaction
CREATE TABLE webhook_receipts (
    provider    TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    payment_id  UUID,
    outcome     TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);

CREATE TABLE promo_redemptions (
    id          UUID          PRIMARY KEY,
    promo_id    UUID          NOT NULL REFERENCES promos (id),
    user_id     UUID          NOT NULL,
    payment_id  UUID          NOT NULL UNIQUE REFERENCES payments (id),
    discount    NUMERIC(12,2) NOT NULL,
    -- reserved at init, redeemed at paid, released when the payment fails
    status      TEXT          NOT NULL CHECK (status IN ('reserved', 'redeemed', 'released')),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX promo_redemptions_user_idx ON promo_redemptions (promo_id, user_id) WHERE status <> 'released';

CREATE TABLE refunds (
    id             UUID          PRIMARY KEY,  -- booking-service's refund_id
    payment_id     UUID          NOT NULL REFERENCES payments (id),
    booking_id     UUID          NOT NULL,
    amount         NUMERIC(12,2) NOT NULL CHECK (amount >= 0),
    fee_amount     NUMERIC(12,2) NOT NULL DEFAULT 0,
    destination    TEXT          NOT NULL CHECK (destination IN ('provider', 'wallet')),
    reason         TEXT          NOT NULL,
    -- pending: the provider refund is not confirmed yet (provider down); the daily job retries it (idempotent on id)
    status         TEXT          NOT NULL CHECK (status IN ('pending', 'succeeded')),
    driver_id      UUID,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    completed_at   TIMESTAMPTZ
);
CREATE INDEX refunds_pending_idx ON refunds (created_at) WHERE status = 'pending';

CREATE TABLE payouts (
    id            UUID          PRIMARY KEY,
    user_id       UUID          NOT NULL,
    kind          TEXT          NOT NULL CHECK (kind IN ('scheduled', 'withdrawal')),
    amount        NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    currency      TEXT          NOT NULL DEFAULT 'XOF',
    msisdn        TEXT,
    provider      TEXT          NOT NULL,
    provider_ref  TEXT,
    status        TEXT          NOT NULL CHECK (status IN ('scheduled', 'processing', 'done', 'failed')),
    failure_reason TEXT,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX payouts_status_idx ON payouts (status);

-- the daily reconciliation's findings: our status vs the provider's
CREATE TABLE reconciliation_findings (
    id              UUID        PRIMARY KEY,
    payment_id      UUID        NOT NULL REFERENCES payments (id),
    our_status      TEXT        NOT NULL,
    provider_status TEXT        NOT NULL,
    -- flagged: for finance; marked_paid: the provider was paid and only the webhook was lost, so we applied it
    action          TEXT        NOT NULL CHECK (action IN ('flagged', 'marked_paid')),
    found_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (payment_id, provider_status)
);
