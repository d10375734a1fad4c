package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;

/** A payment row. {@code amount} is what the payer pays; {@code grossAmount} the price before the promo discount. */
public record Payment(UUID id, Purpose purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId, PaymentMethod method,
                      Provider provider, String providerRef, String providerToken, BigDecimal amount, BigDecimal grossAmount,
                      BigDecimal discount, BigDecimal commission, BigDecimal fees, String currency, PaymentStatus status, UUID promoId,
                      String msisdn, String checkoutUrl, String failureReason, BigDecimal refundedAmount, String rawPayload,
                      Instant paidAt, Instant failedAt, Instant refundedAt, Instant createdAt, Instant updatedAt) {

    public enum Purpose {
        BOOKING, TOPUP;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PaymentProvider.ProviderPayment forProvider() {
        return new PaymentProvider.ProviderPayment(id, providerRef, amount, currency);
    }
}
