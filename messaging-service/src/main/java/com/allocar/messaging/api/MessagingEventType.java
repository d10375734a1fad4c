package com.allocar.messaging.api;

import com.allocar.platform.events.EventType;

/** Every event messaging-service publishes, declared once: on {@code messaging.messages}, keyed by booking id. */
public enum MessagingEventType implements EventType {
    /** A message was posted in a booking's chat (after masking and moderation). Read by notification-service. */
    MESSAGE_CREATED("message.created");

    public static final String MESSAGES_TOPIC = "messaging.messages";
    private static final String AGGREGATE = "message";

    private final String wire;

    MessagingEventType(String wire) {
        this.wire = wire;
    }

    @Override
    public String topic() {
        return MESSAGES_TOPIC;
    }

    @Override
    public String aggregateType() {
        return AGGREGATE;
    }

    @Override
    public String wire() {
        return wire;
    }
}
