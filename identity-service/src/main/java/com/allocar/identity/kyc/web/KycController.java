package com.allocar.identity.kyc.web;

import java.time.Instant;
import java.util.UUID;

import com.allocar.identity.kyc.DocType;
import com.allocar.identity.kyc.KycDocument;
import com.allocar.identity.kyc.KycDocuments;
import com.allocar.identity.kyc.KycStatus;
import com.allocar.identity.storage.ObjectStorage;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/kyc")
@Tag(name = "kyc", description = "Identity verification documents")
class KycController {

    private static final String IMAGE_TYPES = "image/jpeg|image/png|application/pdf";

    private final KycDocuments kyc;

    KycController(KycDocuments kyc) {
        this.kyc = kyc;
    }

    record Submit(@NotNull DocType docType,
                  @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{3,31}", message = "must be 4 to 32 letters, digits, spaces or dashes") String docNumber,
                  @Schema(defaultValue = "image/jpeg") @Pattern(regexp = IMAGE_TYPES) String frontContentType,
                  @Schema(defaultValue = "image/jpeg") @Pattern(regexp = IMAGE_TYPES) String backContentType) {
    }

    record Uploads(ObjectStorage.SignedUrl front, ObjectStorage.SignedUrl back) {
    }

    record DocumentView(UUID id, DocType docType, String docNumber, String status, String notes, Instant reviewedAt,
                        Instant createdAt, Uploads uploads, Uploads images) {
    }

    record StatusView(String status, DocumentView document) {
    }

    @PostMapping
    @Operation(summary = "Submit an identity document; answers presigned PUT URLs to upload its images to the private bucket",
            description = "The document is pending until an admin reviews it. Send an Idempotency-Key to make retries safe.")
    ResponseEntity<Envelope<DocumentView>> submit(CurrentUser user, @Valid @RequestBody Submit body) {
        String front = body.frontContentType() == null ? "image/jpeg" : body.frontContentType();
        String back = body.backContentType() == null ? "image/jpeg" : body.backContentType();
        var submitted = kyc.submit(user.id(), body.docType(), body.docNumber(), front, back);
        var view = view(submitted.document(), new Uploads(submitted.front(), submitted.back()), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(view));
    }

    @GetMapping("/status")
    @Operation(summary = "Status of my latest KYC document: none, pending, approved or rejected")
    Envelope<StatusView> status(CurrentUser user) {
        return Envelope.of(kyc.latestFor(user.id())
                .map(d -> new StatusView(d.getStatus().wire(), view(d, null, null)))
                .orElse(new StatusView(KycStatus.NONE, null)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my KYC documents, with short-lived signed URLs to view its images")
    Envelope<DocumentView> get(CurrentUser user, @PathVariable UUID id) {
        KycDocument d = kyc.get(id, user);
        return Envelope.of(view(d, null, new Uploads(kyc.viewUrl(d.getFrontUrl()), kyc.viewUrl(d.getBackUrl()))));
    }

    static DocumentView view(KycDocument d, Uploads uploads, Uploads images) {
        return new DocumentView(d.getId(), d.getDocType(), d.getDocNumber(), d.getStatus().wire(),
                d.getNotes(), d.getReviewedAt(), d.getCreatedAt(), uploads, images);
    }

}
