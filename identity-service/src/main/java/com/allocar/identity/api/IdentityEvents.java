package com.allocar.identity.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * identity-service's published contract: topics and event payloads other services may consume.
 * Nothing else of identity crosses the service boundary.
 */
public final class IdentityEvents {

    public static final String USERS_TOPIC = "identity.users";
    public static final String KYC_TOPIC = "identity.kyc";

    public static final String USER_REGISTERED = "user.registered";
    public static final String USER_VERIFIED = "user.verified";
    public static final String USER_UPDATED = "user.updated";
    public static final String REFERRAL_APPLIED = "referral.applied";
    public static final String KYC_SUBMITTED = "kyc.submitted";
    public static final String KYC_APPROVED = "kyc.approved";
    public static final String KYC_REJECTED = "kyc.rejected";

    public record UserRegistered(UUID userId, String phone, String email, String firstName, String lastName,
                                 String referralCode, String signUpMethod, Instant registeredAt) {
    }

    public record UserVerified(UUID userId, String channel, Instant verifiedAt) {
    }

    public record UserUpdated(UUID userId, String firstName, String lastName, String gender, LocalDate birthdate,
                              String photoUrl, boolean driver, boolean active) {
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
