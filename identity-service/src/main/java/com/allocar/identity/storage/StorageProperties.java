package com.allocar.identity.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * S3-compatible storage. {@code publicBaseUrl} is how clients read public objects (a CDN in
 * production); defaults to path-style {@code endpoint/bucket}.
 */
@ConfigurationProperties("allocar.storage")
public record StorageProperties(String endpoint, String region, String accessKey, String secretKey, String publicBucket,
                                String kycBucket, String publicBaseUrl, Duration uploadTtl, Duration viewTtl) {

    public String publicUrl(String key) {
        String base = publicBaseUrl != null && !publicBaseUrl.isBlank() ? publicBaseUrl : endpoint + "/" + publicBucket;
        return base + "/" + key;
    }
}
