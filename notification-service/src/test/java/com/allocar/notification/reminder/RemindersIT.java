package com.allocar.notification.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.allocar.notification.config.NotificationProperties;
import com.allocar.notification.delivery.Deliver;
import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on the real broker and PostgreSQL: scheduled from booking.paid, moved by booking.rescheduled, cancelled by
 * booking.cancelled, claimed by the job (called with the "now" it would see: no test waits hours) and told by SMS at
 * the fake aggregator, e-mail in GreenMail and the feed.
 */
class RemindersIT extends NotificationIT {

    private static final String BOOKINGS = "booking.bookings";
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Africa/Abidjan"));

    @Autowired
    private SendDueReminders job;

    @Autowired
    private Reminders reminders;

    @Autowired
    private Deliver deliver;

    @Autowired
    private TransactionOperations tx;

    @Autowired
    private NotificationProperties props;

    private record Booking(UUID id, UUID trip, Member passenger, Member driver) {
    }

    private Booking booking(UUID trip, Member driver) {
        return new Booking(UUID.randomUUID(), trip, member(), driver);
    }

    private static Instant inAbout(Duration d) {
        return Instant.now().plus(d).truncatedTo(ChronoUnit.SECONDS);
    }

    private Sent publish(String type, Booking b, String status, String previous, Instant departure) {
        Map<String, Object> p = bookingChanged(b.id(), b.passenger(), b.driver(), status, previous, departure);
        p.put("trip_id", b.trip().toString());
        return send(BOOKINGS, type, b.id(), p);
    }

    private Sent paid(Booking b, Instant departure) {
        return publish("booking.paid", b, "paid", "accepted", departure);
    }

    private String status(Booking b, ReminderKind kind) {
        return jdbc.sql("SELECT status FROM reminders WHERE booking_id = ? AND kind = ?").params(b.id(), kind.wire()).query(String.class)
                .optional().orElse(null);
    }

    private Instant dueAt(Booking b, ReminderKind kind) {
        return jdbc.sql("SELECT due_at FROM reminders WHERE booking_id = ? AND kind = ?").params(b.id(), kind.wire())
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    /** The attempt rows of one member for one template (one per channel when told once). */
    private List<String> attempts(Member m, String template) {
        return jdbc.sql("SELECT channel FROM notifications WHERE user_id = ? AND template = ? ORDER BY channel").params(m.id(), template)
                .query(String.class).list();
    }

    private boolean sent(Member m, String template, String channel) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND template = ? AND channel = ? AND status = 'sent'")
                .params(m.id(), template, channel).query(Long.class).single() > 0;
    }

    private long feedLines(Member m, String template) {
        return jdbc.sql("SELECT count(*) FROM feed_items WHERE user_id = ? AND template = ?").params(m.id(), template).query(Long.class).single();
    }

    private List<String> reminderSms(Member m) {
        return smsTo(m.phone()).findValues("text").stream().map(n -> n.asString()).filter(t -> t.startsWith("AlloCar: rappel")).toList();
    }

