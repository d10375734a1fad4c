package com.allocar.wallet.withdrawal;

import java.util.UUID;

import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.wallet.api.WalletEventType;
import com.allocar.wallet.api.WalletEvents;

/** {@code wallet.withdrawal_requested}, keyed by wallet id (after the payout debit's entry_written). */
record WithdrawalRequested(UUID walletId, WalletEvents.WithdrawalRequested withdrawal) implements PublishedEvent {

    @Override
    public EventType type() {
        return WalletEventType.WITHDRAWAL_REQUESTED;
    }

    @Override
    public Object aggregateId() {
        return walletId;
    }

    @Override
    public Object payload() {
        return withdrawal;
    }
}
