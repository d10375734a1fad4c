package com.allocar.payment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What payment knows of a booking: who pays, how much, in which state (booking-service's wire status). */
public record BookingView(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal, String currency,
                          String status, Instant departureTime) {

    /** The only booking status that can be paid. */
    public static final String ACCEPTED = BookingSummary.ACCEPTED;

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }

    static BookingView of(BookingSummary b) {
        return new BookingView(b.id(), b.tripId(), b.passengerId(), b.driverId(), b.seats(), b.amountTotal(), b.currency(), b.status(),
                b.departureTime());
    }
}
