package com.allocar.admin.kyc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * identity-service's KYC review API ({@code /internal/kyc}, for admin-service only), on the platform's service clients:
 * its {@code not_found} / {@code conflict} / {@code validation_error} come back as the same errors, an unreachable
 * identity is 503 {@code service_unavailable}. The pending list is a GET, retried on an outage; a review is not.
 */
@FeignClient(name = "identity-service", url = "${allocar.admin.identity-service.base-url:http://127.0.0.1:8081}")
public interface IdentityKycClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SignedUrl(String url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Images(SignedUrl front, SignedUrl back) {
    }

    /** What admin-service reads of identity's {@code ReviewView}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KycDocument(UUID id, UUID userId, String docType, String docNumber, String status, String notes, UUID reviewedBy,
                       Instant reviewedAt, Instant createdAt, Images images) {
    }

    record Review(String decision, String notes, UUID reviewerId) {
    }

    @Idempotent
    @GetMapping("/internal/kyc/pending")
    Envelope<List<KycDocument>> pending(@RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/kyc/{id}/review")
    KycDocument review(@PathVariable("id") UUID documentId, @RequestBody Review review);
}
