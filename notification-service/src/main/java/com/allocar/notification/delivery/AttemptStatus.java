package com.allocar.notification.delivery;

import java.util.Locale;

/** An attempt's state in the log: pending (queued), sent, failed (retried while attempts remain), skipped (final). */
public enum AttemptStatus {
    PENDING, SENT, FAILED, SKIPPED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
