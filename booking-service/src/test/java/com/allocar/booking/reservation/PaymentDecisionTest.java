package com.allocar.booking.reservation;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per branch of the saga's decision on a {@code payment.succeeded}. */
class PaymentDecisionTest {

    private final UUID payment = UUID.randomUUID();

    @Test
    void anAcceptedBookingWhoseHoldIsConfirmedIsPaid() {
        assertThat(PaymentDecision.of(BookingStatus.ACCEPTED, null, payment, true, true)).isInstanceOf(PaymentDecision.Pay.class);
    }

    @Test
    void theSamePaymentAgainIsADuplicate() {
        assertThat(PaymentDecision.of(BookingStatus.PAID, payment, payment, false, false)).isInstanceOf(PaymentDecision.Duplicate.class);
    }

    @Test
    void aBookingAcceptedSinceWeLookedIsRetried() {
        assertThat(PaymentDecision.of(BookingStatus.ACCEPTED, null, payment, false, false)).isInstanceOf(PaymentDecision.Retry.class);
    }

    @Test
    void anAcceptedBookingWhoseHoldIsGoneIsCancelledAndRefunded() {
        assertThat(PaymentDecision.of(BookingStatus.ACCEPTED, null, payment, true, false))
                .isInstanceOf(PaymentDecision.CancelAndRefund.class);
    }

    @Test
    void aBookingThatCannotTakeMoneyIsRefundedOnly() {
        for (BookingStatus s : new BookingStatus[] {BookingStatus.PENDING, BookingStatus.CANCELLED, BookingStatus.COMPLETED}) {
            assertThat(PaymentDecision.of(s, null, payment, false, false)).as(s.wire()).isInstanceOf(PaymentDecision.RefundOnly.class);
        }
        // paid by another payment: this one goes back
        assertThat(PaymentDecision.of(BookingStatus.PAID, UUID.randomUUID(), payment, false, false))
                .isInstanceOf(PaymentDecision.RefundOnly.class);
    }
}
