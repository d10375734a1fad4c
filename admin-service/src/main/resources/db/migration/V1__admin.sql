-- admin-service, schema admin (ADR 001). Platform tables (outbox, inbox, idempotency, shedlock) come from db/platform.

-- The audit trail of the fleet (spec audit_logs): one row per audit.recorded event an owner published, plus the
-- role-sensitive reads admin-service itself serves (KYC documents). Append-only: the database refuses UPDATE, DELETE
-- and TRUNCATE, whoever asks.
CREATE TABLE audit_logs (
    id          UUID PRIMARY KEY,
    actor_type  VARCHAR(16) NOT NULL CHECK (actor_type IN ('user', 'admin', 'system')),
    actor_id    UUID,
    action      VARCHAR(64) NOT NULL,
    entity      VARCHAR(64) NOT NULL,
    entity_id   VARCHAR(64) NOT NULL,
    meta        JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (actor_type = 'system' OR actor_id IS NOT NULL)
);
CREATE INDEX audit_logs_created_at ON audit_logs (created_at DESC, id DESC);
CREATE INDEX audit_logs_actor ON audit_logs (actor_id, created_at DESC);
CREATE INDEX audit_logs_entity ON audit_logs (entity, entity_id, created_at DESC);

CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_logs is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_logs_no_update_delete BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only();
CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION audit_logs_append_only();
