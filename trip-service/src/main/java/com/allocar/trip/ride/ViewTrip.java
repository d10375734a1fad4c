package com.allocar.trip.ride;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.query.FilterSpecifications;
import com.allocar.platform.query.PageQuery;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A trip's page and its stops, for whoever may see them; a trip's facts for booking-service; every trip for staff. */
@Service
public class ViewTrip {

    /** Wire names of the staff list's filters and sorts → the trip's attributes. */
    public static final Map<String, String> ATTRIBUTES = Map.of("status", "status", "driver_id", "driverId",
            "departure_time", "departureTime", "created_at", "createdAt");

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final TripAccess access;
    private final DetailedTripReader detailed;

    ViewTrip(TripRepository trips, TripStopRepository stops, TripAccess access, DetailedTripReader detailed) {
        this.trips = trips;
        this.stops = stops;
        this.access = access;
        this.detailed = detailed;
    }

    @Transactional(readOnly = true)
    public DetailedTrip get(UUID id, Optional<UUID> viewer) {
        return detailed.of(access.visible(id, viewer));
    }

    @Transactional(readOnly = true)
    public List<TripStop> stopsOf(UUID id, Optional<UUID> viewer) {
        return stops.ofTrip(access.visible(id, viewer).getId());
    }

    @Transactional(readOnly = true)
    public Trip find(UUID id) {
        return trips.findById(id).orElseThrow(() -> ApiException.notFound("trip", id));
    }

    /** Every trip, drafts included, as staff filter them; ties broken by id so pages never overlap. */
    @Transactional(readOnly = true)
    public Page<Trip> all(PageQuery query) {
        Pageable p = query.toPageable(ATTRIBUTES);
        return trips.findAll(FilterSpecifications.of(query.filters(), ATTRIBUTES),
                PageRequest.of(p.getPageNumber(), p.getPageSize(), p.getSort().and(Sort.by("id"))));
    }
}
