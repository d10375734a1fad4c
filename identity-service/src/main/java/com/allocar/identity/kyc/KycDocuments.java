package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.storage.ObjectStorage;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** KYC: a user submits a document (images uploaded straight to the private bucket), an admin reviews it. */
@Service
public class KycDocuments {

    private final KycDocumentRepository documents;
    private final ObjectStorage storage;
    private final Outbox outbox;

    KycDocuments(KycDocumentRepository documents, ObjectStorage storage, Outbox outbox) {
        this.documents = documents;
        this.storage = storage;
        this.outbox = outbox;
    }

    public record Submitted(KycDocument document, ObjectStorage.SignedUrl front, ObjectStorage.SignedUrl back) {
    }

    @Transactional
    public Submitted submit(UUID userId, DocType type, String docNumber, String frontContentType, String backContentType) {
        if (documents.existsByUserIdAndStatusIn(userId, EnumSet.of(KycStatus.PENDING, KycStatus.APPROVED))) {
            KycStatus current = documents.findFirstByUserIdOrderByCreatedAtDesc(userId).map(KycDocument::getStatus).orElse(KycStatus.PENDING);
            throw ApiException.conflict("A KYC document is already " + current.name().toLowerCase(Locale.ROOT),
                    Map.of("current", current.name().toLowerCase(Locale.ROOT)));
        }
        UUID id = UUID.randomUUID();
        String prefix = "kyc/" + userId + "/" + id + "/";
        String frontKey = prefix + "front" + extension(frontContentType);
        String backKey = type.hasBack() ? prefix + "back" + extension(backContentType) : null;
        KycDocument doc = documents.saveAndFlush(new KycDocument(id, userId, type, docNumber.trim().toUpperCase(Locale.ROOT), frontKey, backKey));
        outbox.publish(IdentityEvents.KYC_TOPIC, "kyc_document", doc.getId(), IdentityEvents.KYC_SUBMITTED,
                new IdentityEvents.KycSubmitted(doc.getId(), userId, type.name().toLowerCase(Locale.ROOT), doc.getCreatedAt()));
        String bucket = storage.properties().kycBucket();
        return new Submitted(doc, storage.uploadUrl(bucket, frontKey, frontContentType),
                backKey == null ? null : storage.uploadUrl(bucket, backKey, backContentType));
    }

    /** {@code none} when the user never submitted anything. */
    @Transactional(readOnly = true)
    public String statusOf(UUID userId) {
        return latestFor(userId).map(d -> d.getStatus().name().toLowerCase(Locale.ROOT)).orElse("none");
    }

    @Transactional(readOnly = true)
    public Optional<KycDocument> latestFor(UUID userId) {
        return documents.findFirstByUserIdOrderByCreatedAtDesc(userId);
    }

    /** A document is visible to its owner and to admins only. */
    @Transactional(readOnly = true)
    public KycDocument get(UUID id, CurrentUser requester) {
        KycDocument doc = documents.findById(id).orElseThrow(() -> ApiException.notFound("kyc_document", id));
        if (!doc.getUserId().equals(requester.id()) && !requester.isAdmin()) {
            throw ApiException.forbidden("This KYC document belongs to another user");
        }
        return doc;
    }

    @Transactional
    public KycDocument review(UUID id, KycStatus decision, String notes, UUID reviewer) {
        KycDocument doc = documents.findById(id).orElseThrow(() -> ApiException.notFound("kyc_document", id));
        doc.review(decision, notes, reviewer, Instant.now());
        documents.saveAndFlush(doc);
        String type = decision == KycStatus.APPROVED ? IdentityEvents.KYC_APPROVED : IdentityEvents.KYC_REJECTED;
        outbox.publish(IdentityEvents.KYC_TOPIC, "kyc_document", doc.getId(), type,
                new IdentityEvents.KycReviewed(doc.getId(), doc.getUserId(), doc.getDocType().name().toLowerCase(Locale.ROOT),
                        decision.name().toLowerCase(Locale.ROOT), notes, reviewer, doc.getReviewedAt()));
        return doc;
    }

    @Transactional(readOnly = true)
    public Page<KycDocument> pending(Pageable pageable) {
        return documents.findByStatus(KycStatus.PENDING, pageable);
    }

    public ObjectStorage.SignedUrl viewUrl(String key) {
        return key == null ? null : storage.viewUrl(storage.properties().kycBucket(), key);
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> ".jpg";
        };
    }
}
