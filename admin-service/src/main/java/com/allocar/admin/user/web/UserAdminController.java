package com.allocar.admin.user.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.user.IdentityUsersClient;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users")
class UserAdminController {

    /** Filters are identity's to check (status, period): its validation_error comes back as is. */
    private static final QuerySpec SEARCH = QuerySpec.create().extra("query", "status", "created_from", "created_to");

    private final IdentityUsersClient identity;

    UserAdminController(IdentityUsersClient identity) {
        this.identity = identity;
    }

    enum Status { active, suspended }

    /** {@code reason} is required to suspend (it is in the audit trail), optional to reactivate. */
    record Patch(@NotNull Status status, @Size(max = 500) String reason) {
    }

    @GetMapping
    @StaffOnly(RoleMatrix.USERS_READ)
    @Operation(summary = "Search members: query in phone / e-mail / name, status active|suspended, sign-up period; newest first")
    @Parameter(name = "created_from", description = "2026-12-01 (day included) or an instant")
    @Parameter(name = "created_to", description = "2026-12-03 (day included) or an instant (excluded)")
    Envelope<List<IdentityUsersClient.Account>> search(HttpServletRequest request) {
        PageQuery q = SEARCH.parse(request.getParameterMap());
        return Envelope.relay(identity.search(q.extra("query").orElse(null), q.extra("status").orElse(null), q.extra("created_from").orElse(null),
                q.extra("created_to").orElse(null), q.page(), q.pageSize()));
    }

    @GetMapping("/{id}")
    @StaffOnly(RoleMatrix.USERS_READ)
    @Operation(summary = "One member's account, with its KYC status")
    Envelope<IdentityUsersClient.Account> get(@PathVariable UUID id) {
        return Envelope.of(identity.get(id));
    }

    @PatchMapping("/{id}")
    @StaffOnly(RoleMatrix.USERS_EDIT)
    @Operation(summary = "Suspend (status suspended, with a reason) or reactivate (status active) a member",
            description = "A suspension ends every session of the member at once (their access tokens are refused everywhere) "
                    + "and refuses sign-in until reactivated; both are in the audit trail with your staff id. "
                    + "409 conflict {current} when the account is in that status already.")
    Envelope<IdentityUsersClient.Account> patch(Staff staff, @PathVariable UUID id, @Valid @RequestBody Patch body) {
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().trim();
        var action = new IdentityUsersClient.StaffAction(staff.id(), reason);
        return Envelope.of(switch (body.status()) {
            case suspended -> {
                if (reason == null) {
                    throw new ApiException(ErrorCode.VALIDATION_ERROR, "Say why the account is suspended",
                            Map.of("fields", List.of(Map.of("field", "reason", "message", "required to suspend"))));
                }
                yield identity.suspend(id, action);
            }
            case active -> identity.reactivate(id, action);
        });
    }
}
