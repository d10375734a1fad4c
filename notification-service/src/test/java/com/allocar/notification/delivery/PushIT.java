package com.allocar.notification.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push end to end: devices registered through the API, the owners' events on the real broker, the real FCM adapter
 * (Google's auth library, the key file the test devstack wrote) and devstack's fake FCM, which checks the JWT grant and
 * each message as Google does and answers FCM's errors for the tokens that ask for them.
 */
class PushIT extends NotificationIT {

    private final Instant departure = Instant.parse("2027-03-10T06:15:00Z");

    @Autowired
    RetryFailed retry;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void back() {
        push.withCredentials();
    }

    // ---------------------------------------------------------------- helpers

    private static String token(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "") + ":APA91bH" + UUID.randomUUID().toString().replace("-", "");
    }

    private String device(Member m, String prefix) {
        String token = token(prefix);
        var r = http().post("/api/v1/me/devices", body("token", token, "platform", "android", "app_version", "1.4.0"), auth(m.id()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return token;
    }

    private JsonNode pushesTo(String token) {
        return inbox.get("/api/push?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).body();
    }

    /** The driver's booking.paid of the last {@link #paid}. */
    private Sent driversEvent;

    /** A booking paid: booking.paid (the driver's) then check_in.issued, the passenger's confirmation — returned. */
    private Sent paid(Member passenger, Member driver) {
        UUID booking = UUID.randomUUID();
        driversEvent = send("booking.bookings", "booking.paid", booking, bookingChanged(booking, passenger, driver, "paid", "accepted", departure));
        return send("booking.bookings", "check_in.issued", booking, checkInIssued(booking, passenger, driver, "K7PX3M9Q", departure));
    }

    private Map<String, Object> pushRow(UUID eventId, UUID user) {
        return jdbc.sql("""
                SELECT status, provider_id, error, attempts, next_attempt_at > now() + interval '25 seconds' AS later,
                    extract(epoch FROM next_attempt_at - now()) AS wait, subject, text_body
                FROM notifications WHERE event_id = ? AND user_id = ? AND channel = 'push'""").params(eventId, user).query().singleRow();
    }

    private void due(UUID eventId) {
        jdbc.sql("UPDATE notifications SET next_attempt_at = now() WHERE event_id = ? AND channel = 'push' AND status = 'failed'").param(eventId)
                .update();
    }

    private boolean hasDevice(String token) {
        return jdbc.sql("SELECT count(*) FROM device_tokens WHERE token = ?").param(token).query(Long.class).single() == 1;
    }

    private List<String> deviceLines(UUID eventId, UUID user) {
        return jdbc.sql("""
                SELECT d.status FROM push_deliveries d JOIN notifications n ON n.id = d.notification_id
                WHERE n.event_id = ? AND n.user_id = ? ORDER BY d.status""").params(eventId, user).query(String.class).list();
    }

    private double removed(String reason) {
        var c = meters.find("allocar.notification.devices.removed").tag("reason", reason).counter();
        return c == null ? 0 : c.count();
    }

    // ---------------------------------------------------------------- tests

    @Test
    void a_paid_booking_reaches_the_passengers_device_through_fcm_with_title_body_and_data() {
        Member passenger = member();
        Member driver = member("en");
        String phone = device(passenger, "it-");
        var paid = paid(passenger, driver);
        eventually(() -> "sent".equals(attempt(paid.eventId(), passenger.id(), "push")));

        JsonNode pushes = pushesTo(phone);
        assertThat(pushes).hasSize(1);
        JsonNode p = pushes.get(0);
        Map<String, Object> row = pushRow(paid.eventId(), passenger.id());
        assertThat(row.get("provider_id")).as("FCM's message name").isEqualTo(p.path("name").asString());
        assertThat(p.path("title").asString()).isEqualTo("Réservation confirmée").isEqualTo(row.get("subject"));
        assertThat(p.path("body").asString()).isEqualTo(row.get("text_body"));
        assertThat(p.path("data").path("template").asString()).isEqualTo("booking_confirmed");
        assertThat(p.path("data").path("booking_id").asString()).isEqualTo(paid.key());
        JsonNode message = p.path("message");
        assertThat(message.path("android").path("priority").asString()).isEqualTo("high");
        assertThat(message.path("android").path("ttl").asString()).isEqualTo("86400s");
        assertThat(message.path("apns").path("headers").path("apns-priority").asString()).isEqualTo("10");
        assertThat(deviceLines(paid.eventId(), passenger.id())).containsExactly("sent");

        // the driver has no device: skipped, and said why
        eventually(() -> "skipped".equals(attempt(driversEvent.eventId(), driver.id(), "push")));
        assertThat(pushRow(driversEvent.eventId(), driver.id()).get("error")).isEqualTo("no_device");
        assertThat(p.path("body").asString()).contains("K7PX3M9Q");
    }

    @Test
    void a_stale_token_removes_its_device_and_the_attempt_says_why() {
        Member passenger = member();
        Member driver = member();
        String gone = device(passenger, "unregistered-");
        String other = device(driver, "mismatch-");
        double unregistered = removed("unregistered");
        double mismatch = removed("sender_id_mismatch");
        var paid = paid(passenger, driver);
        var drivers = driversEvent;
        eventually(() -> "failed".equals(attempt(paid.eventId(), passenger.id(), "push")) && "failed".equals(attempt(drivers.eventId(), driver.id(), "push")));

        Map<String, Object> row = pushRow(paid.eventId(), passenger.id());
        assertThat((String) row.get("error")).contains("removed").contains("404").contains("UNREGISTERED").contains("…" + gone.substring(gone.length() - 6))
                .doesNotContain(gone);
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("later")).as("given up: no next attempt").isNull();
        assertThat(hasDevice(gone)).isFalse();
        assertThat(deviceLines(paid.eventId(), passenger.id())).containsExactly("removed");
        assertThat((String) pushRow(drivers.eventId(), driver.id()).get("error")).contains("SENDER_ID_MISMATCH");
        assertThat(hasDevice(other)).isFalse();
        assertThat(removed("unregistered")).isEqualTo(unregistered + 1);
        assertThat(removed("sender_id_mismatch")).isEqualTo(mismatch + 1);

        // given up (no next attempt): the job never takes it again; the next event finds no device
        retry.run();
        assertThat(pushRow(paid.eventId(), passenger.id()).get("attempts")).isEqualTo(1);
        var again = paid(passenger, driver);
        eventually(() -> "skipped".equals(attempt(again.eventId(), passenger.id(), "push")));
        assertThat(pushRow(again.eventId(), passenger.id()).get("error")).isEqualTo("no_device");
    }

    @Test
    void fcm_unavailable_delays_the_push_and_the_job_sends_it_once_fcm_is_back() {
        Member passenger = member();
        String phone = device(passenger, "unavailable-1x-");
        var paid = paid(passenger, member());
        eventually(() -> "failed".equals(attempt(paid.eventId(), passenger.id(), "push")));
        Map<String, Object> row = pushRow(paid.eventId(), passenger.id());
        assertThat((String) row.get("error")).contains("503").contains("UNAVAILABLE");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("later")).as("the job's schedule (30 s), FCM's Retry-After (1 s) being shorter").isEqualTo(true);
        assertThat(hasDevice(phone)).as("an outage is not the device's fault").isTrue();
        assertThat(pushesTo(phone)).isEmpty();

        retry.run();
        assertThat(attempt(paid.eventId(), passenger.id(), "push")).as("not due yet").isEqualTo("failed");

        due(paid.eventId());
        assertThat(retry.run()).isGreaterThanOrEqualTo(1);
        assertThat(attempt(paid.eventId(), passenger.id(), "push")).isEqualTo("sent");
        assertThat(pushRow(paid.eventId(), passenger.id()).get("attempts")).isEqualTo(2);
        assertThat(pushesTo(phone)).hasSize(1);
    }

    @Test
    void a_quota_answer_is_not_retried_before_its_retry_after() {
        Member passenger = member();
        String phone = device(passenger, "quota-1x-");
        var paid = paid(passenger, member());
        eventually(() -> "failed".equals(attempt(paid.eventId(), passenger.id(), "push")));
        Map<String, Object> row = pushRow(paid.eventId(), passenger.id());
        assertThat((String) row.get("error")).contains("429").contains("QUOTA_EXCEEDED");
        assertThat(((Number) row.get("wait")).doubleValue()).as("Retry-After: 60 beats the schedule's 30 s").isGreaterThan(55);
        due(paid.eventId());
        retry.run();
        assertThat(attempt(paid.eventId(), passenger.id(), "push")).isEqualTo("sent");
        assertThat(pushesTo(phone)).hasSize(1);
    }

    @Test
    void two_devices_get_a_push_each_and_a_retry_never_sends_again_to_the_one_that_got_it() {
        Member passenger = member();
        String phone = device(passenger, "it-");
        String tablet = device(passenger, "unavailable-1x-");
        var paid = paid(passenger, member());
        eventually(() -> "failed".equals(attempt(paid.eventId(), passenger.id(), "push")));

        // a partial success: logged failed (one device to try again), with the name of the push that reached the phone
        Map<String, Object> row = pushRow(paid.eventId(), passenger.id());
        String phoneName = pushesTo(phone).get(0).path("name").asString();
        assertThat(row.get("provider_id")).isEqualTo(phoneName);
        assertThat((String) row.get("error")).startsWith("1 of 2 device(s) to try again (1 reached)");
        assertThat(deviceLines(paid.eventId(), passenger.id())).containsExactly("failed", "sent");
        assertThat(pushesTo(tablet)).isEmpty();

        due(paid.eventId());
        retry.run();
        assertThat(attempt(paid.eventId(), passenger.id(), "push")).isEqualTo("sent");
        assertThat(pushesTo(phone)).as("the phone is not sent it again").hasSize(1);
        assertThat(pushesTo(tablet)).hasSize(1);
        assertThat((String) pushRow(paid.eventId(), passenger.id()).get("provider_id")).contains(phoneName)
                .contains(pushesTo(tablet).get(0).path("name").asString());
        assertThat(deviceLines(paid.eventId(), passenger.id())).containsExactly("sent", "sent");
    }

    @Test
    void without_credentials_push_is_skipped_as_not_configured() {
        Member passenger = member();
        String phone = device(passenger, "it-");
        push.withoutCredentials();
        var paid = paid(passenger, member());
        eventually(() -> "sent".equals(attempt(paid.eventId(), passenger.id(), "in_app")));
        assertThat(attempt(paid.eventId(), passenger.id(), "push")).isEqualTo("skipped");
        assertThat(pushRow(paid.eventId(), passenger.id()).get("error")).isEqualTo("push_not_configured");
        assertThat(pushesTo(phone)).isEmpty();
    }
}
