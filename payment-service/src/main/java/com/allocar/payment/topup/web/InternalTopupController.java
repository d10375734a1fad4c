package com.allocar.payment.topup.web;

import com.allocar.payment.api.PaymentInternalApi;
import com.allocar.payment.payment.PaymentMethod;
import com.allocar.payment.payment.Payments;
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

    private final Payments payments;

    InternalTopupController(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/internal/topups")
    Envelope<PaymentInternalApi.TopupStarted> topup(@Valid @RequestBody PaymentInternalApi.TopupRequest body) {
        var started = payments.topup(body.topupId(), body.userId(), body.amount(), PaymentMethod.fromWire(body.method()), body.msisdn());
        var p = started.payment();
        return Envelope.of(new PaymentInternalApi.TopupStarted(p.id(), p.provider().wire(), p.checkoutUrl(), started.providerPayload()));
    }
}
