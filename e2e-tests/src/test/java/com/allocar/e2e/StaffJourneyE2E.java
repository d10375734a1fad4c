package com.allocar.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestStaff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff through the gateway with the real Keycloak, admin-service and identity-service: a compliance officer finds a
 * driver's pending document (its images as signed GETs), approves it, and the driver can publish; support may not review
 * KYC, a member may not reach the staff API at all; the decision and the read are in the audit trail with the staff id.
 */
class StaffJourneyE2E {

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void complianceApprovesAKycAndTheDriverPublishes() {
        var driver = Members.signUp(http, "Koffi", "Yao");
        var submitted = http.post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-" + (10_000_000 + (int) (Math.random() * 89_999_999))),
                driver.auth());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String doc = submitted.data().path("id").asString();

        // a member's token on the staff API: 403 at the gateway; support's role does not hold KYC review: 403 at admin-service
        var member = http.get("/api/v1/admin/kyc/pending", driver.auth());
        assertThat(member.status()).as(member.toString()).isEqualTo(403);
        assertThat(member.body().path("error").path("details").path("reason").asString()).isEqualTo("staff_only");
        var support = http.get("/api/v1/admin/kyc/pending", Fleet.staff("support"));
        assertThat(support.status()).as(support.toString()).isEqualTo(403);
        assertThat(support.body().path("error").path("details").path("reason").asString()).isEqualTo("role_not_allowed");
        assertThat(http.get("/api/v1/admin/kyc/pending").status()).isEqualTo(401);

        JsonNode shown = await().atMost(Duration.ofSeconds(10)).until(() -> find(http.get("/api/v1/admin/kyc/pending?page_size=100", Fleet.staff("compliance")).data(), doc),
                n -> n != null);
        assertThat(shown.path("user_id").asString()).isEqualTo(driver.id().toString());
        assertThat(shown.path("images").path("front").path("method").asString()).isEqualTo("GET");

