package com.allocar.trip.trip;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.events.Outbox;
import com.allocar.trip.api.TripEvents;
import com.allocar.trip.config.TripProperties;
import com.allocar.trip.hold.SeatHolds;
import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.member.KycStatus;
import com.allocar.trip.member.Members;
import com.allocar.trip.pricing.PriceBands;
import com.allocar.trip.search.TripsChanged;
import com.allocar.trip.stop.StopPlan;
import com.allocar.trip.stop.TripStop;
import com.allocar.trip.stop.TripStopRepository;
import com.allocar.trip.vehicle.Vehicle;
import com.allocar.trip.vehicle.Vehicles;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drivers' trips: create (draft or published at once), edit while the rules allow, publish, cancel, delete, stops;
 * booking-service starts and completes them. Every change is an event on {@code trip.trips} (outbox) and makes the
 * search cache forget the days concerned.
 */
@Service
public class Trips {

    /** Origin and destination closer than this are not a trip. */
    static final double MIN_TRIP_METERS = 1_000;
    static final Duration MAX_ADVANCE = Duration.ofDays(365);
    static final Duration MAX_DURATION = Duration.ofHours(48);

    private final TripRepository trips;
    private final TripStopRepository stops;
    private final Vehicles vehicles;
    private final Members members;
    private final PriceBands prices;
    private final SeatHolds holds;
    private final DriverActivations activations;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final TripProperties props;
    private final EntityManager em;

    Trips(TripRepository trips, TripStopRepository stops, Vehicles vehicles, Members members, PriceBands prices,
          SeatHolds holds, DriverActivations activations, Outbox outbox, ApplicationEventPublisher events,
          TripProperties props, EntityManager em) {
        this.trips = trips;
        this.stops = stops;
        this.vehicles = vehicles;
        this.members = members;
        this.prices = prices;
        this.holds = holds;
        this.activations = activations;
        this.outbox = outbox;
        this.events = events;
        this.props = props;
        this.em = em;
    }

    /** What a driver fills in to offer a trip. {@code vehicleId} null = their only vehicle, if they have exactly one. */
    public record Draft(Trip.Place origin, Trip.Place destination, Instant departureTime, Instant arrivalEta,
                        BigDecimal pricePerSeat, int seats, UUID vehicleId, String luggagePolicy, String rules,
                        boolean allowAutoAccept, boolean publish) {
    }

    /** A patch: null = unchanged. */
    public record Changes(Trip.Place origin, Trip.Place destination, Instant departureTime, Instant arrivalEta,
                          BigDecimal pricePerSeat, Integer seats, UUID vehicleId, String luggagePolicy, String rules,
                          Boolean allowAutoAccept) {
    }

    /** A trip with what its page shows. */
    public record Detailed(Trip trip, List<TripStop> stops, DriverSummary driver, Optional<Vehicle> vehicle) {
    }

    @Transactional
    public Detailed create(UUID driverId, Draft d) {
        Instant now = Instant.now();
        checkRoute(d.origin(), d.destination());
        checkSchedule(d.departureTime(), d.arrivalEta(), now);
        Vehicle vehicle = d.vehicleId() != null ? vehicles.forTrip(d.vehicleId(), driverId) : vehicles.onlyVehicleOf(driverId).orElse(null);
        checkSeats(d.seats(), vehicle);
        prices.check(d.origin().point(), d.destination().point(), d.pricePerSeat());
        Trip trip = new Trip(driverId, vehicle == null ? null : vehicle.getId(), d.origin(), d.destination(), d.departureTime(),
                d.arrivalEta(), d.pricePerSeat(), d.seats(), d.luggagePolicy(), d.rules(), d.allowAutoAccept());
        if (d.publish()) {
            requireKyc(driverId);
            trip.publish(now);
        }
        trips.saveAndFlush(trip);
        announce(trip, List.of(), TripEvents.TRIP_CREATED);
        if (d.publish()) {
            announce(trip, List.of(), TripEvents.TRIP_PUBLISHED);
            activations.published(driverId, trip.getId(), now);
        }
        events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
        return detailed(trip);
    }

    /** Anyone may see a trip once published; a draft only its driver (to others it does not exist). */
    @Transactional(readOnly = true)
    public Detailed get(UUID id, Optional<UUID> viewer) {
        return detailed(visible(id, viewer));
    }

    @Transactional(readOnly = true)
    public List<TripStop> stopsOf(UUID id, Optional<UUID> viewer) {
        return stops.ofTrip(visible(id, viewer).getId());
    }

