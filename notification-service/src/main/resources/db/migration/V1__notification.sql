-- notification-service, schema notification (ADR 001). Platform tables (outbox, inbox, idempotency, shedlock) come from db/platform.

-- A member's devices (push tokens). A token belongs to one member: registered by another, it moves to them.
CREATE TABLE device_tokens (
    token       VARCHAR(4096) PRIMARY KEY,
    user_id     UUID NOT NULL,
    platform    VARCHAR(16) NOT NULL,
    app_version VARCHAR(32),
    locale      VARCHAR(8),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX device_tokens_user ON device_tokens (user_id);

-- Who to reach and how, fed by identity's user.registered (contact) and the devices' locale.
CREATE TABLE recipients (
    user_id    UUID PRIMARY KEY,
    first_name VARCHAR(100),
    email      VARCHAR(320),
    phone      VARCHAR(20),
    locale     VARCHAR(8),
    updated_at TIMESTAMPTZ NOT NULL
);

-- A member's choice per category; a category without a row has its default (NotificationCategory).
CREATE TABLE preferences (
    user_id    UUID NOT NULL,
    category   VARCHAR(32) NOT NULL,
    enabled    BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, category)
);

-- The in-app feed: what a member sees in the app's notification list.
CREATE TABLE feed_items (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL,
    template    VARCHAR(48) NOT NULL,
    category    VARCHAR(32) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body        TEXT NOT NULL,
    data        JSONB NOT NULL DEFAULT '{}',
    event_id    UUID NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ,
    UNIQUE (event_id, user_id, template)
);
CREATE INDEX feed_items_user_newest ON feed_items (user_id, created_at DESC, id DESC);
CREATE INDEX feed_items_user_unread ON feed_items (user_id) WHERE read_at IS NULL;

-- The attempt log: one row per (event, recipient, template, channel), with what was rendered so a retry needs
-- nothing else. status pending → sent | failed (retried by the job until max attempts) ; skipped is final.
CREATE TABLE notifications (
    id              UUID PRIMARY KEY,
    event_id        UUID NOT NULL,
    user_id         UUID NOT NULL,
    template        VARCHAR(48) NOT NULL,
    channel         VARCHAR(8) NOT NULL,
    status          VARCHAR(8) NOT NULL,
    address         VARCHAR(320),
    subject         VARCHAR(300),
    text_body       TEXT,
    html_body       TEXT,
    provider_id     VARCHAR(128),
    error           VARCHAR(500),
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (event_id, user_id, template, channel)
);
CREATE INDEX notifications_due ON notifications (next_attempt_at) WHERE status IN ('pending', 'failed');
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
