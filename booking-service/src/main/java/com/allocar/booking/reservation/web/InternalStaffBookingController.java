package com.allocar.booking.reservation.web;

import java.util.List;
import java.util.UUID;

import com.allocar.booking.api.BookingInternalApi.Arbitration;
import com.allocar.booking.api.BookingInternalApi.StaffBookingView;
import com.allocar.booking.reservation.ArbitrateBooking;
import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingStatus;
import com.allocar.booking.reservation.ReadBookings;
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

/** Bookings as staff see and settle them: admin-service's {@code /admin/bookings} (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/bookings")
class InternalStaffBookingController {

    private static final QuerySpec LIST = QuerySpec.create()
            .enumFilter("status", BookingStatus.class).filter("trip_id", FieldType.UUID_).filter("passenger_id", FieldType.UUID_)
            .filter("driver_id", FieldType.UUID_).range("created_at", FieldType.INSTANT).range("departure_time", FieldType.INSTANT)
            .sortable("created_at", "departure_time").defaultSort("-created_at");

    private final ReadBookings read;
    private final ArbitrateBooking arbitrate;

    InternalStaffBookingController(ReadBookings read, ArbitrateBooking arbitrate) {
        this.read = read;
        this.arbitrate = arbitrate;
    }

    /** Newest first; {@code status=in:paid,accepted}, {@code trip_id}, {@code passenger_id}, {@code driver_id}, periods. */
    @GetMapping
    Envelope<List<StaffBookingView>> list(HttpServletRequest request) {
        return Envelope.page(read.all(LIST.parse(request.getParameterMap())), InternalStaffBookingController::view);
    }

    /** cancelled (with the refund staff name) | no_show | completed; the booking's own refusals as 400 / 409. */
    @PostMapping("/{id}/arbitration")
    Envelope<StaffBookingView> arbitrate(@PathVariable UUID id, @Valid @RequestBody Arbitration body) {
        return Envelope.of(view(arbitrate.arbitrate(id, body.outcome(), body.refundAmount(), body.reason().strip(), body.staffId())));
    }

    static StaffBookingView view(Booking b) {
        return new StaffBookingView(b.getId(), b.getTripId(), b.getPassengerId(), b.getDriverId(), b.getSeats(), b.getAmountTotal(),
                b.getCurrency(), b.getStatus().wire(), b.getDepartureTime(), b.getOriginText(), b.getDestinationText(), b.getAmountPaid(),
                b.getPaidAt(), b.getCheckedInAt(), b.isNoShow(), b.getCancelReason() == null ? null : b.getCancelReason().wire(),
                b.getCancelledBy(), b.getCancelledAt(), b.getRefundAmount(), b.getFeeAmount(), b.getCompletedAt(), b.getCreatedAt());
    }
}
