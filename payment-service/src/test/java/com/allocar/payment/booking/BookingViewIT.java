package com.allocar.payment.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.BookingEvents;
import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Payment's view of bookings: fed by booking.bookings, completed by one question to booking-service when it lags. */
class BookingViewIT extends PaymentIT {

    @Test
    void anAcceptedBookingHeardOnTheTopicIsPaidWithoutAskingBookingService() {
        UUID passenger = UUID.randomUUID();
        UUID booking = UUID.randomUUID(); // booking-service's fake does not know it: only the event tells
        Instant departure = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        send(UUID.randomUUID(), "booking.created", changed(booking, passenger, "pending", departure, Instant.now().minusSeconds(2)));
        send(UUID.randomUUID(), "booking.accepted", changed(booking, passenger, "accepted", departure, Instant.now().minusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "accepted".equals(viewStatus(booking)));

        var r = init(passenger, booking, "wave");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(lookups(booking)).isZero();
    }

    @Test
    void aBookingNotHeardYetIsAskedOnceAndRemembered() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        assertThat(init(passenger, booking, "wave").status()).isEqualTo(200);
        assertThat(viewStatus(booking)).isEqualTo("accepted");
        assertThat(init(passenger, booking, "wave").status()).isEqualTo(200); // resumes; the view answers
        assertThat(lookups(booking)).isEqualTo(1);
    }

    @Test
    void aBookingNotYetAcceptedInTheViewIsAskedAgainBeforeARefusal() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger); // booking-service already accepted it; the view still says pending
        send(UUID.randomUUID(), "booking.created", changed(booking, passenger, "pending", Instant.now().plus(1, ChronoUnit.DAYS),
                Instant.now().minusSeconds(30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "pending".equals(viewStatus(booking)));
        var r = init(passenger, booking, "wave");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(viewStatus(booking)).isEqualTo("accepted");
        assertThat(lookups(booking)).isEqualTo(1);
    }

    @Test
    void anOlderEventNeverOverwritesANewerFactAndUnknownTypesAreIgnored() {
        UUID passenger = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        Instant departure = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant later = departure.plus(3, ChronoUnit.HOURS);
        Instant now = Instant.now();
        send(UUID.randomUUID(), "booking.paid", changed(booking, passenger, "paid", departure, now.minusSeconds(5)));
        send(UUID.randomUUID(), "booking.accepted", changed(booking, passenger, "accepted", departure, now.minusSeconds(10)));
        send(UUID.randomUUID(), "booking.teleported", changed(booking, passenger, "teleported", departure, now));
        send(UUID.randomUUID(), "booking.rescheduled", changed(booking, passenger, "paid", later, now.minusSeconds(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> later.equals(viewDeparture(booking)));
        assertThat(viewStatus(booking)).isEqualTo("paid");
    }

    private static void send(UUID eventId, String type, Map<String, Object> payload) {
        BookingEvents.send(payload.get("booking_id").toString(), BookingEvents.envelope(eventId, type, payload.get("booking_id").toString(), payload));
    }

    private static Map<String, Object> changed(UUID booking, UUID passenger, String status, Instant departure, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("booking_id", booking.toString());
        p.put("trip_id", UUID.randomUUID().toString());
        p.put("passenger_id", passenger.toString());
        p.put("driver_id", UUID.randomUUID().toString());
        p.put("seats", 2);
        p.put("amount_total", 12000);
        p.put("currency", "XOF");
        p.put("status", status);
        p.put("previous_status", null);
        p.put("by", "passenger");
        p.put("departure_time", departure.toString());
        p.put("occurred_at", at.toString());
        return p;
    }

    private String viewStatus(UUID booking) {
        return jdbc.sql("SELECT status FROM booking_view WHERE booking_id = ?").param(booking).query(String.class).optional().orElse(null);
    }

    private Instant viewDeparture(UUID booking) {
        return jdbc.sql("SELECT departure_time FROM booking_view WHERE booking_id = ?").param(booking)
                .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).optional().orElse(null);
    }

    private static long lookups(UUID booking) {
        return BOOKINGS.received().stream().filter(q -> q.path().equals("/internal/bookings/" + booking)).count();
    }
}
