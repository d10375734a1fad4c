package com.allocar.identity.auth.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.allocar.identity.auth.AttemptLimiter;
import com.allocar.identity.notify.EmailSender;
import com.allocar.identity.notify.SmsSender;
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
 * 6-digit one-time codes by SMS or e-mail: stored as a keyed hash, valid 5 minutes, one live code
 * per destination, and at most 3 sends and 3 verification attempts per destination per 10 minutes.
 */
@Service
public class OneTimeCodes {

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SEND_BUCKET = "otp-send";
    static final String VERIFY_BUCKET = "otp-verify";

    private final OtpChallengeRepository challenges;
    private final AttemptLimiter limiter;
    private final OtpProperties props;
    private final SmsSender sms;
    private final EmailSender email;

    public OneTimeCodes(OtpChallengeRepository challenges, AttemptLimiter limiter, OtpProperties props,
                        SmsSender sms, EmailSender email) {
        this.challenges = challenges;
        this.limiter = limiter;
        this.props = props;
        this.sms = sms;
        this.email = email;
    }

    /** A code created in the caller's transaction, to be delivered once that transaction committed. */
    public record PendingCode(Channel channel, String destination, String code, long expiresInSeconds) {
    }

    public record Verified(UUID userId, Channel channel) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PendingCode issue(UUID userId, Channel channel, String destination) {
        limiter.attempt(SEND_BUCKET, destination, props.maxAttempts(), props.window(),
                "Too many codes requested for this destination; try again later");
        Instant now = Instant.now();
        challenges.supersede(destination, now);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        challenges.save(new OtpChallenge(userId, channel, destination, hash(destination, code), now.plus(props.ttl())));
        return new PendingCode(channel, destination, code, props.ttl().toSeconds());
    }

    /** Sends outside any transaction: a slow SMS gateway must not hold a database connection. */
    public void deliver(PendingCode pending) {
        long minutes = Math.max(1, pending.expiresInSeconds() / 60);
        String text = "AlloCar : votre code de vérification est " + pending.code() + ". Il expire dans " + minutes
                + " minutes. Ne le partagez avec personne.";
        if (pending.channel() == Channel.PHONE) {
            sms.send(pending.destination(), text);
        } else {
            email.send(pending.destination(), "Votre code de vérification AlloCar", text);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Verified verify(String destination, String code) {
        limiter.attempt(VERIFY_BUCKET, destination, props.maxAttempts(), props.window(),
                "Too many verification attempts; request a new code later");
        Instant now = Instant.now();
        OtpChallenge challenge = challenges.findFirstByDestinationOrderByCreatedAtDesc(destination)
                .filter(c -> c.isLive(now))
                .orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_ERROR, "No valid code for this destination; request a new one",
                        Map.of("fields", List.of(Map.of("field", "code", "message", "expired or not requested")))));
        boolean match = MessageDigest.isEqual(challenge.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(destination, code).getBytes(StandardCharsets.US_ASCII));
        if (!match) {
            int remaining = limiter.remaining(VERIFY_BUCKET, destination, props.maxAttempts());
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Incorrect code",
                    Map.of("fields", List.of(Map.of("field", "code", "message", "incorrect")), "attempts_remaining", remaining));
        }
        challenge.consume(now);
        return new Verified(challenge.getUserId(), challenge.getChannel());
    }

    @Scheduled(cron = "${allocar.identity.jobs.otp-cleanup-cron:0 */30 * * * *}")
    @SchedulerLock(name = "identity-otp-cleanup")
    @Transactional
    public void purgeExpired() {
        int n = challenges.deleteExpiredBefore(Instant.now().minus(java.time.Duration.ofHours(1)));
        log.info("purged {} expired one-time codes", n);
    }

    private String hash(String destination, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(props.pepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((destination + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
