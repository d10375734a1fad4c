package com.allocar.wallet.wallet;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.TestSettings;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff switch the wallet off in admin settings (real Kafka): top-ups and withdrawals are refused, balances stay readable. */
class WalletSwitchIT extends WalletIT {

    @Autowired
    PlatformSettings settings;


    @Test
    void offRefusesTopupsAndWithdrawalsAndOnGivesThemBack() {
        UUID driver = memberWithKyc();
        fund(driver, "8000");
        try {
            TestSettings.publishNext(settings, Map.of("enable_wallet", false));
            var topup = http().post("/api/v1/wallet/topup", Map.of("amount", 5000, "method", "wave"), auth(driver, key()));
            assertThat(topup.status()).as(topup.toString()).isEqualTo(403);
            assertThat(topup.errorCode()).isEqualTo("forbidden");
            assertThat(topup.body().path("error").path("details").path("reason").asString()).isEqualTo("wallet_disabled");
            var withdraw = http().post("/api/v1/wallet/withdraw", Map.of("amount", 2000, "method", "wave", "msisdn", "+2250701020304"),
                    auth(driver, key()));
            assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(403);
            assertThat(withdraw.body().path("error").path("details").path("reason").asString()).isEqualTo("wallet_disabled");
            assertThat(balance(driver)).isEqualByComparingTo("8000");
            assertThat(http().get("/api/v1/wallet", auth(driver)).status()).isEqualTo(200);
        } finally {
            TestSettings.forget(jdbc);
        }
        var withdraw = http().post("/api/v1/wallet/withdraw", Map.of("amount", 2000, "method", "wave", "msisdn", "+2250701020304"), auth(driver, key()));
        assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(201);
        assertThat(available(driver)).isEqualByComparingTo("6000");
    }
}
