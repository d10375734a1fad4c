package com.allocar.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

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

    private static String[] staff(String role) {
        return new String[] {"Authorization", TestHttp.bearer(TestStaff.token(role)), "X-Forwarded-For", "10.77.0." + role.length()};
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
        var support = http.get("/api/v1/admin/kyc/pending", staff("support"));
        assertThat(support.status()).as(support.toString()).isEqualTo(403);
        assertThat(support.body().path("error").path("details").path("reason").asString()).isEqualTo("role_not_allowed");
        assertThat(http.get("/api/v1/admin/kyc/pending").status()).isEqualTo(401);

        JsonNode shown = await().atMost(Duration.ofSeconds(10)).until(() -> find(http.get("/api/v1/admin/kyc/pending?page_size=100", staff("compliance")).data(), doc),
                n -> n != null);
        assertThat(shown.path("user_id").asString()).isEqualTo(driver.id().toString());
        assertThat(shown.path("images").path("front").path("method").asString()).isEqualTo("GET");

        String complianceId = http.get("/api/v1/admin/me", staff("compliance")).data().path("id").asString();
        var approved = http.post("/api/v1/admin/kyc/" + doc + "/approve", Map.of("notes", "CNI lisible"), staff("compliance"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data().path("reviewed_by").asString()).isEqualTo(complianceId);
        assertThat(http.get("/api/v1/me", driver.auth()).data().path("kyc_status").asString()).isEqualTo("approved");
        var again = http.post("/api/v1/admin/kyc/" + doc + "/reject", Map.of("notes", "trop tard"), staff("compliance"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        // the driver can publish now (trip-service heard of the approved KYC)
        Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(3, ChronoUnit.DAYS), 5000));

        // identity's audit entry for the decision and admin-service's for the read, both naming the compliance officer
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            var trail = http.get("/api/v1/admin/audit-logs?entity=kyc_document&entity_id=" + doc, staff("compliance"));
            assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
            assertThat(StreamSupport.stream(trail.data().spliterator(), false)
                    .map(e -> e.path("action").asString() + " " + e.path("actor_type").asString() + " " + e.path("actor_id").asString()))
                    .contains("kyc.approve admin " + complianceId, "kyc.documents_viewed admin " + complianceId);
        });
        assertThat(http.get("/api/v1/admin/audit-logs?entity_id=" + doc, staff("ops")).status()).isEqualTo(403);
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
        assertThat(UUID.fromString(http.get("/api/v1/admin/me", staff("super")).data().path("id").asString())).isNotNull();
    }
}
