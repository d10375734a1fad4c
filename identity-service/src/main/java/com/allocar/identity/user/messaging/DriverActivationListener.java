package com.allocar.identity.user.messaging;

import java.time.Instant;
import java.util.UUID;

import com.allocar.identity.user.Profiles;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * trip-service announces a member's first published trip; that member becomes a driver
 * ({@code is_driver}, and the {@code driver} role in their next access token).
 */
@Component
class DriverActivationListener {

    static final String TOPIC = "trip.drivers";
    static final String DRIVER_ACTIVATED = "driver.activated";
    private static final Logger log = LoggerFactory.getLogger(DriverActivationListener.class);

    /** What identity reads of trip-service's event; the rest of the payload is not our business. */
    record DriverActivated(UUID userId, Instant activatedAt) {
    }

    private final Inbox inbox;
    private final Profiles profiles;

    DriverActivationListener(Inbox inbox, Profiles profiles) {
        this.inbox = inbox;
        this.profiles = profiles;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        inbox.accept(message, DRIVER_ACTIVATED, DriverActivated.class, "identity.driver-activation")
                .filter(event -> !profiles.makeDriver(event.userId()))
                .ifPresent(event -> log.warn("driver.activated for unknown user {}", event.userId()));
    }
}
