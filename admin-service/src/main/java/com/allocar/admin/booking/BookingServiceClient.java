package com.allocar.admin.booking;

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
 * booking-service's staff API ({@code /internal/bookings}, admin-service only): its refusals come back as the same
 * errors ({@code validation_error} {fields} for a bad filter, outcome or refund amount, {@code not_found},
 * {@code conflict} {current} for a booking in no state to take the outcome), an unreachable booking-service is 503.
 * The list is retried on an outage; an arbitration is not.
 */
@FeignClient(name = "booking-service", contextId = "booking-admin", url = "${allocar.admin.booking-service.base-url:http://127.0.0.1:8083}")
public interface BookingServiceClient {

    /** What admin-service reads of booking's {@code StaffBookingView}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Booking(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal amountTotal, String currency, String status,
                   Instant departureTime, String originText, String destinationText, BigDecimal amountPaid, Instant paidAt,
                   Instant checkedInAt, boolean noShow, String cancelReason, String cancelledBy, Instant cancelledAt,
                   BigDecimal refundAmount, BigDecimal feeAmount, Instant completedAt, Instant createdAt) {
    }

    /** @param outcome cancelled | no_show | completed */
    record Arbitration(String outcome, BigDecimal refundAmount, String reason, UUID staffId) {
    }

    @Idempotent
    @GetMapping("/internal/bookings")
    Envelope<List<Booking>> list(@RequestParam(value = "status", required = false) String status,
                                 @RequestParam(value = "trip_id", required = false) String tripId,
                                 @RequestParam(value = "passenger_id", required = false) String passengerId,
                                 @RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/bookings/{id}/arbitration")
    Booking arbitrate(@PathVariable("id") UUID bookingId, @RequestBody Arbitration arbitration);
}
