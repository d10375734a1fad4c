package com.allocar.devstack.fcm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.devstack.DevStack;
import com.allocar.devstack.DevStackConfig;
import com.allocar.devstack.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * devstack started in-process (no Kafka) on free ports; the fake FCM spoken to from the outside as notification-service
 * and Google's auth library do: the key file it wrote, the JWT grant, messages:send and its refusals, the push API.
 */
class FakeFcmTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    @TempDir
    static Path dir;

    private static DevStack stack;
    private static String http;
    private static JsonNode keyFile;
    private static PrivateKey privateKey;

    @BeforeAll
    static void start() throws Exception {
        String host = "127.0.0.1";
        stack = DevStack.start(DevStackConfig.parse(new String[] {"--no-kafka", "--smtp-port=" + Ports.freePort(host),
                "--s3-port=" + Ports.freePort(host), "--http-port=" + Ports.freePort(host), "--providers-port=" + Ports.freePort(host),
                "--dir=" + dir}, Map.of()));
        http = "http://127.0.0.1:" + stack.config().httpPort();
        keyFile = JSON.readTree(Files.readString(dir.resolve("fcm-service-account.json")));
        String pem = keyFile.path("private_key").asString().replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An RS256 JWT as Google's auth library makes it, signed with the key file's private key (or another). */
    private static String assertion(PrivateKey key, Map<String, Object> claims) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT", "kid", keyFile.path("private_key_id").asString());
        String signed = b64.encodeToString(JSON.writeValueAsBytes(header)) + "." + b64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key);
        rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + b64.encodeToString(rs256.sign());
    }

    /** As Google's auth library signs them: aud is Google's token endpoint, whatever token_uri the request goes to. */
    private static Map<String, Object> claims(long iat, long exp) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", keyFile.path("client_email").asString());
        c.put("scope", SCOPE);
        c.put("aud", "https://oauth2.googleapis.com/token");
        c.put("iat", iat);
        c.put("exp", exp);
        return c;
    }

    private static Map<String, Object> validClaims() {
        long now = Instant.now().getEpochSecond();
        return claims(now, now + 3600);
    }

    private static HttpResponse<String> grant(String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(keyFile.path("token_uri").asString()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> grantWith(String assertion) throws Exception {
        return grant("grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + assertion);
    }

    private static String accessToken() throws Exception {
        return JSON.readTree(grantWith(assertion(privateKey, validClaims())).body()).path("access_token").asString();
    }

    private static HttpResponse<String> send(String project, String bearer, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(http + "/fcm/v1/projects/" + project + "/messages:send"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            r.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String body) throws Exception {
        return send("allocar-dev", accessToken(), body);
    }

    /** A message as notification-service sends it, to {@code token}. */
    private static String message(String token) {
        return """
                {"message":{"token":"%s","notification":{"title":"Réservation confirmée","body":"Rendez-vous à 07:30"},
                 "data":{"template":"booking_confirmed","booking_id":"b-1"},
                 "android":{"priority":"high","ttl":"86400s"},
                 "apns":{"headers":{"apns-priority":"10"},"payload":{"aps":{"sound":"default"}}}}}""".formatted(token);
    }

    private static String token(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "") + ":APA91b";
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static JsonNode pushes(String token) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(http + "/api/push?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void assertGoogleError(HttpResponse<String> r, int code, String status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(code);
        JsonNode error = json(r).path("error");
        assertThat(error.path("code").asInt()).isEqualTo(code);
        assertThat(error.path("status").asString()).isEqualTo(status);
        assertThat(error.path("message").asString()).isNotBlank();
    }

    private static String fcmErrorCode(HttpResponse<String> r) {
        for (JsonNode d : json(r).path("error").path("details")) {
            if (d.path("@type").asString().equals("type.googleapis.com/google.firebase.fcm.v1.FcmError")) {
                return d.path("errorCode").asString();
            }
        }
        return null;
    }

    private static String violatedField(HttpResponse<String> r) {
        for (JsonNode d : json(r).path("error").path("details")) {
            if (d.path("@type").asString().equals("type.googleapis.com/google.rpc.BadRequest")) {
                return d.path("fieldViolations").get(0).path("field").asString();
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the key file

    @Test
    void the_key_file_is_a_service_account_key_whose_token_uri_is_the_fake() throws Exception {
        assertThat(keyFile.path("type").asString()).isEqualTo("service_account");
        assertThat(keyFile.path("project_id").asString()).isEqualTo("allocar-dev");
        assertThat(keyFile.path("private_key_id").asString()).matches("[0-9a-f]{40}");
        assertThat(keyFile.path("private_key").asString()).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(keyFile.path("client_email").asString()).endsWith("@allocar-dev.iam.gserviceaccount.com");
        assertThat(keyFile.path("client_id").asString()).matches("\\d{21}");
        assertThat(keyFile.path("token_uri").asString()).isEqualTo(http + "/fcm/token");
        assertThat(Files.getPosixFilePermissions(dir.resolve("fcm-service-account.json"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(stack.readyLine()).contains("fcm-key=" + dir.resolve("fcm-service-account.json")).doesNotContain("\n");
    }

    // ---------------------------------------------------------------- token grant

    @Nested
    class TokenGrant {

        @Test
        void an_assertion_signed_with_the_key_gets_a_bearer_token_for_an_hour() throws Exception {
            var r = grantWith(assertion(privateKey, validClaims()));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(r).path("access_token").asString()).startsWith("ya29.");
            assertThat(json(r).path("expires_in").asInt()).isEqualTo(3599);
            assertThat(json(r).path("token_type").asString()).isEqualTo("Bearer");
            // the cloud-platform scope allows FCM too
            Map<String, Object> cloud = validClaims();
            cloud.put("scope", "https://www.googleapis.com/auth/cloud-platform");
            assertThat(grantWith(assertion(privateKey, cloud)).statusCode()).isEqualTo(200);
            // the key file's own token_uri as the audience is taken too
            Map<String, Object> own = validClaims();
            own.put("aud", keyFile.path("token_uri").asString());
            assertThat(grantWith(assertion(privateKey, own)).statusCode()).isEqualTo(200);
        }

        @Test
        void another_key_signature_is_refused() throws Exception {
            var other = java.security.KeyPairGenerator.getInstance("RSA");
            other.initialize(2048);
            var r = grantWith(assertion(other.generateKeyPair().getPrivate(), validClaims()));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(json(r).path("error").asString()).isEqualTo("invalid_grant");
            assertThat(json(r).path("error_description").asString()).isEqualTo("Invalid JWT Signature.");
            // a tampered payload, signature of the original
            String good = assertion(privateKey, validClaims());
            String[] parts = good.split("\\.");
            Map<String, Object> more = validClaims();
            more.put("scope", SCOPE + " https://www.googleapis.com/auth/admin");
            String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(more)) + "." + parts[2];
            assertThat(json(grantWith(tampered)).path("error_description").asString()).isEqualTo("Invalid JWT Signature.");
        }

        @Test
        void an_expired_a_future_or_a_long_lived_assertion_is_refused() throws Exception {
            long now = Instant.now().getEpochSecond();
            for (Map<String, Object> c : new Map[] {claims(now - 7200, now - 3600), claims(now + 3600, now + 7200), claims(now, now + 3601)}) {
                var r = grantWith(assertion(privateKey, c));
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(json(r).path("error").asString()).isEqualTo("invalid_grant");
                assertThat(json(r).path("error_description").asString()).contains("short-lived token (60 minutes)");
            }
        }

        @Test
        void a_wrong_issuer_audience_scope_or_grant_type_is_refused() throws Exception {
            Map<String, Object> iss = validClaims();
            iss.put("iss", "someone@else.iam.gserviceaccount.com");
            assertThat(json(grantWith(assertion(privateKey, iss))).path("error_description").asString()).isEqualTo("Invalid grant: account not found");
            Map<String, Object> aud = validClaims();
            aud.put("aud", "https://accounts.example.com/token");
            assertThat(json(grantWith(assertion(privateKey, aud))).path("error_description").asString()).contains("audience");
            Map<String, Object> scope = validClaims();
            scope.put("scope", "https://www.googleapis.com/auth/userinfo.email");
            var r = grantWith(assertion(privateKey, scope));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(json(r).path("error").asString()).isEqualTo("invalid_scope");
            var type = grant("grant_type=client_credentials&assertion=" + assertion(privateKey, validClaims()));
            assertThat(json(type).path("error").asString()).isEqualTo("unsupported_grant_type");
            assertThat(json(grant("grant_type=" + URLEncoder.encode(JwtGrant.GRANT_TYPE, StandardCharsets.UTF_8))).path("error").asString())
                    .isEqualTo("invalid_request");
            assertThat(json(grantWith("not.a.jwt")).path("error").asString()).isEqualTo("invalid_grant");
        }
    }

    // ---------------------------------------------------------------- messages:send

    @Nested
    class Send {

        @Test
        void a_good_message_is_accepted_named_and_kept_for_the_push_api_and_the_inbox() throws Exception {
            String token = token("dev-");
            var r = send(message(token));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            String name = json(r).path("name").asString();
            assertThat(name).matches("projects/allocar-dev/messages/0:\\d+%[0-9a-f]{16}");
            JsonNode pushes = pushes(token);
            assertThat(pushes).hasSize(1);
            assertThat(pushes.get(0).path("name").asString()).isEqualTo(name);
            assertThat(pushes.get(0).path("title").asString()).isEqualTo("Réservation confirmée");
            assertThat(pushes.get(0).path("body").asString()).isEqualTo("Rendez-vous à 07:30");
            assertThat(pushes.get(0).path("data").path("booking_id").asString()).isEqualTo("b-1");
            assertThat(pushes.get(0).path("message").path("android").path("ttl").asString()).isEqualTo("86400s");
            String inbox = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(inbox).contains("Push").contains("Réservation confirmée").contains("booking_id=b-1");
            // validate_only: checked, answered, not delivered
            var dry = send("{\"validate_only\":true," + message(token("dry-")).substring(1));
            assertThat(json(dry).path("name").asString()).isEqualTo("projects/allocar-dev/messages/fake_message_id");
        }

        @Test
        void delete_messages_clears_the_pushes_too() throws Exception {
            String token = token("clear-");
            assertThat(send(message(token)).statusCode()).isEqualTo(200);
            HTTP.send(HttpRequest.newBuilder(URI.create(http + "/api/messages")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(pushes(token)).isEmpty();
        }

        @Test
        void without_a_token_it_issued_the_fake_answers_unauthenticated() throws Exception {
            assertGoogleError(send("allocar-dev", null, message(token("a-"))), 401, "UNAUTHENTICATED");
            var forged = send("allocar-dev", "ya29.forged", message(token("a-")));
            assertGoogleError(forged, 401, "UNAUTHENTICATED");
            assertThat(fcmErrorCode(forged)).as("an expired token: no FcmError, the client refreshes").isNull();
            assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }

        @Test
        void another_project_is_denied() throws Exception {
            assertGoogleError(send("someone-else", accessToken(), message(token("p-"))), 403, "PERMISSION_DENIED");
        }

        @Test
        void the_message_shape_is_checked_like_google() throws Exception {
            String t = token("shape-");
            var notJson = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/fcm/v1/projects/allocar-dev/messages:send"))
                    .header("Authorization", "Bearer " + accessToken()).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(message(t))).build(), HttpResponse.BodyHandlers.ofString());
            assertGoogleError(notJson, 400, "INVALID_ARGUMENT");
            assertGoogleError(send("{\"message\":"), 400, "INVALID_ARGUMENT");

            var noTarget = send("{\"message\":{\"notification\":{\"title\":\"x\"}}}");
            assertGoogleError(noTarget, 400, "INVALID_ARGUMENT");
            assertThat(json(noTarget).path("error").path("message").asString()).isEqualTo("Recipient of the message is not set.");
            var twoTargets = send("{\"message\":{\"token\":\"" + t + "\",\"topic\":\"news\"}}");
            assertGoogleError(twoTargets, 400, "INVALID_ARGUMENT");
            assertThat(json(twoTargets).path("error").path("message").asString()).contains("oneof field 'target' is already set");

            var notString = send("{\"message\":{\"token\":\"" + t + "\",\"data\":{\"a\":\"1\",\"seats\":2}}}");
            assertGoogleError(notString, 400, "INVALID_ARGUMENT");
            assertThat(violatedField(notString)).isEqualTo("message.data[1].value");
            assertThat(json(notString).path("error").path("message").asString()).isEqualTo("Invalid value at 'message.data[1].value' (TYPE_STRING), 2");

            for (String key : new String[] {"from", "gcm", "google.sent_time"}) {
                assertGoogleError(send("{\"message\":{\"token\":\"" + t + "\",\"data\":{\"" + key + "\":\"x\"}}}"), 400, "INVALID_ARGUMENT");
            }
            var unknown = send("{\"message\":{\"token\":\"" + t + "\",\"priority\":\"high\"}}");
            assertGoogleError(unknown, 400, "INVALID_ARGUMENT");
            assertThat(json(unknown).path("error").path("message").asString()).contains("Unknown name \"priority\"");
            var badPriority = send("{\"message\":{\"token\":\"" + t + "\",\"android\":{\"priority\":\"urgent\"}}}");
            assertThat(violatedField(badPriority)).isEqualTo("message.android.priority");

            var bigBody = "é".repeat(2100);
            assertGoogleError(send("{\"message\":{\"token\":\"" + t + "\",\"notification\":{\"body\":\"" + bigBody + "\"}}}"), 400, "INVALID_ARGUMENT");
            assertThat(send("{\"message\":{\"token\":\"" + t + "\",\"notification\":{\"body\":\"" + "é".repeat(2000) + "\"}}}").statusCode())
                    .as("4000 bytes of body fit").isEqualTo(200);

            var badToken = send(message("not a token!"));
            assertGoogleError(badToken, 400, "INVALID_ARGUMENT");
            assertThat(fcmErrorCode(badToken)).isEqualTo("INVALID_ARGUMENT");
            assertThat(json(badToken).path("error").path("message").asString()).isEqualTo("The registration token is not a valid FCM registration token");
            assertThat(pushes(t)).as("only the one that fitted").hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({"86400s, 200", "3.5s, 200", "0s, 200", "2419200s, 200", "86400, 400", "1.5m, 400", "-1s, 400", "1.1234567891s, 400",
                "2419201s, 400"})
        void the_android_ttl_is_a_duration_string_of_at_most_four_weeks(String ttl, int status) throws Exception {
            var r = send("{\"message\":{\"token\":\"" + token("ttl-") + "\",\"android\":{\"ttl\":\"" + ttl + "\"}}}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
            if (status == 400) {
                assertThat(violatedField(r)).isEqualTo("message.android.ttl");
            }
        }

        @ParameterizedTest
        @CsvSource({"unregistered-, 404, NOT_FOUND, UNREGISTERED", "mismatch-, 403, PERMISSION_DENIED, SENDER_ID_MISMATCH",
                "invalid-, 400, INVALID_ARGUMENT, INVALID_ARGUMENT", "quota-, 429, RESOURCE_EXHAUSTED, QUOTA_EXCEEDED",
                "unavailable-, 503, UNAVAILABLE, UNAVAILABLE", "internal-, 500, INTERNAL, INTERNAL",
                "thirdparty-, 401, UNAUTHENTICATED, THIRD_PARTY_AUTH_ERROR"})
        void tokens_that_ask_for_it_get_fcm_real_errors(String prefix, int code, String status, String errorCode) throws Exception {
            String token = token(prefix);
            var r = send(message(token));
            assertGoogleError(r, code, status);
            assertThat(fcmErrorCode(r)).isEqualTo(errorCode);
            assertThat(send(message(token)).statusCode()).as("every time").isEqualTo(code);
            assertThat(pushes(token)).isEmpty();
            if (code == 404) {
                assertThat(json(r).path("error").path("message").asString()).isEqualTo("Requested entity was not found.");
            }
            if (code == 400) {
                assertThat(json(r).path("error").path("message").asString()).contains("not a valid FCM registration token");
            }
            if (code == 429 || code == 503) {
                assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
            }
        }

        @Test
        void an_outage_token_with_a_count_fails_that_many_times_then_delivers() throws Exception {
            String token = token("unavailable-2x-");
            assertThat(send(message(token)).statusCode()).isEqualTo(503);
            assertThat(send(message(token)).statusCode()).isEqualTo(503);
            assertThat(send(message(token)).statusCode()).isEqualTo(200);
            assertThat(pushes(token)).hasSize(1);
        }
    }
}
