package com.allocar.admin.promo;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakePayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finance runs promo codes through payment's staff API ({@link FakePayments}; the real one in e2e and payment's PromoIT). */
class PromosAdminIT extends AdminIT {

    private final FakePayments payment = FakePayments.get();

    @AfterEach
    void reset() {
        payment.clear();
    }

    @Test
    void financeCreatesDeactivatesAndLimitsACodeAsItself() {
        String financeId = http().get("/api/v1/admin/me", as("finance")).data().path("id").asString();
        var created = http().post("/api/v1/admin/promos", Map.of("code", "tabaski26", "type", "percent", "value", 15, "max_uses", 500,
                "per_user_limit", 1, "ends_at", "2027-01-01T00:00:00Z"), as("finance"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().path("code").asString()).isEqualTo("TABASKI26");
        assertThat(payment.promoRequests.getLast().path("staff_id").asString()).isEqualTo(financeId);
        String id = created.data().path("id").asString();

        var listed = http().get("/api/v1/admin/promos?status=active", as("super"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().toString()).contains("TABASKI26");
        assertThat(listed.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(1);

        var off = http().patch("/api/v1/admin/promos/" + id, Map.of("status", "inactive"), as("finance"));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.data().path("status").asString()).isEqualTo("inactive");

        payment.usesTaken(UUID.fromString(id), 42);
        var under = http().patch("/api/v1/admin/promos/" + id, Map.of("max_uses", 10), as("finance"));
        assertThat(under.status()).isEqualTo(409);
        assertThat(under.body().path("error").path("details").path("uses").asInt()).isEqualTo(42);

        var twice = http().post("/api/v1/admin/promos", Map.of("code", "TABASKI26", "type", "amount", "value", 500), as("super"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorCode()).isEqualTo("conflict");
    }

    @Test
    void badBodiesAreRefusedBeforePaymentIsAskedAndOtherRolesAreForbidden() {
        for (Object bad : new Object[] {Map.of("type", "amount", "value", 500), Map.of("code", "A!", "type", "amount", "value", 500),
                Map.of("code", "OK123", "type", "gift", "value", 500), Map.of("code", "OK123", "type", "amount", "value", 0),
                Map.of("code", "OK123", "type", "amount", "value", 500, "max_uses", 0), Map.of("code", "OK123", "type", "amount", "value", "beaucoup")}) {
            var r = http().post("/api/v1/admin/promos", bad, as("finance"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().patch("/api/v1/admin/promos/" + UUID.randomUUID(), Map.of(), as("finance")).status()).isEqualTo(400);
        assertThat(http().patch("/api/v1/admin/promos/" + UUID.randomUUID(), Map.of("status", "paused"), as("finance")).status()).isEqualTo(400);
        assertThat(payment.promoRequests).isEmpty();
        assertThat(http().patch("/api/v1/admin/promos/" + UUID.randomUUID(), Map.of("status", "active"), as("finance")).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/admin/promos?status=paused", as("finance")).status()).isEqualTo(400);
        for (String role : new String[] {"ops", "support", "compliance"}) {
            assertThat(http().get("/api/v1/admin/promos", as(role)).status()).as(role).isEqualTo(403);
            assertThat(http().post("/api/v1/admin/promos", Map.of("code", "OK123", "type", "amount", "value", 500), as(role)).status())
                    .as(role).isEqualTo(403);
        }
        payment.failWith = 503;
        assertThat(http().get("/api/v1/admin/promos", as("finance")).status()).isEqualTo(503);
    }
}
