package com.allocar.notification.reminder;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders of a booking, from its events, in the listener's transaction (with the event's inbox row: a
 * redelivered event changes nothing). {@code at}: when the event happened, so a lagging consumer decides as if on time.
 */
@Service
public class ScheduleReminders {

    private final Reminders reminders;

    ScheduleReminders(Reminders reminders) {
        this.reminders = reminders;
    }

    /** booking.paid: both kinds, each scheduled or, when its moment has passed, skipped (one row per kind in any case). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void paid(PaidBooking b, Instant at) {
        for (ReminderKind kind : ReminderKind.values()) {
            reminders.insert(b, kind, ReminderSchedule.onPaid(kind, b.departure(), at), at);
        }
    }

    /** booking.rescheduled of a paid booking: both kinds follow the new departure (created if we never heard of the payment). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moved(PaidBooking b, Instant at) {
        for (ReminderKind kind : ReminderKind.values()) {
            if (reminders.insert(b, kind, ReminderSchedule.onPaid(kind, b.departure(), at), at)) {
                continue;
            }
            reminders.lock(b.bookingId(), kind).ifPresent(current -> reminders.move(b, kind,
                    ReminderSchedule.onMoved(kind, current.status(), current.departure(), b.departure(), at), at));
        }
    }

    /** booking.cancelled: none fires. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelled(UUID booking, Instant at) {
        reminders.cancel(booking, at);
    }
}
