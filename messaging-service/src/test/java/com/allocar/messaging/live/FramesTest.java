package com.allocar.messaging.live;

import java.util.Set;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FramesTest {

    private final JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private final Frames frames = new Frames(json);

    private static String field(Throwable e) {
        ApiException a = (ApiException) e;
        assertThat(a.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        return ((java.util.Map<?, ?>) ((java.util.List<?>) a.details().get("fields")).getFirst()).get("field").toString();
    }

    @Test
    void aFrameIsOneObjectWithAStringType() {
        assertThat(frames.parse("{\"type\":\"typing\"}").path("type").asString()).isEqualTo("typing");
        for (String bad : new String[] {"not json", "[1,2]", "\"message\"", "{}", "{\"type\": 3}", "{\"type\":\"x\"} trailing{"}) {
            assertThatThrownBy(() -> frames.parse(bad)).as(bad).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(field(e)).isIn("frame", "type"));
        }
    }

    @Test
    void fieldsAreReadStrictly() {
        JsonNode f = frames.parse("{\"type\":\"location\",\"lat\":\"5\",\"lon\":-4,\"extra\":1,\"client_id\":\"c1\"}");
        assertThatThrownBy(() -> Frames.only(f, Set.of("lat", "lon"))).satisfies(e -> assertThat(field(e)).isEqualTo("extra"));
        assertThatThrownBy(() -> Frames.number(f, "lat", true)).satisfies(e -> assertThat(field(e)).isEqualTo("lat"));
        assertThat(Frames.number(f, "lon", true)).isEqualTo(-4.0);
        assertThat(Frames.number(f, "heading", false)).isNull();
        assertThatThrownBy(() -> Frames.number(f, "heading", true)).satisfies(e -> assertThat(field(e)).isEqualTo("heading"));
        assertThat(Frames.clientId(f)).isEqualTo("c1");
    }

    @Test
    void idsAndInstants() {
        JsonNode f = frames.parse("{\"type\":\"read\",\"up_to\":\"nope\",\"at\":\"2026-05-01T07:30:00+00:00\",\"bad_at\":\"yesterday\"}");
        assertThatThrownBy(() -> Frames.uuid(f, "up_to")).satisfies(e -> assertThat(field(e)).isEqualTo("up_to"));
        assertThat(Frames.instant(f, "at")).isEqualTo(java.time.Instant.parse("2026-05-01T07:30:00Z"));
        assertThatThrownBy(() -> Frames.instant(f, "bad_at")).satisfies(e -> assertThat(field(e)).isEqualTo("bad_at"));
    }

    @Test
    void errorFrameIsTheEnvelopeErrorFlat() {
        JsonNode e = json.readTree(frames.error(ApiException.validation("content", "must not be empty"), "c9"));
        assertThat(e.path("type").asString()).isEqualTo("error");
        assertThat(e.path("code").asString()).isEqualTo("validation_error");
        assertThat(e.path("details").path("fields").get(0).path("field").asString()).isEqualTo("content");
        assertThat(e.path("client_id").asString()).isEqualTo("c9");
    }

    @Test
    void aLiveEventGoesToEverySocketOrOnlyTheOthers() {
        var sender = java.util.UUID.randomUUID();
        var other = java.util.UUID.randomUUID();
        var message = new LiveEvent("booking:x", sender, null, "all", "mine", false);
        assertThat(message.frameFor(sender)).isEqualTo("mine");
        assertThat(message.frameFor(other)).isEqualTo("all");
        var typing = new LiveEvent("booking:x", sender, null, "typing", null, true);
        assertThat(typing.frameFor(sender)).isNull();
        assertThat(typing.frameFor(other)).isEqualTo("typing");
    }
}
