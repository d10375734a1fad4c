package com.allocar.trip.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.trip.geo.GeoPoint;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.locationtech.jts.geom.Point;

/** A popular axis (both directions) and the price range allowed on it; seeded by Flyway, edited by admins. */
@Entity
@Table(name = "price_bands")
public class PriceBand {

    @Id
    private UUID id;
    private String name;
    private String aLabel;
    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    private Point aPoint;
    private String bLabel;
    @JdbcTypeCode(SqlTypes.GEOGRAPHY)
    private Point bPoint;
    private BigDecimal radiusKm;
    private BigDecimal floor;
    private BigDecimal ceiling;
    private boolean active;
    private Instant updatedAt;
    @Version
    private long version;

    protected PriceBand() {
    }

    void change(BigDecimal floor, BigDecimal ceiling, BigDecimal radiusKm, Boolean active) {
        new PriceRange(name, floor, ceiling); // validates
        this.floor = floor;
        this.ceiling = ceiling;
        if (radiusKm != null) {
            this.radiusKm = radiusKm;
        }
        if (active != null) {
            this.active = active;
        }
    }

    public PriceRange range() {
        return new PriceRange(name, floor, ceiling);
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public String getName() { return name; }
    public String getALabel() { return aLabel; }
    public GeoPoint getA() { return GeoPoint.of(aPoint); }
    public String getBLabel() { return bLabel; }
    public GeoPoint getB() { return GeoPoint.of(bPoint); }
    public BigDecimal getRadiusKm() { return radiusKm; }
    public BigDecimal getFloor() { return floor; }
    public BigDecimal getCeiling() { return ceiling; }
    public boolean isActive() { return active; }
    public Instant getUpdatedAt() { return updatedAt; }
}
