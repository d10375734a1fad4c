package com.allocar.identity.auth;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.events.IdentityEvent;
import com.allocar.identity.auth.login.LoginClient;
import com.allocar.identity.auth.login.LoginThrottle;
import com.allocar.identity.auth.login.TrustedDevices;
import com.allocar.identity.auth.otp.Channel;
import com.allocar.identity.auth.otp.OneTimeCodes;
import com.allocar.identity.auth.token.Sessions;
import com.allocar.identity.referral.Referrals;
import com.allocar.identity.user.ReferralCodes;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, verification and sign-in with a phone or e-mail and a password. Codes are created in the
 * transaction and delivered after it commits.
 */
@Service
public class AuthService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final OneTimeCodes codes;
    private final Sessions sessions;
    private final Referrals referrals;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final TrustedDevices trustedDevices;
    private final TransactionTemplate tx;
    private final String dummyHash;

    public AuthService(UserRepository users, PasswordEncoder passwords, OneTimeCodes codes, Sessions sessions,
                       Referrals referrals, ApplicationEventPublisher events, LoginThrottle throttle, TrustedDevices trustedDevices,
                       TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.codes = codes;
        this.sessions = sessions;
        this.referrals = referrals;
        this.events = events;
        this.throttle = throttle;
        this.trustedDevices = trustedDevices;
        this.tx = tx;
        this.dummyHash = passwords.encode("timing-equaliser-0");
    }

    public record Registered(User user, ContactPoint contact, long codeExpiresIn) {
    }

    private record Created(User user, OneTimeCodes.PendingCode code) {
    }

    public Registered register(ContactPoint contact, String password, String firstName, String lastName, String referralCode) {
        String hash = passwords.encode(password); // slow on purpose: outside the transaction
        var result = tx.execute(status -> {
            if (contact.channel() == Channel.PHONE ? users.existsByPhone(contact.value()) : users.existsByEmail(contact.value())) {
                throw ApiException.conflict("An account already exists for this " + field(contact),
                        Map.of("field", field(contact)));
            }
            User user = contact.channel() == Channel.PHONE
                    ? User.withPhone(contact.value(), hash, ReferralCodes.next())
                    : User.withEmail(contact.value(), hash, ReferralCodes.next());
            user.rename(blankToNull(firstName), blankToNull(lastName));
            users.saveAndFlush(user);
            events.publishEvent(new IdentityEvent(IdentityEventType.USER_REGISTERED, user.getId(),
                    new IdentityEvents.UserRegistered(user.getId(), user.getPhone(), user.getEmail(), user.getFirstName(),
                            user.getLastName(), user.getReferralCode(), contact.channel().name().toLowerCase(java.util.Locale.ROOT),
                            user.getCreatedAt())));
            if (referralCode != null && !referralCode.isBlank()) {
                referrals.apply(user, referralCode);
            }
            return new Created(user, codes.issue(user.getId(), contact.channel(), contact.value()));
        });
        codes.deliver(result.code());
        return new Registered(result.user(), contact, result.code().expiresInSeconds());
    }

    /** Sends a fresh code to an unverified account. Answers the same whether or not the account exists. */
    public long resendCode(ContactPoint contact) {
        OneTimeCodes.PendingCode pending = tx.execute(status -> find(contact)
                .filter(u -> !isVerified(u, contact.channel()))
                .map(u -> codes.issue(u.getId(), contact.channel(), contact.value()))
                .orElse(null));
        if (pending != null) {
            codes.deliver(pending);
            return pending.expiresInSeconds();
        }
        return 0;
    }

    public Sessions.Tokens verifyCode(ContactPoint contact, String code) {
        return tx.execute(status -> {
            var verified = codes.verify(contact.value(), code);
            User user = users.findById(verified.userId()).orElseThrow(() -> ApiException.notFound("user", verified.userId()));
            if (verified.channel() == Channel.PHONE) {
                user.markPhoneVerified();
            } else {
                user.markEmailVerified();
            }
            events.publishEvent(new IdentityEvent(IdentityEventType.USER_VERIFIED, user.getId(),
                    new IdentityEvents.UserVerified(user.getId(), verified.channel().name().toLowerCase(java.util.Locale.ROOT), Instant.now())));
            return sessions.start(user);
        });
    }

    /**
     * Password sign-in from {@code client}. Limits are per (identifier, client), so a stranger's failures
     * never lock the owner's own device out (see {@link LoginThrottle}); a delayed or blocked attempt is
     * refused before the password is checked.
     */
    public Sessions.Tokens login(ContactPoint contact, String password, LoginClient client) {
        User user = find(contact).orElse(null);
        boolean trusted = user != null && client.deviceHash() != null && trustedDevices.isTrusted(user.getId(), client.deviceHash());
        throttle.attempt(contact.value(), client, trusted);
        String hash = user == null || user.getPasswordHash() == null ? dummyHash : user.getPasswordHash();
        boolean ok = passwords.matches(password, hash) && user != null && user.getPasswordHash() != null;
        if (!ok) {
            throttle.failed(contact.value());
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Invalid credentials", Map.of("reason", "invalid_credentials"));
        }
        // the right password: whatever follows, this client is not guessing
        throttle.succeeded(contact.value(), client);
        if (!user.isActive()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Account suspended", Map.of("reason", "account_suspended"));
        }
        if (!isVerified(user, contact.channel())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Verify your " + field(contact) + " first",
                    Map.of("reason", "verification_required", "channel", field(contact)));
        }
        return tx.execute(status -> {
            if (client.deviceHash() != null) {
                trustedDevices.signedIn(user.getId(), client.deviceHash());
            }
            return sessions.start(user);
        });
    }

    public Sessions.Tokens refresh(String refreshToken) {
        return sessions.refresh(refreshToken);
    }

    public void logout(String jti, Instant accessExpiresAt, UUID sessionId) {
        sessions.end(jti, accessExpiresAt, sessionId);
    }

    private java.util.Optional<User> find(ContactPoint contact) {
        return contact.channel() == Channel.PHONE ? users.findByPhone(contact.value()) : users.findByEmail(contact.value());
    }

    private static boolean isVerified(User u, Channel channel) {
        return channel == Channel.PHONE ? u.isPhoneVerified() : u.isEmailVerified();
    }

    private static String field(ContactPoint contact) {
        return contact.channel() == Channel.PHONE ? "phone" : "email";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
