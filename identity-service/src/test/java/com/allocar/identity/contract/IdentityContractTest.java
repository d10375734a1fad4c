package com.allocar.identity.contract;

import java.util.Map;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity-service's side of the fleet's contracts (ADR 008): each fixture of contracts/identity-service/ is exactly what its record
 * writes, and every event type identity-service declares has its fixture on its topic. A field renamed here, or there,
 * fails this build; the consumers' contract tests read the same fixtures into their own records.
 */
class IdentityContractTest {

    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("identity-service/user.registered.v1", IdentityEvents.UserRegistered.class),
            Map.entry("identity-service/user.verified.v1", IdentityEvents.UserVerified.class),
            Map.entry("identity-service/user.updated.v1", IdentityEvents.UserUpdated.class),
            Map.entry("identity-service/referral.applied.v1", IdentityEvents.ReferralApplied.class),
            Map.entry("identity-service/kyc.submitted.v1", IdentityEvents.KycSubmitted.class),
            Map.entry("identity-service/kyc.approved.v1", IdentityEvents.KycReviewed.class),
            Map.entry("identity-service/kyc.rejected.v1", IdentityEvents.KycReviewed.class));

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("identity-service", RECORDS, IdentityEventType.values());
    }

    /** identity publishes the fleet's audit event (its KYC decisions): the platform's record writes that fixture. */
    @Test
    void the_audit_entries_we_publish_are_the_fleets_audit_contract() {
        var entry = ContractFixtures.assertWrites("platform/audit.recorded.v1", AuditEntry.class);
        assertThat(ContractFixtures.fixture("platform/audit.recorded.v1").path("topic").asString()).isEqualTo(Audited.TYPE.topic());
        assertThat(ContractFixtures.fixture("platform/audit.recorded.v1").path("contract").asString()).isEqualTo(Audited.TYPE.wire());
        assertThat(entry.actorType()).isEqualTo(AuditEntry.Actor.ADMIN.wire());
    }
}
