package com.allocar.trip.hold.web;

import java.time.Duration;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.trip.api.TripInternalApi.HoldRequest;
import com.allocar.trip.api.TripInternalApi.HoldView;
import com.allocar.trip.api.TripInternalApi.ReleaseRequest;
import com.allocar.trip.api.TripInternalApi.TripSummary;
import com.allocar.trip.config.TripProperties;
import com.allocar.trip.hold.SeatHolds;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Seat holds for booking-service's saga (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.BOOKING)
class InternalHoldController {

    private final SeatHolds holds;
    private final TripProperties props;

    InternalHoldController(SeatHolds holds, TripProperties props) {
        this.holds = holds;
        this.props = props;
    }

    /** 201 with the new hold; 200 with the same hold when the booking asks again. */
    @PostMapping("/internal/trips/{tripId}/holds")
    ResponseEntity<Envelope<HoldView>> hold(@PathVariable UUID tripId, @Valid @RequestBody HoldRequest body) {
        Duration ttl = body.ttlSeconds() == null ? props.holds().defaultTtl() : Duration.ofSeconds(body.ttlSeconds());
        if (ttl.compareTo(props.holds().maxTtl()) > 0) {
            ttl = props.holds().maxTtl();
        }
        var outcome = holds.hold(tripId, body.bookingId(), body.passengerId(), body.seats(), ttl);
        HoldView view = view(outcome, holds.summary(tripId).orElse(null));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Envelope.of(view));
    }

    @GetMapping("/internal/holds/{holdId}")
    Envelope<HoldView> get(@PathVariable UUID holdId) {
        return Envelope.of(view(holds.get(holdId)));
    }

    @PostMapping("/internal/holds/{holdId}/confirm")
    Envelope<HoldView> confirm(@PathVariable UUID holdId) {
        return Envelope.of(view(holds.confirm(holdId)));
    }

    @PostMapping("/internal/holds/{holdId}/release")
    Envelope<HoldView> release(@PathVariable UUID holdId, @Valid @RequestBody(required = false) ReleaseRequest body) {
        return Envelope.of(view(holds.release(holdId, body == null ? null : body.reason())));
    }

    static HoldView view(SeatHolds.Outcome o) {
        return view(o, null);
    }

    static HoldView view(SeatHolds.Outcome o, TripSummary trip) {
        var h = o.hold();
        return new HoldView(h.id(), h.tripId(), h.bookingId(), h.passengerId(), h.seats(), h.status().wire(), h.expiresAt(),
                o.seatsAvailable(), trip);
    }
}
