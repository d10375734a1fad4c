package com.allocar.booking.reservation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingStatus;
import com.allocar.booking.reservation.AcceptOrReject;
import com.allocar.booking.reservation.BookTrip;
import com.allocar.booking.reservation.CancelBooking;
import com.allocar.booking.reservation.CheckInPassenger;
import com.allocar.booking.reservation.EndRide;
import com.allocar.booking.reservation.ReadBookings;
import com.allocar.booking.reservation.StartRide;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.idempotency.IdempotencyKeyRequired;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "bookings", description = "Seat bookings: passenger requests, driver decisions, check-in, ride end")
class BookingController {

    static final QuerySpec LIST = QuerySpec.create()
            .enumFilter("status", BookingStatus.class)
            .filter("trip_id", FieldType.UUID_)
            .range("created_at", FieldType.INSTANT)
            .range("departure_time", FieldType.INSTANT)
            .sortable("created_at", "departure_time", "amount_total")
            .defaultSort("-created_at")
            .extra("role");

    /** The use cases behind the routes, one per kind of request. */
    record UseCases(BookTrip book, ReadBookings read, AcceptOrReject decide, CancelBooking cancel, CheckInPassenger checkIn,
                    StartRide start, EndRide end) {
    }

    private final UseCases bookings;

    BookingController(BookTrip book, ReadBookings read, AcceptOrReject decide, CancelBooking cancel, CheckInPassenger checkIn,
                      StartRide start, EndRide end) {
        this.bookings = new UseCases(book, read, decide, cancel, checkIn, start, end);
    }

    record Create(@NotNull UUID tripId, @NotNull @Min(1) @Max(8) Integer seats) {
    }

    record Reason(@Size(max = 300) String reason) {
    }

    record CheckIn(@NotBlank @Size(max = 100) String code) {
    }

    @PostMapping
    @IdempotencyKeyRequired
    @Operation(summary = "Book seats on a trip (Idempotency-Key required)",
            description = "Seats are held at once. 201 pending, or accepted when the trip auto-accepts. Errors: booking_conflict "
                    + "{available, requested}; forbidden on one's own trip; conflict when the trip is not published or has left; "
                    + "rate_limited {reason: too_many_unpaid_bookings} after 5 unpaid bookings in 24 h.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true))
    ResponseEntity<Envelope<BookingView>> create(CurrentUser user, @Valid @RequestBody Create body) {
        Booking b = bookings.book().book(user.id(), body.tripId(), body.seats());
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(BookingView.of(b, user.id())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A booking (its passenger or the trip's driver only; 403 forbidden otherwise)")
    Envelope<BookingView> get(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(BookingView.of(bookings.read().get(user.id(), user.isAdmin(), id), user.id()));
    }

    @GetMapping
    @Operation(summary = "My bookings as passenger (default) or as driver",
            description = "role=passenger|driver; filters status=paid or status=in:pending,accepted, trip_id, created_at_gte/_lte, "
                    + "departure_time_gte/_lte; sort=created_at|departure_time|amount_total (prefix - for descending); page, page_size.")
    Envelope<List<BookingView>> list(CurrentUser user, HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        ReadBookings.Role role = q.extra("role").map(BookingController::role).orElse(ReadBookings.Role.PASSENGER);
        return Envelope.page(bookings.read().list(user.id(), role, q), b -> BookingView.of(b, user.id()));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Driver: accept a pending booking")
    Envelope<BookingView> accept(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(BookingView.of(bookings.decide().accept(user.id(), id), user.id()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Driver: turn a pending booking down (it is cancelled, its seats released)")
    Envelope<BookingView> reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody(required = false) Reason body) {
        return Envelope.of(BookingView.of(bookings.decide().reject(user.id(), id, body == null ? null : body.reason()), user.id()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Passenger or driver: cancel a booking under the cancellation rules",
            description = "A paid booking is refunded per the rules (late passenger cancellation: fee; driver's late cancellation: "
                    + "full refund and a penalty for the driver).")
    Envelope<BookingView> cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody(required = false) Reason body) {
        return Envelope.of(BookingView.of(bookings.cancel().cancel(user.id(), id, body == null ? null : body.reason()), user.id()));
    }

    @PostMapping("/{id}/checkin")
    @Operation(summary = "Driver: check the passenger in with the booking's QR token or short code (single use)")
    Envelope<BookingView> checkIn(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody CheckIn body) {
        return Envelope.of(BookingView.of(bookings.checkIn().checkIn(user.id(), id, body.code()), user.id()));
    }

    @PostMapping("/{id}/start-ride")
    @Operation(summary = "Driver: the ride starts (the trip becomes ongoing)")
    Envelope<BookingView> startRide(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(BookingView.of(bookings.start().start(user.id(), id), user.id()));
    }

    @PostMapping("/{id}/end-ride")
    @Operation(summary = "Driver: the ride is over",
            description = "Every checked-in paid booking of the trip becomes completed; paid passengers who never checked in are "
                    + "recorded as no-shows (cancelled under the no-show rule); unpaid bookings are cancelled.")
    Envelope<BookingView> endRide(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(BookingView.of(bookings.end().end(user.id(), id), user.id()));
    }

    private static ReadBookings.Role role(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "passenger" -> ReadBookings.Role.PASSENGER;
            case "driver" -> ReadBookings.Role.DRIVER;
            default -> throw ApiException.validation("role", "must be passenger or driver");
        };
    }
}
