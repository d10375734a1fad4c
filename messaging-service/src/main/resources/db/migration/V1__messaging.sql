-- messaging-service, schema messaging (ADR 001). Platform tables (outbox, inbox, idempotency, shedlock) come from db/platform.

-- Who may talk: the bookings heard of on booking.bookings (or looked up once through booking-service's internal API).
CREATE TABLE conversations (
    booking_id     UUID PRIMARY KEY,
    trip_id        UUID NOT NULL,
    passenger_id   UUID NOT NULL,
    driver_id      UUID NOT NULL,
    status         VARCHAR(16) NOT NULL,
    departure_time TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,          -- the booking.completed event's occurred_at
    cancelled_at   TIMESTAMPTZ,
    state_at       TIMESTAMPTZ NOT NULL, -- when the state held here was true; older events do not overwrite it
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX conversations_passenger ON conversations (passenger_id);
CREATE INDEX conversations_driver ON conversations (driver_id);

-- Upload slots for chat images (private bucket allocar-chat): who may post which key, in which booking.
CREATE TABLE attachments (
    id           UUID PRIMARY KEY,
    booking_id   UUID NOT NULL REFERENCES conversations (booking_id),
    uploader_id  UUID NOT NULL,
    object_key   VARCHAR(200) NOT NULL UNIQUE,
    content_type VARCHAR(64) NOT NULL,
    size_bytes   BIGINT NOT NULL CHECK (size_bytes > 0),
    created_at   TIMESTAMPTZ NOT NULL
);

-- The spec's messages (id, booking_id, from_user_id = sender_id, type, content, created_at), content already masked.
CREATE TABLE messages (
    id                UUID PRIMARY KEY,
    booking_id        UUID NOT NULL REFERENCES conversations (booking_id),
    trip_id           UUID NOT NULL,
    sender_id         UUID NOT NULL,
    recipient_id      UUID NOT NULL,
    type              VARCHAR(8) NOT NULL,
    content           TEXT NOT NULL,
    flagged           BOOLEAN NOT NULL DEFAULT false,
    moderation_reason VARCHAR(32),
    masked            VARCHAR(64) NOT NULL DEFAULT '', -- the kinds of contact details hidden (phone,email,url)
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX messages_booking_newest ON messages (booking_id, created_at DESC, id DESC);
CREATE INDEX messages_flagged ON messages (created_at) WHERE flagged;

-- Each party's read pointer in a booking's chat (moves forward only).
CREATE TABLE read_receipts (
    booking_id       UUID NOT NULL REFERENCES conversations (booking_id),
    member_id        UUID NOT NULL,
    up_to_id         UUID NOT NULL,
    up_to_created_at TIMESTAMPTZ NOT NULL,
    read_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (booking_id, member_id)
);
