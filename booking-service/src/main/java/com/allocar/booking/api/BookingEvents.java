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

    /**
     * Payload of {@code dispute.opened} and {@code dispute.updated}: the dispute and its booking's two parties, so that a
     * consumer tells both without asking us. {@code previous_status} is null when opened; equal to {@code status} when
     * only the resolution was edited.
     *
     * @param category a dispute category's wire name (payment, refund, no_show, driver_behaviour…)
     */
    public record DisputeChanged(UUID disputeId, UUID bookingId, UUID passengerId, UUID driverId, UUID openedBy, String category,
                                 String status, String previousStatus, String resolution, Instant occurredAt) {
    }

    private BookingEvents() {
    }
}
