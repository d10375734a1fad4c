package com.allocar.identity.kyc.web;

import java.util.List;
import java.util.UUID;

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

    @PostMapping("/{id}/review")
    Envelope<KycController.DocumentView> review(@PathVariable UUID id, @Valid @RequestBody Review body) {
        var doc = switch (body.decision()) {
            case APPROVED -> kyc.approve(id, body.notes(), body.reviewerId());
            case REJECTED -> kyc.reject(id, body.notes(), body.reviewerId());
        };
        return Envelope.of(KycController.view(doc, null, null));
    }

    @GetMapping("/pending")
    Envelope<List<KycController.DocumentView>> pending(HttpServletRequest request) {
        PageQuery q = PENDING.parse(request.getParameterMap());
        return Envelope.page(kyc.pending(q.toPageable(java.util.Map.of("created_at", "createdAt"))),
                d -> KycController.view(d, null, null));
    }
}
