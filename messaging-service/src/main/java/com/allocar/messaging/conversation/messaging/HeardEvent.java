package com.allocar.messaging.conversation.messaging;

import java.util.Arrays;
import java.util.Optional;

/** booking-service's event types whose payload is a BookingChanged (ADR 006); every other type is ignored. */
enum HeardEvent {
    BOOKING_CREATED("booking.created"),
    BOOKING_ACCEPTED("booking.accepted"),
    BOOKING_REJECTED("booking.rejected"),
    BOOKING_PAID("booking.paid"),
    BOOKING_CANCELLED("booking.cancelled"),
    BOOKING_CHECKED_IN("booking.checked_in"),
    BOOKING_COMPLETED("booking.completed"),
    BOOKING_NO_SHOW("booking.no_show"),
    BOOKING_RESCHEDULED("booking.rescheduled");

    private final String wire;

    HeardEvent(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static Optional<HeardEvent> of(String type) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(type)).findFirst();
    }
}
