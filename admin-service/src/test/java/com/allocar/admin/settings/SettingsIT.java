package com.allocar.admin.settings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings: versioned, validated, audited, published on the real Kafka; one of two racing changes wins. */
class SettingsIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    /** The settings in force before this class ran, restored at the end as a newer version. */
    private static Map<String, Object> before;

    @BeforeAll
    static void rememberTheSettings(@Autowired JdbcClient jdbc) {
        String inForce = jdbc.sql("SELECT settings::text FROM settings_versions ORDER BY version DESC LIMIT 1").query(String.class).single();
        before = TestHttp.json().readValue(inForce, new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    /**
     * The settings of before again, as a newer version: the fleet of the e2e module (same database, same broker, which
     * follows every version published) starts from the values its journeys expect.
     */
    @AfterAll
    static void restoreTheSettings(@Autowired JdbcClient jdbc, @Autowired ChangeSettings change) {
        long current = jdbc.sql("SELECT max(version) FROM settings_versions").query(Long.class).single();
        change.change(new com.allocar.admin.access.Staff(java.util.UUID.randomUUID(), List.of(com.allocar.admin.access.StaffRole.SUPER)),
                current, before, "tests: back to the settings of before");
    }

    private JsonNode current() {
        var r = http().get("/api/v1/admin/settings", as("super"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    @Test
    void aChangeIsTheNextVersionAuditedAndPublished() {
        JsonNode before = current();
        long v = before.path("version").asLong();
        assertThat(before.path("settings").path("payout_min_amount").isNumber()).isTrue();
        int fixed = before.path("settings").path("platform_fee_fixed").asInt();

        var changed = http().patch("/api/v1/admin/settings", Map.of("version", v, "settings", Map.of("platform_fee_fixed", fixed + 50,
                "templates", Map.of("booking.paid.sms", "booking-paid-v" + (v + 1))), "reason", "  Nouvelle grille "), as("super"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().path("version").asLong()).isEqualTo(v + 1);
        assertThat(changed.data().path("settings").path("platform_fee_fixed").asInt()).isEqualTo(fixed + 50);
        assertThat(changed.data().path("reason").asString()).isEqualTo("Nouvelle grille");
        String superId = http().get("/api/v1/admin/me", as("super")).data().path("id").asString();
        assertThat(changed.data().path("changed_by").asString()).isEqualTo(superId);
        assertThat(current().path("version").asLong()).isEqualTo(v + 1);

        String meta = jdbc.sql("SELECT meta::text FROM audit_logs WHERE action = 'settings.update' AND (meta->>'version')::bigint = ?")
                .param(v + 1).query(String.class).single();
        JsonNode m = TestHttp.json().readTree(meta);
        assertThat(m.path("changes").path("platform_fee_fixed").path("from").asInt()).isEqualTo(fixed);
        assertThat(m.path("changes").path("platform_fee_fixed").path("to").asInt()).isEqualTo(fixed + 50);
        assertThat(m.path("changes").has("platform_fee_percent")).isFalse();
        assertThat(m.path("reason").asString()).isEqualTo("Nouvelle grille");

        var published = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "admin.settings", "platform", Duration.ofSeconds(2));
        assertThat(published).extracting(r -> TestHttp.json().readTree(r.value()).path("payload").path("version").asLong()).contains(v + 1);
        assertThat(new String(published.getLast().headers().lastHeader("event_type").value())).isEqualTo("settings.changed");

        // read before that change: refused; the same values again: no new version
        var stale = http().patch("/api/v1/admin/settings", Map.of("version", v, "settings", Map.of("no_show_fee_percent", 40)), as("super"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body().path("error").path("details").path("current_version").asLong()).isEqualTo(v + 1);
        var same = http().patch("/api/v1/admin/settings", Map.of("version", v + 1, "settings", Map.of("platform_fee_fixed", fixed + 50)), as("super"));
        assertThat(same.data().path("version").asLong()).isEqualTo(v + 1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE settings_versions SET reason = 'x'").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void ofTwoChangesFromTheSameVersionExactlyOneWins() {
        long v = current().path("version").asLong();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = List.of(40, 45).stream().map(pct -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return http().patch("/api/v1/admin/settings", Map.of("version", v, "settings", Map.of("no_show_fee_percent", pct)), as("super")).status();
        })).toList();
        start.countDown();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(current().path("version").asLong()).isEqualTo(v + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM settings_versions WHERE version = ?").param(v + 1).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badChangesAreRefusedWithEveryField() {
        long v = current().path("version").asLong();
        var many = http().patch("/api/v1/admin/settings", Map.of("version", v, "settings", Map.of("platform_fee_percent", 101, "passenger_late_window_hours", 200)),
                as("super"));
        assertThat(many.status()).as(many.toString()).isEqualTo(400);
        assertThat(many.body().path("error").path("details").path("fields").toString()).contains("platform_fee_percent", "passenger_late_window_hours");
        for (Object body : new Object[] {
                Map.of("version", v, "settings", Map.of("colour", "blue")),
                Map.of("version", v, "settings", Map.of("platform_fee_percent", "beaucoup")),
                Map.of("version", v, "settings", Map.of()),
                Map.of("settings", Map.of("no_show_fee_percent", 40)),
                Map.of("version", 0, "settings", Map.of("no_show_fee_percent", 40)),
                Map.of("version", v, "settings", Map.of("templates", Map.of("sms", "<b>")))}) {
            var r = http().patch("/api/v1/admin/settings", body, as("super"));
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(current().path("version").asLong()).isEqualTo(v);
        assertThat(http().patch("/api/v1/admin/settings", Map.of("version", v, "settings", Map.of("no_show_fee_percent", 40)), as("ops")).status())
                .isEqualTo(403);
    }
}
