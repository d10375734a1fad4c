package com.allocar.messaging.live;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The {@code type} of a socket frame (both ways); see the README's frame tables for who sends which. */
public enum FrameType {
    MESSAGE, TYPING, READ, LOCATION, ERROR, PING, PONG;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FrameType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(wire)).findFirst();
    }
}
