package com.allocar.messaging.conversation;

import java.util.Locale;

/** Whether a booking's chat takes new messages: open, read-only (the ride ended long enough ago) or closed (cancelled). */
public enum ChatState {
    OPEN, READ_ONLY, CLOSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
