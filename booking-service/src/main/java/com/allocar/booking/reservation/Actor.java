package com.allocar.booking.reservation;

import java.util.Locale;

/** Who made a booking change ({@code booking_events.by}). */
public enum Actor {
    USER, ADMIN, SYSTEM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
