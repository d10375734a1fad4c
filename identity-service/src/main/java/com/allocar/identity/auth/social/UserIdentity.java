package com.allocar.identity.auth.social;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A Google/Apple account (provider + subject) linked to one AlloCar user. */
@Entity
@Table(name = "user_identities")
@IdClass(UserIdentity.Key.class)
class UserIdentity {

    enum Provider { GOOGLE, APPLE }

    record Key(Provider provider, String subject) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Provider provider;
    @Id
    private String subject;
    private UUID userId;
    private Instant createdAt = Instant.now();

    protected UserIdentity() {
    }

    UserIdentity(Provider provider, String subject, UUID userId) {
        this.provider = provider;
        this.subject = subject;
        this.userId = userId;
    }

    UUID getUserId() {
        return userId;
    }
}
