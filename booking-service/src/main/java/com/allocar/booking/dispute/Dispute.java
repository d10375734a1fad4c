package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A support ticket about a booking, opened by one of its parties and decided by an admin. */
@Entity
@Table(name = "disputes")
public class Dispute {

    @Id
    private UUID id;
    private UUID bookingId;
    private UUID openedBy;
    private String category;
    private String description;
    @Enumerated(EnumType.STRING)
    private DisputeStatus status;
    private String resolution;
    private UUID resolvedBy;
    private Instant resolvedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Dispute() {
    }

    Dispute(UUID bookingId, UUID openedBy, DisputeCategory category, String description, Instant now) {
        this.id = UUID.randomUUID();
        this.bookingId = bookingId;
        this.openedBy = openedBy;
        this.category = category.name().toLowerCase(java.util.Locale.ROOT);
        this.description = description;
        this.status = DisputeStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void review(DisputeStatus target, String resolution, UUID admin, Instant now) {
        if (target != status) {
            status = status.moveTo(target);
        }
        if (resolution != null) {
            this.resolution = resolution;
        }
        if (status.decided()) {
            if (this.resolution == null) {
                throw com.allocar.platform.api.ApiException.validation("resolution", "is required to resolve or reject a dispute");
            }
            resolvedBy = admin;
            resolvedAt = now;
        }
        updatedAt = now;
    }

    public UUID getId() { return id; }
    public UUID getBookingId() { return bookingId; }
    public UUID getOpenedBy() { return openedBy; }
    public String getCategory() { return category; }
    public String getDescription() { return description; }
    public DisputeStatus getStatus() { return status; }
    public String getResolution() { return resolution; }
    public UUID getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
