package com.allocar.wallet.payment;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.clients.Idempotent;
import com.allocar.wallet.api.TopupMethod;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * payment-service's {@code POST /internal/topups} (ADR 006), on the platform's service clients: a refusal of theirs
 * (validation_error, payment_failed) reaches the user as is, an outage is 503 {@code service_unavailable}, any other
 * failure 502 {@code bad_gateway}. Idempotent on {@code topup_id} there, so an outage is retried.
 */
@FeignClient(name = "payment-service", url = "${allocar.wallet.payment-service.url}")
public interface PaymentServiceClient {

    /** What wallet-service asks for; {@code msisdn} only when the user gave one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TopupRequest(UUID topupId, UUID userId, BigDecimal amount, String currency, TopupMethod method, String msisdn) {
    }

    /** What payment-service answers: where the user goes to pay. */
    record TopupIntent(UUID paymentId, String provider, String checkoutUrl, JsonNode providerPayload) {
    }

    @Idempotent
    @PostMapping("/internal/topups")
    TopupIntent createTopup(@RequestBody TopupRequest request);
}
