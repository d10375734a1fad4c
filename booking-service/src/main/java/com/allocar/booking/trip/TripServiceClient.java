package com.allocar.booking.trip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * trip-service's internal API, as booking-service uses it (seat holds, trip facts, start / end of the ride), on the
 * platform's service clients: a refusal comes back as the same error (e.g. {@code booking_conflict} {available,
 * requested}), an unreachable trip-service is 503 {@code service_unavailable}. Its answers are read into our own small
 * records (the contract is JSON, not trip's classes). Every call is idempotent on trip's side (a hold per booking,
 * confirm / release per hold, start / complete per trip), so each is retried during an outage.
 */
@FeignClient(name = "trip-service", url = "${allocar.booking.trip-service.base-url:http://127.0.0.1:8082}")
public interface TripServiceClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TripFacts(UUID id, UUID driverId, String status, Instant departureTime, BigDecimal pricePerSeat, String currency,
                     int seatsTotal, int seatsAvailable, boolean allowAutoAccept, String originText, String destinationText) {
    }

    /** @param trip the trip after the hold (only in the answer of {@link #hold}) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hold(UUID holdId, UUID tripId, UUID bookingId, UUID passengerId, int seats, String status, Instant expiresAt,
                int seatsAvailable, TripFacts trip) {
    }

    record HoldRequest(UUID bookingId, UUID passengerId, int seats, int ttlSeconds) {
    }

    record ReleaseRequest(HoldReleaseReason reason) {
    }

    @Idempotent
    @GetMapping("/internal/trips/{id}")
    TripFacts trip(@PathVariable("id") UUID tripId);

    /** One hold per booking: asking again for the same booking answers the same hold. */
    @Idempotent
    @PostMapping("/internal/trips/{id}/holds")
    Hold hold(@PathVariable("id") UUID tripId, @RequestBody HoldRequest request);

    @Idempotent
    @PostMapping("/internal/holds/{id}/confirm")
    Hold confirm(@PathVariable("id") UUID holdId);

    @Idempotent
    @PostMapping("/internal/holds/{id}/release")
    Hold release(@PathVariable("id") UUID holdId, @RequestBody ReleaseRequest request);

    @Idempotent
    @PostMapping("/internal/trips/{id}/start")
    TripFacts start(@PathVariable("id") UUID tripId);

    @Idempotent
    @PostMapping("/internal/trips/{id}/complete")
    TripFacts complete(@PathVariable("id") UUID tripId);

    /** Best effort (a compensation): a failure is logged; the hold then runs out on its own. */
    default void releaseQuietly(UUID holdId, HoldReleaseReason reason) {
        try {
            release(holdId, new ReleaseRequest(reason));
        } catch (RuntimeException e) {
            Quietly.LOG.warn("could not release hold {} ({}); it will expire: {}", holdId, reason.wire(), e.toString());
        }
    }

    /** The logger of {@link #releaseQuietly} (an interface holds no private fields). */
    final class Quietly {
        private static final Logger LOG = LoggerFactory.getLogger(TripServiceClient.class);

        private Quietly() {
        }
    }
}
