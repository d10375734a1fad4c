package com.allocar.identity.auth;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.api.IdentityEvents;
import com.allocar.identity.auth.otp.Channel;
import com.allocar.identity.auth.otp.OneTimeCodes;
import com.allocar.identity.auth.token.Sessions;
import com.allocar.identity.referral.Referrals;
import com.allocar.identity.user.ReferralCodes;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.events.Outbox;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-up, verification and sign-in with a phone or e-mail and a password. Codes are created in the
 * transaction and delivered after it commits.
 */
@Service
public class AuthService {

    private static final String LOGIN_FAILURES = "login-fail";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final OneTimeCodes codes;
    private final Sessions sessions;
    private final Referrals referrals;
    private final Outbox outbox;
    private final AttemptLimiter limiter;
    private final LoginProperties loginProps;
    private final TransactionTemplate tx;
    private final String dummyHash;

    public AuthService(UserRepository users, PasswordEncoder passwords, OneTimeCodes codes, Sessions sessions,
                       Referrals referrals, Outbox outbox, AttemptLimiter limiter, LoginProperties loginProps,
                       TransactionTemplate tx) {
        this.users = users;
        this.passwords = passwords;
        this.codes = codes;
        this.sessions = sessions;
        this.referrals = referrals;
        this.outbox = outbox;
        this.limiter = limiter;
        this.loginProps = loginProps;
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
            outbox.publish(IdentityEvents.USERS_TOPIC, "user", user.getId(), IdentityEvents.USER_REGISTERED,
                    new IdentityEvents.UserRegistered(user.getId(), user.getPhone(), user.getEmail(), user.getFirstName(),
                            user.getLastName(), user.getReferralCode(), contact.channel().name().toLowerCase(java.util.Locale.ROOT),
                            user.getCreatedAt()));
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
            outbox.publish(IdentityEvents.USERS_TOPIC, "user", user.getId(), IdentityEvents.USER_VERIFIED,
                    new IdentityEvents.UserVerified(user.getId(), verified.channel().name().toLowerCase(java.util.Locale.ROOT), Instant.now()));
            return sessions.start(user);
        });
    }

    public Sessions.Tokens login(ContactPoint contact, String password) {
        limiter.check(LOGIN_FAILURES, contact.value(), loginProps.maxFailures(), "Too many failed sign-ins; try again later");
        User user = find(contact).orElse(null);
        String hash = user == null || user.getPasswordHash() == null ? dummyHash : user.getPasswordHash();
        boolean ok = passwords.matches(password, hash) && user != null && user.getPasswordHash() != null;
        if (!ok) {
            limiter.attempt(LOGIN_FAILURES, contact.value(), loginProps.maxFailures(), loginProps.window(),
                    "Too many failed sign-ins; try again later");
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Invalid credentials", Map.of("reason", "invalid_credentials"));
        }
        if (!user.isActive()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Account suspended", Map.of("reason", "account_suspended"));
        }
        if (!isVerified(user, contact.channel())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Verify your " + field(contact) + " first",
                    Map.of("reason", "verification_required", "channel", field(contact)));
        }
        limiter.reset(LOGIN_FAILURES, contact.value());
        return tx.execute(status -> sessions.start(user));
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
