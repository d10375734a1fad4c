package com.allocar.admin.dispute.web;

import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.dispute.BookingDisputesClient;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/admin/disputes")
@Tag(name = "Disputes")
class DisputeAdminController {

    /** The filters are booking's to check: its validation_error comes back as is. */
    private static final QuerySpec LIST = QuerySpec.create().extra("status", "booking_id", "category");

    private final BookingDisputesClient disputes;

    DisputeAdminController(BookingDisputesClient disputes) {
        this.disputes = disputes;
    }

    /** Where staff may take a dispute; booking-service decides whether it can go there from where it is. */
    enum Status { in_review, resolved, rejected }

    /** {@code resolution}: what the parties read; needed to resolve or reject unless one was written before. */
    record Patch(@NotNull Status status, @Size(max = 2000) String resolution) {
    }

    @GetMapping
    @StaffOnly(RoleMatrix.DISPUTES)
    @Operation(summary = "The support queue, oldest first: status open|in_review|resolved|rejected (or in:a,b), booking_id, category; "
            + "each dispute with its booking")
    Envelope<List<BookingDisputesClient.Dispute>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.relay(disputes.list(q.extra("status").orElse(null), q.extra("booking_id").orElse(null),
                q.extra("category").orElse(null), q.page(), q.pageSize()));
    }

    @GetMapping("/{id}")
    @StaffOnly(RoleMatrix.DISPUTES)
    @Operation(summary = "One dispute with its booking: trip, passenger, driver, amounts paid and refunded, booking status")
    Envelope<BookingDisputesClient.Dispute> get(@PathVariable UUID id) {
        return Envelope.of(disputes.get(id));
    }

    @PatchMapping("/{id}")
    @StaffOnly(RoleMatrix.DISPUTES)
    @Operation(summary = "Review a dispute: in_review, or decide it (resolved | rejected) with the resolution the parties read",
            description = "open → in_review → resolved | rejected (an open dispute may be decided at once). The parties are told "
                    + "of each move by notification-service; at the status the dispute has, a new resolution replaces the old "
                    + "one; the same review again changes nothing. Audited by booking-service (dispute.review, your staff id). "
                    + "409 conflict {current, allowed} for a move the dispute cannot make (a decided dispute is final).")
    Envelope<BookingDisputesClient.Dispute> patch(Staff staff, @PathVariable UUID id, @Valid @RequestBody Patch body) {
        return Envelope.of(disputes.review(id, new BookingDisputesClient.Review(body.status().name(), body.resolution(), staff.id())));
    }
}
