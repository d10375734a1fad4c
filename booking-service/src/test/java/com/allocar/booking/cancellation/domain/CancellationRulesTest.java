package com.allocar.booking.cancellation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.allocar.booking.api.RefundReason;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule at the edges of its window (defaults: 24 h windows, passenger fee 20 %, driver fine 10 % + 10 points, no-show 50 %). */
class CancellationRulesTest {

    private static final Instant DEPARTURE = Instant.parse("2026-12-10T08:00:00Z");
    private static final BigDecimal PAID = new BigDecimal("12000.00");
    private final CancellationSettings settings = CancellationSettings.defaults();
    private final CancellationRules rules = new CancellationRules(settings);

    private static CancellationCase c(Initiator who, Duration beforeDeparture, BigDecimal paid, boolean committed) {
        return new CancellationCase(who, paid, PAID, committed, DEPARTURE, DEPARTURE.minus(beforeDeparture));
    }

    @Nested
    class Passenger {

        @Test
        void exactlyTheWindowBeforeDepartureIsStillEarlyFullRefund() {
            var o = rules.decide(c(Initiator.PASSENGER, Duration.ofHours(24), PAID, true));
            assertThat(o.rule()).isEqualTo("PassengerEarlyCancellationFullRefund");
            assertThat(o.refund()).isEqualByComparingTo("12000");
            assertThat(o.fee()).isEqualByComparingTo("0");
            assertThat(o.refundReason()).isEqualTo(RefundReason.PASSENGER_CANCELLED);
            assertThat(o.penalty()).isEmpty();
        }

        @Test
        void oneSecondInsideTheWindowPaysTheFee() {
            var o = rules.decide(c(Initiator.PASSENGER, Duration.ofHours(24).minusSeconds(1), PAID, true));
            assertThat(o.rule()).isEqualTo("PassengerLateCancellationFee");
            assertThat(o.fee()).isEqualByComparingTo("2400");
            assertThat(o.refund()).isEqualByComparingTo("9600");
            assertThat(o.refund().add(o.fee())).isEqualByComparingTo(PAID);
        }

        @Test
        void afterDepartureIsLateToo() {
            assertThat(rules.decide(c(Initiator.PASSENGER, Duration.ofMinutes(-30), PAID, true)).rule()).isEqualTo("PassengerLateCancellationFee");
        }

        @Test
        void theFeeIsWholeFrancsRoundedHalfUp() {
            var o = new PassengerLateCancellationFee(settings).decide(c(Initiator.PASSENGER, Duration.ZERO, new BigDecimal("6002.50"), true));
            assertThat(o.fee()).isEqualByComparingTo("1201"); // 20 % of 6002.50 = 1200.50 → 1201
            assertThat(o.refund()).isEqualByComparingTo("4801.50");
        }

        @Test
        void nothingPaidNothingMoves() {
            var o = rules.decide(c(Initiator.PASSENGER, Duration.ofHours(1), BigDecimal.ZERO, true));
            assertThat(o.refund()).isEqualByComparingTo("0");
            assertThat(o.fee()).isEqualByComparingTo("0");
            assertThat(o.refundsSomething()).isFalse();
        }

        @Test
        void aZeroWindowNeverCharges() {
            var noFee = new CancellationRules(new CancellationSettings(Duration.ZERO, new BigDecimal("20"), Duration.ofHours(24),
                    BigDecimal.TEN, 10, new BigDecimal("50")));
            assertThat(noFee.decide(c(Initiator.PASSENGER, Duration.ZERO, PAID, true)).rule()).isEqualTo("PassengerEarlyCancellationFullRefund");
        }
    }

    @Nested
    class Driver {

        @Test
        void exactlyTheWindowBeforeDepartureIsNotPenalised() {
            var o = rules.decide(c(Initiator.DRIVER, Duration.ofHours(24), PAID, true));
            assertThat(o.rule()).isEqualTo("DriverEarlyCancellationFullRefund");
            assertThat(o.refund()).isEqualByComparingTo("12000");
            assertThat(o.penalty()).isEmpty();
            assertThat(o.refundReason()).isEqualTo(RefundReason.DRIVER_CANCELLED);
        }

