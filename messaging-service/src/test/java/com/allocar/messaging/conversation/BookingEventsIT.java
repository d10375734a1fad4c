package com.allocar.messaging.conversation;

import java.time.Instant;

import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversations read model fed by the real broker: each event applied once, never backwards. */
class BookingEventsIT extends MessagingIT {

    @Test
    void a_redelivered_event_is_applied_once() {
        Booking b = Booking.fresh();
        Instant t0 = Instant.now().minusSeconds(30);
        var created = BookingEvents.created(b, t0).send();
        eventually(() -> "pending".equals(status(b.id())));
        // the state moved on without an event (as a lookup would leave it); the redelivered event must not apply again
        jdbc.sql("UPDATE conversations SET status = 'accepted', state_at = ? WHERE booking_id = ?")
                .params(java.sql.Timestamp.from(t0.minusSeconds(10)), b.id()).update();
        created.send();
        Booking marker = afterTheRedelivery();
        assertThat(status(marker.id())).isEqualTo("pending");
        assertThat(status(b.id())).as("the redelivered booking.created changed nothing").isEqualTo("accepted");
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = ? AND consumer = 'messaging.bookings'").param(created.eventId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_older_event_never_overwrites_a_newer_state() {
        Booking b = Booking.fresh();
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        BookingEvents.completed(b, t).send();
        eventually(() -> "completed".equals(status(b.id())));
        BookingEvents.paid(b, t.minusSeconds(3600)).send();
        Booking marker = afterTheRedelivery();
        assertThat(status(marker.id())).isEqualTo("pending");
        assertThat(status(b.id())).isEqualTo("completed");
        assertThat(jdbc.sql("SELECT ended_at FROM conversations WHERE booking_id = ?").param(b.id()).query(java.time.OffsetDateTime.class)
                .single().toInstant()).isEqualTo(t);
    }

    @Test
    void events_move_the_read_model_in_order_and_other_types_or_garbage_are_skipped() {
        Booking b = Booking.fresh();
        Instant t = Instant.now().minusSeconds(60);
        BookingEvents.created(b, t).send();
        BookingEvents.accepted(b, t.plusSeconds(1)).send();
        BookingEvents.paid(b, t.plusSeconds(2)).send();
        TestEvents.send(BookingEvents.TOPIC, b.id().toString(), "{\"hello\": \"not a booking event\"}");
        TestEvents.send(BookingEvents.TOPIC, b.id().toString(), TestEvents.envelope("driver.penalized", b.id().toString(),
                java.util.Map.of("penalty_id", b.id().toString())));
        BookingEvents.cancelled(b, t.plusSeconds(3)).send();
        eventually(() -> "cancelled".equals(status(b.id())));
        assertThat(jdbc.sql("SELECT cancelled_at IS NOT NULL FROM conversations WHERE booking_id = ?").param(b.id())
                .query(Boolean.class).single()).isTrue();
        // the garbage is not lost: it waits in the dead-letter topic, with where it came from; the foreign type is not there
        var dead = KafkaProbe.recordsWithKey(TestInfra.KAFKA, BookingEvents.TOPIC + ".dlt", b.id().toString(), java.time.Duration.ofSeconds(1));
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.value()).contains("not a booking event");
            assertThat(new String(r.headers().lastHeader("kafka_dlt-original-consumer-group").value())).isEqualTo("messaging-service");
            assertThat(new String(r.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value())).endsWith("PoisonEvent");
        });
    }

    /** A fresh booking's first event, sent after what is being tested: once it is applied, everything before it was (one partition). */
    private Booking afterTheRedelivery() {
        Booking marker = Booking.fresh();
        BookingEvents.created(marker, Instant.now()).send();
        eventually(() -> status(marker.id()) != null);
        return marker;
    }
}
