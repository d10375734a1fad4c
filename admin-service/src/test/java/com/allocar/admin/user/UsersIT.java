package com.allocar.admin.user;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeIdentity;
import com.allocar.platform.testing.TestPhones;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff search, read, suspend and reactivate members through identity's accounts API ({@link FakeIdentity}; the real one in e2e). */
class UsersIT extends AdminIT {

    private final FakeIdentity identity = FakeIdentity.get();

    @Test
    void supportSuspendsWithAReasonAndSuperReactivates() {
        UUID member = identity.account(TestPhones.ivorianMobile());
        var listed = http().get("/api/v1/admin/users?query=Awa&page_size=50", as("finance"));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.data().toString()).contains(member.toString());
        assertThat(listed.body().path("meta").path("pagination").path("total").asInt()).isPositive();
        assertThat(http().get("/api/v1/admin/users/" + member, as("compliance")).data().path("kyc_status").asString()).isEqualTo("none");

        var suspended = http().patch("/api/v1/admin/users/" + member, Map.of("status", "suspended", "reason", "  Fraude signalée "), as("support"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.data().path("status").asString()).isEqualTo("suspended");
        String supportId = http().get("/api/v1/admin/me", as("support")).data().path("id").asString();
        assertThat(identity.staffActions).anySatisfy(a -> {
            assertThat(a.path("staff_id").asString()).isEqualTo(supportId);
            assertThat(a.path("reason").asString()).isEqualTo("Fraude signalée");
        });

        var twice = http().patch("/api/v1/admin/users/" + member, Map.of("status", "suspended", "reason", "encore"), as("ops"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("suspended");

        var back = http().patch("/api/v1/admin/users/" + member, Map.of("status", "active"), as("super"));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.data().path("status").asString()).isEqualTo("active");
    }

    @Test
    void badRequestsAreRefusedBeforeIdentityIsAsked() {
        UUID member = identity.account(TestPhones.ivorianMobile());
        int before = identity.staffActions.size();
        for (Object body : new Object[] {Map.of("status", "suspended"), Map.of("status", "suspended", "reason", "  "), Map.of("status", "banned"),
                Map.of("reason", "x"), Map.of("status", "suspended", "reason", "x".repeat(501))}) {
            var r = http().patch("/api/v1/admin/users/" + member, body, as("support"));
            assertThat(r.status()).as(body + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(identity.staffActions).hasSize(before);
        assertThat(http().get("/api/v1/admin/users/" + UUID.randomUUID(), as("support")).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/admin/users/nope", as("support")).status()).isEqualTo(400);
        // identity checks the filters: its validation_error comes back as is
        var badStatus = http().get("/api/v1/admin/users?status=banned", as("support"));
        assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
        assertThat(badStatus.errorCode()).isEqualTo("validation_error");
        assertThat(http().get("/api/v1/admin/users?colour=blue", as("support")).status()).isEqualTo(400);
    }
}
