package com.allocar.wallet.contract;

import java.util.Map;

import com.allocar.wallet.api.WalletEventType;
import com.allocar.wallet.api.WalletEvents;
import com.allocar.wallet.api.WalletInternalApi;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * wallet-service's side of the fleet's contracts (ADR 008): each fixture of contracts/wallet-service/ is exactly what its record
 * writes, and every event type wallet-service declares has its fixture on its topic. A field renamed here, or there,
 * fails this build; the consumers' contract tests read the same fixtures into their own records.
 */
class WalletContractTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("wallet-service/wallet.entry_written.v1", WalletEvents.EntryWritten.class),
            Map.entry("wallet-service/wallet.entry_settled.v1", WalletEvents.EntryWritten.class),
            Map.entry("wallet-service/wallet.entry_cancelled.v1", WalletEvents.EntryWritten.class),
            Map.entry("wallet-service/wallet.withdrawal_requested.v1", WalletEvents.WithdrawalRequested.class),
            Map.entry("wallet-service/internal/entry-request.v1", WalletInternalApi.EntryRequest.class),
            Map.entry("wallet-service/internal/entry-view.v1", WalletInternalApi.EntryView.class),
            Map.entry("wallet-service/internal/wallet-view.v1", WalletInternalApi.WalletView.class),
            Map.entry("wallet-service/internal/entry-written.v1", WalletInternalApi.EntryWritten.class),
            Map.entry("wallet-service/internal/eligible-payout.v1", WalletInternalApi.EligiblePayout.class));

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("wallet-service", RECORDS, WalletEventType.values());
    }
}
