package com.allocar.admin.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** audit.recorded events on the real Kafka become audit_logs rows once; the table refuses changes; staff search it. */
class AuditLogIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> entry(UUID auditId, UUID actor, String action, String entityId, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("audit_id", auditId.toString());
        e.put("actor_type", "admin");
        e.put("actor_id", actor.toString());
        e.put("action", action);
        e.put("entity", "kyc_document");
        e.put("entity_id", entityId);
        e.put("meta", Map.of("user_id", UUID.randomUUID().toString()));
        e.put("occurred_at", at.toString());
        return e;
    }

    private static void publish(UUID eventId, Map<String, Object> entry) {
        TestEvents.send("audit.entries", (String) entry.get("entity_id"),
                TestEvents.envelope(eventId, "audit.recorded", (String) entry.get("entity_id"), Instant.now(), entry));
    }

    @Test
    void anEntryIsKeptOnceAndFoundByActorEntityAndPeriod() {
        UUID actor = UUID.randomUUID();
        String doc = UUID.randomUUID().toString();
        UUID auditId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-30T10:15:00Z");
        publish(eventId, entry(auditId, actor, "kyc.approve", doc, at));
        publish(eventId, entry(auditId, actor, "kyc.approve", doc, at)); // redelivered
        publish(UUID.randomUUID(), entry(auditId, actor, "kyc.approve", doc, at)); // the owner's relay sent it again under a new event id
        // an entry published after the three: once it is kept, the three before it were handled (one partition per key)
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID(), entry(marker, actor, "kyc.reject", doc, at.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(marker) == 1);
        assertThat(count(auditId)).isEqualTo(1);

        var mine = http().get("/api/v1/admin/audit-logs?actor=" + actor, as("compliance"));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.data()).hasSize(2);
        assertThat(mine.data().get(0).path("action").asString()).isEqualTo("kyc.reject"); // newest first
        assertThat(mine.data().get(1).path("id").asString()).isEqualTo(auditId.toString());
        assertThat(mine.data().get(1).path("actor_type").asString()).isEqualTo("admin");
        assertThat(mine.data().get(1).path("entity_id").asString()).isEqualTo(doc);
        assertThat(mine.data().get(1).path("created_at").asString()).isEqualTo("2026-11-30T10:15:00Z");
        assertThat(mine.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);

        String base = "/api/v1/admin/audit-logs?entity=kyc_document&entity_id=" + doc;
        assertThat(http().get(base + "&action=kyc.approve", as("super")).data()).hasSize(1);
        assertThat(http().get(base + "&date_from=2026-11-30&date_to=2026-11-30", as("super")).data()).hasSize(2);
        assertThat(http().get(base + "&date_from=2026-11-30T10:15:30Z", as("super")).data()).hasSize(1);
        assertThat(http().get(base + "&date_to=2026-11-29", as("super")).data()).isEmpty();
        var paged = http().get(base + "&page_size=1&page=2", as("super"));
        assertThat(paged.data()).hasSize(1);
        assertThat(paged.data().get(0).path("action").asString()).isEqualTo("kyc.approve");
    }

    @Test
    void theTableIsAppendOnly() {
        UUID auditId = UUID.randomUUID();
        UUID marker = auditId;
        publish(UUID.randomUUID(), entry(auditId, UUID.randomUUID(), "kyc.approve", UUID.randomUUID().toString(), Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(marker) == 1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_logs SET action = 'x' WHERE id = ?").param(auditId).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_logs WHERE id = ?").param(auditId).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_logs").update()).rootCause().hasMessageContaining("append-only");
        assertThat(count(auditId)).isEqualTo(1);
    }

    @Test
    void anIncompleteEntryGoesToTheDeadLetterTopicAndTheNextIsKept() {
        String doc = UUID.randomUUID().toString();
        Map<String, Object> noActor = entry(UUID.randomUUID(), UUID.randomUUID(), "kyc.approve", doc, Instant.now());
        noActor.remove("actor_id");
        UUID poison = UUID.randomUUID();
        publish(poison, noActor);
        UUID good = UUID.randomUUID();
        publish(UUID.randomUUID(), entry(good, UUID.randomUUID(), "kyc.reject", doc, Instant.now()));
        await().atMost(Duration.ofSeconds(15)).until(() -> count(good) == 1);
        assertThat(KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries.dlt", doc, Duration.ofSeconds(1)))
                .singleElement().satisfies(r -> assertThat(r.value()).contains(poison.toString()));
    }

    @Test
    void badFiltersAreRefusedInTheEnvelope() {
        for (String q : new String[] {"actor=nope", "date_from=yesterday", "date_from=2026-12-03&date_to=2026-12-01", "actor_type=robot",
                "colour=blue", "actor=in:" + UUID.randomUUID() + "," + UUID.randomUUID(), "page_size=101"}) {
            var r = http().get("/api/v1/admin/audit-logs?" + q, as("super"));
            assertThat(r.status()).as(q + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
            assertThat(r.body().path("error").path("details").path("fields")).isNotEmpty();
        }
    }

    private long count(UUID auditId) {
        return jdbc.sql("SELECT count(*) FROM audit_logs WHERE id = ?").param(auditId).query(Long.class).single();
    }
}
