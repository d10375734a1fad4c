-- trip-service schema: vehicles, trips, their stops, seat holds, driver positions, price bands, and the
-- read model of identity's members. PostGIS types live in schema public (search_path = trip, public).
-- Points are geography(Point,4326) so ST_DWithin(col, point::geography, metres) uses the GIST indexes
-- (a geometry index cast to geography would silently fall back to a sequential scan).

-- Read model fed by identity's events (identity.users, identity.kyc) and booking's ratings.
CREATE TABLE members (
    user_id           UUID         PRIMARY KEY,
    first_name        TEXT,
    last_name         TEXT,
    photo_url         TEXT,
    rating_avg        NUMERIC(3,2) NOT NULL DEFAULT 0,
    rating_count      INT          NOT NULL DEFAULT 0,
    kyc_status        TEXT         NOT NULL DEFAULT 'none' CHECK (kyc_status IN ('none', 'pending', 'approved', 'rejected')),
    -- occurred_at of the KYC / rating event applied last: KYC events are keyed by document, not by user,
    -- so two documents of one user may arrive out of order; an older event never overwrites a newer one.
    kyc_changed_at    TIMESTAMPTZ,
    rating_changed_at TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One row per member who became a driver (first published trip): driver.activated is emitted once.
CREATE TABLE driver_activations (
    user_id      UUID        PRIMARY KEY,
    trip_id      UUID        NOT NULL,
    activated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE vehicles (
    id            UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       UUID        NOT NULL,
    make          TEXT        NOT NULL,
    model         TEXT        NOT NULL,
    color         TEXT,
    plate_number  TEXT        NOT NULL UNIQUE,   -- normalised: upper case, no spaces or dashes
    seats_total   INT         NOT NULL CHECK (seats_total BETWEEN 1 AND 8),
    comfort_level TEXT        NOT NULL CHECK (comfort_level IN ('BASIC', 'STANDARD', 'COMFORT')),
    year          INT         CHECK (year BETWEEN 1950 AND 2100),
    verified      BOOLEAN     NOT NULL DEFAULT false,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX vehicles_user_idx ON vehicles (user_id);
CREATE INDEX vehicles_created_at_idx ON vehicles (created_at);

CREATE TABLE trips (
    id                UUID                   PRIMARY KEY DEFAULT gen_random_uuid(),
    driver_id         UUID                   NOT NULL,
    vehicle_id        UUID                   REFERENCES vehicles (id) ON DELETE SET NULL,
    origin_point      geography(Point, 4326) NOT NULL,
    origin_text       TEXT                   NOT NULL,
    destination_point geography(Point, 4326) NOT NULL,
    destination_text  TEXT                   NOT NULL,
    departure_time    TIMESTAMPTZ            NOT NULL,
    arrival_eta       TIMESTAMPTZ,
    price_per_seat    NUMERIC(12,2)          NOT NULL CHECK (price_per_seat >= 0),
    -- seats offered by the driver; seats_available (shown to clients) = seats_total - seats_held - seats_confirmed.
    -- held/confirmed are only ever changed by single conditional UPDATEs (see hold/SeatHolds), never read-then-write.
    seats_total       INT                    NOT NULL CHECK (seats_total BETWEEN 1 AND 8),
    seats_held        INT                    NOT NULL DEFAULT 0 CHECK (seats_held >= 0),
    seats_confirmed   INT                    NOT NULL DEFAULT 0 CHECK (seats_confirmed >= 0),
    luggage_policy    TEXT,
    rules             TEXT,
    allow_auto_accept BOOLEAN                NOT NULL DEFAULT false,
    status            TEXT                   NOT NULL
                      CHECK (status IN ('DRAFT', 'PUBLISHED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
    cancel_reason     TEXT,
    published_at      TIMESTAMPTZ,
    started_at        TIMESTAMPTZ,
    completed_at      TIMESTAMPTZ,
    cancelled_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ            NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ            NOT NULL DEFAULT now(),
    version           BIGINT                 NOT NULL DEFAULT 0,
    -- the last line of defence against overselling
    CONSTRAINT trips_never_oversold CHECK (seats_held + seats_confirmed <= seats_total)
);
CREATE INDEX trips_origin_point_gist ON trips USING gist (origin_point);
CREATE INDEX trips_destination_point_gist ON trips USING gist (destination_point);
CREATE INDEX trips_departure_time_idx ON trips (departure_time);
-- what every search starts from: the published departures of a day
CREATE INDEX trips_published_departure_idx ON trips (departure_time) WHERE status = 'PUBLISHED';
CREATE INDEX trips_status_idx ON trips (status);
CREATE INDEX trips_driver_idx ON trips (driver_id);
CREATE INDEX trips_vehicle_idx ON trips (vehicle_id);
CREATE INDEX trips_created_at_idx ON trips (created_at);

CREATE TABLE trip_stops (
    id              UUID                   PRIMARY KEY DEFAULT gen_random_uuid(),
    trip_id         UUID                   NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    stop_order      INT                    NOT NULL CHECK (stop_order >= 1),   -- "order" on the wire
    point           geography(Point, 4326) NOT NULL,
    label           TEXT                   NOT NULL,
    pickup_allowed  BOOLEAN                NOT NULL DEFAULT true,
    dropoff_allowed BOOLEAN                NOT NULL DEFAULT true,
    CONSTRAINT trip_stops_order_key UNIQUE (trip_id, stop_order)
);
CREATE INDEX trip_stops_point_gist ON trip_stops USING gist (point);

CREATE TABLE seat_holds (
    id             UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    trip_id        UUID        NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    booking_id     UUID        NOT NULL UNIQUE,   -- one hold per booking: the idempotency key of the hold API
    passenger_id   UUID        NOT NULL,
    seats          INT         NOT NULL CHECK (seats BETWEEN 1 AND 8),
    status         TEXT        NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    expires_at     TIMESTAMPTZ NOT NULL,
    release_reason TEXT,
    confirmed_at   TIMESTAMPTZ,
    released_at    TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX seat_holds_trip_idx ON seat_holds (trip_id);
CREATE INDEX seat_holds_expiry_idx ON seat_holds (expires_at) WHERE status = 'HELD';
CREATE INDEX seat_holds_created_at_idx ON seat_holds (created_at);

-- Driver positions during a ride (written by messaging's WebSocket later; kept here, the trip's owner).
CREATE TABLE driver_locations (
    id         UUID                   PRIMARY KEY DEFAULT gen_random_uuid(),
    trip_id    UUID                   NOT NULL REFERENCES trips (id) ON DELETE CASCADE,
    driver_id  UUID                   NOT NULL,
    point      geography(Point, 4326) NOT NULL,
    created_at TIMESTAMPTZ            NOT NULL DEFAULT now()
);
CREATE INDEX driver_locations_trip_idx ON driver_locations (trip_id, created_at DESC);
CREATE INDEX driver_locations_point_gist ON driver_locations USING gist (point);

-- Price floor/ceiling per popular axis (the admin setting "plancher/plafond par axe"), valid both ways:
-- a trip whose origin is within radius of one end and destination within radius of the other.
CREATE TABLE price_bands (
    id         UUID                   PRIMARY KEY DEFAULT gen_random_uuid(),
    name       TEXT                   NOT NULL UNIQUE,
    a_label    TEXT                   NOT NULL,
    a_point    geography(Point, 4326) NOT NULL,
    b_label    TEXT                   NOT NULL,
    b_point    geography(Point, 4326) NOT NULL,
    radius_km  NUMERIC(6,2)           NOT NULL CHECK (radius_km > 0 AND radius_km <= 100),
    floor      NUMERIC(12,2)          NOT NULL CHECK (floor >= 0),
    ceiling    NUMERIC(12,2)          NOT NULL,
    active     BOOLEAN                NOT NULL DEFAULT true,
    updated_at TIMESTAMPTZ            NOT NULL DEFAULT now(),
    version    BIGINT                 NOT NULL DEFAULT 0,
    CONSTRAINT price_bands_floor_below_ceiling CHECK (floor <= ceiling)
);
CREATE INDEX price_bands_a_gist ON price_bands USING gist (a_point);
CREATE INDEX price_bands_b_gist ON price_bands USING gist (b_point);
