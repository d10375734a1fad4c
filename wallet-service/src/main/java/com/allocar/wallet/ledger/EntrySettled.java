package com.allocar.wallet.ledger;

import java.util.UUID;

import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.wallet.api.WalletEventType;
import com.allocar.wallet.api.WalletEvents;

/** A pending entry settled: {@code wallet.entry_settled}, the written payload with its new status. Keyed by wallet id. */
public record EntrySettled(UUID walletId, WalletEvents.EntryWritten entry) implements PublishedEvent {

    @Override
    public EventType type() {
        return WalletEventType.ENTRY_SETTLED;
    }

    @Override
    public Object aggregateId() {
        return walletId;
    }

    @Override
    public Object payload() {
        return entry;
    }
}
