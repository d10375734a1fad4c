package com.allocar.messaging.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The booking states booking-service announces (its {@code status} field), as this service keeps them. */
public enum BookingStatus {
    PENDING, ACCEPTED, PAID, CANCELLED, COMPLETED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a wire name; empty for a state this service does not know (it then keeps what it has). */
    public static Optional<BookingStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}
