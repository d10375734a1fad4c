package com.allocar.trip.ride;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.TestSettings;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * admin-service's settings.changed on the real Kafka: switching require_kyc_for_driver off lets a member without KYC
 * publish, and allow_auto_accept_default decides for a trip that does not say. Forgotten at the end.
 */
class TripSettingsAppliedIT extends TripIT {

    @Autowired
    PlatformSettings settings;

    @Test
    void theKycToggleAndTheAutoAcceptDefaultApplyToTheNextTrip() {
        UUID member = UUID.randomUUID();
        var unsaid = trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 8, 0), 6000, 3);
        assertThat(http().post("/api/v1/trips", unsaid, auth(member)).errorCode()).isEqualTo("kyc_required");
        UUID driver = driverWithKyc();
        assertThat(createTrip(driver, unsaid).path("allow_auto_accept").asBoolean()).isFalse(); // the spec's default

        try {
            TestSettings.publishNext(settings, Map.of("require_kyc_for_driver", false, "allow_auto_accept_default", true));
            var published = createTrip(member, trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 8, 0), 6000, 3));
            assertThat(published.path("status").asString()).isEqualTo("published");
            assertThat(published.path("allow_auto_accept").asBoolean()).isTrue();
            var said = trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 8, 0), 6000, 3);
            said.put("allow_auto_accept", false);
            assertThat(createTrip(driver, said).path("allow_auto_accept").asBoolean()).isFalse(); // the driver's choice wins
        } finally {
            TestSettings.forget(jdbc);
        }
        assertThat(http().post("/api/v1/trips", trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 8, 0), 6000, 3), auth(member))
                .errorCode()).isEqualTo("kyc_required");
    }
}
