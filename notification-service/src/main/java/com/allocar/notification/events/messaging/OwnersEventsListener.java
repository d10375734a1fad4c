package com.allocar.notification.events.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.allocar.notification.delivery.Deliver;
import com.allocar.notification.recipient.Recipients;
import com.allocar.notification.reminder.PaidBooking;
import com.allocar.notification.reminder.ScheduleReminders;
import com.allocar.notification.routing.Fact;
import com.allocar.notification.routing.Notice;
import com.allocar.notification.routing.NotificationRules;
import com.allocar.platform.events.DeadLetters.PoisonEvent;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owners' topics: each heard event, once (platform inbox, in the same transaction as what it writes), becomes a
 * fact, the rules' notices, feed lines and queued attempts. A record that is not an event, or whose notices cannot be
 * built, goes to its topic's dead-letter topic (platform {@code DeadLetters}) instead of blocking the partition; sending
 * happens after commit. An event older than {@code max-event-age} (a new consumer group reading the topics' history, a
 * service down for a day) still feeds the recipients and reminders but tells nobody: news of yesterday is noise.
 * <p>
 * Records come in batches (what one poll brought, {@code max-poll-records}), handled in one transaction: a burst of
 * bookings costs one commit per batch, not per event. When a record spoils its batch, the batch is handled again one
 * record per transaction up to the culprit, which the platform's error handler then retries or dead-letters (offsets
 * before it committed, those after it polled again): a bad record never takes good ones with it.
 */
@Component
class OwnersEventsListener {

    private static final Logger log = LoggerFactory.getLogger(OwnersEventsListener.class);
    static final String CONSUMER = "notification.events";

    private final EventReader reader;
    private final Inbox inbox;
    private final Deliver deliver;
    private final Recipients recipients;
    private final ScheduleReminders reminders;
    private final Duration maxEventAge;
    private final TransactionTemplate tx;

    OwnersEventsListener(EventReader reader, Inbox inbox, Deliver deliver, Recipients recipients, ScheduleReminders reminders,
                         @Value("${allocar.notification.max-event-age:PT24H}") Duration maxEventAge, PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.maxEventAge = maxEventAge;
        this.reader = reader;
        this.inbox = inbox;
        this.deliver = deliver;
        this.recipients = recipients;
        this.reminders = reminders;
    }

    @KafkaListener(topics = {HeardEvent.Topics.BOOKINGS, HeardEvent.Topics.PAYMENTS, HeardEvent.Topics.USERS, HeardEvent.Topics.KYC,
            HeardEvent.Topics.MESSAGES, HeardEvent.Topics.DISPUTES})
    public void on(List<ConsumerRecord<String, String>> records) {
        try {
            tx.executeWithoutResult(status -> handle(records));
        } catch (RuntimeException spoilt) {
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<String, String> r = records.get(i);
                try {
                    tx.executeWithoutResult(status -> handle(List.of(r)));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(r.topic() + "-" + r.partition() + "@" + r.offset() + " failed", e, i);
                }
            }
        }
    }

    /** An event we listen to, read, with the notices its fact gives. */
    private record Heard(EventEnvelope event, HeardEvent type, List<Notice> notices) {
    }

    /** Records, in the caller's transaction: read them all, claim them in the inbox at once, apply, tell. */
    private void handle(List<ConsumerRecord<String, String>> records) {
        List<Heard> heard = new ArrayList<>();
        records.forEach(r -> read(r).ifPresent(heard::add));
        Set<UUID> first = inbox.firstDeliveries(heard.stream().map(h -> h.event().eventId()).toList(), CONSUMER);
        List<Deliver.EventNotices> told = new ArrayList<>();
        for (Heard h : heard) {
            EventEnvelope event = h.event();
            if (!first.remove(event.eventId())) {
                continue; // seen before, or twice in this batch: once
            }
            apply(h.type(), event);
            if (event.occurredAt() != null && event.occurredAt().isBefore(Instant.now().minus(maxEventAge))) {
                log.info("{} {} of {} is older than {}: nobody told", event.type(), event.eventId(), event.occurredAt(), maxEventAge);
                continue;
            }
            told.add(new Deliver.EventNotices(event.eventId(), h.notices()));
        }
        deliver.notices(told);
    }

    /** A record → the event and its notices; empty when it is not a type we listen to; a PoisonEvent when unreadable. */
    private Optional<Heard> read(ConsumerRecord<String, String> record) {
        EventEnvelope event;
        HeardEvent type;
        Optional<Fact> fact;
        try {
            event = reader.envelope(record.value());
            var heard = HeardEvent.of(record.topic(), event.type());
            if (heard.isEmpty() || event.eventId() == null) {
                return Optional.empty();
            }
            type = heard.get();
            fact = Translate.fact(type, event, reader);
        } catch (RuntimeException e) {
            throw new PoisonEvent("a record of " + record.topic() + " that is not an event we can read: " + e);
        }
        try {
            return Optional.of(new Heard(event, type, fact.map(NotificationRules::of).orElse(List.of()).stream()
                    .filter(n -> n.userId() != null).toList()));
        } catch (RuntimeException e) {
            throw new PoisonEvent("no notice for " + event.type() + " " + event.eventId() + ": " + e);
        }
    }

    /** What an event changes here besides telling: the recipients' read model, the reminders. */
    private void apply(HeardEvent type, EventEnvelope event) {
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
            case BOOKING_PAID, BOOKING_RESCHEDULED, BOOKING_CANCELLED -> reminders(type, reader.payload(event, Payloads.BookingChanged.class), at);
            default -> {
            }
        }
    }

    /** A booking's reminders follow its payment, its moves (while paid) and its cancellation. */
    private void reminders(HeardEvent type, Payloads.BookingChanged b, Instant at) {
        if (type == HeardEvent.BOOKING_CANCELLED) {
            reminders.cancelled(b.bookingId(), at);
            return;
        }
        if (type == HeardEvent.BOOKING_RESCHEDULED && !ProducerValues.BOOKING_PAID.equals(b.status())) {
            return; // an unpaid booking has no reminders yet: they are scheduled at payment, with the departure of then
        }
        if (b.tripId() == null || b.passengerId() == null || b.driverId() == null || b.departureTime() == null) {
            log.warn("no reminders for booking {}: its event lacks the trip, a party or the departure", b.bookingId());
            return;
        }
        var booking = new PaidBooking(b.bookingId(), b.tripId(), b.passengerId(), b.driverId(), b.seats(), b.departureTime());
        if (type == HeardEvent.BOOKING_PAID) {
            reminders.paid(booking, at);
        } else {
            reminders.moved(booking, at);
        }
    }
}
