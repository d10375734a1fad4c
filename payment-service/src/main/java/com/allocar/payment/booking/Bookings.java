package com.allocar.payment.booking;

import java.util.Optional;
import java.util.UUID;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.support.InternalHttp;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** booking-service's internal API: the booking a payment is for (amount, passenger, status come from there only). */
@Component
public class Bookings {

    private final InternalHttp http;
    private final JsonMapper json;

    Bookings(PaymentProperties props, ServiceTokens tokens, JsonMapper json) {
        this.http = new InternalHttp(FleetService.BOOKING, props.bookingBaseUrl(), tokens, json);
        this.json = json;
    }

    public Optional<BookingSummary> find(UUID bookingId) {
        var r = http.get("/internal/bookings/" + bookingId);
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw new ApiException(ErrorCode.BAD_GATEWAY, "booking-service answered " + r.status());
        }
        return Optional.of(json.treeToValue(r.data(), BookingSummary.class));
    }
}
