package com.allocar.identity.auth.otp;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/** A code sent to a phone or mailbox; valid until it expires or is consumed. */
@Entity
@Table(name = "otp_challenges")
class OtpChallenge {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.RANDOM)
    private UUID id;
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String destination;
    private String codeHash;
    private Instant expiresAt;
    private Instant consumedAt;
    private Instant createdAt = Instant.now();

    protected OtpChallenge() {
    }

    OtpChallenge(UUID userId, Channel channel, String destination, String codeHash, Instant expiresAt) {
        this.userId = userId;
        this.channel = channel;
        this.destination = destination;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return consumedAt == null && expiresAt.isAfter(now);
    }

    void consume(Instant now) {
        this.consumedAt = now;
    }

    UUID getUserId() { return userId; }
    Channel getChannel() { return channel; }
    String getCodeHash() { return codeHash; }
}
