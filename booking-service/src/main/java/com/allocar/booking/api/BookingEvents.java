package com.allocar.booking.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * booking-service's published payloads (ADR 006), snake_case on the wire inside the fleet's envelope
 * {@code {event_id, type, aggregate_id, occurred_at, version, payload}}; their types and topics are {@link BookingEventType}.
 */
public final class BookingEvents {

    /**
     * Payload of every {@code booking.*} event.
     *
     * @param by user | admin | system
     */
    public record BookingChanged(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal,
                                 String currency, String status, String previousStatus, String by, Instant departureTime,
                                 Instant occurredAt) {
    }

    /** The passenger's check-in code and what their confirmation tells (seats, amount, departure). */
    public record CheckInIssued(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountPaid,
                                String currency, String shortCode, Instant departureTime, Instant issuedAt) {
    }

    /** @param reason a {@link RefundReason}'s wire name */
    public record RefundRequested(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal amountPaid,
                                  BigDecimal refundAmount, BigDecimal feeAmount, String currency, String reason,
                                  Instant requestedAt) {
    }

    /** @param reason a {@link PenaltyReason}'s wire name */
    public record DriverPenalized(UUID penaltyId, UUID driverId, UUID tripId, UUID bookingId, BigDecimal amount, String currency,
                                  int scorePoints, String reason, Instant occurredAt) {
    }

    /** What identity-service (profile) and trip-service (search) read: the member's new average. */
    public record RatingUpdated(UUID userId, BigDecimal ratingAvg, int ratingCount) {
    }

    private BookingEvents() {
    }
}
