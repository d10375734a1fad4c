package com.allocar.notification.delivery;

import java.util.Locale;

/** Why an attempt was not made (the {@code error} of a skipped row). */
public enum SkipReason {
    OPTED_OUT, NO_EMAIL, NO_PHONE, PUSH_NOT_CONFIGURED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
