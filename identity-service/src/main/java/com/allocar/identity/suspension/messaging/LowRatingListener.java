package com.allocar.identity.suspension.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.identity.suspension.DriverHolds;
import com.allocar.platform.events.Inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * booking-service's {@code user.rating_updated}: each new average is checked against the driver hold, once (inbox).
 * A consumer group of its own: the profile's listener on the same topic hears every event too.
 */
@Component
class LowRatingListener {

    static final String CONSUMER = "identity.driver_hold";

    record RatingUpdated(UUID userId, BigDecimal ratingAvg, int ratingCount) {
    }

    private final Inbox inbox;
    private final DriverHolds holds;

    LowRatingListener(Inbox inbox, DriverHolds holds) {
        this.inbox = inbox;
        this.holds = holds;
    }

    @KafkaListener(topics = "booking.ratings", groupId = "${spring.application.name}.driver-holds")
    @Transactional
    public void on(String message) {
        inbox.accept(message, "user.rating_updated", RatingUpdated.class, CONSUMER)
                .ifPresent(r -> holds.afterRating(r.userId(), r.ratingAvg(), r.ratingCount()));
    }
}
