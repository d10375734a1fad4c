-- The spec's "Paramètres (admin)": every version kept (append-only), the highest is in force. Version 1 holds the
-- owners' defaults as their properties had them (payment fees, booking cancellation rules, payout threshold, toggles).
CREATE TABLE settings_versions (
    version    BIGINT PRIMARY KEY CHECK (version > 0),
    settings   JSONB NOT NULL,
    changed_by UUID,
    reason     VARCHAR(500),
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER settings_versions_no_update_delete BEFORE UPDATE OR DELETE ON settings_versions
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER settings_versions_no_truncate BEFORE TRUNCATE ON settings_versions
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();

INSERT INTO settings_versions (version, settings, reason) VALUES (1, '{
  "platform_fee_percent": 10, "platform_fee_fixed": 100,
  "passenger_late_window_hours": 24, "passenger_late_fee_percent": 20,
  "driver_late_window_hours": 24, "driver_late_fine_percent": 10,
  "no_show_fee_percent": 50, "payout_min_amount": 5000,
  "allow_auto_accept_default": true, "require_kyc_for_driver": true, "enable_wallet": true,
  "templates": {}
}'::jsonb, 'the owners'' defaults');
