package com.allocar.payment.booking;

import java.util.UUID;

import com.allocar.platform.clients.Idempotent;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * booking-service's internal API, on the platform's service clients: {@code not_found} comes back as the same error,
 * an unreachable booking-service is 503 {@code service_unavailable}.
 */
@FeignClient(name = "booking-service", url = "${allocar.payment.booking-base-url}")
interface BookingServiceClient {

    @Idempotent
    @GetMapping("/internal/bookings/{id}")
    BookingSummary booking(@PathVariable("id") UUID bookingId);
}
