package com.allocar.notification.routing;

import java.util.Locale;

/** Where a notice goes: the in-app feed, a push to the member's devices (FCM), an e-mail, an SMS. */
public enum Channel {
    IN_APP, PUSH, EMAIL, SMS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
