package com.allocar.identity.user.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.identity.kyc.KycDocuments;
import com.allocar.identity.kyc.KycStatus;
import com.allocar.identity.user.Profiles;
import com.allocar.identity.user.User;
import com.allocar.platform.api.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "users", description = "Public profiles")
class PublicProfileController {

    private final Profiles profiles;
    private final KycDocuments kyc;

    PublicProfileController(Profiles profiles, KycDocuments kyc) {
        this.profiles = profiles;
        this.kyc = kyc;
    }

    /** What anyone may see of a member: never their phone, e-mail, birthdate or full last name. */
    record PublicProfile(UUID id, String firstName, String lastInitial, String photoUrl, boolean isDriver,
                         boolean identityVerified, BigDecimal ratingAvg, int ratingCount, Instant memberSince) {
    }

    @GetMapping("/api/v1/users/{id}")
    @SecurityRequirements
    @Operation(summary = "A member's public profile")
    Envelope<PublicProfile> get(@PathVariable UUID id) {
        User u = profiles.publicProfile(id);
        String initial = u.getLastName() == null || u.getLastName().isEmpty() ? null : u.getLastName().substring(0, 1) + ".";
        return Envelope.of(new PublicProfile(u.getId(), u.getFirstName(), initial, u.getPhotoUrl(), u.isDriver(),
                KycStatus.APPROVED.wire().equals(kyc.statusOf(u.getId())), u.getRatingAvg(), u.getRatingCount(), u.getCreatedAt()));
    }
}
