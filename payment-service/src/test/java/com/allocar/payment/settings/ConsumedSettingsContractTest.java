package com.allocar.payment.settings;

import java.math.BigDecimal;

import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What payment-service reads of admin-service's settings.changed is in its fixture, on the topic the platform listens to. */
class ConsumedSettingsContractTest {

    @Test
    void theFieldsPaymentOwnsAreInTheFixture() {
        ContractFixtures.assertPublishedOn("admin-service", "admin.settings", "settings.changed");
        var example = ContractFixtures.example("admin-service/settings.changed.v1");
        var s = new PlatformSettings.InForce(example.path("version").longValue(), example.path("settings"));
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.decimal("platform_fee_percent", BigDecimal.ONE)).isEqualByComparingTo("12");
        assertThat(s.decimal("platform_fee_fixed", BigDecimal.ONE)).isEqualByComparingTo("100");
        assertThat(s.decimal("payout_min_amount", BigDecimal.ONE)).isEqualByComparingTo("5000");
        assertThat(s.flag("enable_wallet", false)).isTrue();
    }
}
