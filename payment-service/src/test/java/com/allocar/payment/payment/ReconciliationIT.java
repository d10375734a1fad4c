package com.allocar.payment.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.reconciliation.Reconciliation;
import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationIT extends PaymentIT {

    @Autowired
    Reconciliation reconciliation;

    @Test
    void aPaymentPaidAtWaveWhoseWebhookWasLostIsMarkedPaidOnceAndAMismatchIsFlagged() {
        UUID passenger = UUID.randomUUID();
        var lost = waveInit(passenger, acceptedBooking(passenger));
        WAVE.pay(lost.path("provider_payload").path("checkout_session_id").asString()); // webhook never delivered
        UUID other = UUID.randomUUID();
        var fine = waveInit(other, acceptedBooking(other));
        String fineSession = fine.path("provider_payload").path("checkout_session_id").asString();
        assertThat(WAVE.deliver(WAVE.pay(fineSession))).isEqualTo(200);

        Instant from = Instant.now().minus(Duration.ofMinutes(5));
        Instant to = Instant.now().plusSeconds(5);
        reconciliation.run(from, to);
        reconciliation.run(from, to); // flagged once

        String lostId = lost.path("payment_id").asString();
        assertThat(jdbc.sql("SELECT our_status || '/' || provider_status || '/' || action FROM reconciliation_findings WHERE payment_id = ?::uuid")
                .param(lostId).query(String.class).list()).containsExactly("init/succeeded/marked_paid");
        assertThat(status(lostId)).isEqualTo("paid");
        assertThat(outboxCount(lostId, "payment.succeeded")).isEqualTo(1);

        // paid here, but Wave says the session expired: flagged only
        UUID third = UUID.randomUUID();
        var odd = waveInit(third, acceptedBooking(third));
        String oddId = odd.path("payment_id").asString();
        assertThat(WAVE.deliver(WAVE.pay(odd.path("provider_payload").path("checkout_session_id").asString()))).isEqualTo(200);
        var session = WAVE.session(odd.path("provider_payload").path("checkout_session_id").asString());
        session.put("payment_status", "cancelled");
        reconciliation.run(from, Instant.now().plusSeconds(5));
        assertThat(jdbc.sql("SELECT action FROM reconciliation_findings WHERE payment_id = ?::uuid").param(oddId).query(String.class).list())
                .containsExactly("flagged");
        assertThat(status(oddId)).isEqualTo("paid");
        assertThat(jdbc.sql("SELECT count(*) FROM reconciliation_findings WHERE payment_id = ?::uuid").param(fine.path("payment_id").asString())
                .query(Long.class).single()).isZero();
    }
}
