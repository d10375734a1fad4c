package com.allocar.notification.reminder;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.allocar.notification.reminder.ReminderKind.H2;
import static com.allocar.notification.reminder.ReminderKind.H24;
import static com.allocar.notification.reminder.ReminderStatus.CANCELLED;
import static com.allocar.notification.reminder.ReminderStatus.SCHEDULED;
import static com.allocar.notification.reminder.ReminderStatus.SENT;
import static com.allocar.notification.reminder.ReminderStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTest {

    private static final Instant DEPARTURE = Instant.parse("2026-12-24T07:30:00Z");

    private static Instant before(long hours, long minutes) {
        return DEPARTURE.minus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    @Test
    void h24_is_due_a_day_before_and_h2_two_hours_before() {
        assertThat(ReminderSchedule.due(H24, DEPARTURE)).isEqualTo(Instant.parse("2026-12-23T07:30:00Z"));
        assertThat(ReminderSchedule.due(H2, DEPARTURE)).isEqualTo(Instant.parse("2026-12-24T05:30:00Z"));
    }

    @Test
    void paid_days_ahead_both_are_scheduled() {
        Instant at = before(72, 0);
        assertThat(ReminderSchedule.onPaid(H24, DEPARTURE, at)).isEqualTo(SCHEDULED);
        assertThat(ReminderSchedule.onPaid(H2, DEPARTURE, at)).isEqualTo(SCHEDULED);
    }

    @Test
    void paid_five_hours_ahead_only_h2_is_scheduled() {
        Instant at = before(5, 0);
        assertThat(ReminderSchedule.onPaid(H24, DEPARTURE, at)).isEqualTo(SKIPPED);
        assertThat(ReminderSchedule.onPaid(H2, DEPARTURE, at)).isEqualTo(SCHEDULED);
    }

    @Test
    void paid_at_or_after_a_moment_skips_it() {
        assertThat(ReminderSchedule.onPaid(H2, DEPARTURE, before(2, 0))).as("exactly at its moment").isEqualTo(SKIPPED);
        assertThat(ReminderSchedule.onPaid(H2, DEPARTURE, before(1, 59))).isEqualTo(SKIPPED);
        assertThat(ReminderSchedule.onPaid(H2, DEPARTURE, before(2, 1))).isEqualTo(SCHEDULED);
        assertThat(ReminderSchedule.onPaid(H24, DEPARTURE, before(24, 1))).isEqualTo(SCHEDULED);
    }

    @Test
    void moved_later_a_scheduled_one_stays_scheduled_and_a_skipped_one_comes_back() {
        Instant later = DEPARTURE.plus(Duration.ofDays(2));
        Instant at = before(5, 0);
        assertThat(ReminderSchedule.onMoved(H2, SCHEDULED, DEPARTURE, later, at)).isEqualTo(SCHEDULED);
        assertThat(ReminderSchedule.onMoved(H24, SKIPPED, DEPARTURE, later, at)).as("now more than a day ahead").isEqualTo(SCHEDULED);
    }

    @Test
    void moved_so_close_that_its_moment_passed_it_is_skipped() {
        Instant sooner = DEPARTURE.minus(Duration.ofHours(20));
        Instant at = before(21, 0); // the new departure is 1 h away
        assertThat(ReminderSchedule.onMoved(H24, SCHEDULED, DEPARTURE, sooner, at)).isEqualTo(SKIPPED);
        assertThat(ReminderSchedule.onMoved(H2, SCHEDULED, DEPARTURE, sooner, at)).isEqualTo(SKIPPED);
    }

    @Test
    void a_sent_reminder_is_re_armed_when_the_departure_moves_later_past_it() {
        Instant at = before(1, 30); // H-2 sent 30 min ago
        assertThat(ReminderSchedule.onMoved(H2, SENT, DEPARTURE, DEPARTURE.plus(Duration.ofHours(4)), at)).isEqualTo(SCHEDULED);
        assertThat(ReminderSchedule.onMoved(H2, SENT, DEPARTURE, DEPARTURE.plus(Duration.ofMinutes(20)), at)).as("its new moment passed too")
                .isEqualTo(SENT);
        assertThat(ReminderSchedule.onMoved(H2, SENT, DEPARTURE, DEPARTURE, before(3, 0))).as("same departure: told already").isEqualTo(SENT);
    }

    @ParameterizedTest
    @EnumSource(ReminderKind.class)
    void a_cancelled_reminder_never_comes_back(ReminderKind kind) {
        assertThat(ReminderSchedule.onMoved(kind, CANCELLED, DEPARTURE, DEPARTURE.plus(Duration.ofDays(3)), before(48, 0))).isEqualTo(CANCELLED);
    }

    @Test
    void h24_is_stale_once_h2_is_due_and_h2_once_the_car_left() {
        assertThat(ReminderSchedule.stale(H24, DEPARTURE, before(24, 0))).isFalse();
        assertThat(ReminderSchedule.stale(H24, DEPARTURE, before(2, 1))).as("the job came late, still before H-2").isFalse();
        assertThat(ReminderSchedule.stale(H24, DEPARTURE, before(2, 0))).isTrue();
        assertThat(ReminderSchedule.stale(H2, DEPARTURE, before(0, 1))).isFalse();
        assertThat(ReminderSchedule.stale(H2, DEPARTURE, DEPARTURE)).isTrue();
        assertThat(ReminderSchedule.stale(H2, DEPARTURE, DEPARTURE.plusSeconds(3600))).isTrue();
    }

    @Test
    void kinds_read_and_write_their_wire_names() {
        assertThat(H24.wire()).isEqualTo("h24");
        assertThat(ReminderKind.fromWire("h2")).isEqualTo(H2);
        assertThat(ReminderStatus.fromWire(SCHEDULED.wire())).isEqualTo(SCHEDULED);
    }
}
