package com.allocar.booking.reservation;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.query.FilterSpecifications;
import com.allocar.platform.query.PageQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/** Reading bookings: one of one's own, a page of one's own as passenger or driver, any one for another service, all for staff. */
@Service
public class ReadBookings {

    /** Wire names of the list filters → entity attributes. */
    public static final Map<String, String> ATTRIBUTES = Map.of("trip_id", "tripId", "created_at", "createdAt",
            "departure_time", "departureTime", "amount_total", "amountTotal", "status", "status", "passenger_id", "passengerId",
            "driver_id", "driverId");

    public enum Role { PASSENGER, DRIVER }

    private final BookingRepository bookings;

    ReadBookings(BookingRepository bookings) {
        this.bookings = bookings;
    }

    /** The passenger, the trip's driver or an admin; anyone else is refused. */
    public Booking get(UUID user, boolean admin, UUID id) {
        Booking b = find(id);
        return admin ? b : Parties.requireParty(b, user);
    }

    public Booking find(UUID id) {
        return bookings.existing(id);
    }

    /** Everyone's bookings, for staff (admin-service). */
    public Page<Booking> all(PageQuery query) {
        return bookings.findAll(FilterSpecifications.of(query.filters(), ATTRIBUTES), query.toPageable(ATTRIBUTES));
    }

    public Page<Booking> list(UUID user, Role role, PageQuery query) {
        Specification<Booking> mine = (root, q, cb) -> cb.equal(root.get(role == Role.DRIVER ? "driverId" : "passengerId"), user);
        return bookings.findAll(mine.and(FilterSpecifications.of(query.filters(), ATTRIBUTES)), query.toPageable(ATTRIBUTES));
    }
}
