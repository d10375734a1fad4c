package com.allocar.messaging.conversation;

import java.time.Instant;
import java.util.UUID;

/** A booking's state as one of booking-service's events (or its internal API) tells it, true at {@code at}. */
public record BookingChange(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, BookingStatus status,
                            Instant departureTime, Instant at) {

    /** When the ride ended, if this change is its end. */
    Instant endedAt() {
        return status == BookingStatus.COMPLETED ? at : null;
    }

    Instant cancelledAt() {
        return status == BookingStatus.CANCELLED ? at : null;
    }
}
