package com.allocar.trip.stop;

import java.util.UUID;

import com.allocar.trip.geo.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** An intermediate stop of a trip, between its origin (order 0) and its destination (after the last stop). */
@Entity
@Table(name = "trip_stops")
public class TripStop {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
    private UUID id;
    private UUID tripId;
    @Column(name = "stop_order")
    private int order;
    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    private Point point;
    private String label;
    private boolean pickupAllowed;
    private boolean dropoffAllowed;

    protected TripStop() {
    }

    public TripStop(UUID tripId, StopPlan.Stop stop) {
        this.tripId = tripId;
        this.order = stop.order();
        this.point = stop.point().toPoint();
        this.label = stop.label();
        this.pickupAllowed = stop.pickupAllowed();
        this.dropoffAllowed = stop.dropoffAllowed();
    }

    public UUID getId() { return id; }
    public UUID getTripId() { return tripId; }
    public int getOrder() { return order; }
    public GeoPoint getPoint() { return GeoPoint.of(point); }
    public String getLabel() { return label; }
    public boolean isPickupAllowed() { return pickupAllowed; }
    public boolean isDropoffAllowed() { return dropoffAllowed; }
}