    @Transactional
    public Detailed update(UUID id, UUID driverId, Changes c) {
        Instant now = Instant.now();
        Trip trip = owned(id, driverId);
        trip.checkEditable(now);
        Instant before = trip.getDepartureTime();
        if (c.origin() != null || c.destination() != null) {
            Trip.Place origin = c.origin() != null ? c.origin() : trip.getOrigin();
            Trip.Place destination = c.destination() != null ? c.destination() : trip.getDestination();
            checkRoute(origin, destination);
            trip.changeRoute(origin, destination);
        }
        if (c.departureTime() != null || c.arrivalEta() != null) {
            Instant departure = c.departureTime() != null ? c.departureTime() : trip.getDepartureTime();
            Instant arrival = c.arrivalEta() != null ? c.arrivalEta()
                    : trip.getArrivalEta() != null && departure.isBefore(trip.getArrivalEta()) ? trip.getArrivalEta() : null;
            checkSchedule(departure, arrival, now);
            trip.reschedule(departure, arrival);
        }
        if (c.pricePerSeat() != null) {
            trip.reprice(c.pricePerSeat());
        }
        Vehicle vehicle = c.vehicleId() != null ? vehicles.forTrip(c.vehicleId(), driverId) : vehicles.find(trip.getVehicleId()).orElse(null);
        if (c.vehicleId() != null) {
            trip.assignVehicle(vehicle.getId());
        }
        if (c.seats() != null) {
            trip.changeSeats(c.seats());
        }
        if (c.seats() != null || c.vehicleId() != null) {
            checkSeats(trip.getSeatsTotal(), vehicle);
        }
        if (c.pricePerSeat() != null || c.origin() != null || c.destination() != null) {
            prices.check(trip.getOrigin().point(), trip.getDestination().point(), trip.getPricePerSeat());
        }
        trip.describe(c.luggagePolicy(), c.rules(), c.allowAutoAccept());
        trips.saveAndFlush(trip);
        List<TripStop> current = stops.ofTrip(id);
        announce(trip, current, TripEvents.TRIP_UPDATED);
        events.publishEvent(TripsChanged.at(before, trip.getDepartureTime()));
        return detailed(trip, current);
    }

    @Transactional
    public Detailed publish(UUID id, UUID driverId) {
        Instant now = Instant.now();
        Trip trip = owned(id, driverId);
        trip.getStatus().moveTo(TripStatus.PUBLISHED); // an illegal move is a conflict before any KYC question
        requireKyc(driverId);
        prices.check(trip.getOrigin().point(), trip.getDestination().point(), trip.getPricePerSeat());
        trip.publish(now);
        trips.saveAndFlush(trip);
        List<TripStop> current = stops.ofTrip(id);
        announce(trip, current, TripEvents.TRIP_PUBLISHED);
        activations.published(driverId, id, now);
        events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
        return detailed(trip, current);
    }

    /** The driver calls it off: every hold is released and the bookings concerned are named in {@code trip.cancelled}. */
    @Transactional
    public Detailed cancel(UUID id, UUID driverId, String reason) {
        Instant now = Instant.now();
        Trip trip = owned(id, driverId);
        trip.cancel(reason, now);
        trips.saveAndFlush(trip);
        List<UUID> bookings = holds.releaseAll(id, "trip_cancelled");
        em.refresh(trip);
        outbox.publish(TripEvents.TRIPS_TOPIC, "trip", id, TripEvents.TRIP_CANCELLED,
                new TripEvents.TripCancelled(id, driverId, trip.getDepartureTime(), reason, now, bookings));
        events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
        return detailed(trip);
    }

    /** Only a trip nobody paid for; seats merely held are released (their bookings are named in {@code trip.deleted}). */
    @Transactional
    public void delete(UUID id, UUID driverId) {
        Trip trip = owned(id, driverId);
        trip.checkDeletable();
        List<UUID> bookings = holds.releaseAll(id, "trip_deleted");
        trips.delete(trip);
        trips.flush();
        outbox.publish(TripEvents.TRIPS_TOPIC, "trip", id, TripEvents.TRIP_DELETED,
                new TripEvents.TripDeleted(id, driverId, trip.getDepartureTime(), bookings));
        events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
    }

    /** The driver's stops, replacing the previous list. */
    @Transactional
    public List<TripStop> replaceStops(UUID id, UUID driverId, List<StopPlan.Requested> requested) {
        Trip trip = owned(id, driverId);
        trip.checkEditable(Instant.now());
        List<StopPlan.Stop> plan = StopPlan.of(requested);
        stops.deleteAllOfTrip(id);
        List<TripStop> saved = stops.saveAllAndFlush(plan.stream().map(s -> new TripStop(id, s)).toList());
        trip.touch(); // the trip changed: new updated_at and version
        announce(trip, saved, TripEvents.TRIP_UPDATED);
        events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
        return saved;
    }

