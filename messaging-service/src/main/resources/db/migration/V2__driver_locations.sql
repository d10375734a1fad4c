-- messaging-service slice 2: the driver's live positions (spec "driver_locations": id, trip_id, driver_id, point,
-- created_at; the point as WGS84 lat/lon columns). Kept 30 days, then purged (location/DriverLocationPurge).
CREATE TABLE driver_locations (
    id          UUID PRIMARY KEY,
    trip_id     UUID NOT NULL,
    driver_id   UUID NOT NULL,
    lat         DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon         DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN -180 AND 180),
    heading     DOUBLE PRECISION CHECK (heading BETWEEN 0 AND 360),
    speed_kmh   DOUBLE PRECISION CHECK (speed_kmh BETWEEN 0 AND 250),
    recorded_at TIMESTAMPTZ NOT NULL, -- the driver's "at" (device clock)
    received_at TIMESTAMPTZ NOT NULL  -- when this service kept it (the throttle and the purge count on it)
);
CREATE INDEX driver_locations_trip_latest ON driver_locations (trip_id, received_at DESC);
CREATE INDEX driver_locations_received ON driver_locations (received_at);

-- The trip's audience (its driver, its paid passengers) is read from the bookings heard of.
CREATE INDEX conversations_trip ON conversations (trip_id);
