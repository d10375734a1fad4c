package com.allocar.messaging.booking;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * booking-service's {@code GET /internal/bookings/{id}} (ADR 006), on the platform's service clients: its
 * {@code not_found} comes back as the same error, an unreachable booking-service is 503 {@code service_unavailable}.
 * Read into our own record: only what a chat needs. A GET, so an outage is retried.
 */
@FeignClient(name = "booking-service", url = "${allocar.messaging.booking-service.base-url:http://127.0.0.1:8083}")
public interface BookingServiceClient {

    /** What messaging-service reads of booking's {@code BookingSummary}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record BookingSummary(UUID id, UUID tripId, UUID passengerId, UUID driverId, String status, Instant departureTime) {
    }

    @Idempotent
    @GetMapping("/internal/bookings/{id}")
    BookingSummary booking(@PathVariable("id") UUID bookingId);
}
