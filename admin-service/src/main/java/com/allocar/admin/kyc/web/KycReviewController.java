package com.allocar.admin.kyc.web;

import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.kyc.IdentityKycClient;
import com.allocar.admin.kyc.KycReview;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/kyc")
@Tag(name = "KYC review")
class KycReviewController {

    private static final QuerySpec PENDING = QuerySpec.create();

    private final KycReview review;

    KycReviewController(KycReview review) {
        this.review = review;
    }

    record Approval(@Size(max = 2000) String notes) {
    }

    record Rejection(@NotBlank @Size(max = 2000) String notes) {
    }

    @GetMapping("/pending")
    @StaffOnly(RoleMatrix.KYC_REVIEW)
    @Operation(summary = "Documents waiting for review, oldest first, with short-lived signed GETs of their images",
            description = "Each document shown is written to the audit trail (kyc.documents_viewed) with the staff id.")
    Envelope<List<IdentityKycClient.KycDocument>> pending(Staff staff, HttpServletRequest request) {
        PageQuery q = PENDING.parse(request.getParameterMap());
        return Envelope.relay(review.pending(staff, q.page(), q.pageSize()));
    }

    @PostMapping("/{id}/approve")
    @StaffOnly(RoleMatrix.KYC_REVIEW)
    @Operation(summary = "Approve a pending document: reviewed_by is you; the member may then publish trips and receive payouts",
            description = "A document already decided is 409 conflict; the body and its notes are optional.")
    Envelope<IdentityKycClient.KycDocument> approve(Staff staff, @PathVariable UUID id, @Valid @RequestBody(required = false) Approval body) {
        return Envelope.of(review.approve(staff, id, body == null ? null : body.notes()));
    }

    @PostMapping("/{id}/reject")
    @StaffOnly(RoleMatrix.KYC_REVIEW)
    @Operation(summary = "Reject a pending document, saying why (notes, shown to the member)")
    Envelope<IdentityKycClient.KycDocument> reject(Staff staff, @PathVariable UUID id, @Valid @RequestBody Rejection body) {
        return Envelope.of(review.reject(staff, id, body.notes()));
    }
}
