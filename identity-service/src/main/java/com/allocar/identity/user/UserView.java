package com.allocar.identity.user;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The owner's view of their profile ({@code GET /me}). */
public record UserView(UUID id, String phone, String email, String firstName, String lastName, Gender gender,
                       LocalDate birthdate, String photoUrl, boolean isDriver, boolean isPhoneVerified,
                       boolean isEmailVerified, BigDecimal ratingAvg, int ratingCount, String referralCode,
                       String kycStatus, Instant createdAt, Instant updatedAt) {

    public static UserView of(User u, String kycStatus) {
        return new UserView(u.getId(), u.getPhone(), u.getEmail(), u.getFirstName(), u.getLastName(), u.getGender(),
                u.getBirthdate(), u.getPhotoUrl(), u.isDriver(), u.isPhoneVerified(), u.isEmailVerified(),
                u.getRatingAvg(), u.getRatingCount(), u.getReferralCode(), kycStatus, u.getCreatedAt(), u.getUpdatedAt());
    }
}
