package com.allocar.booking.cancellation;

import java.time.Duration;
import java.util.function.Supplier;

import com.allocar.booking.cancellation.domain.CancellationSettings;
import com.allocar.platform.settings.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cancellation variables staff set in admin settings (windows X h, fee Y %, fine, no-show Z %), read from the
 * platform settings in force for each decision; a field not set yet is the property default. The driver's score
 * points are not an admin setting: they stay the property.
 */
public class CancellationSettingsInForce implements Supplier<CancellationSettings> {

    private static final Logger log = LoggerFactory.getLogger(CancellationSettingsInForce.class);

    private final PlatformSettings settings;
    private final CancellationSettings defaults;

    /** @param defaults the properties' values, in force for every field staff have not set */
    public CancellationSettingsInForce(PlatformSettings settings, CancellationSettings defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    @Override
    public CancellationSettings get() {
        var s = settings.current();
        try {
            return new CancellationSettings(
                    Duration.ofHours(s.integer("passenger_late_window_hours", (int) defaults.passengerLateWindow().toHours())),
                    s.decimal("passenger_late_fee_percent", defaults.passengerLateFeePercent()),
                    Duration.ofHours(s.integer("driver_late_window_hours", (int) defaults.driverLateWindow().toHours())),
                    s.decimal("driver_late_fine_percent", defaults.driverLateFinePercent()), defaults.driverLateScorePoints(),
                    s.decimal("no_show_fee_percent", defaults.noShowFeePercent()));
        } catch (IllegalArgumentException e) {
            // admin-service checks every version (SettingsRules); should one still be out of range, the defaults decide
            log.warn("settings version {} has cancellation values out of range ({}): the defaults apply", s.version(), e.getMessage());
            return defaults;
        }
    }
}
