package com.allocar.booking.reservation;

import java.util.Map;
import java.util.UUID;

/**
 * Who made a change and what the audit row keeps of it ({@code booking_events.by, actor_id, meta}).
 *
 * @param actorId the user, when {@code by} is a person
 */
public record Trail(Actor by, UUID actorId, Map<String, Object> meta) {

    public Trail {
        meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    }

    static Trail system(Map<String, Object> meta) {
        return new Trail(Actor.SYSTEM, null, meta);
    }

    static Trail user(UUID user, Map<String, Object> meta) {
        return new Trail(Actor.USER, user, meta);
    }
}
