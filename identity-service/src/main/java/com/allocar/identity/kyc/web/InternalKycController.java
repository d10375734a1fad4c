package com.allocar.identity.kyc.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.identity.kyc.DocType;
import com.allocar.identity.kyc.KycDocument;
import com.allocar.identity.kyc.KycDocuments;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The review side of KYC, called by admin-service (service-to-service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/kyc")
class InternalKycController {

    private static final QuerySpec PENDING = QuerySpec.create().sortable("created_at").defaultSort("created_at");

    private final KycDocuments kyc;

    InternalKycController(KycDocuments kyc) {
        this.kyc = kyc;
    }

    enum Decision { APPROVED, REJECTED }

    record Review(@NotNull Decision decision, @Size(max = 2000) String notes, @NotNull UUID reviewerId) {
    }

    /**
     * A document as its reviewer sees it: whose it is, who decided it, and its images as short-lived signed GETs of the
     * private bucket (never a public URL).
     */
    record ReviewView(UUID id, UUID userId, DocType docType, String docNumber, String status, String notes, UUID reviewedBy,
                      Instant reviewedAt, Instant createdAt, KycController.Uploads images) {
    }

    @PostMapping("/{id}/review")
    Envelope<ReviewView> review(@PathVariable UUID id, @Valid @RequestBody Review body) {
        var doc = switch (body.decision()) {
            case APPROVED -> kyc.approve(id, body.notes(), body.reviewerId());
            case REJECTED -> kyc.reject(id, body.notes(), body.reviewerId());
        };
        return Envelope.of(view(doc));
    }

    @GetMapping("/pending")
    Envelope<List<ReviewView>> pending(HttpServletRequest request) {
        PageQuery q = PENDING.parse(request.getParameterMap());
        return Envelope.page(kyc.pending(q.toPageable(java.util.Map.of("created_at", "createdAt"))), this::view);
    }

    private ReviewView view(KycDocument d) {
        return new ReviewView(d.getId(), d.getUserId(), d.getDocType(), d.getDocNumber(), d.getStatus().wire(), d.getNotes(),
                d.getReviewedBy(), d.getReviewedAt(), d.getCreatedAt(),
                new KycController.Uploads(kyc.viewUrl(d.getFrontUrl()), kyc.viewUrl(d.getBackUrl())));
    }
}
