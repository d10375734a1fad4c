package com.allocar.identity.suspension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * booking's rating averages on the real Kafka hold a driver who falls under the floor (defaults: 3.0 after 5 ratings),
 * once, audited, told to the fleet (user.updated driver_held), listed in the review queue and released by staff.
 */
class DriverHoldIT extends IdentityIT {

    private static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.IDENTITY);
    }

    /** A new average, as booking publishes it; waits until the hold's listener has handled it (its inbox row). */
    private void rated(String userId, String average, int count) {
        UUID eventId = UUID.randomUUID();
        TestEvents.send("booking.ratings", userId, TestEvents.envelope(eventId, "user.rating_updated", userId, java.time.Instant.now(),
                Map.of("user_id", userId, "rating_avg", Double.parseDouble(average), "rating_count", count)));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ? AND consumer = 'identity.driver_hold'")
                .param(eventId).query(Long.class).single() == 1);
    }

    private String driver() {
        String id = signedUpUser().path("user").path("id").asString();
        jdbc.sql("UPDATE users SET is_driver = true WHERE id = ?::uuid").param(id).update();
        return id;
    }

    private boolean held(String userId) {
        return jdbc.sql("SELECT driver_held_at IS NOT NULL FROM users WHERE id = ?::uuid").param(userId).query(Boolean.class).single();
    }

    private long audits(String userId, String action) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = 'audit.recorded' AND payload->'payload'->>'action' = ?")
                .params(userId, action).query(Long.class).single();
    }

    @Test
    void aDriverUnderTheFloorIsHeldOnceListedAndReleasedByStaff() {
        String driver = driver();
        String passenger = signedUpUser().path("user").path("id").asString();
        rated(passenger, "1.5", 6); // passengers are rated too, never held
        assertThat(held(passenger)).isFalse();
        rated(driver, "2.6", 4);    // too few ratings yet
        assertThat(held(driver)).isFalse();
        rated(driver, "2.4", 5);
        assertThat(held(driver)).isTrue();
        rated(driver, "2.2", 6);    // held already: no second hold
        assertThat(audits(driver, "driver.hold")).isEqualTo(1);

        var announced = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "identity.users", driver, Duration.ofSeconds(2)).stream()
                .map(r -> TestHttp.json().readTree(r.value())).filter(e -> e.path("type").asString().equals("user.updated")).toList();
        assertThat(announced).isNotEmpty();
        assertThat(announced.getLast().path("payload").path("driver_held").asBoolean()).isTrue();

        var queue = http().get("/internal/driver-holds?page_size=100", asAdmin());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode d : queue.data()) {
            if (d.path("user_id").asString().equals(driver)) {
                mine = d;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("reason").asString()).isEqualTo("rating_below_floor");
        assertThat(mine.path("rating_count").asInt()).isGreaterThanOrEqualTo(5);

        UUID staff = UUID.randomUUID();
        var released = http().post("/internal/driver-holds/" + driver + "/release", Map.of("staff_id", staff.toString(), "reason", "Appel au conducteur"),
                asAdmin());
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.data().path("driver_held").asBoolean()).isFalse();
        assertThat(held(driver)).isFalse();
        assertThat(audits(driver, "driver.release")).isEqualTo(1);
        var twice = http().post("/internal/driver-holds/" + driver + "/release", Map.of("staff_id", staff.toString(), "reason", "encore"), asAdmin());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("not_held");

        // released: held again only after 5 new ratings, still under the floor
        int count = jdbc.sql("SELECT rating_count FROM users WHERE id = ?::uuid").param(driver).query(Integer.class).single();
        rated(driver, "2.3", count + 4);
        assertThat(held(driver)).isFalse();
        rated(driver, "2.3", count + 5);
        assertThat(held(driver)).isTrue();
        assertThat(audits(driver, "driver.hold")).isEqualTo(2);
    }

    @Test
    void releaseRefusals() {
        String driver = driver();
        var notHeld = http().post("/internal/driver-holds/" + driver + "/release", Map.of("staff_id", UUID.randomUUID().toString(), "reason", "x"),
                asAdmin());
        assertThat(notHeld.status()).isEqualTo(409);
        assertThat(http().post("/internal/driver-holds/" + UUID.randomUUID() + "/release", Map.of("staff_id", UUID.randomUUID().toString(),
                "reason", "x"), asAdmin()).status()).isEqualTo(404);
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(Map.of("reason", "x"), Map.of("staff_id", UUID.randomUUID().toString()),
                Map.of("staff_id", UUID.randomUUID().toString(), "reason", "x".repeat(501)))) {
            var r = http().post("/internal/driver-holds/" + driver + "/release", bad, asAdmin());
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().get("/internal/driver-holds", TestServiceKeys.header(FleetService.WALLET, FleetService.IDENTITY)).status()).isEqualTo(403);
    }
}
