package com.allocar.payment.payout.web;

import java.util.Map;

import com.allocar.payment.payout.PayoutJob;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** admin-service's {@code POST /admin/payouts/run} (service token): a payout batch now, besides the scheduled one. */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
class InternalPayoutController {

    private final PayoutJob job;

    InternalPayoutController(PayoutJob job) {
        this.job = job;
    }

    /** Runs under the job's lock: never alongside the scheduled run. */
    @PostMapping("/internal/payouts/run")
    Envelope<Map<String, Boolean>> run() {
        job.run();
        return Envelope.of(Map.of("ran", true));
    }
}
