package com.allocar.payment.payment;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentStatusTest {

    @ParameterizedTest
    @CsvSource({"INIT,AUTHORIZED", "INIT,PAID", "INIT,FAILED", "AUTHORIZED,PAID", "AUTHORIZED,FAILED", "PAID,REFUNDED"})
    void legalTransitionsChangeTheStatus(PaymentStatus from, PaymentStatus to) {
        assertThat(from.moveTo(to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"INIT,REFUNDED", "AUTHORIZED,REFUNDED", "AUTHORIZED,INIT", "PAID,FAILED", "PAID,INIT", "FAILED,PAID",
            "FAILED,REFUNDED", "REFUNDED,PAID", "REFUNDED,FAILED"})
    void illegalTransitionsAreConflictsNamingCurrentAndAllowed(PaymentStatus from, PaymentStatus to) {
        assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(e.code().status()).isEqualTo(409);
            assertThat(e.details()).containsEntry("current", from.wire()).containsKey("allowed");
        });
    }

    @Test
    void repeatingTheCurrentStatusIsAHarmlessNoOp() {
        for (PaymentStatus s : PaymentStatus.values()) {
            assertThat(s.moveTo(s)).isFalse();
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
}
