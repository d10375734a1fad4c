package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.events.AggregateRoot;
import com.allocar.platform.lifecycle.Lifecycle;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A support ticket about a booking, opened by one of its parties and decided by an admin; it records its own transitions. */
@Entity
@Table(name = "disputes")
public class Dispute extends AggregateRoot {

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

    private Dispute(UUID bookingId, UUID openedBy, DisputeCategory category, String description, Instant now) {
        this.id = UUID.randomUUID();
        this.bookingId = bookingId;
        this.openedBy = openedBy;
        this.category = Lifecycle.wire(category);
        this.description = description;
        this.status = DisputeStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Dispute open(UUID bookingId, UUID openedBy, DisputeCategory category, String description, Instant now) {
        Dispute d = new Dispute(bookingId, openedBy, category, description, now);
        d.record(new DisputeEvent.DisputeOpened(d.id, bookingId, openedBy, d.category, now));
        return d;
    }

    /** A target equal to the current status only updates the resolution; deciding needs one. */
    void review(DisputeStatus target, String resolution, UUID admin, Instant now) {
        DisputeStatus from = status;
        if (target != status) {
            status = status.moveTo(target);
        }
        if (resolution != null) {
            this.resolution = resolution;
        }
        if (status.decided()) {
            if (this.resolution == null) {
                throw ApiException.validation("resolution", "is required to resolve or reject a dispute");
            }
            resolvedBy = admin;
            resolvedAt = now;
        }
        updatedAt = now;
        record(new DisputeEvent.DisputeReviewed(id, bookingId, openedBy, category, from, status, this.resolution, admin, now));
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
