package com.allocar.admin.user.web;

import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.user.IdentityUsersClient;
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

/** The review queue of drivers held after a low rating (identity holds them automatically; staff release them). */
@RestController
@RequestMapping("/api/v1/admin/drivers")
@Tag(name = "Users")
class DriverHoldsController {

    private static final QuerySpec QUEUE = QuerySpec.create();

    record Release(@NotBlank @Size(max = 500) String reason) {
    }

    private final IdentityUsersClient identity;

    DriverHoldsController(IdentityUsersClient identity) {
        this.identity = identity;
    }

    @GetMapping("/held")
    @StaffOnly(RoleMatrix.USERS_READ)
    @Operation(summary = "Drivers held after a low rating (settings driver_rating_floor / driver_rating_min_count), the longest held first",
            description = "A held driver keeps their account and trips already published, and cannot publish new trips until released.")
    Envelope<List<IdentityUsersClient.HeldDriver>> queue(HttpServletRequest request) {
        PageQuery q = QUEUE.parse(request.getParameterMap());
        return Envelope.relay(identity.heldDrivers(q.page(), q.pageSize()));
    }

    @PostMapping("/{id}/release")
    @StaffOnly(RoleMatrix.USERS_EDIT)
    @Operation(summary = "Release a held driver, saying why: they may publish again (held again only after as many new low ratings)",
            description = "Audited by identity (driver.release) with your staff id. 409 conflict {current: not_held} when they are not held.")
    Envelope<IdentityUsersClient.Released> release(Staff staff, @PathVariable UUID id, @Valid @RequestBody Release body) {
        return Envelope.of(identity.releaseDriver(id, new IdentityUsersClient.StaffAction(staff.id(), body.reason().trim())));
    }
}
