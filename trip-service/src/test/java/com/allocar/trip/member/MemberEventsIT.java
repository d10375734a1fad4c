package com.allocar.trip.member;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestHttp;
import com.allocar.trip.support.IdentityEventsFixture;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The members read model follows identity's (and booking's) events, each applied once. */
class MemberEventsIT extends TripIT {

    private Map<String, Object> member(UUID id) {
        return jdbc.sql("SELECT first_name, last_name, photo_url, rating_avg, rating_count, kyc_status FROM members WHERE user_id = ?")
                .param(id).query().singleRow();
    }

    private long inboxRows(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ?::uuid").param(eventId).query(Long.class).single();
    }

    private static String id(String envelope) {
        return TestHttp.json().readTree(envelope).path("event_id").asString();
    }

    @Test
    void profileEventsAreAppliedOnceEvenWhenDeliveredTwice() {
        UUID user = UUID.randomUUID();
        IdentityEventsFixture.send("identity.users", user.toString(), IdentityEventsFixture.userRegistered(user, "Awa", "Koné"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "Awa".equals(memberFirstName(user)));
        assertThat(member(user)).containsEntry("kyc_status", "none").containsEntry("last_name", "Koné");

        String first = IdentityEventsFixture.userUpdated(UUID.randomUUID(), user, "Awa", "Koné", "http://s3/allocar-public/a.jpg", Instant.now());
        String second = IdentityEventsFixture.userUpdated(UUID.randomUUID(), user, "Awa", "Kouamé", "http://s3/allocar-public/b.jpg", Instant.now());
        IdentityEventsFixture.send("identity.users", user.toString(), first);
        IdentityEventsFixture.send("identity.users", user.toString(), second);
        IdentityEventsFixture.send("identity.users", user.toString(), first); // redelivered after a newer one: must change nothing
        String marker = IdentityEventsFixture.userRegistered(UUID.randomUUID(), "Marker", "Event");
        IdentityEventsFixture.send("identity.users", user.toString(), marker); // same partition: handled after the redelivery
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(id(marker)) == 1);

        assertThat(member(user)).containsEntry("last_name", "Kouamé").containsEntry("photo_url", "http://s3/allocar-public/b.jpg");
        assertThat(inboxRows(id(first))).isEqualTo(1);
        assertThat(inboxRows(id(second))).isEqualTo(1);
        // and drivers' summaries show it
        assertThat(memberFirstName(user)).isEqualTo("Awa");
    }

    @Test
    void kycFollowsTheNewestDecisionWhateverTheOrderOfArrival() {
        UUID user = UUID.randomUUID();
        Instant t0 = Instant.now().minusSeconds(60);
        String approved = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.approved", user, t0.plusSeconds(30));
        String olderRejection = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.rejected", user, t0);
        sendKyc(approved);
        await().atMost(Duration.ofSeconds(20)).until(() -> "approved".equals(kycStatus(user)));
        // a rejection of an older document, arriving late (another document id, so maybe another partition)
        sendKyc(olderRejection);
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(id(olderRejection)) == 1);
        assertThat(kycStatus(user)).isEqualTo("approved");
        // the same approval delivered twice is recorded once
        sendKyc(approved);
        String newer = IdentityEventsFixture.kyc(UUID.randomUUID(), "kyc.submitted", user, Instant.now());
        sendKyc(newer);
        await().atMost(Duration.ofSeconds(20)).until(() -> "pending".equals(kycStatus(user)));
        assertThat(inboxRows(id(approved))).isEqualTo(1);
        assertThat(member(user).get("first_name")).isNull();
    }

    @Test
    void ratingsFromBookingServiceShowOnTheDriversTrips() {
        UUID driver = driverWithKyc("Yao", "Konan");
        String tripId = publishedTrip(driver, 3).path("id").asString();
        String rated = IdentityEventsFixture.ratingUpdated(UUID.randomUUID(), driver, "4.50", 8, Instant.now());
        IdentityEventsFixture.send("booking.ratings", driver.toString(), rated);
        IdentityEventsFixture.send("booking.ratings", driver.toString(), rated);
        String older = IdentityEventsFixture.ratingUpdated(UUID.randomUUID(), driver, "3.00", 7, Instant.now().minusSeconds(3600));
        IdentityEventsFixture.send("booking.ratings", driver.toString(), older);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(id(older)) == 1);
        var driverView = http().get("/api/v1/trips/" + tripId).data().path("driver");
        assertThat(driverView.path("rating_avg").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(driverView.path("rating_count").asInt()).isEqualTo(8);
        assertThat(driverView.path("display_name").asString()).isEqualTo("Yao K.");
        assertThat(inboxRows(id(rated))).isEqualTo(1);
    }

    @Test
    void eventsOfOtherTypesAreIgnored() {
        UUID user = UUID.randomUUID();
        String verified = IdentityEventsFixture.envelope(UUID.randomUUID(), "user.verified", user.toString(), Instant.now(),
                Map.of("user_id", user.toString(), "channel", "phone", "verified_at", Instant.now().toString()));
        IdentityEventsFixture.send("identity.users", user.toString(), verified);
        String marker = IdentityEventsFixture.userRegistered(user, "Après", "Coup");
        IdentityEventsFixture.send("identity.users", user.toString(), marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Après".equals(memberFirstName(user)));
        assertThat(inboxRows(id(verified))).isZero();
    }

    private static void sendKyc(String envelope) {
        IdentityEventsFixture.send("identity.kyc", TestHttp.json().readTree(envelope).path("aggregate_id").asString(), envelope);
    }
}
