package com.allocar.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.allocar.notification.channel.PushSender;
import com.allocar.notification.device.Devices;
import com.allocar.notification.feed.FeedItem;
import com.allocar.notification.feed.FeedItems;
import com.allocar.notification.preference.NotificationCategory;
import com.allocar.notification.preference.PreferenceChoice;
import com.allocar.notification.preference.Preferences;
import com.allocar.notification.recipient.Recipient;
import com.allocar.notification.recipient.Recipients;
import com.allocar.notification.routing.Channel;
import com.allocar.notification.routing.Notice;
import com.allocar.notification.template.Rendered;
import com.allocar.notification.template.TemplateVars;
import com.allocar.notification.template.TemplateChoice;
import com.allocar.notification.template.Templates;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notices of one event, in the listener's transaction (with its inbox row): the member's preference, their
 * language and contact, the template rendered once, then per channel a feed line (in-app), a queued attempt (e-mail,
 * SMS, push) or a skipped one (no contact or device, push not configured, opted out). Queued attempts are sent after
 * commit, off the Kafka thread: a slow or absent provider never holds the partition.
 */
@Service
public class Deliver {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Deliver.class);

    private final Preferences preferences;
    private final Recipients recipients;
    private final Templates templates;
    private final TemplateChoice variants;
    private final FeedItems feed;
    private final Attempts attempts;
    private final Dispatcher dispatcher;
    private final DeliveryMetrics metrics;
    private final JsonMapper json;
    private final PushSender push;
    private final Devices devices;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    Deliver(Preferences preferences, Recipients recipients, Templates templates, TemplateChoice variants, FeedItems feed, Attempts attempts, Dispatcher dispatcher,
            DeliveryMetrics metrics, JsonMapper json, PushSender push, Devices devices) {
        this.push = push;
        this.devices = devices;
        this.preferences = preferences;
        this.recipients = recipients;
        this.templates = templates;
        this.variants = variants;
        this.feed = feed;
        this.attempts = attempts;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.json = json;
    }

    /** One event's notices. */
    public record EventNotices(UUID eventId, List<Notice> notices) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notices(UUID eventId, List<Notice> notices) {
        notices(List.of(new EventNotices(eventId, notices)));
    }

    /**
     * The notices of a batch of events, in order: the members' preferences, contacts and devices read once for the
     * batch (three queries, not three per notice).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notices(List<EventNotices> events) {
        Set<UUID> users = new HashSet<>();
        events.forEach(e -> e.notices().forEach(n -> users.add(n.userId())));
        if (users.isEmpty()) {
            return;
        }
        Map<UUID, Map<NotificationCategory, Boolean>> chosen = preferences.chosen(users);
        Map<UUID, Recipient> contacts = recipients.findAll(users);
        Set<UUID> withDevices = push.configured() ? devices.withDevices(users) : Set.of();
        Writes writes = new Writes();
        Instant now = clock.instant();
        for (EventNotices e : events) {
            for (Notice n : e.notices()) {
                deliver(e.eventId(), n, PreferenceChoice.enabled(n.vars().template().category(), chosen.getOrDefault(n.userId(), Map.of())),
                        contacts.get(n.userId()), withDevices.contains(n.userId()), writes, now);
            }
        }
        // the batch's rows in two round trips; an attempt already logged (a redelivery that got past the inbox) is not queued
        feed.addAll(writes.feed);
        List<UUID> queued = new ArrayList<>();
        boolean[] inserted = attempts.insertAll(writes.attempts);
        for (int i = 0; i < inserted.length; i++) {
            Attempts.Row row = writes.attempts.get(i);
            if (!inserted[i]) {
                continue;
            }
            if (row.status() == AttemptStatus.PENDING) {
                queued.add(row.id());
            } else {
                metrics.count(row.channel(), row.status());
            }
        }
        if (!queued.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queued.forEach(id -> senders.execute(() -> dispatcher.dispatch(id)));
                }
            });
        }
    }

    /** What a batch writes, gathered to be written at once. */
    private static final class Writes {
        final List<Map.Entry<FeedItem, UUID>> feed = new ArrayList<>();
        final List<Attempts.Row> attempts = new ArrayList<>();
    }

    private void deliver(UUID eventId, Notice n, boolean allowed, Recipient to, boolean hasDevice, Writes writes, Instant now) {
        String template = n.vars().template().wire();
        if (!allowed) {
            n.channels().forEach(c -> skip(writes, eventId, n, c, SkipReason.OPTED_OUT, now));
            return;
        }
        Rendered r;
        try {
            r = templates.render(n.vars(), to.locale(), variants.current());
        } catch (RuntimeException ex) {
            // a template bug (caught by TemplatesTest before it ships): this notice is lost, the event's others are not
            log.error("cannot render {} for event {}: {}", template, eventId, ex.toString());
            return;
        }
        for (Channel c : n.channels()) {
            switch (c) {
                case IN_APP -> {
                    writes.feed.add(Map.entry(new FeedItem(UUID.randomUUID(), n.userId(), template, n.vars().template().category().wire(),
                            r.title(), r.body(), data(n.vars()), now, null), eventId));
                    writes.attempts.add(new Attempts.Row(UUID.randomUUID(), eventId, n.userId(), template, c, AttemptStatus.SENT, null, r.title(),
                            r.body(), null, null, null, null, now));
                }
                case PUSH -> {
                    if (!push.configured()) {
                        skip(writes, eventId, n, c, SkipReason.PUSH_NOT_CONFIGURED, now);
                    } else if (!hasDevice) {
                        skip(writes, eventId, n, c, SkipReason.NO_DEVICE, now);
                    } else {
                        // the devices are the member's at the time of sending (one registered meanwhile gets it too)
                        queue(writes, eventId, n, c, null, r.title(), r.body(), null, data(n.vars()), now);
                    }
                }
                case EMAIL -> {
                    if (to.email() == null) {
                        skip(writes, eventId, n, c, SkipReason.NO_EMAIL, now);
                    } else {
                        queue(writes, eventId, n, c, to.email(), r.subject(), r.text(), r.html(), null, now);
                    }
                }
                case SMS -> {
                    if (to.phone() == null || r.sms() == null) {
                        skip(writes, eventId, n, c, SkipReason.NO_PHONE, now);
                    } else {
                        queue(writes, eventId, n, c, to.phone(), null, r.sms(), null, null, now);
                    }
                }
            }
        }
    }

    private void queue(Writes writes, UUID eventId, Notice n, Channel c, String address, String subject, String text, String html,
                       String data, Instant now) {
        writes.attempts.add(new Attempts.Row(UUID.randomUUID(), eventId, n.userId(), n.vars().template().wire(), c, AttemptStatus.PENDING,
                address, subject, text, html, data, null, null, now));
    }

    private void skip(Writes writes, UUID eventId, Notice n, Channel c, SkipReason reason, Instant now) {
        writes.attempts.add(new Attempts.Row(UUID.randomUUID(), eventId, n.userId(), n.vars().template().wire(), c, AttemptStatus.SKIPPED,
                null, null, null, null, null, null, reason.wire(), now));
    }

    /** The ids the app links the feed line to (booking_id, payment_id …), from the template's variables. */
    private String data(TemplateVars vars) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (var component : vars.getClass().getRecordComponents()) {
            if (component.getType() == UUID.class) {
                try {
                    m.put(com.allocar.platform.web.SnakeCase.of(component.getName()), component.getAccessor().invoke(vars).toString());
                } catch (ReflectiveOperationException | NullPointerException e) {
                    // an id the fact did not carry: not linked
                }
            }
        }
        return json.writeValueAsString(m);
    }

    @PreDestroy
    void stop() {
        senders.close();
    }
}
