package com.allocar.platform.settings;

import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * admin-service's {@code settings.changed}: the version becomes the one in force, once per event (inbox) and never
 * backwards (a version lower than the one in force is passed over). A record that is no settings event, or has no
 * version or no settings, goes to the dead-letter topic ({@code admin.settings.dlt}). Its own consumer group per service: every service hears
 * every version.
 */
public class SettingsChangedListener {

    static final String TYPE = "settings.changed";
    private static final Logger log = LoggerFactory.getLogger(SettingsChangedListener.class);

    private final EventReader reader;
    private final Inbox inbox;
    private final PlatformSettings settings;
    private final String consumer;

    public SettingsChangedListener(EventReader reader, Inbox inbox, PlatformSettings settings, String service) {
        this.reader = reader;
        this.inbox = inbox;
        this.settings = settings;
        this.consumer = service + ".settings";
    }

    /** The topic is admin-service's; integration tests point it to a topic of their own (their versions never reach a fleet). */
    @KafkaListener(topics = "${allocar.settings.topic:admin.settings}", groupId = "${spring.application.name}.settings")
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        JsonNode payload;
        try {
            event = reader.envelope(message);
            if (!TYPE.equals(event.type())) {
                return;
            }
            payload = reader.payload(event, JsonNode.class);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record of admin.settings that is not a settings event: " + e);
        }
        long version = payload.path("version").isIntegralNumber() ? payload.path("version").longValue() : 0;
        JsonNode fields = payload.path("settings");
        if (version <= 0 || !fields.isObject()) {
            throw new DeadLetters.PoisonEvent(TYPE + " " + event.eventId() + " lacks its version or its settings");
        }
        if (inbox.firstDelivery(event.eventId(), consumer) && settings.apply(version, fields)) {
            log.info("settings version {} in force", version);
        }
    }
}
