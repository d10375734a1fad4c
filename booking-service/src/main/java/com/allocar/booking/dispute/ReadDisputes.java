package com.allocar.booking.dispute;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingRepository;
import com.allocar.platform.lifecycle.Lifecycle;
import com.allocar.platform.query.Filter;
import com.allocar.platform.query.FilterSpecifications;
import com.allocar.platform.query.PageQuery;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone's disputes for staff (admin-service's support queue), each with its booking. */
@Service
public class ReadDisputes {

    /** Wire names of the list's filters and sorts → entity attributes. */
    static final Map<String, String> ATTRIBUTES = Map.of("status", "status", "booking_id", "bookingId", "category", "category",
            "created_at", "createdAt", "updated_at", "updatedAt");

    private final DisputeRepository disputes;
    private final BookingRepository bookings;

    ReadDisputes(DisputeRepository disputes, BookingRepository bookings) {
        this.disputes = disputes;
        this.bookings = bookings;
    }

    /** One page; the page's bookings are read in one query, not one per dispute. */
    @Transactional(readOnly = true)
    public Page<DisputeCase> all(PageQuery query) {
        Page<Dispute> page = disputes.findAll(FilterSpecifications.of(storedCategories(query.filters()), ATTRIBUTES),
                query.toPageable(ATTRIBUTES));
        Map<UUID, Booking> byId = bookings.findAllById(page.map(Dispute::getBookingId).toSet()).stream()
                .collect(Collectors.toMap(Booking::getId, Function.identity()));
        return page.map(d -> new DisputeCase(d, byId.get(d.getBookingId())));
    }

    @Transactional(readOnly = true)
    public DisputeCase one(UUID id) {
        Dispute d = disputes.existing(id);
        return new DisputeCase(d, bookings.existing(d.getBookingId()));
    }

    /** A dispute keeps its category by wire name ({@code driver_behaviour}); the query parsed it to the enum. */
    private static List<Filter> storedCategories(List<Filter> filters) {
        return filters.stream().map(f -> !f.field().equals("category") ? f
                : new Filter(f.field(), f.op(), f.values().stream().map(v -> (Object) Lifecycle.wire((Enum<?>) v)).toList())).toList();
    }
}
