package com.allocar.booking.dispute.web;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.dispute.Dispute;
import com.allocar.booking.dispute.DisputeCategory;
import com.allocar.booking.dispute.Disputes;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members' side of disputes. Staff review them through admin-service ({@link InternalStaffDisputeController}), not here. */
@RestController
@RequestMapping("/api/v1/disputes")
@Tag(name = "disputes", description = "Support tickets about a booking")
class DisputeController {

    private final Disputes disputes;

    DisputeController(Disputes disputes) {
        this.disputes = disputes;
    }

    record Create(@NotNull UUID bookingId, @NotNull DisputeCategory category, @NotBlank @Size(min = 10, max = 2000) String description) {
    }

    record DisputeView(UUID id, UUID bookingId, UUID openedBy, String category, String description, String status, String resolution,
                       UUID resolvedBy, Instant resolvedAt, Instant createdAt, Instant updatedAt) {

        static DisputeView of(Dispute d) {
            return new DisputeView(d.getId(), d.getBookingId(), d.getOpenedBy(), d.getCategory(), d.getDescription(), d.getStatus().wire(),
                    d.getResolution(), d.getResolvedBy(), d.getResolvedAt(), d.getCreatedAt(), d.getUpdatedAt());
        }
    }

    @PostMapping
    @Operation(summary = "Open a dispute about one of my bookings (passenger or driver)")
    ResponseEntity<Envelope<DisputeView>> open(CurrentUser user, @Valid @RequestBody Create body) {
        Dispute d = disputes.open(user.id(), body.bookingId(), body.category(), body.description().strip());
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(DisputeView.of(d)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A dispute about one of my bookings (its passenger or driver): its status and, once decided, the resolution")
    Envelope<DisputeView> get(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(DisputeView.of(disputes.get(user.id(), id)));
    }
}
