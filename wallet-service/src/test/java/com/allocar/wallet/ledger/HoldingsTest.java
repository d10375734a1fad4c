package com.allocar.wallet.ledger;

import java.math.BigDecimal;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldingsTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void settledEntriesMoveTheBalancePendingOnesTheirOwnBuckets() {
        Holdings h = Holdings.EMPTY.with(Direction.CREDIT, d("1000"), EntryStatus.SETTLED)
                .with(Direction.DEBIT, d("300"), EntryStatus.SETTLED)
                .with(Direction.CREDIT, d("500"), EntryStatus.PENDING)
                .with(Direction.DEBIT, d("200"), EntryStatus.PENDING);
        assertThat(h.balance()).isEqualByComparingTo("700");
        assertThat(h.incoming()).isEqualByComparingTo("500");
        assertThat(h.reserved()).isEqualByComparingTo("200");
        assertThat(h.available()).isEqualByComparingTo("500");
    }

    @Test
    void settlingAPendingDebitKeepsAvailableAndLowersBalance() {
        Holdings h = new Holdings(d("1000"), d("400"), d("0"));
        Holdings settled = h.resolving(Direction.DEBIT, d("400"), EntryStatus.SETTLED);
        assertThat(settled.balance()).isEqualByComparingTo("600");
        assertThat(settled.reserved()).isEqualByComparingTo("0");
        assertThat(settled.available()).isEqualByComparingTo(h.available());
    }

    @Test
    void cancellingAPendingDebitGivesTheMoneyBack() {
        Holdings h = new Holdings(d("1000"), d("400"), d("0"));
        Holdings cancelled = h.resolving(Direction.DEBIT, d("400"), EntryStatus.CANCELLED);
        assertThat(cancelled.balance()).isEqualByComparingTo("1000");
        assertThat(cancelled.available()).isEqualByComparingTo("1000");
    }

    @Test
    void settlingAPendingCreditMakesItSpendableCancellingDropsIt() {
        Holdings h = new Holdings(d("0"), d("0"), d("4500"));
        assertThat(h.resolving(Direction.CREDIT, d("4500"), EntryStatus.SETTLED).available()).isEqualByComparingTo("4500");
        Holdings dropped = h.resolving(Direction.CREDIT, d("4500"), EntryStatus.CANCELLED);
        assertThat(dropped.available()).isEqualByComparingTo("0");
        assertThat(dropped.incoming()).isEqualByComparingTo("0");
    }

    @Test
    void aDebitMayTakeExactlyWhatIsAvailableNotACentimeMore() {
        Holdings h = new Holdings(d("1000"), d("400"), d("9999"));
        OverdraftRule.check(Direction.DEBIT, d("600"), Source.PAYMENT, false, h);
        assertThatThrownBy(() -> OverdraftRule.check(Direction.DEBIT, d("600.01"), Source.PAYMENT, false, h))
                .isInstanceOfSatisfying(OverdraftRule.InsufficientFunds.class, e -> {
                    assertThat((BigDecimal) e.details().get("available")).isEqualByComparingTo("600");
                    assertThat((BigDecimal) e.details().get("requested")).isEqualByComparingTo("600.01");
                });
    }

    @Test
    void pendingCreditsAreNotSpendable() {
        Holdings h = new Holdings(d("0"), d("0"), d("5000"));
        assertThatThrownBy(() -> OverdraftRule.check(Direction.DEBIT, d("1"), Source.PAYOUT, false, h))
                .isInstanceOf(OverdraftRule.InsufficientFunds.class);
    }

    @Test
    void penaltiesReversalsAndThePlatformWalletMayGoBelowZero() {
        Holdings h = Holdings.EMPTY;
        OverdraftRule.check(Direction.DEBIT, d("500"), Source.PENALTY, false, h);
        OverdraftRule.check(Direction.DEBIT, d("500"), Source.REVERSAL, false, h);
        OverdraftRule.check(Direction.DEBIT, d("500"), Source.PROMO, true, h);
        assertThatThrownBy(() -> OverdraftRule.check(Direction.DEBIT, d("500"), Source.PROMO, false, h))
                .isInstanceOf(OverdraftRule.InsufficientFunds.class);
        // credits are never limited
        OverdraftRule.check(Direction.CREDIT, d("500"), Source.TOPUP, false, h);
    }

    @Test
    void anEntryOnlyMovesFromPendingToSettledOrCancelled() {
        assertThat(EntryStatus.PENDING.moveTo(EntryStatus.SETTLED)).isTrue();
        assertThat(EntryStatus.PENDING.moveTo(EntryStatus.CANCELLED)).isTrue();
        assertThat(EntryStatus.SETTLED.moveTo(EntryStatus.SETTLED)).isFalse();
        assertThat(EntryStatus.CANCELLED.moveTo(EntryStatus.CANCELLED)).isFalse();
        assertThatThrownBy(() -> EntryStatus.SETTLED.moveTo(EntryStatus.CANCELLED)).isInstanceOfSatisfying(IllegalTransition.class,
                e -> {
                    assertThat(e.current()).isEqualTo("settled");
                    assertThat(e.allowed()).isEmpty();
                });
        assertThatThrownBy(() -> EntryStatus.CANCELLED.moveTo(EntryStatus.SETTLED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> EntryStatus.SETTLED.moveTo(EntryStatus.PENDING)).isInstanceOf(IllegalTransition.class);
        assertThat(EntryStatus.PENDING.moveTo(EntryStatus.PENDING)).isFalse();
    }

    @Test
    void entryIdsAreStablePerCauseAndDistinctAcrossPurposes() {
        var payment = java.util.UUID.randomUUID();
        assertThat(EntryIds.of("earning", payment)).isEqualTo(EntryIds.of("earning", payment));
        assertThat(EntryIds.of("earning", payment)).isNotEqualTo(EntryIds.of("commission", payment));
    }

    @Test
    void amountLimitsAtTheirEdges() {
        AmountLimits.check(d("1000"), d("1000"), d("2000000"));
        AmountLimits.check(d("2000000"), d("1000"), d("2000000"));
        AmountLimits.check(d("1000.00"), d("1000"), d("2000000"));
        assertThatThrownBy(() -> AmountLimits.check(d("1000.50"), d("1000"), d("2000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AmountLimits.check(d("999.99"), d("1000"), d("2000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AmountLimits.check(d("2000000.01"), d("1000"), d("2000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AmountLimits.check(d("0"), null, d("2000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AmountLimits.check(d("-5"), null, d("2000000"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> AmountLimits.check(d("1000.001"), d("1000"), d("2000000"))).isInstanceOf(ApiException.class);
    }
}
