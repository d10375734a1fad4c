package com.allocar.payment.payout.web;

import com.allocar.payment.api.PaymentInternalApi.PayoutRun;
import com.allocar.payment.payout.PayoutJob;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorCode;
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

    /** Under the job's lock: never alongside the scheduled run (409 while one is under way). */
    @PostMapping("/internal/payouts/run")
    Envelope<PayoutRun> run() {
        return Envelope.of(new PayoutRun(job.runNow().orElseThrow(() -> new ApiException(ErrorCode.CONFLICT,
                "A payout run is under way: its result is in the payouts list when it ends", Map.of("reason", "run_in_progress")))));
    }
}
