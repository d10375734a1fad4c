package com.allocar.admin.audit.messaging;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What admin-service reads of the fleet's audit event is in its fixture, and the listener would keep it. */
class ConsumedContractsTest {

    @Test
    void theAuditFixtureReadsIntoACompleteEntry() {
        AuditEntry e = ContractFixtures.read("platform/audit.recorded.v1", AuditEntry.class);
        assertThat(e.auditId()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-000000000091"));
        assertThat(e.actorType()).isEqualTo("admin");
        assertThat(e.action()).isEqualTo("kyc.approve");
        assertThat(e.meta()).containsEntry("doc_type", "cni");
        assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-12-03T09:30:00Z"));
        assertThat(AuditEntriesListener.complete(e)).isTrue();
    }

    @Test
    void anEntryWithoutItsActorIsIncomplete() {
        AuditEntry e = ContractFixtures.read("platform/audit.recorded.v1", AuditEntry.class);
        assertThat(AuditEntriesListener.complete(new AuditEntry(e.auditId(), "admin", null, e.action(), e.entity(), e.entityId(), e.meta(), e.occurredAt())))
                .isFalse();
        assertThat(AuditEntriesListener.complete(new AuditEntry(e.auditId(), "system", null, e.action(), e.entity(), e.entityId(), e.meta(), e.occurredAt())))
                .isTrue();
        assertThat(AuditEntriesListener.complete(new AuditEntry(e.auditId(), "robot", e.actorId(), e.action(), e.entity(), e.entityId(), e.meta(), e.occurredAt())))
                .isFalse();
    }
}
