-- A driver whose rating fell below the floor is held (no new trips) until staff release them (issue 13, the review
-- queue). driver_hold_cleared_at_count: the rating count at the last release — the hold comes back only after as many
-- new ratings as the rule asks for.
ALTER TABLE users ADD COLUMN driver_held_at TIMESTAMPTZ,
                  ADD COLUMN driver_hold_reason TEXT,
                  ADD COLUMN driver_hold_cleared_at_count INT NOT NULL DEFAULT 0 CHECK (driver_hold_cleared_at_count >= 0);
CREATE INDEX users_driver_held_idx ON users (driver_held_at) WHERE driver_held_at IS NOT NULL;
