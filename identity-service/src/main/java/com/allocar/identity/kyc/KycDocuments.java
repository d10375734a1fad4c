package com.allocar.identity.kyc;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.allocar.identity.storage.ObjectStorage;
import com.allocar.platform.api.ApiException;
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

    KycDocuments(KycDocumentRepository documents, ObjectStorage storage) {
        this.documents = documents;
        this.storage = storage;
    }

    public record Submitted(KycDocument document, ObjectStorage.SignedUrl front, ObjectStorage.SignedUrl back) {
    }

    @Transactional
    public Submitted submit(UUID userId, DocType type, String docNumber, String frontContentType, String backContentType) {
        boolean open = documents.existsByUserIdAndStatusIn(userId, EnumSet.of(KycStatus.PENDING, KycStatus.APPROVED));
        OneOpenDocumentPerUser.check(open, open ? documents.findFirstByUserIdOrderByCreatedAtDesc(userId) : Optional.empty());
        UUID id = UUID.randomUUID();
        String prefix = "kyc/" + userId + "/" + id + "/";
        String frontKey = prefix + "front" + extension(frontContentType);
        String backKey = type.hasBack() ? prefix + "back" + extension(backContentType) : null;
        KycDocument doc = documents.saveAndFlush(KycDocument.submit(id, userId, type, docNumber.trim().toUpperCase(Locale.ROOT),
                new KycDocument.Images(frontKey, backKey)));
        String bucket = storage.properties().kycBucket();
        return new Submitted(doc, storage.uploadUrl(bucket, frontKey, frontContentType),
                backKey == null ? null : storage.uploadUrl(bucket, backKey, backContentType));
    }

    /** {@code none} when the user never submitted anything. */
    @Transactional(readOnly = true)
    public String statusOf(UUID userId) {
        return latestFor(userId).map(d -> d.getStatus().wire()).orElse(KycStatus.NONE);
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
    public KycDocument approve(UUID id, String notes, UUID reviewer) {
        KycDocument doc = find(id);
        doc.approve(notes, reviewer, Instant.now());
        return documents.saveAndFlush(doc);
    }

    @Transactional
    public KycDocument reject(UUID id, String notes, UUID reviewer) {
        KycDocument doc = find(id);
        doc.reject(notes, reviewer, Instant.now());
        return documents.saveAndFlush(doc);
    }

    private KycDocument find(UUID id) {
        return documents.findById(id).orElseThrow(() -> ApiException.notFound("kyc_document", id));
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
