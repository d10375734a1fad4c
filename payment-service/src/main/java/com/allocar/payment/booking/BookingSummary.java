package com.allocar.payment.booking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What booking-service's {@code GET /internal/bookings/{id}} says (ADR 006); the fields we use. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingSummary(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat,
                             BigDecimal amountTotal, String currency, String status, Instant departureTime, UUID holdId) {

    public static final String ACCEPTED = "accepted";
}
