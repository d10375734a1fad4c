-- Devices that signed in to an account with its password: past the account's failure ceiling only they may
-- still try (see LoginThrottle). Only a SHA-256 of the app's device id is stored.
CREATE TABLE trusted_devices (
    user_id      UUID        NOT NULL REFERENCES users (id),
    device_hash  TEXT        NOT NULL CHECK (length(device_hash) = 64),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, device_hash)
);
CREATE INDEX trusted_devices_last_seen_idx ON trusted_devices (last_seen_at);
