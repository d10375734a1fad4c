package com.allocar.identity.auth.social;

import java.util.Locale;
import java.util.Map;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.events.IdentityEvent;
import com.allocar.identity.auth.token.Sessions;
import com.allocar.identity.user.ReferralCodes;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.validation.EmailAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Google / Apple sign-in. The provider account is matched by its subject; failing that it is
 * linked to the user owning the same provider-verified e-mail; failing that a user is created.
 */
@Service
public class SocialSignIn {

    private final IdTokenVerifier verifier;
    private final UserIdentityRepository identities;
    private final UserRepository users;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    SocialSignIn(IdTokenVerifier verifier, UserIdentityRepository identities, UserRepository users, Sessions sessions, ApplicationEventPublisher events) {
        this.verifier = verifier;
        this.identities = identities;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public Sessions.Tokens signIn(String providerName, String idToken, String firstName, String lastName) {
        if (!verifier.supports(providerName)) {
            throw new ApiException(ErrorCode.NOT_FOUND, "Unknown sign-in provider", Map.of("provider", providerName,
                    "supported", java.util.List.of("google", "apple")));
        }
        UserIdentity.Provider provider = UserIdentity.Provider.valueOf(providerName.toUpperCase(Locale.ROOT));
        Jwt token = verifier.verify(providerName, idToken);
        var key = new UserIdentity.Key(provider, token.getSubject());
        User user = identities.findById(key)
                .flatMap(identity -> users.findById(identity.getUserId()))
                .orElseGet(() -> link(provider, token, firstName, lastName));
        if (!user.isActive()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Account suspended", Map.of("reason", "account_suspended"));
        }
        return sessions.start(user);
    }

    private User link(UserIdentity.Provider provider, Jwt token, String firstName, String lastName) {
        String email = token.getClaimAsString("email");
        if (email == null || !EmailAddress.Validator.valid(email) || !emailVerified(token)) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "The provider did not share a verified e-mail address",
                    Map.of("reason", "email_not_verified"));
        }
        User user = users.findByEmail(email).orElseGet(() -> {
            User created = users.saveAndFlush(User.fromSocial(email.toLowerCase(Locale.ROOT),
                    firstName != null ? firstName : token.getClaimAsString("given_name"),
                    lastName != null ? lastName : token.getClaimAsString("family_name"), ReferralCodes.next()));
            events.publishEvent(new IdentityEvent(IdentityEventType.USER_REGISTERED, created.getId(),
                    new IdentityEvents.UserRegistered(created.getId(), null, created.getEmail(), created.getFirstName(),
                            created.getLastName(), created.getReferralCode(), provider.name().toLowerCase(Locale.ROOT),
                            created.getCreatedAt())));
            return created;
        });
        user.confirmEmailThroughProvider();
        identities.save(new UserIdentity(provider, token.getSubject(), user.getId()));
        return user;
    }

    /** Google sends a boolean, Apple a string "true". */
    private static boolean emailVerified(Jwt token) {
        Object v = token.getClaims().get("email_verified");
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }
}
