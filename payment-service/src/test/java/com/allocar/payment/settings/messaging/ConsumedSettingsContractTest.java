package com.allocar.payment.settings.messaging;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What payment-service reads of admin-service's settings.changed is in its fixture, on the topic it listens to. */
class ConsumedSettingsContractTest {

    @Test
    void theFeeFieldsAreInTheFixture() {
        ContractFixtures.assertPublishedOn("admin-service", "admin.settings", "settings.changed");
        var changed = ContractFixtures.read("admin-service/settings.changed.v1", SettingsListener.SettingsChanged.class);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.settings().platformFeePercent()).isEqualByComparingTo("12");
        assertThat(changed.settings().platformFeeFixed()).isEqualByComparingTo("100");
        assertThat(changed.settings().payoutMinAmount()).isEqualByComparingTo("5000");
    }
}
