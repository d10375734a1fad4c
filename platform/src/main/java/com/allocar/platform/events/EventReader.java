package com.allocar.platform.events;

import tools.jackson.databind.json.JsonMapper;

/** Reads envelopes and their typed payloads off the wire; consumers declare the payload record they expect. */
public class EventReader {

    private final JsonMapper json;

    public EventReader(JsonMapper json) {
        this.json = json;
    }

    public EventEnvelope envelope(String value) {
        return json.readValue(value, EventEnvelope.class);
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        return json.treeToValue(envelope.payload(), type);
    }

    /** The payload as its contract's record, or a {@link DeadLetters.PoisonEvent} (straight to the DLT): retrying cannot mend it. */
    public <T> T contract(EventEnvelope envelope, Class<T> type) {
        try {
            return payload(envelope, type);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent(envelope.type() + " " + envelope.eventId() + " does not read as its contract: " + e);
        }
    }
}
