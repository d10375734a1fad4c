package com.allocar.messaging.location;

import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;

/** The last position kept for a trip, for its audience (a client that reconnects); 404 when none was kept yet. */
@Service
public class LastPosition {

    private final TripAudience audience;
    private final DriverLocationRepository locations;

    LastPosition(TripAudience audience, DriverLocationRepository locations) {
        this.audience = audience;
        this.locations = locations;
    }

    public DriverLocation of(UUID tripId, UUID member) {
        audience.forAudience(tripId, member);
        return locations.last(tripId).orElseThrow(() -> ApiException.notFound("driver_location", tripId));
    }

    /** The same without the audience check (already done at the handshake). */
    public Optional<DriverLocation> known(UUID tripId) {
        return locations.last(tripId);
    }
}
