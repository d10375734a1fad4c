package com.allocar.identity.suspension.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.kyc.KycDocuments;
import com.allocar.identity.suspension.Suspensions;
import com.allocar.identity.user.Profiles;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserSearch;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.Period;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts as staff see them, for admin-service only (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/users")
class InternalAccountsController {

    enum Status { ACTIVE, SUSPENDED }

    private static final QuerySpec SEARCH = QuerySpec.create().enumFilter("status", Status.class)
            .sortable("created_at").defaultSort("-created_at").extra("query", "created_from", "created_to");

    private final UserSearch search;
    private final Profiles profiles;
    private final Suspensions suspensions;
    private final KycDocuments kyc;

    InternalAccountsController(UserSearch search, Profiles profiles, Suspensions suspensions, KycDocuments kyc) {
        this.search = search;
        this.profiles = profiles;
        this.suspensions = suspensions;
        this.kyc = kyc;
    }

    /** {@code kyc_status} only on a single account (none in lists: one query per page, not per row). */
    record AccountView(UUID id, String phone, String email, String firstName, String lastName, String status, boolean isDriver,
                       boolean isPhoneVerified, boolean isEmailVerified, BigDecimal ratingAvg, int ratingCount, String kycStatus,
                       Instant createdAt, Instant updatedAt) {

        static AccountView of(User u, String kycStatus) {
            return new AccountView(u.getId(), u.getPhone(), u.getEmail(), u.getFirstName(), u.getLastName(), u.isActive() ? "active" : "suspended",
                    u.isDriver(), u.isPhoneVerified(), u.isEmailVerified(), u.getRatingAvg(), u.getRatingCount(), kycStatus,
                    u.getCreatedAt(), u.getUpdatedAt());
        }
    }

    record StaffAction(@NotNull UUID staffId, @NotBlank @Size(max = 500) String reason) {
    }

    record Reactivation(@NotNull UUID staffId, @Size(max = 500) String reason) {
    }

    @GetMapping
    Envelope<List<AccountView>> search(HttpServletRequest request) {
        PageQuery q = SEARCH.parse(request.getParameterMap());
        if (q.extra("query").map(String::length).orElse(0) > 100) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid query parameters",
                    Map.of("fields", List.of(Map.of("field", "query", "message", "at most 100 characters"))));
        }
        Boolean active = q.filter("status").map(f -> f.value() == Status.ACTIVE).orElse(null);
        Period created = Period.parse(q.extra("created_from").orElse(null), q.extra("created_to").orElse(null), "created_from", "created_to");
        var page = search.search(new UserSearch.Criteria(q.extra("query").orElse(null), active, created.from(), created.to()),
                q.toPageable(Map.of("created_at", "createdAt")));
        return Envelope.page(page, u -> AccountView.of(u, null));
    }

    @GetMapping("/{id}")
    Envelope<AccountView> get(@PathVariable UUID id) {
        return Envelope.of(AccountView.of(profiles.get(id), kyc.statusOf(id)));
    }

    @PostMapping("/{id}/suspension")
    Envelope<AccountView> suspend(@PathVariable UUID id, @Valid @RequestBody StaffAction body) {
        return Envelope.of(AccountView.of(suspensions.suspend(id, body.staffId(), body.reason()), kyc.statusOf(id)));
    }

    @PostMapping("/{id}/reactivation")
    Envelope<AccountView> reactivate(@PathVariable UUID id, @Valid @RequestBody Reactivation body) {
        return Envelope.of(AccountView.of(suspensions.reactivate(id, body.staffId(), body.reason()), kyc.statusOf(id)));
    }
}
