package com.allocar.trip.member;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.support.IdentityEventsFixture;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** identity's user.updated driver_held on the real Kafka: a held driver publishes nothing new until released. */
class DriverHoldIT extends TripIT {

    private void updated(UUID driver, Boolean held) {
        UUID eventId = UUID.randomUUID();
        IdentityEventsFixture.send("identity.users", driver.toString(),
                IdentityEventsFixture.userUpdated(eventId, driver, "Kouadio", "Bamba", null, held, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ?").param(eventId)
                .query(Long.class).single() > 0);
    }

    @Test
    void aHeldDriverCannotPublishUntilReleasedAndAnOldShapedEventChangesNothing() {
        UUID driver = driverWithKyc();
        String draft = createTrip(driver, withStatus(trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 9, 0), 6000, 3)))
                .path("id").asString();
        updated(driver, true);
        var refused = http().post("/api/v1/trips", trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", at(freshDay(), 9, 0), 6000, 3),
                auth(driver));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("forbidden");
        assertThat(refused.body().path("error").path("details").path("reason").asString()).isEqualTo("driver_held");
        var later = http().post("/api/v1/trips/" + draft + "/publish", null, auth(driver));
        assertThat(later.status()).as(later.toString()).isEqualTo(403);
        updated(driver, null); // written before the field existed: the hold stays
        assertThat(http().post("/api/v1/trips/" + draft + "/publish", null, auth(driver)).status()).isEqualTo(403);

        updated(driver, false);
        assertThat(http().post("/api/v1/trips/" + draft + "/publish", null, auth(driver)).status()).isEqualTo(200);
    }

    private static java.util.Map<String, Object> withStatus(java.util.Map<String, Object> body) {
        body.put("status", "draft");
        return body;
    }
}
