package com.allocar.notification.routing;

import java.util.Locale;

/** Where a notice goes. Push is slice 2 (FCM): its attempts are logged {@code skipped} until then. */
public enum Channel {
    IN_APP, PUSH, EMAIL, SMS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
