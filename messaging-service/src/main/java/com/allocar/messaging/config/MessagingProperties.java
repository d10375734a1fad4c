package com.allocar.messaging.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param readOnlyAfter how long after the ride ended (booking completed) its chat stays writable
 * @param storage       the private chat bucket (S3) and its presigned URLs
 * @param sockets       the WebSocket connections: pings, token checks, message rate, replay
 * @param locations     the driver's live positions: checks, throttle, window, retention
 */
@ConfigurationProperties("allocar.messaging")
public record MessagingProperties(@DefaultValue("P7D") Duration readOnlyAfter, @DefaultValue Storage storage,
                                  @DefaultValue Sockets sockets, @DefaultValue Locations locations) {

    /**
     * @param endpoint     S3 endpoint (path-style); devstack's S3Proxy locally
     * @param bucket       private: nothing is readable without a signature
     * @param uploadTtl    life of a presigned PUT
     * @param viewTtl      life of a presigned GET handed out with an image message
     * @param maxBytes     largest image accepted
     * @param contentTypes the image types accepted
     */
    public record Storage(@DefaultValue("http://127.0.0.1:9000") String endpoint, @DefaultValue("us-east-1") String region,
                          String accessKey, String secretKey, @DefaultValue("allocar-chat") String bucket,
                          @DefaultValue("PT15M") Duration uploadTtl, @DefaultValue("PT5M") Duration viewTtl,
                          @DefaultValue("5242880") long maxBytes,
                          @DefaultValue({"image/jpeg", "image/png", "image/webp"}) List<String> contentTypes) {
    }

    /**
     * @param pingInterval      a WebSocket ping frame is sent to every socket this often
     * @param idleTimeout       a socket from which nothing arrived (no pong, no frame) for this long is closed
     * @param sweepInterval     how often sockets are checked: token expiry, pings, idleness
     * @param revocationCheck   how often a connected token is checked against identity's revoke list
     * @param messagesPerSecond chat messages a member may send over sockets per second (per instance)
     * @param messagesPerMinute and per minute
     * @param replayLimit       most messages sent on connect for {@code ?after=}
     * @param maxFrameChars     largest text frame accepted
     */
    public record Sockets(@DefaultValue("PT20S") Duration pingInterval, @DefaultValue("PT45S") Duration idleTimeout,
                          @DefaultValue("PT5S") Duration sweepInterval, @DefaultValue("PT30S") Duration revocationCheck,
                          @DefaultValue("5") int messagesPerSecond, @DefaultValue("30") int messagesPerMinute,
                          @DefaultValue("500") int replayLimit, @DefaultValue("16384") int maxFrameChars) {
    }

    /**
     * @param minInterval at most one position kept per trip in this interval
     * @param opensBefore positions are taken from this long before the departure
     * @param closesAfter  and at most this long after it, even if no ride was ever ended (a driver who forgets)
     * @param maxAhead    a position's {@code at} may be this much in the future (clock skew)
     * @param maxAge      and at most this old
     * @param retention   positions are kept this long, then purged
     */
    public record Locations(@DefaultValue("PT2S") Duration minInterval, @DefaultValue("PT60M") Duration opensBefore,
                            @DefaultValue("PT24H") Duration closesAfter,
                            @DefaultValue("PT30S") Duration maxAhead, @DefaultValue("PT5M") Duration maxAge,
                            @DefaultValue("P30D") Duration retention) {
    }
}
