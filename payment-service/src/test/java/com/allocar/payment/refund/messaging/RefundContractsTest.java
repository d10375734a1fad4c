package com.allocar.payment.refund.messaging;

import com.allocar.payment.refund.Refunds;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** booking-service's refund decision as payment-service reads it, from booking's fixture (ADR 008). */
class RefundContractsTest {

    @Test
    void the_type_we_listen_to_is_published_on_the_default_topic() {
        ContractFixtures.assertPublishedOn("booking-service", "booking.bookings", RefundListener.REFUND_REQUESTED);
    }

    @Test
    void refund_requested() {
        var refund = ContractFixtures.read("booking-service/refund.requested.v1", Refunds.RefundRequested.class);
        assertThat(refund.refundId()).isNotNull();
        assertThat(refund.amountPaid()).isEqualByComparingTo("9000");
        assertThat(refund.refundAmount()).isEqualByComparingTo("6750");
        assertThat(refund.feeAmount()).isEqualByComparingTo("2250");
        assertThat(refund.reason()).isEqualTo("passenger_cancelled");
    }
}
