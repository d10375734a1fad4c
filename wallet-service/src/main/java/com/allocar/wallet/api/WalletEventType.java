package com.allocar.wallet.api;

import com.allocar.platform.events.EventType;

/** Every event wallet-service publishes (ADR 006), declared once: all on {@code wallet.txns}, keyed by wallet id. */
public enum WalletEventType implements EventType {
    /** An entry was appended to the ledger. */
    ENTRY_WRITTEN("wallet.entry_written"),
    /** A pending entry settled (same payload as written, the new status). Not in ADR 006: an addition. */
    ENTRY_SETTLED("wallet.entry_settled"),
    /** A pending entry was cancelled (same payload as written, the new status). */
    ENTRY_CANCELLED("wallet.entry_cancelled"),
    /** A user asked to withdraw: payment-service disburses and answers payout.completed|failed with payout_id = withdrawal_id. */
    WITHDRAWAL_REQUESTED("wallet.withdrawal_requested");

    public static final String TXNS_TOPIC = "wallet.txns";
    private static final String AGGREGATE = "wallet";

    private final String wire;

    WalletEventType(String wire) {
        this.wire = wire;
    }

    @Override
    public String topic() {
        return TXNS_TOPIC;
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public String wire() {
        return wire;
    }
}
