package com.allocar.identity.auth.token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sign-in sessions: a family of rotating refresh tokens plus the access tokens minted from them.
 * Refreshing exchanges a token once; presenting an exchanged token again means it leaked, so the
 * whole family is revoked (and the gateway stops its access tokens via the revoke list).
 */
@Service
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final AccessTokens accessTokens;
    private final RevokeList revokeList;
    private final JwtProperties props;

    public Sessions(RefreshTokenRepository refreshTokens, UserRepository users, AccessTokens accessTokens,
                    RevokeList revokeList, JwtProperties props) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.accessTokens = accessTokens;
        this.revokeList = revokeList;
        this.props = props;
    }

    public record Tokens(String accessToken, String refreshToken, long expiresIn, User user) {
    }

    /** Starts a new session for a user who just proved who they are. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Tokens start(User user) {
        return mint(user, UUID.randomUUID());
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Tokens refresh(String presented) {
        Instant now = Instant.now();
        RefreshToken token = refreshTokens.findForUpdate(hash(presented))
                .orElseThrow(() -> invalid("invalid_refresh_token", "Refresh token invalid"));
        if (token.isRevoked()) {
            throw invalid("refresh_token_revoked", "Session revoked");
        }
        if (token.wasAlreadyUsed()) {
            log.warn("refresh token reuse detected, revoking session {}", token.getFamilyId());
            revokeSession(token.getFamilyId(), now);
            throw invalid("refresh_token_reused", "Refresh token already used; the session has been revoked");
        }
        if (token.isExpired(now)) {
            throw invalid("refresh_token_expired", "Refresh token expired");
        }
        User user = users.findById(token.getUserId()).orElseThrow(() -> invalid("invalid_refresh_token", "Refresh token invalid"));
        if (!user.isActive()) {
            revokeSession(token.getFamilyId(), now);
            throw new ApiException(ErrorCode.FORBIDDEN, "Account suspended", Map.of("reason", "account_suspended"));
        }
        token.markUsed(now);
        return mint(user, token.getFamilyId());
    }

    /** Logout: this access token dies now, and so does every token of its session. */
    @Transactional
    public void end(String jti, Instant accessExpiresAt, UUID sessionId) {
        revokeList.revokeToken(jti, accessExpiresAt);
        revokeSession(sessionId, Instant.now());
    }

    /**
     * Every session of the user ends now: refresh tokens revoked, and each session id on the revoke list so that the
     * access tokens already minted are refused by the gateway and every service at once. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int endAllOf(UUID userId) {
        Instant now = Instant.now();
        var families = refreshTokens.liveFamiliesOf(userId, now);
        families.forEach(f -> revokeSession(f, now));
        return families.size();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void revokeSession(UUID familyId, Instant now) {
        refreshTokens.revokeFamily(familyId, now);
        revokeList.revokeSession(familyId.toString(), props.refreshTtl());
    }

    @Scheduled(cron = "${allocar.identity.jobs.token-cleanup-cron:0 23 3 * * *}")
    @SchedulerLock(name = "identity-refresh-token-cleanup")
    @Transactional
    public void purgeExpired() {
        int n = refreshTokens.deleteExpiredBefore(Instant.now().minus(java.time.Duration.ofDays(1)));
        log.info("purged {} expired refresh tokens", n);
    }

    private Tokens mint(User user, UUID familyId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        refreshTokens.save(new RefreshToken(user.getId(), familyId, hash(refresh), Instant.now().plus(props.refreshTtl())));
        var access = accessTokens.issue(user, familyId);
        return new Tokens(access.token(), refresh, accessTokens.ttlSeconds(), user);
    }

    private static ApiException invalid(String reason, String message) {
        return new ApiException(ErrorCode.AUTH_REQUIRED, message, Map.of("reason", reason));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
