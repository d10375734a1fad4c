package com.allocar.admin.trip.web;

import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.trip.TripServiceClient;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/trips")
@Tag(name = "Trips")
class TripAdminController {

    /** status and driver_id are trip's to check: its validation_error comes back as is. */
    private static final QuerySpec LIST = QuerySpec.create().extra("status", "driver_id");

    private final TripServiceClient trips;

    TripAdminController(TripServiceClient trips) {
        this.trips = trips;
    }

    /** The one moderation staff make of a trip: calling it off. Any other status is a validation_error. */
    enum Status { cancelled }

    record Patch(@NotNull Status status, @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    @StaffOnly(RoleMatrix.TRIPS_MODERATION)
    @Operation(summary = "Every trip, drafts included, newest departure first: status draft|published|ongoing|completed|cancelled "
            + "(or in:a,b), driver_id")
    Envelope<List<TripServiceClient.Trip>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.relay(trips.list(q.extra("status").orElse(null), q.extra("driver_id").orElse(null), q.page(), q.pageSize()));
    }

    @PatchMapping("/{id}")
    @StaffOnly(RoleMatrix.TRIPS_MODERATION)
    @Operation(summary = "Cancel a draft or published trip (status cancelled, with a reason)",
            description = "As the driver's own cancellation: every seat hold released, every live booking cancelled and paid "
                    + "passengers refunded in full — without the driver's late-cancellation penalty, the decision being yours. "
                    + "Audited by trip-service (trip.cancel, your staff id, the reason). 409 conflict {current} for a trip "
                    + "under way, completed or cancelled already.")
    Envelope<TripServiceClient.Trip> patch(Staff staff, @PathVariable UUID id, @Valid @RequestBody Patch body) {
        return Envelope.of(trips.cancel(id, new TripServiceClient.StaffCancellation(body.reason().strip(), staff.id())));
    }
}
