package com.allocar.notification.reminder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.allocar.notification.config.NotificationProperties;
import com.allocar.notification.delivery.Deliver;
import com.allocar.notification.routing.Notice;
import com.allocar.notification.routing.NotificationRules;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The reminders job: every {@code allocar.notification.reminders.interval}, once per cluster (ShedLock; off with
 * {@code allocar.jobs.enabled=false}, tests call {@link #run(Instant)}), claims the due reminders and tells each to its
 * passenger and driver through the rules table and delivery (feed line, attempts, sent after commit), in the claim's
 * transaction: a crash before commit leaves them scheduled, a second instance never gets them.
 */
@Component
public class SendDueReminders {

    private static final Logger log = LoggerFactory.getLogger(SendDueReminders.class);

    /**
     * Claimed rows are told trip by trip: the driver's notice is shared by the trip's bookings (one event id per trip),
     * so two runners holding bookings of the same trips take its rows in the same order and never deadlock.
     */
    private static final Comparator<DueReminder> LOCK_ORDER = Comparator.comparing(DueReminder::tripId).thenComparing(DueReminder::bookingId);

    private record Batch(int claimed, int told) {
    }

    private final Reminders reminders;
    private final Deliver deliver;
    private final TransactionOperations tx;
    private final int batch;

    SendDueReminders(Reminders reminders, Deliver deliver, TransactionOperations tx, NotificationProperties props) {
        this.reminders = reminders;
        this.deliver = deliver;
        this.tx = tx;
        this.batch = props.reminders().batch();
    }

    @Scheduled(fixedDelayString = "${allocar.notification.reminders.interval:PT1M}")
    @SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT5M")
    public void scheduled() {
        run(Instant.now());
    }

    /** @return how many reminders were told (claimed ones that came too late are skipped, not counted) */
    public int run(Instant now) {
        int told = 0;
        while (true) {
            Batch done = tx.execute(s -> batch(now));
            told += done.told();
            if (done.claimed() < batch) {
                return told;
            }
        }
    }

    private Batch batch(Instant now) {
        List<DueReminder> due = reminders.claim(now, batch);
        int told = 0;
        for (DueReminder r : due.stream().sorted(LOCK_ORDER).toList()) {
            if (ReminderSchedule.stale(r.kind(), r.departure(), now)) {
                reminders.skip(r, now);
                log.info("reminder {} of booking {} skipped: departure {} too close at {}", r.kind().wire(), r.bookingId(), r.departure(), now);
                continue;
            }
            for (Notice n : NotificationRules.of(r.fact(reminders.load(r.tripId(), r.kind())))) {
                deliver.notices(r.eventIdFor(n.userId()), List.of(n));
            }
            told++;
        }
        return new Batch(due.size(), told);
    }
}
