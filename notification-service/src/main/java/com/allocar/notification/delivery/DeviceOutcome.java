package com.allocar.notification.delivery;

import java.util.Locale;

/**
 * What became of a push on one device ({@code push_deliveries.status}): sent, failed (FCM asked to retry: the only one
 * sent again), removed (the token was stale and the device deleted), refused (FCM refused the message for good).
 */
enum DeviceOutcome {
    SENT, FAILED, REMOVED, REFUSED;

    /** Whether this device is done with, whatever the attempt's retries. */
    boolean settled() {
        return this != FAILED;
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeviceOutcome fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
