package com.allocar.wallet.ledger;

import java.util.UUID;

import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.wallet.api.WalletEventType;
import com.allocar.wallet.api.WalletEvents;

/** An entry was appended to its wallet's ledger: {@code wallet.entry_written}. Keyed by wallet id. */
public record EntryAppended(UUID walletId, WalletEvents.EntryWritten entry) implements PublishedEvent {

    @Override
    public EventType type() {
        return WalletEventType.ENTRY_WRITTEN;
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
