package com.allocar.booking.cancellation;

import java.util.Map;
import java.util.UUID;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.TestSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * admin-service's settings.changed on the real Kafka: the next cancellation is decided with the new window and fee,
 * without a restart. Forgotten at the end (the properties are in force again).
 */
class CancellationSettingsAppliedIT extends BookingIT {

    @Autowired
    PlatformSettings settings;

    @Test
    void aWiderWindowAndAHigherFeeApplyToTheNextCancellation() {
        UUID driver = driver();
        // 30 h before departure: early under the defaults (24 h), late under a 48 h window
        String tripId = publishedTrip(driver, 3, inHours(30), false).path("id").asString();
        UUID early = UUID.randomUUID();
        String before = paid(driver, early, tripId, 1).path("id").asString();
        var underDefaults = http().post("/api/v1/bookings/" + before + "/cancel", null, auth(early));
        assertThat(underDefaults.status()).as(underDefaults.toString()).isEqualTo(200);
        assertThat(underDefaults.data().path("fee_amount").decimalValue()).isEqualByComparingTo("0");

        try {
            TestSettings.publishNext(settings, Map.of("passenger_late_window_hours", 48, "passenger_late_fee_percent", 30));
            UUID late = UUID.randomUUID();
            String after = paid(driver, late, tripId, 2).path("id").asString();
            var r = http().post("/api/v1/bookings/" + after + "/cancel", null, auth(late));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().path("fee_amount").decimalValue()).isEqualByComparingTo("3600"); // 30 % of 12 000
            assertThat(r.data().path("refund_amount").decimalValue()).isEqualByComparingTo("8400");
        } finally {
            TestSettings.forget(jdbc);
        }
    }
}
