package com.allocar.booking.booking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.cancellation.domain.Initiator;
import com.allocar.booking.config.BookingProperties;
import com.allocar.booking.trip.TripClient;
import com.allocar.booking.trip.TripClient.TripFacts;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.query.FilterSpecifications;
import com.allocar.platform.query.PageQuery;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What passengers and drivers do with bookings. Remote calls to trip-service never run inside a database
 * transaction: seats are held before the booking row exists (and released again if it cannot be written), and
 * released after a cancellation commits.
 */
@Service
public class Bookings {

    /** Wire names of the list filters → entity attributes. */
    public static final Map<String, String> ATTRIBUTES = Map.of("trip_id", "tripId", "created_at", "createdAt",
            "departure_time", "departureTime", "amount_total", "amountTotal", "status", "status");

    public enum Role { PASSENGER, DRIVER }

    private final BookingRepository bookings;
    private final TripClient trips;
    private final BookingJournal journal;
    private final Cancellations cancellations;
    private final HoldReleases holdReleases;
    private final UnpaidBookingsLimit unpaidLimit;
    private final BookingProperties props;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final JdbcClient jdbc;

    Bookings(BookingRepository bookings, TripClient trips, BookingJournal journal, Cancellations cancellations,
             HoldReleases holdReleases, UnpaidBookingsLimit unpaidLimit, BookingProperties props, TransactionTemplate tx,
             EntityManager em, JdbcClient jdbc) {
        this.bookings = bookings;
        this.trips = trips;
        this.journal = journal;
        this.cancellations = cancellations;
        this.holdReleases = holdReleases;
        this.unpaidLimit = unpaidLimit;
        this.props = props;
        this.tx = tx;
        this.em = em;
        this.jdbc = jdbc;
    }

