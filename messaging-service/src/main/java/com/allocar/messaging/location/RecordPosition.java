package com.allocar.messaging.location;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.config.MessagingProperties;
import com.allocar.messaging.live.FrameType;
import com.allocar.messaging.live.Frames;
import com.allocar.messaging.live.LiveChannel;
import com.allocar.messaging.live.LiveEvent;
import com.allocar.messaging.location.TripAudience.Trip;
import com.allocar.messaging.location.domain.Position;
import com.allocar.messaging.location.domain.PositionCheck;
import com.allocar.messaging.location.domain.PositionThrottle;
import com.allocar.messaging.location.domain.TrackingState;
import com.allocar.messaging.location.domain.TrackingWindow;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trip's driver sends a position: only the driver (403 {@code forbidden} otherwise), only inside the tracking
 * window (409 {@code conflict} {tracking, opens_at?}), checked (400 {@code validation_error}), at most one kept per
 * 2 s per trip (429 {@code rate_limited} {retry_after_ms}); a kept position is stored and fanned out to the trip's
 * sockets on every instance.
 */
@Service
public class RecordPosition {

    private final TripAudience audience;
    private final DriverLocationRepository locations;
    private final LiveChannel channel;
    private final Frames frames;
    private final TransactionTemplate tx;
    private final PositionCheck check;
    private final PositionThrottle throttle;
    private final TrackingWindow window;

    RecordPosition(TripAudience audience, DriverLocationRepository locations, LiveChannel channel, JsonMapper json,
                   TransactionTemplate tx, MessagingProperties props) {
        this.audience = audience;
        this.locations = locations;
        this.channel = channel;
        this.frames = new Frames(json);
        this.tx = tx;
        var l = props.locations();
        this.check = new PositionCheck(l.maxAhead(), l.maxAge());
        this.throttle = new PositionThrottle(l.minInterval());
        this.window = new TrackingWindow(l.opensBefore(), l.closesAfter());
    }

    public DriverLocation record(UUID tripId, UUID member, Position p) {
        Trip trip = audience.trip(tripId);
        if (!trip.isDriver(member)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only the trip's driver sends its location", Map.of("trip_id", tripId.toString()));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TrackingState state = window.state(trip.departure(), trip.paidBookings(), trip.completedBookings(), now);
        if (state != TrackingState.OPEN) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("tracking", state.wire());
            if (state == TrackingState.NOT_YET_OPEN) {
                details.put("opens_at", window.opensAt(trip.departure()).toString());
            }
            throw ApiException.conflict(switch (state) {
                case NOT_YET_OPEN -> "Positions are taken from 60 minutes before the departure";
                case ENDED -> "The trip has ended";
                default -> "No passenger has a paid booking on this trip";
            }, details);
        }
        check.problem(p, now).ifPresent(e -> {
            throw ApiException.validation(e.getKey(), e.getValue());
        });
        DriverLocation kept = tx.execute(status -> {
            locations.lockTrip(tripId);
            Instant last = locations.last(tripId).map(DriverLocation::receivedAt).orElse(null);
            throttle.wait(last, now).ifPresent(wait -> {
                throw new ApiException(ErrorCode.RATE_LIMITED, "At most one position every 2 seconds is kept",
                        Map.of("retry_after_ms", Math.max(1, wait.toMillis())), wait);
            });
            var l = new DriverLocation(UUID.randomUUID(), tripId, member, p.lat(), p.lon(), p.heading(), p.speedKmh(),
                    p.at().truncatedTo(ChronoUnit.MICROS), now);
            locations.save(l);
            return l;
        });
        channel.publish(new LiveEvent(LiveEvent.tripRoom(tripId), member, null, frame(kept), null, false));
        return kept;
    }

    /** {@code {type: location, trip_id, driver_id, lat, lon, heading, speed_kmh, at, received_at}}. */
    public String frame(DriverLocation l) {
        return frames.write(LocationFrame.of(l));
    }

    public record LocationFrame(String type, UUID tripId, UUID driverId, double lat, double lon, Double heading, Double speedKmh,
                                Instant at, Instant receivedAt) {
        static LocationFrame of(DriverLocation l) {
            return new LocationFrame(FrameType.LOCATION.wire(), l.tripId(), l.driverId(), l.lat(), l.lon(), l.heading(), l.speedKmh(),
                    l.recordedAt(), l.receivedAt());
        }
    }
}
