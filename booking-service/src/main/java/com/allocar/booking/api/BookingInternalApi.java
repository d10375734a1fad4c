package com.allocar.booking.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * booking-service's internal API ({@code /internal/**}, header {@code X-Service-Token}, scoped callers (ADR 007), never routed by the gateway),
 * in the usual envelope {@code {"data": ...}}.
 */
public final class BookingInternalApi {

    /** {@code GET /internal/bookings/{id}} (payment-service reads it before a payment, messaging-service for a booking it has not heard of yet). */
    public record BookingSummary(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat,
                                 BigDecimal amountTotal, String currency, String status, Instant departureTime, UUID holdId) {
    }

    /** What a staff member decides of a booking ({@code outcome}, lower-case on the wire). */
    public enum ArbitrationOutcome { CANCELLED, NO_SHOW, COMPLETED }

    /**
     * {@code POST /internal/bookings/{id}/arbitration} (admin-service).
     *
     * @param refundAmount what goes back of what was paid: required to cancel a paid booking (0 to all of it), refused
     *                     when nothing was paid and for the other outcomes
     * @param staffId      the staff member (Keycloak id), in the booking's trail and the audit trail
     */
    public record Arbitration(@NotNull ArbitrationOutcome outcome,
                              @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal refundAmount,
                              @NotBlank @Size(max = 500) String reason, @NotNull UUID staffId) {
    }

    /** {@code GET /internal/bookings} (admin-service) and the answer of an arbitration: a booking as staff see it (no check-in code). */
    public record StaffBookingView(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal,
                                   String currency, String status, Instant departureTime, String originText, String destinationText,
                                   BigDecimal amountPaid, Instant paidAt, Instant checkedInAt, boolean noShow, String cancelReason,
                                   String cancelledBy, Instant cancelledAt, BigDecimal refundAmount, BigDecimal feeAmount,
                                   Instant completedAt, Instant createdAt) {
    }

    /** Where staff may take a dispute ({@code status}, lower-case on the wire): on to review, or decided. Never back to open. */
    public enum DisputeReviewStatus { IN_REVIEW, RESOLVED, REJECTED }

    /**
     * {@code POST /internal/disputes/{id}/review} (admin-service).
     *
     * @param resolution what the parties read: required to resolve or reject (unless one was written before), at most 2000
     *                   characters; at the status the dispute has, a new resolution replaces the old one
     * @param staffId    the staff member (Keycloak id): {@code resolved_by} and the audit trail's actor
     */
    public record DisputeReview(@NotNull DisputeReviewStatus status, @Size(max = 2000) String resolution, @NotNull UUID staffId) {
    }

    /** What staff see of the booking a dispute is about. */
    public record DisputedBooking(UUID tripId, UUID passengerId, UUID driverId, String status, int seats, BigDecimal amountTotal,
                                  BigDecimal amountPaid, String currency, Instant departureTime, String originText,
                                  String destinationText, String cancelReason, BigDecimal refundAmount) {
    }

    /**
     * {@code GET /internal/disputes} (oldest first: a support queue), {@code GET /internal/disputes/{id}} and the answer of a
     * review: a dispute as staff see it, with its booking.
     *
     * @param category a dispute category's wire name (payment, refund, no_show, driver_behaviour…)
     */
    public record StaffDisputeView(UUID id, UUID bookingId, UUID openedBy, String category, String description, String status,
                                   String resolution, UUID resolvedBy, Instant resolvedAt, Instant createdAt, Instant updatedAt,
                                   DisputedBooking booking) {
    }

    private BookingInternalApi() {
    }
}
