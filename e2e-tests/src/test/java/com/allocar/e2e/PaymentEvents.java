package com.allocar.e2e;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestEvents;

/**
 * A booking paid without a provider: payment-service's {@code payment.succeeded} on the real broker, as its relay
 * publishes it (ADR 006), for journeys whose subject is not the payment (PaymentJourneyE2E pays through Wave).
 */
final class PaymentEvents {

    private PaymentEvents() {
    }

    /** Publishes the event; the answer publishes the very same record again (a redelivery). */
    static Runnable succeeded(UUID bookingId, UUID payer, UUID driver, BigDecimal amount) {
        UUID paymentId = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payment_id", paymentId.toString());
        p.put("purpose", "booking");
        p.put("booking_id", bookingId.toString());
        p.put("topup_id", null);
        p.put("user_id", payer.toString());
        p.put("driver_id", driver.toString());
        p.put("amount", amount);
        p.put("discount", BigDecimal.ZERO);
        p.put("commission", new BigDecimal("1300"));
        p.put("provider_fee", new BigDecimal("120"));
        p.put("currency", "XOF");
        p.put("method", "wave");
        p.put("provider", "wave");
        p.put("provider_ref", "T_" + paymentId.toString().substring(0, 8));
        p.put("paid_at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        String record = TestEvents.envelope("payment.succeeded", paymentId.toString(), p);
        TestEvents.send("payment.payments", paymentId.toString(), record);
        return () -> TestEvents.send("payment.payments", paymentId.toString(), record);
    }
}
