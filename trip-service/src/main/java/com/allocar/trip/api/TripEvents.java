package com.allocar.trip.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * trip-service's published events: their payloads (snake_case on the wire, inside the fleet's envelope
 * {@code {event_id, type, aggregate_id, occurred_at, version, payload}}); topics and types are {@link TripEventType}.
 * Nothing else of trip-service crosses the service boundary.
 */
public final class TripEvents {

    public record Place(double lat, double lon, String text) {
    }

    /** Payload of {@code trip.created}, {@code trip.published} and {@code trip.updated}: the trip as it now is. */
    public record TripDetails(UUID tripId, UUID driverId, UUID vehicleId, String status, Place origin, Place destination,
                              Instant departureTime, Instant arrivalEta, BigDecimal pricePerSeat, String currency,
                              int seatsTotal, int seatsAvailable, boolean allowAutoAccept, List<Place> stops) {
    }

    /**
     * Every hold of the trip was released; {@code affected_booking_ids} are the bookings that held or paid seats.
     *
     * @param cancelledBy a {@link CancelledBy}'s wire name; absent from events written before staff could cancel (read
     *                    them as the driver's)
     * @param staffId     the staff member who cancelled, when {@code cancelled_by} is admin
     */
    public record TripCancelled(UUID tripId, UUID driverId, Instant departureTime, String reason, Instant cancelledAt,
                                List<UUID> affectedBookingIds, String cancelledBy, UUID staffId) {
    }

    public record TripStarted(UUID tripId, UUID driverId, Instant startedAt) {
    }

    public record TripCompleted(UUID tripId, UUID driverId, Instant completedAt) {
    }

    /** A trip without paid seats was deleted; bookings that only held seats are in {@code affected_booking_ids}. */
    public record TripDeleted(UUID tripId, UUID driverId, Instant departureTime, List<UUID> affectedBookingIds) {
    }

    public record SeatHoldExpired(UUID holdId, UUID bookingId, UUID tripId, int seats) {
    }

    public record DriverActivated(UUID userId, Instant activatedAt) {
    }

    /**
     * Searches one instance answered (HTTP 200) from {@code window_start} to {@code window_end}; an instance publishes
     * none for a window without searches, so the sum over events is the number of searches.
     *
     * @param instanceId drawn when the instance starts; also the Kafka key
     */
    public record SearchVolume(UUID instanceId, Instant windowStart, Instant windowEnd, long searches) {
    }

    private TripEvents() {
    }
}
