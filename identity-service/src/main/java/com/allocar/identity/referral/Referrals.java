package com.allocar.identity.referral;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.events.IdentityEvent;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.settings.PlatformSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new user names who referred them, once, within the sign-up window. Bonuses are recorded here
 * and paid by wallet-service when the referee completes a first ride ({@code referral.applied}).
 */
@Service
public class Referrals {

    private final ReferralRepository referrals;
    private final UserRepository users;
    private final ReferralProperties props;
    private final PlatformSettings settings;
    private final ApplicationEventPublisher events;

    Referrals(ReferralRepository referrals, UserRepository users, ReferralProperties props, PlatformSettings settings,
              ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.users = users;
        this.props = props;
        this.settings = settings;
        this.events = events;
    }

    @Transactional
    public Referral apply(User referee, String code) {
        User referrer = users.findByReferralCode(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiException.validation("code", "unknown referral code"));
        if (referrer.getId().equals(referee.getId())) {
            throw ApiException.validation("code", "you cannot use your own referral code");
        }
        if (referee.getCreatedAt().plus(props.window()).isBefore(Instant.now())) {
            throw ApiException.conflict("Referral codes can only be applied within " + props.window().toDays()
                    + " days of sign-up", Map.of("reason", "referral_window_closed"));
        }
        if (referrals.existsByRefereeId(referee.getId())) {
            throw ApiException.conflict("A referral code was already applied to this account", Map.of("reason", "already_referred"));
        }
        // the bonuses staff set in admin settings when this code is applied; the properties until they set any
        var inForce = settings.current();
        Referral r = referrals.saveAndFlush(new Referral(referrer.getId(), referee.getId(),
                inForce.decimal("referral_bonus_referrer", props.bonusReferrer()), inForce.decimal("referral_bonus_referee", props.bonusReferee())));
        events.publishEvent(new IdentityEvent(IdentityEventType.REFERRAL_APPLIED, referee.getId(),
                new IdentityEvents.ReferralApplied(r.getId(), referrer.getId(), referee.getId(), r.getBonusReferrer(),
                        r.getBonusReferee(), "XOF")));
        return r;
    }

    @Transactional
    public Referral apply(java.util.UUID refereeId, String code) {
        User referee = users.findById(refereeId).orElseThrow(() -> ApiException.notFound("user", refereeId));
        return apply(referee, code);
    }
}
