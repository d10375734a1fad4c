package com.allocar.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payloads of payment-service's published events (ADR 006), inside the fleet's envelope, snake_case on the wire.
 * Their topic and wire types are declared in {@link PaymentEventType}. Key = payment id (payouts: payout id).
 */
public final class PaymentEvents {

    /**
     * {@code amount} is what the payer paid; driver earning = amount + discount − commission − provider_fee
     * (the platform funds promo discounts).
     */
    public record PaymentSucceeded(UUID paymentId, String purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId,
                                   BigDecimal amount, BigDecimal discount, BigDecimal commission, BigDecimal providerFee,
                                   String currency, String method, String provider, String providerRef, Instant paidAt) {
    }

    public record PaymentFailed(UUID paymentId, String purpose, UUID bookingId, UUID topupId, UUID userId, String reason,
                                Instant failedAt) {
    }

    /** {@code destination}: {@code provider} (money back through the provider) or {@code wallet} (wallet-service credits). */
    public record PaymentRefunded(UUID refundId, UUID paymentId, UUID bookingId, UUID userId, UUID driverId, BigDecimal refundAmount,
                                  String destination, String currency, Instant refundedAt) {
    }

    public record PayoutCompleted(UUID payoutId, UUID userId, BigDecimal amount, String currency, String provider, String providerRef,
                                  Instant completedAt) {
    }

    public record PayoutFailed(UUID payoutId, UUID userId, BigDecimal amount, String currency, String reason, Instant failedAt) {
    }

    private PaymentEvents() {
    }
}
