package com.allocar.identity.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * identity-service's published contract: the event payloads other services may consume; their types, topics and keys
 * are {@link IdentityEventType}. Nothing else of identity crosses the service boundary.
 */
public final class IdentityEvents {

    public record UserRegistered(UUID userId, String phone, String email, String firstName, String lastName,
                                 String referralCode, String signUpMethod, Instant registeredAt) {
    }

    public record UserVerified(UUID userId, String channel, Instant verifiedAt) {
    }

    public record UserUpdated(UUID userId, String firstName, String lastName, String gender, LocalDate birthdate,
                              String photoUrl, boolean driver, boolean active, boolean driverHeld) {
    }

    public record ReferralApplied(UUID referralId, UUID referrerId, UUID refereeId, BigDecimal bonusReferrer,
                                  BigDecimal bonusReferee, String currency) {
    }

    public record KycSubmitted(UUID documentId, UUID userId, String docType, Instant submittedAt) {
    }

    public record KycReviewed(UUID documentId, UUID userId, String docType, String status, String notes,
                              UUID reviewedBy, Instant reviewedAt) {
    }

    private IdentityEvents() {
    }
}
