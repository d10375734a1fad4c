package com.allocar.payment.topup.web;

import com.allocar.payment.api.PaymentInternalApi;
import com.allocar.payment.payment.PaymentMethod;
import com.allocar.payment.payment.StartTopup;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** wallet-service's top-ups (service token; never routed by the gateway). Idempotent on topup_id. */
@Hidden
@RestController
@CalledBy(FleetService.WALLET)
class InternalTopupController {

    private final StartTopup topups;

    InternalTopupController(StartTopup topups) {
        this.topups = topups;
    }

    @PostMapping("/internal/topups")
    Envelope<PaymentInternalApi.TopupStarted> topup(@Valid @RequestBody PaymentInternalApi.TopupRequest body) {
        var started = topups.topup(new StartTopup.TopupCommand(body.topupId(), body.userId(), body.amount(), PaymentMethod.fromWire(body.method()),
                body.msisdn()));
        var p = started.payment();
        return Envelope.of(new PaymentInternalApi.TopupStarted(p.id(), p.provider().wire(), p.checkoutUrl(), started.providerPayload()));
    }
}
