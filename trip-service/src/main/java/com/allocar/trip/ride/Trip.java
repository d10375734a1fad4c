package com.allocar.trip.ride;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;
import com.allocar.trip.api.CancelledBy;
import com.allocar.trip.api.TripEvents;
import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.stop.TripStop;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/**
 * A journey a driver offers. Each transition (publish, edit, cancel, delete, start, complete) is a method that checks
 * the trip's own preconditions, moves its status through {@link TripStatus} and records a {@link TripEvent}, which the
 * repository delivers to the event writer on save. Its seat counters ({@code seats_held}, {@code seats_confirmed}) are
 * never written by JPA — only by {@link TripSeatCounters}, one conditional UPDATE at a time — so an edit of the trip
 * can never overwrite a concurrent hold.
 */
@Entity
@Table(name = "trips")
public class Trip extends AggregateRoot {

    public static final int MAX_SEATS = 8;
    /** Every price of the fleet is in CFA francs. */
    public static final String CURRENCY = "XOF";

    /** Assigned here (random, version 4) rather than on insert: the trip's first events already name it. */
    @Id
    private UUID id;
    private UUID driverId;
    private UUID vehicleId;
    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    private Point originPoint;
    private String originText;
    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    private Point destinationPoint;
    private String destinationText;
    private Instant departureTime;
    private Instant arrivalEta;
    private BigDecimal pricePerSeat;
    private int seatsTotal;
    @Column(insertable = false, updatable = false)
    private int seatsHeld;
    @Column(insertable = false, updatable = false)
    private int seatsConfirmed;
    private String luggagePolicy;
    private String rules;
    private boolean allowAutoAccept;
    @Enumerated(EnumType.STRING)
    private TripStatus status = TripStatus.DRAFT;
    private String cancelReason;
    private Instant publishedAt;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private Long version; // null until the first insert: how Spring Data tells a new trip from a stored one

    protected Trip() {
    }

    private Trip(UUID driverId, UUID vehicleId, TripDraft d) {
        this.id = UUID.randomUUID();
        this.driverId = driverId;
        this.vehicleId = vehicleId;
        route(d.origin(), d.destination());
        this.departureTime = d.departureTime();
        this.arrivalEta = d.arrivalEta();
        this.pricePerSeat = d.pricePerSeat();
        this.seatsTotal = d.seats();
        this.luggagePolicy = d.luggagePolicy();
        this.rules = d.rules();
        this.allowAutoAccept = Boolean.TRUE.equals(d.allowAutoAccept()); // resolved by OfferTrip
    }

    /**
     * A driver offers a trip: a draft, or published at once when the draft says so ({@code trip.created}, then
     * {@code trip.published}, both with the trip as it is at the end).
     */
    static Trip offer(UUID driverId, UUID vehicleId, TripDraft draft, Instant now) {
        Trip trip = new Trip(driverId, vehicleId, draft);
        if (draft.publish()) {
            trip.becomePublished(now);
        }
        trip.record(new TripCreated(trip.details(List.of())));
        if (draft.publish()) {
            trip.record(new TripPublished(trip.details(List.of())));
        }
        return trip;
    }

    /** A named position: where the trip starts, ends or stops. */
    public record Place(GeoPoint point, String text) {
    }

    public boolean ownedBy(UUID user) {
        return driverId.equals(user);
    }

    public boolean departed(Instant now) {
        return !departureTime.isAfter(now);
    }

    public int seatsTaken() {
        return seatsHeld + seatsConfirmed;
    }

    public int seatsAvailable() {
        return Math.max(0, seatsTotal - seatsHeld - seatsConfirmed);
    }

    /** Edits are for trips that have not left yet, in draft or published. */
    void checkEditable(Instant now) {
        status.checkEditable();
        if (departed(now)) {
            throw ApiException.conflict("The trip has already departed", Map.of("departure_time", departureTime.toString()));
        }
    }

    /** Refuses at once a trip that cannot be published, before any other question (KYC, price) is asked. */
    void checkPublishable() {
        status.moveTo(TripStatus.PUBLISHED);
    }

    /** A draft becomes bookable ({@code trip.published}). */
    void publish(List<TripStop> stops, Instant now) {
        becomePublished(now);
        record(new TripPublished(details(stops)));
    }

    private void becomePublished(Instant now) {
        TripStatus next = status.moveTo(TripStatus.PUBLISHED);
        if (departed(now)) {
            throw ApiException.conflict("The departure time has passed: change it before publishing",
                    Map.of("departure_time", departureTime.toString()));
        }
        status = next;
        publishedAt = now;
    }

    /**
     * The driver's changes (made through the methods below, after {@link #checkEditable}) are done: {@code trip.updated}
     * with the trip as it now is.
     *
     * @param previousDeparture when it left before the changes (its day's searches change too)
     */
    void edited(Instant previousDeparture, List<TripStop> stops) {
        record(new TripUpdated(details(stops), previousDeparture));
    }

    /**
     * The driver calls it off ({@code trip.cancelled}). The caller released its holds first, in the same transaction
     * (a refusal here rolls that back).
     *
     * @param affectedBookings the bookings that held or paid seats
     */
    void cancel(String reason, List<UUID> affectedBookings, Instant now) {
        callOff(reason, affectedBookings, CancelledBy.DRIVER, null, now);
    }

