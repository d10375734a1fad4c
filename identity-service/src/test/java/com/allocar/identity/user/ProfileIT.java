package com.allocar.identity.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileIT extends IdentityIT {

    @Test
    void readsAndEditsMyProfile() {
        JsonNode session = signedUpUser();
        var me = http().get("/api/v1/me", "Authorization", auth(session));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.data().path("first_name").asString()).isEqualTo("Awa");
        assertThat(me.data().path("kyc_status").asString()).isEqualTo("none");
        assertThat(me.data().has("password_hash")).isFalse();

        var patched = http().patch("/api/v1/me", Map.of("last_name", "Traoré", "gender", "female", "birthdate", "1994-03-12"),
                "Authorization", auth(session));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.data().path("last_name").asString()).isEqualTo("Traoré");
        assertThat(patched.data().path("first_name").asString()).isEqualTo("Awa");
        assertThat(patched.data().path("gender").asString()).isEqualTo("female");
        assertThat(patched.data().path("birthdate").asString()).isEqualTo("1994-03-12");
    }

    @Test
    void rejectsInvalidEdits() {
        JsonNode session = signedUpUser();
        String a = auth(session);
        assertThat(http().patch("/api/v1/me", Map.of("gender", "robot"), "Authorization", a).status()).isEqualTo(400);
        assertThat(http().patch("/api/v1/me", Map.of("birthdate", "2999-01-01"), "Authorization", a).status()).isEqualTo(400);
        assertThat(http().patch("/api/v1/me", Map.of("birthdate", "1850-01-01"), "Authorization", a).status()).isEqualTo(400);
        assertThat(http().patch("/api/v1/me", Map.of("birthdate", "12/03/1994"), "Authorization", a).status()).isEqualTo(400);
        assertThat(http().patch("/api/v1/me", Map.of("first_name", "   "), "Authorization", a).status()).isEqualTo(400);
        var sneaky = http().patch("/api/v1/me", Map.of("is_driver", true), "Authorization", a);
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(sneaky.body().path("error").path("details").path("fields").get(0).path("field").asString()).isEqualTo("is_driver");
        assertThat(http().patch("/api/v1/me", Map.of("first_name", "X")).status()).isEqualTo(401);
    }

    @Test
    void photoUploadUrlReallyAcceptsTheImage() throws Exception {
        JsonNode session = signedUpUser();
        var r = http().post("/api/v1/me/photo", Map.of("content_type", "image/jpeg"), "Authorization", auth(session));
        assertThat(r.status()).isEqualTo(200);
        String url = r.data().path("upload_url").asString();
        byte[] image = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        var put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        var me = http().get("/api/v1/me", "Authorization", auth(session));
        assertThat(me.data().path("photo_url").asString()).isEqualTo(r.data().path("photo_url").asString());
        assertThat(http().post("/api/v1/me/photo", Map.of("content_type", "image/gif"), "Authorization", auth(session)).status()).isEqualTo(400);
    }

    @Test
    void publicProfileHidesContactDetails() {
        JsonNode session = signedUpUser();
        String id = session.path("user").path("id").asString();
        var p = http().get("/api/v1/users/" + id);
        assertThat(p.status()).isEqualTo(200);
        assertThat(p.data().path("first_name").asString()).isEqualTo("Awa");
        assertThat(p.data().path("last_initial").asString()).isEqualTo("K.");
        assertThat(p.raw()).doesNotContain(session.path("user").path("phone").asString()).doesNotContain("phone").doesNotContain("email");

        var unknown = http().get("/api/v1/users/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        var notUuid = http().get("/api/v1/users/not-a-uuid");
        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(notUuid.errorCode()).isEqualTo("validation_error");
    }

    @Test
    void unknownRoutesAndMethodsAnswerWithTheEnvelope() {
        JsonNode session = signedUpUser();
        var none = http().get("/api/v1/nothing-here", "Authorization", auth(session));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.errorCode()).isEqualTo("not_found");
        var method = http().delete("/api/v1/me", "Authorization", auth(session));
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.errorCode()).isEqualTo("method_not_allowed");
        var echoed = http().get("/api/v1/me", "Authorization", auth(session), "X-Request-Id", "req-12345678");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("req-12345678");
        assertThat(echoed.body().path("meta").path("request_id").asString()).isEqualTo("req-12345678");
    }

    @LocalManagementPort
    private int managementPort;

    @Test
    void metricsAreOnTheManagementPortOnly() {
        var r = new TestHttp("http://127.0.0.1:" + managementPort).get("/actuator/prometheus");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw()).contains("http_server_requests");
        // the API port serves no actuator at all: a plain 404 in the envelope
        var api = http().get("/actuator/prometheus");
        assertThat(api.status()).isIn(401, 404);
        assertThat(api.raw()).doesNotContain("http_server_requests");
    }
}