    /** {@code POST /bookings}: seats held in trip-service, then the booking (pending, or accepted at once). */
    public Booking create(UUID passenger, UUID tripId, int seats) {
        Instant now = Instant.now();
        unpaidLimit.check(passenger, now); // before any seat is held for a passenger who may not book
        UUID id = UUID.randomUUID();
        // trip-service's hold is the one place the seat rules live: an unknown trip (not_found), one's own trip
        // (forbidden), a trip not published or already gone (conflict), too few seats (booking_conflict
        // {available, requested}); its answer carries the trip's facts the booking keeps
        TripClient.Hold hold = trips.hold(tripId, id, passenger, seats, (int) props.holdTtl().toSeconds());
        try {
            TripFacts trip = hold.trip() != null ? hold.trip() : trips.trip(tripId); // (a trip-service without the facts)
            return tx.execute(s -> {
                // one booking at a time per passenger, so parallel requests cannot slip past the unpaid limit
                jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 42))").param("booking:passenger:" + passenger)
                        .query(Integer.class).single();
                unpaidLimit.check(passenger, now);
                Booking b = new Booking(id, tripId, passenger, trip.driverId(), seats, trip.pricePerSeat(),
                        trip.currency() == null ? "XOF" : trip.currency(), trip.departureTime(), trip.originText(),
                        trip.destinationText(), hold.holdId(), now);
                em.persist(b);
                em.flush(); // the audit row below references it
                journal.changed(b, new Booking.Transition(null, BookingStatus.PENDING), Actor.USER, passenger,
                        BookingEvents.BOOKING_CREATED, Map.of("hold_id", hold.holdId().toString(), "seats", seats), now);
                if (trip.allowAutoAccept()) {
                    journal.changed(b, b.accept(now), Actor.SYSTEM, null, BookingEvents.BOOKING_ACCEPTED, Map.of("auto_accept", true), now);
                }
                return b;
            });
        } catch (RuntimeException e) {
            trips.releaseQuietly(hold.holdId(), "booking_not_created");
            throw e;
        }
    }

    /** The passenger, the trip's driver or an admin; anyone else is refused. */
    public Booking get(UUID user, boolean admin, UUID id) {
        Booking b = find(id);
        if (!admin && !b.involves(user)) {
            throw ApiException.forbidden("This booking is not yours");
        }
        return b;
    }

    public Booking find(UUID id) {
        return bookings.findById(id).orElseThrow(() -> ApiException.notFound("booking", id));
    }

    public Page<Booking> list(UUID user, Role role, PageQuery query) {
        Specification<Booking> mine = (root, q, cb) -> cb.equal(root.get(role == Role.DRIVER ? "driverId" : "passengerId"), user);
        return bookings.findAll(mine.and(FilterSpecifications.of(query.filters(), ATTRIBUTES)), query.toPageable(ATTRIBUTES));
    }

    public Booking accept(UUID driver, UUID id) {
        return tx.execute(s -> {
            Instant now = Instant.now();
            Booking b = lockAsDriver(driver, id, "accept");
            journal.changed(b, b.accept(now), Actor.USER, driver, BookingEvents.BOOKING_ACCEPTED, Map.of(), now);
            return b;
        });
    }

    /** The driver turns a pending booking down: cancelled (reason rejected), seats released. */
    public Booking reject(UUID driver, UUID id, String reason) {
        Booking done = tx.execute(s -> {
            Instant now = Instant.now();
            Booking b = lockAsDriver(driver, id, "reject");
            if (b.getStatus() != BookingStatus.PENDING) {
                throw b.getStatus().conflict("Only a pending booking can be rejected; cancel it instead");
            }
            cancellations.cancel(b, Initiator.DRIVER, Actor.USER, driver, "rejected", reason, BookingEvents.BOOKING_REJECTED, false, now);
            return b;
        });
        holdReleases.release(id);
        return find(id);
    }

    /** {@code POST /bookings/{id}/cancel} by the passenger or the driver, under the cancellation rules. */
    public Booking cancel(UUID user, UUID id, String reason) {
        tx.executeWithoutResult(s -> {
            Instant now = Instant.now();
            Booking b = bookings.lockById(id).orElseThrow(() -> ApiException.notFound("booking", id));
            Initiator who;
            String why;
            if (b.getPassengerId().equals(user)) {
                who = Initiator.PASSENGER;
                why = "passenger_cancelled";
            } else if (b.getDriverId().equals(user)) {
                who = Initiator.DRIVER;
                why = "driver_cancelled";
            } else {
                throw ApiException.forbidden("This booking is not yours");
            }
            cancellations.cancel(b, who, Actor.USER, user, why, reason, BookingEvents.BOOKING_CANCELLED, false, now);
        });
        holdReleases.release(id);
        return find(id);
    }

    /** The driver scans the QR (or types the short code): the passenger is on board. */
    public Booking checkIn(UUID driver, UUID id, String code) {
        return tx.execute(s -> {
            Instant now = Instant.now();
            Booking b = lockAsDriver(driver, id, "check in");
            b.checkIn(code, now);
            journal.changed(b, new Booking.Transition(BookingStatus.PAID, BookingStatus.PAID), Actor.USER, driver,
                    BookingEvents.BOOKING_CHECKED_IN, Map.of(), now);
            return b;
        });
    }

    /** The driver leaves: the trip is on its way (trip-service, idempotent). */
    public Booking startRide(UUID driver, UUID id) {
        Booking b = find(id);
        requireDriver(b, driver, "start the ride");
        if (b.getStatus() != BookingStatus.PAID) {
            throw b.getStatus().conflict("The ride starts from a paid booking");
        }
        trips.start(b.getTripId());
        tx.executeWithoutResult(s -> journal.noted(b, Actor.USER, driver, Map.of("event", "ride_started", "trip_id", b.getTripId().toString()),
                Instant.now()));
        return find(id);
    }

    /**
     * The ride is over (trip-service completes the trip, idempotent). Every paid booking of the trip whose passenger
     * checked in is completed; a paid passenger who never checked in is a no-show (cancelled under the no-show rule);
     * bookings never paid are cancelled and their seats released.
     */
    public Booking endRide(UUID driver, UUID id) {
        Booking b = find(id);
        requireDriver(b, driver, "end the ride");
        if (b.getStatus() != BookingStatus.PAID && b.getStatus() != BookingStatus.COMPLETED) {
            throw b.getStatus().conflict("The ride ends from a paid booking");
        }
        trips.complete(b.getTripId());
        List<UUID> toRelease = tx.execute(s -> {
            Instant now = Instant.now();
            List<UUID> unpaid = new java.util.ArrayList<>();
            for (Booking each : bookings.lockByTrip(b.getTripId())) {
                switch (each.getStatus()) {
                    case PAID -> {
                        if (each.getCheckedInAt() != null) {
                            journal.changed(each, each.complete(now), Actor.USER, driver, BookingEvents.BOOKING_COMPLETED, Map.of(), now);
                        } else {
                            cancellations.cancel(each, Initiator.NO_SHOW, Actor.SYSTEM, null, "no_show", BookingEvents.BOOKING_NO_SHOW,
                                    false, now);
                        }
                    }
                    case PENDING, ACCEPTED -> {
                        cancellations.cancel(each, Initiator.SYSTEM, Actor.SYSTEM, null, "trip_completed",
                                BookingEvents.BOOKING_CANCELLED, false, now);
                        unpaid.add(each.getId());
                    }
                    default -> {
                    }
                }
            }
            return unpaid;
        });
        // the trip is completed: its seats no longer matter, but holds are closed for the books
        toRelease.forEach(holdReleases::release);
        return find(id);
    }

    private Booking lockAsDriver(UUID driver, UUID id, String action) {
        Booking b = bookings.lockById(id).orElseThrow(() -> ApiException.notFound("booking", id));
        requireDriver(b, driver, action);
        return b;
    }

    private static void requireDriver(Booking b, UUID user, String action) {
        if (!b.getDriverId().equals(user)) {
            throw ApiException.forbidden("Only the trip's driver can " + action + " this booking");
        }
    }
}
