package com.allocar.payment.payment;

import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPaymentsIT extends PaymentIT {

    @Test
    void adminServiceListsPaymentsByStatusMethodAndUserWithPagination() {
        UUID passenger = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            waveInit(passenger, acceptedBooking(passenger));
        }
        WALLET.fund(passenger, 12_000);
        assertThat(init(passenger, acceptedBooking(passenger), "wallet").status()).isEqualTo(200);

        var all = http().get("/internal/payments?user_id=" + passenger + "&page_size=2", asAdmin());
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.data()).hasSize(2);
        assertThat(all.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(4);

        var wave = http().get("/internal/payments?user_id=" + passenger + "&method=wave&status=in:init,authorized", asAdmin());
        assertThat(wave.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(3);
        var paid = http().get("/internal/payments?user_id=" + passenger + "&status=paid&sort=-amount", asAdmin());
        assertThat(paid.data()).hasSize(1);
        assertThat(paid.data().get(0).path("method").asString()).isEqualTo("wallet");

        assertThat(http().get("/internal/payments?status=bogus", asAdmin()).status()).isEqualTo(400);
        assertThat(http().get("/internal/payments?colour=red", asAdmin()).status()).isEqualTo(400);
        assertThat(http().get("/internal/payments").status()).isIn(401, 403);
        assertThat(http().get("/internal/payments", auth(passenger)).status()).isIn(401, 403);
    }
}
