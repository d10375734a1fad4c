package com.allocar.notification.device;

import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** POST / DELETE /me/devices: upsert, a token changing hands, own devices only, every refusal in the envelope. */
class DevicesApiIT extends NotificationIT {

    private static String token() {
        return "fcm-" + UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
    }

    private String owner(String token) {
        return jdbc.sql("SELECT user_id::text FROM device_tokens WHERE token = ?").param(token).query(String.class).optional().orElse(null);
    }

    @Test
    void a_device_is_registered_then_refreshed_and_its_locale_becomes_the_member_s_language() {
        UUID me = UUID.randomUUID();
        String t = token();
        var first = http().post("/api/v1/me/devices", body("token", t, "platform", "android", "app_version", "1.4.2", "locale", "en-GB"), auth(me));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.data().path("token").asString()).isEqualTo(t);
        assertThat(first.data().path("platform").asString()).isEqualTo("android");
        assertThat(first.data().path("app_version").asString()).isEqualTo("1.4.2");
        var again = http().post("/api/v1/me/devices", body("token", t, "platform", "android", "app_version", "1.5.0"), auth(me));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("app_version").asString()).isEqualTo("1.5.0");
        assertThat(again.data().path("created_at").asString()).isEqualTo(first.data().path("created_at").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM device_tokens WHERE token = ?").param(t).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT locale FROM recipients WHERE user_id = ?").param(me).query(String.class).single()).isEqualTo("en-GB");
    }

    @Test
    void a_token_registered_by_another_member_moves_to_them_and_the_first_can_no_longer_delete_it() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String t = token();
        assertThat(http().post("/api/v1/me/devices", body("token", t, "platform", "ios"), auth(first)).status()).isEqualTo(201);
        var moved = http().post("/api/v1/me/devices", body("token", t, "platform", "ios"), auth(second));
        assertThat(moved.status()).as("new to the second member").isEqualTo(201);
        assertThat(owner(t)).isEqualTo(second.toString());
        var refused = http().delete("/api/v1/me/devices/" + t, auth(first));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.errorCode()).isEqualTo("not_found");
        assertThat(owner(t)).isEqualTo(second.toString());
        assertThat(http().delete("/api/v1/me/devices/" + t, auth(second)).status()).isEqualTo(204);
        assertThat(owner(t)).isNull();
        assertThat(http().delete("/api/v1/me/devices/" + t, auth(second)).status()).as("gone").isEqualTo(404);
    }

    @Test
    void bad_bodies_are_validation_errors_naming_the_field() {
        UUID me = UUID.randomUUID();
        assertField(http().post("/api/v1/me/devices", body("token", "short", "platform", "android"), auth(me)), "token");
        assertField(http().post("/api/v1/me/devices", body("token", "x".repeat(4097), "platform", "android"), auth(me)), "token");
        assertField(http().post("/api/v1/me/devices", body("token", token() + " spaces", "platform", "android"), auth(me)), "token");
        assertField(http().post("/api/v1/me/devices", body("platform", "android"), auth(me)), "token");
        assertField(http().post("/api/v1/me/devices", body("token", token(), "platform", "blackberry"), auth(me)), "platform");
        assertField(http().post("/api/v1/me/devices", body("token", token()), auth(me)), "platform");
        assertField(http().post("/api/v1/me/devices", body("token", token(), "platform", "web", "locale", "français"), auth(me)), "locale");
        assertField(http().post("/api/v1/me/devices", body("token", token(), "platform", "web", "app_version", "1".repeat(33)), auth(me)), "app_version");
        assertField(http().post("/api/v1/me/devices", body("token", token(), "platform", "web", "colour", "red"), auth(me)), "colour");
        var malformed = http().post("/api/v1/me/devices", "{\"token\": ", auth(me));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("validation_error");
    }

    @Test
    void without_a_token_it_is_401() {
        var r = http().post("/api/v1/me/devices", body("token", token(), "platform", "web"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("auth_required");
        assertThat(http().delete("/api/v1/me/devices/" + token()).status()).isEqualTo(401);
    }

    private static void assertField(com.allocar.platform.testing.TestHttp.Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("validation_error");
        StringBuilder sb = new StringBuilder();
        r.body().path("error").path("details").path("fields").forEach(f -> sb.append(f.path("field").asString()).append(' '));
        assertThat(sb.toString()).as(r.toString()).contains(field);
    }
}
