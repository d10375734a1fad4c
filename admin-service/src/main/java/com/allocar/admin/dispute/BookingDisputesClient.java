package com.allocar.admin.dispute;

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
 * booking-service's staff API over disputes ({@code /internal/disputes}, admin-service only; booking owns disputes):
 * its refusals come back as the same errors ({@code validation_error} {fields} for a bad filter, status or missing
 * resolution, {@code not_found}, {@code conflict} {current, allowed} for a move the dispute's lifecycle refuses), an
 * unreachable booking-service is 503. The same peer and breaker as the bookings' client; reads are retried on an
 * outage, a review is not.
 */
@FeignClient(name = "booking-service", contextId = "booking-disputes", url = "${allocar.admin.booking-service.base-url:http://127.0.0.1:8083}")
public interface BookingDisputesClient {

    /** What admin-service reads of booking's {@code StaffDisputeView}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dispute(UUID id, UUID bookingId, UUID openedBy, String category, String description, String status, String resolution,
                   UUID resolvedBy, Instant resolvedAt, Instant createdAt, Instant updatedAt, DisputedBooking booking) {
    }

    /** The booking the dispute is about, as booking-service summarises it for staff. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisputedBooking(UUID tripId, UUID passengerId, UUID driverId, String status, int seats, BigDecimal amountTotal,
                           BigDecimal amountPaid, String currency, Instant departureTime, String originText, String destinationText,
                           String cancelReason, BigDecimal refundAmount) {
    }

    /** @param status in_review | resolved | rejected */
    record Review(String status, String resolution, UUID staffId) {
    }

    @Idempotent
    @GetMapping("/internal/disputes")
    Envelope<List<Dispute>> list(@RequestParam(value = "status", required = false) String status,
                                 @RequestParam(value = "booking_id", required = false) String bookingId,
                                 @RequestParam(value = "category", required = false) String category,
                                 @RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @Idempotent
    @GetMapping("/internal/disputes/{id}")
    Dispute get(@PathVariable("id") UUID id);

    @PostMapping("/internal/disputes/{id}/review")
    Dispute review(@PathVariable("id") UUID id, @RequestBody Review review);
}
