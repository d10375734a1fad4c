package com.allocar.admin.booking.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.booking.BookingServiceClient;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
@RequestMapping("/api/v1/admin/bookings")
@Tag(name = "Bookings")
class BookingAdminController {

    /** The filters are booking's to check: its validation_error comes back as is. */
    private static final QuerySpec LIST = QuerySpec.create().extra("status", "trip_id", "passenger_id");

    private final BookingServiceClient bookings;

    BookingAdminController(BookingServiceClient bookings) {
        this.bookings = bookings;
    }

    /** What staff may settle a booking as; booking-service decides whether the booking can take it. */
    enum Status { cancelled, no_show, completed }

    /** {@code refund_amount}: to cancel a paid booking, what goes back of what was paid (booking-service checks it). */
    record Patch(@NotNull Status status, @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal refundAmount,
                 @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    @StaffOnly(RoleMatrix.BOOKINGS_ARBITRATION)
    @Operation(summary = "Every booking, newest first: status pending|accepted|paid|cancelled|completed (or in:a,b), trip_id, passenger_id")
    Envelope<List<BookingServiceClient.Booking>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.relay(bookings.list(q.extra("status").orElse(null), q.extra("trip_id").orElse(null),
                q.extra("passenger_id").orElse(null), q.page(), q.pageSize()));
    }

    @PatchMapping("/{id}")
    @StaffOnly(RoleMatrix.BOOKINGS_ARBITRATION)
    @Operation(summary = "Arbitrate a booking: cancelled (with refund_amount when it was paid), no_show or completed",
            description = "cancelled: the booking is cancelled and exactly refund_amount (0 to the amount paid; refused when "
                    + "nothing was paid) is refunded, the rest kept; no_show: a paid booking never checked in, once the trip "
                    + "has left, under the no-show rule; completed: a paid booking once the trip has left. Audited by "
                    + "booking-service (booking.arbitrate, your staff id, the reason). 409 conflict {current} when the booking "
                    + "cannot take the outcome.")
    Envelope<BookingServiceClient.Booking> patch(Staff staff, @PathVariable UUID id, @Valid @RequestBody Patch body) {
        return Envelope.of(bookings.arbitrate(id, new BookingServiceClient.Arbitration(body.status().name(), body.refundAmount(),
                body.reason().strip(), staff.id())));
    }
}
