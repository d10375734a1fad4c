package com.allocar.booking.dispute;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.events.AggregateRoot;
import com.allocar.platform.lifecycle.Lifecycle;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A support ticket about a booking, opened by one of its parties and decided by a staff member; it records its own transitions. */
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

    /**
     * A staff member's review (admin-service): moves it on (in review) or decides it (resolved, rejected: a resolution the
     * parties read is needed, given now or written before), or, at the status it has, writes a new resolution. Records
     * the change for the parties and its audit entry ({@code dispute.review}, actor the staff member), so that neither
     * commits without the other. The same status and resolution again changes and records nothing: a retried review is
     * harmless.
     *
     * @param resolution stripped, or null to keep the one written
     */
    void review(DisputeStatus target, String resolution, UUID staffId, Instant now) {
        boolean sameStatus = target == status;
        if (sameStatus && (resolution == null || resolution.equals(this.resolution))) {
            return;
        }
        DisputeStatus from = status;
        DisputeStatus to = sameStatus ? status : status.moveTo(target);
        String kept = resolution != null ? resolution : this.resolution;
        if (to.decided() && kept == null) {
            throw ApiException.validation("resolution", "is required to resolve or reject a dispute");
        }
        status = to;
        this.resolution = kept;
        if (to.decided()) {
            resolvedBy = staffId;
            resolvedAt = now;
        }
        updatedAt = now;
        record(new DisputeEvent.DisputeReviewed(id, bookingId, openedBy, category, from, to, kept, staffId, now));
        record(new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, "dispute.review", "dispute", id, auditMeta(from, kept), now)));
    }

    /** What the audit trail keeps of a review: the booking it is about, the move, the resolution the parties read. */
    private Map<String, Object> auditMeta(DisputeStatus from, String kept) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("booking_id", bookingId.toString());
        meta.put("previous_status", from.wire());
        meta.put("status", status.wire());
        if (kept != null) {
            meta.put("resolution", kept);
        }
        return meta;
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
