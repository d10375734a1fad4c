package com.allocar.trip.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * trip-service's internal API for the fleet ({@code /internal/**}, header {@code X-Service-Token}, scoped callers (ADR 007), never routed
 * by the gateway): request and response bodies, to be used by booking-service's and admin-service's clients.
 * Responses travel in the usual envelope ({@code {"data": ...}}).
 */
public final class TripInternalApi {

    /** {@code POST /internal/trips/{tripId}/holds}. Idempotent per {@code booking_id}. */
    public record HoldRequest(@NotNull UUID bookingId, @NotNull UUID passengerId,
                              @NotNull @Min(1) @Max(8) Integer seats,
                              @Min(30) @Max(7200) Integer ttlSeconds) {
    }

    /**
     * A hold and what is left on its trip.
     *
     * @param status held | confirmed | released | expired
     * @param trip   the trip as it is after the hold — only in the answer of {@code POST …/holds}, so that a booking
     *               needs no second call for the trip's price, driver and times
     */
    public record HoldView(UUID holdId, UUID tripId, UUID bookingId, UUID passengerId, int seats, String status,
                           Instant expiresAt, int seatsAvailable, TripSummary trip) {
    }

    /** {@code POST /internal/holds/{holdId}/release} (body optional). */
    public record ReleaseRequest(@Size(max = 200) String reason) {
    }

    /** {@code GET /internal/trips/{id}}, and the answer of start / complete: what a booking needs of a trip. */
    public record TripSummary(UUID id, UUID driverId, String status, Instant departureTime, BigDecimal pricePerSeat,
                              String currency, int seatsTotal, int seatsAvailable, boolean allowAutoAccept,
                              String originText, String destinationText) {
    }

    /**
     * {@code POST /internal/trips/{id}/cancellation} (admin-service): a staff member calls a draft or published trip off.
     *
     * @param staffId the staff member (Keycloak id), named in {@code trip.cancelled} and in the audit trail
     */
    public record StaffCancellation(@NotBlank @Size(max = 500) String reason, @NotNull UUID staffId) {
    }

    /** {@code GET /internal/trips} (admin-service) and the answer of a staff cancellation: a trip as staff see it. */
    public record StaffTripView(UUID id, UUID driverId, UUID vehicleId, String status, String originText, String destinationText,
                                Instant departureTime, Instant arrivalEta, BigDecimal pricePerSeat, String currency, int seatsTotal,
                                int seatsAvailable, int seatsHeld, int seatsConfirmed, boolean allowAutoAccept, String cancelReason,
                                Instant publishedAt, Instant cancelledAt, Instant createdAt, Instant updatedAt) {
    }

    /** {@code PUT /internal/price-bands/{id}} (admin-service). */
    public record PriceBandUpdate(@NotNull @DecimalMin("0") @DecimalMax("10000000") BigDecimal floor,
                                  @NotNull @DecimalMin("0") @DecimalMax("10000000") BigDecimal ceiling,
                                  @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal radiusKm,
                                  Boolean active) {
    }

    public record PriceBandView(UUID id, String name, String aLabel, double aLat, double aLon, String bLabel, double bLat,
                                double bLon, BigDecimal radiusKm, BigDecimal floor, BigDecimal ceiling, String currency,
                                boolean active, Instant updatedAt) {
    }

    private TripInternalApi() {
    }
}
