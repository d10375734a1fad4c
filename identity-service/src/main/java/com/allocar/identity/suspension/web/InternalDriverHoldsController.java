package com.allocar.identity.suspension.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.identity.suspension.DriverHolds;
import com.allocar.identity.user.User;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
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

/** The low-rating drivers' review queue, for admin-service only (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/driver-holds")
class InternalDriverHoldsController {

    private static final QuerySpec QUEUE = QuerySpec.create();

    record HeldDriver(UUID userId, String firstName, String lastName, String phone, BigDecimal ratingAvg, int ratingCount,
                      Instant heldAt, String reason) {

        static HeldDriver of(User u) {
            return new HeldDriver(u.getId(), u.getFirstName(), u.getLastName(), u.getPhone(), u.getRatingAvg(), u.getRatingCount(),
                    u.getDriverHeldAt(), u.getDriverHoldReason());
        }
    }

    record Release(@NotNull UUID staffId, @NotBlank @Size(max = 500) String reason) {
    }

    record Released(UUID userId, boolean driverHeld, BigDecimal ratingAvg, int ratingCount) {
    }

    private final DriverHolds holds;

    InternalDriverHoldsController(DriverHolds holds) {
        this.holds = holds;
    }

    /** The longest held first. */
    @GetMapping
    Envelope<List<HeldDriver>> queue(HttpServletRequest request) {
        PageQuery q = QUEUE.parse(request.getParameterMap());
        return Envelope.page(holds.queue(q.page() - 1, q.pageSize()), HeldDriver::of);
    }

    /** 404 unknown member, 409 {current: not_held} when there is no hold to release. */
    @PostMapping("/{userId}/release")
    Envelope<Released> release(@PathVariable UUID userId, @Valid @RequestBody Release body) {
        User u = holds.release(userId, body.staffId(), body.reason().trim());
        return Envelope.of(new Released(u.getId(), u.isDriverHeld(), u.getRatingAvg(), u.getRatingCount()));
    }
}
