package com.allocar.booking.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * booking-service's internal API ({@code /internal/**}, header {@code X-Service-Token}, scoped callers (ADR 007), never routed by the gateway),
 * in the usual envelope {@code {"data": ...}}.
 */
public final class BookingInternalApi {

    /** {@code GET /internal/bookings/{id}} (payment-service reads it before a payment, messaging-service for a booking it has not heard of yet). */
    public record BookingSummary(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat,
                                 BigDecimal amountTotal, String currency, String status, Instant departureTime, UUID holdId) {
    }

    private BookingInternalApi() {
    }
}
