package com.allocar.notification.reminder;

import java.util.Locale;

/**
 * A reminder row: scheduled (waits for its moment), sent (handed to delivery: its feed line and attempts exist),
 * cancelled (the booking was; final), skipped (its moment had passed, or the job came too late: {@link ReminderSchedule}).
 */
public enum ReminderStatus {
    SCHEDULED, SENT, CANCELLED, SKIPPED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReminderStatus fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