    /**
     * A staff member calls it off (moderation): the same effect as the driver's {@link #cancel}, the event naming the
     * staff member, and the audit trail's {@code trip.cancel} recorded beside it, so that neither commits without the
     * other. The caller released its holds first, in the same transaction.
     *
     * @param affectedBookings the bookings that held or paid seats
     */
    void cancelByStaff(UUID staffId, String reason, List<UUID> affectedBookings, Instant now) {
        TripStatus before = status;
        callOff(reason, affectedBookings, CancelledBy.ADMIN, staffId, now);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reason", reason);
        meta.put("previous_status", before.wire());
        meta.put("driver_id", driverId.toString());
        meta.put("affected_bookings", affectedBookings.size());
        record(new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, "trip.cancel", "trip", id, meta, now)));
    }

    private void callOff(String reason, List<UUID> affectedBookings, CancelledBy by, UUID staffId, Instant now) {
        status = status.moveTo(TripStatus.CANCELLED);
        cancelReason = reason;
        cancelledAt = now;
        record(new TripCancelled(new TripEvents.TripCancelled(id, driverId, departureTime, reason, now, affectedBookings, by.wire(),
                staffId)));
    }

    /**
     * Only a trip nobody paid for, that has not left, may be deleted ({@code trip.deleted}); the repository then
     * removes it. The caller released its holds first, in the same transaction (a refusal here rolls that back).
     *
     * @param affectedBookings the bookings that only held seats
     */
    void delete(List<UUID> affectedBookings) {
        status.checkDeletable();
        if (seatsConfirmed > 0) {
            throw ApiException.conflict("The trip has paid bookings: cancel it instead",
                    Map.of("seats_confirmed", seatsConfirmed));
        }
        record(new TripDeleted(new TripEvents.TripDeleted(id, driverId, departureTime, affectedBookings)));
    }

    /**
     * published → ongoing ({@code trip.started}). Idempotent: starting a trip that is already under way changes
     * nothing (every booking's start-ride calls it).
     *
     * @return false when it already was ongoing
     */
    boolean start(Instant now) {
        if (status.isRepeat(TripStatus.ONGOING)) {
            return false;
        }
        status = status.moveTo(TripStatus.ONGOING);
        startedAt = now;
        record(new TripStarted(new TripEvents.TripStarted(id, driverId, now), departureTime));
        return true;
    }

    /**
     * ongoing → completed ({@code trip.completed}). Idempotent.
     *
     * @return false when it already was completed
     */
    boolean complete(Instant now) {
        if (status.isRepeat(TripStatus.COMPLETED)) {
            return false;
        }
        status = status.moveTo(TripStatus.COMPLETED);
        completedAt = now;
        record(new TripCompleted(new TripEvents.TripCompleted(id, driverId, now)));
        return true;
    }

    /** Never fewer seats than passengers already hold or paid for. */
    void changeSeats(int seats) {
        if (seats < seatsTaken()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("requested", seats);
            details.put("minimum", seatsTaken());
            details.put("seats_held", seatsHeld);
            details.put("seats_confirmed", seatsConfirmed);
            throw ApiException.conflict("Passengers already hold or paid for more seats than that", details);
        }
        this.seatsTotal = seats;
    }

    /** The route cannot move under passengers who already hold seats on it. */
    void changeRoute(Place origin, Place destination) {
        if (seatsTaken() > 0) {
            throw ApiException.conflict("Passengers already hold seats on this route",
                    Map.of("seats_held", seatsHeld, "seats_confirmed", seatsConfirmed));
        }
        route(origin, destination);
    }

    void reschedule(Instant departure, Instant arrival) {
        this.departureTime = departure;
        this.arrivalEta = arrival;
    }

    void reprice(BigDecimal price) {
        this.pricePerSeat = price;
    }

    void assignVehicle(UUID vehicle) {
        this.vehicleId = vehicle;
    }

    void describe(String luggagePolicy, String rules, Boolean allowAutoAccept) {
        if (luggagePolicy != null) {
            this.luggagePolicy = luggagePolicy;
        }
        if (rules != null) {
            this.rules = rules;
        }
        if (allowAutoAccept != null) {
            this.allowAutoAccept = allowAutoAccept;
        }
    }

    private void route(Place origin, Place destination) {
        this.originPoint = origin.point().toPoint();
        this.originText = origin.text();
        this.destinationPoint = destination.point().toPoint();
        this.destinationText = destination.text();
    }

    /** The trip as it now is, with its stops: the payload of {@code trip.created / published / updated}. */
    private TripEvents.TripDetails details(List<TripStop> stops) {
        List<TripEvents.Place> stopPlaces = stops.stream()
                .map(s -> new TripEvents.Place(s.getPoint().lat(), s.getPoint().lon(), s.getLabel())).toList();
        return new TripEvents.TripDetails(id, driverId, vehicleId, status.wire(), place(getOrigin()), place(getDestination()),
                departureTime, arrivalEta, pricePerSeat, CURRENCY, seatsTotal, seatsAvailable(), allowAutoAccept, stopPlaces);
    }

    private static TripEvents.Place place(Place p) {
        return new TripEvents.Place(p.point().lat(), p.point().lon(), p.text());
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getDriverId() { return driverId; }
    public UUID getVehicleId() { return vehicleId; }
    public Place getOrigin() { return new Place(GeoPoint.of(originPoint), originText); }
    public Place getDestination() { return new Place(GeoPoint.of(destinationPoint), destinationText); }
    public Instant getDepartureTime() { return departureTime; }
    public Instant getArrivalEta() { return arrivalEta; }
    public BigDecimal getPricePerSeat() { return pricePerSeat; }
    public int getSeatsTotal() { return seatsTotal; }
    public int getSeatsHeld() { return seatsHeld; }
    public int getSeatsConfirmed() { return seatsConfirmed; }
    public String getLuggagePolicy() { return luggagePolicy; }
    public String getRules() { return rules; }
    public boolean isAllowAutoAccept() { return allowAutoAccept; }
    public TripStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
