package com.allocar.notification.channel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import com.allocar.notification.config.NotificationProperties;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * FCM HTTP v1: {@code POST {base-url}/v1/projects/{project}/messages:send} with our RestClient (the Firebase Admin SDK
 * hard-codes Google's URL), a Bearer access token from the service-account key file through Google's auth library
 * ({@code ServiceAccountCredentials}: the JWT grant to the key file's {@code token_uri}, the token cached until a few
 * minutes before it expires). FCM's answer decides the device's fate ({@link PushFailure}): UNREGISTERED (404),
 * SENDER_ID_MISMATCH (403) and "not a valid FCM registration token" (400) → the device is gone; 429 / 500 / 503,
 * network errors and our own credentials' refusals → later (FCM's {@code Retry-After} kept); THIRD_PARTY_AUTH_ERROR
 * (401) and any other 400 → refused for good. A 401 without an FcmError is our access token refused: a new one, once.
 */
public final class FcmPushSender implements PushSender {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private static final Set<Integer> LATER = Set.of(429, 500, 503);

    /** FCM's answer, read whatever its status. */
    private record Answer(int status, JsonNode body, String retryAfter) {

        String errorCode() {
            for (JsonNode d : body.path("error").path("details")) {
                if (FCM_ERROR.equals(d.path("@type").asString(null))) {
                    return d.path("errorCode").asString(null);
                }
            }
            return null;
        }

        String describe() {
            JsonNode e = body.path("error");
            String code = errorCode();
            return "FCM " + status + " " + (code != null ? code : e.path("status").asString("")) + ": " + e.path("message").asString("");
        }
    }

    private final GoogleCredentials credentials;
    private final RestClient http;
    private final String sendPath;
    private final FcmPayload payload;
    private final JsonMapper json;
    private final Object refreshing = new Object();

    FcmPushSender(GoogleCredentials credentials, String project, NotificationProperties.Push props, JsonMapper json) {
        this.credentials = credentials;
        this.json = json;
        this.payload = new FcmPayload(json, props.ttl());
        this.sendPath = "/v1/projects/" + project + "/messages:send";
        // the JDK's client: HttpURLConnection (SimpleClientHttpRequestFactory) streams the body and then cannot read a 401's
        var factory = ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults().withTimeouts(props.connectTimeout(),
                props.readTimeout()));
        String base = props.baseUrl().endsWith("/") ? props.baseUrl().substring(0, props.baseUrl().length() - 1) : props.baseUrl();
        this.http = RestClient.builder().baseUrl(base).requestFactory(factory).build();
    }

    /**
     * Reads the key file (a configured file that cannot be read stops the start: push would be silently off).
     * The project is {@code project-id} or the key file's {@code project_id}.
     */
    public static FcmPushSender from(NotificationProperties.Push props, JsonMapper json) {
        ServiceAccountCredentials key;
        Path file = Path.of(props.credentials());
        try (InputStream in = Files.newInputStream(file)) {
            key = ServiceAccountCredentials.fromStream(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("allocar.notification.push.credentials: cannot read the service-account key file "
                    + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String project = props.projectId() == null || props.projectId().isBlank() ? key.getProjectId() : props.projectId();
        if (project == null || project.isBlank()) {
            throw new IllegalStateException("allocar.notification.push: no project-id and none in " + file.toAbsolutePath());
        }
        // the library's own retries of the token endpoint are off: a failed attempt goes through delivery's retries, as any other
        GoogleCredentials scoped = key.toBuilder().setScopes(List.of(SCOPE)).setDefaultRetriesEnabled(false).build();
        return new FcmPushSender(scoped, project, props, json);
    }

    @Override
    public String send(PushMessage message) throws PushFailure {
        byte[] body = payload.of(message);
        String token = accessToken();
        Answer answer = post(body, token);
        if (answer.status() == 401 && answer.errorCode() == null) {
            // our access token refused before its time (revoked, clock skew): a new one, once
            answer = post(body, newAccessToken(token));
        }
        return outcome(answer);
    }

    private String outcome(Answer a) throws PushFailure {
        if (a.status() >= 200 && a.status() < 300) {
            String name = a.body().path("name").asString(null);
            if (name == null) {
                throw PushFailure.later("FCM " + a.status() + " without a message name", null, null);
            }
            return name;
        }
        String code = a.errorCode();
        String describe = a.describe();
        if (a.status() == 404 || "UNREGISTERED".equals(code)) {
            throw PushFailure.deviceGone("UNREGISTERED", describe);
        }
        if ("SENDER_ID_MISMATCH".equals(code)) {
            throw PushFailure.deviceGone(code, describe);
        }
        if (a.status() == 400 && a.body().path("error").path("message").asString("").contains("not a valid FCM registration token")) {
            throw PushFailure.deviceGone("INVALID_ARGUMENT", describe);
        }
        if (LATER.contains(a.status()) || a.status() >= 500) {
            throw PushFailure.later(describe, retryAfter(a.retryAfter()), null);
        }
        if ("THIRD_PARTY_AUTH_ERROR".equals(code) || a.status() == 400) {
            throw PushFailure.refused(code, describe);
        }
        // 401 after a fresh token, 403 on the project: our credentials or settings, which ops can fix — not the member's fault
        throw PushFailure.later(describe, null, null);
    }

    private Answer post(byte[] body, String accessToken) throws PushFailure {
        try {
            return http.post().uri(sendPath)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange((request, response) -> new Answer(response.getStatusCode().value(), read(response.getBody().readAllBytes()),
                            response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
        } catch (ResourceAccessException e) {
            throw PushFailure.later("FCM unreachable: " + e.getMostSpecificCause().getMessage(), null, e);
        } catch (RestClientException e) {
            throw PushFailure.later("FCM: " + e.getMessage(), null, e);
        }
    }

    private JsonNode read(byte[] bytes) {
        try {
            JsonNode node = bytes.length == 0 ? null : json.readTree(bytes);
            return node == null ? json.createObjectNode() : node;
        } catch (JacksonException e) {
            // an HTML error page from a proxy: the status decides
            return json.createObjectNode();
        }
    }

    /** The cached access token, a new one when it is (nearly) expired — the library's cache. */
    private String accessToken() throws PushFailure {
        try {
            credentials.refreshIfExpired();
            return credentials.getAccessToken().getTokenValue();
        } catch (IOException | RuntimeException e) {
            throw PushFailure.later("FCM access token: " + e.getMessage(), null, e);
        }
    }

    /** A new access token unless another thread already replaced the refused one. */
    private String newAccessToken(String refused) throws PushFailure {
        try {
            synchronized (refreshing) {
                AccessToken current = credentials.getAccessToken();
                if (current == null || current.getTokenValue().equals(refused)) {
                    credentials.refresh();
                }
                return credentials.getAccessToken().getTokenValue();
            }
        } catch (IOException | RuntimeException e) {
            throw PushFailure.later("FCM access token: " + e.getMessage(), null, e);
        }
    }

    /** {@code Retry-After}: seconds, or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
