package com.allocar.wallet.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.lifecycle.IllegalTransition;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.api.WalletEventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger entry's own moves: append, settle, cancel — what each allows, refuses, records and does to the wallet. */
class EntryTest {

    private static final UUID WALLET = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static WalletBalance wallet(Holdings h) {
        return new WalletBalance(WALLET, USER, "XOF", h, Instant.now(), Instant.now());
    }

    private static Entry pending(Direction direction, String amount, Holdings wallet) {
        Entry e = Entry.append(wallet(wallet), NewEntry.pending(UUID.randomUUID(), direction, d(amount), Source.PAYOUT, "test", null, null),
                false).entry();
        e.clearRecordedEvents();
        return e;
    }

    @Test
    void appendingRecordsEntryWrittenWithTheWalletAfterIt() {
        UUID id = UUID.randomUUID();
        var appended = Entry.append(wallet(new Holdings(d("1000"), d("0"), d("0"))),
                NewEntry.settled(id, Direction.DEBIT, d("400"), Source.PAYMENT, "booking", "b-1", "Trajet"), false);
        Entry e = appended.entry();
        assertThat(appended.walletAfter()).isEqualTo(new Holdings(d("600"), d("0"), d("0")));
        assertThat(e.status()).isEqualTo(EntryStatus.SETTLED);
        assertThat(e.balanceAfter()).isEqualByComparingTo("600");
        assertThat(e.statusChangedAt()).isNotNull();
        assertThat(e.recordedEvents()).singleElement().isInstanceOfSatisfying(EntryAppended.class, ev -> {
            assertThat(ev.type()).isEqualTo(WalletEventType.ENTRY_WRITTEN);
            assertThat(ev.aggregateId()).isEqualTo(WALLET);
            assertThat(ev.entry().entryId()).isEqualTo(id);
            assertThat(ev.entry().userId()).isEqualTo(USER);
            assertThat(ev.entry().direction()).isEqualTo(Direction.DEBIT);
            assertThat(ev.entry().source()).isEqualTo(Source.PAYMENT);
            assertThat(ev.entry().status()).isEqualTo(EntryStatus.SETTLED);
            assertThat(ev.entry().currency()).isEqualTo("XOF");
            assertThat(ev.entry().balanceAfter()).isEqualByComparingTo("600");
            assertThat(ev.entry().availableAfter()).isEqualByComparingTo("600");
        });
    }

    @Test
    void aDebitThatDoesNotFitIsNotAppended() {
        assertThatThrownBy(() -> Entry.append(wallet(new Holdings(d("100"), d("0"), d("0"))),
                NewEntry.settled(UUID.randomUUID(), Direction.DEBIT, d("101"), Source.PAYMENT, "booking", "b", null), false))
                .isInstanceOf(OverdraftRule.InsufficientFunds.class);
        // a penalty may overdraw
        var appended = Entry.append(wallet(Holdings.EMPTY),
                NewEntry.settled(UUID.randomUUID(), Direction.DEBIT, d("101"), Source.PENALTY, "penalty", "p", null), false);
        assertThat(appended.walletAfter().balance()).isEqualByComparingTo("-101");
    }

    @Test
    void aPendingDebitSettlesOnceAndRecordsEntrySettled() {
        Holdings reserved = new Holdings(d("1000"), d("300"), d("0"));
        Entry e = pending(Direction.DEBIT, "300", new Holdings(d("1000"), d("0"), d("0")));
        var after = e.settle(reserved);
        assertThat(after).contains(new Holdings(d("700"), d("0"), d("0")));
        assertThat(e.status()).isEqualTo(EntryStatus.SETTLED);
        assertThat(e.statusChangedAt()).isNotNull();
        assertThat(e.recordedEvents()).singleElement().isInstanceOfSatisfying(EntrySettled.class, ev -> {
            assertThat(ev.type()).isEqualTo(WalletEventType.ENTRY_SETTLED);
            assertThat(ev.entry().status()).isEqualTo(EntryStatus.SETTLED);
            assertThat(ev.entry().balanceAfter()).isEqualByComparingTo("700");
            assertThat(ev.entry().availableAfter()).isEqualByComparingTo("700");
        });
        e.clearRecordedEvents();
        // a retried settle changes nothing and records nothing
        assertThat(e.settle(after.get())).isEmpty();
        assertThat(e.recordedEvents()).isEmpty();
    }

    @Test
    void aPendingCreditIsCancelledOnceAndRecordsEntryCancelled() {
        Entry e = pending(Direction.CREDIT, "500", Holdings.EMPTY);
        var after = e.cancel(new Holdings(d("0"), d("0"), d("500")));
        assertThat(after).contains(Holdings.EMPTY);
        assertThat(e.status()).isEqualTo(EntryStatus.CANCELLED);
        assertThat(e.recordedEvents()).singleElement().isInstanceOfSatisfying(EntryCancelled.class, ev -> {
            assertThat(ev.type()).isEqualTo(WalletEventType.ENTRY_CANCELLED);
            assertThat(ev.entry().status()).isEqualTo(EntryStatus.CANCELLED);
        });
        e.clearRecordedEvents();
        assertThat(e.cancel(Holdings.EMPTY)).isEmpty();
        assertThat(e.recordedEvents()).isEmpty();
    }

    @Test
    void aResolvedEntryNeverMovesAgain() {
        Entry cancelled = pending(Direction.CREDIT, "500", Holdings.EMPTY);
        cancelled.cancel(new Holdings(d("0"), d("0"), d("500")));
        cancelled.clearRecordedEvents();
        assertThatThrownBy(() -> cancelled.settle(Holdings.EMPTY)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo("cancelled");
            assertThat(e.allowed()).isEmpty();
        });
        assertThat(cancelled.status()).isEqualTo(EntryStatus.CANCELLED);
        assertThat(cancelled.recordedEvents()).isEmpty();

        Entry settled = pending(Direction.DEBIT, "300", new Holdings(d("300"), d("0"), d("0")));
        settled.settle(new Holdings(d("300"), d("300"), d("0")));
        assertThatThrownBy(() -> settled.cancel(Holdings.EMPTY)).isInstanceOfSatisfying(IllegalTransition.class,
                e -> assertThat(e.current()).isEqualTo("settled"));
    }

    @Test
    void aPendingEntryMayMoveToSettledOrCancelledOnly() {
        assertThat(EntryStatus.LIFECYCLE.next(EntryStatus.PENDING)).containsExactlyInAnyOrder(EntryStatus.SETTLED, EntryStatus.CANCELLED);
        assertThat(EntryStatus.LIFECYCLE.isFinal(EntryStatus.SETTLED)).isTrue();
        assertThat(EntryStatus.LIFECYCLE.isFinal(EntryStatus.CANCELLED)).isTrue();
        assertThatThrownBy(() -> EntryStatus.LIFECYCLE.require(EntryStatus.PENDING, EntryStatus.PENDING))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.allowed()).containsExactly("cancelled", "settled"));
    }
}
