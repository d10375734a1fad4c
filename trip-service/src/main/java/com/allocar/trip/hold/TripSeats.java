package com.allocar.trip.hold;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.allocar.trip.api.TripInternalApi.TripSummary;

/**
 * The seat counters of a trip, as holds move them (implemented by the trip feature, which owns the trips table).
 * Each move is one conditional UPDATE of the trip row; every change but taking seats locks the row first — trip row,
 * then hold, one lock order everywhere, so they cannot deadlock.
 */
public interface TripSeats {

    /** The driver of the trip, if it exists (a driver cannot book their own trip). */
    Optional<UUID> driverOf(UUID tripId);

    /**
     * "Add n to seats_held where at least n are free, on a published trip that has not left": PostgreSQL serialises
     * concurrent updates of the row and re-checks the condition for each, so of two holds for the last seat exactly
     * one matches. Nothing is read first and written after.
     *
     * @return the seats left, or the refusal (why nothing matched) to throw
     */
    Taken take(UUID tripId, int seats);

    /** The outcome of {@link #take}: the seats left, or why none were taken. */
    record Taken(Optional<Integer> seatsLeft, RuntimeException refusal) {
    }

    /** Locks the trip row; @return its departure time, empty when the trip is gone */
    Optional<Instant> lock(UUID tripId);

    /** @return the seats left after moving {@code seats} from held to confirmed */
    int confirm(UUID tripId, int seats);

    /** @return the seats left after giving back {@code seats} that were held or, when {@code paid}, confirmed */
    int giveBack(UUID tripId, int seats, boolean paid);

    /** Every seat of the trip is free again (its holds were all released). */
    void clear(UUID tripId);

    int available(UUID tripId);

    Optional<Instant> departure(UUID tripId);

    /** What a booking needs of the trip. */
    Optional<TripSummary> summary(UUID tripId);
}
