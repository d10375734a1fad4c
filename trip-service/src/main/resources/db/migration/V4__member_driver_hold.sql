-- identity's user.updated driver_held: a driver held after a low rating publishes no new trips until staff release them.
ALTER TABLE members ADD COLUMN driver_held BOOLEAN NOT NULL DEFAULT false;
