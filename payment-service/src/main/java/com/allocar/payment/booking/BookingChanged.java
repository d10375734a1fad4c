package com.allocar.payment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The payload of booking-service's {@code booking.*} events (ADR 006), the fields payment keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingChanged(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, Integer seats, BigDecimal amountTotal,
                             String currency, String status, String previousStatus, String by, Instant departureTime, Instant occurredAt) {

    /** Seats are informative here (payment charges amount_total): an event without them counts 0. */
    BookingView view() {
        return new BookingView(bookingId, tripId, passengerId, driverId, seats == null ? 0 : seats, amountTotal, currency, status,
                departureTime);
    }
}
