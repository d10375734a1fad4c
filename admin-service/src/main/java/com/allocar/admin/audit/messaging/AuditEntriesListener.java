package com.allocar.admin.audit.messaging;

import java.util.List;

import com.allocar.admin.audit.AuditLogs;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every owner's {@code audit.recorded} on {@code audit.entries} becomes one {@code audit_logs} row, once (inbox in the
 * same transaction, and the row's id is the entry's). A record that is no audit entry, or one that names no action,
 * entity or actor where one is due, goes to {@code audit.entries.dlt} at once (platform {@code DeadLetters}): an audit
 * entry is never dropped silently.
 */
@Component
class AuditEntriesListener {

    static final String CONSUMER = "admin.audit";

    private final EventReader reader;
    private final Inbox inbox;
    private final AuditLogs logs;

    AuditEntriesListener(EventReader reader, Inbox inbox, AuditLogs logs) {
        this.reader = reader;
        this.inbox = inbox;
        this.logs = logs;
    }

    @KafkaListener(topics = "audit.entries")
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        AuditEntry entry;
        try {
            event = reader.envelope(message);
            if (!Audited.TYPE.wire().equals(event.type())) {
                return;
            }
            entry = reader.payload(event, AuditEntry.class);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record of audit.entries that is not an audit entry: " + e);
        }
        if (!complete(entry)) {
            throw new DeadLetters.PoisonEvent("audit entry " + event.eventId() + " lacks its id, action, entity, time or actor: " + entry);
        }
        if (inbox.firstDelivery(event.eventId(), CONSUMER)) {
            logs.add(List.of(entry));
        }
    }

    static boolean complete(AuditEntry e) {
        boolean actorKnown = switch (e.actorType() == null ? "" : e.actorType()) {
            case "system" -> true;
            case "user", "admin" -> e.actorId() != null;
            default -> false;
        };
        return actorKnown && e.auditId() != null && notBlank(e.action()) && notBlank(e.entity()) && notBlank(e.entityId())
                && e.occurredAt() != null && e.meta() != null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
