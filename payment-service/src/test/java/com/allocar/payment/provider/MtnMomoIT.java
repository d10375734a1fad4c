package com.allocar.payment.provider;

import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.allocar.payment.support.ProviderFakes.MTN;
import static org.assertj.core.api.Assertions.assertThat;

class MtnMomoIT extends PaymentIT {

    private JsonNode start(UUID passenger, String msisdn) {
        var r = init(passenger, acceptedBooking(passenger), "mtn_momo", null, msisdn);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    @Test
    void requestToPayThenCallbackConfirmedByStatusPaysOnce() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = start(passenger, "+2250700112233");
        String paymentId = init.path("payment_id").asString();
        assertThat(init.path("provider_payload").path("reference_id").asString()).isEqualTo(paymentId);
        var sent = MTN.request(paymentId);
        assertThat(sent.get("amount")).isEqualTo("12000");
        assertThat(sent.get("externalId")).isEqualTo(paymentId);
        assertThat(sent.get("status")).isEqualTo("PENDING");
        var call = MTN.received().stream().filter(q -> q.path().equals("/collection/v1_0/requesttopay") && paymentId.equals(q.header("X-Reference-Id")))
                .findFirst().orElseThrow();
        assertThat(call.header("X-Callback-Url")).isEqualTo("https://pay.allocar.test/api/v1/payments/webhook/mtn_momo?ref=" + paymentId);

        assertThat(MTN.complete(paymentId, true)).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("paid");
        assertThat(MTN.callback(paymentId, "{}")).isEqualTo(200); // repeated: no new change
        assertThat(outboxCount(paymentId, "payment.succeeded")).isEqualTo(1);
    }

    @Test
    void anUnsignedCallbackClaimingSuccessIsCheckedAgainstTheStatusAndTheSandboxFailureNumberFails() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = start(passenger, "+46733123450");
        String paymentId = init.path("payment_id").asString();
        // forged: MTN still says PENDING
        var forged = http().send("PUT", "/api/v1/payments/webhook/mtn_momo?ref=" + paymentId, "{\"status\":\"SUCCESSFUL\"}");
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.data().path("outcome").asString()).isEqualTo("pending");
        assertThat(status(paymentId)).isEqualTo("init");

        assertThat(MTN.complete(paymentId, true)).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("failed");
        assertThat(jdbc.sql("SELECT failure_reason FROM payments WHERE id = ?::uuid").param(paymentId).query(String.class).single())
                .isEqualTo("INTERNAL_PROCESSING_ERROR");
    }
}
