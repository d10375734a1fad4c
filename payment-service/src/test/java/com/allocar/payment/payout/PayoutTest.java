package com.allocar.payment.payout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.provider.Provider;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayoutTest {

    private static final Instant AT = Instant.parse("2026-01-10T03:00:00Z");

    @Test
    void aProcessingPayoutCompletesAndRecordsPayoutCompleted() {
        Payout p = scheduled();
        p.startProcessing();
        p.complete("wave-1", AT);
        assertThat(p.status()).isEqualTo(PayoutStatus.DONE);
        PublishedEvent e = (PublishedEvent) p.recordedEvents().getFirst();
        assertThat(e.type()).isEqualTo(PaymentEventType.PAYOUT_COMPLETED);
        assertThat(e.type().aggregateType()).isEqualTo("payout");
        assertThat(e.aggregateId()).isEqualTo(p.id());
        var payload = (PaymentEvents.PayoutCompleted) e.payload();
        assertThat(payload.provider()).isEqualTo("wave");
        assertThat(payload.providerRef()).isEqualTo("wave-1");
        assertThat(payload.currency()).isEqualTo("XOF");
    }

    @Test
    void aScheduledPayoutCannotCompleteWithoutProcessing() {
        assertThatThrownBy(() -> scheduled().complete("x", AT)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo("scheduled");
            assertThat(e.allowed()).containsExactly("failed", "processing");
        });
    }

    @Test
    void aScheduledPayoutMayFailAndTheEventNamesADefaultReason() {
        Payout p = scheduled();
        p.fail(null, null, AT);
        assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
        assertThat(p.failureReason()).isNull();
        var payload = (PaymentEvents.PayoutFailed) ((PublishedEvent) p.recordedEvents().getFirst()).payload();
        assertThat(payload.reason()).isEqualTo("payout_failed");
    }

    @Test
    void aFinishedPayoutCannotMoveAgain() {
        Payout p = scheduled();
        p.fail(null, "insufficient_funds", AT);
        assertThatThrownBy(p::startProcessing).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> p.complete("x", AT)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void resumingAProcessingPayoutKeepsItProcessing() {
        Payout p = scheduled();
        p.startProcessing();
        p.startProcessing();
        assertThat(p.status()).isEqualTo(PayoutStatus.PROCESSING);
        assertThat(p.recordedEvents()).isEmpty();
    }

    @Test
    void onlyAScheduledPayoutOfTheScheduleNeedsAReservation() {
        assertThat(scheduled().needsReservation()).isTrue();
        assertThat(Payout.scheduled(UUID.randomUUID(), UUID.randomUUID(), PayoutKind.WITHDRAWAL, BigDecimal.TEN, null, Provider.WAVE)
                .needsReservation()).isFalse();
    }

    private static Payout scheduled() {
        return Payout.scheduled(UUID.randomUUID(), UUID.randomUUID(), PayoutKind.SCHEDULED, new BigDecimal("5000"), "+2250700000000",
                Provider.WAVE);
    }
}
