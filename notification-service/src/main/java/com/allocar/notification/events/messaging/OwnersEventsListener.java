package com.allocar.notification.events.messaging;

import java.time.Instant;
import java.util.List;

import com.allocar.notification.delivery.Deliver;
import com.allocar.notification.recipient.Recipients;
import com.allocar.notification.routing.Fact;
import com.allocar.notification.routing.NotificationRules;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' topics: each heard event, once (platform inbox, in the same transaction as what it writes), becomes a
 * fact, the rules' notices, feed lines and queued attempts. A record that is not an event, or that a template cannot
 * render, is logged with its event id and skipped instead of blocking the partition; sending happens after commit.
 */
@Component
class OwnersEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OwnersEventsListener.class);
    static final String CONSUMER = "notification.events";

    private final EventReader reader;
    private final Inbox inbox;
    private final Deliver deliver;
    private final Recipients recipients;

    OwnersEventsListener(EventReader reader, Inbox inbox, Deliver deliver, Recipients recipients) {
        this.reader = reader;
        this.inbox = inbox;
        this.deliver = deliver;
        this.recipients = recipients;
    }

    @KafkaListener(topics = {HeardEvent.Topics.BOOKINGS, HeardEvent.Topics.PAYMENTS, HeardEvent.Topics.USERS, HeardEvent.Topics.KYC,
            HeardEvent.Topics.MESSAGES})
    @Transactional
    public void on(String message, @Header(KafkaHeaders.RECEIVED_TOPIC) String topic) {
        EventEnvelope event;
        HeardEvent type;
        java.util.Optional<Fact> fact;
        try {
            event = reader.envelope(message);
            var heard = HeardEvent.of(topic, event.type());
            if (heard.isEmpty() || event.eventId() == null) {
                return;
            }
            type = heard.get();
            fact = Translate.fact(type, event, reader);
        } catch (RuntimeException e) {
            log.warn("skipping a record of {} that is not an event we can read: {}", topic, e.toString());
            return;
        }
        if (!inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        Instant at = event.occurredAt() != null ? event.occurredAt() : Instant.now();
        switch (type) {
            case USER_REGISTERED -> {
                var u = reader.payload(event, Payloads.UserRegistered.class);
                recipients.registered(u.userId(), u.firstName(), u.email(), u.phone(), at);
            }
            case USER_UPDATED -> {
                var u = reader.payload(event, Payloads.UserUpdated.class);
                recipients.renamed(u.userId(), u.firstName(), at);
            }
            default -> {
            }
        }
        List<com.allocar.notification.routing.Notice> notices;
        try {
            notices = fact.map(NotificationRules::of).orElse(List.of()).stream().filter(n -> n.userId() != null).toList();
        } catch (RuntimeException e) {
            log.error("no notice for {} {}: {}", event.type(), event.eventId(), e.toString());
            return;
        }
        deliver.notices(event.eventId(), notices);
    }
}
