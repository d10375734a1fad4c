package com.allocar.messaging.chat.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a message was flagged for moderation; travels as its lower-case name. */
public enum ModerationReason {
    /** The message proposes to pay (or be paid) outside the platform: cash, Orange Money, Wave, MoMo… directly. */
    OFF_PLATFORM_PAYMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModerationReason> fromWire(String wire) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(wire)).findFirst();
    }
}
