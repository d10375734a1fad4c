package com.allocar.trip.hold;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.AggregateRoot;
import com.allocar.trip.api.HoldReleaseReason;
import com.allocar.trip.api.TripEvents;

/**
 * Seats held on a trip for one booking. Its status only changes through its transitions (confirm, release, expire),
 * each checking the hold's state and recording what happened; the trip's seat counters are moved by
 * {@link TripSeats}, one conditional UPDATE at a time, never by the hold.
 */
public class SeatHold extends AggregateRoot {

    private final UUID id;
    private final UUID tripId;
    private final UUID bookingId;
    private final UUID passengerId;
    private final int seats;
    private final Instant expiresAt;
    private HoldStatus status;
    private HoldReleaseReason releaseReason;
    private Instant confirmedAt;
    private Instant releasedAt;

    SeatHold(Row row) {
        this.id = row.id();
        this.tripId = row.tripId();
        this.bookingId = row.bookingId();
        this.passengerId = row.passengerId();
        this.seats = row.seats();
        this.status = row.status();
        this.expiresAt = row.expiresAt();
    }

    /** What the table holds of a hold, in the columns' order. */
    record Row(UUID id, UUID tripId, UUID bookingId, UUID passengerId, int seats, HoldStatus status, Instant expiresAt) {
    }

    /** A new hold for {@code request}, taking its seats until {@code expiresAt}. */
    static SeatHold place(UUID tripId, HoldSeats.Request request, Instant expiresAt) {
        return new SeatHold(new Row(UUID.randomUUID(), tripId, request.bookingId(), request.passengerId(), request.seats(),
                HoldStatus.HELD, expiresAt));
    }

    /**
     * Payment done: the seats are taken for good. A hold past its expiry that the job has not swept yet still holds
     * its seats: the payment wins.
     *
     * @return false when it was already confirmed (nothing to do)
     */
    boolean confirm(Instant now) {
        if (status == HoldStatus.CONFIRMED) {
            return false;
        }
        if (status != HoldStatus.HELD) {
            throw status.cannotBecome(HoldStatus.CONFIRMED);
        }
        status = HoldStatus.CONFIRMED;
        confirmedAt = now;
        record(new SeatHoldConfirmed(id, tripId, seats));
        return true;
    }

    /**
     * The booking was cancelled (before or after payment), or its trip: the seats come back.
     *
     * @return false when the hold no longer took seats (nothing to do)
     */
    boolean release(HoldReleaseReason reason, Instant now) {
        if (!status.takesSeats()) {
            return false;
        }
        HoldStatus before = status;
        status = status.moveTo(HoldStatus.RELEASED);
        releaseReason = reason;
        releasedAt = now;
        record(new SeatHoldReleased(id, tripId, seats, before, reason));
        return true;
    }

    /** Not paid in time: the seats come back and booking-service hears of it ({@code seat_hold.expired}). */
    void expire(Instant now) {
        if (status != HoldStatus.HELD) {
            throw status.cannotBecome(HoldStatus.EXPIRED);
        }
        if (expiresAt.isAfter(now)) {
            throw status.conflict("Seat hold runs until " + expiresAt + " and cannot expire before");
        }
        status = HoldStatus.EXPIRED;
        releaseReason = HoldReleaseReason.EXPIRED;
        releasedAt = now;
        record(new SeatHoldExpired(new TripEvents.SeatHoldExpired(id, bookingId, tripId, seats)));
    }

    /** The same booking asking again must ask for the same seats on the same trip. */
    boolean sameAs(UUID otherTripId, HoldSeats.Request request) {
        return tripId.equals(otherTripId) && passengerId.equals(request.passengerId()) && seats == request.seats();
    }

    public UUID getId() { return id; }
    public UUID getTripId() { return tripId; }
    public UUID getBookingId() { return bookingId; }
    public UUID getPassengerId() { return passengerId; }
    public int getSeats() { return seats; }
    public HoldStatus getStatus() { return status; }
    public Instant getExpiresAt() { return expiresAt; }
    HoldReleaseReason getReleaseReason() { return releaseReason; }
    Instant getConfirmedAt() { return confirmedAt; }
    Instant getReleasedAt() { return releasedAt; }
}
