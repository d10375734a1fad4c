package com.allocar.payment.provider;

import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.support.BookingEvents;
import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.allocar.payment.support.ProviderFakes.STRIPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StripeCardIT extends PaymentIT {

    private JsonNode start(UUID passenger, UUID booking) {
        var r = init(passenger, booking, "card");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    @Test
    void paymentIntentPaidBySignedWebhookAndRefundedThroughStripe() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        JsonNode init = start(passenger, booking);
        String paymentId = init.path("payment_id").asString();
        String pi = init.path("provider_payload").path("payment_intent_id").asString();
        assertThat(init.path("provider_payload").path("client_secret").asString()).startsWith(pi + "_secret_");
        var sent = STRIPE.received().stream().filter(q -> q.path().equals("/v1/payment_intents")).reduce((a, b) -> b).orElseThrow();
        assertThat(sent.form()).containsEntry("amount", "12000").containsEntry("currency", "xof").containsEntry("metadata[payment_id]", paymentId);
        assertThat(sent.header("Idempotency-Key")).isEqualTo(paymentId);

        String body = STRIPE.succeed(pi);
        long now = Instant.now().getEpochSecond();
        assertThat(STRIPE.deliver(body, STRIPE.signature(body, now - 400))).isEqualTo(401); // older than 300 s
        assertThat(STRIPE.deliver(body, STRIPE.signature(body, now, "whsec_other"))).isEqualTo(401);
        assertThat(status(paymentId)).isEqualTo("init");
        assertThat(STRIPE.deliver(body, STRIPE.signature(body, now, "whsec_old", "whsec_it"))).isEqualTo(200);
        assertThat(STRIPE.deliver(body)).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("paid");
        assertThat(outboxCount(paymentId, "payment.succeeded")).isEqualTo(1);

        BookingEvents.send(booking.toString(), BookingEvents.refundRequested(UUID.randomUUID(), UUID.randomUUID(), booking, passenger,
                12_000, 12_000, 0, "trip_cancelled"));
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "refunded".equals(status(paymentId)));
        assertThat(STRIPE.refundedAmount(pi)).isEqualTo(12_000);
    }

    @Test
    void threeFailedCardPaymentsIn24HoursBlockTheFourth() {
        UUID passenger = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            JsonNode init = start(passenger, acceptedBooking(passenger));
            String pi = init.path("provider_payload").path("payment_intent_id").asString();
            assertThat(STRIPE.deliver(STRIPE.decline(pi))).isEqualTo(200);
            assertThat(status(init.path("payment_id").asString())).isEqualTo("failed");
            assertThat(STRIPE.status(pi)).isEqualTo("canceled"); // cannot be paid after we gave up
        }
        var blocked = init(passenger, acceptedBooking(passenger), "card");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.body().path("error").path("details").path("reason").asString()).isEqualTo("card_payments_blocked");
        // other methods still work, and other payers are not affected
        assertThat(init(passenger, acceptedBooking(passenger), "wave").status()).isEqualTo(200);
        UUID other = UUID.randomUUID();
        assertThat(init(other, acceptedBooking(other), "card").status()).isEqualTo(200);
        // failures older than the window no longer count
        jdbc.sql("UPDATE payments SET failed_at = failed_at - interval '25 hours' WHERE user_id = ?").param(passenger).update();
        assertThat(init(passenger, acceptedBooking(passenger), "card").status()).isEqualTo(200);
    }
}
