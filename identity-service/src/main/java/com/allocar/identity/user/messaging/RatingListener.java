package com.allocar.identity.user.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.identity.user.Profiles;
import com.allocar.platform.events.Inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** booking-service owns ratings and announces each member's new average; the profile shows it. */
@Component
class RatingListener {

    static final String TOPIC = "booking.ratings";
    static final String RATING_UPDATED = "user.rating_updated";

    record RatingUpdated(UUID userId, BigDecimal ratingAvg, int ratingCount) {
    }

    private final Inbox inbox;
    private final Profiles profiles;

    RatingListener(Inbox inbox, Profiles profiles) {
        this.inbox = inbox;
        this.profiles = profiles;
    }

    @KafkaListener(topics = TOPIC)
    @Transactional
    public void on(String message) {
        inbox.accept(message, RATING_UPDATED, RatingUpdated.class, "identity.rating")
                .ifPresent(r -> profiles.recordRating(r.userId(), r.ratingAvg(), r.ratingCount()));
    }
}
