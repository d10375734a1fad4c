package com.allocar.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mail     the sender of every e-mail
 * @param delivery tries and retries of an attempt
 * @param reminders the reminders job
 * @param push     FCM (HTTP v1)
 */
@ConfigurationProperties("allocar.notification")
public record NotificationProperties(@DefaultValue Mail mail, @DefaultValue Delivery delivery,
                                     @DefaultValue Reminders reminders, @DefaultValue Push push) {

    /** The one Spring binds (the record has a second constructor below). */
    @ConstructorBinding
    public NotificationProperties {
    }

    /** Settings built by hand before push existed (a test's variant of the reminders job): push off. */
    public NotificationProperties(Mail mail, Delivery delivery, Reminders reminders) {
        this(mail, delivery, reminders, new Push(null, "https://fcm.googleapis.com", null, Duration.ofHours(24), Duration.ofSeconds(2),
                Duration.ofSeconds(5)));
    }

    public record Mail(@DefaultValue("AlloCar <no-reply@allocar.ci>") String from) {
    }

    /**
     * @param tries         tries of one attempt in process before it is logged failed
     * @param firstBackoff  wait before the second try (doubles each try)
     * @param retryInterval how often the retry job looks for due attempts
     * @param retryBase     a failed attempt is due again after this, doubling per attempt
     * @param retryCap      at most this long between two attempts
     * @param maxAttempts   after this many failed attempts it stays failed (given up, still in the log)
     */
    public record Delivery(@DefaultValue("3") int tries, @DefaultValue("PT0.2S") Duration firstBackoff,
                           @DefaultValue("PT15S") Duration retryInterval, @DefaultValue("PT30S") Duration retryBase,
                           @DefaultValue("PT30M") Duration retryCap, @DefaultValue("10") int maxAttempts) {
    }

    /**
     * @param interval how often the reminders job looks for due reminders (read by its {@code @Scheduled}): at most this late
     * @param batch    reminders claimed and told per transaction
     */
    public record Reminders(@DefaultValue("PT1M") Duration interval, @DefaultValue("100") int batch) {
    }

    /**
     * @param credentials    the Firebase project's service-account key file (JSON, as Google's console hands it out: its
     *                       {@code token_uri} is where the access tokens come from); unset = push off, its attempts
     *                       logged {@code skipped} / {@code push_not_configured}
     * @param baseUrl        FCM's API: {@code POST {base-url}/v1/projects/{project}/messages:send}
     * @param projectId      the Firebase project; unset = the key file's {@code project_id}
     * @param ttl            how long FCM keeps a push for a device that is offline (Android {@code ttl})
     */
    public record Push(String credentials, @DefaultValue("https://fcm.googleapis.com") String baseUrl, String projectId,
                       @DefaultValue("PT24H") Duration ttl, @DefaultValue("PT2S") Duration connectTimeout,
                       @DefaultValue("PT5S") Duration readTimeout) {

        public boolean configured() {
            return credentials != null && !credentials.isBlank();
        }
    }
}
