package com.allocar.booking.dispute.web;

import java.util.List;
import java.util.UUID;

import com.allocar.booking.api.BookingInternalApi.DisputeReview;
import com.allocar.booking.api.BookingInternalApi.DisputedBooking;
import com.allocar.booking.api.BookingInternalApi.StaffDisputeView;
import com.allocar.booking.dispute.Dispute;
import com.allocar.booking.dispute.DisputeCase;
import com.allocar.booking.dispute.DisputeCategory;
import com.allocar.booking.dispute.DisputeStatus;
import com.allocar.booking.dispute.ReadDisputes;
import com.allocar.booking.dispute.ReviewDispute;
import com.allocar.booking.reservation.Booking;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Disputes as staff handle them: admin-service's {@code /admin/disputes} (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/disputes")
class InternalStaffDisputeController {

    /** Oldest first by default: the support queue is worked from the dispute that has waited longest. */
    private static final QuerySpec LIST = QuerySpec.create()
            .enumFilter("status", DisputeStatus.class).filter("booking_id", FieldType.UUID_).enumFilter("category", DisputeCategory.class)
            .sortable("created_at", "updated_at").defaultSort("created_at");

    private final ReadDisputes read;
    private final ReviewDispute review;

    InternalStaffDisputeController(ReadDisputes read, ReviewDispute review) {
        this.read = read;
        this.review = review;
    }

    /** {@code status=open} (or {@code in:open,in_review}), {@code booking_id}, {@code category}; each with its booking. */
    @GetMapping
    Envelope<List<StaffDisputeView>> list(HttpServletRequest request) {
        return Envelope.page(read.all(LIST.parse(request.getParameterMap())), InternalStaffDisputeController::view);
    }

    @GetMapping("/{id}")
    Envelope<StaffDisputeView> get(@PathVariable UUID id) {
        return Envelope.of(view(read.one(id)));
    }

    /** in_review | resolved | rejected; the dispute's own refusals as 400 (no resolution to decide) / 409 {current, allowed}. */
    @PostMapping("/{id}/review")
    Envelope<StaffDisputeView> review(@PathVariable UUID id, @Valid @RequestBody DisputeReview body) {
        String resolution = body.resolution() == null || body.resolution().isBlank() ? null : body.resolution().strip();
        return Envelope.of(view(review.review(id, DisputeStatus.valueOf(body.status().name()), resolution, body.staffId())));
    }

    static StaffDisputeView view(DisputeCase c) {
        Dispute d = c.dispute();
        Booking b = c.booking();
        return new StaffDisputeView(d.getId(), d.getBookingId(), d.getOpenedBy(), d.getCategory(), d.getDescription(), d.getStatus().wire(),
                d.getResolution(), d.getResolvedBy(), d.getResolvedAt(), d.getCreatedAt(), d.getUpdatedAt(),
                new DisputedBooking(b.getTripId(), b.getPassengerId(), b.getDriverId(), b.getStatus().wire(), b.getSeats(), b.getAmountTotal(),
                        b.getAmountPaid(), b.getCurrency(), b.getDepartureTime(), b.getOriginText(), b.getDestinationText(),
                        b.getCancelReason() == null ? null : b.getCancelReason().wire(), b.getRefundAmount()));
    }
}
