package com.allocar.notification.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.allocar.notification.routing.Fact;

/** A reminder the job has claimed (now {@code sent}), to be told to its passenger and driver. */
record DueReminder(UUID bookingId, ReminderKind kind, UUID tripId, UUID passengerId, UUID driverId, int seats, Instant departure) {

    /** The trip's live bookings when it is told: the driver's reminder counts them. */
    record TripLoad(int bookings, int seats) {
    }

    Fact fact(TripLoad trip) {
        return switch (kind) {
            case H24 -> new Fact.ReminderH24(bookingId, tripId, passengerId, driverId, seats, departure, trip.bookings(), trip.seats());
            case H2 -> new Fact.ReminderH2(bookingId, tripId, passengerId, driverId, seats, departure, trip.bookings(), trip.seats());
        };
    }

    /**
     * The synthetic event id of the notice to {@code user}, derived from its cause so that the attempt log's and the
     * feed's uniqueness hold it once: per booking for the passenger; per trip for the driver (one reminder for all the
     * trip's passengers, whichever booking's row told it). The departure is part of it: a reminder re-armed by a later
     * departure is a new notice, a second claim of the same one is not.
     */
    UUID eventIdFor(UUID user) {
        String cause = user.equals(driverId) ? "trip:" + tripId : "booking:" + bookingId;
        return UUID.nameUUIDFromBytes(("reminder:" + kind.wire() + ":" + cause + ":" + departure + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
