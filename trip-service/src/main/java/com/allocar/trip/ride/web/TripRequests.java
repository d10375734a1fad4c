package com.allocar.trip.ride.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.ride.Trip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the public trip endpoints. The spec's field {@code seats_available} means the seats offered. */
final class TripRequests {

    private TripRequests() {
    }

    /** A WGS84 position with its label, as in the spec's example. */
    record PlaceBody(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                     @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                     @NotBlank @Size(max = 200) String text) {

        Trip.Place place() {
            return new Trip.Place(new GeoPoint(lat, lon), text.strip());
        }
    }

    enum InitialStatus { DRAFT, PUBLISHED }

    /**
     * {@code POST /trips}. Seats offered: {@code seats_available} (the spec's name) or {@code seats_total}.
     * {@code status} defaults to published (the spec's example publishes directly); {@code vehicle_id} defaults to the
     * driver's only vehicle.
     */
    record Create(@NotNull @Valid PlaceBody origin,
                  @NotNull @Valid PlaceBody destination,
                  @NotNull Instant departureTime,
                  Instant arrivalEta,
                  @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal pricePerSeat,
                  @Min(1) @Max(Trip.MAX_SEATS) Integer seatsAvailable,
                  @Min(1) @Max(Trip.MAX_SEATS) Integer seatsTotal,
                  Boolean allowAutoAccept,
                  @Size(max = 500) String luggagePolicy,
                  @Size(max = 1000) String rules,
                  UUID vehicleId,
                  InitialStatus status) {
    }

    /** {@code PATCH /trips/{id}}: absent fields are left unchanged. */
    record Patch(@Valid PlaceBody origin,
                 @Valid PlaceBody destination,
                 Instant departureTime,
                 Instant arrivalEta,
                 @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal pricePerSeat,
                 @Min(1) @Max(Trip.MAX_SEATS) Integer seatsAvailable,
                 @Min(1) @Max(Trip.MAX_SEATS) Integer seatsTotal,
                 Boolean allowAutoAccept,
                 @Size(max = 500) String luggagePolicy,
                 @Size(max = 1000) String rules,
                 UUID vehicleId) {
    }

    record Cancel(@Size(max = 500) String reason) {
    }

    /** One number of seats out of the two spellings; {@code required} for a creation. */
    static Integer seats(Integer seatsAvailable, Integer seatsTotal, boolean required) {
        if (seatsAvailable != null && seatsTotal != null && !seatsAvailable.equals(seatsTotal)) {
            throw ApiException.validation("seats_available", "seats_available and seats_total mean the same (seats offered): give one");
        }
        Integer seats = seatsAvailable != null ? seatsAvailable : seatsTotal;
        if (seats == null && required) {
            throw ApiException.validation("seats_available", "is required (the number of seats offered, 1 to 8)");
        }
        return seats;
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
