package com.allocar.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * What travels on every topic: {@code {event_id, type, aggregate_id, occurred_at, version, payload}}.
 * Key = aggregate id, so one aggregate's events stay in order.
 */
public record EventEnvelope(UUID eventId, String type, String aggregateId, Instant occurredAt, int version, JsonNode payload) {

    public static final String TYPE_HEADER = "event_type";
    public static final String ID_HEADER = "event_id";
}