        @Test
        void oneSecondInsideTheWindowRefundsInFullAndPenalises() {
            var o = rules.decide(c(Initiator.DRIVER, Duration.ofHours(24).minusSeconds(1), PAID, true));
            assertThat(o.rule()).isEqualTo("DriverLateCancellationPenalty");
            assertThat(o.refund()).isEqualByComparingTo("12000");
            assertThat(o.fee()).isEqualByComparingTo("0");
            assertThat(o.penalty()).hasValueSatisfying(p -> {
                assertThat(p.amount()).isEqualByComparingTo("1200");
                assertThat(p.scorePoints()).isEqualTo(10);
            });
        }

        @Test
        void aBookingNeverAcceptedCarriesNoPenalty() {
            var o = rules.decide(c(Initiator.DRIVER, Duration.ofHours(1), BigDecimal.ZERO, false));
            assertThat(o.rule()).isEqualTo("DriverLateCancellationPenalty");
            assertThat(o.penalty()).isEmpty();
        }

        @Test
        void anUnpaidButAcceptedBookingStillPenalisesOnItsAmount() {
            var o = rules.decide(c(Initiator.DRIVER, Duration.ofHours(1), BigDecimal.ZERO, true));
            assertThat(o.refund()).isEqualByComparingTo("0");
            assertThat(o.penalty()).hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("1200"));
        }

