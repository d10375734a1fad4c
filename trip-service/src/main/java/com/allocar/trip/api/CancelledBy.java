package com.allocar.trip.api;

import java.util.Locale;

/**
 * Who called a trip off ({@code trip.cancelled.cancelled_by}): its driver, or a staff member moderating it. Consumers
 * read an event without the field (written before staff could cancel) as the driver's.
 */
public enum CancelledBy {
    DRIVER, ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
