package com.allocar.messaging.location.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import com.allocar.messaging.live.FrameType;
import com.allocar.messaging.live.Frames;
import com.allocar.messaging.live.LiveEvent;
import com.allocar.messaging.live.LiveRooms;
import com.allocar.messaging.live.LiveSocket;
import com.allocar.messaging.live.LiveSocketHandler;
import com.allocar.messaging.live.web.Handshakes;
import com.allocar.messaging.location.LastPosition;
import com.allocar.messaging.location.RecordPosition;
import com.allocar.messaging.location.TripAudience;
import com.allocar.messaging.location.domain.Position;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.security.CurrentUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * {@code /ws/trips/{id}/driver-location}: on connect the last kept position (if any) is sent; then every kept position
 * of the trip. The trip's driver sends {@code {type: location, lat, lon, heading?, speed_kmh?, at}}
 * ({@link RecordPosition}); a passenger who sends one gets a {@code forbidden} error frame.
 */
@Component
class DriverLocationSocketHandler extends LiveSocketHandler {

    private static final Set<String> LOCATION_FIELDS = Set.of("lat", "lon", "heading", "speed_kmh", "at");

    private final TripAudience audience;
    private final RecordPosition record;
    private final LastPosition last;

    DriverLocationSocketHandler(LiveRooms rooms, JsonMapper json, TripAudience audience, RecordPosition record, LastPosition last) {
        super("/ws/trips/*/driver-location", rooms, json);
        this.audience = audience;
        this.record = record;
        this.last = last;
    }

    /** The trip's driver and its passengers with a paid booking (403; 404 when no booking of the trip is known). */
    @Override
    public String admit(URI uri, CurrentUser member) {
        UUID trip = Handshakes.pathId(uri, 2, "id");
        audience.forAudience(trip, member.id());
        return LiveEvent.tripRoom(trip);
    }

    @Override
    protected Set<UUID> opened(LiveSocket socket) {
        last.known(socket.roomId()).ifPresent(l -> socket.send(record.frame(l)));
        return Set.of();
    }

    @Override
    protected void onFrame(LiveSocket socket, FrameType type, JsonNode frame) {
        if (type != FrameType.LOCATION) {
            throw ApiException.validation(Frames.TYPE, "a driver-location socket takes location or ping frames");
        }
        Frames.only(frame, LOCATION_FIELDS);
        Position p = new Position(Frames.number(frame, "lat", true), Frames.number(frame, "lon", true),
                Frames.number(frame, "heading", false), Frames.number(frame, "speed_kmh", false), Frames.instant(frame, "at"));
        record.record(socket.roomId(), socket.member(), p);
    }
}
