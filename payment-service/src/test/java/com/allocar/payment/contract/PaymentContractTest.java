package com.allocar.payment.contract;

import java.util.Map;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.api.PaymentInternalApi;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * payment-service's side of the fleet's contracts (ADR 008): each fixture of contracts/payment-service/ is exactly what its record
 * writes, and every event type payment-service declares has its fixture on its topic. A field renamed here, or there,
 * fails this build; the consumers' contract tests read the same fixtures into their own records.
 */
class PaymentContractTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("payment-service/payment.succeeded.v1", PaymentEvents.PaymentSucceeded.class),
            Map.entry("payment-service/payment.failed.v1", PaymentEvents.PaymentFailed.class),
            Map.entry("payment-service/payment.refunded.v1", PaymentEvents.PaymentRefunded.class),
            Map.entry("payment-service/payout.completed.v1", PaymentEvents.PayoutCompleted.class),
            Map.entry("payment-service/payout.failed.v1", PaymentEvents.PayoutFailed.class),
            Map.entry("payment-service/internal/topup-request.v1", PaymentInternalApi.TopupRequest.class),
            Map.entry("payment-service/internal/topup-started.v1", PaymentInternalApi.TopupStarted.class),
            Map.entry("payment-service/internal/staff-payment-view.v1", PaymentInternalApi.StaffPaymentView.class),
            Map.entry("payment-service/internal/payout-run.v1", PaymentInternalApi.PayoutRun.class),
            Map.entry("payment-service/internal/promo-create.v1", PaymentInternalApi.CreatePromo.class),
            Map.entry("payment-service/internal/promo-change.v1", PaymentInternalApi.ChangePromo.class),
            Map.entry("payment-service/internal/promo-view.v1", PaymentInternalApi.PromoView.class));

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("payment-service", RECORDS, PaymentEventType.values());
    }
}
