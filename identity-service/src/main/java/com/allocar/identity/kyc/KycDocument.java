package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.api.IdentityEvents;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An identity document under review, and the owner of its review: submitted pending, then approved or rejected once by a
 * reviewer; each step records the event other services hear of (wallet and trip need an approved KYC). Images live in
 * the private bucket under {@code frontUrl}/{@code backUrl} keys.
 */
@Entity
@Table(name = "kyc_documents")
public class KycDocument extends AggregateRoot {

    @Id // assigned by us: the storage keys of the images embed it
    private UUID id;
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private DocType docType;
    private String docNumber;
    private String frontUrl;
    private String backUrl;
    @Enumerated(EnumType.STRING)
    private KycStatus status = KycStatus.PENDING;
    private String notes;
    private UUID reviewedBy;
    private Instant reviewedAt;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private Long version; // null until persisted, which tells Spring Data the document is new

    protected KycDocument() {
    }

    private KycDocument(UUID id, UUID userId, DocType docType, String docNumber, Images images) {
        this.id = id;
        this.userId = userId;
        this.docType = docType;
        this.docNumber = docNumber;
        this.frontUrl = images.frontKey();
        this.backUrl = images.backKey();
    }

    /** The storage keys of a document's images; {@code backKey} null for a one-sided document. */
    record Images(String frontKey, String backKey) {
    }

    /** A user's new document, pending review; records {@link KycDocumentSubmitted}. */
    static KycDocument submit(UUID id, UUID userId, DocType docType, String docNumber, Images images) {
        KycDocument doc = new KycDocument(id, userId, docType, docNumber, images);
        doc.record(new KycDocumentSubmitted(id, new IdentityEvents.KycSubmitted(id, userId, docType.wire(), doc.createdAt)));
        return doc;
    }

    /** pending → approved; records {@link KycDocumentApproved}. */
    void approve(String notes, UUID reviewer, Instant now) {
        decide(KycStatus.APPROVED, notes, reviewer, now);
        record(new KycDocumentApproved(id, reviewed()));
        record(audited("kyc.approve"));
    }

    /** pending → rejected, saying why (see {@link RejectionNeedsNotes}); records {@link KycDocumentRejected}. */
    void reject(String notes, UUID reviewer, Instant now) {
        KycStatus.LIFECYCLE.require(status, KycStatus.REJECTED);
        RejectionNeedsNotes.check(notes);
        decide(KycStatus.REJECTED, notes, reviewer, now);
        record(new KycDocumentRejected(id, reviewed()));
        record(audited("kyc.reject"));
    }

    /** Only a pending document can be decided. */
    private void decide(KycStatus decision, String notes, UUID reviewer, Instant now) {
        this.status = KycStatus.LIFECYCLE.require(status, decision);
        this.notes = notes;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    /** A staff decision: the audit trail names the reviewer, the member and the notes — never the document number. */
    private Audited audited(String action) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("user_id", userId.toString());
        meta.put("doc_type", docType.wire());
        if (notes != null) {
            meta.put("notes", notes);
        }
        return new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, reviewedBy, action, "kyc_document", id, meta, reviewedAt));
    }

    private IdentityEvents.KycReviewed reviewed() {
        return new IdentityEvents.KycReviewed(id, userId, docType.wire(), status.wire(), notes, reviewedBy, reviewedAt);
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public DocType getDocType() { return docType; }
    public String getDocNumber() { return docNumber; }
    public String getFrontUrl() { return frontUrl; }
    public String getBackUrl() { return backUrl; }
    public KycStatus getStatus() { return status; }
    public String getNotes() { return notes; }
    public UUID getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
