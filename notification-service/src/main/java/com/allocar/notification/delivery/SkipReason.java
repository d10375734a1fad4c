package com.allocar.notification.delivery;

import java.util.Locale;

/**
 * Why an attempt was not made (the {@code error} of a skipped row): the member opted out, has no e-mail / phone / device
 * (push) registered, or push has no Firebase project configured.
 */
public enum SkipReason {
    OPTED_OUT, NO_EMAIL, NO_PHONE, NO_DEVICE, PUSH_NOT_CONFIGURED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
