package com.allocar.trip.trip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.geo.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/**
 * A journey a driver offers. Its status only changes through {@link TripStatus}; its seat counters
 * ({@code seats_held}, {@code seats_confirmed}) are never written by JPA — only by the seat-hold SQL, one
 * conditional UPDATE at a time — so an edit of the trip can never overwrite a concurrent hold.
 */
@Entity
@Table(name = "trips")
public class Trip {

    public static final int MAX_SEATS = 8;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
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
    private long version;

    protected Trip() {
    }

    Trip(UUID driverId, UUID vehicleId, Place origin, Place destination, Instant departureTime, Instant arrivalEta,
         BigDecimal pricePerSeat, int seatsTotal, String luggagePolicy, String rules, boolean allowAutoAccept) {
        this.driverId = driverId;
        this.vehicleId = vehicleId;
        route(origin, destination);
        this.departureTime = departureTime;
        this.arrivalEta = arrivalEta;
        this.pricePerSeat = pricePerSeat;
        this.seatsTotal = seatsTotal;
        this.luggagePolicy = luggagePolicy;
        this.rules = rules;
        this.allowAutoAccept = allowAutoAccept;
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

    void publish(Instant now) {
        TripStatus next = status.moveTo(TripStatus.PUBLISHED);
        if (departed(now)) {
            throw ApiException.conflict("The departure time has passed: change it before publishing",
                    Map.of("departure_time", departureTime.toString()));
        }
        status = next;
        publishedAt = now;
    }

    void cancel(String reason, Instant now) {
        status = status.moveTo(TripStatus.CANCELLED);
        cancelReason = reason;
        cancelledAt = now;
    }

    /** Idempotent: starting a trip that is already under way changes nothing (every booking's start-ride calls it). */
    boolean start(Instant now) {
        if (status == TripStatus.ONGOING) {
            return false;
        }
        status = status.moveTo(TripStatus.ONGOING);
        startedAt = now;
        return true;
    }

    boolean complete(Instant now) {
        if (status == TripStatus.COMPLETED) {
            return false;
        }
        status = status.moveTo(TripStatus.COMPLETED);
        completedAt = now;
        return true;
    }

    void checkDeletable() {
        status.checkDeletable();
        if (seatsConfirmed > 0) {
            throw ApiException.conflict("The trip has paid bookings: cancel it instead",
                    Map.of("seats_confirmed", seatsConfirmed));
        }
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
