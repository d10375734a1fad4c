package com.allocar.wallet.topup.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorEnvelope;
import com.allocar.platform.idempotency.IdempotencyFilter;
import com.allocar.platform.idempotency.IdempotencyKeyRequired;
import com.allocar.platform.security.CurrentUser;
import com.allocar.platform.validation.E164Phone;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.TopupMethod;
import com.allocar.wallet.topup.Topups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "wallet")
class TopupController {

    private final Topups topups;

    TopupController(Topups topups) {
        this.topups = topups;
    }

    record TopupBody(@NotNull BigDecimal amount, @NotNull TopupMethod method, @E164Phone String msisdn) {
    }

    /** @param status always {@code pending} (as its credit entry will be until then): the wallet is credited when the provider confirms */
    record TopupView(UUID topupId, UUID paymentId, String provider, String checkoutUrl, JsonNode providerPayload, BigDecimal amount,
                     String currency, TopupMethod method, String status) {
    }

    @PostMapping("/api/v1/wallet/topup")
    @IdempotencyKeyRequired
    @ApiResponse(responseCode = "201", description = "Where to pay; the wallet is credited when the provider confirms")
    @ApiResponse(responseCode = "502", description = "bad_gateway: the payment service failed (retry with the same key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorEnvelope.class)))
    @ApiResponse(responseCode = "503", description = "service_unavailable: the payment service is unreachable (retry with the same key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorEnvelope.class)))
    @Operation(summary = "Top up my wallet through a provider (Idempotency-Key required)",
            description = "Answers where to pay (checkout_url / provider_payload). The wallet is credited when the provider confirms "
                    + "the payment (webhook), not now. amount between the topup minimum and the maximum (validation_error).")
    ResponseEntity<Envelope<TopupView>> topup(CurrentUser user, @RequestHeader(IdempotencyFilter.HEADER) String key,
                                              @Valid @RequestBody TopupBody body) {
        var started = topups.start(user.id(), key.trim(), body.amount(), body.method(), e164(body.msisdn()));
        var i = started.intent();
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(new TopupView(started.topupId(), i.paymentId(), i.provider(),
                i.checkoutUrl(), i.providerPayload(), started.amount(), started.currency(), started.method(),
                EntryStatus.PENDING.wire())));
    }

    /** The number as payment-service and the providers want it: E.164, no spaces. */
    private static String e164(String msisdn) {
        return msisdn == null ? null : com.allocar.platform.validation.PhoneNumbers.normalize(msisdn).orElse(msisdn);
    }
}
