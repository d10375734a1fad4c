package com.allocar.booking.rating;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's stars for the other party of a completed booking; once per direction and booking. */
@Entity
@Table(name = "ratings")
public class Rating {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    @Id
    private UUID id;
    private UUID bookingId;
    private UUID fromUserId;
    private UUID toUserId;
    private int stars;
    private String comment;
    private Instant createdAt;

    protected Rating() {
    }

    Rating(UUID bookingId, UUID fromUserId, UUID toUserId, int stars, String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.bookingId = bookingId;
        this.fromUserId = fromUserId;
        this.toUserId = toUserId;
        this.stars = stars;
        this.comment = comment;
        this.createdAt = now;
    }

    public UUID getId() { return id; }
    public UUID getBookingId() { return bookingId; }
    public UUID getFromUserId() { return fromUserId; }
    public UUID getToUserId() { return toUserId; }
    public int getStars() { return stars; }
    public String getComment() { return comment; }
    public Instant getCreatedAt() { return createdAt; }
}
