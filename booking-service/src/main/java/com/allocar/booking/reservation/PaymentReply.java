package com.allocar.booking.reservation;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** payment-service's replies to the saga (read from {@code payment.payments}): a closed set. */
public sealed interface PaymentReply {

    UUID bookingId();

    UUID paymentId();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentSucceeded(UUID paymentId, String purpose, UUID bookingId, UUID userId, BigDecimal amount, String currency,
                            String method) implements PaymentReply {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentFailed(UUID paymentId, String purpose, UUID bookingId, UUID userId, String reason) implements PaymentReply {
    }
}
