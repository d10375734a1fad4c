package com.allocar.booking.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * booking-service's published events (ADR 006): topics, types and payloads, snake_case on the wire inside the
 * fleet's envelope {@code {event_id, type, aggregate_id, occurred_at, version, payload}}.
 */
public final class BookingEvents {

    /** Key = booking id. Also carries {@code refund.requested} and {@code driver.penalized}. */
    public static final String BOOKINGS_TOPIC = "booking.bookings";
    /** Key = rated user id. */
    public static final String RATINGS_TOPIC = "booking.ratings";

    public static final String BOOKING_CREATED = "booking.created";
    public static final String BOOKING_ACCEPTED = "booking.accepted";
    public static final String BOOKING_REJECTED = "booking.rejected";
    public static final String BOOKING_PAID = "booking.paid";
    public static final String BOOKING_CANCELLED = "booking.cancelled";
    public static final String BOOKING_CHECKED_IN = "booking.checked_in";
    public static final String BOOKING_COMPLETED = "booking.completed";
    public static final String BOOKING_NO_SHOW = "booking.no_show";
    /** The cancellation rules' decision; payment-service executes it (refund_id is its idempotency key). */
    public static final String REFUND_REQUESTED = "refund.requested";
    /** A driver's late cancellation; wallet-service holds the fine from future payouts. */
    public static final String DRIVER_PENALIZED = "driver.penalized";
    public static final String USER_RATING_UPDATED = "user.rating_updated";

    /**
     * Payload of every {@code booking.*} event.
     *
     * @param by user | admin | system
     */
    public record BookingChanged(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal,
                                 String currency, String status, String previousStatus, String by, Instant departureTime,
                                 Instant occurredAt) {
    }

    /** @param reason passenger_cancelled | driver_cancelled | trip_cancelled | no_show | admin | late_payment */
    public record RefundRequested(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal amountPaid,
                                  BigDecimal refundAmount, BigDecimal feeAmount, String currency, String reason,
                                  Instant requestedAt) {
    }

    public record DriverPenalized(UUID penaltyId, UUID driverId, UUID tripId, UUID bookingId, BigDecimal amount, String currency,
                                  int scorePoints, String reason, Instant occurredAt) {
    }

    /** What identity-service (profile) and trip-service (search) read: the member's new average. */
    public record RatingUpdated(UUID userId, BigDecimal ratingAvg, int ratingCount) {
    }

    private BookingEvents() {
    }
}
