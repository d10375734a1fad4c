package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.support.Events;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** payment.payments and booking.bookings events on the real broker → the ledger, each applied once whatever the delivery. */
class SettlementEventsIT extends WalletIT {

    private BigDecimal amountOf(UUID entryId) {
        return jdbc.sql("SELECT amount FROM wallet_txns WHERE id = ?").param(entryId).query(BigDecimal.class).optional().orElse(null);
    }

    /** Waits until every event sent before on the booking topic has been consumed (one partition: in order). */
    private void drainBookings() {
        UUID passenger = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        Events.bookingCompleted(booking, passenger, UUID.randomUUID()).send();
        eventually(() -> jdbc.sql("SELECT count(*) FROM completed_bookings WHERE booking_id = ?").param(booking).query(Long.class).single() == 1);
    }

    /** Same for the payment topic. */
    private void drainPayments() {
        UUID marker = UUID.randomUUID();
        Events.topupPaid(UUID.randomUUID(), UUID.randomUUID(), marker, "1").send();
        eventually(() -> entries(marker) == 1);
    }

    @Test
    void aPaidBookingIsAPendingEarningUntilTheRideCompletes() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        var paid = Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "60").send();
        paid.send(); // redelivered: same event id
        UUID earning = EntryIds.of("earning", payment);
        eventually(() -> "pending".equals(status(earning)));
        assertThat(amountOf(earning)).isEqualByComparingTo("5340");
        assertThat(status(EntryIds.of("commission", payment))).isEqualTo("settled");
        assertThat(amountOf(EntryIds.of("commission", payment))).isEqualByComparingTo("600");
        // pending: visible, not spendable
        var w = http().get("/api/v1/wallet", auth(driver)).data();
        assertThat(w.path("pending").decimalValue()).isEqualByComparingTo("5340");
        assertThat(w.path("available").decimalValue()).isEqualByComparingTo("0");

        var completed = Events.bookingCompleted(booking, passenger, driver).send();
        completed.send();
        eventually(() -> "settled".equals(status(earning)));
        drainPayments();
        drainBookings();
        assertThat(entries(driver)).isEqualTo(1);
        assertThat(available(driver)).isEqualByComparingTo("5340");
        assertLedgerInvariant(driver);
        assertLedgerInvariant(PLATFORM);
    }

    @Test
    void aPromoDiscountIsFundedByThePlatformAndTheDriverEarnsOnTheFullPrice() {
        UUID driver = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingPaid(payment, UUID.randomUUID(), UUID.randomUUID(), driver, "5000", "1000", "600", "50").send();
        eventually(() -> status(EntryIds.of("discount", payment)) != null);
        assertThat(amountOf(EntryIds.of("earning", payment))).isEqualByComparingTo("5350");
        assertThat(amountOf(EntryIds.of("discount", payment))).isEqualByComparingTo("1000");
    }

    @Test
    void aCompletionThatOvertakesThePaymentSettlesTheEarningAtOnce() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingCompleted(booking, passenger, driver).send();
        eventually(() -> jdbc.sql("SELECT count(*) FROM completed_bookings WHERE booking_id = ?").param(booking).query(Long.class).single() == 1);
        Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "0").send();
        eventually(() -> "settled".equals(status(EntryIds.of("earning", payment))));
        assertThat(available(driver)).isEqualByComparingTo("5400");
        assertLedgerInvariant(driver);
    }

    @Test
    void aFullRefundToTheWalletCancelsThePendingEarningAndCreditsThePassenger() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "60").send();
        UUID refund = UUID.randomUUID();
        var refunded = Events.refunded(refund, payment, booking, passenger, driver, "6000", "wallet").send();
        refunded.send();
        eventually(() -> "settled".equals(status(EntryIds.of("refund", refund))));
        assertThat(status(EntryIds.of("earning", payment))).isEqualTo("cancelled");
        assertThat(amountOf(EntryIds.of("refund-platform", refund))).isEqualByComparingTo("660");
        assertThat(status(EntryIds.of("refund-remainder", refund))).isNull();
        assertThat(balance(passenger)).isEqualByComparingTo("6000");
        assertThat(balance(driver)).isEqualByComparingTo("0");
        assertThat(http().get("/api/v1/wallet", auth(driver)).data().path("pending").decimalValue()).isEqualByComparingTo("0");
        drainPayments();
        assertThat(entries(passenger)).isEqualTo(1);
        assertLedgerInvariant(passenger);
        assertLedgerInvariant(driver);
    }

    @Test
    void aRefundReEmittedWithANewEventIdIsNotSplitTwice() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "60").send();
        UUID refund = UUID.randomUUID();
        // exactly the pending earning, through the provider: the first application only cancels the earning
        Events.refunded(refund, payment, booking, passenger, driver, "5340", "provider").send();
        eventually(() -> "cancelled".equals(status(EntryIds.of("earning", payment))));
        Events.refunded(refund, payment, booking, passenger, driver, "5340", "provider").send();
        drainPayments();
        assertThat(status(EntryIds.of("refund-platform", refund))).isNull();
        assertThat(status(EntryIds.of("refund-reversal", refund))).isNull();
        assertThat(entries(driver)).isEqualTo(1);
        assertLedgerInvariant(driver);
    }

    @Test
    void aPartialRefundLeavesTheDriverTheCancellationFee() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "60").send();
        UUID refund = UUID.randomUUID();
        Events.refunded(refund, payment, booking, passenger, driver, "4200", "wallet").send();
        eventually(() -> "settled".equals(status(EntryIds.of("refund-remainder", refund))));
        assertThat(amountOf(EntryIds.of("refund-remainder", refund))).isEqualByComparingTo("1140");
        assertThat(available(driver)).isEqualByComparingTo("1140");
        assertThat(balance(passenger)).isEqualByComparingTo("4200");
        assertLedgerInvariant(driver);
    }

    @Test
    void aRefundThroughTheProviderAfterTheRideTakesTheEarningBack() {
        UUID passenger = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        UUID payment = UUID.randomUUID();
        Events.bookingPaid(payment, booking, passenger, driver, "6000", "0", "600", "60").send();
        Events.bookingCompleted(booking, passenger, driver).send();
        eventually(() -> "settled".equals(status(EntryIds.of("earning", payment))));
        UUID refund = UUID.randomUUID();
        Events.refunded(refund, payment, booking, passenger, driver, "3000", "provider").send();
        eventually(() -> status(EntryIds.of("refund-reversal", refund)) != null);
        assertThat(amountOf(EntryIds.of("refund-reversal", refund))).isEqualByComparingTo("3000");
        assertThat(status(EntryIds.of("refund", refund))).isNull(); // the money went back through the provider
        assertThat(balance(driver)).isEqualByComparingTo("2340");
        assertThat(balance(passenger)).isEqualByComparingTo("0");
        assertLedgerInvariant(driver);
    }

    @Test
    void aPenaltyIsDebitedOnceEvenBelowZero() {
        UUID driver = UUID.randomUUID();
        fund(driver, "1000");
        UUID penalty = UUID.randomUUID();
        var e = Events.driverPenalized(penalty, driver, "2500").send();
        e.send();
        Events.driverPenalized(penalty, driver, "2500").send(); // re-emitted with a new event id
        eventually(() -> "settled".equals(status(EntryIds.of("penalty", penalty))));
        drainBookings();
        assertThat(balance(driver)).isEqualByComparingTo("-1500");
        assertThat(entries(driver)).isEqualTo(2);
        assertThat(status(EntryIds.of("penalty-income", penalty))).isEqualTo("settled");
        assertLedgerInvariant(driver);
    }

    @Test
    void aRefereesFirstCompletedRideRewardsTheReferralOnce() {
        UUID referrer = UUID.randomUUID();
        UUID referee = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Events.referralApplied(referral, referrer, referee, 1000, 500).send();
        eventually(() -> jdbc.sql("SELECT count(*) FROM referrals WHERE referral_id = ?").param(referral).query(Long.class).single() == 1);
        assertThat(entries(referrer)).isZero();
        UUID driver = UUID.randomUUID();
        Events.bookingCompleted(UUID.randomUUID(), referee, driver).send();
        eventually(() -> "settled".equals(status(EntryIds.of("referral-referrer", referral))));
        assertThat(balance(referrer)).isEqualByComparingTo("1000");
        assertThat(balance(referee)).isEqualByComparingTo("500");
        assertThat(amountOf(EntryIds.of("referral-funding", referral))).isEqualByComparingTo("1500");
        // the second ride rewards nothing more
        Events.bookingCompleted(UUID.randomUUID(), referee, driver).send();
        drainBookings();
        assertThat(balance(referrer)).isEqualByComparingTo("1000");
        assertThat(entries(referee)).isEqualTo(1);
        var txn = http().get("/api/v1/wallet/txns", auth(referee)).data().get(0);
        assertThat(txn.path("source").asString()).isEqualTo("promo");
        assertThat(txn.path("type").asString()).isEqualTo("credit");
    }

    @Test
    void aReferralThatArrivesAfterTheFirstRideIsStillRewardedOnce() {
        UUID referrer = UUID.randomUUID();
        UUID referee = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Events.bookingCompleted(UUID.randomUUID(), referee, UUID.randomUUID()).send();
        drainBookings();
        var applied = Events.referralApplied(referral, referrer, referee, 1000, 500).send();
        applied.send();
        eventually(() -> "settled".equals(status(EntryIds.of("referral-referee", referral))));
        Events.referralApplied(referral, referrer, referee, 1000, 500).send(); // re-emitted
        UUID other = UUID.randomUUID();
        Events.referralApplied(UUID.randomUUID(), UUID.randomUUID(), other, 0, 0).send();
        eventually(() -> jdbc.sql("SELECT count(*) FROM referrals WHERE referee_id = ?").param(other).query(Long.class).single() == 1);
        assertThat(balance(referee)).isEqualByComparingTo("500");
        assertThat(balance(referrer)).isEqualByComparingTo("1000");
    }

    @Test
    void eventsOfOtherTypesAreIgnored() {
        UUID user = UUID.randomUUID();
        Events.event("payment.payments", "payment.failed", UUID.randomUUID(), java.util.Map.of("payment_id", UUID.randomUUID().toString(),
                "purpose", "topup", "user_id", user.toString(), "reason", "declined")).send();
        Events.event("booking.bookings", "booking.paid", UUID.randomUUID(), java.util.Map.of("booking_id", UUID.randomUUID().toString(),
                "passenger_id", user.toString())).send();
        drainPayments();
        drainBookings();
        assertThat(entries(user)).isZero();
    }
}
