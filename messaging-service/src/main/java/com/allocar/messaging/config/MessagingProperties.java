package com.allocar.messaging.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param readOnlyAfter how long after the ride ended (booking completed) its chat stays writable
 * @param storage       the private chat bucket (S3) and its presigned URLs
 */
@ConfigurationProperties("allocar.messaging")
public record MessagingProperties(@DefaultValue("P7D") Duration readOnlyAfter, @DefaultValue Storage storage) {

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
}
