package com.allocar.admin.user;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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
 * identity-service's accounts API ({@code /internal/users}, {@code /internal/driver-holds}, for admin-service only): its refusals come back as the same
 * errors ({@code validation_error} for a bad filter, {@code not_found}, {@code conflict} {current}), an unreachable
 * identity is 503. Searches and reads are GETs, retried on an outage; a suspension is not.
 */
@FeignClient(name = "identity-service", contextId = "identity-users", url = "${allocar.admin.identity-service.base-url:http://127.0.0.1:8081}")
public interface IdentityUsersClient {

    /** What admin-service reads of identity's {@code AccountView}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Account(UUID id, String phone, String email, String firstName, String lastName, String status, boolean isDriver,
                   boolean isPhoneVerified, boolean isEmailVerified, BigDecimal ratingAvg, int ratingCount, String kycStatus,
                   Instant createdAt, Instant updatedAt) {
    }

    record StaffAction(UUID staffId, String reason) {
    }

    /** A driver held after a low rating (identity's review queue). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldDriver(UUID userId, String firstName, String lastName, String phone, BigDecimal ratingAvg, int ratingCount, Instant heldAt,
                      String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Released(UUID userId, boolean driverHeld, BigDecimal ratingAvg, int ratingCount) {
    }

    @Idempotent
    @GetMapping("/internal/users")
    Envelope<List<Account>> search(@RequestParam(value = "query", required = false) String query,
                                   @RequestParam(value = "status", required = false) String status,
                                   @RequestParam(value = "created_from", required = false) String createdFrom,
                                   @RequestParam(value = "created_to", required = false) String createdTo,
                                   @RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @Idempotent
    @GetMapping("/internal/users/{id}")
    Account get(@PathVariable("id") UUID userId);

    @PostMapping("/internal/users/{id}/suspension")
    Account suspend(@PathVariable("id") UUID userId, @RequestBody StaffAction action);

    @PostMapping("/internal/users/{id}/reactivation")
    Account reactivate(@PathVariable("id") UUID userId, @RequestBody StaffAction action);

    @Idempotent
    @GetMapping("/internal/driver-holds")
    Envelope<List<HeldDriver>> heldDrivers(@RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/driver-holds/{id}/release")
    Released releaseDriver(@PathVariable("id") UUID userId, @RequestBody StaffAction action);
}
