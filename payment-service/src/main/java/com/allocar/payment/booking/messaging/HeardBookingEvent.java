package com.allocar.payment.booking.messaging;

import java.util.Arrays;
import java.util.Optional;

/**
 * The booking events whose payload is a booking's state ({@code BookingChanged}); any other type on the topic
 * (refund.requested, driver.penalized, a type added later) is not this listener's.
 */
enum HeardBookingEvent {
    BOOKING_CREATED("booking.created"),
    BOOKING_ACCEPTED("booking.accepted"),
    BOOKING_REJECTED("booking.rejected"),
    BOOKING_PAID("booking.paid"),
    BOOKING_CANCELLED("booking.cancelled"),
    BOOKING_CHECKED_IN("booking.checked_in"),
    BOOKING_COMPLETED("booking.completed"),
    BOOKING_NO_SHOW("booking.no_show"),
    /** The departure moved; the status in the payload is unchanged. */
    BOOKING_RESCHEDULED("booking.rescheduled");

    private final String wire;

    HeardBookingEvent(String wire) {
        this.wire = wire;
    }

    static Optional<HeardBookingEvent> fromWire(String type) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(type)).findFirst();
    }
}
