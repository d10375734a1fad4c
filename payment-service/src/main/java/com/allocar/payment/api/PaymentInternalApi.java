package com.allocar.payment.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** payment-service's internal HTTP API (X-Service-Token, scoped callers per ADR 007, envelope {@code {"data": …}}), used by wallet-service. */
public final class PaymentInternalApi {

    /** {@code POST /internal/topups}: idempotent on {@code topup_id}. */
    public record TopupRequest(@NotNull UUID topupId, @NotNull UUID userId,
                               @NotNull @DecimalMin("100") @Digits(integer = 10, fraction = 0) BigDecimal amount,
                               @NotNull @Pattern(regexp = "XOF") String currency,
                               @NotNull @Pattern(regexp = "wave|orange_money|mtn_momo|card") String method,
                               @Pattern(regexp = "\\+[1-9][0-9]{7,14}") String msisdn) {
    }

    public record TopupStarted(UUID paymentId, String provider, String checkoutUrl, Map<String, Object> providerPayload) {
    }

    private PaymentInternalApi() {
    }
}
