package com.allocar.trip.hold.web;

import java.time.Duration;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.api.TripInternalApi.HoldRequest;
import com.allocar.trip.api.TripInternalApi.HoldView;
import com.allocar.trip.api.TripInternalApi.ReleaseRequest;
import com.allocar.trip.api.TripInternalApi.TripSummary;
import com.allocar.trip.config.TripProperties;
import com.allocar.trip.hold.ConfirmHold;
import com.allocar.trip.hold.HoldOutcome;
import com.allocar.trip.hold.HoldSeats;
import com.allocar.trip.hold.ReadHold;
import com.allocar.trip.hold.ReleaseHold;
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

    private final HoldSeats holdSeats;
    private final ConfirmHold confirmHold;
    private final ReleaseHold releaseHold;
    private final ReadHold readHold;
    private final TripProperties props;

    InternalHoldController(HoldSeats holdSeats, ConfirmHold confirmHold, ReleaseHold releaseHold, ReadHold readHold,
                           TripProperties props) {
        this.holdSeats = holdSeats;
        this.confirmHold = confirmHold;
        this.releaseHold = releaseHold;
        this.readHold = readHold;
        this.props = props;
    }

    /** 201 with the new hold; 200 with the same hold when the booking asks again. */
    @PostMapping("/internal/trips/{tripId}/holds")
    ResponseEntity<Envelope<HoldView>> hold(@PathVariable UUID tripId, @Valid @RequestBody HoldRequest body) {
        Duration ttl = body.ttlSeconds() == null ? props.holds().defaultTtl() : Duration.ofSeconds(body.ttlSeconds());
        if (ttl.compareTo(props.holds().maxTtl()) > 0) {
            ttl = props.holds().maxTtl();
        }
        var outcome = holdSeats.hold(tripId, new HoldSeats.Request(body.bookingId(), body.passengerId(), body.seats(), ttl));
        HoldView view = view(outcome, readHold.tripSummary(tripId).orElse(null));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Envelope.of(view));
    }

    @GetMapping("/internal/holds/{holdId}")
    Envelope<HoldView> get(@PathVariable UUID holdId) {
        return Envelope.of(view(readHold.get(holdId)));
    }

    @PostMapping("/internal/holds/{holdId}/confirm")
    Envelope<HoldView> confirm(@PathVariable UUID holdId) {
        return Envelope.of(view(confirmHold.confirm(holdId)));
    }

    @PostMapping("/internal/holds/{holdId}/release")
    Envelope<HoldView> release(@PathVariable UUID holdId, @Valid @RequestBody(required = false) ReleaseRequest body) {
        HoldReleaseReason reason = HoldReleaseReason.of(body == null ? null : body.reason());
        return Envelope.of(view(releaseHold.release(holdId, reason)));
    }

    static HoldView view(HoldOutcome o) {
        return view(o, null);
    }

    static HoldView view(HoldOutcome o, TripSummary trip) {
        var h = o.hold();
        return new HoldView(h.getId(), h.getTripId(), h.getBookingId(), h.getPassengerId(), h.getSeats(), h.getStatus().wire(),
                h.getExpiresAt(), o.seatsAvailable(), trip);
    }
}
