package com.allocar.admin.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * identity's, trip's and booking's events on the real Kafka become usage facts once; the usage report counts them per
 * day and over the period (a driver active on two days is one active driver) with the conversion search → booking → paid.
 */
class UsageReportIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    /** Two days of a far month of their own, so that other tests' events never fall in them. */
    private final LocalDate day = LocalDate.of(2031 + ThreadLocalRandom.current().nextInt(40), 5, 14);

    private Instant at(LocalDate d, int hour) {
        return d.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private String send(String topic, String type, String key, Instant at, Map<String, Object> payload) {
        String envelope = TestEvents.envelope(UUID.randomUUID(), type, key, at, payload);
        TestEvents.send(topic, key, envelope);
        return envelope;
    }

    private long facts() {
        return jdbc.sql("SELECT count(*) FROM usage_facts WHERE occurred_at >= ? AND occurred_at < ?")
                .params(java.sql.Timestamp.from(at(day, 0)), java.sql.Timestamp.from(at(day.plusDays(2), 0))).query(Long.class).single();
    }

    @Test
    void eventsAreCountedOncePerDayAndOverThePeriodWithTheConversion() throws Exception {
        UUID driver = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            String member = UUID.randomUUID().toString();
            send("identity.users", "user.registered", member, at(day, 8), Map.of("user_id", member, "sign_up_method", "phone"));
        }
        String firstTrip = UUID.randomUUID().toString();
        String published = send("trip.trips", "trip.published", firstTrip, at(day, 9), Map.of("trip_id", firstTrip, "driver_id", driver.toString()));
        String secondTrip = UUID.randomUUID().toString();
        send("trip.trips", "trip.published", secondTrip, at(day.plusDays(1), 9), Map.of("trip_id", secondTrip, "driver_id", driver.toString()));
        send("trip.searches", "search.volume", "trip-1", at(day, 10), Map.of("instance_id", "trip-1", "window_start", at(day, 9).toString(),
                "window_end", at(day, 10).toString(), "searches", 5));
        send("trip.searches", "search.volume", "trip-2", at(day, 10), Map.of("instance_id", "trip-2", "window_start", at(day, 9).toString(),
                "window_end", at(day, 10).toString(), "searches", 3));
        for (int i = 0; i < 3; i++) {
            String booking = UUID.randomUUID().toString();
            send("booking.bookings", "booking.created", booking, at(day, 11), Map.of("booking_id", booking, "status", "pending"));
            if (i == 0) {
                send("booking.bookings", "booking.paid", booking, at(day, 12), Map.of("booking_id", booking, "status", "paid"));
            }
        }
        // not counted: another type of a counted topic
        String other = UUID.randomUUID().toString();
        send("booking.bookings", "booking.accepted", other, at(day, 11), Map.of("booking_id", other));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> facts() == 10);
        // the same trip.published again (a redelivery), then a later event of its partition: counted once
        TestEvents.send("trip.trips", firstTrip, published);
        send("trip.trips", "trip.updated", firstTrip, at(day, 13), Map.of("trip_id", firstTrip));
        String marker = UUID.randomUUID().toString();
        send("identity.users", "user.registered", marker, at(day.plusDays(1), 7), Map.of("user_id", marker));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> facts() == 11);

        String period = day + ".." + day.plusDays(1);
        var r = http().get("/api/v1/admin/reports/usage?period=" + period, as("ops"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var first = r.data().path("days").get(0);
        assertThat(first.path("signups").asInt()).isEqualTo(2);
        assertThat(first.path("active_drivers").asInt()).isEqualTo(1);
        assertThat(first.path("trips_published").asInt()).isEqualTo(1);
        assertThat(first.path("searches").asInt()).isEqualTo(8);
        assertThat(first.path("bookings_created").asInt()).isEqualTo(3);
        assertThat(first.path("bookings_paid").asInt()).isEqualTo(1);
        assertThat(first.path("search_to_booking_percent").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(first.path("booking_to_paid_percent").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(first.path("search_to_paid_percent").decimalValue()).isEqualByComparingTo("12.5");
        var second = r.data().path("days").get(1);
        assertThat(second.path("searches").asInt()).isZero();
        assertThat(second.path("search_to_booking_percent").isNull()).as("nothing to convert from").isTrue();
        var totals = r.data().path("totals");
        assertThat(totals.path("active_drivers").asInt()).as("one driver on two days").isEqualTo(1);
        assertThat(totals.path("trips_published").asInt()).isEqualTo(2);
        assertThat(totals.path("signups").asInt()).isEqualTo(3);

        var csv = http().download("/api/v1/admin/reports/usage?format=csv&period=" + period, as("finance"));
        String[] lines = csv.text().substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("day,signups,active_drivers,trips_published,searches,bookings_created,bookings_paid,"
                + "search_to_booking_percent,booking_to_paid_percent,search_to_paid_percent");
        assertThat(lines[1]).isEqualTo(day + ",2,1,1,8,3,1,37.5,33.33,12.5");
        assertThat(lines[2]).isEqualTo(day.plusDays(1) + ",1,1,1,0,0,0,,,");
        var pdf = http().download("/api/v1/admin/reports/usage?format=pdf&period=" + period, as("super"));
        try (var reader = new PdfReader(pdf.bytes())) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("usage " + period).contains("37,5 %").contains("33,33 %");
        }
        assertThat(http().get("/api/v1/admin/reports/usage?period=" + period, as("support")).status()).isEqualTo(403);
    }

    @Test
    void aSearchVolumeWithoutItsCountGoesToTheDeadLetterTopic() {
        String key = "trip-" + UUID.randomUUID();
        send("trip.searches", "search.volume", key, Instant.now(), Map.of("instance_id", key, "searches", "beaucoup"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.searches.dlt", key,
                Duration.ofSeconds(1)).isEmpty());
    }
}
