package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An identity document under review. Images live in the private bucket under {@code frontUrl}/{@code backUrl} keys. */
@Entity
@Table(name = "kyc_documents")
public class KycDocument {

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

    KycDocument(UUID id, UUID userId, DocType docType, String docNumber, String frontKey, String backKey) {
        this.id = id;
        this.userId = userId;
        this.docType = docType;
        this.docNumber = docNumber;
        this.frontUrl = frontKey;
        this.backUrl = backKey;
    }

    /** The reviewer's decision; only a pending document can be decided, and a rejection must say why. */
    void review(KycStatus decision, String notes, UUID reviewer, Instant now) {
        if (!status.next().contains(decision)) {
            throw new ApiException(ErrorCode.CONFLICT, "KYC document is " + lower(status) + " and cannot become " + lower(decision),
                    Map.of("current", lower(status), "allowed", status.next().stream().map(KycDocument::lower).sorted().toList()));
        }
        if (decision == KycStatus.REJECTED && (notes == null || notes.isBlank())) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "A rejection needs notes for the user",
                    Map.of("fields", List.of(Map.of("field", "notes", "message", "required when rejecting"))));
        }
        this.status = decision;
        this.notes = notes;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    private static String lower(KycStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
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