        @Test
        void aCancelledTripFollowsTheDriversWindowWithItsOwnReason() {
            var early = rules.decide(c(Initiator.TRIP_CANCELLED, Duration.ofHours(24), PAID, true));
            var late = rules.decide(c(Initiator.TRIP_CANCELLED, Duration.ofHours(24).minusSeconds(1), PAID, true));
            assertThat(early.refundReason()).isEqualTo(RefundReason.TRIP_CANCELLED);
            assertThat(early.penalty()).isEmpty();
            assertThat(late.refundReason()).isEqualTo(RefundReason.TRIP_CANCELLED);
            assertThat(late.refund()).isEqualByComparingTo("12000");
            assertThat(late.penalty()).isPresent();
        }
    }

    @Nested
    class Staff {

        private CancellationCase arbitrated(String refund) {
            return new CancellationCase(Initiator.STAFF_ARBITRATION, PAID, PAID, true, DEPARTURE, DEPARTURE.minus(Duration.ofHours(2)),
                    refund == null ? null : new BigDecimal(refund));
        }

        @Test
        void aTripModeratedOffRefundsEverythingWheneverAndNeverPenalisesTheDriver() {
            for (Duration before : new Duration[] {Duration.ofHours(-3), Duration.ZERO, Duration.ofHours(1), Duration.ofDays(10)}) {
                var o = rules.decide(c(Initiator.STAFF_TRIP_CANCELLATION, before, PAID, true));
                assertThat(o.rule()).as(before.toString()).isEqualTo("StaffTripCancellationFullRefund");
                assertThat(o.refund()).isEqualByComparingTo("12000");
                assertThat(o.fee()).isEqualByComparingTo("0");
                assertThat(o.refundReason()).isEqualTo(RefundReason.TRIP_CANCELLED);
                assertThat(o.penalty()).isEmpty();
            }
            // the same trip cancelled late by its driver is penalised: the initiator is what differs
            assertThat(rules.decide(c(Initiator.TRIP_CANCELLED, Duration.ofHours(1), PAID, true)).penalty()).isPresent();
            assertThat(rules.decide(c(Initiator.STAFF_TRIP_CANCELLATION, Duration.ofHours(1), BigDecimal.ZERO, false)).refundsSomething())
                    .isFalse();
        }

        @Test
        void anArbitrationRefundsExactlyWhatStaffNamedAndKeepsTheRest() {
            var part = rules.decide(arbitrated("5000"));
            assertThat(part.rule()).isEqualTo("StaffArbitrationRefund");
            assertThat(part.refund()).isEqualByComparingTo("5000");
            assertThat(part.fee()).isEqualByComparingTo("7000");
            assertThat(part.refundReason()).isEqualTo(RefundReason.ADMIN);
            assertThat(part.penalty()).isEmpty();
            assertThat(rules.decide(arbitrated("0")).fee()).isEqualByComparingTo("12000");
            var all = rules.decide(arbitrated("12000"));
            assertThat(all.refund()).isEqualByComparingTo("12000");
            assertThat(all.fee()).isEqualByComparingTo("0");
            var cents = rules.decide(arbitrated("4999.50"));
            assertThat(cents.refund().add(cents.fee())).isEqualByComparingTo(PAID);
        }

        @Test
        void anArbitratedRefundOutsideNothingToWhatWasPaidIsRefused() {
            for (String refund : new String[] {null, "-1", "12000.01"}) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.decide(arbitrated(refund))).as(String.valueOf(refund))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aNoShowPaysZPercent() {
        var o = rules.decide(c(Initiator.NO_SHOW, Duration.ofHours(-3), PAID, true));
        assertThat(o.rule()).isEqualTo("NoShowFee");
        assertThat(o.fee()).isEqualByComparingTo("6000");
        assertThat(o.refund()).isEqualByComparingTo("6000");
        assertThat(o.refundReason()).isEqualTo(RefundReason.NO_SHOW);
        var all = new NoShowFee(new CancellationSettings(Duration.ofHours(24), BigDecimal.TEN, Duration.ofHours(24), BigDecimal.TEN, 1,
                new BigDecimal("100"))).decide(c(Initiator.NO_SHOW, Duration.ZERO, PAID, true));
        assertThat(all.refund()).isEqualByComparingTo("0");
        assertThat(all.fee()).isEqualByComparingTo("12000");
    }

    @Test
    void theSystemRefundsEverything() {
        var o = rules.decide(c(Initiator.SYSTEM, Duration.ofMinutes(5), PAID, true));
        assertThat(o.rule()).isEqualTo("SystemCancellationFullRefund");
        assertThat(o.refund()).isEqualByComparingTo("12000");
        assertThat(o.refundReason()).isEqualTo(RefundReason.ADMIN);
        assertThat(o.penalty()).isEmpty();
    }

    @Test
    void aPaymentTheBookingCouldNotTakeGoesBackInFullWhenever() {
        for (Duration before : new Duration[] {Duration.ofHours(-3), Duration.ZERO, Duration.ofHours(1), Duration.ofDays(10)}) {
            var o = rules.decide(c(Initiator.LATE_PAYMENT, before, new BigDecimal("6000"), false));
            assertThat(o.rule()).isEqualTo("LatePaymentFullRefund");
            assertThat(o.refund()).isEqualByComparingTo("6000");
            assertThat(o.fee()).isEqualByComparingTo("0");
            assertThat(o.refundReason()).isEqualTo(RefundReason.LATE_PAYMENT);
            assertThat(o.penalty()).isEmpty();
        }
        assertThat(new LatePaymentFullRefund().appliesTo(c(Initiator.SYSTEM, Duration.ZERO, PAID, false))).isFalse();
    }

    @Test
    void exactlyOneRuleAppliesToEveryCaseAroundTheWindows() {
        for (Initiator who : Initiator.values()) {
            for (long minutes : new long[] {-600, -1, 0, 1, 60 * 24 - 1, 60 * 24, 60 * 24 + 1, 60 * 24 * 30}) {
                var all = java.util.List.of(new PassengerEarlyCancellationFullRefund(settings), new PassengerLateCancellationFee(settings),
                        new DriverEarlyCancellationFullRefund(settings), new DriverLateCancellationPenalty(settings), new NoShowFee(settings),
                        new SystemCancellationFullRefund(), new LatePaymentFullRefund(), new StaffTripCancellationFullRefund(),
                        new StaffArbitrationRefund());
                var cc = c(who, Duration.ofMinutes(minutes), PAID, true);
                assertThat(all.stream().filter(r -> r.appliesTo(cc)).count()).as(who + " " + minutes).isEqualTo(1);
            }
        }
    }

    @Test
    void settingsOutsideZeroToHundredPercentAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CancellationSettings(Duration.ofHours(1), new BigDecimal("101"),
                Duration.ofHours(1), BigDecimal.ONE, 1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CancellationSettings(Duration.ofHours(-1), BigDecimal.ONE,
                Duration.ofHours(1), BigDecimal.ONE, 1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
