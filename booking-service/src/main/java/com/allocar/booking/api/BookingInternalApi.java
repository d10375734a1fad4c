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

    private BookingInternalApi() {
    }
}
