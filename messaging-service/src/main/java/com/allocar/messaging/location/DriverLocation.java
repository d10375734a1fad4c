package com.allocar.messaging.location;

import java.time.Instant;
import java.util.UUID;

/** A position kept for a trip: what the driver sent ({@code recordedAt} = its {@code at}) and when it was kept. */
public record DriverLocation(UUID id, UUID tripId, UUID driverId, double lat, double lon, Double heading, Double speedKmh,
                             Instant recordedAt, Instant receivedAt) {
}
