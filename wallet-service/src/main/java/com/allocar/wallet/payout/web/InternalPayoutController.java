package com.allocar.wallet.payout.web;

import java.math.BigDecimal;
import java.util.List;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.wallet.api.WalletInternalApi.EligiblePayout;
import com.allocar.wallet.payout.PayoutEligibility;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For payment-service's payout job (service token; never routed). */
@Hidden
@RestController
@CalledBy(FleetService.PAYMENT)
class InternalPayoutController {

    private static final QuerySpec LIST = QuerySpec.create().extra("min_amount").defaultSort("");

    private final PayoutEligibility eligibility;

    InternalPayoutController(PayoutEligibility eligibility) {
        this.eligibility = eligibility;
    }

    /** {@code ?min_amount=} (default: the payout threshold setting), {@code page}, {@code page_size}. */
    @GetMapping("/internal/payouts/eligible")
    Envelope<List<EligiblePayout>> eligible(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        BigDecimal min = q.extra("min_amount").map(InternalPayoutController::amount).orElse(eligibility.defaultThreshold());
        var page = eligibility.eligible(min, q.pageSize(), q.offset());
        return Envelope.page(page.items(), q.page(), q.pageSize(), page.total());
    }

    private static BigDecimal amount(String raw) {
        try {
            BigDecimal v = new BigDecimal(raw.trim());
            if (v.signum() < 0) {
                throw ApiException.validation("min_amount", "must not be negative");
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.validation("min_amount", "must be a number");
        }
    }
}
