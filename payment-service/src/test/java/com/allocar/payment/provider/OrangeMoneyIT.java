package com.allocar.payment.provider;

import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.allocar.payment.support.ProviderFakes.ORANGE;
import static org.assertj.core.api.Assertions.assertThat;

class OrangeMoneyIT extends PaymentIT {

    private JsonNode start(UUID passenger, UUID booking) {
        var r = init(passenger, booking, "orange_money");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    @Test
    void webPaymentNotificationWithTheStoredTokenPaysAfterTheStatusReadBack() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = start(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        String payToken = init.path("provider_payload").path("pay_token").asString();
        assertThat(init.path("checkout_url").asString()).isEqualTo(ORANGE.paymentPageUrl(payToken));
        assertThat(init.path("provider_payload").has("notif_token")).isFalse(); // the proof stays with us
        var sent = ORANGE.payment(payToken);
        assertThat(sent.get("amount")).isEqualTo(12000L);
        assertThat((String) sent.get("notif_url")).isEqualTo("https://pay.allocar.test/api/v1/payments/webhook/orange_money");
        assertThat(((String) sent.get("order_id")).length()).isLessThanOrEqualTo(30);

        assertThat(ORANGE.approve(payToken)).isEqualTo(200);
        assertThat(status(paymentId)).isEqualTo("paid");
        assertThat(ORANGE.approve(payToken)).isEqualTo(200); // Orange notifies again: no second change
        assertThat(outboxCount(paymentId, "payment.succeeded")).isEqualTo(1);
        var p = payload(events(paymentId).getFirst());
        assertThat(p.path("provider").asString()).isEqualTo("orange_money");
        assertThat(p.path("provider_fee").decimalValue()).isEqualByComparingTo("180"); // 1.5 %
    }

    @Test
    void aWrongNotifTokenIsRejectedAndADeclineFailsThePayment() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = start(passenger, acceptedBooking(passenger));
        String paymentId = init.path("payment_id").asString();
        String payToken = init.path("provider_payload").path("pay_token").asString();
        ORANGE.payment(payToken).put("status", "SUCCESS");
        assertThat(ORANGE.notify(payToken, "0123456789abcdef0123456789abcdef")).isEqualTo(401);
        assertThat(status(paymentId)).isEqualTo("init");

        UUID other = UUID.randomUUID();
        JsonNode declined = start(other, acceptedBooking(other));
        assertThat(ORANGE.decline(declined.path("provider_payload").path("pay_token").asString())).isEqualTo(200);
        assertThat(status(declined.path("payment_id").asString())).isEqualTo("failed");
    }

    @Test
    void aForgedSuccessWithTheRightTokenDoesNotPayWhileOrangeSaysPending() {
        UUID passenger = UUID.randomUUID();
        JsonNode init = start(passenger, acceptedBooking(passenger));
        String payToken = init.path("provider_payload").path("pay_token").asString();
        // notification claims success, but transactionstatus still says INITIATED
        var r = http().post("/api/v1/payments/webhook/orange_money",
                "{\"status\":\"SUCCESS\",\"notif_token\":\"" + ORANGE.payment(payToken).get("notif_token") + "\",\"txnid\":\"MP1\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().path("outcome").asString()).isEqualTo("pending");
        assertThat(status(init.path("payment_id").asString())).isEqualTo("init");
    }
}
