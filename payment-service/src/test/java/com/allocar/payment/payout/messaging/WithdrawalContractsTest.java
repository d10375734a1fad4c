package com.allocar.payment.payout.messaging;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wallet-service's withdrawal request as payment-service reads it, from wallet's fixture (ADR 008). */
class WithdrawalContractsTest {

    @Test
    void the_type_we_listen_to_is_published_on_the_default_topic() {
        ContractFixtures.assertPublishedOn("wallet-service", "wallet.txns", WithdrawalListener.WITHDRAWAL_REQUESTED);
    }

    @Test
    void withdrawal_requested() {
        var w = ContractFixtures.read("wallet-service/wallet.withdrawal_requested.v1", WithdrawalListener.WithdrawalRequested.class);
        assertThat(w.withdrawalId()).isNotNull();
        assertThat(w.amount()).isEqualByComparingTo("20000");
        assertThat(w.method()).isEqualTo("wave");
        assertThat(w.msisdn()).isEqualTo("+2250700000001");
    }
}