        String complianceId = http.get("/api/v1/admin/me", Fleet.staff("compliance")).data().path("id").asString();
        var approved = http.post("/api/v1/admin/kyc/" + doc + "/approve", Map.of("notes", "CNI lisible"), Fleet.staff("compliance"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data().path("reviewed_by").asString()).isEqualTo(complianceId);
        assertThat(http.get("/api/v1/me", driver.auth()).data().path("kyc_status").asString()).isEqualTo("approved");
        var again = http.post("/api/v1/admin/kyc/" + doc + "/reject", Map.of("notes", "trop tard"), Fleet.staff("compliance"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        // the driver can publish now (trip-service heard of the approved KYC)
        Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(3, ChronoUnit.DAYS), 5000));

        // identity's audit entry for the decision and admin-service's for the read, both naming the compliance officer
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var trail = http.get("/api/v1/admin/audit-logs?entity=kyc_document&entity_id=" + doc, Fleet.staff("compliance"));
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            assertThat(StreamSupport.stream(trail.data().spliterator(), false)
                    .map(e -> e.path("action").asString() + " " + e.path("actor_type").asString() + " " + e.path("actor_id").asString()))
                    .contains("kyc.approve admin " + complianceId, "kyc.documents_viewed admin " + complianceId);
        });
        assertThat(http.get("/api/v1/admin/audit-logs?entity_id=" + doc, Fleet.staff("ops")).status()).isEqualTo(403);
    }

    @Test
    void supportSuspendsAMemberWhoseTokenDiesAtOnceAndSuperReactivates() {
        var member = Members.signUp(http, "Adjoua", "Kouassi");
        assertThat(http.get("/api/v1/me", member.auth()).status()).isEqualTo(200);
        var found = http.get("/api/v1/admin/users?query=" + member.phone().substring(4), Fleet.staff("finance"));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.data().toString()).contains(member.id().toString());
        // finance reads but may not suspend
        assertThat(http.patch("/api/v1/admin/users/" + member.id(), Map.of("status", "suspended", "reason", "x"), Fleet.staff("finance")).status())
                .isEqualTo(403);

        String supportId = http.get("/api/v1/admin/me", Fleet.staff("support")).data().path("id").asString();
        var suspended = http.patch("/api/v1/admin/users/" + member.id(), Map.of("status", "suspended", "reason", "Annonces frauduleuses"),
                Fleet.staff("support"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(suspended.data().path("status").asString()).isEqualTo("suspended");

        // the access token the member holds is refused through the gateway at once, and signing in again is refused
        var me = http.get("/api/v1/me", member.auth());
        assertThat(me.status()).as(me.toString()).isEqualTo(401);
        var login = http.post("/api/v1/auth/login", Map.of("identifier", member.phone(), "password", "Akwaba2025"), "X-Forwarded-For", member.ip());
        assertThat(login.status()).as(login.toString()).isEqualTo(403);
        assertThat(login.body().path("error").path("details").path("reason").asString()).isEqualTo("account_suspended");

        var back = http.patch("/api/v1/admin/users/" + member.id(), Map.of("status", "active", "reason", "Vérifié par téléphone"), Fleet.staff("super"));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/login", Map.of("identifier", member.phone(), "password", "Akwaba2025"), "X-Forwarded-For", member.ip())
                .status()).isEqualTo(200);

        String superId = http.get("/api/v1/admin/me", Fleet.staff("super")).data().path("id").asString();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var trail = http.get("/api/v1/admin/audit-logs?entity=user&entity_id=" + member.id(), Fleet.staff("compliance"));
            assertThat(StreamSupport.stream(trail.data().spliterator(), false)
                    .map(e -> e.path("action").asString() + " " + e.path("actor_id").asString() + " " + e.path("meta").path("reason").asString()))
                    .containsExactly("user.reactivate " + superId + " Vérifié par téléphone", "user.suspend " + supportId + " Annonces frauduleuses");
        });
    }

    private static JsonNode find(JsonNode page, String id) {
        return StreamSupport.stream(page.spliterator(), false).filter(d -> d.path("id").asString().equals(id)).findFirst().orElse(null);
    }

    @Test
    void theAdminDocumentIsServedByTheGateway() {
        var doc = http.get("/api/docs/admin");
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        assertThat(doc.body().path("paths").has("/api/v1/admin/kyc/{id}/approve")).isTrue();
        assertThat(doc.body().path("paths").has("/api/v1/admin/audit-logs")).isTrue();
        assertThat(UUID.fromString(http.get("/api/v1/admin/me", Fleet.staff("super")).data().path("id").asString())).isNotNull();
    }

    @Test
    void theConsoleSignsInThroughTheGatewayWithKeycloaksCode() {
        var code = TestStaff.authorizationCode("staff-compliance");
        var signedIn = http.post("/api/v1/admin/login", Map.of("code", code.code(), "code_verifier", code.verifier(), "redirect_uri", code.redirectUri()),
                "X-Forwarded-For", "10.77.1.1");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.data().path("staff").path("roles").toString()).isEqualTo("[\"compliance\"]");
        var me = http.get("/api/v1/admin/me", "Authorization", TestHttp.bearer(signedIn.data().path("access_token").asString()),
                "X-Forwarded-For", "10.77.1.1");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.data().path("id").asString()).isEqualTo(signedIn.data().path("staff").path("id").asString());
    }

    /**
     * booking's rating averages (as its relay publishes them) put a driver under the floor on hold: identity holds them
     * and tells the fleet, trip-service refuses their new trips, the review queue shows them, support releases them and
     * they publish again; the hold (system) and the release (support) are in the audit trail.
     */
    @Test
    void aDriverUnderTheRatingFloorIsHeldUntilSupportReleasesThem() {
        var driver = Members.signUp(http, "Lassina", "Coulibaly");
        Members.approvedKyc(http, driver);
        Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(4, ChronoUnit.DAYS), 5000));
        // identity learns they drive from trip-service's driver.activated
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> http.get("/api/v1/me", driver.auth()).data().path("is_driver").asBoolean());
        for (int count = 1; count <= 5; count++) {
            String user = driver.id().toString();
            TestEvents.send("booking.ratings", user, TestEvents.envelope("user.rating_updated", user,
                    Map.of("user_id", user, "rating_avg", 2.2, "rating_count", count)));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var refused = http.post("/api/v1/trips", Members.tripToYamoussoukro(Instant.now().plus(6, ChronoUnit.DAYS), 5000), driver.auth());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.body().path("error").path("details").path("reason").asString()).isEqualTo("driver_held");
        });
        var queue = http.get("/api/v1/admin/drivers/held?page_size=100", Fleet.staff("compliance"));
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.data().toString()).contains(driver.id().toString());

        assertThat(http.post("/api/v1/admin/drivers/" + driver.id() + "/release", Map.of("reason", "x"), Fleet.staff("finance")).status())
                .isEqualTo(403);
        String supportId = http.get("/api/v1/admin/me", Fleet.staff("support")).data().path("id").asString();
        var released = http.post("/api/v1/admin/drivers/" + driver.id() + "/release", Map.of("reason", "Avis vérifiés avec les passagers"),
                Fleet.staff("support"));
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(http.post("/api/v1/trips", Members.tripToYamoussoukro(Instant.now().plus(7, ChronoUnit.DAYS), 5000), driver.auth())
                        .status()).isEqualTo(201));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var trail = http.get("/api/v1/admin/audit-logs?entity=user&entity_id=" + driver.id(), Fleet.staff("super")).data();
            assertThat(StreamSupport.stream(trail.spliterator(), false).map(e -> e.path("action").asString() + " " + e.path("actor_type").asString()
                    + (e.path("actor_id").isNull() ? "" : " " + e.path("actor_id").asString())))
                    .contains("driver.hold system", "driver.release admin " + supportId);
        });
    }
}
