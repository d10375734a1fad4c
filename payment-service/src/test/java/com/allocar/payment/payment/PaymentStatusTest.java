package com.allocar.payment.payment;

import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentStatusTest {

    @ParameterizedTest
    @CsvSource({"INIT,AUTHORIZED", "INIT,PAID", "INIT,FAILED", "AUTHORIZED,PAID", "AUTHORIZED,FAILED", "PAID,REFUNDED"})
    void legalTransitionsChangeTheStatus(PaymentStatus from, PaymentStatus to) {
        assertThat(from.moveTo(to)).isEqualTo(to);
        assertThat(from.isRepeat(to)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"INIT,REFUNDED", "AUTHORIZED,REFUNDED", "AUTHORIZED,INIT", "PAID,FAILED", "PAID,INIT", "FAILED,PAID",
            "FAILED,REFUNDED", "REFUNDED,PAID", "REFUNDED,FAILED"})
    void illegalTransitionsAreConflictsNamingCurrentAndAllowed(PaymentStatus from, PaymentStatus to) {
        assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo(from.wire());
            assertThat(e.allowed()).isEqualTo(from.next().stream().map(PaymentStatus::wire).sorted().toList());
        });
    }

    @Test
    void repeatingTheCurrentStatusIsAHarmlessNoOp() {
        for (PaymentStatus s : PaymentStatus.values()) {
            assertThat(s.isRepeat(s)).isTrue();
        }
    }

    @Test
    void failedAndRefundedAreFinal() {
        assertThat(PaymentStatus.FAILED.isFinal()).isTrue();
        assertThat(PaymentStatus.REFUNDED.isFinal()).isTrue();
        assertThat(PaymentStatus.PAID.isFinal()).isFalse();
        assertThat(PaymentStatus.INIT.inFlight()).isTrue();
        assertThat(PaymentStatus.AUTHORIZED.inFlight()).isTrue();
        assertThat(PaymentStatus.PAID.inFlight()).isFalse();
    }

    @Test
    void wireNamesRoundTrip() {
        for (PaymentStatus s : PaymentStatus.values()) {
            assertThat(PaymentStatus.fromWire(s.wire())).isEqualTo(s);
        }
    }
}
