package com.allocar.identity.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "referrals")
class ReferralController {

    private final Referrals referrals;

    ReferralController(Referrals referrals) {
        this.referrals = referrals;
    }

    record Use(@NotBlank @Size(min = 4, max = 32) String code) {
    }

    record ReferralView(UUID id, UUID referrerId, BigDecimal bonusReferee, String currency, String status, Instant createdAt) {
    }

    @PostMapping("/api/v1/referrals/use")
    @Operation(summary = "Apply a friend's referral code to my new account (once, within 7 days of sign-up)")
    ResponseEntity<Envelope<ReferralView>> use(CurrentUser user, @Valid @RequestBody Use body) {
        Referral r = referrals.apply(user.id(), body.code());
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(new ReferralView(r.getId(), r.getReferrerId(),
                r.getBonusReferee(), "XOF", r.getStatus().name().toLowerCase(java.util.Locale.ROOT), r.getCreatedAt())));
    }
}