    /** booking-service's start-ride. Idempotent. */
    @Transactional
    public Trip start(UUID id) {
        Trip trip = locked(id);
        if (trip.start(Instant.now())) {
            trips.saveAndFlush(trip);
            outbox.publish(TripEvents.TRIPS_TOPIC, "trip", id, TripEvents.TRIP_STARTED,
                    new TripEvents.TripStarted(id, trip.getDriverId(), trip.getStartedAt()));
            events.publishEvent(TripsChanged.at(trip.getDepartureTime()));
        }
        return trip;
    }

    /** booking-service's end-ride. Idempotent. */
    @Transactional
    public Trip complete(UUID id) {
        Trip trip = locked(id);
        if (trip.complete(Instant.now())) {
            trips.saveAndFlush(trip);
            outbox.publish(TripEvents.TRIPS_TOPIC, "trip", id, TripEvents.TRIP_COMPLETED,
                    new TripEvents.TripCompleted(id, trip.getDriverId(), trip.getCompletedAt()));
        }
        return trip;
    }

    @Transactional(readOnly = true)
    public Trip find(UUID id) {
        return trips.findById(id).orElseThrow(() -> ApiException.notFound("trip", id));
    }

    private void requireKyc(UUID driverId) {
        if (!props.requireKycForDriver()) {
            return;
        }
        KycStatus kyc = members.kycStatus(driverId);
        if (kyc != KycStatus.APPROVED) {
            throw new ApiException(ErrorCode.KYC_REQUIRED, "An approved identity verification (KYC) is required to publish trips",
                    Map.of("kyc_status", kyc.wire()));
        }
    }

    private static void checkRoute(Trip.Place origin, Trip.Place destination) {
        if (origin.point().metersTo(destination.point()) < MIN_TRIP_METERS) {
            throw ApiException.validation("destination", "must be at least 1 km from the origin");
        }
    }

    private static void checkSchedule(Instant departure, Instant arrival, Instant now) {
        if (!departure.isAfter(now)) {
            throw ApiException.validation("departure_time", "must be in the future");
        }
        if (departure.isAfter(now.plus(MAX_ADVANCE))) {
            throw ApiException.validation("departure_time", "must be within a year");
        }
        if (arrival != null && (!arrival.isAfter(departure) || arrival.isAfter(departure.plus(MAX_DURATION)))) {
            throw ApiException.validation("arrival_eta", "must be after the departure time, by at most 48 hours");
        }
    }

    private static void checkSeats(int seats, Vehicle vehicle) {
        if (vehicle != null && seats > vehicle.getSeatsTotal()) {
            throw ApiException.validation("seats_available", "must not exceed the vehicle's " + vehicle.getSeatsTotal() + " seats");
        }
    }

    private Trip visible(UUID id, Optional<UUID> viewer) {
        Trip trip = trips.findById(id).orElseThrow(() -> ApiException.notFound("trip", id));
        if (trip.getStatus() == TripStatus.DRAFT && viewer.map(v -> !trip.ownedBy(v)).orElse(true)) {
            throw ApiException.notFound("trip", id);
        }
        return trip;
    }

    private Trip owned(UUID id, UUID driverId) {
        Trip trip = locked(id);
        if (!trip.ownedBy(driverId)) {
            throw ApiException.forbidden("Only the trip's driver may do this");
        }
        return trip;
    }

    private Trip locked(UUID id) {
        return trips.findForUpdate(id).orElseThrow(() -> ApiException.notFound("trip", id));
    }

    private Detailed detailed(Trip trip) {
        return detailed(trip, stops.ofTrip(trip.getId()));
    }

    private Detailed detailed(Trip trip, List<TripStop> tripStops) {
        return new Detailed(trip, tripStops, members.summary(trip.getDriverId()), vehicles.find(trip.getVehicleId()));
    }

    private void announce(Trip t, List<TripStop> tripStops, String type) {
        List<TripEvents.Place> stopPlaces = new ArrayList<>();
        tripStops.forEach(s -> stopPlaces.add(new TripEvents.Place(s.getPoint().lat(), s.getPoint().lon(), s.getLabel())));
        Trip.Place o = t.getOrigin();
        Trip.Place d = t.getDestination();
        outbox.publish(TripEvents.TRIPS_TOPIC, "trip", t.getId(), type, new TripEvents.TripDetails(t.getId(), t.getDriverId(),
                t.getVehicleId(), t.getStatus().wire(), new TripEvents.Place(o.point().lat(), o.point().lon(), o.text()),
                new TripEvents.Place(d.point().lat(), d.point().lon(), d.text()), t.getDepartureTime(), t.getArrivalEta(),
                t.getPricePerSeat(), "XOF", t.getSeatsTotal(), t.seatsAvailable(), t.isAllowAutoAccept(), stopPlaces));
    }
}
