package com.allocar.payment.wallet;

import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** payment-service's side of wallet's internal API: what we send and what we read, against wallet's fixtures (ADR 008). */
class WalletContractsTest {

    @Test
    void the_entry_we_write_is_the_one_wallet_documents() {
        var entry = ContractFixtures.assertWrites("wallet-service/internal/entry-request.v1", WalletServiceClient.EntryRequest.class);
        assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
        assertThat(entry.source()).isEqualTo(Source.EARNING);
        assertThat(entry.status()).isEqualTo(EntryStatus.PENDING);
    }

    @Test
    void eligible_drivers_are_read_with_what_a_payout_pays() {
        var driver = ContractFixtures.read("wallet-service/internal/eligible-payout.v1", WalletServiceClient.EligibleDriver.class);
        assertThat(driver.userId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000004"));
        assertThat(driver.amount()).isEqualByComparingTo("25000");
        assertThat(driver.msisdn()).isEqualTo("+2250700000001");
    }
}
