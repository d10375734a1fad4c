package com.allocar.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who did what to which entity, as the spec's {@code audit_logs} row: {@code actor_type} user | admin | system,
 * {@code actor_id} (a member's or a staff member's id; none for the system), an {@code action} such as
 * {@code kyc.approve}, the {@code entity} and its id, and what else matters in {@code meta} (never a secret, a token or a
 * document number).
 */
public record AuditEntry(UUID auditId, String actorType, @Nullable UUID actorId, String action, String entity, String entityId,
                         Map<String, Object> meta, Instant occurredAt) {

    public enum Actor {
        USER, ADMIN, SYSTEM;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static AuditEntry of(Actor actor, @Nullable UUID actorId, String action, String entity, Object entityId,
                                Map<String, Object> meta, Instant at) {
        if (actor != Actor.SYSTEM && actorId == null) {
            throw new IllegalArgumentException("an audited " + actor.wire() + " action names its actor");
        }
        return new AuditEntry(UUID.randomUUID(), actor.wire(), actorId, action, entity, String.valueOf(entityId), Map.copyOf(meta), at);
    }
}
