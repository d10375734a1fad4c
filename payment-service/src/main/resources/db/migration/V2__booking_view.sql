-- What payment knows of each booking it may be asked to charge: fed by booking.bookings (booking.* events), or by
-- booking-service's internal API when a passenger pays before the event arrived. Amounts unscaled, as booking sent them.
CREATE TABLE booking_view (
    booking_id     UUID          PRIMARY KEY,
    trip_id        UUID,
    passenger_id   UUID          NOT NULL,
    driver_id      UUID,
    seats          INT           NOT NULL,
    amount_total   NUMERIC,
    currency       TEXT,
    status         TEXT          NOT NULL,
    departure_time TIMESTAMPTZ,
    -- the event's occurred_at, or when booking-service answered: an older fact never overwrites a newer one
    as_of          TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
