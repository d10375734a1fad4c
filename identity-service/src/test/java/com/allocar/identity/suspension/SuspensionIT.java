package com.allocar.identity.suspension;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff suspend an account through admin-service's internal API: every session ends at once, sign-in is refused. */
class SuspensionIT extends IdentityIT {

    private static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.IDENTITY);
    }

    @Test
    void aSuspensionEndsEverySessionAndRefusesSignInUntilReactivated() {
        JsonNode first = signedUpUser();
        String userId = first.path("user").path("id").asString();
        String phone = first.path("user").path("phone").asString();
        var second = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);

        var found = http().get("/internal/users?query=" + phone.substring(4) + "&status=active", asAdmin());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.data().toString()).contains(userId);
        var account = http().get("/internal/users/" + userId, asAdmin());
        assertThat(account.data().path("status").asString()).isEqualTo("active");
        assertThat(account.data().path("kyc_status").asString()).isEqualTo("none");

        UUID staff = UUID.randomUUID();
        var suspended = http().post("/internal/users/" + userId + "/suspension", Map.of("staff_id", staff.toString(), "reason", "Fraude signalée"), asAdmin());
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.data().path("status").asString()).isEqualTo("suspended");

        // both sessions' access tokens are refused at once, their refresh tokens too, and a new sign-in
        for (JsonNode session : new JsonNode[] {first, second.data()}) {
            var me = http().get("/api/v1/me", "Authorization", TestHttp.bearer(session.path("access_token").asString()));
            assertThat(me.status()).as(me.toString()).isEqualTo(401);
            assertThat(me.body().path("error").path("details").path("reason").asString()).isEqualTo("token_revoked");
            var refresh = http().post("/api/v1/auth/token/refresh", Map.of("refresh_token", session.path("refresh_token").asString()));
            assertThat(refresh.status()).as(refresh.toString()).isEqualTo(401);
        }
        var login = http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(403);
        assertThat(login.body().path("error").path("details").path("reason").asString()).isEqualTo("account_suspended");
        assertThat(http().get("/api/v1/users/" + userId).status()).isEqualTo(404); // no public profile
        assertThat(http().get("/internal/users?status=suspended&query=" + phone.substring(4), asAdmin()).data().toString()).contains(userId);

        var twice = http().post("/internal/users/" + userId + "/suspension", Map.of("staff_id", staff.toString(), "reason", "encore"), asAdmin());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("suspended");

        var back = http().post("/internal/users/" + userId + "/reactivation", Map.of("staff_id", staff.toString()), asAdmin());
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.data().path("status").asString()).isEqualTo("active");
        assertThat(http().post("/api/v1/auth/login", Map.of("identifier", phone, "password", PASSWORD)).status()).isEqualTo(200);
        assertThat(http().post("/internal/users/" + userId + "/reactivation", Map.of("staff_id", staff.toString()), asAdmin()).status()).isEqualTo(409);

        // each decision's audit entry left through the outbox, naming the staff member
        var audit = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", userId, Duration.ofSeconds(1));
        assertThat(audit).extracting(r -> {
            JsonNode p = TestHttp.json().readTree(r.value()).path("payload");
            return p.path("action").asString() + " " + p.path("actor_id").asString() + " " + p.path("meta").path("reason").asString();
        }).containsExactly("user.suspend " + staff + " Fraude signalée", "user.reactivate " + staff + " ");
        assertThat(TestHttp.json().readTree(audit.getFirst().value()).path("payload").path("meta").path("sessions_ended").asInt()).isEqualTo(2);
    }

    @Test
    void badRequestsAreRefusedInTheEnvelope() {
        String userId = signedUpUser().path("user").path("id").asString();
        assertThat(http().post("/internal/users/" + userId + "/suspension", Map.of("staff_id", UUID.randomUUID().toString()), asAdmin()).status())
                .isEqualTo(400);
        assertThat(http().post("/internal/users/" + userId + "/suspension", Map.of("reason", "x"), asAdmin()).status()).isEqualTo(400);
        var unknown = http().post("/internal/users/" + UUID.randomUUID() + "/suspension", Map.of("staff_id", UUID.randomUUID().toString(), "reason", "x"),
                asAdmin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        for (String q : new String[] {"status=banned", "created_from=hier", "created_from=2026-12-03&created_to=2026-12-01", "query=" + "x".repeat(101),
                "colour=blue", "page_size=101"}) {
            var r = http().get("/internal/users?" + q, asAdmin());
            assertThat(r.status()).as(q + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().get("/internal/users?created_from=2020-01-01&created_to=2020-01-31", asAdmin()).data()).isEmpty();
        assertThat(http().get("/internal/users?query=50%25_", asAdmin()).status()).isEqualTo(200);
    }
}
