package com.allocar.notification.preference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a notification is about, the unit of a member's preferences. Transactional categories (OTP, payment, safety, support)
 * are always on; marketing is off until the member consents; the rest are on by default.
 */
public enum NotificationCategory {
    BOOKING(true, false),
    TRIP(true, false),
    PAYMENT(true, true),
    CHAT(true, false),
    ACCOUNT(true, false),
    SAFETY(true, true),
    OTP(true, true),
    /** A member's dispute: who opened a ticket must hear the answer. */
    SUPPORT(true, true),
    MARKETING(false, false);

    private final boolean defaultOn;
    private final boolean locked;

    NotificationCategory(boolean defaultOn, boolean locked) {
        this.defaultOn = defaultOn;
        this.locked = locked;
    }

    public boolean defaultOn() {
        return defaultOn;
    }

    /** Transactional: the member cannot turn it off. */
    public boolean locked() {
        return locked;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NotificationCategory> fromWire(String s) {
        return Arrays.stream(values()).filter(c -> c.wire().equals(s)).findFirst();
    }
}
