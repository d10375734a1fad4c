package com.allocar.admin.kyc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.Staff;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.audit.AuditEntry;

import org.springframework.stereotype.Service;

/**
 * A compliance officer's review. The decision is identity's (its document aggregate audits it in the deciding
 * transaction, naming this staff member as reviewer); what this service adds is the audit of who was shown which
 * member's identity documents — a role-sensitive read — before the page is answered.
 */
@Service
public class KycReview {

    private final IdentityKycClient identity;
    private final AuditLogs audit;

    KycReview(IdentityKycClient identity, AuditLogs audit) {
        this.identity = identity;
        this.audit = audit;
    }

    public Envelope<List<IdentityKycClient.KycDocument>> pending(Staff staff, int page, int pageSize) {
        var answer = identity.pending(page, pageSize);
        Instant now = Instant.now();
        audit.add(answer.data().stream()
                .map(d -> AuditEntry.of(AuditEntry.Actor.ADMIN, staff.id(), "kyc.documents_viewed", "kyc_document", d.id(),
                        Map.of("user_id", String.valueOf(d.userId())), now))
                .toList());
        return answer;
    }

    public IdentityKycClient.KycDocument approve(Staff staff, UUID documentId, String notes) {
        return identity.review(documentId, new IdentityKycClient.Review("approved", notes, staff.id()));
    }

    public IdentityKycClient.KycDocument reject(Staff staff, UUID documentId, String notes) {
        return identity.review(documentId, new IdentityKycClient.Review("rejected", notes, staff.id()));
    }
}
