-- Platform tables, created in every service's own schema (Flyway runs with that schema as default).
CREATE TABLE outbox (
    seq            BIGSERIAL    NOT NULL UNIQUE,   -- commit order for the relay
    id             UUID         PRIMARY KEY,
    topic          TEXT         NOT NULL,
    aggregate_type TEXT         NOT NULL,
    aggregate_id   TEXT         NOT NULL,
    type           TEXT         NOT NULL,
    payload        JSONB        NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    published_at   TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished_idx ON outbox (seq) WHERE published_at IS NULL;

CREATE TABLE inbox (
    event_id   UUID        NOT NULL,
    consumer   TEXT        NOT NULL,
    handled_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
CREATE INDEX inbox_handled_at_idx ON inbox (handled_at);
