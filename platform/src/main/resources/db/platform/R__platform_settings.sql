-- The admin settings in force in this service (platform settings): the highest settings.changed version heard from
-- admin-service, whole. Absent until the first event: each owner's properties are in force. Repeatable (and
-- IF NOT EXISTS) so that a database migrated before it existed gets it too.
CREATE TABLE IF NOT EXISTS platform_settings (
    id         SMALLINT    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version    BIGINT      NOT NULL CHECK (version > 0),
    settings   JSONB       NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
