package com.allocar.notification.events.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What notification-service reads of the producers' payloads: its own records, only the fields it uses (ADR 008). */
final class Payloads {

    private Payloads() {
    }

    /** booking's BookingChanged (every booking.* type). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingChanged(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal, String status,
                          String previousStatus, Instant departureTime) {
    }

    /** booking's CheckInIssued: the passenger's short code, right after booking.paid. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckInIssued(UUID bookingId, UUID passengerId, UUID driverId, int seats, BigDecimal amountPaid, String shortCode,
                         Instant departureTime) {
    }

    /** booking's RefundRequested: the cancellation rules' decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RefundRequested(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal refundAmount, BigDecimal feeAmount,
                           String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentFailed(UUID paymentId, UUID userId, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentRefunded(UUID refundId, UUID bookingId, UUID userId, BigDecimal refundAmount, String destination) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PayoutCompleted(UUID payoutId, UUID userId, BigDecimal amount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PayoutFailed(UUID payoutId, UUID userId, BigDecimal amount, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRegistered(UUID userId, String phone, String email, String firstName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserUpdated(UUID userId, String firstName) {
    }

    /** identity's KycReviewed (kyc.approved, kyc.rejected). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KycReviewed(UUID documentId, UUID userId, String status, String notes) {
    }

    /** booking's DisputeChanged (dispute.opened, dispute.updated): the dispute and its booking's two parties. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisputeChanged(UUID disputeId, UUID bookingId, UUID passengerId, UUID driverId, UUID openedBy, String status,
                          String previousStatus, String resolution) {

        /** The party who did not open it. */
        UUID otherParty() {
            return openedBy.equals(passengerId) ? driverId : passengerId;
        }
    }

    /** messaging's MessageCreated; {@code recipientConnected} is absent from events published before it existed (→ not connected). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageCreated(UUID messageId, UUID bookingId, UUID senderId, UUID recipientId, String type, String contentPreview,
                          Boolean recipientConnected) {
    }
}
