-- booking-service schema: bookings (the saga's state lives on the row), their audit trail, ratings, disputes.
-- Trip facts (driver, departure, price) are copied at booking time: booking-service never reads trip's schema.

CREATE TABLE bookings (
    id                UUID          PRIMARY KEY,
    trip_id           UUID          NOT NULL,
    passenger_id      UUID          NOT NULL,
    driver_id         UUID          NOT NULL,
    seats             INT           NOT NULL CHECK (seats BETWEEN 1 AND 8),
    price_per_seat    NUMERIC(12,2) NOT NULL CHECK (price_per_seat >= 0),
    amount_total      NUMERIC(12,2) NOT NULL CHECK (amount_total >= 0),
    currency          TEXT          NOT NULL DEFAULT 'XOF',
    status            TEXT          NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'PAID', 'CANCELLED', 'COMPLETED')),
    departure_time    TIMESTAMPTZ   NOT NULL,
    origin_text       TEXT,
    destination_text  TEXT,
    hold_id           UUID,
    -- the saga's steps: hold released (after a cancellation; a retry job finishes what a failed call left)
    hold_released_at  TIMESTAMPTZ,
    payment_id        UUID,
    amount_paid       NUMERIC(12,2),
    paid_at           TIMESTAMPTZ,
    -- check-in: an unguessable QR token and a short code typed by hand, generated at paid, single use
    qr_code           TEXT          UNIQUE,
    short_code        TEXT,
    checked_in_at     TIMESTAMPTZ,
    no_show           BOOLEAN       NOT NULL DEFAULT false,
    cancel_reason     TEXT,
    cancelled_by      TEXT CHECK (cancelled_by IN ('user', 'admin', 'system')),
    cancelled_at      TIMESTAMPTZ,
    completed_at      TIMESTAMPTZ,
    refund_amount     NUMERIC(12,2),
    fee_amount        NUMERIC(12,2),
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (status <> 'PAID' OR paid_at IS NOT NULL)
);
CREATE INDEX bookings_passenger_idx ON bookings (passenger_id, created_at DESC);
CREATE INDEX bookings_driver_idx ON bookings (driver_id, created_at DESC);
CREATE INDEX bookings_trip_idx ON bookings (trip_id);
-- holds left to release (the retry job)
CREATE INDEX bookings_hold_to_release_idx ON bookings (cancelled_at)
    WHERE status = 'CANCELLED' AND hold_id IS NOT NULL AND hold_released_at IS NULL;

-- Audit of every status change (and of saga replies that change nothing, e.g. payment.failed: from = to).
CREATE TABLE booking_events (
    id          UUID        PRIMARY KEY,
    seq         BIGSERIAL   NOT NULL,       -- order of the trail (several changes may share a timestamp)
    booking_id  UUID        NOT NULL REFERENCES bookings (id),
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    by          TEXT        NOT NULL CHECK (by IN ('user', 'admin', 'system')),
    actor_id    UUID,
    meta        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, seq);

CREATE TABLE ratings (
    id           UUID        PRIMARY KEY,
    booking_id   UUID        NOT NULL REFERENCES bookings (id),
    from_user_id UUID        NOT NULL,
    to_user_id   UUID        NOT NULL,
    stars        INT         NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment      TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- once per direction per booking
    UNIQUE (booking_id, from_user_id, to_user_id),
    CHECK (from_user_id <> to_user_id)
);
CREATE INDEX ratings_to_user_idx ON ratings (to_user_id, created_at DESC);

CREATE TABLE disputes (
    id          UUID        PRIMARY KEY,
    booking_id  UUID        NOT NULL REFERENCES bookings (id),
    opened_by   UUID        NOT NULL,
    category    TEXT        NOT NULL,
    description TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('OPEN', 'IN_REVIEW', 'RESOLVED', 'REJECTED')),
    resolution  TEXT,
    resolved_by UUID,
    resolved_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX disputes_booking_idx ON disputes (booking_id);
