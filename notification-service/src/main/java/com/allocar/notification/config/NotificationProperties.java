package com.allocar.notification.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param mail     the sender of every e-mail
 * @param sms      the SMS aggregator's API
 * @param delivery tries and retries of an attempt
 */
@ConfigurationProperties("allocar.notification")
public record NotificationProperties(@DefaultValue Mail mail, @DefaultValue Sms sms, @DefaultValue Delivery delivery) {

    public record Mail(@DefaultValue("AlloCar <no-reply@allocar.ci>") String from) {
    }

    /**
     * @param baseUrl        the aggregator (devstack's fake locally); {@code POST /sms/v1/messages} below it
     * @param apiKey         its bearer key
     * @param sender         the alphanumeric sender id (≤ 11 characters)
     */
    public record Sms(@DefaultValue("http://127.0.0.1:8025") String baseUrl, String apiKey, @DefaultValue("AlloCar") String sender,
                      @DefaultValue("PT2S") Duration connectTimeout, @DefaultValue("PT5S") Duration readTimeout) {
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
}
