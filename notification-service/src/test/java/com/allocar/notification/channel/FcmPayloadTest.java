package com.allocar.notification.channel;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FcmPayloadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FcmPayload payload = new FcmPayload(JSON, Duration.ofHours(24));
    private static final String TOKEN = "fcm-" + "x".repeat(160);
    private static final Map<String, String> DATA = Map.of("template", "chat_message", "booking_id", "6f1c2a9e-0b7d-4c55-9a43-1f0e2d3c4b5a");

    @Test
    void a_message_is_fcm_v1_shaped_with_string_data_and_the_ttl_as_a_duration() throws Exception {
        JsonNode m = JSON.readTree(payload.of(new PushMessage(TOKEN, "Réservation confirmée", "Départ à 07:30", DATA, true))).path("message");
        assertThat(m.path("token").asString()).isEqualTo(TOKEN);
        assertThat(m.path("notification").path("title").asString()).isEqualTo("Réservation confirmée");
        assertThat(m.path("notification").path("body").asString()).isEqualTo("Départ à 07:30");
        assertThat(m.path("data").path("booking_id").isString()).isTrue();
        assertThat(m.path("android").path("ttl").asString()).isEqualTo("86400s");
        assertThat(m.path("android").path("priority").asString()).isEqualTo("high");
        assertThat(m.path("apns").path("headers").path("apns-priority").asString()).isEqualTo("10");
        assertThat(m.path("apns").path("payload").path("aps").isObject()).isTrue();

        JsonNode quiet = JSON.readTree(payload.of(new PushMessage(TOKEN, "t", "b", Map.of(), false))).path("message");
        assertThat(quiet.path("android").path("priority").asString()).isEqualTo("normal");
        assertThat(quiet.path("apns").path("headers").path("apns-priority").asString()).isEqualTo("5");
    }

    @Test
    void a_long_chat_preview_is_cut_with_an_ellipsis_to_fit_4096_bytes() throws Exception {
        // accented letters (2 bytes), an emoji (4 bytes, a surrogate pair) and quotes that JSON escapes
        String preview = "Bonjour, je serai à l'arrêt \"Riviera 2\" vers 7 h 😀 ".repeat(200);
        byte[] bytes = payload.of(new PushMessage(TOKEN, "Nouveau message", preview, DATA, true));
        assertThat(bytes.length).isLessThanOrEqualTo(FcmPayload.MAX_BYTES).isGreaterThan(FcmPayload.MAX_BYTES - 16);
        String body = JSON.readTree(bytes).path("message").path("notification").path("body").asString();
        assertThat(body).endsWith("…");
        assertThat(preview).startsWith(body.substring(0, body.length() - 1));
        assertThat(body.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).as("no half emoji").isEmpty();
        assertThat(JSON.readTree(bytes).path("message").path("data").path("booking_id").asString()).as("the data is kept whole")
                .isEqualTo(DATA.get("booking_id"));
    }

    @Test
    void a_message_that_fits_is_left_whole() throws Exception {
        String preview = "é".repeat(1500);
        byte[] bytes = payload.of(new PushMessage(TOKEN, "Nouveau message", preview, DATA, true));
        assertThat(JSON.readTree(bytes).path("message").path("notification").path("body").asString()).isEqualTo(preview);
    }

    @Test
    void a_title_or_data_too_long_for_any_body_is_refused_for_good() {
        assertThatThrownBy(() -> payload.of(new PushMessage(TOKEN, "t".repeat(5000), "b", DATA, true)))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.PERMANENT));
    }
}
