package com.allocar.notification.device;

import java.util.Locale;

/** The app a push token belongs to. */
public enum DevicePlatform {
    ANDROID, IOS, WEB;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DevicePlatform fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
