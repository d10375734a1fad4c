package com.allocar.admin.contract;

import java.util.Map;

import com.allocar.admin.api.AdminEventType;
import com.allocar.admin.api.AdminEvents;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/** admin-service's side of the fleet's contracts (ADR 008): its fixture is exactly what its record writes. */
class AdminContractTest {

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("admin-service", Map.of("admin-service/settings.changed.v1", AdminEvents.SettingsChanged.class),
                AdminEventType.values());
    }
}