    private long reminderRows(Member m) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND template LIKE 'reminder%'").param(m.id()).query(Long.class).single();
    }

    @Test
    void a_booking_paid_two_hours_before_departure_gets_its_h2_once_and_no_h24() {
        Member driver = member();
        Booking b = booking(UUID.randomUUID(), driver);
        Instant departure = inAbout(Duration.ofHours(2).plusMinutes(1));
        var paid = paid(b, departure);
        eventually(() -> handled(paid.eventId()) == 1);
        assertThat(status(b, ReminderKind.H24)).as("its moment passed a day ago").isEqualTo("skipped");
        assertThat(status(b, ReminderKind.H2)).isEqualTo("scheduled");
        assertThat(dueAt(b, ReminderKind.H2)).isEqualTo(departure.minus(Duration.ofHours(2)));

        job.run(departure.minus(Duration.ofHours(2)).minusSeconds(30));
        assertThat(status(b, ReminderKind.H2)).as("not before its time").isEqualTo("scheduled");
        job.run(departure.minus(Duration.ofHours(2)));
        assertThat(status(b, ReminderKind.H2)).isEqualTo("sent");
        eventually(() -> sent(b.passenger(), "reminder_h2", "sms") && sent(driver, "reminder_h2_driver", "sms"));

        assertThat(reminderSms(b.passenger())).singleElement().asString().contains(b.id().toString().substring(0, 8).toUpperCase())
                .contains(FR.format(departure)).contains("2 place(s)");
        assertThat(reminderSms(driver)).singleElement().asString().contains(FR.format(departure)).contains("1 passager(s), 2 place(s)");
        assertThat(attempts(b.passenger(), "reminder_h2")).as("H-2: feed, push, SMS; no e-mail").containsExactly("in_app", "push", "sms");
        assertThat(attempts(driver, "reminder_h2_driver")).containsExactly("in_app", "push", "sms");
        assertThat(feedLines(b.passenger(), "reminder_h2")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT data->>'trip_id' FROM feed_items WHERE user_id = ? AND template = 'reminder_h2_driver'").param(driver.id())
                .query(String.class).single()).isEqualTo(b.trip().toString());

        job.run(departure.minus(Duration.ofHours(1)));
        assertThat(reminderRows(b.passenger())).as("a second run tells nothing again").isEqualTo(3);
        assertThat(reminderRows(driver)).isEqualTo(3);
        assertThat(reminderSms(b.passenger())).hasSize(1);
    }

    @Test
    void two_runners_at_once_tell_each_reminder_once() throws Exception {
        Instant departure = inAbout(Duration.ofHours(2).plusMinutes(1));
        List<Member> drivers = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        List<Sent> events = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Member driver = member();
            drivers.add(driver);
            UUID trip = UUID.randomUUID();
            for (int i = 0; i < 4; i++) {
                Booking b = booking(trip, driver);
                bookings.add(b);
                events.add(paid(b, departure));
            }
        }
        eventually(() -> events.stream().allMatch(e -> handled(e.eventId()) == 1));
        assertThat(bookings).allMatch(b -> "scheduled".equals(status(b, ReminderKind.H2)));

        // two instances of the job, small batches so that their claims interleave, started together
        var small = new NotificationProperties(props.mail(), props.delivery(),
                new NotificationProperties.Reminders(props.reminders().interval(), 2));
        var first = new SendDueReminders(reminders, deliver, tx, small);
        var second = new SendDueReminders(reminders, deliver, tx, small);
        Instant at = departure.minus(Duration.ofHours(2));
        CountDownLatch go = new CountDownLatch(1);
        int told;
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> a = () -> {
                go.await();
                return first.run(at);
            };
            Callable<Integer> b = () -> {
                go.await();
                return second.run(at);
            };
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            go.countDown();
            told = fa.get() + fb.get();
        }

        assertThat(told).isGreaterThanOrEqualTo(bookings.size());
        assertThat(bookings).allMatch(b -> "sent".equals(status(b, ReminderKind.H2)));
        for (Booking b : bookings) {
            assertThat(attempts(b.passenger(), "reminder_h2")).containsExactly("in_app", "push", "sms");
            assertThat(feedLines(b.passenger(), "reminder_h2")).isEqualTo(1);
        }
        for (Member d : drivers) {
            assertThat(attempts(d, "reminder_h2_driver")).as("one reminder per trip for its driver").containsExactly("in_app", "push", "sms");
            assertThat(feedLines(d, "reminder_h2_driver")).isEqualTo(1);
        }
        eventually(() -> bookings.stream().allMatch(b -> sent(b.passenger(), "reminder_h2", "sms"))
                && drivers.stream().allMatch(d -> sent(d, "reminder_h2_driver", "sms")));
        for (Booking b : bookings) {
            assertThat(reminderSms(b.passenger())).hasSize(1);
        }
        for (Member d : drivers) {
            assertThat(reminderSms(d)).singleElement().asString().contains("4 passager(s), 8 place(s)");
        }
    }

    @Test
    void two_claims_at_once_never_take_the_same_row() throws Exception {
        Instant departure = inAbout(Duration.ofHours(2).plusMinutes(1));
        List<Booking> bookings = new ArrayList<>();
        List<Sent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Booking b = booking(UUID.randomUUID(), member());
            bookings.add(b);
            events.add(paid(b, departure));
        }
        eventually(() -> events.stream().allMatch(e -> handled(e.eventId()) == 1));
        Instant at = departure.minus(Duration.ofHours(2));
        CountDownLatch go = new CountDownLatch(1);
        Callable<List<UUID>> claimer = () -> {
            go.await();
            List<UUID> mine = new ArrayList<>();
            List<DueReminder> got;
            do {
                got = tx.execute(s -> reminders.claim(at, 3));
                got.forEach(r -> mine.add(r.bookingId()));
            } while (!got.isEmpty());
            return mine;
        };
        List<UUID> first;
        List<UUID> second;
        try (var pool = Executors.newFixedThreadPool(2)) {
            Future<List<UUID>> a = pool.submit(claimer);
            Future<List<UUID>> b = pool.submit(claimer);
            go.countDown();
            first = a.get();
            second = b.get();
        }
        assertThat(first).doesNotContainAnyElementsOf(second).doesNotHaveDuplicates();
        assertThat(second).doesNotHaveDuplicates();
        var all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsAll(bookings.stream().map(Booking::id).toList());
    }

    @Test
    void a_departure_moved_later_moves_both_reminders_and_re_arms_the_one_already_sent() {
        Booking b = booking(UUID.randomUUID(), member());
        Instant first = inAbout(Duration.ofHours(26));
        var paid = paid(b, first);
        eventually(() -> handled(paid.eventId()) == 1);
        assertThat(dueAt(b, ReminderKind.H24)).isEqualTo(first.minus(Duration.ofHours(24)));
        job.run(first.minus(Duration.ofHours(24)));
        assertThat(status(b, ReminderKind.H24)).isEqualTo("sent");
        eventually(() -> sent(b.passenger(), "reminder_h24", "email"));

        Instant later = first.plus(Duration.ofDays(1));
        var moved = publish("booking.rescheduled", b, "paid", "paid", later);
        eventually(() -> handled(moved.eventId()) == 1);
        assertThat(status(b, ReminderKind.H24)).as("its new moment is ahead: told again for the new time").isEqualTo("scheduled");
        assertThat(dueAt(b, ReminderKind.H24)).isEqualTo(later.minus(Duration.ofHours(24)));
        assertThat(status(b, ReminderKind.H2)).isEqualTo("scheduled");
        assertThat(dueAt(b, ReminderKind.H2)).isEqualTo(later.minus(Duration.ofHours(2)));

        job.run(later.minus(Duration.ofHours(24)));
        assertThat(status(b, ReminderKind.H24)).isEqualTo("sent");
        eventually(() -> jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = ? AND template = 'reminder_h24' AND channel = 'email' AND status = 'sent'")
                .param(b.passenger().id()).query(Long.class).single() == 2);
        assertThat(mailTo(b.passenger().email()).findValues("subject").stream().map(n -> n.asString()).filter(s -> s.startsWith("Rappel")))
                .containsExactlyInAnyOrder("Rappel : votre trajet du " + FR.format(first), "Rappel : votre trajet du " + FR.format(later));

        var cancelled = publish("booking.cancelled", b, "cancelled", "paid", later);
        eventually(() -> handled(cancelled.eventId()) == 1);
        assertThat(status(b, ReminderKind.H2)).isEqualTo("cancelled");
        assertThat(status(b, ReminderKind.H24)).as("what was told stays in the log").isEqualTo("sent");
    }

    @Test
    void a_cancelled_booking_gets_no_reminder() {
        Booking b = booking(UUID.randomUUID(), member());
        Instant departure = inAbout(Duration.ofHours(2).plusMinutes(1));
        paid(b, departure);
        var cancelled = publish("booking.cancelled", b, "cancelled", "paid", departure);
        eventually(() -> handled(cancelled.eventId()) == 1);
        assertThat(status(b, ReminderKind.H24)).isEqualTo("cancelled");
        assertThat(status(b, ReminderKind.H2)).isEqualTo("cancelled");
        job.run(departure.minus(Duration.ofHours(2)));
        job.run(departure.minus(Duration.ofMinutes(30)));
        assertThat(reminderRows(b.passenger())).isZero();
        assertThat(reminderRows(b.driver())).isZero();
    }

    @Test
    void a_duplicated_booking_paid_writes_one_pair_of_rows() {
        Booking b = booking(UUID.randomUUID(), member());
        Instant departure = inAbout(Duration.ofDays(5));
        var paid = paid(b, departure);
        paid.again();
        paid(b, departure); // the same payment under another event id (not an inbox duplicate)
        // a later event on the same key (same partition): once handled, everything before it was
        var marker = send(BOOKINGS, "booking.created", b.id(), bookingChanged(b.id(), new Member(UUID.randomUUID(), null, null),
                new Member(UUID.randomUUID(), null, null), "pending", null, departure));
        eventually(() -> handled(marker.eventId()) == 1);
        var rows = jdbc.sql("SELECT kind, status, trip_id, passenger_id, driver_id, seats FROM reminders WHERE booking_id = ? ORDER BY kind")
                .param(b.id()).query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " " + rs.getObject(4) + " "
                        + rs.getObject(5) + " " + rs.getInt(6)).list();
        String parties = b.trip() + " " + b.passenger().id() + " " + b.driver().id() + " 2";
        assertThat(rows).containsExactly("h2 scheduled " + parties, "h24 scheduled " + parties);

        var cancelled = publish("booking.cancelled", b, "cancelled", "paid", departure);
        eventually(() -> handled(cancelled.eventId()) == 1);
    }

    @Test
    void a_job_back_after_a_day_down_skips_what_came_too_late() {
        Booking soon = booking(UUID.randomUUID(), member());
        Booking tomorrow = booking(UUID.randomUUID(), member());
        Instant soonDeparture = inAbout(Duration.ofHours(2).plusMinutes(1));
        Instant tomorrowDeparture = inAbout(Duration.ofHours(25));
        paid(soon, soonDeparture);
        var last = paid(tomorrow, tomorrowDeparture);
        eventually(() -> handled(last.eventId()) == 1 && status(soon, ReminderKind.H2) != null);
        assertThat(status(tomorrow, ReminderKind.H24)).isEqualTo("scheduled");

        job.run(tomorrowDeparture.minus(Duration.ofHours(1)));
        assertThat(status(soon, ReminderKind.H2)).as("its car left a day ago").isEqualTo("skipped");
        assertThat(status(tomorrow, ReminderKind.H24)).as("H-2 is due too: not both at once").isEqualTo("skipped");
        assertThat(status(tomorrow, ReminderKind.H2)).isEqualTo("sent");
        assertThat(reminderRows(soon.passenger())).isZero();
        assertThat(attempts(tomorrow.passenger(), "reminder_h24")).isEmpty();
        assertThat(attempts(tomorrow.passenger(), "reminder_h2")).containsExactly("in_app", "push", "sms");
    }
}
