package com.allocar.admin.user;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeIdentity;
import com.allocar.platform.testing.TestPhones;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review queue of drivers held after a low rating, through identity's API ({@link FakeIdentity}; the real one in identity's DriverHoldIT). */
class DriverHoldsAdminIT extends AdminIT {

    private final FakeIdentity identity = FakeIdentity.get();

    @Test
    void staffReadTheQueueAndSupportReleasesWithAReason() {
        UUID held = identity.heldDriver("Mamadou");
        var queue = http().get("/api/v1/admin/drivers/held", as("compliance"));
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.data().toString()).contains(held.toString()).contains("rating_below_floor");

        var released = http().post("/api/v1/admin/drivers/" + held + "/release", Map.of("reason", " Avis injustes, vérifié "), as("support"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.data().path("driver_held").asBoolean()).isFalse();
        String supportId = http().get("/api/v1/admin/me", as("support")).data().path("id").asString();
        assertThat(identity.staffActions.getLast().path("staff_id").asString()).isEqualTo(supportId);
        assertThat(identity.staffActions.getLast().path("reason").asString()).isEqualTo("Avis injustes, vérifié");

        UUID member = identity.account(TestPhones.ivorianMobile());
        var notHeld = http().post("/api/v1/admin/drivers/" + member + "/release", Map.of("reason", "x"), as("ops"));
        assertThat(notHeld.status()).isEqualTo(409);
        assertThat(notHeld.body().path("error").path("details").path("current").asString()).isEqualTo("not_held");
        assertThat(http().post("/api/v1/admin/drivers/" + UUID.randomUUID() + "/release", Map.of("reason", "x"), as("ops")).status()).isEqualTo(404);
    }

    @Test
    void refusals() {
        UUID held = identity.heldDriver("Awa");
        int before = identity.staffActions.size();
        for (Object bad : new Object[] {Map.of(), Map.of("reason", "  "), Map.of("reason", "x".repeat(501))}) {
            var r = http().post("/api/v1/admin/drivers/" + held + "/release", bad, as("super"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
        }
        assertThat(identity.staffActions).hasSize(before);
        // finance and compliance read the queue, only USERS_EDIT roles release
        for (String role : new String[] {"finance", "compliance"}) {
            assertThat(http().post("/api/v1/admin/drivers/" + held + "/release", Map.of("reason", "x"), as(role)).status()).as(role).isEqualTo(403);
        }
        assertThat(http().get("/api/v1/admin/drivers/held").status()).isEqualTo(401);
    }
}
