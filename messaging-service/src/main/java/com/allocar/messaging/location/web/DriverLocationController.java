package com.allocar.messaging.location.web;

import java.time.Instant;
import java.util.UUID;

import com.allocar.messaging.location.DriverLocation;
import com.allocar.messaging.location.LastPosition;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "driver-location", description = "The driver's live position during a trip")
class DriverLocationController {

    /** @param at when the driver's device took it; receivedAt when this service kept it */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LocationView(UUID tripId, UUID driverId, double lat, double lon, Double heading, Double speedKmh, Instant at, Instant receivedAt) {
        static LocationView of(DriverLocation l) {
            return new LocationView(l.tripId(), l.driverId(), l.lat(), l.lon(), l.heading(), l.speedKmh(), l.recordedAt(), l.receivedAt());
        }
    }

    private final LastPosition last;

    DriverLocationController(LastPosition last) {
        this.last = last;
    }

    @GetMapping("/api/v1/trips/{id}/driver-location")
    @Operation(summary = "The last position of the trip's driver (the driver and passengers with a paid booking)",
            description = "404 not_found when no position was kept yet (or no booking of the trip is known); 403 forbidden for anyone else. "
                    + "Live positions: the socket /ws/trips/{id}/driver-location.")
    Envelope<LocationView> last(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(LocationView.of(last.of(id, user.id())));
    }
}
