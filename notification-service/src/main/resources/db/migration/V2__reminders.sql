-- Trip reminders H-24 and H-2: one row per paid booking and kind, written with the booking.paid inbox row, moved by
-- booking.rescheduled, cancelled by booking.cancelled; the reminders job claims due rows (scheduled → sent) atomically.
-- status: scheduled (waits for due_at) | sent (handed to delivery: feed line + attempts) | cancelled (the booking was)
-- | skipped (its moment had passed when the booking was paid or moved, or the job came too late: ReminderSchedule).
CREATE TABLE reminders (
    booking_id     UUID NOT NULL,
    kind           VARCHAR(8) NOT NULL,
    trip_id        UUID NOT NULL,
    passenger_id   UUID NOT NULL,
    driver_id      UUID NOT NULL,
    seats          INT NOT NULL,
    departure_time TIMESTAMPTZ NOT NULL,
    due_at         TIMESTAMPTZ NOT NULL,
    status         VARCHAR(16) NOT NULL,
    sent_at        TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    -- once per booking and kind, whatever the number of instances or deliveries of booking.paid
    PRIMARY KEY (booking_id, kind)
);
-- the job's query: scheduled rows by due time
CREATE INDEX reminders_due ON reminders (due_at) WHERE status = 'scheduled';
-- the driver's reminder counts the trip's live bookings
CREATE INDEX reminders_trip ON reminders (trip_id, kind);
