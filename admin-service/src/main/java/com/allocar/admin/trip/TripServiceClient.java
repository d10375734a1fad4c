package com.allocar.admin.trip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * trip-service's staff API ({@code /internal/trips}, admin-service only): its refusals come back as the same errors
 * ({@code validation_error} for a bad filter or body, {@code not_found}, {@code conflict} {current, allowed} for a trip
 * under way or over), an unreachable trip-service is 503. The list is retried on an outage; a cancellation is not.
 */
@FeignClient(name = "trip-service", contextId = "trip-admin", url = "${allocar.admin.trip-service.base-url:http://127.0.0.1:8082}")
public interface TripServiceClient {

    /** What admin-service reads of trip's {@code StaffTripView}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trip(UUID id, UUID driverId, UUID vehicleId, String status, String originText, String destinationText, Instant departureTime,
                Instant arrivalEta, BigDecimal pricePerSeat, String currency, int seatsTotal, int seatsAvailable, int seatsHeld,
                int seatsConfirmed, boolean allowAutoAccept, String cancelReason, Instant publishedAt, Instant cancelledAt,
                Instant createdAt, Instant updatedAt) {
    }

    record StaffCancellation(String reason, UUID staffId) {
    }

    @Idempotent
    @GetMapping("/internal/trips")
    Envelope<List<Trip>> list(@RequestParam(value = "status", required = false) String status,
                              @RequestParam(value = "driver_id", required = false) String driverId,
                              @RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/trips/{id}/cancellation")
    Trip cancel(@PathVariable("id") UUID tripId, @RequestBody StaffCancellation cancellation);
}
