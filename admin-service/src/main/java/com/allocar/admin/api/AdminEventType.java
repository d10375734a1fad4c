package com.allocar.admin.api;

import com.allocar.platform.events.EventType;

/** The events admin-service publishes, with their topics. */
public enum AdminEventType implements EventType {
    /** The platform settings changed: the whole new version, keyed by "platform". Owners apply it live. */
    SETTINGS_CHANGED("admin.settings", "settings", "settings.changed");

    public static final String SETTINGS_TOPIC = "admin.settings";

    private final String topic;
    private final String aggregateType;
    private final String wire;

    AdminEventType(String topic, String aggregateType, String wire) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.wire = wire;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public String wire() {
        return wire;
    }
}
