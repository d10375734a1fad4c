package com.allocar.e2e;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What members hear, through the gateway with the fleet — two notification-service instances on one consumer group —
 * and devstack: pushes as the fake FCM accepted them (after checking the service-account grant and the message as
 * Google would), SMS as the fake Orange aggregator took them, e-mails as the SMTP server received them.
 */
class NotificationJourneyE2E {

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);
    private final TestHttp devstack = new TestHttp(TestInfra.DEVSTACK_HTTP);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void aBookingIsToldToBothPartiesOnceWithTheCheckInCodeAndTheH2ReminderFiresOnceAcrossTwoInstances() {
        Member driver = Members.signUp(http, "Yao", "Kouassi");
        Members.approvedKyc(http, driver);
        String driverPhone = device(driver, "e2e-driver-");
        // leaves in 2 h 75 s: its H-2 reminder falls due 75 s from now; its H-24 is past at payment (skipped)
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(Duration.ofHours(2)).plusSeconds(75), 7000));
        Member passenger = Members.signUp(http, "Adjoua", "Konan");
        String passengerPhone = device(passenger, "e2e-passenger-");

        // the request reaches the driver's phone
        var booked = http.post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), passenger.auth("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String bookingId = booked.data().path("id").asString();
        JsonNode request = awaitPush(driverPhone, "booking_requested", bookingId);
        assertThat(request.path("title").asString()).isNotBlank();
        assertThat(request.path("message").path("token").asString()).isEqualTo(driverPhone);

        // paid, and the same payment.succeeded delivered twice
        assertThat(http.post("/api/v1/bookings/" + bookingId + "/accept", null, driver.auth()).status()).isEqualTo(200);
        Runnable redeliver = PaymentEvents.succeeded(UUID.fromString(bookingId), passenger.id(), driver.id(), new BigDecimal("7000"));
        redeliver.run();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> http.get("/api/v1/bookings/" + bookingId, passenger.auth()).data().path("status").asString(), "paid"::equals);
        String code = http.get("/api/v1/bookings/" + bookingId, passenger.auth()).data().path("check_in").path("short_code").asString();
        assertThat(code).hasSize(8);

        // the passenger's confirmation: a push and an SMS, each with the check-in code; the driver's "seat paid" push
        JsonNode confirmation = awaitPush(passengerPhone, "booking_confirmed", bookingId);
        assertThat(confirmation.path("body").asString()).contains(code);
        awaitPush(driverPhone, "booking_paid_driver", bookingId);
        await().atMost(Duration.ofSeconds(30)).until(() -> !sms(passenger.phone(), code).isEmpty());

        // H-2: due 75 s after the trip was published; both instances run the job every 3 s
        JsonNode reminder = await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pushes(passengerPhone, "reminder_h2", bookingId), l -> !l.isEmpty()).getFirst();
        assertThat(reminder.path("title").asString()).isNotBlank();
        awaitPush(driverPhone, "reminder_h2_driver", null);

        // an e-mail member hears by e-mail; their phone's stale token (FCM: UNREGISTERED) is removed
        String email = "adjoa." + UUID.randomUUID().toString().substring(0, 8) + "@example.ci";
        Member byMail = Members.signUpByEmail(http, email, "Ama", "Boni");
        String stale = device(byMail, "unregistered-");
        String second = Members.paidBooking(http, driver, byMail, tripId, new BigDecimal("7000"));
        String secondCode = http.get("/api/v1/bookings/" + second, byMail.auth()).data().path("check_in").path("short_code").asString();
        JsonNode mail = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> mails(email, secondCode), l -> !l.isEmpty()).getFirst();
        assertThat(mail.path("subject").asString()).startsWith("Réservation confirmée");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.delete("/api/v1/me/devices/" + stale, byMail.auth()).status() == 404);
        assertThat(pushesTo(stale)).as("FCM refused it: nothing delivered").isEmpty();

        // by now both instances have run the reminders job many times and the second booking's events were drained
        // behind the first's redelivered payment: each thing was said once
        assertThat(pushes(passengerPhone, "booking_confirmed", bookingId)).hasSize(1);
        assertThat(sms(passenger.phone(), code)).as("one confirmation SMS").hasSize(1);
        assertThat(pushes(passengerPhone, "reminder_h2", bookingId)).hasSize(1);
        assertThat(pushes(driverPhone, "reminder_h2_driver", null)).as("one driver reminder per trip").hasSize(1);
        assertThat(pushes(passengerPhone, "reminder_h24", bookingId)).as("H-24 was past at payment").isEmpty();
        var feed = http.get("/api/v1/me/notifications", passenger.auth());
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(templates(feed.data())).containsExactlyInAnyOrder("welcome", "booking_accepted", "booking_confirmed", "reminder_h2");
    }

    private String device(Member member, String prefix) {
        String token = prefix + UUID.randomUUID().toString().replace("-", "") + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
        var r = http.post("/api/v1/me/devices", Map.of("token", token, "platform", "android", "app_version", "2.3.0", "locale", "fr"), member.auth());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return token;
    }

    private JsonNode awaitPush(String token, String template, String bookingId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> pushes(token, template, bookingId), l -> !l.isEmpty()).getFirst();
    }

    private List<JsonNode> pushesTo(String token) {
        List<JsonNode> out = new ArrayList<>();
        devstack.get("/api/push?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)).body().forEach(out::add);
        return out;
    }

    /** The pushes the fake FCM accepted for {@code token} of this template (and booking, when given). */
    private List<JsonNode> pushes(String token, String template, String bookingId) {
        return pushesTo(token).stream().filter(p -> template.equals(p.path("data").path("template").asString()))
                .filter(p -> bookingId == null || bookingId.equals(p.path("data").path("booking_id").asString())).toList();
    }

    private List<JsonNode> sms(String phone, String containing) {
        List<JsonNode> out = new ArrayList<>();
        devstack.get("/api/sms?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)).body().forEach(m -> {
            if (m.path("text").asString().contains(containing)) {
                out.add(m);
            }
        });
        return out;
    }

    private List<JsonNode> mails(String to, String containing) {
        List<JsonNode> out = new ArrayList<>();
        devstack.get("/api/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8)).body().forEach(m -> {
            if (m.path("body").asString().contains(containing)) {
                out.add(m);
            }
        });
        return out;
    }

    private static List<String> templates(JsonNode feed) {
        List<String> out = new ArrayList<>();
        feed.forEach(n -> out.add(n.path("template").asString()));
        return out;
    }
}
