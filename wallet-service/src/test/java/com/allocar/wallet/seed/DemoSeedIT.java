package com.allocar.wallet.seed;

import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@ActiveProfiles("local")
class DemoSeedIT extends WalletIT {

    @Autowired
    DemoSeed seed;

    @Test
    void theDemoWalletsAreSeededOnceThroughTheLedger() {
        long before = entries(DemoSeed.KOUASSI);
        seed.run(new DefaultApplicationArguments());
        assertThat(entries(DemoSeed.KOUASSI)).isEqualTo(before).isGreaterThanOrEqualTo(2);
        assertThat(kyc(DemoSeed.KOUASSI)).isEqualTo("approved");
        assertThat(balance(DemoSeed.AWA)).isGreaterThanOrEqualTo(new java.math.BigDecimal("10000"));
        assertLedgerInvariant(DemoSeed.KOUASSI);
        assertLedgerInvariant(DemoSeed.AWA);
    }
}
