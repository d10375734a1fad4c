package com.allocar.trip.member.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.trip.member.Members;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code user.rating_updated} from booking-service (which owns ratings): the driver's average shown in searches. */
@Component
class RatingListener {

    static final String CONSUMER = "trip.member-ratings";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatingUpdated(UUID userId, BigDecimal ratingAvg, int ratingCount) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final Members members;

    RatingListener(EventReader reader, Inbox inbox, Members members) {
        this.reader = reader;
        this.inbox = inbox;
        this.members = members;
    }

    @KafkaListener(topics = "${allocar.trip.members.rating-topic:booking.ratings}")
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        if (!ConsumedEventType.USER_RATING_UPDATED.wire().equals(event.type()) || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        RatingUpdated p = reader.payload(event, RatingUpdated.class);
        members.ratingChanged(p.userId(), p.ratingAvg(), p.ratingCount(), event.occurredAt() == null ? Instant.now() : event.occurredAt());
    }
}
