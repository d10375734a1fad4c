package com.allocar.booking.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.config.BookingProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * The spec's anti-fraud rule "5 bookings non payés / 24h": a passenger with that many bookings created in the window
 * and never paid (cancelled ones included: holding seats and letting them go is the abuse; those the driver turned
 * down do not count) cannot book again until the oldest leaves the window.
 * Refused with {@code rate_limited}, {@code details.reason = too_many_unpaid_bookings}.
 */
@Component
public class UnpaidBookingsLimit {

    public static final String REASON = "too_many_unpaid_bookings";

    private final BookingRepository bookings;
    private final BookingProperties.AntiFraud settings;

    UnpaidBookingsLimit(BookingRepository bookings, BookingProperties props) {
        this.bookings = bookings;
        this.settings = props.antiFraud();
    }

    public void check(UUID passenger, Instant now) {
        Instant since = now.minus(settings.unpaidWindow());
        long unpaid = bookings.countUnpaidSince(passenger, since, CancelReason.REJECTED);
        if (unpaid >= settings.maxUnpaidBookings()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", REASON);
            details.put("limit", settings.maxUnpaidBookings());
            details.put("window_hours", settings.unpaidWindow().toHours());
            details.put("unpaid", unpaid);
            // free again when the oldest of them leaves the window
            Duration retryAfter = bookings.oldestUnpaidSince(passenger, since, CancelReason.REJECTED)
                    .map(oldest -> Duration.between(now, oldest.plus(settings.unpaidWindow())))
                    .filter(d -> !d.isNegative() && !d.isZero()).orElse(Duration.ofMinutes(1));
            details.put("retry_after_seconds", Math.max(1, retryAfter.toSeconds()));
            throw new ApiException(ErrorCode.RATE_LIMITED, "Too many unpaid bookings in the last "
                    + settings.unpaidWindow().toHours() + " h: pay for one first", details, retryAfter);
        }
    }
}
