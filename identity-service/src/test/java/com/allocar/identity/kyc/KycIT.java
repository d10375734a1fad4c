package com.allocar.identity.kyc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.InternalRoutes;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class KycIT extends IdentityIT {

    @Autowired
    private ApplicationContext context;

    private static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.IDENTITY);
    }

    @Test
    void submitUploadToPrivateBucketThenApprove() throws Exception {
        JsonNode session = signedUpUser();
        var sub = http().post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-0012345678"), "Authorization", auth(session));
        assertThat(sub.status()).as(sub.toString()).isEqualTo(201);
        assertThat(sub.data().path("status").asString()).isEqualTo("pending");
        String docId = sub.data().path("id").asString();

        // the signed URLs really accept the images; the private bucket refuses anonymous reads
        String frontUrl = sub.data().path("uploads").path("front").path("url").asString();
        assertThat(put(frontUrl, "image/jpeg")).isEqualTo(200);
        assertThat(put(sub.data().path("uploads").path("back").path("url").asString(), "image/jpeg")).isEqualTo(200);
        String unsigned = frontUrl.substring(0, frontUrl.indexOf('?'));
        assertThat(get(unsigned)).isIn(401, 403);

        var status = http().get("/api/v1/me/kyc/status", "Authorization", auth(session));
        assertThat(status.data().path("status").asString()).isEqualTo("pending");

        var mine = http().get("/api/v1/me/kyc/" + docId, "Authorization", auth(session));
        assertThat(mine.status()).isEqualTo(200);
        assertThat(get(mine.data().path("images").path("front").path("url").asString())).isEqualTo(200);

        // a second document while one is pending is a conflict
        var again = http().post("/api/v1/me/kyc", Map.of("doc_type", "passport", "doc_number", "P1234567"), "Authorization", auth(session));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("error").path("details").path("current").asString()).isEqualTo("pending");

        UUID reviewer = UUID.randomUUID();
        var approved = http().post("/internal/kyc/" + docId + "/review", Map.of("decision", "approved", "reviewer_id", reviewer.toString()),
                asAdmin());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.data().path("status").asString()).isEqualTo("approved");
        // the reviewer's view: whose document, who decided, and its images as short-lived signed GETs
        assertThat(approved.data().path("user_id").asString()).isEqualTo(session.path("user").path("id").asString());
        assertThat(approved.data().path("reviewed_by").asString()).isEqualTo(reviewer.toString());
        assertThat(approved.data().path("images").path("front").path("method").asString()).isEqualTo("GET");
        assertThat(http().get("/api/v1/me", "Authorization", auth(session)).data().path("kyc_status").asString()).isEqualTo("approved");

        var twice = http().post("/internal/kyc/" + docId + "/review", Map.of("decision", "rejected", "notes", "x", "reviewer_id", reviewer.toString()),
                asAdmin());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("error").path("details").path("current").asString()).isEqualTo("approved");

        var events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, IdentityEventType.KYC_TOPIC, docId, Duration.ofSeconds(1));
        assertThat(events).extracting(r -> new String(r.headers().lastHeader("event_type").value()))
                .containsExactly(IdentityEventType.KYC_SUBMITTED.wire(), IdentityEventType.KYC_APPROVED.wire());
        // the decision's audit entry left through the outbox too, naming the staff reviewer
        var audit = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "audit.entries", docId, Duration.ofSeconds(1));
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(new String(r.headers().lastHeader("event_type").value())).isEqualTo("audit.recorded");
            JsonNode entry = tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.value()).path("payload");
            assertThat(entry.path("action").asString()).isEqualTo("kyc.approve");
            assertThat(entry.path("actor_type").asString()).isEqualTo("admin");
            assertThat(entry.path("actor_id").asString()).isEqualTo(reviewer.toString());
        });
    }

    @Test
    void rejectionNeedsNotesAndAllowsANewSubmission() {
        JsonNode session = signedUpUser();
        String docId = http().post("/api/v1/me/kyc", Map.of("doc_type", "passport", "doc_number", "P7654321"), "Authorization", auth(session))
                .data().path("id").asString();
        var noNotes = http().post("/internal/kyc/" + docId + "/review", Map.of("decision", "rejected", "reviewer_id", UUID.randomUUID().toString()),
                asAdmin());
        assertThat(noNotes.status()).isEqualTo(400);
        var rejected = http().post("/internal/kyc/" + docId + "/review",
                Map.of("decision", "rejected", "notes", "Photo floue", "reviewer_id", UUID.randomUUID().toString()), asAdmin());
        assertThat(rejected.data().path("status").asString()).isEqualTo("rejected");
        var status = http().get("/api/v1/me/kyc/status", "Authorization", auth(session));
        assertThat(status.data().path("document").path("notes").asString()).isEqualTo("Photo floue");
        assertThat(http().post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-99887766"), "Authorization", auth(session))
                .status()).isEqualTo(201);
    }

    @Test
    void anotherUsersDocumentIsForbiddenAndUnknownIsNotFound() {
        JsonNode owner = signedUpUser();
        JsonNode intruder = signedUpUser();
        String docId = http().post("/api/v1/me/kyc", Map.of("doc_type", "permis", "doc_number", "PC-445566"), "Authorization", auth(owner))
                .data().path("id").asString();
        var forbidden = http().get("/api/v1/me/kyc/" + docId, "Authorization", auth(intruder));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.errorCode()).isEqualTo("forbidden");
        assertThat(forbidden.raw()).doesNotContain("PC-445566");
        var unknown = http().get("/api/v1/me/kyc/" + UUID.randomUUID(), "Authorization", auth(intruder));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http().get("/api/v1/me/kyc/status", "Authorization", auth(intruder)).data().path("status").asString()).isEqualTo("none");
    }

    @Test
    void validatesSubmissions() {
        JsonNode session = signedUpUser();
        assertThat(http().post("/api/v1/me/kyc", Map.of("doc_type", "visa", "doc_number", "X1234"), "Authorization", auth(session))
                .errorCode()).isEqualTo("validation_error");
        assertThat(http().post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "!"), "Authorization", auth(session))
                .status()).isEqualTo(400);
        assertThat(http().post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-1234", "front_content_type", "text/html"),
                "Authorization", auth(session)).status()).isEqualTo(400);
        assertThat(http().post("/api/v1/me/kyc", Map.of("doc_type", "cni", "doc_number", "CI-1234")).status()).isEqualTo(401);
    }

    @Test
    void theInternalApiIsForAdminServiceOnly() {
        JsonNode user = signedUpUser();
        var review = Map.of("decision", "approved", "reviewer_id", UUID.randomUUID().toString());
        var routes = List.of(
                InternalRoutes.route("POST", "/internal/kyc/{id}/review", "/internal/kyc/" + UUID.randomUUID() + "/review", review, 404,
                        FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/kyc/pending", "/internal/kyc/pending?page_size=5", null, 200, FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/users", "/internal/users?page_size=5", null, 200, FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/users/{id}", "/internal/users/" + UUID.randomUUID(), null, 404, FleetService.ADMIN),
                InternalRoutes.route("POST", "/internal/users/{id}/suspension", "/internal/users/" + UUID.randomUUID() + "/suspension",
                        Map.of("staff_id", UUID.randomUUID().toString(), "reason", "x"), 404, FleetService.ADMIN),
                InternalRoutes.route("POST", "/internal/users/{id}/reactivation", "/internal/users/" + UUID.randomUUID() + "/reactivation",
                        Map.of("staff_id", UUID.randomUUID().toString()), 404, FleetService.ADMIN),
                InternalRoutes.route("GET", "/internal/driver-holds", "/internal/driver-holds?page_size=5", null, 200, FleetService.ADMIN),
                InternalRoutes.route("POST", "/internal/driver-holds/{userId}/release", "/internal/driver-holds/" + UUID.randomUUID() + "/release",
                        Map.of("staff_id", UUID.randomUUID().toString(), "reason", "x"), 404, FleetService.ADMIN));
        InternalRoutes.assertCoversEveryRoute(context, routes);
        InternalRoutes.assertGuarded(http(), FleetService.IDENTITY, routes, auth(user));
        var pending = http().get("/internal/kyc/pending?page_size=5", asAdmin());
        assertThat(pending.body().path("meta").path("pagination").path("page_size").asInt()).isEqualTo(5);
        assertThat(http().get("/internal/kyc/pending?bogus=1", asAdmin()).status()).isEqualTo(400);
    }

    @Test
    void idempotentSubmissionIsReplayedAndAConflictingReuseIsRefused() {
        JsonNode session = signedUpUser();
        String key = UUID.randomUUID().toString();
        var body = Map.of("doc_type", "cni", "doc_number", "CI-55555555");
        var first = http().post("/api/v1/me/kyc", body, "Authorization", auth(session), "Idempotency-Key", key);
        var replay = http().post("/api/v1/me/kyc", body, "Authorization", auth(session), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.data().path("id").asString()).isEqualTo(first.data().path("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM kyc_documents WHERE user_id = ?::uuid").param(session.path("user").path("id").asString())
                .query(Long.class).single()).isEqualTo(1);

        var different = http().post("/api/v1/me/kyc", Map.of("doc_type", "passport", "doc_number", "P0000001"),
                "Authorization", auth(session), "Idempotency-Key", key);
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.errorCode()).isEqualTo("conflict");

        // keys are per user: another user may use the same key for their own request
        JsonNode other = signedUpUser();
        assertThat(http().post("/api/v1/me/kyc", body, "Authorization", auth(other), "Idempotency-Key", key).status()).isEqualTo(201);
    }

    private static int put(String url, String contentType) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
