package com.allocar.trip.ride;

import com.allocar.platform.settings.PlatformSettings;

import org.springframework.stereotype.Component;

/**
 * A trip offered without saying whether its bookings are accepted automatically takes the platform's default: the
 * admin setting {@code allow_auto_accept_default}, false (the spec's default) until staff change it.
 */
@Component
class AutoAcceptDefault {

    static final String SETTING = "allow_auto_accept_default";

    private final PlatformSettings settings;

    AutoAcceptDefault(PlatformSettings settings) {
        this.settings = settings;
    }

    boolean value() {
        return settings.current().flag(SETTING, false);
    }
}
