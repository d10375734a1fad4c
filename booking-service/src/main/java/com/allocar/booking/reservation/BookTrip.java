package com.allocar.booking.reservation;

import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.config.BookingProperties;
import com.allocar.booking.trip.HoldReleaseReason;
import com.allocar.booking.trip.TripServiceClient;
import com.allocar.booking.trip.TripServiceClient.Hold;
import com.allocar.booking.trip.TripServiceClient.HoldRequest;
import com.allocar.booking.trip.TripServiceClient.TripFacts;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /bookings}: seats held in trip-service, then the booking (pending, or accepted at once). The hold is
 * asked before the booking row exists, outside any transaction, and released again if the row cannot be written.
 */
@Service
public class BookTrip {

    /** Trip-services that predate the currency field sell in francs CFA. */
    private static final String DEFAULT_CURRENCY = "XOF";

    private final BookingRepository bookings;
    private final TripServiceClient trips;
    private final UnpaidBookingsLimit unpaidLimit;
    private final BookingProperties props;
    private final TransactionTemplate tx;
    private final EntityManager em;
    private final JdbcClient jdbc;

    BookTrip(BookingRepository bookings, TripServiceClient trips, UnpaidBookingsLimit unpaidLimit, BookingProperties props,
             TransactionTemplate tx, EntityManager em, JdbcClient jdbc) {
        this.bookings = bookings;
        this.trips = trips;
        this.unpaidLimit = unpaidLimit;
        this.props = props;
        this.tx = tx;
        this.em = em;
        this.jdbc = jdbc;
    }

    public Booking book(UUID passenger, UUID tripId, int seats) {
        Instant now = Instant.now();
        unpaidLimit.check(passenger, now); // before any seat is held for a passenger who may not book
        UUID id = UUID.randomUUID();
        // trip-service's hold is the one place the seat rules live: an unknown trip (not_found), one's own trip
        // (forbidden), a trip not published or already gone (conflict), too few seats (booking_conflict
        // {available, requested}); its answer carries the trip's facts the booking keeps
        Hold hold = trips.hold(tripId, new HoldRequest(id, passenger, seats, (int) props.holdTtl().toSeconds()));
        try {
            TripFacts trip = hold.trip() != null ? hold.trip() : trips.trip(tripId); // (a trip-service without the facts)
            return tx.execute(s -> {
                // one booking at a time per passenger, so parallel requests cannot slip past the unpaid limit
                jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 42))").param("booking:passenger:" + passenger)
                        .query(Integer.class).single();
                unpaidLimit.check(passenger, now);
                Booking b = Booking.create(new NewBooking(id, tripId, passenger, trip.driverId(), seats, trip.pricePerSeat(),
                        trip.currency() == null ? DEFAULT_CURRENCY : trip.currency(), trip.departureTime(), trip.originText(),
                        trip.destinationText(), hold.holdId()), now);
                if (trip.allowAutoAccept()) {
                    b.autoAccept(now);
                }
                em.persist(b);
                return bookings.saveAndFlush(b); // written before its audit rows, which reference it
            });
        } catch (RuntimeException e) {
            trips.releaseQuietly(hold.holdId(), HoldReleaseReason.BOOKING_NOT_CREATED);
            throw e;
        }
    }
}
