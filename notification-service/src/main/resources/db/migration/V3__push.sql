-- Push (FCM). A push attempt is one row of notifications per (event, member, template), as for the other channels,
-- sent to each of the member's devices at the time of sending; push_deliveries holds the result per device, so that a
-- retry sends only to the devices not reached yet (never twice to one that got it).

-- what the app reads when the member taps the push ({booking_id…}): kept for the retries, which render nothing
ALTER TABLE notifications ADD COLUMN data JSONB;
-- a push reaches several devices: the provider id lists every FCM message name
ALTER TABLE notifications ALTER COLUMN provider_id TYPE TEXT;

-- status: sent (message_name set) | failed (FCM asked to retry: sent again with the attempt) | removed (the token was
-- stale — UNREGISTERED, SENDER_ID_MISMATCH, invalid — and the device was deleted) | refused (FCM refused the message
-- for good). Only failed is sent again.
CREATE TABLE push_deliveries (
    notification_id UUID NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    token           VARCHAR(4096) NOT NULL,
    status          VARCHAR(8) NOT NULL,
    message_name    VARCHAR(256),
    error           VARCHAR(500),
    tries           INT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (notification_id, token)
);
