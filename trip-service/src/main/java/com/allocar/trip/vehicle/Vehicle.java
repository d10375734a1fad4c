package com.allocar.trip.vehicle;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;

/** A member's car. Only its owner sees or changes it; passengers see make, model, colour and comfort on trips. */
@Entity
@Table(name = "vehicles")
public class Vehicle {

    public static final int MIN_SEATS = 1;
    public static final int MAX_SEATS = 8;
    public static final int OLDEST_YEAR = 1980;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
    private UUID id;
    private UUID userId;
    private String make;
    private String model;
    private String color;
    private String plateNumber;
    private int seatsTotal;
    @Enumerated(EnumType.STRING)
    private ComfortLevel comfortLevel;
    private Integer year;
    private boolean verified;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    protected Vehicle() {
    }

    Vehicle(UUID userId, String make, String model, String color, String plateNumber, int seatsTotal,
            ComfortLevel comfortLevel, Integer year) {
        this.userId = userId;
        describe(make, model, color, year);
        this.plateNumber = plateNumber;
        this.seatsTotal = seatsTotal;
        this.comfortLevel = comfortLevel;
    }

    /** A plausible model year: not before 1980, not after next year's models. */
    public static boolean plausibleYear(Integer year, int currentYear) {
        return year == null || (year >= OLDEST_YEAR && year <= currentYear + 1);
    }

    public boolean ownedBy(UUID user) {
        return userId.equals(user);
    }

    void describe(String make, String model, String color, Integer year) {
        if (make != null) {
            this.make = make;
        }
        if (model != null) {
            this.model = model;
        }
        if (color != null) {
            this.color = color;
        }
        if (year != null) {
            this.year = year;
        }
    }

    void changePlate(String normalised) {
        if (!normalised.equals(plateNumber)) {
            this.plateNumber = normalised;
            this.verified = false; // a new plate must be checked again
        }
    }

    void changeSeats(int seats) {
        this.seatsTotal = seats;
    }

    void changeComfort(ComfortLevel level) {
        this.comfortLevel = level;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public String getMake() { return make; }
    public String getModel() { return model; }
    public String getColor() { return color; }
    public String getPlateNumber() { return plateNumber; }
    public int getSeatsTotal() { return seatsTotal; }
    public ComfortLevel getComfortLevel() { return comfortLevel; }
    public Integer getYear() { return year; }
    public boolean isVerified() { return verified; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
