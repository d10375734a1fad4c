package com.allocar.wallet.settlement.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the settlement listeners read of payment's and booking's events, from their producers' fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void payment_succeeded_carries_the_split() {
        var paid = ContractFixtures.read("payment-service/payment.succeeded.v1", PaymentEventsListener.PaymentSucceeded.class);
        assertThat(paid.purpose()).isEqualTo("booking");
        assertThat(paid.bookingId()).isEqualTo(BOOKING);
        assertThat(paid.driverId()).isEqualTo(DRIVER);
        assertThat(paid.amount()).isEqualByComparingTo("8500");
        assertThat(paid.discount()).isEqualByComparingTo("500");
        assertThat(paid.commission()).isEqualByComparingTo("900");
        assertThat(paid.providerFee()).isEqualByComparingTo("85");
    }

    @Test
    void payment_refunded_and_payout_outcomes() {
        var refunded = ContractFixtures.read("payment-service/payment.refunded.v1", PaymentEventsListener.PaymentRefunded.class);
        assertThat(refunded.refundAmount()).isEqualByComparingTo("6750");
        assertThat(refunded.destination()).isEqualTo("provider");
        for (String type : new String[] {"payout.completed", "payout.failed"}) {
            var outcome = ContractFixtures.read("payment-service/" + type + ".v1", PaymentEventsListener.PayoutOutcome.class);
            assertThat(outcome.payoutId()).isNotNull();
            assertThat(outcome.userId()).isEqualTo(DRIVER);
        }
    }

    @Test
    void booking_completed_and_driver_penalized() {
        var completed = ContractFixtures.read("booking-service/booking.completed.v1", BookingEventsListener.BookingChanged.class);
        assertThat(completed.bookingId()).isEqualTo(BOOKING);
        assertThat(completed.status()).isEqualTo("completed");
        assertThat(completed.occurredAt()).isNotNull();
        var penalty = ContractFixtures.read("booking-service/driver.penalized.v1", BookingEventsListener.DriverPenalized.class);
        assertThat(penalty.amount()).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(penalty.driverId()).isEqualTo(DRIVER);
        assertThat(penalty.reason()).isEqualTo("late_cancellation");
    }
}
