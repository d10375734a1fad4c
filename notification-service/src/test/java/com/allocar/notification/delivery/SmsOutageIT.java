package com.allocar.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregator down (the adapter pointed at a closed port): the attempt is logged failed, then sent by the retry job. */
class SmsOutageIT extends NotificationIT {

    @Autowired
    RetryFailed retry;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private double counted(String status) {
        var c = meters.find("allocar.notifications").tag("channel", "sms").tag("status", status).counter();
        return c == null ? 0 : c.count();
    }

    @AfterEach
    void back() {
        sms.up();
    }

    @Test
    void a_provider_that_is_down_delays_the_sms_and_the_job_sends_it_once_it_is_back() {
        Member passenger = member();
        Member driver = member();
        UUID booking = UUID.randomUUID();
        double failedBefore = counted("failed");
        double sentBefore = counted("sent");
        sms.down();
        var accepted = send("booking.bookings", "booking.accepted", booking,
                bookingChanged(booking, passenger, driver, "accepted", "pending", Instant.parse("2027-02-01T06:00:00Z")));
        eventually(() -> "failed".equals(attempt(accepted.eventId(), passenger.id(), "sms")));
        var row = jdbc.sql("SELECT attempts, error, next_attempt_at > now() FROM notifications WHERE event_id = ? AND user_id = ? AND channel = 'sms'")
                .params(accepted.eventId(), passenger.id())
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getBoolean(3)}).single();
        assertThat(row[0]).isEqualTo(1);
        assertThat((String) row[1]).contains("unreachable");
        assertThat(row[2]).as("due again later").isEqualTo(true);
        assertThat(attempt(accepted.eventId(), passenger.id(), "email")).as("the other channels are not held").isIn("pending", "sent");
        assertThat(smsTo(passenger.phone())).isEmpty();
        assertThat(counted("failed")).isGreaterThan(failedBefore);

        // not due yet: the job leaves it
        retry.run();
        assertThat(attempt(accepted.eventId(), passenger.id(), "sms")).isEqualTo("failed");

        sms.up();
        jdbc.sql("UPDATE notifications SET next_attempt_at = now() WHERE event_id = ? AND channel = 'sms'").param(accepted.eventId()).update();
        assertThat(retry.run()).isGreaterThanOrEqualTo(1);
        assertThat(attempt(accepted.eventId(), passenger.id(), "sms")).isEqualTo("sent");
        assertThat(jdbc.sql("SELECT attempts FROM notifications WHERE event_id = ? AND channel = 'sms'").param(accepted.eventId())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(smsTo(passenger.phone())).hasSize(1);
        assertThat(smsTo(passenger.phone()).get(0).path("text").asString()).contains("acceptée");
        assertThat(counted("sent")).isGreaterThan(sentBefore);
        // sent: the job never sends it again
        jdbc.sql("UPDATE notifications SET next_attempt_at = now() WHERE event_id = ? AND channel = 'sms'").param(accepted.eventId()).update();
        retry.run();
        assertThat(smsTo(passenger.phone())).hasSize(1);
    }
}
