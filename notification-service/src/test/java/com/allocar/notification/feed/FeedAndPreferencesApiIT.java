package com.allocar.notification.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /me/notifications, POST /me/notifications/read, GET/PATCH /me/notification-preferences. */
class FeedAndPreferencesApiIT extends NotificationIT {

    private List<UUID> feed(UUID user, int n) {
        List<UUID> ids = new ArrayList<>();
        Instant t = Instant.now().minusSeconds(600);
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO feed_items (id, user_id, template, category, title, body, data, event_id, created_at)
                    VALUES (?, ?, 'booking_requested', 'booking', ?, 'body', '{"booking_id":"x"}', ?, ?)""")
                    .params(id, user, "title " + i, UUID.randomUUID(), Timestamp.from(t.plusSeconds(i))).update();
            ids.add(id);
        }
        return ids;
    }

    @Test
    void the_feed_is_mine_newest_first_paginated_and_filtered_on_unread() {
        UUID me = UUID.randomUUID();
        List<UUID> ids = feed(me, 5);
        feed(UUID.randomUUID(), 3);
        var page = http().get("/api/v1/me/notifications?page=1&page_size=2", auth(me));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.data()).hasSize(2);
        assertThat(page.data().get(0).path("id").asString()).isEqualTo(ids.get(4).toString());
        assertThat(page.data().get(0).path("read").asBoolean()).isFalse();
        assertThat(page.data().get(0).path("data").path("booking_id").asString()).isEqualTo("x");
        var pagination = page.body().path("meta").path("pagination");
        assertThat(pagination.path("total").asLong()).isEqualTo(5);
        assertThat(pagination.path("page_count").asInt()).isEqualTo(3);

        var marked = http().post("/api/v1/me/notifications/read", body("ids", List.of(ids.get(4), ids.get(3))), auth(me));
        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.data().path("marked").asInt()).isEqualTo(2);
        assertThat(marked.data().path("unread_count").asLong()).isEqualTo(3);
        var unread = http().get("/api/v1/me/notifications?unread_only=true", auth(me));
        assertThat(unread.data()).hasSize(3);
        assertThat(unread.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(3);

        var all = http().post("/api/v1/me/notifications/read", body("all", true), auth(me));
        assertThat(all.data().path("marked").asInt()).isEqualTo(3);
        assertThat(all.data().path("unread_count").asLong()).isZero();
        assertThat(http().get("/api/v1/me/notifications?unread_only=true", auth(me)).data()).isEmpty();
    }

    @Test
    void another_member_s_notification_cannot_be_marked_and_nothing_is_marked_then() {
        UUID me = UUID.randomUUID();
        UUID mine = feed(me, 1).getFirst();
        UUID theirs = feed(UUID.randomUUID(), 1).getFirst();
        var r = http().post("/api/v1/me/notifications/read", body("ids", List.of(mine, theirs)), auth(me));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("not_found");
        assertThat(r.body().path("error").path("details").path("ids").get(0).asString()).isEqualTo(theirs.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM feed_items WHERE read_at IS NOT NULL AND id IN (?, ?)").params(mine, theirs)
                .query(Long.class).single()).isZero();
    }

    @Test
    void bad_feed_requests_are_validation_errors() {
        UUID me = UUID.randomUUID();
        assertThat(http().get("/api/v1/me/notifications?page_size=101", auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().get("/api/v1/me/notifications?unread_only=maybe", auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().get("/api/v1/me/notifications?colour=red", auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().post("/api/v1/me/notifications/read", body(), auth(me)).status()).isEqualTo(400);
        assertThat(http().post("/api/v1/me/notifications/read", body("all", false), auth(me)).status()).isEqualTo(400);
        assertThat(http().post("/api/v1/me/notifications/read", body("all", true, "ids", List.of(UUID.randomUUID())), auth(me)).status())
                .isEqualTo(400);
        assertThat(http().post("/api/v1/me/notifications/read", body("ids", List.of()), auth(me)).status()).isEqualTo(400);
        assertThat(http().post("/api/v1/me/notifications/read", body("ids", List.of("not-a-uuid")), auth(me)).status()).isEqualTo(400);
        assertThat(http().get("/api/v1/me/notifications").status()).isEqualTo(401);
    }

    @Test
    void preferences_default_to_on_except_marketing_and_transactional_ones_are_locked() {
        UUID me = UUID.randomUUID();
        var r = http().get("/api/v1/me/notification-preferences", auth(me));
        assertThat(r.status()).isEqualTo(200);
        Map<String, Boolean> enabled = new java.util.HashMap<>();
        Map<String, Boolean> locked = new java.util.HashMap<>();
        r.data().forEach(l -> {
            enabled.put(l.path("category").asString(), l.path("enabled").asBoolean());
            locked.put(l.path("category").asString(), l.path("locked").asBoolean());
        });
        assertThat(enabled).containsEntry("marketing", false).containsEntry("booking", true).containsEntry("payment", true);
        assertThat(locked).containsEntry("otp", true).containsEntry("payment", true).containsEntry("safety", true).containsEntry("support", true)
                .containsEntry("chat", false);
    }

    @Test
    void a_member_opts_in_to_marketing_and_out_of_chat_but_not_out_of_payment() {
        UUID me = UUID.randomUUID();
        var ok = http().patch("/api/v1/me/notification-preferences", body("marketing", true, "chat", false), auth(me));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.raw()).contains("\"category\":\"marketing\",\"enabled\":true").contains("\"category\":\"chat\",\"enabled\":false");
        var refused = http().patch("/api/v1/me/notification-preferences", body("payment", false, "booking", false), auth(me));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("conflict");
        assertThat(refused.body().path("error").path("details").path("category").asString()).isEqualTo("payment");
        assertThat(http().get("/api/v1/me/notification-preferences", auth(me)).raw()).as("nothing of the refused change applied")
                .contains("\"category\":\"booking\",\"enabled\":true");
        assertThat(http().patch("/api/v1/me/notification-preferences", body("payment", true), auth(me)).status()).isEqualTo(200);
        assertThat(http().patch("/api/v1/me/notification-preferences", body("newsletter", true), auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().patch("/api/v1/me/notification-preferences", body("chat", "yes"), auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().patch("/api/v1/me/notification-preferences", body(), auth(me)).errorCode()).isEqualTo("validation_error");
        assertThat(http().patch("/api/v1/me/notification-preferences", body("chat", true)).status()).isEqualTo(401);
    }
}
