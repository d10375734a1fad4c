package com.allocar.notification.reminder;

import java.time.Duration;
import java.util.Locale;

/** The two reminders before a departure (the spec's "Rappels trajets (H-24 / H-2)"), the earlier first. */
public enum ReminderKind {
    H24(Duration.ofHours(24)), H2(Duration.ofHours(2));

    private final Duration lead;

    ReminderKind(Duration lead) {
        this.lead = lead;
    }

    /** How long before departure it is due. */
    public Duration lead() {
        return lead;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReminderKind fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
